//! `driftview batch`: many pairs listed in a file, compared on every core, one JSON line per
//! pair written in the list's order as soon as it and those before it are done. The pairs
//! are read a window at a time, so memory holds a window's comparisons, never the whole list.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use rayon::prelude::*;
use serde::Serialize;

use driftview::report::json::{self, Parts};
use driftview::review;

use super::args::BatchArgs;
use super::bounded_lines::{ListLine, bounded_lines};
use super::loading::load_pair;
use super::progress::Progress;
use crate::environment::Environment;

/// Pairs in flight at once per core: enough to keep every core busy past a slow pair (each
/// window waits for its slowest pair; 16 against 4 on 8,640 Bible chapter pairs, BENCHMARKS:
/// the two cores' rate 1.78-1.90x one core's against 1.58-1.83x, memory the same).
const WINDOW_PER_CORE: usize = 16;

/// One line of the list: a pair, or why it is not one.
type Entry = std::result::Result<(PathBuf, PathBuf), String>;

/// The line a pair that failed gets.
#[derive(Serialize)]
struct Failure<'a> {
    old: Option<&'a Path>,
    new: Option<&'a Path>,
    line: usize,
    error: &'a str,
}

#[derive(serde::Deserialize)]
struct JsonPair {
    old: PathBuf,
    new: PathBuf,
}

/// Reads one line of the list: `old<TAB>new`, or `{"old": ..., "new": ...}`; `None` for a
/// blank line or a `#` comment.
fn parse_entry(line: &str) -> Option<Entry> {
    let line = line.trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() || line.trim_start().starts_with('#') {
        return None;
    }
    if line.trim_start().starts_with('{') {
        return Some(
            serde_json::from_str::<JsonPair>(line)
                .map(|p| (p.old, p.new))
                .map_err(|e| format!("not a pair {{\"old\": ..., \"new\": ...}}: {e}")),
        );
    }
    Some(match line.split_once('\t') {
        Some((old, new)) if !old.is_empty() && !new.is_empty() && !new.contains('\t') => {
            Ok((old.into(), new.into()))
        }
        _ => Err("not a pair: old and new paths separated by one tab are needed".into()),
    })
}

/// The longest line of a list read: two paths of PATH_MAX (4096 bytes) in JSON, with room.
const MAX_LIST_LINE: usize = 64 * 1024;

/// Compares every pair `pairs` lists; the exit status is 2 when any pair failed.
pub(super) fn run(args: &BatchArgs, env: &Environment) -> Result<ExitCode> {
    let pairs = args.pairs.as_path();
    let (findings_only, summary) = (args.findings_only, args.summary);
    let input: Box<dyn BufRead> = if pairs == Path::new("-") {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let file =
            File::open(pairs).with_context(|| format!("{}: cannot open", pairs.display()))?;
        Box::new(BufReader::new(file))
    };
    let parts = match (findings_only, summary) {
        (true, _) => Parts::Findings,
        (_, true) => Parts::Summary,
        _ => Parts::All,
    };
    let progress = Progress::new("pairs compared");
    let total = count_pairs(pairs);
    let window = WINDOW_PER_CORE * rayon::current_num_threads();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut done = 0u64;
    let mut scores: Vec<review::Score> = Vec::new();
    let mut lines = bounded_lines(input, MAX_LIST_LINE).enumerate();
    loop {
        let mut chunk: Vec<(usize, Entry)> = Vec::with_capacity(window);
        for (k, line) in lines.by_ref() {
            let line = line.with_context(|| format!("{}: cannot read", pairs.display()))?;
            // A line too long or not UTF-8 is an error line of its own; the run goes on.
            let entry = match line.text(MAX_LIST_LINE) {
                Ok(text) => parse_entry(&text),
                Err(why) => Some(Err(why)),
            };
            if let Some(entry) = entry {
                chunk.push((k + 1, entry));
                if chunk.len() == window {
                    break;
                }
            }
        }
        if chunk.is_empty() {
            break;
        }
        let written: Vec<(Vec<u8>, bool, Option<review::Score>)> = chunk
            .par_iter()
            .map(|(line, entry)| {
                let result = one_pair(entry, parts, env);
                progress.tick();
                match result {
                    Ok((bytes, score)) => (bytes, true, score),
                    Err(e) => (failure_line(*line, entry, &e), false, None),
                }
            })
            .collect();
        for (bytes, ok, score) in written {
            failed += usize::from(!ok);
            scores.extend(score);
            if let Err(e) = out.write_all(&bytes) {
                return closed_or(e);
            }
        }
        done += chunk.len() as u64;
        progress.update(done, total.unwrap_or(done).max(done));
    }
    progress.finish();
    if let Err(e) = out.flush() {
        return closed_or(e);
    }
    if let Some(line) = batch_score(&scores, &env.scoring) {
        eprintln!("driftview: {line}");
    }
    if failed > 0 {
        eprintln!("driftview: {failed} of {done} pairs failed (see their \"error\" lines)");
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

/// A closed pipe (`| head`) ends the output quietly; anything else is trouble.
fn closed_or(e: io::Error) -> Result<ExitCode> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(e.into())
    }
}

/// How many pairs a file lists, for the progress bar (`None` for stdin, whose lines can
/// be read only once, and when stderr shows no bar).
fn count_pairs(pairs: &Path) -> Option<u64> {
    if pairs == Path::new("-") || !io::stderr().is_terminal() {
        return None;
    }
    let file = File::open(pairs).ok()?;
    let lines = bounded_lines(BufReader::new(file), MAX_LIST_LINE);
    Some(
        lines
            .map_while(|l| l.ok())
            .filter(|l| match l {
                ListLine::Text(t) => parse_entry(t).is_some(),
                _ => true,
            })
            .count() as u64,
    )
}

fn one_pair(
    entry: &Entry,
    parts: Parts,
    env: &Environment,
) -> Result<(Vec<u8>, Option<review::Score>)> {
    let (old, new) = entry.as_ref().map_err(|e| anyhow::anyhow!("{e}"))?;
    let cmp = load_pair(old, new, env)?;
    let mut bytes = Vec::new();
    json::write_line(&mut bytes, &cmp, parts)?;
    // A pair reviewed in the reader: its review's score, added last to the contract's line.
    let reviewed = env
        .review_places
        .file_for(old, new)
        .filter(|p| p.is_file())
        .map(|file| -> Result<(PathBuf, review::Review)> {
            let r = review::load(&file)?.unwrap_or_default();
            Ok((file, r))
        })
        .transpose()?;
    let Some((file, r)) = reviewed else {
        return Ok((bytes, None));
    };
    let cmp = review::as_reviewed(&cmp, &r, &env.knowledge)
        .comparison
        .unwrap_or(cmp);
    let attached = review::attach(&r, &cmp);
    let score = review::scoring::score(&env.scoring, &r, &attached, &cmp);
    #[derive(serde::Serialize)]
    struct Reviewed<'a> {
        file: &'a Path,
        reviewed: usize,
        score: &'a review::Score,
    }
    let extra = serde_json::to_vec(&Reviewed {
        file: &file,
        reviewed: attached.reviewed(&r),
        score: &score,
    })?;
    bytes.truncate(bytes.len().saturating_sub(2)); // the line's closing "}\n"
    bytes.extend_from_slice(b",\"review\":");
    bytes.extend_from_slice(&extra);
    bytes.extend_from_slice(b"}\n");
    Ok((bytes, Some(score)))
}

/// The batch's score over its reviewed pairs: their errors' penalty points over all their
/// source words, as if they were one document.
fn batch_score(scores: &[review::Score], model: &review::ScoringModel) -> Option<String> {
    if scores.is_empty() {
        return None;
    }
    let all = review::Score::combined(model, scores);
    Some(format!(
        "review score of the {} reviewed: {} per 1,000 source words · {} (threshold {}): {} minor, {} major, {} critical in {} source words",
        driftview::text::counted::counted(scores.len(), "pair"),
        review::scoring::points(all.per_thousand),
        if all.passed { "pass" } else { "FAIL" },
        review::scoring::points(model.pass_threshold),
        all.errors[0],
        all.errors[1],
        all.errors[2],
        all.source_words,
    ))
}

fn failure_line(line: usize, entry: &Entry, error: &anyhow::Error) -> Vec<u8> {
    let (old, new) = match entry {
        Ok((old, new)) => (Some(old.as_path()), Some(new.as_path())),
        Err(_) => (None, None),
    };
    let error = format!("{error:#}");
    let mut bytes = serde_json::to_vec(&Failure {
        old,
        new,
        line,
        error: &error,
    })
    .unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lines_are_tab_pairs_or_json_pairs() {
        assert_eq!(
            parse_entry("a.txt\tb.txt\n"),
            Some(Ok(("a.txt".into(), "b.txt".into())))
        );
        assert_eq!(
            parse_entry(r#"{"old": "a b.txt", "new": "c.txt"}"#),
            Some(Ok(("a b.txt".into(), "c.txt".into())))
        );
        assert_eq!(parse_entry("   "), None);
        assert_eq!(parse_entry("# a comment"), None);
        assert!(parse_entry("a.txt b.txt").unwrap().is_err());
        assert!(parse_entry("a\tb\tc").unwrap().is_err());
        assert!(parse_entry(r#"{"old": "a.txt"}"#).unwrap().is_err());
    }
}
