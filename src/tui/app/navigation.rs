//! Moving through the panes: lines, pages, top and bottom, the next change, match or finding.

use driftview::{Comparison, RowKind};

use super::App;
use crate::tui::action::Action;

impl App {
    /// Scrolling, and jumps to changes and findings.
    pub(super) fn navigate(&mut self, action: Action) {
        match action {
            Action::ScrollLines(n) => self.scroll(n),
            Action::ScrollHalfPages(n) => self.scroll(n * (self.pane_height / 2).max(1) as isize),
            Action::ScrollPages(n) => {
                self.scroll(n * self.pane_height.saturating_sub(2).max(1) as isize)
            }
            Action::Top => self.top = 0,
            Action::Bottom => self.top = usize::MAX,
            Action::NextChange(forward) => self.jump(forward),
            Action::NextFinding(forward) => self.next_finding(forward),
            Action::SelectFinding(d) => {
                let count = self.comparison().map_or(0, |c| c.findings.len());
                self.finding = self
                    .finding
                    .saturating_add_signed(d)
                    .min(count.saturating_sub(1));
            }
            Action::JumpToFinding => {
                if let Some(row) = self
                    .comparison()
                    .and_then(|c| c.findings.get(self.finding))
                    .map(|f| f.row)
                {
                    self.scroll_to_row(row);
                }
            }
            _ => {}
        }
    }

    /// Next or previous finding after (before) the row at the top; selects it in the panel.
    pub(super) fn next_finding(&mut self, forward: bool) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let here = self.current_row();
        let pick = if forward {
            cmp.findings.iter().position(|f| f.row > here)
        } else {
            cmp.findings.iter().rposition(|f| f.row < here)
        };
        if let Some(i) = pick {
            self.finding = i;
            self.scroll_to_row(cmp.findings[i].row);
        }
    }

    pub(super) fn scroll(&mut self, lines: isize) {
        self.top = self.top.min(self.max_top()).saturating_add_signed(lines);
    }

    pub(super) fn max_top(&self) -> usize {
        self.view
            .as_ref()
            .map_or(0, |v| v.total_lines().saturating_sub(self.pane_height))
    }

    pub(super) fn clamp_top(&mut self) {
        self.top = self.top.min(self.max_top());
    }

    pub(super) fn scroll_to_row(&mut self, row: usize) {
        if let Some(v) = &self.view {
            self.top = v.line_of_row(row);
        }
        self.clamp_top();
    }

    /// Next or previous change (or search match) relative to the row at the top.
    pub(super) fn jump(&mut self, forward: bool) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let here = self.current_row();
        let targets: Vec<usize> = if self.search.query.is_empty() {
            change_starts(&cmp)
        } else {
            self.search.rows.clone()
        };
        let target = if forward {
            targets.into_iter().find(|&r| r > here)
        } else {
            targets.into_iter().rev().find(|&r| r < here)
        };
        if let Some(row) = target {
            self.scroll_to_row(row);
        }
    }
}

/// Rows where the versions differ.
fn change_starts(cmp: &Comparison) -> Vec<usize> {
    (0..cmp.rows.len())
        .filter(|&k| cmp.rows[k].kind != RowKind::Equal)
        .collect()
}
