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
}

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
        }
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
