//! driftview among the tools people already use: the configuration file, git (external diff
//! and difftool), completions and manual pages, batch work and the matrix's formats. Each
//! test runs the real binary.

use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::git::{git_available, repository};
use common::{Scratch, sample};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn run(args: &[&str], envs: &[(&str, &str)]) -> Output {
    let mut cmd = common::driftview();
    cmd.args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    cmd.output().expect("binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `diff` of samples 1 and 2 in colour, with these extra arguments and environment.
fn coloured_diff(extra: &[&str], envs: &[(&str, &str)]) -> Output {
    let (a, b) = (sample(1), sample(2));
    let mut args = vec!["diff", s(&a), s(&b), "--color", "always", "--width", "100"];
    args.extend_from_slice(extra);
    run(&args, envs)
}

/// The theme a coloured diff was painted with, told by its deleted words' SGR code.
fn theme_of(out: &Output) -> &'static str {
    let text = stdout(out);
    if text.contains("\x1b[1;38;5;214m") {
        "colour-blind"
    } else if text.contains("\x1b[1;91m") {
        "colour"
    } else if text.contains("\x1b[1;4m") && !text.contains("\x1b[1;9") {
        "none"
    } else if text.contains("\x1b[1;38;2;1;2;3m") {
        "own"
    } else {
        "unknown"
    }
}

#[test]
fn the_theme_comes_from_the_flag_then_the_named_file_then_the_config_folder() {
    let dir = Scratch::new("config-precedence");
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join("driftview")).unwrap();
    std::fs::write(home.join("driftview/config.toml"), "theme = \"none\"\n").unwrap();
    let named = dir.file("named.toml", "theme = \"colour-blind\"\n");
    let other = dir.file("other.toml", "[colours]\ndeleted = \"#010203\"\n");
    let xdg = ("XDG_CONFIG_HOME", s(&home));
    assert_eq!(
        theme_of(&coloured_diff(&[], &[])),
        "colour",
        "no file: the default"
    );
    assert_eq!(
        theme_of(&coloured_diff(&[], &[xdg])),
        "none",
        "the config folder"
    );
    let env = ("DRIFTVIEW_CONFIG", s(&named));
    assert_eq!(theme_of(&coloured_diff(&[], &[xdg, env])), "colour-blind");
    let flag = ["--config", s(&other)];
    assert_eq!(theme_of(&coloured_diff(&flag, &[xdg, env])), "own");
    let theme = ["--config", s(&other), "--theme", "colour-blind"];
    assert_eq!(
        theme_of(&coloured_diff(&theme, &[xdg, env])),
        "colour-blind"
    );
    // NO_COLOR gives way to a theme the user chose, as no-color.org asks.
    assert_eq!(theme_of(&coloured_diff(&[], &[("NO_COLOR", "1")])), "none");
    assert_eq!(
        theme_of(&coloured_diff(&[], &[xdg, env, ("NO_COLOR", "1")])),
        "colour-blind"
    );
}

#[test]
fn a_mistake_in_the_configuration_is_one_line_and_the_command_still_runs() {
    let dir = Scratch::new("config-mistake");
    let file = dir.file(
        "config.toml",
        "theme = \"colour-blind\"\n\n[diff]\nignore-case = \"yes\"\nfolding = 3\n",
    );
    let out = coloured_diff(&["--config", s(&file)], &[]);
    assert_eq!(out.status.code(), Some(1), "the diff still runs");
    assert_eq!(theme_of(&out), "colour-blind", "the good settings are kept");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].contains(&format!("{}:4: diff.ignore-case:", file.display())),
        "{err}"
    );
    assert!(lines[1].contains(":5: unknown key 'diff.folding'"), "{err}");
    // Not TOML at all: one line, the defaults.
    let broken = dir.file("broken.toml", "theme = [\n");
    let out = coloured_diff(&["--config", s(&broken)], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(theme_of(&out), "colour");
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("using the defaults"));
    // A named file that is missing is said; the configuration folder's missing file is not.
    let out = coloured_diff(&["--config", "/no/such/driftview.toml"], &[]);
    assert!(stderr(&out).contains("/no/such/driftview.toml: cannot read"));
    assert!(stderr(&coloured_diff(&[], &[])).is_empty());
}

#[test]
fn the_printed_configuration_is_a_file_driftview_reads_without_a_word() {
    let dir = Scratch::new("config-print");
    let file = dir.file(
        "config.toml",
        "theme = \"colour-blind\"\nlist-width = 30\n[diff]\nignore-case = true\n\
         [keys]\nfold = [\"z\"]\n",
    );
    let out = run(&["--config", s(&file), "config"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let printed = stdout(&out);
    for line in [
        "theme = \"colour-blind\"",
        "list-width = 30",
        "ignore-case = true",
        "fold = [\"z\"]",
        "quit = [\"q\", \"Ctrl-c\"]",
    ] {
        assert!(
            printed.contains(&format!("\n{line}\n")),
            "{line}:\n{printed}"
        );
    }
    let again = dir.file("again.toml", &printed);
    let out = run(&["--config", s(&again), "config"], &[]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().skip(1).collect::<Vec<_>>(),
        printed.lines().skip(1).collect::<Vec<_>>()
    );
    // The word-diff default applies to the commands: case differences are no longer changes.
    let (a, b) = (
        dir.file("a.txt", "The Cat sat."),
        dir.file("b.txt", "The cat sat."),
    );
    let out = run(&["--config", s(&file), "diff", s(&a), s(&b)], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn git_shows_each_changed_file_through_driftview_and_goes_on_past_a_binary() {
    if !git_available() {
        return;
    }
    let dir = Scratch::new("git-external");
    let repo = repository(&dir);
    let external = format!("diff.external={}", env!("CARGO_BIN_EXE_driftview"));
    let out = Command::new("git")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["-c", &external, "diff", "HEAD~1", "HEAD"])
        .current_dir(&repo)
        .env("XDG_CONFIG_HOME", common::NO_CONFIG_HOME)
        .env("COLUMNS", "120")
        .env_remove("GIT_PAGER_IN_USE")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "git stopped: {}", stderr(&out));
    assert!(
        text.contains("image.bin: passed over: binary file"),
        "{text}"
    );
    assert!(
        text.contains("── gone.txt (deleted) ── 0 changed, 24 dropped, 0 added"),
        "{text}"
    );
    assert!(
        text.contains("── added.txt (new file) ── 0 changed, 0 dropped,"),
        "{text}"
    );
    let story = text
        .split("── story.txt ──")
        .nth(1)
        .expect("story.txt shown");
    assert!(story.contains(" changed, "), "{story}");
    // Titled by the path, not by git's temporary file.
    assert!(
        story
            .lines()
            .nth(1)
            .unwrap()
            .trim_start()
            .starts_with("story.txt"),
        "{story}"
    );
    // The order of git's files, one header each.
    let headers: Vec<&str> = text.lines().filter(|l| l.starts_with("── ")).collect();
    assert_eq!(headers.len(), 3, "{headers:?}");
    // With git's pager in use (stdout is its pipe), colours are on as on a terminal.
    let out = Command::new("git")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args([
            "-c",
            &external,
            "-c",
            "core.pager=cat",
            "-p",
            "diff",
            "HEAD~1",
            "HEAD",
        ])
        .current_dir(&repo)
        .env("XDG_CONFIG_HOME", common::NO_CONFIG_HOME)
        .env("GIT_PAGER_IN_USE", "true")
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("\x1b[1;9"),
        "colour under git's pager"
    );
}

#[test]
fn completions_and_manual_pages_name_every_command() {
    let commands = [
        "report",
        "diff",
        "matrix",
        "batch",
        "config",
        "completions",
        "man",
    ];
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&["completions", shell], &[]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = stdout(&out);
        for c in commands {
            assert!(text.contains(c), "{shell} completions lack {c}");
        }
        assert!(text.contains("theme"), "{shell} completions lack --theme");
    }
    let page = stdout(&run(&["man"], &[]));
    assert!(page.contains(".TH driftview 1"), "{page}");
    for c in commands {
        assert!(
            page.contains(&format!("driftview\\-{c}(1)")),
            "man page lacks {c}"
        );
        let sub = run(&["man", c], &[]);
        assert_eq!(sub.status.code(), Some(0));
        assert!(
            stdout(&sub).contains(&format!(".TH driftview-{c} 1")),
            "{c}"
        );
    }
    // The synopsis names each option's value, as manual pages write it; a flag stands alone.
    let report = stdout(&run(&["man", "report"], &[]));
    let synopsis = report
        .split(".SH SYNOPSIS\n")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .unwrap_or_default();
    for part in [
        "[\\-\\-format <FORMAT>]",
        "[\\-U|\\-\\-context <N>]",
        "[\\-\\-bom]",
        "<OLD> [NEW] [MORE]...",
    ] {
        assert!(synopsis.contains(part), "{part} not in {synopsis}");
    }
    let out = run(&["man", "nope"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no command 'nope' (one of: report, diff,"));
    // Every subcommand's help carries examples.
    for c in commands {
        let help = stdout(&run(&[c, "--help"], &[]));
        assert!(help.contains("Examples:"), "{c} --help has no examples");
    }
}

/// A list on stdin with a line that is not UTF-8 and one with no end in sight: each is an
/// error line with its number, and the pairs around them are compared.
#[test]
fn batch_reports_a_bad_or_endless_line_and_goes_on() {
    use std::io::Write;
    let (a, b) = (sample(1), sample(2));
    let pair = format!("{}\t{}\n", s(&a), s(&b));
    let mut list = pair.clone().into_bytes();
    list.extend_from_slice(b"\xff\xfe\tb.txt\n");
    list.extend(std::iter::repeat_n(b'x', 1 << 20));
    list.push(b'\n');
    list.extend_from_slice(pair.as_bytes());
    let mut child = common::driftview()
        .args(["batch", "--summary", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&list));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("not UTF-8"));
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("longer than"));
    assert_eq!(lines[0]["similarity"], lines[3]["similarity"]);
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn batch_writes_one_line_per_pair_in_order_and_says_which_failed() {
    let dir = Scratch::new("batch");
    let (a, b, c) = (sample(1), sample(2), sample(3));
    let list = format!(
        "# versions of one story\n{}\t{}\n\n{{\"old\": \"{}\", \"new\": \"{}\"}}\n\
         {}\t/no/such/file.txt\nnot a pair\n{}\t{}\n",
        s(&a),
        s(&b),
        s(&b),
        s(&c),
        s(&a),
        s(&c),
        s(&a)
    );
    let pairs = dir.file("pairs.tsv", &list);
    let out = run(&["batch", s(&pairs)], &[]);
    assert_eq!(out.status.code(), Some(2), "a pair failed");
    assert!(
        stderr(&out).contains("2 of 5 pairs failed"),
        "{}",
        stderr(&out)
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["left"]["path"], s(&a));
    assert_eq!(lines[0]["right"]["path"], s(&b));
    assert!(lines[0]["rows"].as_array().unwrap().len() > 10);
    assert_eq!(lines[1]["left"]["path"], s(&b));
    assert_eq!(lines[2]["line"], 5);
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("/no/such/file.txt: no such file")
    );
    assert_eq!(lines[3]["line"], 6);
    assert!(lines[3]["error"].as_str().unwrap().contains("not a pair"));
    assert_eq!(lines[4]["left"]["path"], s(&c));
    // The same pairs as the report gives them one by one.
    let report = run(&["report", s(&a), s(&b), "--format", "json"], &[]);
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(lines[0], report);

    let good = dir.file(
        "good.tsv",
        format!("{}\t{}\n{}\t{}\n", s(&a), s(&b), s(&b), s(&c)),
    );
    let out = run(&["batch", s(&good), "--summary"], &[]);
    assert_eq!(out.status.code(), Some(0));
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v.get("similarity").is_some() && v.get("stats").is_some());
        assert!(v.get("rows").is_none() && v.get("findings").is_none());
    }
    let out = run(&["batch", s(&good), "--findings-only"], &[]);
    let first: serde_json::Value =
        serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert!(first["findings"].as_array().is_some() && first.get("rows").is_none());
    let out = run(&["batch", "/no/such/list.tsv"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/list.tsv: cannot open"));
}

#[test]
fn the_matrix_writes_csv_tsv_and_json_with_every_pair() {
    let out = run(&["matrix", "--format", "csv"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "old,new,similarity,compared");
    assert_eq!(lines.len(), 1 + 10, "five samples, ten pairs");
    assert!(lines[1].starts_with("samples/01-"), "{}", lines[1]);
    let similarity: f64 = lines[1].split(',').nth(2).unwrap().parse().unwrap();
    assert!(similarity > 0.5, "A and B are one story: {similarity}");
    let tsv = stdout(&run(&["matrix", "--format", "tsv"], &[]));
    assert_eq!(tsv.lines().nth(1).unwrap().split('\t').count(), 4);
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["matrix", "--format", "json"], &[]).stdout).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 5);
    let pairs = json["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 10);
    assert_eq!(
        (pairs[0]["old"].as_u64(), pairs[0]["new"].as_u64()),
        (Some(0), Some(1))
    );
    assert!((pairs[0]["similarity"].as_f64().unwrap() - similarity).abs() < 1e-3);
}

#[test]
fn a_review_exports_as_markdown_csv_and_json_grouped_by_verdict() {
    let dir = Scratch::new("review-export");
    let (old, new) = (sample(2), sample(1));
    // The anchors of two findings, as the reader would have written them.
    let report = run(&["report", s(&old), s(&new), "--format", "json"], &[]);
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let rows = json["rows"].as_array().unwrap();
    let findings = json["findings"].as_array().unwrap();
    let entry = |k: usize, verdict: &str, note: &str| {
        let f = &findings[k];
        let row = &rows[f["row"].as_u64().unwrap() as usize];
        let norm = |v: &serde_json::Value| {
            v.as_str()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        serde_json::json!({
            "kind": f["kind"], "left": norm(&f["left"]), "right": norm(&f["right"]),
            "old_text": norm(&row["left"]["text"]), "new_text": norm(&row["right"]["text"]),
            "verdict": verdict, "note": note
        })
    };
    // A reviewer's own category and severity (the first error keeps its kind's preset).
    let categorised = |mut e: serde_json::Value| {
        e["category"] = "fluency/grammar".into();
        e["error_severity"] = "critical".into();
        e
    };
    let file = serde_json::json!({
        "driftview_review": 1, "old": s(&old), "new": s(&new),
        "entries": [entry(0, "error", "the lead was cut"), entry(1, "acceptable", "dateline, fine"),
                    categorised(entry(2, "error", "wrong tense"))]
    });
    let review = dir.file("review.json", serde_json::to_string_pretty(&file).unwrap());
    let export = |format: &str, extra: &[&str]| {
        let mut args = vec![
            "report",
            s(&old),
            s(&new),
            "--review",
            s(&review),
            "--format",
            format,
        ];
        args.extend_from_slice(extra);
        run(&args, &[])
    };
    let md = stdout(&export("markdown", &[]));
    // The five low-severity structure notes (split, merged) stay out unless asked for.
    assert!(md.contains("- 3 of 18 findings reviewed"), "{md}");
    let errors = md.find("## Errors to fix (2)").expect("errors first");
    let unreviewed = md.find("## Not reviewed (15)").expect("then the rest");
    let fine = md.find("## Acceptable (1)").expect("acceptable");
    assert!(errors < unreviewed && unreviewed < fine);
    assert!(md.contains("- note: the lead was cut"));
    // Each side named by its file and line, for the editor.
    assert!(md.contains(&format!("- old (`{}:1`): ", s(&old))), "{md}");
    // Each error with its category and severity, the dropped sentence's proposed by its kind.
    assert!(md.contains("- error: accuracy/omission · major"), "{md}");
    assert!(md.contains("- error: fluency/grammar · critical"), "{md}");
    // The score: one major (5) and one critical (25) over the source's words, and a fail.
    assert!(md.contains("| accuracy/omission | 0 | 1 | 0 | 5 |"), "{md}");
    assert!(md.contains("| fluency/grammar | 0 | 0 | 1 | 25 |"), "{md}");
    assert!(md.contains("· **fail** (threshold 10): 0 minor, 1 major, 1 critical errors"));
    let csv = stdout(&export("csv", &[]));
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "row,verdict,error_category,error_severity,kind,severity,message,old,new,note,old_lines,new_lines"
    );
    assert_eq!(lines.len(), 19);
    let every = stdout(&export("csv", &["--min-severity", "low"]));
    assert_eq!(every.lines().count(), 24, "--min-severity low: all 23");
    assert!(
        lines[1].starts_with("1,error,accuracy/omission,major,dropped,high,"),
        "{}",
        lines[1]
    );
    // The dropped lead's line in the old file; the new file has none for it.
    assert!(lines[1].ends_with(",the lead was cut,1,"), "{}", lines[1]);
    let only: serde_json::Value =
        serde_json::from_slice(&export("json", &["--verdict", "error,acceptable"]).stdout).unwrap();
    assert_eq!(only["reviewed"], 3);
    let score = &only["score"];
    assert_eq!(score["penalty"], 30.0);
    assert_eq!(score["errors"], serde_json::json!([0, 1, 1]));
    let words = score["source_words"].as_f64().unwrap();
    assert!(words > 300.0, "the source's words: {words}");
    assert!((score["per_thousand"].as_f64().unwrap() - 30_000.0 / words).abs() < 1e-9);
    assert_eq!(score["passed"], false);
    let verdicts: Vec<&str> = only["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["error", "error", "acceptable"]);
    assert_eq!(only["summary"]["dropped"]["error"], 1);
    // Each finding names its row once, 1-based (a flattened finding wrote its own 0-based
    // "row" beside it: a key twice, which a strict parser rejects).
    let raw = String::from_utf8(export("json", &["--verdict", "error,acceptable"]).stdout).unwrap();
    assert_eq!(raw.matches("\"row\":").count(), 3, "{raw}");
    assert_eq!(only["findings"][0]["row"], 1);
    // The severity and kind filters hold for every report.
    let high = run(
        &[
            "report",
            s(&old),
            s(&new),
            "--format",
            "json",
            "--findings-only",
            "--min-severity",
            "high",
        ],
        &[],
    );
    let high: serde_json::Value = serde_json::from_slice(&high.stdout).unwrap();
    assert!(
        high.as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] == "high")
    );
    let quotes = run(
        &[
            "report",
            s(&old),
            s(&new),
            "--format",
            "csv",
            "--kind",
            "quote",
        ],
        &[],
    );
    assert!(
        stdout(&quotes)
            .lines()
            .skip(1)
            .all(|l| l.contains(",quote,"))
    );
    // A review file that is not one is named, and left as it was.
    let broken = dir.file("broken.json", "{ nope");
    let out = run(&["report", s(&old), s(&new), "--review", s(&broken)], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("{}: not a driftview review", broken.display())));
    assert_eq!(std::fs::read_to_string(&broken).unwrap(), "{ nope");
}

/// `batch` adds to each pair the reader reviewed its review's score, and gives the batch's
/// score over those pairs on stderr.
#[test]
fn batch_scores_the_pairs_reviewed_in_the_reader_and_the_batch() {
    let dir = Scratch::new("batch-score");
    let data = dir.path().join("data");
    let (a, b, c) = (sample(2), sample(1), sample(3));
    // The reader's review of a → b: the first finding an error, critical.
    let report = run(&["report", s(&a), s(&b), "--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let f = &v["findings"][0];
    let row = &v["rows"][f["row"].as_u64().unwrap() as usize];
    let one_line = |v: &serde_json::Value| {
        v.as_str()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let review = serde_json::json!({"driftview_review": 1, "entries": [{
        "kind": f["kind"], "left": one_line(&f["left"]), "right": one_line(&f["right"]),
        "old_text": one_line(&row["left"]["text"]), "new_text": one_line(&row["right"]["text"]),
        "verdict": "error", "category": "accuracy/omission", "error_severity": "critical"
    }]});
    let file = driftview::review::default_path(&data.join("driftview"), &a, &b);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, serde_json::to_string(&review).unwrap()).unwrap();
    let pairs = dir.file(
        "pairs.tsv",
        format!("{}\t{}\n{}\t{}\n", s(&a), s(&b), s(&a), s(&c)),
    );
    let out = run(
        &["batch", s(&pairs), "--summary"],
        &[("XDG_DATA_HOME", data.to_str().unwrap())],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let score = &lines[0]["review"]["score"];
    assert_eq!(lines[0]["review"]["reviewed"], 1);
    assert_eq!(score["penalty"], 25.0);
    let words = score["source_words"].as_f64().unwrap();
    assert_eq!(words, v["left"]["words"].as_f64().unwrap());
    assert!(lines[1].get("review").is_none(), "no review, no score");
    let said = stderr(&out);
    let expected = format!(
        "review score of the 1 pair reviewed: {:.1} per 1,000 source words · FAIL (threshold 10): 0 minor, 0 major, 1 critical in {words} source words",
        25_000.0 / words
    );
    assert!(said.contains(&expected), "{said}\n{expected}");
}

/// An error the reviewer marked on a row the checks left alone is in the export, its row
/// found by its text, and counts in the score.
#[test]
fn an_error_the_reviewer_marked_on_a_quiet_row_is_exported_and_scored() {
    let dir = Scratch::new("review-issue");
    let (old, new) = (sample(2), sample(1));
    let report = run(&["report", s(&old), s(&new), "--format", "json"], &[]);
    let v: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let flagged: Vec<u64> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["row"].as_u64().unwrap())
        .collect();
    let quiet = (0..rows.len() as u64)
        .find(|r| !flagged.contains(r) && rows[*r as usize]["left"]["text"].is_string())
        .unwrap();
    let one_line = |v: &serde_json::Value| {
        v.as_str()
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let row = &rows[quiet as usize];
    let review = serde_json::json!({"driftview_review": 1, "entries": [{
        "kind": "reviewer", "left": "", "right": "",
        "old_text": one_line(&row["left"]["text"]), "new_text": one_line(&row["right"]["text"]),
        "verdict": "error", "note": "tense changed", "error_severity": "major",
        "category": "fluency/grammar"
    }]});
    let file = dir.file("review.json", serde_json::to_string(&review).unwrap());
    let md = run(
        &[
            "report",
            s(&old),
            s(&new),
            "--review",
            s(&file),
            "--format",
            "markdown",
        ],
        &[],
    );
    let md = stdout(&md);
    assert!(
        md.contains(&format!(
            "### Row {} · reviewer · high\n\nerror marked by the reviewer",
            quiet + 1
        )),
        "{md}"
    );
    assert!(
        md.contains("- error: fluency/grammar · major") && md.contains("- note: tense changed")
    );
    assert!(md.contains("| fluency/grammar | 0 | 1 | 0 | 5 |"), "{md}");
}

#[test]
fn reviews_lists_the_review_files_newest_first_with_what_they_hold() {
    let dir = Scratch::new("reviews-list");
    let data = dir.path().join("data");
    let envs = [("XDG_DATA_HOME", data.to_str().unwrap())];
    let empty = stdout(&run(&["reviews"], &envs));
    assert!(empty.starts_with("no reviews yet in "), "{empty}");
    let folder = data.join("driftview/reviews");
    std::fs::create_dir_all(&folder).unwrap();
    let entry = |left: &str, verdict: &str, note: Option<&str>| {
        serde_json::json!({"kind": "number", "left": left, "right": "4", "old_text": "a",
                           "new_text": "b", "verdict": verdict, "note": note})
    };
    let older = serde_json::json!({"driftview_review": 1, "old": "en.txt", "new": "es.txt",
        "entries": [entry("3", "error", Some("wrong")), entry("5", "acceptable", None)]});
    std::fs::write(folder.join("en--es-1.json"), older.to_string()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(folder.join("broken-2.json"), "{ not json").unwrap();
    let out = stdout(&run(&["reviews"], &envs));
    let broken = out.find("broken-2.json").expect("the broken file is named");
    let listed = out.find("en--es-1.json").expect("the review is listed");
    assert!(broken < listed, "newest first: {out}");
    assert!(
        out.contains("en.txt → es.txt: 1 error, 1 acceptable, 0 verified, 1 note"),
        "{out}"
    );
    assert!(out.contains("not a driftview review"), "{out}");
}

/// A review's alignment fixes are laid when the pair is reported: the findings follow the
/// fixed rows, the export lists each fix, and a fix whose sentences are gone is named and
/// listed as not applied.
#[test]
fn the_review_export_lays_and_lists_the_alignment_fixes() {
    let dir = Scratch::new("eco-fixes");
    let old = dir.file(
        "old.txt",
        "The bridge opened in May.\n\nFerries run every hour.\n\nTickets cost two euros.\n\nThe mayor was pleased.\n",
    );
    let new = dir.file(
        "new.txt",
        "The bridge opened in May.\n\nFerries run every hour.\n\nThe mayor was pleased.\n",
    );
    let fix = |action: &str, old: &[&str], new: &[&str], at: [usize; 2]| serde_json::json!({ "action": action, "rows": [{ "old": old, "new": new, "at": at }] });
    let file = serde_json::json!({
        "driftview_review": 1, "old": s(&old), "new": s(&new),
        // A verdict about a sentence no longer there: listed, not dropped.
        "entries": [{ "kind": "number", "left": "three", "right": "", "old_text": "Three boats sank.",
                      "new_text": "", "verdict": "error", "note": "gone since" }],
        "fixes": [
            fix("join", &["Ferries run every hour.", "Tickets cost two euros."], &["Ferries run every hour."], [1, 1]),
            fix("join", &["A sentence no longer there."], &["Ferries run every hour."], [1, 1]),
        ]
    });
    let review = dir.file("review.json", serde_json::to_string_pretty(&file).unwrap());
    let export = |format: &str| {
        run(
            &[
                "report",
                s(&old),
                s(&new),
                "--review",
                s(&review),
                "--format",
                format,
            ],
            &[],
        )
    };
    let out = export("markdown");
    let md = stdout(&out);
    // The dropped sentence is in its neighbour's row by hand: no omission is reported.
    assert!(!md.contains("| dropped |"), "{md}");
    assert!(md.contains("## Alignment fixes (2)"), "{md}");
    assert!(md.contains("### Fix 1 · rows joined\n"), "{md}");
    assert!(
        md.contains("- row, old: Ferries run every hour. Tickets cost two euros.\n- row, new: Ferries run every hour."),
        "{md}"
    );
    assert!(
        md.contains(
            "### Fix 2 · rows joined · not applied: its sentences are no longer in the documents"
        ),
        "{md}"
    );
    assert!(
        md.contains("## Verdicts about sentences no longer found (1)\n\n### number · error\n\n- old: Three boats sank.\n- new: (nothing)\n- note: gone since"),
        "{md}"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "review.json: 1 alignment fix not applied: its sentences are no longer in the documents"
        ),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&export("json"))).unwrap();
    let fixes = json["alignment_fixes"].as_array().unwrap();
    assert_eq!(fixes.len(), 2);
    assert_eq!(fixes[0]["action"], "join");
    assert_eq!(fixes[0]["applied"], true);
    assert_eq!(fixes[1]["applied"], false);
    assert_eq!(fixes[0]["rows"][0]["old"][1], "Tickets cost two euros.");
    assert_eq!(json["orphaned"][0]["note"], "gone since");
    // Without the review the sentence stands dropped.
    let plain = stdout(&run(
        &["report", s(&old), s(&new), "--format", "json"],
        &[("XDG_DATA_HOME", s(dir.path()))],
    ));
    assert!(plain.contains("\"dropped\""), "{plain}");
}
