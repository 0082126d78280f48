//! Files driftview writes for the user (an annotated catalogue, a back-translation): written
//! whole or not at all, as the review files are: a temporary file in the same folder, synced,
//! then renamed over the target, keeping the permissions of a file it replaces.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, anyhow};

/// Writes `bytes` to `path` atomically; an error names the file.
pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let failed = |e: std::io::Error| anyhow!("{}: cannot write: {e}", path.display());
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(failed)?;
    let existing = std::fs::metadata(path).ok();
    let mut temp = tempfile::NamedTempFile::new_in(folder).map_err(failed)?;
    let file = temp.as_file_mut();
    file.write_all(bytes).map_err(failed)?;
    if let Some(m) = &existing {
        file.set_permissions(m.permissions()).map_err(failed)?;
    }
    file.sync_all().map_err(failed)?;
    temp.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}
