//! PO and XLIFF files: a source and its translation already aligned, opened as one pair with
//! each entry a row and the translation checks run on them.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{Scratch, driftview, row_kind_message};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/bilingual")
        .join(name)
}

fn report(path: &Path, extra: &[&str]) -> Output {
    driftview()
        .arg("report")
        .arg(path)
        .args(extra)
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn a_po_file_is_its_messages_against_their_translations_one_row_each() {
    let v = json(&report(&data("viewer-de.po"), &["--format", "json"]));
    assert_eq!(v["left"]["language"], "en");
    assert_eq!(v["right"]["language"], "de", "from the PO header");
    let rows = v["rows"].as_array().unwrap();
    // Five messages and a plural message's two forms.
    assert_eq!(rows.len(), 7);
    assert_eq!(
        rows[1]["left"]["text"],
        "Show FILE one screen at a time. Press q to quit."
    );
    assert_eq!(
        rows[1]["right"]["text"],
        "DATEI seitenweise anzeigen. Mit q beenden."
    );
    // The untranslated message is a row of the source alone, reported as not translated
    // (not as a dropped sentence); the changed default a number finding.
    assert_eq!(rows[4]["kind"], "deleted");
    let findings = v["findings"].as_array().unwrap();
    let kinds: Vec<(u64, &str)> = findings
        .iter()
        .map(|f| (f["row"].as_u64().unwrap(), f["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [(2, "number"), (4, "untranslated")]);
    assert_eq!(findings[0]["message"], "number changed: “24” → “25”");
}

#[test]
fn each_row_of_a_po_or_xliff_file_names_its_entry_s_line() {
    // The line each entry begins on, read from the file as a person would find it: the
    // message's msgid (msgid_plural for its plural form), the unit's <source>.
    for (name, starts) in [
        ("viewer-de.po", ["msgid ", "msgid_plural "].as_slice()),
        ("checks-fr.po", ["msgid ", "msgid_plural "].as_slice()),
        ("viewer-es.xlf", ["<source"].as_slice()),
    ] {
        let text = std::fs::read_to_string(data(name)).unwrap();
        let mut expected: Vec<u64> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                // A PO keyword opens its line; an XML element may stand anywhere in it.
                starts
                    .iter()
                    .any(|s| l.starts_with(s) || (s.starts_with('<') && l.contains(s)))
            })
            .map(|(k, _)| k as u64 + 1)
            .collect();
        if name.ends_with(".po") {
            expected.remove(0); // the header's msgid ""
        }
        let v = json(&report(&data(name), &["--format", "json"]));
        let rows = v["rows"].as_array().unwrap();
        let firsts: Vec<u64> = rows
            .iter()
            .map(|r| r["left"]["lines"][0].as_u64().expect("a line"))
            .collect();
        assert_eq!(firsts, expected, "{name}");
        // The translation's side names its entry too, where it has text.
        for r in rows
            .iter()
            .filter(|r| r["right"]["text"].as_str().is_some_and(|t| !t.is_empty()))
        {
            assert_eq!(r["right"]["lines"], r["left"]["lines"], "{name}");
        }
    }
}

/// The text and markdown reports name a PO file's places as an editor takes them: the file
/// and the entry's line (`viewer-de.po:21`), once for both sides, never the sides' labels
/// ("viewer-de.po (source):21"); their counts agree with their nouns.
#[test]
fn a_po_file_s_reports_name_the_file_itself_and_count_in_words() {
    let out = report(&data("viewer-de.po"), &["--format", "text"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let file = data("viewer-de.po").display().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!("source: Usage: viewer [OPTION]... FILE ({file})")
    );
    assert_eq!(
        lines[1],
        format!("translation: Aufruf: viewer [OPTION]... DATEI ({file})")
    );
    assert!(
        lines[2].contains(", 1 source sentence with no translation, 0 translation sentences"),
        "{}",
        lines[2]
    );
    assert!(
        text.contains("number changed: “24” → “25”  (viewer-de.po:21)\n"),
        "{text}"
    );
    assert!(
        !text.contains("(source):") && !text.contains("(translation):"),
        "{text}"
    );
    let out = report(&data("viewer-de.po"), &["--format", "markdown"]);
    let markdown = String::from_utf8_lossy(&out.stdout);
    assert!(markdown.contains(&format!("(`{file}:21`)")), "{markdown}");
    assert!(
        markdown.contains(", 1 source sentence with none,"),
        "{markdown}"
    );
    assert!(!markdown.contains("(source)`"), "{markdown}");
}

#[test]
fn a_po_file_gets_the_checks_translators_run_there() {
    // One error per entry (the file's comments say which); msgfmt --check accepts the file.
    let v = json(&report(&data("checks-fr.po"), &["--format", "json"]));
    assert_eq!(
        row_kind_message(&v["findings"]),
        [
            (1, "format", "placeholder “%s” not in the translation"),
            (
                2,
                "format",
                "placeholders in another order (“%d”, “%s” → “%s”, “%d”): without positions (%1$s) printf reads them in order"
            ),
            (
                3,
                "format",
                "markup tag “<b>”, “</b>” not in the translation"
            ),
            (
                4,
                "format",
                "accelerator (& or _ before a letter) not in the translation"
            ),
            (
                5,
                "format",
                "trailing spaces in one of source and translation only"
            ),
            (
                6,
                "fuzzy",
                "entry marked fuzzy: its translation awaits review"
            ),
            (
                8,
                "consistency",
                "“Close” translated two ways in the file: entry 8 “Fermer”, here “Quitter”"
            ),
            (9, "untranslated", "entry not translated"),
        ]
    );
}

#[test]
fn an_xliff_file_is_its_units_and_a_unit_left_in_the_source_language_is_untranslated() {
    let v = json(&report(&data("viewer-es.xlf"), &["--format", "json"]));
    assert_eq!(
        (
            v["left"]["language"].as_str(),
            v["right"]["language"].as_str()
        ),
        (Some("en"), Some("es"))
    );
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    assert_eq!(
        rows[1]["left"]["text"],
        "Show FILE one screen at a time. Press q to quit."
    );
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(
        (findings[0]["row"].as_u64(), findings[0]["kind"].as_str()),
        (Some(4), Some("untranslated"))
    );
}

#[test]
fn a_broken_bilingual_file_or_a_lone_text_file_is_one_line_naming_it() {
    let dir = Scratch::new("bilingual-bad");
    for (name, bytes) in [
        ("broken.xlf", "<xliff version=\"1.2\"><file>"),
        ("page.xliff", "<html><body>not a catalogue</body></html>"),
        ("empty.po", "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n"),
    ] {
        let path = dir.file(name, bytes);
        let out = report(&path, &[]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
    }
    let text = dir.file("notes.txt", "Just one document.");
    let out = report(&text, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PO, XLIFF or TMX"));
}

#[test]
fn a_glossary_term_whose_translation_is_missing_from_its_row_is_a_finding() {
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let glossary =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/glossary/harbour-en-es.tsv");
    let out = driftview()
        .arg("report")
        .arg(story.join("original-en.txt"))
        .arg(story.join("translation-es.txt"))
        .arg("--glossary")
        .arg(&glossary)
        .args(["--format", "json", "--kind", "glossary"])
        .output()
        .unwrap();
    let v = json(&out);
    let found: Vec<(u64, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["row"].as_u64().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    // "the city engineer" became "la ingeniera municipal"; "puente" and "acera" are there.
    assert_eq!(
        found,
        [(5, "glossary: “engineer” is to be translated “ingeniero”")]
    );
    // One malformed line aborted the run: it is named on stderr and left out, and the rest
    // of the glossary is checked.
    let dir = Scratch::new("glossary-bad");
    let bad = dir.file("terms.tsv", "bridge puente\nengineer\tingeniero\n");
    let out = driftview()
        .arg("report")
        .arg(story.join("original-en.txt"))
        .arg(story.join("translation-es.txt"))
        .arg("--glossary")
        .arg(&bad)
        .args(["--format", "json", "--kind", "glossary"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "terms.tsv: line 1: a term, a tab, then its translation is expected; left out"
        ),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let v = json(&out);
    assert_eq!(v["findings"].as_array().unwrap().len(), 1, "{v}");
}

#[test]
fn a_dictionary_is_read_or_refused_in_one_line() {
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let dir = Scratch::new("dictionary");
    let tsv = dir.file(
        "en-es.tsv",
        "bridge\tpuente\nferry\ttransbordador\npillar\tpilar\n",
    );
    for dictionary in [tsv.to_str().unwrap(), "none"] {
        let out = driftview()
            .arg("report")
            .arg(story.join("original-en.txt"))
            .arg(story.join("translation-es.txt"))
            .args(["--format", "json", "--dictionary", dictionary])
            .output()
            .unwrap();
        let v = json(&out);
        assert_eq!(v["rows"].as_array().unwrap().len(), 11, "{dictionary}");
        // The report says which dictionary its rows were aligned with.
        let named = if dictionary == "none" {
            serde_json::Value::Null
        } else {
            serde_json::Value::from(dictionary)
        };
        assert_eq!(v["dictionary"], named, "{dictionary}");
    }
    // Within one language no dictionary plays a part, and none is named.
    let out = driftview()
        .arg("report")
        .arg(story.join("original-en.txt"))
        .arg(story.join("back-en.txt"))
        .args(["--format", "json", "--dictionary"])
        .arg(&tsv)
        .output()
        .unwrap();
    assert!(json(&out).get("dictionary").is_none());
    let out = driftview()
        .args(["report", "a.txt", "b.txt", "--dictionary"])
        .arg(dir.path().join("missing.index"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("missing.index"), "{err}");
}

/// The glossary's findings of one command, as (row, message).
fn glossary_findings(v: &serde_json::Value) -> Vec<(u64, String)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "glossary")
        .map(|f| {
            (
                f["row"].as_u64().unwrap(),
                f["message"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn a_glossary_applies_to_a_round_trip_translation_and_to_every_pair_of_a_batch() {
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let glossary =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/glossary/harbour-en-es.tsv");
    let expected = vec![(
        5,
        "glossary: “engineer” is to be translated “ingeniero”".to_string(),
    )];
    // A round trip: the original against its translation is checked; against the
    // back-translation (English again) the Spanish terms are not to be found, and it is not.
    let out = driftview()
        .args(["report", "--roundtrip"])
        .arg(story.join("original-en.txt"))
        .arg(story.join("translation-es.txt"))
        .arg(story.join("back-en.txt"))
        .arg("--glossary")
        .arg(&glossary)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(glossary_findings(&v), expected);
    let pairs: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "glossary")
        .map(|f| &f["versions"])
        .collect();
    assert_eq!(pairs, [&serde_json::json!([0, 1])]);
    // batch: each line's findings hold the glossary's.
    let dir = Scratch::new("glossary-batch");
    let list = dir.file(
        "pairs.tsv",
        format!(
            "{}\t{}\n",
            story.join("original-en.txt").display(),
            story.join("translation-es.txt").display()
        ),
    );
    let out = driftview()
        .arg("batch")
        .arg(&list)
        .arg("--glossary")
        .arg(&glossary)
        .output()
        .unwrap();
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(glossary_findings(&line), expected);
}

#[test]
fn po_syntax_errors_name_their_line_and_a_latin1_catalogue_opens() {
    let dir = Scratch::new("bilingual-po-kinds");
    let broken = dir.file(
        "broken.po",
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Hello\"\nmsgstr \"Hola\n",
    );
    let out = report(&broken, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.po") && err.contains("line 6: the string has no closing quote"),
        "{err}"
    );
    // ISO-8859-1, as its header says: "é" is one byte.
    let latin1 = dir.file(
        "latin1.po",
        b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\"Language: fr\\n\"\n\nmsgid \"The file was written.\"\nmsgstr \"Le fichier a \xe9t\xe9 \xe9crit.\"\n",
    );
    let v = json(&report(&latin1, &["--format", "json"]));
    assert!(v.to_string().contains("Le fichier a été écrit."), "{v}");
    // gettext allows a file without a header entry.
    let headless = dir.file("headless.po", "msgid \"Open\"\nmsgstr \"Öffnen\"\n");
    let v = json(&report(&headless, &["--format", "json"]));
    assert!(v.to_string().contains("Öffnen"), "{v}");
}

#[test]
fn xliff_1_1_with_its_standard_doctype_opens_and_other_dtds_stay_refused() {
    let dir = Scratch::new("bilingual-doctype");
    let unit = "<body><trans-unit id=\"1\"><source>Open the file.</source><target>Ouvrez le fichier.</target></trans-unit></body>";
    let standard = dir.file(
        "old.xlf",
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff PUBLIC \"-//XLIFF//DTD XLIFF//EN\" \"http://www.oasis-open.org/committees/xliff/documents/xliff.dtd\">\n<xliff version=\"1.1\"><file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"a\">{unit}</file></xliff>\n"
        ),
    );
    let v = json(&report(&standard, &["--format", "json"]));
    assert!(v.to_string().contains("Ouvrez le fichier."), "{v}");
    // An internal subset could declare entities: still refused.
    let entities = dir.file(
        "entities.xlf",
        format!(
            "<!DOCTYPE xliff PUBLIC \"-//XLIFF//DTD XLIFF//EN\" \"x.dtd\" [<!ENTITY a \"aaaa\">]>\n<xliff version=\"1.1\"><file>{unit}</file></xliff>\n"
        ),
    );
    let out = report(&entities, &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

#[cfg(unix)]
#[test]
fn a_po_file_that_never_ends_is_refused_without_reading_it_all() {
    let dir = Scratch::new("bilingual-endless");
    let endless = dir.path().join("zero.po");
    std::os::unix::fs::symlink("/dev/zero", &endless).unwrap();
    let started = std::time::Instant::now();
    let out = report(&endless, &["--max-size", "1"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("zero.po"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

/// A review file with a verdict on each finding of `file`, as the reader writes one.
fn review_of(file: &Path, dir: &Scratch, verdicts: &[(&str, Option<&str>)]) -> PathBuf {
    let v = json(&report(file, &["--format", "json"]));
    let rows = v["rows"].as_array().unwrap();
    let one_line = |v: &serde_json::Value| {
        let words: Vec<&str> = v.as_str().unwrap().split_whitespace().collect();
        words.join(" ")
    };
    let entries: Vec<serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .zip(verdicts)
        .map(|(f, (verdict, note))| {
            let row = &rows[f["row"].as_u64().unwrap() as usize];
            serde_json::json!({
                "kind": f["kind"], "left": one_line(&f["left"]), "right": one_line(&f["right"]),
                "old_text": one_line(&row["left"]["text"]),
                "new_text": one_line(&row["right"]["text"]),
                "verdict": verdict, "note": note
            })
        })
        .collect();
    let review = serde_json::json!({"driftview_review": 1, "entries": entries});
    dir.file("review.json", serde_json::to_string(&review).unwrap())
}

fn annotate(file: &Path, extra: &[&str]) -> Output {
    driftview()
        .arg("annotate")
        .arg(file)
        .args(extra)
        .output()
        .unwrap()
}

/// The reviewed PO's copy: each verdict a translator comment on its message, the rest of the
/// file byte for byte, and a catalogue gettext's own checker accepts.
#[test]
fn a_reviewed_po_file_gets_its_verdicts_as_translator_comments_in_a_copy() {
    let dir = Scratch::new("annotate-po");
    let po = dir.file("viewer-de.po", std::fs::read(data("viewer-de.po")).unwrap());
    let original = std::fs::read_to_string(&po).unwrap();
    let review = review_of(
        &po,
        &dir,
        &[("error", Some("24 is the default")), ("acceptable", None)],
    );
    // Without verdicts there is nothing to write, and it says how to give some.
    let none = annotate(&po, &[]);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("review it in the reader"));
    let out = annotate(&po, &["--review", review.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("2 remarks on 2 entries written to"), "{said}");
    let copy = std::fs::read_to_string(dir.path().join("viewer-de.reviewed.po")).unwrap();
    assert_eq!(
        std::fs::read_to_string(&po).unwrap(),
        original,
        "the file is untouched"
    );
    let added: Vec<&str> = copy
        .lines()
        .filter(|l| l.starts_with("# driftview:"))
        .collect();
    assert_eq!(
        added,
        [
            "# driftview: error (accuracy/mistranslation, major): number changed: “24” → “25” — 24 is the default",
            "# driftview: acceptable: entry not translated",
        ]
    );
    let without: String = copy
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("# driftview:"))
        .collect();
    assert_eq!(without, original, "nothing else changes");
    // Each remark sits on its message: just before the one with "25".
    let at = copy.find("# driftview: error").unwrap();
    let next_msgstr = copy[at..].find("msgstr").unwrap();
    assert!(copy[at..at + next_msgstr + 40].contains("25"), "{copy}");
    match std::process::Command::new("msgfmt")
        .args(["-c", "-o", "/dev/null"])
        .arg(dir.path().join("viewer-de.reviewed.po"))
        .output()
    {
        Ok(checked) => assert!(
            checked.status.success(),
            "msgfmt -c: {}",
            String::from_utf8_lossy(&checked.stderr)
        ),
        Err(_) => eprintln!("SKIPPED: msgfmt (gettext) is not installed"),
    }
    // --in-place writes the file itself; a second run replaces the remarks, never doubles them.
    for _ in 0..2 {
        let out = annotate(&po, &["--review", review.to_str().unwrap(), "--in-place"]);
        assert!(out.status.success());
    }
    let in_place = std::fs::read_to_string(&po).unwrap();
    assert_eq!(in_place, copy);
}

#[test]
fn a_reviewed_xliff_file_gets_notes_that_the_reader_reads_past() {
    let dir = Scratch::new("annotate-xliff");
    let xlf = dir.file(
        "viewer-es.xlf",
        std::fs::read(data("viewer-es.xlf")).unwrap(),
    );
    let review = review_of(&xlf, &dir, &[("error", Some("translate it"))]);
    let out_file = dir.path().join("out.xlf");
    let out = annotate(
        &xlf,
        &[
            "--review",
            review.to_str().unwrap(),
            "-o",
            out_file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let copy = std::fs::read_to_string(&out_file).unwrap();
    assert!(
        copy.contains("</target><note from=\"driftview\">driftview: error (accuracy/untranslated, major): sentence left untranslated (7 words) — translate it</note></trans-unit>"),
        "{copy}"
    );
    // The copy is the same file to driftview: its units and findings are the original's.
    let (a, b) = (
        json(&report(&xlf, &["--format", "json"])),
        json(&report(&out_file, &["--format", "json"])),
    );
    assert_eq!(a["rows"], b["rows"]);
    assert_eq!(a["findings"], b["findings"]);
}

/// A TMX translation memory opens as PO and XLIFF files do: driftview's own TMX export of a
/// pair reads back as the same rows and findings.
#[test]
fn a_tmx_memory_reads_back_as_the_pair_it_was_exported_from() {
    let dir = Scratch::new("tmx-back");
    let roundtrip = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let (en, es) = (
        roundtrip.join("original-en.txt"),
        roundtrip.join("translation-es.txt"),
    );
    let pair = |extra: &[&str]| {
        driftview()
            .arg("report")
            .args([&en, &es])
            .args(extra)
            .output()
            .unwrap()
    };
    let tmx = dir.file("memory.tmx", pair(&["--format", "tmx"]).stdout);
    let from_pair = json(&pair(&["--format", "json"]));
    let from_tmx = json(&report(&tmx, &["--format", "json"]));
    assert_eq!(from_tmx["left"]["language"], "en");
    assert_eq!(from_tmx["right"]["language"], "es");
    let texts = |v: &serde_json::Value, side: &str| -> Vec<String> {
        v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r[side]["text"]
                    .as_str()
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|t| !t.is_empty())
            .collect()
    };
    assert_eq!(texts(&from_tmx, "left"), texts(&from_pair, "left"));
    assert_eq!(texts(&from_tmx, "right"), texts(&from_pair, "right"));
    let messages = |v: &serde_json::Value| -> Vec<String> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["message"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(messages(&from_tmx), messages(&from_pair));
    // A TMX file that is not one is one line naming it.
    let bad = dir.file("bad.tmx", "<html/>");
    let out = report(&bad, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.tmx") && err.contains("not a TMX file"),
        "{err}"
    );
}

/// A round trip reported as a document to send and a sheet to sort: markdown with the
/// findings in the text report's groups and each version's text of every row that differs,
/// CSV with one line per finding and each version's text.
#[test]
fn a_round_trip_is_reported_in_markdown_and_csv() {
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let run = |format: &str| {
        let out = driftview()
            .arg("report")
            .arg(story.join("original-en.txt"))
            .arg(story.join("translation-es.txt"))
            .arg(story.join("back-en.txt"))
            .args(["--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let md = run("markdown");
    assert!(md.starts_with("# driftview: a round trip\n"), "{md}");
    // The translation's "four" ferries entered with it; the back-translation's 54 minutes
    // with it; each under its heading, linked to its row.
    let section = |title: &str| {
        md.split(&format!("## {title}"))
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .unwrap_or_default()
            .to_string()
    };
    let by_translation = section("Introduced by the translation");
    assert!(
        by_translation
            .contains("| [5](#row-5) | number | high | number changed: “three” → “four” |"),
        "{md}"
    );
    assert!(
        section("Introduced by the back-translation").contains("“45” → “54”"),
        "{md}"
    );
    // No share of words in common for the pair across languages.
    assert!(
        md.contains("| original → translation | 11 | 0 | 0 | 0 | — (across languages) |"),
        "{md}"
    );
    // Row 5 in each version.
    let row = md
        .split("### Row 5\n")
        .nth(1)
        .unwrap()
        .split("###")
        .next()
        .unwrap();
    assert!(
        row.contains("- **original:** The city has added three extra ferries"),
        "{row}"
    );
    assert!(
        row.contains("- **translation:** La ciudad ha añadido cuatro"),
        "{row}"
    );
    assert!(
        row.contains("- **back-translation:** The city has added four more"),
        "{row}"
    );
    let csv = run("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "between,introduced_by,row,kind,severity,message,original,translation,back-translation"
        )
    );
    let ferries: Vec<&str> = lines.filter(|l| l.contains(",5,number,")).collect();
    assert_eq!(ferries.len(), 2, "{csv}");
    assert!(
        ferries[0].starts_with("original → back-translation,translation,5,number,high,"),
        "{csv}"
    );
    // Each version's text of the row, quoted where it holds a comma.
    assert!(
        ferries[0].ends_with(",The city has added four more ferries to the morning timetable."),
        "{csv}"
    );
}
