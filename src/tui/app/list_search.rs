//! `/` with the list focused: the query finds documents, not rows. The selection moves to the
//! first document at or after where the search began whose title or file name holds the
//! query, as it is typed; `n` / `N` move on to the next and previous; Esc goes back to the
//! document selected before.

use super::App;
use crate::tui::search;

impl App {
    /// The documents whose list label or file name holds the query, in list order.
    pub(super) fn documents_matching(&self) -> Vec<usize> {
        let q = &self.search.query.text;
        (0..self.docs.len())
            .filter(|&k| {
                let label = self.labels.get(k).map_or("", String::as_str);
                search::contains(label, q) || search::contains(&self.docs[k].name(), q)
            })
            .collect()
    }

    /// The query changed: the matches found again, and the first at or after the document
    /// selected when the search began (round again from the top) selected.
    pub(super) fn list_search_input(&mut self, origin: usize) {
        self.search.documents = self.documents_matching();
        let first = self
            .search
            .documents
            .iter()
            .find(|&&k| k >= origin)
            .or(self.search.documents.first());
        match first {
            Some(&k) => self.select(k),
            // Nothing holds it: back where the search began.
            None if self.list.selected != origin => self.select(origin),
            None => {}
        }
    }

    /// `n` / `N` while the list's search holds a query: the next (previous) matching document,
    /// round again at the end. Says so when none matches.
    pub(super) fn next_matching_document(&mut self, forward: bool) {
        let matches = &self.search.documents;
        let here = self.list.selected;
        let next = if forward {
            matches.iter().find(|&&k| k > here).or(matches.first())
        } else {
            matches.iter().rev().find(|&&k| k < here).or(matches.last())
        };
        match next.copied() {
            Some(k) => self.select(k),
            None => self.status.message = Some("no document matches".into()),
        }
    }
}
