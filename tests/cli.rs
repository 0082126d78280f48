//! The real binary on real files: output, exit status, errors, pipes.

use std::io::Read;
use std::process::{Command, Output, Stdio};

mod common;
use common::{Scratch, row_kind_message, sample};

fn bin() -> Command {
    common::driftview()
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

/// Runs the binary with `input` on its standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn identical_files_exit_0_and_different_files_exit_1() {
    let (a, b) = (sample(1), sample(2));
    assert_eq!(run(&["diff", s(&a), s(&a)]).status.code(), Some(0));
    let out = run(&["diff", s(&a), s(&b)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("│"));
}

#[test]
fn json_report_follows_the_contract() {
    let (a, b) = (sample(1), sample(2));
    let out = run(&["report", s(&a), s(&b), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    for key in ["left", "right", "similarity", "stats", "rows", "findings"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert!(v["left"]["words"].as_u64().unwrap() > 500);
    let sim = v["similarity"].as_f64().unwrap();
    assert!(sim > 0.5 && sim < 1.0, "{sim}");
    let rows = v["rows"].as_array().unwrap();
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"changed") && kinds.contains(&"inserted"));
    // Version A lacks version B's lead sentence: it is the first added row, standing alone.
    let first_added = rows.iter().find(|r| r["kind"] == "inserted").unwrap();
    assert!(
        first_added["right"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Russian President Vladimir Putin told")
    );
    assert_eq!(
        first_added["left"]["sentences"].as_array().unwrap().len(),
        0
    );
}

#[test]
fn missing_file_is_a_one_line_error_with_status_2() {
    let out = run(&["report", "/no/such/old.txt", s(&sample(1))]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "driftview: /no/such/old.txt: no such file or folder"
    );
}

#[test]
fn binary_file_is_refused_by_name() {
    let dir = Scratch::new("cli-binary");
    let bin_path = dir.file("image.bin", [0x89, b'P', b'N', b'G', 0, 0, 1, 2]);
    let out = run(&["diff", s(&bin_path), s(&sample(1))]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.bin: binary file"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let (a, b) = (sample(1), sample(2));
    let piped = run(&["diff", s(&a), s(&b)]);
    assert!(!piped.stdout.contains(&0x1b), "a pipe gets no escapes");
    assert!(
        String::from_utf8_lossy(&piped.stdout).contains("{+"),
        "markers stand in for colour"
    );
    let always = run(&["diff", s(&a), s(&b), "--color", "always"]);
    assert!(always.stdout.contains(&0x1b));
    let no_color = bin()
        .args(["diff", s(&a), s(&b)])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!no_color.stdout.contains(&0x1b));
}

#[test]
fn width_is_honoured() {
    let out = run(&["diff", s(&sample(1)), s(&sample(3)), "--width", "70"]);
    let text = String::from_utf8_lossy(&out.stdout);
    use unicode_width::UnicodeWidthStr;
    assert!(
        text.lines().all(|l| l.width() <= 70),
        "a line is wider than 70"
    );
    let inline = run(&[
        "diff",
        s(&sample(1)),
        s(&sample(3)),
        "--width",
        "50",
        "--inline",
    ]);
    let text = String::from_utf8_lossy(&inline.stdout);
    assert!(text.lines().all(|l| l.width() <= 50));
    assert!(!text.contains('│'));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // Output well past the pipe's 64 KiB buffer, so that the writes meet the closed pipe.
    let dir = Scratch::new("closed-pipe");
    let (one, five) = (
        std::fs::read_to_string(sample(1)).unwrap(),
        std::fs::read_to_string(sample(5)).unwrap(),
    );
    let old = dir.file("old.txt", format!("{one}\n\n{five}\n\n").repeat(20));
    let new = dir.file("new.txt", format!("{five}\n\n{one}\n\n").repeat(20));
    let full = bin()
        .args(["report", s(&old), s(&new), "--format", "json"])
        .output()
        .unwrap();
    assert!(full.stdout.len() > 4 * 65536, "{} bytes", full.stdout.len());
    let mut child = bin()
        .args(["report", s(&old), s(&new), "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{:?}",
        out.status
    );
}

#[test]
fn stdin_is_read_for_a_dash() {
    let text = std::fs::read(sample(1)).unwrap();
    let out = run_with_stdin(&["report", "-", s(&sample(1)), "--format", "json"], &text);
    assert_eq!(out.status.code(), Some(0), "the same text twice");
}

#[test]
fn matrix_lists_every_sample() {
    let out = run(&["matrix"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.matches("putin-wants-to-meet-biden").count(), 3);
    assert!(text.contains("%"));
}

/// Prose hard-wrapped at 72 columns, as licenses, mail and man pages are.
const WRAPPED: &str = "  The licenses for most software are designed to take away your
freedom to share and change it.  By contrast, the GNU General Public
Licenses are intended to guarantee your freedom to share and change
free software--to make sure the software is free for all its users.

  This license, the Lesser General Public License, applies to some
specially designated software packages--typically libraries--of the
Free Software Foundation and other authors who decide to use it.  You
can use it too, but we suggest you first think carefully about whether
this license or the ordinary General Public License is the better
strategy to use in any particular case, based on the explanations below.

  1. You may copy and distribute verbatim copies of the Library's
complete source code as you receive it, in any medium, provided that
";

#[test]
fn hard_wrapped_prose_is_reflowed_in_diff_and_markdown_but_not_in_json() {
    let dir = Scratch::new("cli-wrapped");
    let old = dir.file("old.txt", WRAPPED);
    let new = dir.file(
        "new.txt",
        WRAPPED.replace("all its users", "every one of its users"),
    );
    let out = run(&[
        "diff",
        s(&old),
        s(&new),
        "--width",
        "200",
        "--color",
        "never",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    // The soft breaks are spaces: each sentence runs on at the pane's width.
    assert!(
        text.contains("The licenses for most software are designed to take away your freedom to share and change it."),
        "{text}"
    );
    // The list item stays apart from the paragraph before it.
    assert!(!text.contains("below. 1."), "{text}");
    assert!(
        text.lines()
            .any(|l| l.trim_start_matches(['~', ' ']).starts_with("1.")),
        "{text}"
    );
    let md = run(&["report", s(&old), s(&new), "--format", "markdown"]);
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(
        md.contains("free software--to make sure the software is free for ~~all~~"),
        "{md}"
    );
    // JSON keeps the document's own text, line breaks and all.
    let json = run(&["report", s(&old), s(&new), "--format", "json"]);
    assert!(String::from_utf8_lossy(&json.stdout).contains("take away your\\nfreedom"));
}

#[test]
fn inline_view_keeps_the_spaces_the_text_has_around_changes() {
    let out = run(&[
        "diff",
        s(&sample(1)),
        s(&sample(2)),
        "--inline",
        "--color",
        "never",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("consultations {+take place+}."), "{text}");
    // Words are whole tokens: a word glued to a change marker means a lost space.
    for a in 1..=5u8 {
        for b in 1..=5u8 {
            let out = run(&[
                "diff",
                s(&sample(a)),
                s(&sample(b)),
                "--inline",
                "--width",
                "100000",
            ]);
            let text = String::from_utf8_lossy(&out.stdout);
            for marker in ["{+", "[-"] {
                for (i, _) in text.match_indices(marker) {
                    let before = text[..i].chars().next_back();
                    let after = text[i + 2..].chars().next();
                    let glued = before.is_some_and(char::is_alphanumeric)
                        && after.is_some_and(char::is_alphanumeric);
                    assert!(
                        !glued,
                        "samples {a} and {b}: …{}…",
                        &text[i.saturating_sub(30)..i + 20]
                    );
                }
            }
        }
    }
}

#[test]
fn nonsense_values_are_refused_by_the_parser_and_columns_is_honoured_in_a_pipe() {
    for args in [["--width", "0"], ["--width", "5"]] {
        let out = run(&["diff", s(&sample(1)), s(&sample(2)), args[0], args[1]]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("invalid value") && err.contains("--width"),
            "{err}"
        );
    }
    let out = run(&["--max-size", "0", "diff", s(&sample(1)), s(&sample(2))]);
    assert_eq!(out.status.code(), Some(2));
    let out = bin()
        .env("COLUMNS", "64")
        .args(["diff", s(&sample(1)), s(&sample(2)), "--color", "never"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    use unicode_width::UnicodeWidthStr;
    let widest = text.lines().map(|l| l.width()).max().unwrap();
    assert!(widest <= 64 && widest > 50, "COLUMNS=64 gives {widest}");
}

#[test]
fn standard_input_is_named_as_such() {
    let text = std::fs::read(sample(1)).unwrap();
    let out = run_with_stdin(&["diff", "-", s(&sample(2)), "--color", "never"], &text);
    let first = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    assert!(first.trim_start().starts_with("standard input"), "{first}");
}

#[test]
fn the_json_the_binary_writes_rebuilds_both_texts_from_its_ops() {
    for (a, b, flags) in [
        (1, 2, ""),
        (2, 3, "-i"),
        (1, 5, "-p"),
        (3, 1, "--exact-whitespace"),
    ] {
        let (pa, pb) = (sample(a), sample(b));
        let mut args = vec!["report", s(&pa), s(&pb), "--format", "json"];
        if !flags.is_empty() {
            args.push(flags);
        }
        let out = run(&args);
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let rows = json["rows"].as_array().unwrap();
        for (k, row) in rows.iter().enumerate() {
            let (mut left, mut right) = (String::new(), String::new());
            for op in row["ops"].as_array().unwrap() {
                let text = op["text"].as_str().unwrap();
                match op["op"].as_str().unwrap() {
                    "equal" => {
                        left.push_str(text);
                        right.push_str(op["right_text"].as_str().unwrap_or(text));
                    }
                    "delete" => left.push_str(text),
                    "insert" => right.push_str(text),
                    other => panic!("unknown op {other}"),
                }
            }
            // A moved row's ops diff its half against its partner's.
            if row["kind"] == "moved" {
                let partner = &rows[row["partner"].as_u64().unwrap() as usize];
                let (own, other) = if row["left"]["text"] == "" {
                    ("right", "left")
                } else {
                    ("left", "right")
                };
                let (mine, theirs) = if own == "left" {
                    (&left, &right)
                } else {
                    (&right, &left)
                };
                assert_eq!(mine, row[own]["text"].as_str().unwrap(), "{a}/{b} row {k}");
                assert_eq!(
                    theirs,
                    partner[other]["text"].as_str().unwrap(),
                    "{a}/{b} row {k}"
                );
                continue;
            }
            assert_eq!(
                left,
                row["left"]["text"].as_str().unwrap(),
                "{a}/{b} {flags} row {k}"
            );
            assert_eq!(
                right,
                row["right"]["text"].as_str().unwrap(),
                "{a}/{b} {flags} row {k}"
            );
        }
    }
}

#[test]
fn a_pipe_is_never_paged() {
    let out = bin()
        .env("DRIFTVIEW_PAGER", "sed s/^/PAGED:/")
        .args(["diff", s(&sample(1)), s(&sample(2))])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("PAGED:") && text.contains("│"), "{text}");
}

#[test]
fn context_folds_unchanged_stretches_and_the_report_numbers_rows_as_findings_do() {
    let dir = Scratch::new("cli-context");
    let text = std::fs::read_to_string(sample(1)).unwrap();
    let edited = text.replacen(
        "virtual meeting last week",
        "virtual meeting 3 weeks ago",
        1,
    );
    assert_ne!(text, edited);
    let (old, new) = (dir.file("old.txt", &text), dir.file("new.txt", &edited));
    let out = run(&["diff", s(&old), s(&new), "-U", "1", "--color", "never"]);
    let view = String::from_utf8_lossy(&out.stdout);
    let changed = view.lines().filter(|l| l.starts_with('~')).count();
    let folds: Vec<&str> = view
        .lines()
        .filter(|l| l.contains("unchanged rows ⋯"))
        .collect();
    assert_eq!(changed, 1, "{view}");
    assert_eq!(folds.len(), 2, "one fold before and one after: {view}");
    // Every row is accounted for: shown ones plus the folded counts.
    let folded: usize = folds
        .iter()
        .map(|l| {
            l.split_whitespace()
                .nth(1)
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    let rows = view
        .lines()
        .filter(|l| l.starts_with(['~', ' ']) && !l.contains('⋯'))
        .count();
    assert!(folded > 10 && rows >= 3, "{view}");
    // The report's view numbers rows the way its findings name them.
    let report = run(&["report", s(&old), s(&new), "-U", "0", "--color", "never"]);
    let report = String::from_utf8_lossy(&report.stdout);
    let finding_row: usize = report
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("row "))
        .and_then(|r| r.split_whitespace().next())
        .map(|n| n.parse().unwrap())
        .expect("a finding");
    let numbered = format!("{finding_row} ~ ");
    assert!(
        report
            .lines()
            .any(|l| l.trim_start().starts_with(&numbered)),
        "{report}"
    );
}

#[test]
fn a_source_and_its_translation_align_row_by_row_and_the_omission_stands_out() {
    // A notice written for this test in English and in Spanish; the Spanish leaves out the
    // sentence about children under 12.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bilingual");
    let (en, es) = (
        format!("{dir}/notice-en.txt"),
        format!("{dir}/notice-es.txt"),
    );
    let out = run(&["report", &en, &es, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(
        (
            v["left"]["language"].as_str(),
            v["right"]["language"].as_str()
        ),
        (Some("en"), Some("es"))
    );
    let rows = v["rows"].as_array().unwrap();
    let kinds: Vec<&str> = rows.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "changed", "changed", "changed", "changed", "deleted", "changed", "changed"
        ]
    );
    assert!(
        rows[4]["left"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Children under 12")
    );
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["kind"], "dropped");
    assert!(findings[0]["message"].as_str().unwrap().contains("12"));
}

/// The museum notice written for these tests, in English and in Spanish.
fn museum_notice() -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bilingual");
    (
        format!("{dir}/museum-en.txt"),
        format!("{dir}/museum-es.txt"),
    )
}

#[test]
fn across_languages_numbers_are_compared_by_value_and_kept_names_are_checked() {
    // A museum notice written for this test: the Spanish closes at 18 where the English says
    // 17, writes "twelve" as "doce" (no finding), and leaves "Maria Lopez" out of the third
    // sentence while writing her name in the last one (so the translation keeps the name).
    let (en, es) = museum_notice();
    let out = run(&["report", &en, &es, "--format", "json", "--findings-only"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(
        row_kind_message(&v),
        [
            (0, "number", "number changed: “17” → “18”"),
            (2, "name", "name “Maria Lopez” only in the source"),
        ]
    );
}

#[test]
fn lang_names_the_languages_instead_of_detecting_them() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bilingual");
    let (en, es) = (
        format!("{dir}/notice-en.txt"),
        format!("{dir}/notice-es.txt"),
    );
    let json = |args: &[&str]| -> serde_json::Value {
        let out = run(args);
        serde_json::from_slice(&out.stdout).expect("valid JSON")
    };
    let v = json(&[
        "report",
        "--lang",
        "old=en,new=de",
        &en,
        &es,
        "--format",
        "json",
    ]);
    assert_eq!(v["right"]["language"], "de");
    // Named sides in the other order, or one side alone, are the sides named.
    let v = json(&[
        "report",
        "--lang",
        "new=de,old=en",
        &en,
        &es,
        "--format",
        "json",
    ]);
    assert_eq!(
        (
            v["left"]["language"].as_str(),
            v["right"]["language"].as_str()
        ),
        (Some("en"), Some("de"))
    );
    let v = json(&["report", "--lang", "new=de", &en, &es, "--format", "json"]);
    assert_eq!(
        (
            v["left"]["language"].as_str(),
            v["right"]["language"].as_str()
        ),
        (Some("en"), Some("de"))
    );
    let v = json(&["report", "--lang", "old=de", &en, &es, "--format", "json"]);
    assert_eq!(
        (
            v["left"]["language"].as_str(),
            v["right"]["language"].as_str()
        ),
        (Some("de"), Some("es"))
    );
    // Both named English: the languages are as named, but two texts that share almost no
    // words are still a source and its translation, aligned sentence by sentence (the
    // Spanish leaves one sentence out).
    let v = json(&["report", "--lang", "en", &en, &es, "--format", "json"]);
    assert_eq!(v["right"]["language"], "en");
    assert_eq!(v["stats"]["deleted"].as_u64(), Some(1), "{}", v["stats"]);
    assert_eq!(v["stats"]["inserted"].as_u64(), Some(0), "{}", v["stats"]);
    let out = run(&["report", "--lang", "en,xx", &en, &es]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown language 'xx'"), "{err}");
    let out = run(&["report", "--lang", "left=en", &en, &es]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("'left=' names no document"), "{err}");
}

#[test]
fn a_sentence_the_translation_left_in_the_source_language_is_a_finding() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bilingual");
    let en = format!("{dir}/notice-en.txt");
    // The Spanish notice with its last sentence left in English, as translated man pages
    // leave passages.
    let spanish = std::fs::read_to_string(format!("{dir}/notice-es.txt")).unwrap();
    let kept = spanish.replace(
        "Pregunte a María en el mostrador si necesita ayuda con el catálogo.",
        "Ask María at the front desk if you need help with the catalogue.",
    );
    let scratch = common::Scratch::new("untranslated");
    let es = scratch.file("notice-es.txt", kept);
    let out = run(&[
        "report",
        &en,
        es.to_str().unwrap(),
        "--lang",
        "en,es",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["dropped", "untranslated"]);
}

/// `--segmented`: each line is one sentence, as sentence aligners take their input (two
/// sentences on a line stay one; a sentence broken over two lines stays two), and the ladder
/// and bitext formats give the alignment alone.
#[test]
fn segmented_input_keeps_its_lines_and_the_alignment_formats_write_them() {
    let dir = Scratch::new("cli-segmented");
    let old = dir.file(
        "old.txt",
        "The talks began. They ended late.\nThe minister left\nfor Geneva on Monday.\n",
    );
    let new = dir.file(
        "new.txt",
        "Die Gespräche begannen. Sie endeten spät.\nDer Minister reiste am Montag nach Genf.\n",
    );
    let aligned = |format: &str| {
        let args = [
            "report",
            "--segmented",
            "--lang",
            "en,de",
            "--format",
            format,
        ];
        let out = run(&[&args[..], &[s(&old), s(&new)]].concat());
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    // Vecalign's ladder: the links, and across languages each row's confidence third.
    let ladder = aligned("ladder");
    let links: Vec<&str> = ladder
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().0)
        .collect();
    assert_eq!(links, ["[0]:[0]", "[1, 2]:[1]"], "{ladder}");
    for line in ladder.lines() {
        let confidence: f64 = line.rsplit(':').next().unwrap().parse().expect(line);
        assert!((0.0..=1.0).contains(&confidence), "{line}");
    }
    // TMX 1.4 for translation memories: parsed back, one unit per row, both languages named.
    let tmx = aligned("tmx");
    let doc = roxmltree::Document::parse(&tmx).expect("well-formed TMX");
    let langs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("tuv"))
        .filter_map(|n| n.attribute(("http://www.w3.org/XML/1998/namespace", "lang")))
        .collect();
    assert_eq!(langs, ["en", "de", "en", "de"], "{tmx}");
    let bitext = aligned("bitext");
    assert_eq!(
        bitext.lines().next(),
        Some("The talks began. They ended late.\tDie Gespräche begannen. Sie endeten spät.")
    );
    assert_eq!(
        bitext.lines().nth(1),
        Some("The minister left for Geneva on Monday.\tDer Minister reiste am Montag nach Genf.")
    );
    // Without the flag the same files are segmented: the first line is two sentences.
    let out = run(&["report", "--format", "json", s(&old), s(&new)]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["left"]["sentences"], 4);
    let out = run(&[
        "report",
        "--segmented",
        "--format",
        "json",
        s(&old),
        s(&new),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["left"]["sentences"], 3);
}

/// A tab inside a line (every man page rendered with `col -b` has them) is a space wherever
/// text is printed: `diff` and the text report kept it raw and broke their `│` column, the
/// reader drew it as nothing ("The catsat").
#[test]
fn a_tab_inside_a_line_is_printed_as_a_space() {
    let dir = Scratch::new("cli-tabs");
    let old = dir.file("old.txt", "The cat\tsat on the mat.\nIt was warm.\n");
    let new = dir.file("new.txt", "The cat\tsat on the hat.\nIt was warm.\n");
    for args in [
        vec!["diff", "--no-pager", "--color", "never"],
        vec!["report", "--no-pager"],
        vec!["report", "--no-pager", "--format", "markdown"],
    ] {
        let out = run(&[&args[..], &[s(&old), s(&new)]].concat());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(!text.contains('\t'), "{args:?}: {text}");
        assert!(text.contains("The cat sat on the"), "{args:?}: {text}");
    }
}

/// A mistyped path opened the reader on the other file alone ("Only one document is open",
/// exit 0): a file named on the command line that cannot be read is an error, exit 2, before
/// any terminal is touched; a folder's unreadable files stay notes in the list.
#[test]
fn the_reader_refuses_a_named_file_it_cannot_read() {
    let dir = Scratch::new("cli-mistyped");
    let missing = dir.path().join("nonexist.txt");
    let a = sample(1);
    let out = run(&[s(&a), s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nonexist.txt") && err.contains("no such file"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // A readable pair gets as far as the terminal check (the test has no terminal).
    let out = run(&[s(&a), s(&sample(2))]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a terminal"), "{err}");
}

/// The markdown and text reports of a translation struck the whole source and set the whole
/// translation in bold, row after row, under "old/new" and a "similarity 1%": both sides are
/// shown as written, the evidence a finding names in bold, under "source" and "translation".
#[test]
fn a_translation_s_reports_show_both_sides_as_written_under_source_and_translation() {
    let (en, es) = museum_notice();
    let md = run(&["report", &en, &es, "--format", "markdown"]);
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.contains("| | source (en) | translation (es) |"), "{md}");
    assert!(!md.contains("~~") && !md.contains("Similarity"), "{md}");
    // Each side named with where it stands in its file (`museum-en.txt:3`).
    assert!(
        md.contains("- **source** (`") && md.contains("- **translation** (`"),
        "{md}"
    );
    assert!(
        md.contains("museum-en.txt:") && md.contains("museum-es.txt:"),
        "{md}"
    );
    // The number the translation changed is marked on each side, and nothing else is bold
    // in that row.
    let row = md
        .split("### Row 1\n")
        .nth(1)
        .expect("row 1")
        .split("###")
        .next()
        .unwrap();
    assert!(row.contains("**17**") && row.contains("**18**"), "{row}");
    let text = run(&["report", "--no-pager", &en, &es]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("source: "), "{text}");
    // Each finding says where its row stands in each file, as compilers name a place.
    let findings: Vec<&str> = text.lines().filter(|l| l.starts_with("  row ")).collect();
    assert!(!findings.is_empty(), "{text}");
    assert!(
        findings
            .iter()
            .all(|l| l.contains("(museum-en.txt:") && l.contains(", museum-es.txt:")),
        "{text}"
    );
    assert!(!text.contains("similarity"), "{text}");
    // No finding across languages speaks of old and new versions, the names settled over
    // the whole pair included ("name “Adam” only in the old version").
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let (kjv, rv) = (
        format!("{data}/kjv-genesis.txt"),
        format!("{data}/rv1909-genesis.txt"),
    );
    let out = run(&["report", &kjv, &rv, "--format", "json", "--findings-only"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let versions: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .filter(|m| m.contains("old version") || m.contains("new version"))
        .collect();
    assert!(versions.is_empty(), "{versions:?}");
}

/// One pasted one-line paragraph longer than a line in an otherwise hard-wrapped file turned
/// reflow off for the whole file: its line breaks cut sentences and the pair showed "split"
/// findings for every wrapped sentence. Hard wrapping is judged on the paragraphs of more
/// than one line, so the pasted paragraph is one addition and nothing else changes.
#[test]
fn a_pasted_long_paragraph_leaves_the_rest_of_a_hard_wrapped_file_reflowed() {
    let dir = Scratch::new("cli-pasted-paragraph");
    let license =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/MPL-2.0"))
            .unwrap();
    let pasted = "This paragraph was pasted from a web page as one line, as a browser copies it, \
                  and it is far longer than the seventy-two columns the rest of the file keeps to.";
    let edited = license.replacen(
        "1. Definitions\n",
        &format!("{pasted}\n\n1. Definitions\n"),
        1,
    );
    let (old, new) = (dir.file("old.txt", &license), dir.file("new.txt", &edited));
    let out = run(&["report", s(&old), s(&new), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["added"], "{kinds:?}");
}

/// `report` of ls(1) rendered at 80 columns against the same page unwrapped, with `options`.
fn ls_at_80_columns_against_unwrapped(options: &[&str]) -> Output {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/manpages/");
    let (old, new) = (
        format!("{data}ls-80-columns.txt"),
        format!("{data}ls-unwrapped.txt"),
    );
    let mut args = vec!["report", old.as_str(), new.as_str()];
    args.extend_from_slice(options);
    run(&args)
}

/// A man page as a reader sees it (`man ls | col -b` at 80 columns: justified, indented with
/// tabs, each option on a short line above its indented description, words hyphenated at line
/// ends) against the same page unwrapped: the same sentences, row for row. Was 30 rows of
/// "merged" (the 80-column page was not read as hard-wrapped) and a name finding for a word
/// hyphenated across lines ("FOR‐" / "MAT1"). What is left: two lines man sets one under the
/// other (a URL line and the next), which nothing tells from a line wrapped at the margin.
#[test]
fn a_man_page_at_80_columns_compares_with_its_unwrapped_self_sentence_for_sentence() {
    let out = ls_at_80_columns_against_unwrapped(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = v["rows"].as_array().unwrap();
    assert!(rows.len() > 100, "{}", rows.len());
    // Every sentence is the same sentence at both widths: an option and its description,
    // the two lines man sets one under the other ("… online help: <https://…>" / "Report
    // any …"), and a line that stops short of a word that would fit ("Full documentation
    // <https://…>" / "or available locally via: …").
    assert_eq!(v["findings"], serde_json::json!([]));
    for row in rows {
        assert!(row["kind"] == "equal" || row["kind"] == "changed", "{row}");
    }
}

/// A word groff hyphenated at a line's end reads whole in what a person reads: "speci‐" /
/// "fied" was shown "speci‐fied" once the lines were joined, in the reader and the reports.
/// (The text report shows every row; markdown only the changed ones.)
#[test]
fn a_man_page_s_line_end_hyphen_is_gone_once_its_word_is_joined() {
    let out = ls_at_80_columns_against_unwrapped(&["--format", "text", "--width", "160"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("none of -cftuvSUX nor --sort is specified."),
        "{text}"
    );
    assert!(text.contains("that points to a directory"), "{text}");
    assert!(!text.contains("speci\u{2010}fied"), "{text}");
    assert!(!text.contains('\u{2060}'), "the joiner is never printed");
}

/// Off a terminal nothing asks the terminal its size: crossterm would run `tput` twice to
/// answer, a third of an article's report. A `tput` first on the PATH leaves a mark if run.
#[test]
fn a_report_into_a_pipe_runs_no_other_program() {
    let dir = Scratch::new("cli-no-tput");
    let mark = dir.path().join("tput-ran");
    std::fs::create_dir_all(dir.path().join("bin")).unwrap();
    let tput = dir.file(
        "bin/tput",
        format!("#!/bin/sh\necho ran >> '{}'\necho 80\n", mark.display()),
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tput, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}",
        tput.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let (a, b) = (sample(1), sample(2));
    for format in ["json", "text", "markdown"] {
        let out = bin()
            .args(["report", s(&a), s(&b), "--format", format])
            .env("PATH", &path)
            .env_remove("COLUMNS")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
    }
    let out = bin()
        .args(["diff", s(&a), s(&b)])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !mark.exists(),
        "tput ran: {:?}",
        std::fs::read_to_string(&mark)
    );
}

/// The same words, one file composed (NFC) and one decomposed (NFD, as macOS may write it):
/// nothing differs.
#[test]
fn a_decomposed_file_compares_equal_to_its_composed_twin() {
    let dir = Scratch::new("cli-nfc");
    let composed = dir.file("nfc.txt", "Le café de la crème était fermé.\n");
    let decomposed = dir.file(
        "nfd.txt",
        "Le cafe\u{301} de la cre\u{300}me e\u{301}tait ferme\u{301}.\n",
    );
    let out = run(&["diff", s(&composed), s(&decomposed)]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn json_rows_name_the_lines_of_plain_text_files_and_not_of_made_text() {
    let dir = Scratch::new("cli-lines");
    let old = dir.file(
        "old.txt",
        "Title\n\nThe bridge opened in May.\nFerries run every\nhour.\n",
    );
    let new = dir.file(
        "new.txt",
        "Title\n\nThe bridge opened in June.\n\nFerries run every hour.\n",
    );
    let out = run(&["report", s(&old), s(&new), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let lines: Vec<(serde_json::Value, serde_json::Value)> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["left"]["lines"].clone(), r["right"]["lines"].clone()))
        .collect();
    let pair = |a: [u64; 2], b: [u64; 2]| (serde_json::json!(a), serde_json::json!(b));
    // The ferries' sentence runs over two lines of the old file, one of the new.
    assert_eq!(
        lines,
        [
            pair([1, 1], [1, 1]),
            pair([3, 3], [3, 3]),
            pair([4, 5], [5, 5])
        ]
    );
    // Markdown's text is made from the file: its lines are not the file's, and none is named.
    let md = dir.file("new.md", "# Title\n\nThe bridge opened in *June*.\n");
    let out = run(&["report", s(&old), s(&md), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let rows = v["rows"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["left"]["lines"].is_array()));
    assert!(
        rows.iter().all(|r| r["right"].get("lines").is_none()),
        "{rows:?}"
    );
}
