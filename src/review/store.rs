//! Review files on disk. Every save is atomic (a temporary file in the same folder, synced,
//! then renamed over the old one), so a crash, `kill -9` or a full disk leaves the previous
//! file or the new one, never a broken one. Two readers on one file do not lose each other's
//! verdicts: a save holds a lock on `<file>.lock`, reads what is on disk, takes this session's
//! changes over it and writes the result. A file that cannot be read as a review is reported
//! and never overwritten.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::record::{Anchor, FORMAT, Review};

/// Why a review file could not be read or written; `Display` names the file.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// Reading failed.
    #[error("{}: cannot read the review: {source}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not a review driftview can read; it is left as it is.
    #[error("{}: not a driftview review ({reason}); it is kept as it is and not written to", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// Writing failed (the previous file, if any, is intact).
    #[error("{}: cannot save the review: {source}", path.display())]
    Unwritable {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Reads a review file; `Ok(None)` when there is none yet.
pub fn load(path: &Path) -> Result<Option<Review>, ReviewError> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(ReviewError::Unreadable {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let corrupt = |reason: String| ReviewError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };
    let mut review: Review = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
    if review.driftview_review > FORMAT {
        return Err(corrupt(format!(
            "format {} is newer than this driftview's {FORMAT}",
            review.driftview_review
        )));
    }
    review.driftview_review = FORMAT;
    review.sort();
    Ok(Some(review))
}

/// Saves `ours`: what is on disk now, with the entries of the anchors in `changed` taken from
/// `ours` (set, changed or removed). Returns the review as written.
pub fn save(path: &Path, ours: &Review, changed: &HashSet<Anchor>) -> Result<Review, ReviewError> {
    let unwritable = |source| ReviewError::Unwritable {
        path: path.to_path_buf(),
        source,
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(folder).map_err(unwritable)?;
    let lock = lock_file(path).map_err(unwritable)?;
    let mut merged = load(path)?.unwrap_or_else(|| Review::new(&ours.old, &ours.new));
    for anchor in changed {
        match ours.get(anchor) {
            Some(e) => merged.set(anchor.clone(), e.verdict, e.note.clone()),
            None => merged.set(anchor.clone(), None, None),
        }
    }
    let mut text = serde_json::to_vec_pretty(&merged).map_err(|e| unwritable(e.into()))?;
    text.push(b'\n');
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(unwritable)?;
    temp.write_all(&text).map_err(unwritable)?;
    temp.as_file().sync_all().map_err(unwritable)?;
    temp.persist(path).map_err(|e| unwritable(e.error))?;
    // The rename itself is durable once the folder is synced (best effort: not every
    // platform can open a folder).
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    drop(lock);
    Ok(merged)
}

/// Takes the lock that orders the saves of readers sharing a review file.
fn lock_file(path: &Path) -> std::io::Result<File> {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path.with_file_name(name))?;
    file.lock()?;
    Ok(file)
}

/// Where the review of two documents lives by default: `reviews/` in driftview's data folder,
/// named after both files and a hash of their absolute paths (FNV-1a: stable across runs and
/// versions, unlike std's hasher).
pub fn default_path(data_dir: &Path, old: &Path, new: &Path) -> PathBuf {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let key = format!("{}\0{}", absolute(old).display(), absolute(new).display());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let stem = |p: &Path| {
        p.file_stem()
            .map(|s| {
                s.to_string_lossy()
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == '-')
                    .take(24)
                    .collect::<String>()
            })
            .unwrap_or_default()
    };
    data_dir
        .join("reviews")
        .join(format!("{}--{}-{hash:016x}.json", stem(old), stem(new)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::FindingKind;
    use crate::review::record::Verdict;

    fn anchor(left: &str) -> Anchor {
        Anchor {
            kind: FindingKind::Name,
            left: left.into(),
            right: String::new(),
            old_text: format!("{left} spoke."),
            new_text: "Someone spoke.".into(),
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("driftview-review-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn two_sessions_on_one_file_keep_each_others_verdicts() {
        let dir = scratch("merge");
        let path = dir.join("r.json");
        let mut first = Review::new("a", "b");
        let mut second = Review::new("a", "b");
        first.set(anchor("Biden"), Some(Verdict::Error), None);
        save(&path, &first, &HashSet::from([anchor("Biden")])).unwrap();
        // The second reader never saw the first's verdict and marks another finding.
        second.set(
            anchor("Putin"),
            Some(Verdict::Acceptable),
            Some("fine".into()),
        );
        let merged = save(&path, &second, &HashSet::from([anchor("Putin")])).unwrap();
        assert_eq!(merged.entries.len(), 2);
        let on_disk = load(&path).unwrap().unwrap();
        assert_eq!(on_disk, merged);
        // Clearing in one session removes only that entry.
        first.set(anchor("Biden"), None, None);
        let merged = save(&path, &first, &HashSet::from([anchor("Biden")])).unwrap();
        assert_eq!(merged.entries.len(), 1);
        assert_eq!(merged.entries[0].anchor, anchor("Putin"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_corrupt_file_is_reported_and_never_overwritten() {
        let dir = scratch("corrupt");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("r.json");
        fs::write(&path, b"{\"entries\": [oops").unwrap();
        let e = load(&path).unwrap_err();
        assert!(
            e.to_string()
                .starts_with(&format!("{}: not a driftview review", path.display()))
        );
        let mut ours = Review::new("a", "b");
        ours.set(anchor("X"), Some(Verdict::Error), None);
        assert!(save(&path, &ours, &HashSet::from([anchor("X")])).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"{\"entries\": [oops");
        assert!(load(&dir.join("none.json")).unwrap().is_none());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn default_paths_differ_by_pair_and_stay_the_same_between_runs() {
        let data = Path::new("/data/driftview");
        let ab = default_path(data, Path::new("/x/a.txt"), Path::new("/x/b.txt"));
        assert_eq!(
            ab,
            default_path(data, Path::new("/x/a.txt"), Path::new("/x/b.txt"))
        );
        assert_ne!(
            ab,
            default_path(data, Path::new("/x/b.txt"), Path::new("/x/a.txt"))
        );
        let text = ab.display().to_string();
        assert!(text.starts_with("/data/driftview/reviews/a--b-"), "{text}");
    }
}
