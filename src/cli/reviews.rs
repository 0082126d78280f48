//! `driftview reviews`: the review files the reader keeps in its data folder, newest first,
//! each with its pair and what it holds, so that a verdict given last week is found again
//! (and exported with `report OLD NEW --format markdown`).

use std::process::ExitCode;

use anyhow::Result;

use driftview::review::{self, Verdict};
use driftview::text::counted::counted;
use driftview::text::visible;

use crate::environment::Environment;

pub(super) fn run(env: &Environment) -> Result<ExitCode> {
    let Some(data) = &env.review_places.data_dir else {
        eprintln!("driftview: no data folder to keep reviews in (no home folder found)");
        return Ok(ExitCode::from(2));
    };
    let folder = data.join("reviews");
    let mut files: Vec<(std::time::SystemTime, std::path::PathBuf)> =
        match std::fs::read_dir(&folder) {
            Ok(entries) => entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .map(|p| {
                    let modified = std::fs::metadata(&p)
                        .and_then(|m| m.modified())
                        .unwrap_or(std::time::UNIX_EPOCH);
                    (modified, p)
                })
                .collect(),
            Err(_) => Vec::new(),
        };
    if files.is_empty() {
        println!(
            "no reviews yet in {}",
            visible(&folder.display().to_string())
        );
        return Ok(ExitCode::SUCCESS);
    }
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    println!(
        "reviews in {} (newest first):",
        visible(&folder.display().to_string())
    );
    for (_, path) in files {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        match review::load(&path) {
            Ok(Some(r)) => {
                let count = |v: Verdict| r.entries.iter().filter(|e| e.verdict == Some(v)).count();
                let notes = r.entries.iter().filter(|e| e.note.is_some()).count();
                println!(
                    "  {}\n    {} → {}: {}, {} acceptable, {} verified, {}",
                    visible(&name),
                    visible(&r.old),
                    visible(&r.new),
                    counted(count(Verdict::Error), "error"),
                    count(Verdict::Acceptable),
                    count(Verdict::Verified),
                    counted(notes, "note")
                );
            }
            Ok(None) => {}
            Err(e) => println!("  {}\n    {}", visible(&name), visible(&e.to_string())),
        }
    }
    Ok(ExitCode::SUCCESS)
}
