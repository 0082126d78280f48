//! Non-interactive output of a comparison: JSON (a contract), markdown, and side-by-side text.

mod ansi;
pub(crate) mod csv;
pub use csv::BOM;
pub mod json;
pub mod ladder;
pub mod markdown;
pub mod matrix;
pub mod side_by_side;
pub mod theme;
pub mod versions;
pub mod versions_tables;

/// What the reports call a comparison's two sides: a source and its translation across
/// languages, else the old and the new version.
pub(crate) fn side_names(cmp: &crate::comparison::Comparison) -> (&'static str, &'static str) {
    if cmp.across {
        ("source", "translation")
    } else {
        ("old", "new")
    }
}

/// The report formats `driftview report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The JSON contract, compact on one line.
    Json,
    /// A review document.
    Markdown,
    /// A summary, the findings and the side-by-side view.
    Text,
}

/// How the text views are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOptions {
    /// Total columns available.
    pub width: usize,
    /// ANSI escapes, or (when false) plain text with `[-…-]`/`{+…+}` markers.
    pub color: bool,
    /// One column instead of two.
    pub inline: bool,
    /// Show only the rows that differ and this many unchanged rows around each stretch of
    /// them; the rest fold into one line each. `None`: every row.
    pub context: Option<usize>,
    /// Number the rows (1-based, as findings name them) in the margin.
    pub numbered: bool,
    /// The colours of the changes when `color` is on.
    pub theme: theme::Theme,
}

impl TextOptions {
    /// The theme to paint with, or `None` for plain text with markers.
    pub(crate) fn painter(&self) -> Option<&theme::Theme> {
        self.color.then_some(&self.theme)
    }

    /// Whether changes are marked `[-…-]`/`{+…+}`: when no colour tells deleted from
    /// inserted words.
    pub(crate) fn markers(&self) -> bool {
        self.painter().and_then(|t| t.palette).is_none()
    }
}
