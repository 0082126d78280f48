//! The short name a document goes by where its whole path does not fit: its file name.

use std::path::Path;

/// A path's extension in lower case (empty when it has none): how a file's format is told
/// by its name.
pub fn lowercase_extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// The file name of a path (the whole path when it has none, as `/`); standard input and
/// pipes (`<(command)` is `/dev/fd/63`) are named as what they are, not by a number.
pub(crate) fn file_label(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "standard input".to_string();
    }
    let fd = path
        .strip_prefix("/dev/fd")
        .or_else(|_| path.strip_prefix("/proc/self/fd"));
    if let Ok(n) = fd {
        return format!("pipe {}", n.display());
    }
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
