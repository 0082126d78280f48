//! The search box: the query as it is typed, and the rows whose text holds it.

use rayon::prelude::*;

use driftview::{Comparison, Side};

use super::{App, Search};
use crate::tui::action::{Action, Focus};
use crate::tui::line_edit::LineEdit;
use crate::tui::search;

impl App {
    /// The search box: opening it, typing, keeping or dropping the query.
    pub(super) fn edit_search(&mut self, action: Action) {
        // `n` walks the matches of the new query from where the typing left the panes.
        self.panes.cursor.row = None;
        match action {
            Action::StartSearch => {
                self.search = Search {
                    editing: true,
                    in_list: (self.focus == Focus::List).then_some(self.list.selected),
                    ..Search::default()
                };
            }
            Action::ClearSearch if self.help.shown => self.help.shown = false,
            Action::ClearSearch => self.search = Search::default(),
            Action::TypeChar(c) => self.search_input(|q| q.insert(c)),
            Action::EraseChar => self.search_input(LineEdit::erase),
            Action::DeleteChar => self.search_input(LineEdit::delete),
            Action::MoveCursor(how) => self.search.query.move_cursor(how),
            Action::AcceptText => self.search_done(true),
            Action::CancelText => self.search_done(false),
            _ => {}
        }
    }

    /// An edit of the query: the matches found again.
    pub(super) fn search_input(&mut self, edit: impl FnOnce(&mut LineEdit)) {
        edit(&mut self.search.query);
        if let Some(origin) = self.search.in_list {
            self.list_search_input(origin);
            return;
        }
        self.refresh_search();
        if let Some(&row) = self.search.rows.iter().find(|&&r| r >= self.current_row()) {
            self.scroll_to_row(row);
        }
    }

    /// Enter keeps the query and leaves the box; Esc drops it.
    pub(super) fn search_done(&mut self, keep: bool) {
        if keep && !self.search.query.text.is_empty() {
            self.search.editing = false;
        } else {
            // Esc in the list's search: back to the document selected before it.
            if let Some(origin) = self.search.in_list.filter(|_| !keep)
                && origin != self.list.selected
            {
                self.select(origin);
            }
            self.search = Search::default();
        }
    }

    pub(super) fn refresh_search(&mut self) {
        if self.search.in_list.is_some() {
            self.search.documents = self.documents_matching();
            return;
        }
        let Some(cmp) = self.comparison().cloned() else {
            self.search.rows.clear();
            return;
        };
        let q = &self.search.query.text;
        self.search.rows = (0..cmp.rows.len())
            .into_par_iter()
            .filter(|&k| Side::BOTH.iter().any(|&s| holds(&cmp, k, s, q)))
            .collect();
    }
}

/// Whether row `k`'s `side` holds `query` as the panes show it. A hard-wrapped text reads
/// reflowed there: a phrase across a line break, a justified gap as one space, a word groff
/// hyphenated at a line's end as one word ("specified", not "speci‐" and "fied").
fn holds(cmp: &Comparison, k: usize, side: Side, query: &str) -> bool {
    let text = cmp.text(&cmp.rows[k], side);
    match cmp.wrap_width.get(side) {
        Some(_) => search::contains_reflowed(text, query),
        None => search::contains(text, query),
    }
}
