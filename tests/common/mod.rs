//! Helpers shared by the integration tests, written once: the bundled samples, the binary,
//! scratch folders, and (in `pty`) the reader in a pseudo-terminal.

// Each test crate uses its own part of these helpers.
#![allow(dead_code)]

pub(crate) mod git;
pub(crate) mod injection;
pub(crate) mod ladder;
pub(crate) mod pty;
pub(crate) mod verses;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The bundled sample whose file name starts with `NN-`.
pub(crate) fn sample(n: u8) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/samples");
    let prefix = format!("{n:02}-");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&prefix)
        })
        .expect("sample exists")
}

pub(crate) use pty::{NO_CONFIG_HOME, test_data_home};

/// The binary under test, with the user's `NO_COLOR`, pager, configuration, review folder
/// and git settings taken out of its environment.
pub(crate) fn driftview() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_driftview"));
    cmd.env_remove("NO_COLOR")
        .env_remove("DRIFTVIEW_CONFIG")
        .env_remove("GIT_PAGER_IN_USE")
        .env("XDG_CONFIG_HOME", NO_CONFIG_HOME)
        .env("XDG_DATA_HOME", test_data_home())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    cmd
}

/// A JSON report's findings (its `findings` array, or `--findings-only`'s whole output) as
/// (row, kind, message), to compare a whole list at once.
pub(crate) fn row_kind_message(findings: &serde_json::Value) -> Vec<(u64, &str, &str)> {
    findings
        .as_array()
        .expect("an array of findings")
        .iter()
        .map(|f| {
            (
                f["row"].as_u64().unwrap(),
                f["kind"].as_str().unwrap(),
                f["message"].as_str().unwrap(),
            )
        })
        .collect()
}

/// A folder of its own for one test, removed when dropped.
pub(crate) struct Scratch(PathBuf);

impl Scratch {
    /// A fresh, empty folder named after the test (and this process, so runs do not meet).
    pub(crate) fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("driftview-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// The folder.
    pub(crate) fn path(&self) -> &Path {
        &self.0
    }

    /// A file in the folder holding `bytes`.
    pub(crate) fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
