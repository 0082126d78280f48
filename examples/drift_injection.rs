//! Issue 28's benchmark on any books of the Bible corpus: errors of known kinds put into a real
//! translation at seeded random verses, and how many driftview's findings catch.
//!
//! `cargo run --release --example drift_injection -- SOURCE_LINES TARGET_LINES es|en
//!  [--books Exodus,Leviticus | --except Genesis] [--seed N] [--count N] [--verbose]
//!  [--dictionaries /usr/share/dictd]`
//!
//! The table counts, per kind, the errors found, the findings the errors brought (medium and
//! high, not in the clean pair there) and, of those, the ones at no error (false alarms).
//! `--dump DIR` writes the texts compared (`source.txt`, one translation per kind of error)
//! for reading them in driftview itself.

use driftview::Knowledge;

#[allow(dead_code)]
#[path = "../tests/common/injection.rs"]
mod injection;
use injection::{Bench, ErrorKind, Language, paired_chapters};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!(
            "usage: drift_injection SOURCE_LINES TARGET_LINES es|en [--books A,B | --except A,B] [--seed N] [--count N] [--verbose] [--show-clean KIND] [--dump DIR] [--dictionaries DIR]"
        );
        std::process::exit(2);
    }
    let read = |p: &String| std::fs::read_to_string(p).expect("readable");
    let language = match args[2].as_str() {
        "en" => Language::English,
        _ => Language::Spanish,
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|k| args.get(k + 1))
            .cloned()
    };
    let list = |s: Option<String>| -> Vec<String> {
        s.map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default()
    };
    let (books, except) = (list(option("--books")), list(option("--except")));
    let seed: u64 = option("--seed").map_or(1, |s| s.parse().expect("a number"));
    let count: usize = option("--count").map_or(40, |s| s.parse().expect("a number"));
    let verbose = args.iter().any(|a| a == "--verbose");
    let chapters = paired_chapters(&read(&args[0]), &read(&args[1]), |book| {
        (books.is_empty() || books.iter().any(|b| b == book)) && !except.iter().any(|b| b == book)
    });
    // `--dictionaries DIR`: the FreeDict databases of DIR (as the binary finds them under
    // /usr/share/dictd); by default none, the documents alone.
    let knowledge = match option("--dictionaries") {
        Some(dir) => Knowledge {
            dictionaries: std::sync::Arc::new(driftview::knowledge::Shelf::folder(dir)),
            glossary: None,
        },
        None => Knowledge::none(),
    };
    let t = std::time::Instant::now();
    let bench = Bench::new(&chapters, language, &knowledge, seed);
    println!(
        "{} chapters, {} source words; clean pair: {} findings shown ({:.1} per 1,000 words)",
        chapters.len(),
        bench.source_words,
        bench.clean_findings,
        1000.0 * bench.clean_findings as f64 / bench.source_words.max(1) as f64
    );
    if let Some(kind) = option("--show-clean") {
        for (k, message, old, new) in &bench.clean_list {
            if k.label() == kind {
                println!("{message}\n    < {old}\n    > {new}");
            }
        }
    }
    println!("| error put in | found | new findings | at no error |");
    println!("|---|---|---|---|");
    let (mut errors, mut found, mut new, mut alarms) = (0, 0, 0, 0);
    for kind in ErrorKind::ALL {
        let o = bench.run(kind, count);
        println!(
            "| {} | {} of {} | {} | {} |",
            kind.label(),
            o.found,
            o.errors,
            o.new_findings,
            o.false_alarms
        );
        if let Some(dir) = option("--dump") {
            let name = kind.label().replace(' ', "-").replace('+', "");
            std::fs::write(format!("{dir}/source.txt"), &o.texts.0).expect("writable");
            std::fs::write(format!("{dir}/{name}.txt"), &o.texts.1).expect("writable");
        }
        if verbose {
            for m in &o.missed {
                println!("    missed {m}");
            }
            for a in &o.alarms {
                println!("    alarm {a}");
            }
        }
        errors += o.errors;
        found += o.found;
        new += o.new_findings;
        alarms += o.false_alarms;
    }
    println!(
        "| all | {found} of {errors} ({:.0}%) | {new} | {alarms} ({:.0}%) |",
        100.0 * found as f64 / errors.max(1) as f64,
        100.0 * alarms as f64 / new.max(1) as f64
    );
    eprintln!("in {:.1} s", t.elapsed().as_secs_f64());
}
