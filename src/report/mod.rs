//! Non-interactive output of a comparison: JSON (a contract), markdown, and side-by-side text.

mod ansi;
pub mod json;
pub mod markdown;
pub mod matrix;
pub mod side_by_side;

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
    /// ANSI colours, or (when false) `[-…-]`/`{+…+}` markers.
    pub color: bool,
    /// One column instead of two.
    pub inline: bool,
    /// Show only the rows that differ and this many unchanged rows around each stretch of
    /// them; the rest fold into one line each. `None`: every row.
    pub context: Option<usize>,
    /// Number the rows (1-based, as findings name them) in the margin.
    pub numbered: bool,
}
