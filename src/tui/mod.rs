//! The interactive reader (placeholder until the reader lands).

use std::path::PathBuf;
use std::process::ExitCode;

use driftview::DiffOptions;

pub fn run(_paths: &[PathBuf], _options: DiffOptions) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}
