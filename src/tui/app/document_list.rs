//! The document list's state: the entry selected (which becomes the new pane once the
//! selection settles), the first entry shown, whether the list is shown and how wide, and
//! each document's figures against the old pane's.

use std::time::Instant;

use super::Against;

/// The document list.
#[derive(Debug, Clone)]
pub(in crate::tui) struct DocumentList {
    /// The entry selected.
    pub selected: usize,
    /// The first entry shown.
    pub offset: usize,
    /// Whether the list is shown (hidden, the panes take its columns).
    pub shown: bool,
    /// Its columns as configured; `None`: a share of the screen.
    pub width: Option<u16>,
    /// How many entries fit on screen.
    pub rows: usize,
    /// Since when the selection has waited to become the new pane (moving through the list
    /// compares only where it stops).
    pub pending: Option<Instant>,
    /// Each document measured against the old pane's, filled in by the workers.
    pub against_old: Vec<Option<Against>>,
    /// Whether the screen was narrower than [`AUTO_HIDE_BELOW`] when last measured (`None`:
    /// not yet measured).
    pub narrow: Option<bool>,
    /// Whether the list was hidden because the screen narrowed (not by the user's `L`): it
    /// comes back when the screen widens.
    pub auto_hidden: bool,
}

/// Below this many columns the list (22 at the least, to show a title's first words) takes
/// over a quarter of the screen from the panes, a third at 60: it is hidden until the screen
/// widens or the user shows it (`L`). The classic 80 columns keep it.
pub(in crate::tui) const AUTO_HIDE_BELOW: u16 = 80;

impl DocumentList {
    /// The list of `n` documents, `width` columns wide if configured.
    pub(super) fn new(n: usize, width: Option<u16>) -> DocumentList {
        DocumentList {
            selected: 0,
            offset: 0,
            shown: true,
            width,
            rows: 0,
            pending: None,
            against_old: vec![None; n],
            narrow: None,
            auto_hidden: false,
        }
    }

    /// The screen is `columns` wide: crossing [`AUTO_HIDE_BELOW`] hides the list (if shown)
    /// or brings back the list it hid. Returns whether it hid the list just now.
    pub(super) fn fit_to(&mut self, columns: u16) -> bool {
        let narrow = columns < AUTO_HIDE_BELOW;
        if self.narrow == Some(narrow) {
            return false;
        }
        self.narrow = Some(narrow);
        if narrow && self.shown {
            self.shown = false;
            self.auto_hidden = true;
            return true;
        }
        if !narrow && self.auto_hidden {
            self.shown = true;
            self.auto_hidden = false;
        }
        false
    }

    /// Scrolls so the selected entry is on screen.
    pub(super) fn keep_selection_visible(&mut self) {
        let rows = self.rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }
}
