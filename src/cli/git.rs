//! driftview as git's external diff (`git -c diff.external=driftview diff`, or
//! `GIT_EXTERNAL_DIFF`): git runs it once per changed file with seven arguments (path, old
//! file, old hash, old mode, new file, new hash, new mode; nine for a rename, adding the new
//! path and git's note). The side-by-side view is printed titled by the path, and the exit is
//! 0 always, because git stops at an external diff that fails.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use driftview::load::LoadError;
use driftview::report::side_by_side;

use super::args::{ColorArg, ViewFlags};
use super::loading::load_one;
use super::output::{NO_PAGER, emit, text_options};
use crate::environment::Environment;

/// Whether the reader's paths are git's arguments to an external diff: 7 (or 9 with a
/// rename) where the hashes and modes sit where git puts them.
pub(crate) fn is_external_diff(paths: &[PathBuf]) -> bool {
    let text = |k: usize| paths.get(k).and_then(|p| p.to_str()).unwrap_or("");
    let hash = |k: usize| {
        let t = text(k);
        t == "." || (t.len() >= 7 && t.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let mode = |k: usize| {
        let t = text(k);
        t == "." || (t.len() == 6 && t.bytes().all(|b| (b'0'..=b'7').contains(&b)))
    };
    matches!(paths.len(), 7 | 9) && hash(2) && mode(3) && hash(5) && mode(6)
}

/// Prints one file's change as git hands it over.
pub(crate) fn external_diff(args: &[PathBuf], env: &Environment) -> Result<ExitCode> {
    let load = &env.load;
    let path = &args[0];
    // git passes /dev/null for the side of an added or deleted file.
    let null = |k: usize| args[k] == std::path::Path::new("/dev/null");
    let title = match (args.get(7), null(1), null(4)) {
        (Some(renamed), _, _) if renamed != path => {
            format!("{} → {}", path.display(), renamed.display())
        }
        (_, true, _) => format!("{} (new file)", path.display()),
        (_, _, true) => format!("{} (deleted)", path.display()),
        _ => path.display().to_string(),
    };
    // git hands over paths from the repository: shown, never obeyed.
    let title = driftview::text::visible(&title).into_owned();
    let (old, new) = rayon::join(|| load_one(&args[1], load), || load_one(&args[4], load));
    let (mut old, mut new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            println!("{title}: {}", driftview::text::visible(&passed_over(&e)));
            return Ok(ExitCode::SUCCESS);
        }
    };
    // The blobs git writes have temporary names: both sides are called by the path.
    old.path = path.clone();
    new.path = args.get(7).unwrap_or(path).clone();
    load.name_language(0, &mut old);
    load.name_language(1, &mut new);
    let (old, new) = (std::sync::Arc::new(old), std::sync::Arc::new(new));
    let cmp = driftview::compare(old, new, env.options, &env.knowledge);
    let view = ViewFlags {
        color: ColorArg::Auto,
        ..NO_PAGER
    };
    let text = text_options(&view, false, false, env);
    emit(&view, env, |out| {
        writeln!(out, "{}", header(&title, &cmp.stats, text.color))?;
        if cmp.stats.has_differences() {
            side_by_side::write(out, &cmp, &text)?;
        } else {
            writeln!(
                out,
                "  (the sentences are the same; only spacing or line breaks differ)"
            )?;
        }
        writeln!(out)
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The line above each file: its path and what changed, bold on a terminal.
fn header(title: &str, s: &driftview::Stats, color: bool) -> String {
    let line = format!(
        "── {title} ── {} changed, {} dropped, {} added, {} moved",
        s.changed, s.deleted, s.inserted, s.moved
    );
    if color {
        format!("\x1b[1m{line}\x1b[0m")
    } else {
        line
    }
}

/// Why a file is not shown, as the one line that stands for it in git's output.
fn passed_over(e: &LoadError) -> String {
    let why = match e {
        LoadError::NotText { reason, .. } => reason.to_string(),
        LoadError::TooLarge { .. } => "too large to compare (--max-size raises it)".into(),
        other => other.to_string(),
    };
    format!("passed over: {why}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn git_arguments_are_told_from_seven_documents() {
        let hash = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
        let git = ["a.txt", "/tmp/x", hash, "100644", "a.txt", hash, "100644"];
        assert!(is_external_diff(&args(&git)));
        let added = ["a.txt", "/dev/null", ".", ".", "a.txt", hash, "100644"];
        assert!(is_external_diff(&args(&added)));
        let renamed = [&git[..], &["b.txt", "similarity index 90%\n"]].concat();
        assert!(is_external_diff(&args(&renamed)));
        let seven_files = ["a", "b", "c", "d", "e", "f", "g"];
        assert!(!is_external_diff(&args(&seven_files)));
        assert!(!is_external_diff(&args(&git[..6])));
    }
}
