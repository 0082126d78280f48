//! Why a path could not be loaded, as one line naming the file and the reason.

use std::path::{Path, PathBuf};

use super::decode::DecodeError;
use super::file_name::file_label;
use super::io_reason::io_reason;
use super::read_bytes::MEGABYTE;

/// Why a path could not be loaded; `Display` is the one-line message users see.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file or folder", .0.display())]
    /// The path does not exist.
    Missing(PathBuf),
    #[error("{}: cannot read: {}", path.display(), io_reason(reason))]
    /// The file exists but reading it failed.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why reading failed.
        reason: std::io::Error,
    },
    #[error("{}: {reason}", path.display())]
    /// The file is binary, or not in an encoding driftview reads.
    NotText {
        /// The file.
        path: PathBuf,
        /// What is wrong with its bytes.
        reason: DecodeError,
    },
    #[error("{}: larger than {} MiB, the most driftview reads (--max-size raises it)", path.display(), limit / MEGABYTE)]
    /// The file is over the size limit.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    #[error("{}: empty file", .0.display())]
    /// The file holds no text.
    Empty(PathBuf),
    #[error("{}: is a folder, a file is needed here", .0.display())]
    /// A folder where one file was needed.
    IsFolder(PathBuf),
    #[error("{}: no readable documents in this folder", .0.display())]
    /// A folder with no readable document in it.
    EmptyFolder(PathBuf),
    #[error("{}: {reason}", path.display())]
    /// A bilingual file (PO, XLIFF) that does not read as one.
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    #[error("{}: {reason}", path.display())]
    /// A file's versions could not be read from git.
    NoHistory {
        /// The file.
        path: PathBuf,
        /// Why: not in a repository, no commits, git missing.
        reason: String,
    },
}

impl LoadError {
    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Missing(p)
            | LoadError::Empty(p)
            | LoadError::IsFolder(p)
            | LoadError::EmptyFolder(p) => p,
            LoadError::Unreadable { path, .. }
            | LoadError::NoHistory { path, .. }
            | LoadError::Malformed { path, .. }
            | LoadError::NotText { path, .. }
            | LoadError::TooLarge { path, .. } => path,
        }
    }

    /// The message with the file's name instead of its whole path (for narrow places).
    pub fn short(&self) -> String {
        let full = self.path().display().to_string();
        self.to_string()
            .replacen(&full, &file_label(self.path()), 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::corpus::{LoadOptions, from_bytes, load_file};

    #[test]
    fn errors_name_the_file() {
        let missing = load_file(Path::new("/no/such/file.txt")).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "/no/such/file.txt: no such file or folder"
        );
        let binary =
            from_bytes(Path::new("x.bin"), b"\0\x01", &LoadOptions::default()).unwrap_err();
        assert_eq!(
            binary.to_string(),
            "x.bin: binary file (contains NUL bytes)"
        );
        let empty = from_bytes(Path::new("e.txt"), b" \n", &LoadOptions::default()).unwrap_err();
        assert_eq!(empty.to_string(), "e.txt: empty file");
    }
}
