//! Which documents the panes compare: the list selection, old and new, the cache of
//! comparisons, the workers' reports, and documents read again.

use std::sync::Arc;
use std::time::Instant;

use driftview::Document;

use super::{Against, App, Mode, Request};
use crate::tui::action::Action;
use crate::tui::view::{Middle, PaneView};
use crate::tui::worker::{Report, SeverityCounts, Trio};

impl App {
    /// Whether the comparison of `old` and `new` under `options` is in the cache.
    #[cfg(test)]
    pub(in crate::tui) fn has_compared(
        &self,
        old: usize,
        new: usize,
        options: driftview::DiffOptions,
    ) -> bool {
        self.jobs.compared.contains_key(&(old, new, options))
    }

    /// Moving in the list and choosing what the panes show.
    pub(super) fn choose(&mut self, action: Action) {
        match action {
            Action::SelectBy(d) => self.select(self.list.selected.saturating_add_signed(d)),
            Action::SelectAt(i) => {
                self.select(i);
                self.choose_new(self.list.selected);
            }
            Action::SetOld => self.choose_old(self.list.selected),
            Action::SetNew => self.choose_new(self.list.selected),
            Action::SwapPanes => self.swap(),
            Action::SetMiddle => self.middle_from_list(),
            _ => {}
        }
    }

    /// Documents read again: each is the old one (the same `Arc`) or its new text. Everything
    /// measured is measured afresh; the panes come back at the row they showed. Returns
    /// whether any document changed.
    pub(in crate::tui) fn replace_docs(&mut self, docs: Vec<Arc<Document>>) -> bool {
        if docs
            .iter()
            .zip(self.docs.iter())
            .all(|(a, b)| Arc::ptr_eq(a, b))
        {
            return false;
        }
        self.panes.reload_row = Some(self.current_row());
        self.words = docs.iter().map(|d| d.word_count()).collect();
        if self.mode != Mode::FolderPairs {
            self.labels = super::list_labels(&docs);
        }
        self.docs = Arc::new(docs);
        self.jobs.compared.clear();
        self.jobs.trios.clear();
        self.history = None;
        self.forget_list_figures();
        self.jobs.outbox.push(Request::Similarities {
            old: self.old,
            options: self.options,
        });
        self.show_pair();
        true
    }

    /// The list's figures for `new` against `old` from their comparison.
    fn list_figures(
        &mut self,
        old: usize,
        new: usize,
        options: driftview::DiffOptions,
        comparison: &driftview::Comparison,
    ) {
        let figures = Against {
            similarity: comparison.similarity,
            findings: SeverityCounts::of(&comparison.findings),
        };
        if self.mode == Mode::FolderPairs
            && old.is_multiple_of(2)
            && new == old + 1
            && options == self.options
        {
            // Two folders: both entries of a file show its two sides' figures.
            self.list.against_old[old] = Some(figures);
            self.list.against_old[new] = Some(figures);
        } else if old == self.old && options == self.options && self.mode != Mode::FolderPairs {
            self.list.against_old[new] = Some(figures);
        }
    }

    pub(in crate::tui) fn on_report(&mut self, report: Report) {
        match report {
            Report::Compared {
                old,
                new,
                options,
                comparison,
            } => {
                // Rows shown before their checks are done have no findings to count yet.
                let checked = comparison.checked;
                if checked {
                    self.list_figures(old, new, options, &comparison);
                    if self.status.message.as_deref() == Some(super::navigation::STILL_CHECKING) {
                        self.status.message = None;
                    }
                }
                self.jobs.compared.insert((old, new, options), comparison);
                if Some((old, new)) == self.shown_pair() && options == self.options {
                    self.show_pair();
                }
                if !checked {
                    self.jobs.outbox.push(Request::RowsShown);
                }
            }
            Report::Similarity {
                old,
                doc,
                value,
                findings,
            } => {
                if old == self.old {
                    self.list.against_old[doc] = Some(Against {
                        similarity: value,
                        findings,
                    });
                }
            }
            Report::ComparedHistory { options, versions } => {
                self.history = Some((versions, options));
                self.show_pair();
            }
            Report::ComparedTrio { trio, versions } => {
                if trio.old == self.old
                    && trio.options == self.options
                    && self.mode != Mode::FolderPairs
                {
                    for (doc, link) in [(trio.middle, 0), (trio.new, 1)] {
                        let c = &versions.links[link].comparison;
                        self.list.against_old[doc] = Some(Against {
                            similarity: c.similarity,
                            findings: SeverityCounts::of(&c.findings),
                        });
                    }
                }
                self.jobs.trios.insert(trio, versions);
                if Some(trio) == self.trio() {
                    self.show_pair();
                }
            }
            Report::BestPair { old, new } => {
                if !self.user_chose {
                    self.old = old;
                    self.new = Some(new);
                    self.list.selected = new;
                    self.forget_list_figures();
                    self.jobs.outbox.push(Request::Similarities {
                        old,
                        options: self.options,
                    });
                    self.show_pair();
                }
            }
        }
    }

    /// The list's similarity and findings columns are relative to `old`: measured afresh when
    /// it changes. Pairs already compared are filled from the cache at once: the list worker
    /// leaves them to the pair worker, which is not asked again for what is cached.
    pub(super) fn forget_list_figures(&mut self) {
        let paired = self.mode == Mode::FolderPairs;
        for (doc, slot) in self.list.against_old.iter_mut().enumerate() {
            // Two folders: a file's entries are measured side against side, whatever is old.
            let key = if paired {
                (doc & !1, doc | 1, self.options)
            } else {
                (self.old, doc, self.options)
            };
            *slot = self.jobs.compared.get(&key).map(|c| Against {
                similarity: c.similarity,
                findings: SeverityCounts::of(&c.findings),
            });
        }
    }

    pub(super) fn select(&mut self, index: usize) {
        if self.docs.is_empty() {
            return;
        }
        self.list.selected = index.min(self.docs.len() - 1);
        self.list.keep_selection_visible();
        self.list.pending = Some(Instant::now());
    }

    /// With two folders open, the pair an entry belongs to: (left, right).
    fn folder_pair(&self, index: usize) -> Option<(usize, usize)> {
        let (left, right) = (index & !1, index | 1);
        (self.mode == Mode::FolderPairs && right < self.docs.len()).then_some((left, right))
    }

    pub(super) fn choose_new(&mut self, index: usize) {
        self.list.pending = None;
        self.user_chose = true;
        // Two folders: an entry stands for its file's pair, left against right.
        if let Some((left, right)) = self.folder_pair(index) {
            if (self.old, self.new) != (left, Some(right)) {
                self.new = Some(right);
                self.old = left;
                self.old_changed();
            }
            return;
        }
        if index == self.old || self.new == Some(index) {
            return;
        }
        if self.middle == Some(index) {
            self.middle = None;
        }
        self.new = Some(index);
        self.panes.reload_row = None;
        self.show_pair();
    }

    /// `m` on the list's selection. Moving in the list makes the selection the new pane after
    /// a pause, so `m` found it was the new pane already (or, pressed quickly, the pending
    /// choice undid it): `m` takes the selection as the middle pane instead, dropping the
    /// pending choice, or bringing back the new pane the selection replaced.
    pub(super) fn middle_from_list(&mut self) {
        let index = self.list.selected;
        let was_pending = self.list.pending.take().is_some();
        let replaced = self.replaced_new.take();
        if !was_pending
            && self.new == Some(index)
            && let Some(previous) = replaced.filter(|&p| p != self.old && p != index)
        {
            self.new = Some(previous);
        }
        self.choose_middle(index);
    }

    /// A third document between old and new: the round trip's translation, with the old pane
    /// its original and the new pane its back-translation. Chosen again, it closes.
    pub(super) fn choose_middle(&mut self, index: usize) {
        if self.mode == Mode::FolderPairs {
            self.status.message = Some("two folders are pairs of files: no middle pane".into());
            return;
        }
        if self.middle == Some(index) {
            self.middle = None;
        } else if index == self.old || self.new == Some(index) || self.new.is_none() {
            self.status.message = Some(
                "the middle pane takes a third document: choose one besides old and new".into(),
            );
            return;
        } else {
            self.middle = Some(index);
        }
        self.panes.reload_row = None;
        self.show_pair();
    }

    /// The next (or previous) pair of neighbours in the list's order: versions k and k+1 of a
    /// history. The row on screen stays, as the rows of a history are the same in every pair.
    pub(super) fn step_pair(&mut self, forward: bool) {
        let n = self.docs.len();
        if n < 2 {
            return;
        }
        let adjacent = self.new == Some(self.old + 1);
        let old = match (adjacent, forward) {
            (false, _) => self.old.min(n - 2),
            (true, true) if self.old + 2 < n => self.old + 1,
            (true, false) if self.old > 0 => self.old - 1,
            (true, true) => {
                self.status.message = Some("the last pair of versions".into());
                return;
            }
            (true, false) => {
                self.status.message = Some("the first pair of versions".into());
                return;
            }
        };
        let row = self.focus_row();
        self.user_chose = true;
        self.middle = None;
        self.old = old;
        self.new = Some(old + 1);
        self.list.selected = old + 1;
        self.forget_list_figures();
        self.jobs.outbox.push(Request::Similarities {
            old,
            options: self.options,
        });
        self.panes.reload_row = (self.mode == Mode::History).then_some(row);
        self.show_pair();
    }

    /// The documents are versions in order: the panes show the first against the second,
    /// and `<` `>` step through the pairs.
    pub(in crate::tui) fn open_history(&mut self) {
        self.mode = Mode::History;
        self.user_chose = true;
        (self.old, self.new, self.list.selected) = (0, Some(1), 1);
        self.jobs
            .outbox
            .retain(|r| !matches!(r, Request::Compare { .. }));
        self.show_pair();
    }

    /// The first three documents as a round trip: original | translation | back-translation.
    pub(in crate::tui) fn open_round_trip(&mut self) {
        if self.docs.len() < 3 {
            return;
        }
        self.mode = Mode::RoundTrip;
        self.user_chose = true;
        (self.old, self.middle, self.new, self.list.selected) = (0, Some(1), Some(2), 1);
        // The first pair that opening asked for is not what the panes will show.
        self.jobs
            .outbox
            .retain(|r| !matches!(r, Request::Compare { .. }));
        self.show_pair();
    }

    /// The round trip on screen, when a middle pane is open.
    pub(super) fn trio(&self) -> Option<Trio> {
        let (middle, new) = (self.middle?, self.new?);
        (middle != self.old && middle != new).then_some(Trio {
            old: self.old,
            middle,
            new,
            options: self.options,
        })
    }

    pub(super) fn choose_old(&mut self, index: usize) {
        self.user_chose = true;
        if index == self.old {
            return;
        }
        if self.new == Some(index) {
            self.new = Some(self.old);
        }
        if self.middle == Some(index) {
            self.middle = None;
        }
        self.old = index;
        self.old_changed();
    }

    pub(super) fn swap(&mut self) {
        if let Some(new) = self.new {
            self.user_chose = true;
            let old = self.old;
            self.new = Some(old);
            self.old = new;
            self.old_changed();
        }
    }

    /// A new reference document: the list's figures are measured against it afresh.
    pub(super) fn old_changed(&mut self) {
        self.panes.reload_row = None;
        self.forget_list_figures();
        self.jobs.outbox.push(Request::Similarities {
            old: self.old,
            options: self.options,
        });
        self.show_pair();
    }

    /// The documents the panes compare: old and new, or a lone document with itself.
    pub(super) fn shown_pair(&self) -> Option<(usize, usize)> {
        match self.new {
            Some(new) => Some((self.old, new)),
            None if self.docs.len() == 1 => Some((self.old, self.old)),
            None => None,
        }
    }

    /// Shows the current pair (or round trip, or pair of a history) from the cache, or asks
    /// for it and shows progress meanwhile.
    pub(super) fn show_pair(&mut self) {
        // A lone document is compared with itself so the old pane can show it; the new pane
        // says how to open another.
        let Some((_, new)) = self.shown_pair() else {
            self.panes.view = None;
            return;
        };
        let (found, request) = self.cached_view(new);
        let same_pair = self.comparison().is_some_and(|c| {
            Arc::ptr_eq(&c.docs.old, &self.docs[self.old])
                && Arc::ptr_eq(&c.docs.new, &self.docs[new])
        });
        match found {
            Some((cmp, middle)) => {
                self.jobs.waiting_since = None;
                let row = match self.panes.reload_row.take() {
                    Some(row) => row,
                    None if same_pair => self.current_row(),
                    None => 0,
                };
                if !same_pair {
                    self.panes.cursor = Default::default();
                }
                // The panel's selection belongs to the findings on screen: another pair (or the
                // same pair swapped, which can find fewer) starts at the first.
                self.panel.selected = if same_pair {
                    self.panel
                        .selected
                        .min(cmp.findings.len().saturating_sub(1))
                } else {
                    0
                };
                self.panes.view = Some(PaneView::with_middle(cmp, middle, self.panes.look()));
                self.sync_review();
                self.refresh_search();
                self.scroll_to_row(row);
            }
            None => {
                if !same_pair {
                    self.panes.view = None;
                    self.panes.top = 0;
                }
                self.jobs.waiting_since = Some(Instant::now());
                self.jobs.outbox.push(request);
            }
        }
    }

    /// What the panes show for `old` against `new`: a history's pair, a round trip, or a
    /// pair, from the cache; and the request that computes it when it is not there.
    #[allow(clippy::type_complexity)]
    pub(super) fn cached_view(
        &self,
        new: usize,
    ) -> (
        Option<(Arc<driftview::Comparison>, Option<Middle>)>,
        Request,
    ) {
        if self.mode == Mode::History && new == self.old + 1 {
            let pair = self
                .history
                .as_ref()
                .filter(|(_, o)| *o == self.options)
                .map(|(v, _)| (v.links[self.old].comparison.clone(), None));
            return (pair, Request::CompareHistory(self.options));
        }
        match self.trio() {
            Some(trio) => (
                self.jobs.trios.get(&trio).map(|v| {
                    let middle = Middle {
                        comparison: v.links[0].comparison.clone(),
                        introduced_by: v.links[1].introduced_by.clone(),
                        parts: v.links[1].parts.clone(),
                    };
                    (v.links[1].comparison.clone(), Some(middle))
                }),
                Request::CompareTrio(trio),
            ),
            None => (
                self.jobs
                    .compared
                    .get(&(self.old, new, self.options))
                    .map(|c| (c.clone(), None)),
                Request::Compare {
                    old: self.old,
                    new,
                    options: self.options,
                },
            ),
        }
    }

    pub(super) fn rebuild_view(&mut self) {
        let row = self.current_row();
        if let Some(v) = self.panes.view.take() {
            self.panes.view = Some(PaneView::with_middle(
                v.comparison,
                v.middle,
                self.panes.look(),
            ));
            self.scroll_to_row(row);
        }
    }
}
