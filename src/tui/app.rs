//! The reader's state and its one `update`: actions in, state changes and worker requests out.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use driftview::{Comparison, DiffOptions, Document, RowKind, Side};

use super::action::{Action, Focus};
use super::search;
use super::theme::Theme;
use super::view::PaneView;
use super::worker::Report;

/// Moving through the list waits this long before comparing, so holding `j` stays smooth.
pub(super) const SELECT_DEBOUNCE: Duration = Duration::from_millis(120);

/// Work the app wants done off the input thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Request {
    Compare {
        old: usize,
        new: usize,
        options: DiffOptions,
    },
    Similarities {
        old: usize,
        options: DiffOptions,
    },
    /// Read again the documents whose files changed (the loop owns the files and the workers).
    Reload,
}

/// A document measured against the old pane's document, for the list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Against {
    pub similarity: f32,
    pub findings: usize,
}

/// The search box and its results.
#[derive(Debug, Default)]
pub(super) struct Search {
    pub query: String,
    /// Typing into the box.
    pub editing: bool,
    /// Rows whose text contains the query on either side.
    pub rows: Vec<usize>,
}

/// Everything the screen shows.
pub(super) struct App {
    pub docs: Arc<Vec<Arc<Document>>>,
    pub words: Vec<usize>,
    /// Files that could not be opened, one line each.
    pub notices: Vec<String>,
    pub selected: usize,
    pub list_offset: usize,
    pub old: usize,
    pub new: Option<usize>,
    pub focus: Focus,
    pub show_findings: bool,
    /// Selected entry of the findings panel.
    pub finding: usize,
    pub options: DiffOptions,
    pub theme: Theme,
    pub fold: bool,
    pub show_help: bool,
    pub search: Search,
    /// Each document measured against `old`, filled in by the workers.
    pub against_old: Vec<Option<Against>>,
    pub view: Option<PaneView>,
    /// First display line shown in the panes.
    pub top: usize,
    /// Since when the pair on screen has been waited for.
    pub waiting_since: Option<Instant>,
    /// A shown document changed or vanished on disk, or could not be read again: one line.
    pub disk_notice: Option<String>,
    pub quit: bool,
    cache: HashMap<(usize, usize, DiffOptions), Arc<Comparison>>,
    pane_width: usize,
    pane_height: usize,
    list_rows: usize,
    pending_selection: Option<Instant>,
    user_chose: bool,
    outbox: Vec<Request>,
    /// The row to return to once the pair read again is compared.
    reload_row: Option<usize>,
}

impl App {
    pub(super) fn new(
        docs: Vec<Document>,
        notices: Vec<String>,
        theme: Theme,
        options: DiffOptions,
    ) -> App {
        let words = docs.iter().map(Document::word_count).collect();
        let n = docs.len();
        let mut app = App {
            docs: Arc::new(docs.into_iter().map(Arc::new).collect()),
            words,
            notices,
            selected: 0,
            list_offset: 0,
            old: 0,
            new: None,
            focus: Focus::Panes,
            show_findings: false,
            finding: 0,
            options,
            theme,
            fold: false,
            show_help: false,
            search: Search::default(),
            against_old: vec![None; n],
            view: None,
            top: 0,
            waiting_since: None,
            disk_notice: None,
            quit: false,
            cache: HashMap::new(),
            pane_width: 0,
            pane_height: 0,
            list_rows: 0,
            pending_selection: None,
            user_chose: false,
            outbox: Vec::new(),
            reload_row: None,
        };
        if n >= 2 {
            app.new = Some(1);
            app.selected = 1;
        }
        if n >= 1 {
            app.show_pair();
        }
        if n >= 1 {
            app.outbox.push(Request::Similarities { old: 0, options });
        }
        app
    }

    /// Requests made since the last call.
    pub(super) fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.outbox)
    }

    /// The comparison on screen, if it is ready.
    pub(super) fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.view.as_ref().map(|v| &v.comparison)
    }

    /// Tells the app the panes' text size; re-lays out on change, keeping the reading position.
    pub(super) fn set_viewport(&mut self, pane_width: usize, pane_height: usize, list_rows: usize) {
        self.pane_height = pane_height.max(1);
        self.list_rows = list_rows.max(1);
        self.keep_selection_visible();
        if pane_width != self.pane_width {
            self.pane_width = pane_width;
            self.rebuild_view();
        }
        self.clamp_top();
    }

    /// Time passes: a settled list selection becomes the new pane.
    pub(super) fn tick(&mut self, now: Instant) -> bool {
        match self.pending_selection {
            Some(at) if now.duration_since(at) >= SELECT_DEBOUNCE => {
                self.pending_selection = None;
                self.choose_new(self.selected);
                true
            }
            _ => false,
        }
    }

    pub(super) fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::List => Focus::Panes,
                    Focus::Panes if self.show_findings => Focus::Findings,
                    _ => Focus::List,
                }
            }
            Action::ToggleFindings => {
                self.show_findings = !self.show_findings;
                self.focus = if self.show_findings {
                    Focus::Findings
                } else {
                    Focus::Panes
                };
            }
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
            Action::SelectBy(d) => self.select(self.selected.saturating_add_signed(d)),
            Action::SelectAt(i) => {
                self.select(i);
                self.choose_new(self.selected);
            }
            Action::SetOld => self.choose_old(self.selected),
            Action::SetNew => self.choose_new(self.selected),
            Action::SwapPanes => self.swap(),
            Action::ScrollLines(n) => self.scroll(n),
            Action::ScrollHalfPages(n) => self.scroll(n * (self.pane_height / 2).max(1) as isize),
            Action::ScrollPages(n) => {
                self.scroll(n * self.pane_height.saturating_sub(2).max(1) as isize)
            }
            Action::Top => self.top = 0,
            Action::Bottom => self.top = usize::MAX,
            Action::NextChange(forward) => self.jump(forward),
            Action::StartSearch => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                };
            }
            Action::ClearSearch if self.show_help => self.show_help = false,
            Action::ClearSearch => self.search = Search::default(),
            Action::ToggleFold => {
                self.fold = !self.fold;
                self.rebuild_view();
            }
            Action::CycleDiffOptions => {
                self.options = next_options(self.options);
                self.show_pair();
                self.outbox.push(Request::Similarities {
                    old: self.old,
                    options: self.options,
                });
            }
            Action::CycleTheme => self.theme = self.theme.next(),
            Action::Reload => self.outbox.push(Request::Reload),
        }
        self.clamp_top();
    }

    /// Documents read again: each is the old one (the same `Arc`) or its new text. Everything
    /// measured is measured afresh; the panes come back at the row they showed. Returns
    /// whether any document changed.
    pub(super) fn replace_docs(&mut self, docs: Vec<Arc<Document>>) -> bool {
        if docs
            .iter()
            .zip(self.docs.iter())
            .all(|(a, b)| Arc::ptr_eq(a, b))
        {
            return false;
        }
        self.reload_row = Some(self.current_row());
        self.words = docs.iter().map(|d| d.word_count()).collect();
        self.docs = Arc::new(docs);
        self.cache.clear();
        self.forget_list_figures();
        self.outbox.push(Request::Similarities {
            old: self.old,
            options: self.options,
        });
        self.show_pair();
        true
    }

    /// A character typed into the search box (`None`: backspace).
    pub(super) fn search_input(&mut self, c: Option<char>) {
        match c {
            Some(c) => self.search.query.push(c),
            None => {
                self.search.query.pop();
            }
        }
        self.refresh_search();
        if let Some(&row) = self.search.rows.iter().find(|&&r| r >= self.current_row()) {
            self.scroll_to_row(row);
        }
    }

    /// Enter keeps the query and leaves the box; Esc drops it.
    pub(super) fn search_done(&mut self, keep: bool) {
        if keep && !self.search.query.is_empty() {
            self.search.editing = false;
        } else {
            self.search = Search::default();
        }
    }

    pub(super) fn on_report(&mut self, report: Report) {
        match report {
            Report::Compared {
                old,
                new,
                options,
                comparison,
            } => {
                if old == self.old && options == self.options {
                    self.against_old[new] = Some(Against {
                        similarity: comparison.similarity,
                        findings: comparison.findings.len(),
                    });
                }
                self.cache.insert((old, new, options), comparison);
                if Some((old, new)) == self.shown_pair() && options == self.options {
                    self.show_pair();
                }
            }
            Report::Similarity {
                old,
                doc,
                value,
                findings,
            } => {
                if old == self.old {
                    self.against_old[doc] = Some(Against {
                        similarity: value,
                        findings,
                    });
                }
            }
            Report::BestPair { old, new } => {
                if !self.user_chose {
                    self.old = old;
                    self.new = Some(new);
                    self.selected = new;
                    self.forget_list_figures();
                    self.outbox.push(Request::Similarities {
                        old,
                        options: self.options,
                    });
                    self.show_pair();
                }
            }
        }
    }

    /// Lines the findings panel takes (0 when hidden).
    pub(super) fn findings_panel_height(&self) -> u16 {
        if !self.show_findings {
            return 0;
        }
        let count = self.comparison().map_or(0, |c| c.findings.len());
        (count.clamp(1, 8) + 2) as u16
    }

    /// Next or previous finding after (before) the row at the top; selects it in the panel.
    fn next_finding(&mut self, forward: bool) {
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

    /// The row at the top of the panes.
    pub(super) fn current_row(&self) -> usize {
        self.view.as_ref().map_or(0, |v| v.row_at(self.top))
    }

    /// The list's similarity and findings columns are relative to `old`: clear them when it changes.
    fn forget_list_figures(&mut self) {
        self.against_old.iter_mut().for_each(|s| *s = None);
    }

    fn select(&mut self, index: usize) {
        if self.docs.is_empty() {
            return;
        }
        self.selected = index.min(self.docs.len() - 1);
        self.keep_selection_visible();
        self.pending_selection = Some(Instant::now());
    }

    fn keep_selection_visible(&mut self) {
        let rows = self.list_rows.max(1);
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
        } else if self.selected >= self.list_offset + rows {
            self.list_offset = self.selected + 1 - rows;
        }
    }

    fn choose_new(&mut self, index: usize) {
        self.pending_selection = None;
        self.user_chose = true;
        if index == self.old || self.new == Some(index) {
            return;
        }
        self.new = Some(index);
        self.reload_row = None;
        self.show_pair();
    }

    fn choose_old(&mut self, index: usize) {
        self.user_chose = true;
        if index == self.old {
            return;
        }
        if self.new == Some(index) {
            self.new = Some(self.old);
        }
        self.old = index;
        self.old_changed();
    }

    fn swap(&mut self) {
        if let Some(new) = self.new {
            self.user_chose = true;
            let old = self.old;
            self.new = Some(old);
            self.old = new;
            self.old_changed();
        }
    }

    /// A new reference document: the list's figures are measured against it afresh.
    fn old_changed(&mut self) {
        self.reload_row = None;
        self.forget_list_figures();
        self.outbox.push(Request::Similarities {
            old: self.old,
            options: self.options,
        });
        self.show_pair();
    }

    /// The documents the panes compare: old and new, or a lone document with itself.
    fn shown_pair(&self) -> Option<(usize, usize)> {
        match self.new {
            Some(new) => Some((self.old, new)),
            None if self.docs.len() == 1 => Some((self.old, self.old)),
            None => None,
        }
    }

    /// Shows the current pair from the cache, or asks for it and shows progress meanwhile.
    fn show_pair(&mut self) {
        // A lone document is compared with itself so the old pane can show it; the new pane
        // says how to open another.
        let Some((_, new)) = self.shown_pair() else {
            self.view = None;
            return;
        };
        let key = (self.old, new, self.options);
        let same_pair = self.comparison().is_some_and(|c| {
            Arc::ptr_eq(&c.docs.old, &self.docs[self.old])
                && Arc::ptr_eq(&c.docs.new, &self.docs[new])
        });
        match self.cache.get(&key).cloned() {
            Some(cmp) => {
                self.waiting_since = None;
                let row = match self.reload_row.take() {
                    Some(row) => row,
                    None if same_pair => self.current_row(),
                    None => 0,
                };
                self.view = Some(PaneView::new(cmp, self.pane_width, self.fold));
                self.refresh_search();
                self.scroll_to_row(row);
            }
            None => {
                if !same_pair {
                    self.view = None;
                    self.top = 0;
                }
                self.waiting_since = Some(Instant::now());
                self.outbox.push(Request::Compare {
                    old: self.old,
                    new,
                    options: self.options,
                });
            }
        }
    }

    fn rebuild_view(&mut self) {
        let row = self.current_row();
        if let Some(v) = self.view.take() {
            self.view = Some(PaneView::new(v.comparison, self.pane_width, self.fold));
            self.scroll_to_row(row);
        }
    }

    fn scroll(&mut self, lines: isize) {
        self.top = self.top.min(self.max_top()).saturating_add_signed(lines);
    }

    fn max_top(&self) -> usize {
        self.view
            .as_ref()
            .map_or(0, |v| v.total_lines().saturating_sub(self.pane_height))
    }

    fn clamp_top(&mut self) {
        self.top = self.top.min(self.max_top());
    }

    fn scroll_to_row(&mut self, row: usize) {
        if let Some(v) = &self.view {
            self.top = v.line_of_row(row);
        }
        self.clamp_top();
    }

    fn refresh_search(&mut self) {
        let Some(cmp) = self.comparison().cloned() else {
            self.search.rows.clear();
            return;
        };
        let q = &self.search.query;
        self.search.rows = (0..cmp.rows.len())
            .into_par_iter()
            .filter(|&k| {
                Side::BOTH
                    .iter()
                    .any(|&s| search::contains(cmp.text(&cmp.rows[k], s), q))
            })
            .collect();
    }

    /// Next or previous change (or search match) relative to the row at the top.
    fn jump(&mut self, forward: bool) {
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

fn next_options(o: DiffOptions) -> DiffOptions {
    let (case, punct) = match (o.ignore_case, o.ignore_punctuation) {
        (false, _) => (true, false),
        (true, false) => (true, true),
        (true, true) => (false, false),
    };
    DiffOptions {
        ignore_case: case,
        ignore_punctuation: punct,
        ..o
    }
}

/// A short label of the word-diff options for the status bar.
pub(super) fn options_label(o: &DiffOptions) -> &'static str {
    match (o.ignore_case, o.ignore_punctuation) {
        (false, false) => "exact",
        (true, false) => "ignore case",
        (false, true) => "ignore punct.",
        (true, true) => "ignore case+punct.",
    }
}
