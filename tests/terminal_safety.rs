//! Nothing from a document or a file name drives the terminal: every output path a terminal
//! may receive shows control characters (`␛`, `␇`) instead of sending them, and CSV cells that
//! a spreadsheet would run as formulas are defused.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::Scratch;

/// A title-setting and a screen-clearing sequence, a bell and a carriage return.
const HOSTILE: &str = "\x1b]0;PWNED\x07\x1b[2J\r";

fn run(args: &[&str]) -> Output {
    common::driftview()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

/// Two documents named and filled with escape sequences, in a folder of their own.
fn hostile_pair(dir: &Scratch) -> (PathBuf, PathBuf) {
    let old = dir.file(
        &format!("old{HOSTILE}.txt"),
        format!("The minister{HOSTILE} arrived in Geneva with 40 aides. Talks began at once.\n"),
    );
    let new = dir.file(
        &format!("new{HOSTILE}.txt"),
        format!("The minister{HOSTILE} came to Geneva with 50 aides. Talks began at once.\n"),
    );
    (old, new)
}

fn assert_nothing_obeyable(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for c in ['\x1b', '\x07', '\r'] {
        assert!(!text.contains(c), "{what} sent {c:?}:\n{text}");
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn names_and_text_with_escape_sequences_are_shown_not_obeyed_in_every_output() {
    let dir = Scratch::new("hostile-names");
    let (old, new) = hostile_pair(&dir);
    let (a, b) = (s(&old), s(&new));
    let outputs: Vec<(&str, Vec<&str>)> = vec![
        ("diff", vec!["diff", a, b]),
        ("diff --inline", vec!["diff", "--inline", a, b]),
        ("the text report", vec!["report", a, b]),
        (
            "the markdown report",
            vec!["report", "--format", "markdown", a, b],
        ),
        ("the CSV export", vec!["report", "--format", "csv", a, b]),
        ("the matrix", vec!["matrix", a, b]),
        ("the matrix as CSV", vec!["matrix", "--format", "csv", a, b]),
        ("a history", vec!["report", "--history", a, b, a]),
    ];
    for (what, args) in outputs {
        let out = run(&args);
        assert!(out.status.code().is_some_and(|c| c < 2), "{what}: {out:?}");
        assert_nothing_obeyable(what, &out.stdout);
        assert_nothing_obeyable(what, &out.stderr);
        // (The CSV lists the findings' rows only, and the escapes stand in another row.)
        let shown = String::from_utf8_lossy(&out.stdout);
        assert!(
            shown.contains('␛') || what == "the CSV export",
            "{what} shows the escape:\n{shown}"
        );
    }
    // An error names the file it could not read, visibly.
    let missing = dir.path().join(format!("gone{HOSTILE}.txt"));
    let out = run(&["diff", a, s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert_nothing_obeyable("an error", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone␛]0;PWNED␇"));
}

#[test]
fn markdown_escapes_what_would_render_as_markup() {
    let dir = Scratch::new("markdown-markup");
    let old = dir.file(
        "a.txt",
        "Read the [notice](http://evil.example) now. See ![x](http://t.example/p.png) too.\n",
    );
    let new = dir.file(
        "b.txt",
        "Read the <b>notice</b> now &amp; later. See it too.\n",
    );
    let out = run(&["report", "--format", "markdown", s(&old), s(&new)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\\[notice\\]"), "{text}");
    assert!(text.contains("!\\[x\\]"), "{text}");
    assert!(text.contains("\\<b\\>"), "{text}");
    assert!(text.contains("\\&amp;"), "{text}");
    assert!(!text.contains("[notice]("), "{text}");
}

#[test]
fn csv_cells_that_would_be_formulas_are_defused_and_a_bom_is_offered() {
    let dir = Scratch::new("csv-formulas");
    let old = dir.file(
        "a.txt",
        "=HYPERLINK(\"http://evil.example\",\"x\") costs 40 francs.\n",
    );
    let new = dir.file(
        "b.txt",
        "=HYPERLINK(\"http://evil.example\",\"x\") costs 50 francs.\n",
    );
    let out = run(&["report", "--format", "csv", s(&old), s(&new)]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"'=HYPERLINK("), "{text}");
    assert!(!text.contains(",=") && !text.contains(",\"="), "{text}");
    assert!(!text.starts_with('\u{FEFF}'));
    let out = run(&["report", "--format", "csv", "--bom", s(&old), s(&new)]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("\u{FEFF}row,"));
    let out = run(&["matrix", "--format", "csv", "--bom", s(&old), s(&new)]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with('\u{FEFF}'));
}

#[test]
fn flags_that_would_be_ignored_are_refused_with_a_reason() {
    let (a, b) = (common::sample(1), common::sample(2));
    let out = run(&["report", s(&a), s(&b), "--verdict", "error"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--review FILE"));
    let out = run(&["matrix", s(&a), s(&b), "--review", "r.json"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("review of two documents"));
}

/// Across languages the numbers and names a finding names are marked by their positions in
/// the text: control characters shown wider than they are (`␛` is three bytes where ESC is
/// one) must not shift those positions into the middle of a character (a property test found
/// a panic there).
#[test]
fn evidence_after_control_characters_is_marked_without_breaking_characters() {
    let dir = Scratch::new("hostile-evidence");
    let old = dir.file(
        "old.txt",
        "The minister\x1b[2J\x1b]0;x\x07 of Peru paid 40 francs to Maria 👍🏽 on Monday.\n",
    );
    let new = dir.file(
        "new.txt",
        "El ministro\x1b[2J\x1b]0;x\x07 del Perú pagó 50 francos a María 👍🏽 el lunes.\n",
    );
    for args in [
        vec!["diff", "--lang", "en,es", s(&old), s(&new)],
        vec!["diff", "--inline", "--lang", "en,es", s(&old), s(&new)],
        vec!["report", "--lang", "en,es", s(&old), s(&new)],
    ] {
        let out = run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {err}");
        assert_nothing_obeyable("the cross-language view", &out.stdout);
        assert!(String::from_utf8_lossy(&out.stdout).contains("␛[2J"));
    }
}

#[test]
fn emoji_sequences_and_flags_keep_the_column_rule_in_one_column() {
    // A family joined by zero-width joiners, flags, a skin tone and a keycap: each one
    // character cell pair wide as unicode-width 0.2 (and tmux 3.3) measure them. Padding by
    // chars or by code points' widths would push the rule right on these lines.
    let dir = Scratch::new("zwj");
    let old = dir.file(
        "old.txt",
        "The family 👨‍👩‍👧 went to 🇫🇷 France on holiday. They waved 👋🏽 and pressed 1️⃣ twice.\nSecond line here.\n",
    );
    let new = dir.file(
        "new.txt",
        "The family 👨‍👩‍👧 went to 🇩🇪 Germany on holiday. They waved 👋🏽 and pressed 2️⃣ twice.\nSecond line here.\n",
    );
    let out = run(&["diff", s(&old), s(&new), "--width", "70"]);
    // Exit 1 as diff(1): the two differ.
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let columns: Vec<usize> = text
        .lines()
        .filter_map(|line| {
            line.find('│')
                .map(|at| unicode_width::UnicodeWidthStr::width(&line[..at]))
        })
        .collect();
    assert!(columns.len() >= 4, "{text}");
    assert!(
        columns.iter().all(|&c| c == columns[0]),
        "{columns:?}\n{text}"
    );
    assert!(text.contains("👨‍👩‍👧") && text.contains("🇩🇪"), "{text}");
}
