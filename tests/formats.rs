//! The formats translators hand over besides plain text. Subtitles (SubRip, WebVTT): a
//! translation aligned cue by cue by the times the two files share, cues a translator merged
//! sharing a row, a cue left out standing alone. Word processor files (DOCX, ODT): their
//! paragraphs compared as any text.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{Scratch, driftview};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/subtitles")
        .join(name)
}

fn office(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/office")
        .join(name)
}

fn report(old: &Path, new: &Path) -> Output {
    driftview()
        .arg("report")
        .args([old, new])
        .args(["--format", "json"])
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

/// A report's finding messages, in order.
fn messages(v: &serde_json::Value) -> Vec<&str> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect()
}

/// Each row's two sides, as text.
fn sides(v: &serde_json::Value) -> Vec<(String, String)> {
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let text = |side: &str| r[side]["text"].as_str().unwrap_or("").to_string();
            (text("left"), text("right"))
        })
        .collect()
}

#[test]
fn a_subtitle_translation_aligns_cue_by_cue_by_time_with_merged_cues_in_one_row() {
    let v = json(&report(&data("harbour-en.srt"), &data("harbour-es.vtt")));
    assert_eq!(v["left"]["language"], "en");
    assert_eq!(v["right"]["language"], "es");
    let rows = sides(&v);
    // Six English cues, five Spanish ones (the second holds the English second and third).
    let pairs = [
        ("The harbour bridge", "El puente del puerto"),
        ("Engineers found cracks", "Los ingenieros hallaron"),
        ("Nobody was hurt.", "Nadie resultó herido."),
        ("About 40,000 cars", "Unos 40.000 coches"),
        ("The city has added three", "La ciudad ha añadido cuatro"),
        ("The mayor asked", "El alcalde pidió"),
    ];
    let found: Vec<bool> = pairs
        .iter()
        .map(|(en, es)| rows.iter().any(|(l, r)| l.contains(en) && r.contains(es)))
        .collect();
    assert!(found.iter().all(|&f| f), "{found:?} {rows:#?}");
    // Markup and WebVTT's note are not text.
    assert!(
        rows.iter()
            .all(|(l, r)| !l.contains("<i>") && !r.contains("NOTE"))
    );
    assert_eq!(messages(&v), ["number changed: “three” → “cuatro”"]);
}

#[test]
fn a_cue_the_translation_left_out_stands_alone_where_its_time_is() {
    let dir = Scratch::new("subtitles-omitted");
    let vtt = std::fs::read_to_string(data("harbour-es.vtt")).unwrap();
    let without = vtt.replace(
        "3\n00:00:09.000 --> 00:00:12.000\nUnos 40.000 coches al día lo cruzan.\n\n",
        "",
    );
    assert_ne!(vtt, without);
    let es = dir.file("harbour-es.vtt", without);
    let v = json(&report(&data("harbour-en.srt"), &es));
    let rows = sides(&v);
    assert!(
        rows.iter()
            .any(|(l, r)| l.contains("About 40,000 cars") && r.is_empty()),
        "{rows:#?}"
    );
    assert!(
        rows.iter()
            .any(|(l, r)| l.contains("The city has added") && r.contains("La ciudad")),
        "the next cue keeps its row: {rows:#?}"
    );
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"dropped"), "{kinds:?}");
}

#[test]
fn a_malformed_subtitle_file_is_one_line_naming_it_and_the_line() {
    let dir = Scratch::new("subtitles-malformed");
    let bad = dir.file(
        "bad.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\nno timing\n",
    );
    let out = report(&data("harbour-en.srt"), &bad);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.srt") && err.contains("line 5"), "{err}");
}

#[test]
fn a_docx_source_and_its_odt_translation_compare_as_their_paragraphs() {
    let v = json(&report(&office("notice-en.docx"), &office("notice-es.odt")));
    assert_eq!(v["left"]["language"], "en");
    assert_eq!(v["right"]["language"], "es");
    let rows = sides(&v);
    assert!(
        rows.iter()
            .any(|(l, r)| l.starts_with("Harbour bridge closes")
                && r.starts_with("El puente del puerto se cierra")),
        "{rows:#?}"
    );
    let messages = messages(&v);
    assert!(
        messages.contains(&"number changed: “three” → “cuatro”"),
        "{messages:?}"
    );
    assert!(
        messages.contains(&"number “40,000” only in the source"),
        "{messages:?}"
    );
    // No XML or archive bytes leak into the text.
    assert!(
        rows.iter()
            .all(|(l, r)| !l.contains('<') && !r.contains('<'))
    );
}

#[test]
fn a_broken_word_processor_file_is_one_line_naming_it() {
    let dir = Scratch::new("office-broken");
    let fake = dir.file("letter.docx", "this is no zip archive");
    let out = report(&office("notice-en.docx"), &fake);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("letter.docx") && err.contains("not a ZIP archive"),
        "{err}"
    );
}

#[test]
fn markdown_compares_as_its_words_markup_out() {
    let dir = Scratch::new("markdown");
    let old = dir.file(
        "old.md",
        "# Harbour bridge closes\n\nThe bridge was closed on [Monday](https://a.example/monday) after engineers found *cracks*.\n\n- About 40,000 cars a day cross it.\n- Ferries run every hour.\n",
    );
    // The same words: another link target, emphasis moved, another list marker, a soft
    // line break inside the paragraph.
    let same = dir.file(
        "same.md",
        "Harbour bridge closes\n=====================\n\nThe bridge was closed on [Monday](https://b.example/) after\nengineers found **cracks**.\n\n* About 40,000 cars a day cross it.\n* Ferries run every hour.\n",
    );
    let v = json(&report(&old, &same));
    assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v}");
    let rows = sides(&v);
    assert!(rows.iter().all(|(l, r)| l == r), "{rows:#?}");
    assert!(
        rows.iter()
            .all(|(l, _)| !l.contains("](") && !l.contains('*'))
    );
    // A changed number is found as in any text.
    let changed = dir.file(
        "changed.md",
        "# Harbour bridge closes\n\nThe bridge was closed on [Monday](https://a.example/monday) after engineers found *cracks*.\n\n- About 45,000 cars a day cross it.\n- Ferries run every hour.\n",
    );
    let v = json(&report(&old, &changed));
    let messages = messages(&v);
    assert_eq!(messages, ["number changed: “40,000” → “45,000”"]);
}
