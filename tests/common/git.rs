//! A real git repository in a scratch folder, for the tests that drive git.

use std::process::Command;

use super::{Scratch, sample};

pub(crate) fn git_available() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if !found {
        eprintln!("git is not installed: the git tests are passed over");
    }
    found
}

/// A repository with two commits: one file changed, one deleted, one added, one binary.
pub(crate) fn repository(dir: &Scratch) -> std::path::PathBuf {
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(&repo)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    std::fs::copy(sample(2), repo.join("story.txt")).unwrap();
    std::fs::copy(sample(4), repo.join("gone.txt")).unwrap();
    std::fs::write(repo.join("image.bin"), b"\x00\x01\x02 binary").unwrap();
    git(&["add", "."]);
    git(&["commit", "-qm", "first"]);
    std::fs::copy(sample(1), repo.join("story.txt")).unwrap();
    std::fs::remove_file(repo.join("gone.txt")).unwrap();
    std::fs::copy(sample(5), repo.join("added.txt")).unwrap();
    std::fs::write(repo.join("image.bin"), b"\x00\x03 binary").unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-qm", "second"]);
    repo
}
