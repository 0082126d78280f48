//! A real git repository in a scratch folder, for the tests that drive git.

use std::process::Command;

use super::{Scratch, sample};

/// Whether git can be run. A machine without git fails the git tests, never passes them
/// silently, unless `DRIFTVIEW_NO_GIT` says to skip them (`.ci/run` sets it, and says so,
/// when it could not install git).
pub(crate) fn git_available() -> bool {
    let found = Command::new("git").arg("--version").output().is_ok();
    if found {
        return true;
    }
    assert!(
        std::env::var_os("DRIFTVIEW_NO_GIT").is_some(),
        "git is not installed: install it, or set DRIFTVIEW_NO_GIT=1 to skip the git tests"
    );
    eprintln!("SKIPPED: git is not installed and DRIFTVIEW_NO_GIT is set");
    false
}

/// Runs git in `repo` as a test user; a failure fails the test with git's complaint.
pub(crate) fn git_in(repo: &std::path::Path, args: &[&str]) {
    let out = Command::new("git")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .current_dir(repo)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The versions of a news story, in the order they were committed.
pub(crate) const STORY_VERSIONS: [&str; 5] = [
    "Storm closes harbour bridge\n\nThe harbour bridge was closed on Monday after a storm damaged one of its pillars. Police said nobody was hurt.\n",
    "Storm closes harbour bridge\n\nThe harbour bridge was closed on Monday after a storm damaged two of its pillars. Police said nobody was hurt. Traffic is being sent through the old town.\n",
    "Harbour bridge closed for repairs\n\nThe harbour bridge was closed on Monday after a storm damaged two of its pillars. Police said nobody was hurt. Traffic is being sent through the old town, where drivers waited up to 45 minutes.\n\n\"We will not reopen the bridge until every pillar has been checked,\" said Anna Berg, the city engineer.\n",
    "Harbour bridge closed for repairs\n\nThe harbour bridge was closed on Monday after a storm damaged two of its pillars. Traffic is being sent through the old town, where drivers waited up to 45 minutes.\n\n\"We will not reopen the bridge until every pillar has been checked,\" said Anna Berg, the city engineer. Repairs are expected to cost 2.5 million euros.\n",
    "Harbour bridge closed for repairs\n\nThe harbour bridge was closed on Monday after a storm damaged two of its pillars. Traffic is being sent through the old town, where drivers waited up to an hour.\n\n\"We will not reopen the bridge until every pillar has been checked,\" said Anna Berg, the city engineer. Repairs are expected to cost 3 million euros and take twelve days.\n",
];

/// A repository where a story was committed five times (and renamed from `story.txt` to
/// `bridge.txt` between the fourth and the fifth, a commit that changes no text); the path
/// of the file as it is now.
pub(crate) fn story_history(dir: &Scratch) -> std::path::PathBuf {
    let repo = dir.path().join("history");
    std::fs::create_dir_all(&repo).unwrap();
    let git = |args: &[&str]| git_in(&repo, args);
    git(&["init", "-q"]);
    for (k, text) in STORY_VERSIONS.iter().enumerate() {
        if k == 4 {
            git(&["mv", "story.txt", "bridge.txt"]);
            git(&["commit", "-qm", "rename"]);
        }
        let name = if k < 4 { "story.txt" } else { "bridge.txt" };
        std::fs::write(repo.join(name), text).unwrap();
        git(&["add", name]);
        git(&["commit", "-qm", &format!("version {}", k + 1)]);
    }
    repo.join("bridge.txt")
}

/// A repository with two commits: one file changed, one deleted, one added, one binary.
pub(crate) fn repository(dir: &Scratch) -> std::path::PathBuf {
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    let git = |args: &[&str]| git_in(&repo, args);
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
