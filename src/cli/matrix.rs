//! `driftview matrix`: the similarity of every pair of documents.

use std::process::ExitCode;

use anyhow::Result;

use driftview::report::matrix::{Matrix, MatrixFormat};

use super::args::{MatrixArgs, MatrixFormatArg};
use super::loading::load_many;
use super::output::{NO_PAGER, emit};
use super::progress::Progress;
use crate::environment::Environment;

/// Runs `matrix`.
pub(super) fn run(args: MatrixArgs, env: &Environment) -> Result<ExitCode> {
    let docs = load_many(&args.paths, &env.load)?;
    let progress = Progress::new("pairs compared");
    let matrix = Matrix::compute(docs, env.options, &env.knowledge, &|done, total| {
        progress.update(done, total)
    });
    progress.finish();
    let format = match args.format {
        MatrixFormatArg::Text => MatrixFormat::Text,
        MatrixFormatArg::Json => MatrixFormat::Json,
        MatrixFormatArg::Csv => MatrixFormat::Csv,
        MatrixFormatArg::Tsv => MatrixFormat::Tsv,
    };
    let bom = args.bom && matches!(format, MatrixFormat::Csv | MatrixFormat::Tsv);
    emit(&NO_PAGER, env, |out| {
        if bom {
            out.write_all(driftview::report::BOM.as_bytes())?;
        }
        matrix.write(out, format)
    })?;
    Ok(ExitCode::SUCCESS)
}
