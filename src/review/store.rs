//! Review files on disk. Every save is atomic (a temporary file in the same folder, synced,
//! then renamed over the old one), so a crash, `kill -9` or a full disk leaves the previous
//! file or the new one, never a broken one. Two readers on one file do not lose each other's
//! verdicts: a save holds a lock on `<file>.lock`, reads what is on disk, takes this session's
//! changes over it and writes the result. A file that cannot be read as a review is reported
//! and never overwritten.
//!
//! A review file that is a symbolic link is written through to its target (the link stays);
//! the file's permissions are kept; a read-only file is refused. A save waits a bounded time
//! for another process's lock and then says who holds it, so a reader never freezes.

use crate::load::io_reason::io_reason;
use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::record::{Anchor, Entry, FORMAT, Review};

/// How long a save waits for another process's lock before giving up (the verdicts stay
/// pending and the next save tries again).
pub const LOCK_WAIT: Duration = Duration::from_secs(2);

/// Why a review file could not be read or written; `Display` names the file.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// Reading failed.
    #[error("{}: cannot read the review: {}", path.display(), io_reason(reason))]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: std::io::Error,
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
    #[error("{}: cannot save the review: {}", path.display(), io_reason(reason))]
    Unwritable {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: std::io::Error,
    },
    /// The file's permissions forbid writing: driftview does not change them.
    #[error("{}: the review file is read-only; verdicts are not saved to it", path.display())]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// Another process held the lock for longer than [`LOCK_WAIT`].
    #[error("{}: another driftview{} is saving this review; not saved yet", path.display(), holder.map(|pid| format!(" (process {pid})")).unwrap_or_default())]
    Locked {
        /// The review file.
        path: PathBuf,
        /// The process that holds the lock, when it wrote its number into the lock file.
        holder: Option<u32>,
    },
}

/// Reads a review file; `Ok(None)` when there is none yet.
pub fn load(path: &Path) -> Result<Option<Review>, ReviewError> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(reason) => {
            return Err(ReviewError::Unreadable {
                path: path.to_path_buf(),
                reason,
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

/// What a session changed since its last save: what a save takes over the file on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The anchors whose entries were set, changed or removed.
    pub anchors: HashSet<Anchor>,
    /// Whether the alignment fixes changed (a save then writes the session's list: fixes
    /// build on each other in order, so two lists are not merged).
    pub fixes: bool,
}

impl Changes {
    /// How many changes wait to be saved (the fixes count as one).
    pub fn len(&self) -> usize {
        self.anchors.len() + usize::from(self.fixes)
    }

    /// Whether nothing waits to be saved.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl From<HashSet<Anchor>> for Changes {
    fn from(anchors: HashSet<Anchor>) -> Changes {
        Changes {
            anchors,
            fixes: false,
        }
    }
}

/// Saves `ours`: what is on disk now, with the entries of the anchors in `changed` taken from
/// `ours` (set, changed or removed), and ours fixes if they changed. Returns the review as
/// written.
pub fn save(path: &Path, ours: &Review, changed: &Changes) -> Result<Review, ReviewError> {
    save_waiting(path, ours, changed, LOCK_WAIT)
}

/// [`save`], waiting at most `wait` for another process's lock.
pub fn save_waiting(
    path: &Path,
    ours: &Review,
    changed: &Changes,
    wait: Duration,
) -> Result<Review, ReviewError> {
    let unwritable = |reason| ReviewError::Unwritable {
        path: path.to_path_buf(),
        reason,
    };
    // A link is written through: the file replaced is its target, in the target's folder.
    let target = link_target(path).map_err(unwritable)?;
    let existing = match fs::metadata(&target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(unwritable(e)),
    };
    if existing
        .as_ref()
        .is_some_and(|m| m.permissions().readonly())
    {
        return Err(ReviewError::ReadOnly {
            path: path.to_path_buf(),
        });
    }
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    fs::create_dir_all(&folder).map_err(unwritable)?;
    let lock = Lock::take(&target, wait).map_err(|e| match e {
        Taken::Busy(holder) => ReviewError::Locked {
            path: path.to_path_buf(),
            holder,
        },
        Taken::Failed(e) => unwritable(e),
    })?;
    // Under the lock no other save is writing: a temporary copy of this file still lying
    // in the folder was left by a save that was killed.
    remove_stale_copies(&folder, &target);
    let mut merged = load(&target)?.unwrap_or_else(|| Review::new(&ours.old, &ours.new));
    for anchor in &changed.anchors {
        match ours.get(anchor) {
            Some(e) => merged.put(e.clone()),
            None => merged.put(Entry::new(anchor.clone(), None, None)),
        }
    }
    if changed.fixes {
        merged.fixes = ours.fixes.clone();
    }
    let mut text = serde_json::to_vec_pretty(&merged).map_err(|e| unwritable(e.into()))?;
    text.push(b'\n');
    let mut temp = tempfile::Builder::new()
        .prefix(&copy_prefix(&target))
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(|e| unwritable(std::io::Error::new(e.kind(), bare(&e))))?;
    // The file's own handle, not the temporary file's wrapper: its errors would name the
    // temporary file, and the user knows only the review file.
    let file = temp.as_file_mut();
    file.write_all(&text).map_err(unwritable)?;
    if let Some(m) = &existing {
        file.set_permissions(m.permissions()).map_err(unwritable)?;
    }
    file.sync_all().map_err(unwritable)?;
    temp.persist(&target).map_err(|e| unwritable(e.error))?;
    // The rename itself is durable once the folder is synced (best effort: not every
    // platform can open a folder).
    if let Ok(dir) = File::open(&folder) {
        let _ = dir.sync_all();
    }
    drop(lock);
    Ok(merged)
}

/// The error's OS reason without the path `tempfile` adds to it.
fn bare(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code).to_string(),
        None => e.kind().to_string(),
    }
}

/// The file a path names once its symbolic links are followed (the path itself when it is
/// not a link or does not exist yet). A link whose target is missing is written as that
/// target, as an editor would.
fn link_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // The kernel's own limit on links followed in one lookup (Linux's MAXSYMLINKS).
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if to.is_relative() => parent.join(to),
                    _ => to,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// How the temporary copies of a review file begin: a dot (hidden) and the file's name, so
/// that stale ones are known for what they are.
fn copy_prefix(target: &Path) -> String {
    format!(
        ".{}.",
        target.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// Removes the temporary copies of `target` left by a save that was killed (best effort:
/// what cannot be removed is left to the next save).
fn remove_stale_copies(folder: &Path, target: &Path) {
    let prefix = copy_prefix(target);
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The lock that orders the saves of readers sharing a review file: `<file>.lock`, holding
/// the number of the process that has it. It is removed when released.
struct Lock {
    file: File,
    path: PathBuf,
}

/// Why a lock was not taken.
enum Taken {
    /// Another process held it for the whole wait; its number, when known.
    Busy(Option<u32>),
    Failed(std::io::Error),
}

impl Lock {
    fn take(target: &Path, wait: Duration) -> Result<Lock, Taken> {
        let mut name = target.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        let path = target.with_file_name(name);
        let deadline = Instant::now() + wait;
        loop {
            let mut file = fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .read(true)
                .write(true)
                .open(&path)
                .map_err(Taken::Failed)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(Taken::Busy(holder(&mut file)));
                    }
                    std::thread::sleep(Duration::from_millis(20));
                    continue;
                }
                Err(fs::TryLockError::Error(e)) => return Err(Taken::Failed(e)),
            }
            // The holder before us removed the file as it let go: the lock we hold is on a
            // file no one else will open. Take the one now at the path.
            if !same_file(&file, &path) {
                continue;
            }
            let _ = file.set_len(0);
            let _ = write!(file, "{}", std::process::id());
            return Ok(Lock { file, path });
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still held, so that whoever opened it meanwhile sees that it is gone
        // (`same_file`) and opens a fresh one.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

/// The process number a lock file holds.
fn holder(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

/// Whether the open file is still the one at `path`.
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the file is never removed while held by another, so it is always the same.
#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}

/// Writes a file driftview makes for the user (an export) whole or not at all: a temporary
/// file in the same folder, synced, renamed over the target (whose permissions it keeps).
pub fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let existing = fs::metadata(path).ok();
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    let file = temp.as_file_mut();
    file.write_all(bytes)?;
    if let Some(m) = &existing {
        file.set_permissions(m.permissions())?;
    }
    file.sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A text's 64-bit FNV-1a hash: the same on every machine and in every release (std's
/// hasher is neither), for file names that must be found again.
pub fn fingerprint(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Where the review of two documents lives by default: `reviews/` in driftview's data folder,
/// named after both files and a hash of their absolute paths (FNV-1a: stable across runs and
/// versions, unlike std's hasher).
pub fn default_path(data_dir: &Path, old: &Path, new: &Path) -> PathBuf {
    // A file is keyed by where it is, whatever folder driftview was started from; a document
    // with no file (the bundled samples) by its name alone, so its review is found again from
    // any folder.
    let absolute = |p: &Path| {
        if p.exists() {
            std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
        } else {
            p.to_path_buf()
        }
    };
    let key = format!("{}\0{}", absolute(old).display(), absolute(new).display());
    let hash = fingerprint(&key);
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

    #[test]
    fn a_document_with_no_file_keeps_its_review_whatever_the_folder() {
        let dir = Path::new("/data");
        let path = default_path(dir, Path::new("samples/a.txt"), Path::new("samples/b.txt"));
        let hash = fingerprint("samples/a.txt\0samples/b.txt");
        assert_eq!(
            path,
            dir.join("reviews").join(format!("a--b-{hash:016x}.json"))
        );
        // A file is keyed by its absolute path.
        let here = std::env::current_dir().unwrap().join("Cargo.toml");
        assert_eq!(
            default_path(dir, Path::new("Cargo.toml"), Path::new("samples/b.txt")),
            default_path(dir, &here, Path::new("samples/b.txt"))
        );
    }

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
        save(&path, &first, &HashSet::from([anchor("Biden")]).into()).unwrap();
        // The second reader never saw the first's verdict and marks another finding.
        second.set(
            anchor("Putin"),
            Some(Verdict::Acceptable),
            Some("fine".into()),
        );
        let merged = save(&path, &second, &HashSet::from([anchor("Putin")]).into()).unwrap();
        assert_eq!(merged.entries.len(), 2);
        let on_disk = load(&path).unwrap().unwrap();
        assert_eq!(on_disk, merged);
        // Clearing in one session removes only that entry.
        first.set(anchor("Biden"), None, None);
        let merged = save(&path, &first, &HashSet::from([anchor("Biden")]).into()).unwrap();
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
        assert!(save(&path, &ours, &HashSet::from([anchor("X")]).into()).is_err());
        assert_eq!(fs::read(&path).unwrap(), b"{\"entries\": [oops");
        assert!(load(&dir.join("none.json")).unwrap().is_none());
        fs::remove_dir_all(&dir).unwrap();
    }

    /// A review with one verdict, and the anchor that changed.
    fn one_verdict(name: &str) -> (Review, Changes) {
        let mut review = Review::new("a", "b");
        review.set(anchor(name), Some(Verdict::Error), None);
        (review, HashSet::from([anchor(name)]).into())
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_review_is_written_through_and_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("link");
        fs::create_dir_all(dir.join("real")).unwrap();
        let target = dir.join("real/r.json");
        let link = dir.join("r.json");
        let (review, changed) = one_verdict("Biden");
        save(&target, &review, &changed).unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o644)).unwrap();
        std::os::unix::fs::symlink("real/r.json", &link).unwrap();
        let (review, changed) = one_verdict("Putin");
        let merged = save(&link, &review, &changed).unwrap();
        assert_eq!(merged.entries.len(), 2);
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644);
        assert_eq!(load(&target).unwrap().unwrap(), merged);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_review_is_refused_and_left_alone() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("readonly");
        let path = dir.join("r.json");
        let (review, changed) = one_verdict("Biden");
        save(&path, &review, &changed).unwrap();
        let before = fs::read(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let (review, changed) = one_verdict("Putin");
        let e = save(&path, &review, &changed).unwrap_err();
        assert!(matches!(e, ReviewError::ReadOnly { .. }), "{e}");
        assert!(e.to_string().contains("read-only"), "{e}");
        assert_eq!(fs::read(&path).unwrap(), before);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_killed_saves_copies_are_cleaned_and_the_lock_file_removed() {
        let dir = scratch("stale");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("r.json");
        // What a save killed between writing its copy and renaming it leaves behind.
        fs::write(dir.join(".r.json.AbC123.tmp"), b"half").unwrap();
        fs::write(dir.join(".other.json.XyZ.tmp"), b"not ours").unwrap();
        let (review, changed) = one_verdict("Biden");
        save(&path, &review, &changed).unwrap();
        let mut left: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, [".other.json.XyZ.tmp", "r.json"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_held_lock_is_waited_for_a_bounded_time_and_named() {
        let dir = scratch("busy");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("r.json");
        // Another reader holds the lock (a second open file conflicts like another process).
        let other = Lock::take(&path, Duration::ZERO).ok().unwrap();
        let (review, changed) = one_verdict("Biden");
        let started = Instant::now();
        let e = save_waiting(&path, &review, &changed, Duration::from_millis(100)).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(5));
        let pid = std::process::id();
        assert!(
            matches!(e, ReviewError::Locked { holder: Some(p), .. } if p == pid),
            "{e}"
        );
        assert!(e.to_string().contains(&format!("process {pid}")), "{e}");
        assert!(!path.exists());
        drop(other);
        save(&path, &review, &changed).unwrap();
        assert_eq!(load(&path).unwrap().unwrap().entries.len(), 1);
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
