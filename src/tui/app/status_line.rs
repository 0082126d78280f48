//! What the status bar says besides the pair's figures: the files that could not be opened, a
//! one-off line answering the last action ("last finding"), and the disk's news about the
//! documents on screen.

use std::borrow::Cow;

/// The status bar's lines.
#[derive(Debug, Default)]
pub(in crate::tui) struct StatusLine {
    /// Files that could not be opened, one line each.
    pub notices: Vec<String>,
    /// A one-off line, cleared by the next action.
    pub message: Option<Cow<'static, str>>,
    /// A shown document changed or vanished on disk, or could not be read again: one line.
    pub disk: Option<String>,
}
