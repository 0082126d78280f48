//! Helpers shared by the integration tests.

use std::path::PathBuf;

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
