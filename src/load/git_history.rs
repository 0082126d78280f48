//! A file's versions from its git history, oldest first: one document per commit that changed
//! it, renames followed. Read through the git binary (`git log --follow`, `git show`): the
//! user has it wherever there is a repository, it knows every repository format and
//! configuration, and it spares a large dependency for two commands.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::corpus::{LoadOptions, from_bytes};
use super::document::Document;
use super::error::LoadError;

/// The most versions read: a file with thousands of commits is read from its latest.
pub const MAX_VERSIONS: usize = 200;

/// One commit that changed the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// The commit's abbreviated hash.
    pub commit: String,
    /// Its author date, `YYYY-MM-DD`.
    pub date: String,
    /// The first line of its message.
    pub subject: String,
    /// The file's path in that commit, from the repository's top (renames change it).
    pub path: String,
}

/// The versions of `file` in git, oldest first, each named `FILE@COMMIT (DATE)`; at most
/// [`MAX_VERSIONS`], the latest. A version that is not text (or empty) is passed over, and so
/// is a commit that leaves the text as the one before had it (a rename).
pub fn file_history(
    file: &Path,
    options: &LoadOptions,
) -> Result<Vec<(Revision, Document)>, LoadError> {
    let no = |reason: String| LoadError::NoHistory {
        path: file.to_path_buf(),
        reason,
    };
    if !file.exists() {
        return Err(LoadError::Missing(file.to_path_buf()));
    }
    let dir = file
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file.file_name().map(PathBuf::from).unwrap_or_default();
    let top = git(dir, &["rev-parse", "--show-toplevel"]).map_err(no)?;
    let top = PathBuf::from(top.trim());
    let log = git(
        dir,
        &[
            "log",
            // Paths unquoted, whatever they hold (`"`, `\`, a newline), each ended by a NUL.
            "-z",
            "--follow",
            "--name-only",
            "--format=%x1e%h%x1f%ad%x1f%s",
            "--date=short",
            &format!("--max-count={MAX_VERSIONS}"),
            "--",
            &name.to_string_lossy(),
        ],
    )
    .map_err(no)?;
    let mut revisions: Vec<Revision> = log.split('\u{1e}').filter_map(revision).collect();
    if revisions.is_empty() {
        return Err(no("no commit in git's history has this file".into()));
    }
    revisions.reverse();
    let label = file.display().to_string();
    let mut out = Vec::with_capacity(revisions.len());
    for rev in revisions {
        let spec = format!("{}:{}", rev.commit, rev.path);
        let Ok(bytes) = git_bytes(&top, &["show", &spec]) else {
            continue;
        };
        let named = PathBuf::from(format!("{label}@{} ({})", rev.commit, rev.date));
        // A commit that leaves the text as it was (a rename, a mode change) adds no version.
        let same = out
            .last()
            .is_some_and(|(_, d): &(Revision, Document)| d.text.as_bytes() == bytes.as_slice());
        if same {
            continue;
        }
        if let Ok(doc) = from_bytes(&named, &bytes, options) {
            if out.last().is_some_and(|(_, d)| d.text == doc.text) {
                continue;
            }
            out.push((rev, doc));
        }
    }
    if out.is_empty() {
        return Err(no("no version in git's history is readable text".into()));
    }
    Ok(out)
}

/// A record of `git log -z` above: hash, date and subject, a NUL, then a newline and the
/// changed path, ended by a NUL.
fn revision(record: &str) -> Option<Revision> {
    let mut parts = record.split('\0');
    let mut head = parts.next()?.split('\u{1f}');
    let (commit, date, subject) = (head.next()?, head.next()?, head.next().unwrap_or(""));
    let path = parts.next()?.strip_prefix('\n')?;
    if commit.trim().is_empty() || path.is_empty() {
        return None;
    }
    Some(Revision {
        commit: commit.to_string(),
        date: date.to_string(),
        subject: subject.to_string(),
        path: path.to_string(),
    })
}

fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    git_bytes(dir, args).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Runs git in `dir`; its complaint (first line of stderr) is the error.
fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    // Paths as they are: git otherwise quotes non-ASCII ones ("caf\303\251.txt"), which
    // then name no file; and a name is a name, not a pattern (`*`, `?`, `:` in it).
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "core.quotePath=false", "--literal-pathspecs"])
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let line = err.lines().next().unwrap_or("git failed").trim();
        let line = line.strip_prefix("fatal: ").unwrap_or(line);
        return Err(if line.contains("not a git repository") {
            "not in a git repository (a history needs the file's commits)".to_string()
        } else {
            format!("git: {line}")
        });
    }
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_record_is_read_with_its_path() {
        let r = revision("abc1234\u{1f}2026-01-02\u{1f}Fix the lede\0\nnews/story.txt\0").unwrap();
        assert_eq!(
            r,
            Revision {
                commit: "abc1234".into(),
                date: "2026-01-02".into(),
                subject: "Fix the lede".into(),
                path: "news/story.txt".into(),
            }
        );
        assert_eq!(revision("\n"), None);
        let quoted = revision("abc1234\u{1f}2026-01-02\u{1f}x\0\n-d \"q\" *.txt\0").unwrap();
        assert_eq!(quoted.path, "-d \"q\" *.txt");
    }
}
