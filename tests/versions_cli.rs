//! Three and more versions from the command line: a round trip's report with where each
//! finding entered, and a history read from files or from a file's commits in git.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::git::{STORY_VERSIONS, git_available, story_history};
use common::{Scratch, driftview};

fn round_trip() -> [PathBuf; 3] {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    ["original-en.txt", "translation-es.txt", "back-en.txt"].map(|f| dir.join(f))
}

fn run(args: &[&str]) -> Output {
    driftview().args(args).output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_round_trip_report_says_which_version_brought_each_finding_in() {
    let [o, t, b] = round_trip();
    let out = run(&["report", s(&o), s(&t), s(&b), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "the versions differ");
    let v = json(&out);
    assert_eq!(v["plan"], "roundtrip");
    let langs: Vec<&str> = v["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["language"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["en", "es", "en"]);
    let rows = v["rows"].as_array().unwrap();
    assert!(
        rows.iter()
            .all(|r| r["cells"].as_array().unwrap().len() == 3)
    );
    // Every sentence of every version once, in order.
    for k in 0..3 {
        let listed: Vec<u64> = rows
            .iter()
            .flat_map(|r| r["cells"][k]["sentences"].as_array().unwrap().clone())
            .map(|n| n.as_u64().unwrap())
            .collect();
        let count = v["versions"][k]["sentences"].as_u64().unwrap();
        assert_eq!(listed, (0..count).collect::<Vec<_>>(), "version {k}");
    }
    // Word ops only between the two English versions.
    assert!(rows.iter().all(|r| {
        let ops = r["ops"].as_array().unwrap();
        ops.len() == 1 && ops[0]["versions"] == serde_json::json!([0, 2])
    }));
    let by = |needle: &str| -> serde_json::Value {
        let f = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| {
                f["versions"] == serde_json::json!([0, 2])
                    && f["message"].as_str().unwrap().contains(needle)
            })
            .unwrap_or_else(|| panic!("no finding on {needle}: {}", v["findings"]));
        f["introduced_by"].clone()
    };
    // The translation wrote "cuatro" for "three", left out "2004" and the mayor's name; the
    // back-translation alone turned 45 minutes into 54.
    assert_eq!(by("three"), 1);
    assert_eq!(by("2004"), 1);
    assert_eq!(by("Tomas Lind"), 1);
    // The clause "and last repaired in 2004" the translation dropped with its number.
    assert_eq!(by("and last repaired in 2004"), 1);
    assert_eq!(by("45"), 2);
    // The translation's own checks are there too, without attribution.
    assert!(v["findings"].as_array().unwrap().iter().any(|f| {
        f["versions"] == serde_json::json!([0, 1])
            && f["right"] == "cuatro"
            && f.get("introduced_by").is_none()
    }));
}

#[test]
fn a_round_trip_text_report_leads_with_the_translation_s_errors() {
    let [o, t, b] = round_trip();
    let out = run(&["report", s(&o), s(&t), s(&b)]);
    let text = String::from_utf8_lossy(&out.stdout);
    let translation = text.find("Introduced by the translation (4)").expect(&text);
    let back = text
        .find("Introduced by the back-translation (1)")
        .expect(&text);
    assert!(translation < back);
    assert!(
        text[translation..back].contains("“three” → “four”"),
        "{text}"
    );
    assert!(text[back..].contains("“45” → “54”"), "{text}");
}

#[test]
fn three_documents_take_only_the_formats_that_hold_them() {
    let [o, t, b] = round_trip();
    // A ladder, a bitext and a TMX pair two documents' sentences; markdown and CSV hold three
    // (`bilingual_files.rs`).
    for format in ["ladder", "bitext", "tmx"] {
        let out = run(&["report", s(&o), s(&t), s(&b), "--format", format]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("text, json, markdown or csv"), "{err}");
    }
}

#[test]
fn a_history_of_files_compares_each_with_the_one_before() {
    let dir = Scratch::new("history-files");
    let paths: Vec<PathBuf> = STORY_VERSIONS
        .iter()
        .enumerate()
        .map(|(k, text)| dir.file(&format!("v{}.txt", k + 1), text))
        .collect();
    let mut args = vec!["history", "--format", "json"];
    args.extend(paths.iter().map(|p| s(p)));
    let v = json(&run(&args));
    assert_eq!(v["plan"], "history");
    let pairs: Vec<serde_json::Value> = v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["versions"].clone())
        .collect();
    assert_eq!(
        pairs,
        (0..4)
            .map(|k| serde_json::json!([k, k + 1]))
            .collect::<Vec<_>>()
    );
    // The sentence added in the fourth version ("2.5 million") is a row the first three
    // versions have nothing in, and the fifth changed its number.
    let rows = v["rows"].as_array().unwrap();
    let repairs = rows
        .iter()
        .find(|r| {
            r["cells"][3]["text"]
                .as_str()
                .unwrap()
                .contains("2.5 million")
        })
        .expect("the repairs row");
    assert_eq!(repairs["kind"], "added");
    assert!((0..3).all(|k| repairs["cells"][k]["text"] == ""));
    assert!(
        repairs["cells"][4]["text"]
            .as_str()
            .unwrap()
            .contains("3 million")
    );
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| { f["versions"] == serde_json::json!([3, 4]) && f["kind"] == "number" })
    );
}

#[test]
fn a_history_from_git_reads_every_commit_of_the_file_across_a_rename() {
    if !git_available() {
        return;
    }
    let dir = Scratch::new("history-git");
    let file = story_history(&dir);
    let v = json(&run(&["history", s(&file), "--format", "json"]));
    let versions = v["versions"].as_array().unwrap();
    // Five texts: the rename changed none, so it is no version of its own.
    assert_eq!(versions.len(), 5, "{versions:?}");
    assert!(
        versions
            .iter()
            .all(|d| d["path"].as_str().unwrap().contains("bridge.txt@"))
    );
    let first = v["rows"][1]["cells"][0]["text"].as_str().unwrap();
    assert!(first.contains("one of its pillars"), "{first}");
}

/// git quotes non-ASCII paths unless told not to, and reads `*` in a pathspec as a pattern:
/// names with accents, spaces, quotes, a glob character or a leading dash have their history.
#[test]
fn a_history_from_git_reads_files_with_any_name() {
    if !git_available() {
        return;
    }
    let dir = Scratch::new("history-names");
    let repo = dir.path().join("names");
    std::fs::create_dir_all(&repo).unwrap();
    common::git::git_in(&repo, &["init", "-q"]);
    let names = ["café notes.txt", "-draft \"q\" [1]*.txt"];
    for (k, text) in STORY_VERSIONS.iter().take(2).enumerate() {
        for name in names {
            std::fs::write(repo.join(name), text).unwrap();
        }
        common::git::git_in(&repo, &["add", "-A"]);
        common::git::git_in(&repo, &["commit", "-qm", &format!("version {}", k + 1)]);
    }
    for name in names {
        let path = repo.join(name);
        let out = run(&["history", s(&path), "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{name}: {out:?}");
        let v = json(&out);
        assert_eq!(v["versions"].as_array().unwrap().len(), 2, "{name}");
    }
}

#[test]
fn a_history_without_git_or_versions_says_why_in_one_line() {
    let dir = Scratch::new("history-none");
    let lone = dir.file("lone.txt", STORY_VERSIONS[0]);
    let out = run(&["history", s(&lone), "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("lone.txt"), "{err}");
    let missing = dir.path().join("missing.txt");
    let out = run(&["history", s(&missing)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn on_the_samples_each_back_translation_s_sentences_sit_in_the_row_of_their_original() {
    // Version B is the original, A and C its round trips: the rows of the three hold every
    // row of B | A and of B | C whole, so no sentence leaves its counterpart's row.
    let (a, b, c) = (common::sample(1), common::sample(2), common::sample(3));
    let three = json(&run(&[
        "report",
        s(&b),
        s(&a),
        s(&c),
        "--roundtrip",
        "--format",
        "json",
    ]));
    let rows = three["rows"].as_array().unwrap();
    for (k, other) in [(1, &a), (2, &c)] {
        let pair = json(&run(&["report", s(&b), s(other), "--format", "json"]));
        for prow in pair["rows"].as_array().unwrap() {
            let ids = |side: &str| -> Vec<u64> {
                prow[side]["sentences"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect()
            };
            let (left, right) = (ids("left"), ids("right"));
            let holds = |r: &serde_json::Value, cell: usize, id: u64| {
                r["cells"][cell]["sentences"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|n| n.as_u64() == Some(id))
            };
            let whole = rows.iter().any(|r| {
                left.iter().all(|&i| holds(r, 0, i)) && right.iter().all(|&i| holds(r, k, i))
            });
            assert!(whole, "B and version {k}: {prow} is split across rows");
        }
    }
}

#[test]
fn three_versions_in_one_language_are_a_history_unless_told_they_are_a_round_trip() {
    let (a, b, c) = (common::sample(1), common::sample(2), common::sample(3));
    let plan = |extra: &[&str]| {
        let mut args = vec!["report", s(&b), s(&a), s(&c), "--format", "json"];
        args.extend(extra);
        json(&run(&args))["plan"].clone()
    };
    assert_eq!(plan(&[]), "history");
    assert_eq!(plan(&["--roundtrip"]), "roundtrip");
    let out = run(&["report", s(&a), s(&b), "--roundtrip"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("three documents"));
}

/// `--back-translate CMD` with a stand-in engine that counts its runs and answers with the
/// human back-translation: the round trip it makes reports as the three files do.
#[test]
fn a_back_translation_made_on_demand_reports_as_the_three_files_do_and_is_made_once() {
    let [o, t, b] = round_trip();
    let dir = Scratch::new("back-translate");
    let runs = dir.path().join("runs");
    let command = format!(
        "echo run >> '{}'; cat > /dev/null; cat '{}'",
        runs.display(),
        b.display()
    );
    let data = dir.path().join("data");
    let report = |translation: &Path| {
        driftview()
            .env("XDG_DATA_HOME", &data)
            .args(["report", s(&o), s(translation), "--format", "json"])
            .args(["--back-translate", &command])
            .output()
            .unwrap()
    };
    let made = report(&t);
    let v = json(&made);
    let stderr = String::from_utf8_lossy(&made.stderr);
    assert!(
        stderr.contains("back-translating translation-es.txt"),
        "{stderr}"
    );
    assert_eq!(v["plan"], "roundtrip");
    let given = json(&run(&["report", s(&o), s(&t), s(&b), "--format", "json"]));
    assert_eq!(
        v["findings"], given["findings"],
        "the same findings, attributed alike"
    );
    let back = v["versions"][2]["path"].as_str().unwrap();
    assert!(
        back.starts_with(data.join("driftview/back-translations").to_str().unwrap()),
        "kept beside the reviews: {back}"
    );
    // A second look reuses it; an edited translation is back-translated again.
    let again = report(&t);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("back-translating"));
    assert_eq!(json(&again)["findings"], v["findings"]);
    assert_eq!(std::fs::read_to_string(&runs).unwrap().lines().count(), 1);
    let edited = dir.file(
        "translation-es.txt",
        std::fs::read_to_string(&t).unwrap() + "\nUna frase más.\n",
    );
    report(&edited);
    assert_eq!(std::fs::read_to_string(&runs).unwrap().lines().count(), 2);
}

#[test]
fn a_back_translation_that_fails_or_hangs_is_one_line_and_nothing_is_kept() {
    let [o, t, _] = round_trip();
    let dir = Scratch::new("back-translate-fails");
    let data = dir.path().join("data");
    let attempt = |command: &str, extra: &[&str]| {
        driftview()
            .env("XDG_DATA_HOME", &data)
            .args(["report", s(&o), s(&t), "--back-translate", command])
            .args(extra)
            .output()
            .unwrap()
    };
    let failed = attempt("echo 'unknown pair spa-xxx' >&2; exit 1", &[]);
    assert_eq!(failed.status.code(), Some(2));
    let err = String::from_utf8_lossy(&failed.stderr);
    assert_eq!(
        err.lines().count(),
        2,
        "a progress line and one error: {err}"
    );
    assert!(
        err.contains("failed (exit status: 1): unknown pair spa-xxx"),
        "{err}"
    );
    let start = std::time::Instant::now();
    let hung = attempt("sleep 60", &["--back-translate-timeout", "1"]);
    assert_eq!(hung.status.code(), Some(2));
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
    let err = String::from_utf8_lossy(&hung.stderr);
    assert!(
        err.contains("did not finish in 1 s and was stopped"),
        "{err}"
    );
    let kept = std::fs::read_dir(data.join("driftview/back-translations"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(kept, 0, "nothing cached from a failure");
    // It needs an original and its translation.
    let three = driftview()
        .args(["report", s(&o), s(&t), s(&t), "--back-translate", "cat"])
        .output()
        .unwrap();
    assert_eq!(three.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&three.stderr).contains("name those two files"));
}

/// A real engine, where the machine has one: Apertium's Spanish-English back-translates the
/// Spanish translation, and the round trip reads it as English. `.ci/run` installs Apertium
/// when it can and says when this test is skipped.
#[test]
fn apertium_back_translates_a_spanish_translation_where_it_is_installed() {
    let engine = std::process::Command::new("apertium")
        .args(["-u", "spa-eng"])
        .stdin(std::process::Stdio::null())
        .output();
    if !engine.is_ok_and(|o| o.status.success()) {
        eprintln!("SKIPPED: apertium with apertium-eng-spa is not installed");
        return;
    }
    let [o, t, _] = round_trip();
    let dir = Scratch::new("back-translate-apertium");
    let out = driftview()
        .env("XDG_DATA_HOME", dir.path())
        .args(["report", s(&o), s(&t), "--format", "json"])
        .args(["--back-translate", "apertium -u spa-eng"])
        .output()
        .unwrap();
    let v = json(&out);
    assert_eq!(v["plan"], "roundtrip");
    assert_eq!(v["versions"][2]["language"], "en");
    let back = std::fs::read_to_string(v["versions"][2]["path"].as_str().unwrap()).unwrap();
    assert!(back.contains("bridge") && back.contains("1963"), "{back}");
}

/// The samples' original (B) and its two round trips (A, C) in order: B's first sentence,
/// which A leaves out and C brings back reworded, is one row through the three versions, not
/// a dropped row and, rows below, an added one.
#[test]
fn a_sentence_one_version_drops_and_the_next_brings_back_is_one_row() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/samples");
    let path = |n: &str| format!("{dir}/{n}");
    let (b, a, c) = (
        path("02-putin-wants-to-meet-biden-version-b.txt"),
        path("01-putin-wants-to-meet-biden-version-a.txt"),
        path("03-putin-wants-to-meet-biden-version-c.txt"),
    );
    let out = run(&["report", &b, &a, &c, "--history", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rows = v["rows"].as_array().unwrap();
    let first = &rows[0]["cells"];
    assert!(
        first[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Russian President Vladimir Putin told his US counterpart")
    );
    assert_eq!(first[1]["text"], "");
    assert!(
        first[2]["text"]
            .as_str()
            .unwrap()
            .starts_with("Russian President Vladimir Putin told Joe Biden")
    );
    // No other row holds C's version of it.
    let again = rows[1..]
        .iter()
        .filter(|r| {
            r["cells"][2]["text"]
                .as_str()
                .unwrap()
                .contains("told Joe Biden that he")
        })
        .count();
    assert_eq!(again, 0);
}
