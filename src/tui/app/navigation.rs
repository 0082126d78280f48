//! Moving through the panes: lines, pages, top and bottom, the next change, match or finding.

use driftview::{Comparison, RowKind};

use super::App;
use super::panes::Cursor;
use crate::tui::action::{Action, Focus};

/// What `]` and `[` say while a book's checks are still running (cleared when the findings
/// come).
pub(super) const STILL_CHECKING: &str = "still checking for drift: no findings yet";

impl App {
    /// Scrolling, and jumps to changes and findings. With the list or the findings panel
    /// focused, top and bottom move its selection instead.
    pub(super) fn navigate(&mut self, action: Action) {
        match action {
            Action::Top | Action::Bottom if self.focus != Focus::Panes => {
                self.select_end(action == Action::Bottom)
            }
            Action::ScrollLines(_)
            | Action::ScrollHalfPages(_)
            | Action::ScrollPages(_)
            | Action::Top
            | Action::Bottom => {
                // Moving by hand: the next jump starts from what is on screen.
                self.panes.cursor = Cursor::default();
                self.scroll_by(action);
            }
            Action::NextChange(forward) => self.jump(forward),
            Action::NextFinding(forward) => self.next_finding(forward),
            Action::NextUnsureRow => self.next_unsure_row(),
            Action::SelectFinding(d) => {
                // Moves among the findings the panel shows.
                let shown = self.shown_findings();
                let at = shown
                    .iter()
                    .position(|&k| k == self.panel.selected)
                    .or_else(|| shown.iter().position(|&k| k >= self.panel.selected))
                    .unwrap_or(0);
                if let Some(&k) = shown.get(
                    at.saturating_add_signed(d)
                        .min(shown.len().saturating_sub(1)),
                ) {
                    self.panel.selected = k;
                }
            }
            Action::JumpToFinding => {
                if let Some(row) = self
                    .comparison()
                    .and_then(|c| c.findings.get(self.panel.selected))
                    .map(|f| f.row)
                {
                    self.panes.cursor.finding = Some(self.panel.selected);
                    self.scroll_to_row(row);
                }
            }
            _ => {}
        }
    }

    fn scroll_by(&mut self, action: Action) {
        match action {
            Action::ScrollLines(n) => self.scroll(n),
            Action::ScrollHalfPages(n) => self.scroll(n * (self.panes.height / 2).max(1) as isize),
            Action::ScrollPages(n) => {
                self.scroll(n * self.panes.height.saturating_sub(2).max(1) as isize)
            }
            Action::Top => self.panes.top = 0,
            Action::Bottom => self.panes.top = usize::MAX,
            _ => {}
        }
    }

    /// The first or last entry of the focused list or findings panel.
    fn select_end(&mut self, last: bool) {
        match self.focus {
            Focus::List => {
                let end = if last {
                    self.docs.len().saturating_sub(1)
                } else {
                    0
                };
                self.choose(Action::SelectAt(end));
            }
            Focus::Findings => {
                let shown = self.shown_findings();
                let end = if last { shown.last() } else { shown.first() };
                self.panel.selected = end.copied().unwrap_or(0);
            }
            Focus::Panes => {}
        }
    }

    /// Whether the panes show the end of the comparison.
    pub(in crate::tui) fn at_bottom(&self) -> bool {
        self.panes.view.is_some() && self.panes.top >= self.max_top()
    }

    /// The next or previous finding: after the one last shown, or else after (before) the row
    /// at the top; selects it in the panel. At either end the status bar says so.
    pub(super) fn next_finding(&mut self, forward: bool) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        // `]` and `[` walk the findings the panel's filters let through.
        let shown = self.shown_findings();
        let n = shown.len();
        let here = self.current_row();
        let at = |i: usize| shown.iter().position(|&k| k == i);
        let pick = match self.panes.cursor.finding.and_then(at) {
            Some(i) if forward => (i + 1 < n).then_some(i + 1),
            Some(i) => i.checked_sub(1),
            // At the very top nothing has been passed yet: the first row's findings come first.
            None if forward && self.panes.top == 0 => Some(0).filter(|_| n > 0),
            None if forward => shown.iter().position(|&k| cmp.findings[k].row > here),
            None => shown.iter().rposition(|&k| cmp.findings[k].row < here),
        }
        .map(|i| shown[i]);
        match pick {
            Some(i) => {
                self.panel.selected = i;
                self.panes.cursor.finding = Some(i);
                self.panes.cursor.row = None;
                self.scroll_to_row(cmp.findings[i].row);
            }
            None if !cmp.checked => {
                self.status.message = Some(STILL_CHECKING.into());
            }
            None if n == 0 => self.status.message = Some("no findings".into()),
            None if forward => self.status.message = Some("last finding".into()),
            None => self.status.message = Some("first finding".into()),
        }
    }

    /// The next row the aligner is unsure of (confidence under one half), least sure first,
    /// as hunalign's scores and InterText's suspicious links let a reviewer check the
    /// alignment where it is weakest; the status bar says which and how sure. After the last
    /// it starts again.
    fn next_unsure_row(&mut self) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let unsure = unsure_rows(&cmp);
        if unsure.is_empty() {
            self.status.message = Some(if cmp.across {
                "no row the aligner is unsure of".into()
            } else {
                "the aligner's confidence is given across languages only".into()
            });
            return;
        }
        let at = self.panes.cursor.unsure % unsure.len();
        let (row, confidence) = unsure[at];
        self.panes.cursor.unsure = at + 1;
        self.scroll_to_row(row);
        self.status.message = Some(
            format!(
                "unsure row {}/{} (row {}, confidence {:.2})",
                at + 1,
                unsure.len(),
                row + 1,
                confidence
            )
            .into(),
        );
    }

    pub(super) fn scroll(&mut self, lines: isize) {
        self.panes.top = self
            .panes
            .top
            .min(self.max_top())
            .saturating_add_signed(lines);
    }

    pub(super) fn max_top(&self) -> usize {
        self.panes
            .view
            .as_ref()
            .map_or(0, |v| v.total_lines().saturating_sub(self.panes.height))
    }

    pub(super) fn clamp_top(&mut self) {
        self.panes.top = self.panes.top.min(self.max_top());
    }

    pub(super) fn scroll_to_row(&mut self, row: usize) {
        if let Some(v) = &self.panes.view {
            self.panes.top = v.line_of_row(row);
        }
        self.clamp_top();
    }

    /// The next or previous change (or search match): after the one last shown, or else
    /// relative to the row at the top. At either end the status bar says so.
    pub(super) fn jump(&mut self, forward: bool) {
        if self.search.in_list.is_some() && !self.search.query.text.is_empty() {
            self.next_matching_document(forward);
            return;
        }
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let targets = self.jump_targets(&cmp);
        let here = self.panes.cursor.row.unwrap_or_else(|| self.current_row());
        let target = if forward {
            targets.into_iter().find(|&r| r > here)
        } else {
            targets.into_iter().rev().find(|&r| r < here)
        };
        match target {
            Some(row) => {
                // The latest jump is the row the reader is on (`focus_row`).
                self.panes.cursor.finding = None;
                self.panes.cursor.row = Some(row);
                self.scroll_to_row(row);
            }
            None => {
                let what = if self.search.query.text.is_empty() {
                    ["last change", "first change"]
                } else {
                    ["last match", "first match"]
                };
                self.status.message = Some(what[usize::from(!forward)].into());
            }
        }
    }

    /// What `n` and `N` move between: the search's matches while there is a query, else the
    /// changes.
    pub(in crate::tui) fn jump_targets(&self, cmp: &Comparison) -> Vec<usize> {
        if self.search.query.text.is_empty() {
            change_starts(cmp)
        } else {
            self.search.rows.clone()
        }
    }
}

/// Rows where the versions differ.
fn change_starts(cmp: &Comparison) -> Vec<usize> {
    (0..cmp.rows.len())
        .filter(|&k| cmp.rows[k].kind != RowKind::Equal)
        .collect()
}
/// The rows whose confidence is under one half, least sure first (ties in row order).
fn unsure_rows(cmp: &Comparison) -> Vec<(usize, f32)> {
    let mut unsure: Vec<(usize, f32)> = cmp
        .rows
        .iter()
        .enumerate()
        .filter_map(|(k, row)| row.confidence.filter(|&c| c < 0.5).map(|c| (k, c)))
        .collect();
    unsure.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    unsure
}
