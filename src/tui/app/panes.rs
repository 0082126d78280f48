//! The panes' state: the pair on screen laid out for the panes' width, the first line shown,
//! the panes' size, what is folded away, where the last jumps landed, and the row to come back
//! to once a pair read again is compared.

use crate::tui::view::{Fold, Look, PaneView};

/// The finding and the row the last jumps went to, in the comparison on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::tui) struct Cursor {
    /// Index of the finding `]`/`[` last showed.
    pub(in crate::tui) finding: Option<usize>,
    /// The row `n`/`N` last showed (a change, or a search match).
    pub(in crate::tui) row: Option<usize>,
    /// How many unsure rows `!` has shown, least sure first.
    pub(in crate::tui) unsure: usize,
}

/// The panes.
#[derive(Default)]
pub(in crate::tui) struct Panes {
    /// The pair (or round trip, or history pair) laid out for the panes' width.
    pub view: Option<PaneView>,
    /// The first display line shown.
    pub top: usize,
    /// Text columns of one pane.
    pub width: usize,
    /// Text lines of the panes.
    pub height: usize,
    /// What is folded away: nothing, unchanged rows, rows without findings.
    pub fold: Fold,
    /// Across languages: the words the aligner links are underlined (`W`).
    pub counterparts: bool,
    /// Each row's first line in its file beside the gutter (`#`).
    pub line_numbers: bool,
    /// Where the last jump landed, so the next one goes on from there even when the panes
    /// cannot scroll further (the last screen).
    pub cursor: Cursor,
    /// The row to return to once the pair read again is compared.
    pub reload_row: Option<usize>,
}

impl Panes {
    /// How the panes lay a comparison out: their width and what they show.
    pub(in crate::tui) fn look(&self) -> Look {
        Look {
            width: self.width,
            fold: self.fold,
            counterparts: self.counterparts,
            line_numbers: self.line_numbers,
        }
    }
}
