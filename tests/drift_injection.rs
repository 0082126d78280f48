//! Issue 28's benchmark as a test: errors of known kinds put into real translations of Genesis
//! (`tests/data/`, public domain) at seeded random verses, KJV against Reina-Valera 1909
//! across languages and against the WEB in one language. Each kind's share found, and the
//! share of the findings the errors brought that stand at no error, are held to floors and
//! ceilings under the figures measured on Genesis. The thresholds of the checks themselves
//! were chosen on Exodus to Deuteronomy (`examples/drift_injection.rs` on
//! `../shared/corpus/`), not on Genesis; BENCHMARKS.md has both.

mod common;
use common::injection::{Bench, ErrorKind, Language, paired_chapters};

fn data(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The benchmark on Genesis against `target`: each kind's floor (share found), the ceiling
/// on the share of the errors' new findings that point at no error, and the ceiling on the
/// clean pair's findings per 1,000 source words.
fn holds(
    target: &str,
    language: Language,
    floors: &[(ErrorKind, f64)],
    (alarm_ceiling, clean_ceiling): (f64, f64),
) {
    let chapters = paired_chapters(&data("kjv-genesis-lines.txt"), &data(target), |_| true);
    assert!(chapters.len() >= 20, "too few paired chapters");
    let knowledge = driftview::Knowledge::none();
    let bench = Bench::new(&chapters, language, &knowledge, 1);
    let (mut new, mut alarms) = (0, 0);
    let mut failures = Vec::new();
    let clean = 1000.0 * bench.clean_findings as f64 / bench.source_words.max(1) as f64;
    eprintln!(
        "{target}: clean pair: {} findings, {clean:.1} per 1,000 words",
        bench.clean_findings
    );
    if clean > clean_ceiling {
        failures.push(format!(
            "the clean pair shows {} findings, {clean:.1} per 1,000 words (ceiling {clean_ceiling})",
            bench.clean_findings
        ));
    }
    for &(kind, floor) in floors {
        let o = bench.run(kind, 40);
        assert!(
            o.errors >= 15,
            "{}: only {} errors put in",
            kind.label(),
            o.errors
        );
        let share = o.found as f64 / o.errors as f64;
        eprintln!(
            "{target}: {}: {} of {} found; {} new findings, {} at no error",
            kind.label(),
            o.found,
            o.errors,
            o.new_findings,
            o.false_alarms
        );
        if share < floor {
            failures.push(format!(
                "{}: {} of {} found ({:.0}%, floor {:.0}%); missed: {:?}",
                kind.label(),
                o.found,
                o.errors,
                share * 100.0,
                floor * 100.0,
                o.missed
            ));
        }
        new += o.new_findings;
        alarms += o.false_alarms;
    }
    let alarm_share = alarms as f64 / new.max(1) as f64;
    if alarm_share > alarm_ceiling {
        failures.push(format!(
            "{alarms} of {new} new findings at no error ({:.0}%, ceiling {:.0}%)",
            alarm_share * 100.0,
            alarm_ceiling * 100.0
        ));
    }
    assert!(failures.is_empty(), "{target}:\n{}", failures.join("\n"));
}

#[test]
fn errors_put_into_the_spanish_translation_are_found() {
    use ErrorKind::*;
    // Genesis, seed 1, 40 errors a kind, session 29 (a name or number on the source's side only
    // counted as reporting text left out, Spanish questions run on): 40, 38, 22, 25, 37, 37,
    // 39, 39 and 35 found; 28 of 426 at no error (7%).
    // Session 19 (numbers read as Reina-Valera writes
    // them, "twice", "fourfold", a value compared by presence): 40, 35, 14, 24, 37, 36, 36
    // and 38 found; 16 of 366 at no error (4%).
    // Session 18 (negators' ranges): 37,
    // 35, 14, 24, 37, 36, 36 and 38 found; 16 of 365 new findings at no error (4%).
    // Session 17: 37, 35, 14, 21, 35, 36, 36 and 38; 15 of 352 (4%). Before the lexicon took
    // words of up to 2% of the units, the scales' fix and the clauses by learned links: 37,
    // 32, 11, 20, 35, 36, 36, 37; 34 of 364 at no error (9%). Before negation across
    // languages, the pair's names and its length model: 37, 8, 3, 0, 0, 19, 11, 36 (36% in
    // all).
    holds(
        "rv1909-genesis-lines.txt",
        Language::Spanish,
        &[
            (Number, 0.9),
            (Omission, 0.85),
            (PartialOmission, 0.45),
            (NegationRemoved, 0.55),
            (NegationAdded, 0.85),
            (NameSwapped, 0.8),
            (Addition, 0.9),
            (QuestionToStatement, 0.85),
            // Session 29: 35 of 40 (a speech left out is a clause or a sentence gone).
            (QuotationRemoved, 0.75),
        ],
        // The clean pair: 80 findings, 2.1 per 1,000 words (session 27); 81 before its
        // numbers' tenth parts.
        (0.08, 2.4),
    );
}

#[test]
fn errors_put_into_a_revised_english_translation_are_found() {
    use ErrorKind::*;
    // Session 29 (names and numbers counted as reporting text left out): 33 of 35, 40, 32,
    // 24 of 25, 40, 34, 40, 17 of 18 and 37 found; 9 of 409 at no error (2%).
    // 33 of 35, 38, 27, 24 of 25, 39, 34, 38 and 17 of 18 found; 5 of 337 at no error
    // (2026-12-04, with the clause check). Before it: verses left out 17, clauses 1, verses
    // added 24. Before the names and questions: names 25 of 40 and questions 0 of 18.
    holds(
        "web-genesis-lines.txt",
        Language::English,
        &[
            (Number, 0.85),
            (Omission, 0.85),
            (PartialOmission, 0.7),
            (NegationRemoved, 0.9),
            (NegationAdded, 0.9),
            (NameSwapped, 0.8),
            (Addition, 0.85),
            (QuestionToStatement, 0.85),
            // Session 29: 37 of 40.
            (QuotationRemoved, 0.8),
        ],
        // The clean pair: 56 findings, 3.5 per 1,000 words (session 27); 69 (4.3) before a
        // modern version's plain words for the King James's negators and its habits of
        // wording.
        (0.05, 4.0),
    );
}
