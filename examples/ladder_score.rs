//! Scores sentence alignments against gold ones (strict and lax precision, recall, F1; see
//! `tests/common/ladder.rs`):
//!
//!   cargo run --release --example ladder_score -- GOLD1 TEST1 [GOLD2 TEST2 ...]
//!
//! Prints `strict P R F1` and `lax P R F1` on two lines.

#[path = "../tests/common/ladder.rs"]
#[allow(dead_code)]
mod ladder;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || !args.len().is_multiple_of(2) {
        eprintln!("usage: ladder_score GOLD1 TEST1 [GOLD2 TEST2 ...]");
        std::process::exit(2);
    }
    let pairs: Vec<_> = args
        .chunks(2)
        .map(|p| (ladder::read(&p[0]), ladder::read(&p[1])))
        .collect();
    let s = ladder::score(&pairs);
    let [ps, rs, fs] = s.strict;
    let [pl, rl, fl] = s.lax;
    println!("strict P {ps:.3} R {rs:.3} F1 {fs:.3}");
    println!("lax    P {pl:.3} R {rl:.3} F1 {fl:.3}");
}
