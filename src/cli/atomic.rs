//! Files driftview writes for the user (an annotated catalogue, a back-translation): written
//! whole or not at all by the library's `write_file`, as the review files are; an error here
//! names the file.

use std::path::Path;

use anyhow::{Result, anyhow};

/// Writes `bytes` to `path` atomically, making its folder first.
pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |e: std::io::Error| anyhow!("{}: cannot write: {e}", path.display());
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(failed)?;
    }
    driftview::review::store::write_file(path, bytes).map_err(failed)
}
