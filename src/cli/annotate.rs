//! `driftview annotate FILE`: a PO or XLIFF file's review written into a copy of it (or, asked,
//! into the file itself), each reviewed finding a remark on its message.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow};

use driftview::review::{self, Review, write_back};
use driftview::text::counted::counted;

use super::args::AnnotateArgs;
use super::loading::load_bilingual_pair;
use crate::environment::Environment;

/// `de.po` → `de.reviewed.po`, beside it.
fn default_output(file: &Path) -> PathBuf {
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let name = match file.extension() {
        Some(ext) => format!("{stem}.reviewed.{}", ext.to_string_lossy()),
        None => format!("{stem}.reviewed"),
    };
    file.with_file_name(name)
}

pub(super) fn run(args: &AnnotateArgs, env: &Environment) -> Result<ExitCode> {
    let cmp = load_bilingual_pair(&args.file, env)?;
    let format = match driftview::load::lowercase_extension(&args.file).as_str() {
        "po" => write_back::Format::Po,
        _ => write_back::Format::Xliff,
    };
    // The review the reader keeps for this file, or `--review FILE`.
    let review_file = env.review.clone().or_else(|| {
        env.review_places
            .file_for(&cmp.docs.old.path, &cmp.docs.new.path)
    });
    let review = match &review_file {
        Some(path) => review::load(path)?.unwrap_or_default(),
        None => Review::default(),
    };
    let cmp = review::as_reviewed(&cmp, &review, &env.knowledge)
        .comparison
        .unwrap_or(cmp);
    let attached = review::attach(&review, &cmp);
    let remarks = write_back::remarks(&cmp, &review, &attached, &env.scoring, args.unreviewed);
    if remarks.is_empty() && !args.unreviewed {
        return Err(anyhow!(
            "{}: no verdicts or notes to write yet: review it in the reader (driftview {}), or add --unreviewed for every finding",
            args.file.display(),
            args.file.display()
        ));
    }
    let bytes = std::fs::read(&args.file)
        .map_err(|e| anyhow!("{}: cannot read: {e}", args.file.display()))?;
    let text = write_back::annotate(format, &bytes, &remarks)
        .map_err(|why| anyhow!("{}: {why}", args.file.display()))?;
    let output = match (&args.output, args.in_place) {
        (Some(o), _) => o.clone(),
        (None, true) => args.file.clone(),
        (None, false) => default_output(&args.file),
    };
    super::atomic::write(&output, text.as_bytes())?;
    let entries = {
        let mut e: Vec<usize> = remarks.iter().map(|r| r.entry).collect();
        e.dedup();
        e.len()
    };
    eprintln!(
        "driftview: {} on {} written to {}",
        counted(remarks.len(), "remark"),
        if entries == 1 {
            "1 entry".to_string()
        } else {
            format!("{entries} entries")
        },
        driftview::text::visible(&output.display().to_string())
    );
    if !attached.orphaned.is_empty() {
        eprintln!(
            "driftview: {} of the review about entries no longer found (not written)",
            counted(attached.orphaned.len(), "verdict")
        );
    }
    Ok(ExitCode::SUCCESS)
}
