//! Times the real reader in a pseudo-terminal, as a person would see it: from launch to the
//! first screen, to the aligned view, and from each key to the changed screen.
//!
//! `cargo run --release --example reader_timing -- OLD NEW [RUNS]` (after `cargo build
//! --release`; it runs `target/release/driftview`); the reader's arguments may be more, as
//! `--roundtrip ORIGINAL TRANSLATION BACK` (the three panes). Nothing polls: the terminal output is read
//! as it arrives (portable-pty + vt100, the session of `tests/common/pty.rs`), so no other
//! process takes CPU from the reader while it is timed.

use std::time::{Duration, Instant};

// The same pseudo-terminal session the end-to-end tests drive.
#[allow(dead_code)]
#[path = "../tests/common/pty.rs"]
mod pty;

use pty::PtySession;

const ROWS: u16 = 45;
const COLS: u16 = 160;
const PATIENCE: Duration = Duration::from_secs(30);

fn ms(from: Instant, to: Instant) -> f64 {
    to.duration_since(from).as_secs_f64() * 1e3
}

fn run(args: &[&str]) -> Option<Vec<(String, f64)>> {
    let here = std::env::current_dir().ok()?;
    let program = here.join("target/release/driftview");
    let launch = Instant::now();
    let mut session = PtySession::spawn(&program, args, &[], (ROWS, COLS), Some(&here)).ok()?;
    let mut out = Vec::new();
    let first = session.until(PATIENCE, |s| s.contains("Documents"))?;
    out.push(("first screen".to_string(), ms(launch, first)));
    // The status bar names the pair's similarity, or across languages its two languages.
    let aligned = session.until(PATIENCE, |s| s.contains("similar") || s.contains(" → "))?;
    out.push(("aligned view".to_string(), ms(launch, aligned)));
    let keys: [(&str, &[u8]); 8] = [
        ("G", b"G"),
        ("g", b"g"),
        ("n", b"n"),
        ("n", b"n"),
        ("Ctrl-d", b"\x04"),
        ("/", b"/"),
        ("search keystroke", b"L"),
        // "Lq" is nowhere: every row is searched to its end.
        ("search keystroke, no match", b"q"),
    ];
    for (name, bytes) in keys {
        // Let any redraw still under way finish, so the change timed is the key's.
        session.settle(Duration::from_millis(300));
        let before = session.text();
        let sent = Instant::now();
        session.send(bytes).ok()?;
        session.until(PATIENCE, |s| s != before)?;
        // The frame may come in several writes: time its last one.
        let drawn = session.settle(Duration::from_millis(30));
        out.push((name.to_string(), ms(sent, drawn)));
    }
    // Escape leaves the search box; sent apart from `q`, which would otherwise read as Alt-q.
    session.send(b"\x1b").ok()?;
    std::thread::sleep(Duration::from_millis(100));
    session.send(b"q").ok()?;
    if !session.wait_closed(Duration::from_secs(5)) {
        let _ = session.child.kill();
    }
    let _ = session.child.wait();
    Some(out)
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = match args.last().and_then(|r| r.parse().ok()) {
        Some(n) => {
            args.pop();
            n
        }
        None => 5,
    };
    if args.len() < 2 {
        eprintln!("usage: reader_timing OLD NEW [RUNS]  (or --roundtrip A B C [RUNS])");
        std::process::exit(2);
    }
    let reader_args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut all: Vec<Vec<(String, f64)>> = Vec::new();
    for k in 0..runs {
        match run(&reader_args) {
            Some(times) => all.push(times),
            None => eprintln!("run {}: the reader did not show what was expected", k + 1),
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    let Some(first) = all.first() else {
        std::process::exit(1);
    };
    println!("{} runs; median (min … max), milliseconds", all.len());
    for (i, (name, _)) in first.iter().enumerate() {
        let mut values: Vec<f64> = all.iter().map(|r| r[i].1).collect();
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let (min, max) = (values[0], values[values.len() - 1]);
        println!("{name:<18} {median:>8.1}  ({min:.1} … {max:.1})");
    }
}
