//! What a run is given besides its documents: how to read and compare them, what the
//! comparisons know (dictionaries, glossary), the colours, the pager, where reviews live and
//! the reader's keys. Built once in `main.rs` from the command line, the configuration file
//! and the environment variables, then handed to every command and to the reader (gitui's
//! `Environment`): nothing below reads `NO_COLOR` or the configuration again.

use std::path::{Path, PathBuf};

use driftview::load::LoadOptions;
use driftview::report::theme::Theme;
use driftview::{DiffOptions, Knowledge, review};

/// The run's settings.
#[derive(Debug)]
pub(crate) struct Environment {
    /// How words are compared: `-i`, `-p`, `--exact-whitespace` and the configuration's.
    pub options: DiffOptions,
    /// How documents are read: `--encoding`, `--max-size`, `--lang`.
    pub load: LoadOptions,
    /// The dictionaries and the glossary every comparison is given.
    pub knowledge: Knowledge,
    /// The colours of the reader, `diff` and the text report.
    pub theme: Theme,
    /// `NO_COLOR` is set: output coloured only when asked (`--color always`).
    pub no_color: bool,
    /// The configuration's pager, if it names one.
    pub pager: Option<String>,
    /// `--review FILE`: the review `report` exports.
    pub review: Option<PathBuf>,
    /// Where the reader keeps the reviews of the pairs.
    pub review_places: ReviewPlaces,
    /// How a review's errors are categorised and scored (the configuration's `[review]`).
    pub scoring: review::ScoringModel,
    /// Whether a verdict key moves on to the next finding without a verdict (`[review]
    /// advance`).
    pub advance: bool,
    /// Actions the configuration gives keys of their own: action name, key labels.
    pub keys: Vec<(String, Vec<String>)>,
    /// The reader's document list in columns; `None`: a quarter of the screen.
    pub list_width: Option<u16>,
    /// Something to say in the reader's status bar at start (a mistake in the configuration).
    pub notice: Option<String>,
}

/// Where the reader keeps review files.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReviewPlaces {
    /// `--review FILE`: the file of the pair of documents named on the command line (old,
    /// new, file).
    pub explicit: Option<(PathBuf, PathBuf, PathBuf)>,
    /// driftview's data folder, where every other pair's review lives.
    pub data_dir: Option<PathBuf>,
    /// Where verdicts that could not be saved are written when the reader closes (the
    /// system's temporary folder): somewhere other than the folder that refused them.
    pub fallback_dir: PathBuf,
}

impl ReviewPlaces {
    /// The review file of a pair, if there is a place for one.
    pub(crate) fn file_for(&self, old: &Path, new: &Path) -> Option<PathBuf> {
        match &self.explicit {
            Some((o, n, file)) if o == old && n == new => Some(file.clone()),
            _ => self
                .data_dir
                .as_ref()
                .map(|dir| review::default_path(dir, old, new)),
        }
    }
}
