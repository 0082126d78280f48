//! The settings a configuration file can make, and their defaults.

use driftview::report::theme::{Colour, Theme};
use driftview::review::ScoringModel;

/// What the file can set; `Config::default()` is what driftview does without one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Config {
    /// The built-in theme `theme` names, if it does.
    pub theme: Option<Theme>,
    /// Roles given colours of their own under `[colours]`, in the file's order.
    pub colours: Vec<(String, Colour)>,
    /// Actions given keys of their own under `[keys]`: action name, key labels.
    pub keys: Vec<(String, Vec<String>)>,
    /// `[diff]`: the word-diff options before the command line's flags (which can only add).
    pub diff: DiffDefaults,
    /// The pager for `diff` and `report` (after `DRIFTVIEW_PAGER`, before `PAGER`).
    pub pager: Option<String>,
    /// The document list's columns in the reader (default: a quarter of the screen, 22-44).
    pub list_width: Option<u16>,
    /// `[review]`: the error categories, the severities' weights and the pass threshold.
    pub scoring: ScoringModel,
    /// `[review] advance`: a verdict key moves on to the next finding without a verdict.
    pub advance: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: None,
            colours: Vec::new(),
            keys: Vec::new(),
            diff: DiffDefaults::default(),
            pager: None,
            list_width: None,
            scoring: ScoringModel::default(),
            advance: true,
        }
    }
}

/// The word-diff options a configuration turns on by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DiffDefaults {
    pub ignore_case: bool,
    pub ignore_punctuation: bool,
    pub exact_whitespace: bool,
}

impl Config {
    /// The theme with the file's own colours on top, if the file chose a theme or colours.
    pub(crate) fn chosen_theme(&self) -> Option<Theme> {
        (self.theme.is_some() || !self.colours.is_empty()).then(|| self.painted_theme())
    }

    /// The theme with the file's own colours on top (colour when the file names none).
    pub(crate) fn painted_theme(&self) -> Theme {
        self.theme
            .unwrap_or(Theme::COLOUR)
            .with_colours(&self.colours)
    }
}
