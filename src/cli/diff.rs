//! `driftview diff`: two documents side by side (or inline), paged on a terminal.

use std::process::ExitCode;

use anyhow::Result;

use driftview::report;

use super::args::DiffArgs;
use super::loading::load_pair;
use super::output::{emit, text_options};
use super::report::status;
use crate::environment::Environment;

/// Runs `diff`; like diff(1), identical documents print nothing and exit 0.
pub(super) fn run(args: DiffArgs, env: &Environment) -> Result<ExitCode> {
    let cmp = load_pair(&args.old, &args.new, env)?;
    let text = text_options(&args.view, args.inline, false, env);
    if cmp.stats.has_differences() {
        emit(&args.view, env, |out| {
            report::side_by_side::write(out, &cmp, &text)
        })?;
    }
    Ok(status(cmp))
}
