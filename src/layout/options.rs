//! How a row is laid out: the settings every layout function takes.

/// Layout settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LayoutOptions {
    /// Columns per side.
    pub width: usize,
    /// Wrap changes in `[-…-]` / `{+…+}` so they show without colour.
    pub markers: bool,
    /// Across languages, underline the words the aligner learned to link (word counterparts)
    /// beside the numbers and names both sides keep.
    pub counterparts: bool,
}
