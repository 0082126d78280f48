//! The short name a document goes by where its whole path does not fit: its file name.

use std::path::Path;

/// The file name of a path (the whole path when it has none, as `-` or `/`).
pub(crate) fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
