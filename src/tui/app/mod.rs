//! The reader's state and its one `update`: actions in, state changes and worker requests out.
//! The pair on screen and the list live in `pairs`, movement in `navigation`, the search box in
//! `searching`.

mod document_list;
#[cfg(test)]
pub(in crate::tui) use document_list::AUTO_HIDE_BELOW;
pub(super) mod editing;
mod findings_panel;
mod help;
mod jobs;
mod list_search;
mod navigation;
mod pairs;
mod panes;
mod realigning;
mod reviewing;
mod searching;
mod status_line;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use driftview::review::ScoringModel;
use driftview::{Comparison, DiffOptions, Document};

use super::action::{Action, Focus};
use super::keymap::KeyMap;
use super::theme::Paint;
pub(super) use document_list::DocumentList;
pub(super) use findings_panel::FindingsPanel;
pub(super) use help::Help;
pub(super) use jobs::Jobs;
pub(super) use panes::Panes;
pub(crate) use reviewing::ReviewPlaces;
use reviewing::Reviewing;
pub(in crate::tui) use reviewing::place_among;
pub(super) use status_line::StatusLine;

/// Moving through the list waits this long before comparing, so holding `j` stays smooth.
pub(super) const SELECT_DEBOUNCE: Duration = Duration::from_millis(120);

/// The findings panel shows at most this many findings at once: enough to scan, while the
/// panes keep most of the screen.
const FINDINGS_PANEL_LINES: usize = 8;
/// The panel's top and bottom border.
const PANEL_BORDERS: usize = 2;

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
    /// A round trip with a middle pane.
    CompareTrio(super::worker::Trio),
    /// The documents as versions of one text, in order.
    CompareHistory(DiffOptions),
    /// A book's rows, sent before their checks, are on screen: the checks may start.
    RowsShown,
}

/// A document measured against the old pane's document, for the list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Against {
    pub similarity: f32,
    pub findings: crate::tui::worker::SeverityCounts,
}

/// The search box and its results.
#[derive(Debug, Default)]
pub(super) struct Search {
    /// The query, with the cursor where it is being typed.
    pub query: crate::tui::line_edit::LineEdit,
    /// Typing into the box.
    pub editing: bool,
    /// Rows whose text contains the query on either side.
    pub rows: Vec<usize>,
    /// With the list focused when the search began: the document then selected, and the
    /// search finds documents (`list_search`), not rows.
    pub in_list: Option<usize>,
    /// The documents whose title or file name holds the query, while `in_list`.
    pub documents: Vec<usize>,
}

/// What can happen to the reader (the Elm architecture's message): see [`App::update`].
pub(in crate::tui) enum Msg {
    /// A key, a click or a scroll, as an action.
    Act(Action),
    /// A worker's answer.
    Report(super::worker::Report),
    /// Time passed (a settled list selection becomes the new pane).
    Tick(Instant),
    /// The screen's size: the panes' text columns and lines, the list's rows.
    Resize {
        pane_width: usize,
        pane_height: usize,
        list_rows: usize,
    },
    /// The disk was looked at: one line about the files on screen that changed, or none.
    Disk(Option<String>),
    /// The editor `e` opened has ended: what went wrong with it, if anything.
    Edited(Option<String>),
}

/// How the documents opened relate, which decides what choosing from the list does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Documents to read and compare: any one against any other, and (`m`) a third as the
    /// middle pane of a round trip.
    Corpus,
    /// Two folders: documents 2k and 2k+1 are one file's left and right, and choosing either
    /// shows the pair.
    FolderPairs,
    /// Three documents opened as a round trip (`--roundtrip`): original | translation |
    /// back-translation.
    RoundTrip,
    /// Versions in order (`driftview history`): the panes show a version against the one
    /// before, and the history panel a row's life through all of them.
    History,
}

/// What the reader opens with besides its documents: its share of the run's environment.
#[derive(Debug, Clone)]
pub(crate) struct Opening {
    /// The theme to open with (`t` cycles from it through the built-in ones).
    pub theme: Paint,
    /// How words are compared, until `o` cycles the options.
    pub options: DiffOptions,
    /// The key table in force.
    pub keys: KeyMap,
    /// The document list's columns; `None`: a share of the screen.
    pub list_width: Option<u16>,
    /// Where review files live.
    pub review_places: ReviewPlaces,
    /// How errors are categorised and scored.
    pub scoring: ScoringModel,
    /// Whether a verdict key moves on to the next finding without a verdict.
    pub advance: bool,
    /// What the comparisons are given (the workers' share): the reviewer's alignment fixes
    /// fill the fixed rows' findings again with it.
    pub knowledge: driftview::Knowledge,
    /// Something to say in the status bar at start (a mistake in the configuration).
    pub notice: Option<String>,
}

impl Opening {
    /// The defaults, in a theme and under options: no review files, the default keys.
    #[cfg(test)]
    pub(crate) fn with(theme: Paint, options: DiffOptions) -> Opening {
        Opening {
            theme,
            options,
            keys: KeyMap::defaults(),
            list_width: None,
            review_places: ReviewPlaces::default(),
            scoring: ScoringModel::default(),
            advance: true,
            knowledge: driftview::Knowledge::none(),
            notice: None,
        }
    }
}

/// Everything the screen shows.
pub(super) struct App {
    /// The document list: the selection, what it shows and its figures.
    pub list: DocumentList,
    /// How the documents relate.
    pub mode: Mode,
    pub docs: Arc<Vec<Arc<Document>>>,
    pub words: Vec<usize>,
    /// What the list calls each document: its title, led by its file name where another
    /// document has the same title (GPL-2 and GPL-3 both read "GNU GENERAL PUBLIC LICENSE").
    pub labels: Vec<String>,
    pub old: usize,
    pub new: Option<usize>,
    /// The middle pane's document in a round trip (original | translation |
    /// back-translation): the old pane is the original, the new pane the back-translation.
    pub middle: Option<usize>,
    /// The new pane a settled list selection replaced: `m` on that selection brings it back
    /// and opens the selection as the middle pane.
    replaced_new: Option<usize>,
    /// On a screen too narrow for three panes, the middle pane shows where the new one was.
    pub narrow_middle: bool,
    /// The history, once compared (under `history.1`, the options it was compared with).
    pub(super) history: Option<(Arc<driftview::versions::Versions>, DiffOptions)>,
    /// Whether the history panel is shown (in history mode).
    pub show_history: bool,
    pub focus: Focus,
    /// The findings panel: open or not, its selection and its filters.
    pub panel: FindingsPanel,
    /// The review of the pair on screen, where review files live, the note being written.
    pub reviewing: Reviewing,
    pub options: DiffOptions,
    pub theme: Paint,
    /// What `t` cycles through: the theme the reader opened with, then the built-in ones.
    themes: Vec<Paint>,
    /// The key table in force; the help and every hint are generated from it.
    pub keys: KeyMap,
    /// The help overlay: open or not, and how far it is scrolled.
    pub help: Help,
    pub search: Search,
    pub quit: bool,
    /// Ctrl-z: the loop hands the terminal back to the shell, then redraws on `fg`.
    pub suspend: bool,
    /// `e`: the loop hands the terminal to the user's editor on this file and line, then
    /// reloads.
    pub edit: Option<editing::EditRequest>,
    /// The work handed to the workers and what came back.
    /// The panes: the pair laid out, where they are scrolled to, their size, the last jump.
    pub panes: Panes,
    pub(super) jobs: Jobs,
    /// What the status bar has to say besides the pair's figures.
    pub(super) status: StatusLine,
    user_chose: bool,
}

impl App {
    pub(super) fn new(docs: Vec<Document>, notices: Vec<String>, opening: Opening) -> App {
        let Opening {
            theme,
            options,
            keys,
            list_width,
            review_places,
            scoring,
            advance,
            knowledge,
            notice,
        } = opening;
        let words = docs.iter().map(Document::word_count).collect();
        let labels = list_labels(&docs);
        let n = docs.len();
        let mut app = App {
            list: DocumentList::new(n, list_width),
            mode: Mode::Corpus,
            docs: Arc::new(docs.into_iter().map(Arc::new).collect()),
            words,
            labels,
            old: 0,
            new: None,
            middle: None,
            replaced_new: None,
            narrow_middle: false,
            history: None,
            show_history: true,
            focus: Focus::Panes,
            panel: FindingsPanel::default(),
            reviewing: Reviewing::new(review_places, scoring, advance, knowledge),
            options,
            theme,
            themes: theme.0.cycle().into_iter().map(Paint).collect(),
            keys,
            help: Help::default(),
            search: Search::default(),
            quit: false,
            suspend: false,
            edit: None,
            panes: Panes::default(),
            jobs: Jobs::default(),
            status: StatusLine {
                notices,
                ..StatusLine::default()
            },
            user_chose: false,
        };
        if n >= 2 {
            app.new = Some(1);
            app.list.selected = 1;
        }
        if n >= 1 {
            app.show_pair();
        }
        if n >= 1 {
            app.jobs
                .outbox
                .push(Request::Similarities { old: 0, options });
        }
        app.sync_review();
        app.status.message = notice.map(std::borrow::Cow::Owned);
        app
    }

    /// Two folders' files in pairs (left, right, …): each entry is labelled by its path and
    /// side, and the reader keeps to the pairs instead of looking for the most alike.
    pub(super) fn pair_folders(&mut self, paths: &[std::path::PathBuf]) {
        self.mode = Mode::FolderPairs;
        self.user_chose = true;
        self.labels = paths
            .iter()
            .flat_map(|p| {
                let p = p.display();
                [format!("{p} (left)"), format!("{p} (right)")]
            })
            .collect();
    }

    /// Requests made since the last call. With two folders open the list's figures are each
    /// file's two sides measured against each other: the similarity requests become the
    /// comparisons of the pairs not yet compared.
    pub(super) fn take_requests(&mut self) -> Vec<Request> {
        let requests = std::mem::take(&mut self.jobs.outbox);
        if self.mode != Mode::FolderPairs {
            return requests;
        }
        let mut out = Vec::new();
        for request in requests {
            match request {
                Request::Similarities { options, .. } => {
                    for left in (0..self.docs.len().saturating_sub(1)).step_by(2) {
                        let pair = Request::Compare {
                            old: left,
                            new: left + 1,
                            options,
                        };
                        if !self.jobs.compared.contains_key(&(left, left + 1, options))
                            && !out.contains(&pair)
                        {
                            out.push(pair);
                        }
                    }
                }
                other if !out.contains(&other) => out.push(other),
                _ => {}
            }
        }
        out
    }

    /// The comparison on screen, if it is ready.
    /// Whether what the panes show was chosen (by the user, a round trip, a history, two
    /// folders) rather than left to the search for the most similar pair.
    pub(super) fn chosen(&self) -> bool {
        self.user_chose
    }

    /// The area `Tab` (`forward`) or `S-Tab` focuses next: list, panes and findings panel in a
    /// ring, the hidden ones left out.
    fn next_focus(&self, forward: bool) -> Focus {
        let ring: Vec<Focus> = [
            (Focus::List, self.list.shown),
            (Focus::Panes, true),
            (Focus::Findings, self.panel.shown),
        ]
        .into_iter()
        .filter_map(|(area, shown)| shown.then_some(area))
        .collect();
        // Focus never rests on a hidden area (hiding one moves it to the panes); if it did,
        // the panes take it.
        let Some(at) = ring.iter().position(|&f| f == self.focus) else {
            return Focus::Panes;
        };
        let step = if forward { 1 } else { ring.len() - 1 };
        ring[(at + step) % ring.len()]
    }

    /// Whether the panes show a round trip, with the translation between old and new.
    pub(super) fn has_middle(&self) -> bool {
        self.panes.view.as_ref().is_some_and(|v| v.middle.is_some())
    }

    /// In a round trip, the version that brought in finding `k` of the panes' comparison.
    pub(super) fn introduced_by(&self, k: usize) -> Option<usize> {
        let middle = self.panes.view.as_ref()?.middle.as_ref()?;
        middle.introduced_by.get(k).copied().flatten()
    }

    pub(super) fn comparison(&self) -> Option<&Arc<Comparison>> {
        self.panes.view.as_ref().map(|v| &v.comparison)
    }

    /// Tells the app the panes' text size; re-lays out on change, keeping the reading position.
    /// The screen is `columns` wide: below [`document_list::AUTO_HIDE_BELOW`] the list gives
    /// the panes its columns (said once on the status bar); focus leaves a list hidden.
    pub(super) fn fit_screen(&mut self, columns: u16) {
        if self.list.fit_to(columns) {
            if self.focus == Focus::List {
                self.focus = Focus::Panes;
            }
            self.status.message = Some(
                format!(
                    "the document list is hidden below {} columns ({} shows it)",
                    document_list::AUTO_HIDE_BELOW,
                    self.keys.hint(Action::ToggleList)
                )
                .into(),
            );
        }
    }

    pub(super) fn set_viewport(&mut self, pane_width: usize, pane_height: usize, list_rows: usize) {
        self.panes.height = pane_height.max(1);
        self.list.rows = list_rows.max(1);
        self.list.keep_selection_visible();
        if pane_width != self.panes.width {
            self.panes.width = pane_width;
            self.rebuild_view();
        }
        self.clamp_top();
    }

    /// Time passes: a settled list selection becomes the new pane.
    pub(super) fn tick(&mut self, now: Instant) -> bool {
        match self.list.pending {
            Some(at) if now.duration_since(at) >= SELECT_DEBOUNCE => {
                self.list.pending = None;
                let before = self.new;
                self.choose_new(self.list.selected);
                self.replaced_new = before.filter(|_| self.new == Some(self.list.selected));
                true
            }
            _ => false,
        }
    }

    /// The one place the outside world changes the reader: the user's actions, the workers'
    /// answers, time passing, the screen's size and the disk's news all arrive here. Returns
    /// whether the screen is to be drawn again.
    pub(in crate::tui) fn update(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::Act(action) => {
                self.act(action);
                true
            }
            Msg::Report(report) => {
                self.on_report(report);
                true
            }
            Msg::Tick(now) => self.tick(now),
            Msg::Resize {
                pane_width,
                pane_height,
                list_rows,
            } => {
                self.set_viewport(pane_width, pane_height, list_rows);
                false
            }
            Msg::Disk(notice) => self.on_disk_check(notice),
            Msg::Edited(trouble) => {
                self.after_edit(trouble);
                true
            }
        }
    }

    /// Every key, typed character and mouse event arrives here as an action.
    pub(super) fn act(&mut self, action: Action) {
        self.status.message = None;
        // The help overlay covers the panes: the keys that close it or quit reach through, the
        // scrolling keys scroll it, and nothing else acts.
        if self.help.shown
            && !matches!(
                action,
                Action::ToggleHelp | Action::ClearSearch | Action::Quit
            )
        {
            self.scroll_help(action);
            return;
        }
        // While a note is written, typed keys go into it.
        if self.reviewing.note.is_some()
            && matches!(
                action,
                Action::TypeChar(_)
                    | Action::EraseChar
                    | Action::DeleteChar
                    | Action::MoveCursor(_)
                    | Action::AcceptText
                    | Action::CancelText
            )
        {
            self.act_on_review(action);
            return;
        }
        if action != Action::Quit {
            self.reviewing.quit_asked = false;
        }
        // The finding a verdict key just judged (and moved on from) is what C, X, = and c
        // refine, until anything else is pressed.
        if !matches!(
            action,
            Action::CycleCategory
                | Action::CycleErrorSeverity
                | Action::MarkAlike
                | Action::StartNote
        ) {
            self.reviewing.just_judged = None;
        }
        match action {
            Action::Quit => self.ask_to_quit(),
            Action::Suspend => self.suspend = true,
            Action::Edit(new) => self.ask_to_edit(new),
            Action::Mark(_)
            | Action::StartNote
            | Action::CycleCategory
            | Action::CycleErrorSeverity
            | Action::MarkAlike
            | Action::AcceptKind
            | Action::ExportReview
            | Action::MarkIssue => self.act_on_review(action),
            Action::FixAlignment(fix) => self.fix_alignment(fix),
            Action::UndoFix => self.undo_fix(),
            Action::CycleVerdictFilter | Action::CycleSeverityFilter | Action::CycleKindFilter => {
                self.cycle_filter(action)
            }
            Action::Reload => self.jobs.outbox.push(Request::Reload),
            // A key that does not apply here says why, rather than doing nothing.
            Action::SwitchNarrowMiddle if !self.has_middle() => {
                self.status.message = Some(
                    "M shows a round trip's translation in the new pane's place on a narrow screen: no middle pane is open (m opens one)".into(),
                );
            }
            Action::SwitchNarrowMiddle => self.narrow_middle = !self.narrow_middle,
            Action::ToggleHistory if self.mode != Mode::History => {
                self.status.message = Some(
                    "H shows the history panel of versions in order (driftview history, or --history): this is not a history".into(),
                );
            }
            Action::ToggleHistory => self.show_history = !self.show_history,
            Action::PreviousPair | Action::NextPair => self.step_pair(action == Action::NextPair),
            Action::ToggleHelp
            | Action::ToggleFocus
            | Action::FocusBack
            | Action::ToggleFindings
            | Action::ToggleList
            | Action::ToggleFold
            | Action::ToggleCounterparts
            | Action::ToggleLineNumbers
            | Action::CycleDiffOptions
            | Action::CycleTheme => self.toggle(action),
            Action::SelectBy(_)
            | Action::SelectAt(_)
            | Action::SetOld
            | Action::SetNew
            | Action::SetMiddle
            | Action::SwapPanes => self.choose(action),
            Action::StartSearch
            | Action::ClearSearch
            | Action::TypeChar(_)
            | Action::EraseChar
            | Action::DeleteChar
            | Action::MoveCursor(_)
            | Action::AcceptText
            | Action::CancelText => self.edit_search(action),
            Action::ScrollLines(_)
            | Action::ScrollHalfPages(_)
            | Action::ScrollPages(_)
            | Action::Top
            | Action::Bottom
            | Action::NextChange(_)
            | Action::NextFinding(_)
            | Action::NextUnsureRow
            | Action::SelectFinding(_)
            | Action::JumpToFinding => self.navigate(action),
        }
        self.clamp_top();
    }

    /// Panels, focus, and the settings that cycle.
    fn toggle(&mut self, action: Action) {
        match action {
            Action::ToggleHelp => self.help.toggle(),
            Action::ToggleFocus | Action::FocusBack => {
                self.focus = self.next_focus(action == Action::ToggleFocus);
            }
            Action::ToggleList => {
                self.list.shown = !self.list.shown;
                // The user's choice stands until the screen crosses the width again.
                self.list.auto_hidden = false;
                if !self.list.shown && self.focus == Focus::List {
                    self.focus = Focus::Panes;
                }
            }
            Action::ToggleFindings => {
                self.panel.shown = !self.panel.shown;
                self.focus = if self.panel.shown {
                    Focus::Findings
                } else {
                    Focus::Panes
                };
            }
            Action::ToggleFold => {
                self.panes.fold = self.panes.fold.next();
                self.rebuild_view();
            }
            Action::ToggleCounterparts => {
                self.panes.counterparts = !self.panes.counterparts;
                let across = self.comparison().is_some_and(|c| c.across);
                self.status.message = Some(
                    match (self.panes.counterparts, across) {
                        (true, true) => "word counterparts underlined (W hides them)",
                        (false, true) => "word counterparts hidden",
                        (true, false) => "word counterparts are shown across languages (on)",
                        (false, false) => "word counterparts off",
                    }
                    .into(),
                );
                self.rebuild_view();
            }
            Action::ToggleLineNumbers => {
                self.panes.line_numbers = !self.panes.line_numbers;
                self.rebuild_view();
                self.status.message = Some(self.line_numbers_said().into());
            }
            Action::CycleDiffOptions => {
                self.options = next_options(self.options);
                self.show_pair();
                self.jobs.outbox.push(Request::Similarities {
                    old: self.old,
                    options: self.options,
                });
            }
            Action::CycleTheme => {
                let at = self.themes.iter().position(|t| *t == self.theme);
                let next = at.map_or(0, |i| (i + 1) % self.themes.len());
                self.theme = self.themes[next];
            }
            _ => {}
        }
    }

    /// Scrolling inside the help overlay.
    fn scroll_help(&mut self, action: Action) {
        self.help.scroll(action, self.panes.height);
    }

    /// The screen allows the help to scroll this far.
    pub(super) fn clamp_help(&mut self, max_top: usize) {
        self.help.top = self.help.top.min(max_top);
    }

    /// The disk was looked at: one line about the files on screen that changed, or `None`.
    /// Returns whether the line changed.
    pub(super) fn on_disk_check(&mut self, notice: Option<String>) -> bool {
        let changed = notice != self.status.disk;
        self.status.disk = notice;
        changed
    }

    /// Lines the findings panel takes (0 when hidden).
    pub(super) fn findings_panel_height(&self) -> u16 {
        /// A sentence of about thirty words at the panel's usual width.
        const HISTORY_LINES_PER_VERSION: usize = 3;
        if self.shows_history_panel() {
            // Each version's sentence wraps: room for about three lines of each.
            let versions = self.history_versions().map_or(1, |v| v.docs.len());
            let lines = (versions * HISTORY_LINES_PER_VERSION).clamp(1, FINDINGS_PANEL_LINES);
            return (lines + PANEL_BORDERS) as u16;
        }
        if !self.panel.shown {
            return 0;
        }
        let count = self.comparison().map_or(0, |c| c.findings.len());
        (count.clamp(1, FINDINGS_PANEL_LINES) + PANEL_BORDERS) as u16
    }

    /// The list's columns as the layout asks for them: `None` hidden, `Some(None)` a share of
    /// the screen, `Some(Some(w))` as configured.
    pub(super) fn list_request(&self) -> Option<Option<u16>> {
        self.list.shown.then_some(self.list.width)
    }

    /// The history on screen, when the documents are versions in order and compared.
    pub(super) fn history_versions(&self) -> Option<&driftview::versions::Versions> {
        self.history
            .as_ref()
            .filter(|_| self.mode == Mode::History)
            .map(|(v, _)| v.as_ref())
    }

    /// Whether the history panel takes the place under the panes (the findings panel, when
    /// asked for, takes it back).
    pub(super) fn shows_history_panel(&self) -> bool {
        self.show_history && !self.panel.shown && self.history_versions().is_some()
    }

    /// The row a reader is looking at: the one the last jump showed (a finding's with `]`,
    /// a change's or a match's with `n`) while it is on screen, else the one at the top of the
    /// panes. Near the end of a document a row cannot scroll to the top: a jump still makes it
    /// the row the status bar counts and the row keys (`I`, the alignment fixes) act on.
    pub(super) fn focus_row(&self) -> usize {
        let Some(v) = self.panes.view.as_ref() else {
            return 0;
        };
        let on_screen = |r: &usize| {
            let line = v.line_of_row(*r);
            line >= self.panes.top && line < self.panes.top + self.panes.height
        };
        let finding = self.panes.cursor.finding;
        let finding_row = finding
            .and_then(|k| v.comparison.findings.get(k))
            .map(|f| f.row);
        finding_row
            .filter(on_screen)
            .or(self.panes.cursor.row.filter(on_screen))
            .unwrap_or_else(|| self.current_row())
    }

    /// The row at the top of the panes.
    pub(super) fn current_row(&self) -> usize {
        self.panes
            .view
            .as_ref()
            .map_or(0, |v| v.row_at(self.panes.top))
    }
}

/// Each document's label for the list: its title, or "file name: title" where titles collide.
pub(super) fn list_labels<D: std::borrow::Borrow<Document>>(docs: &[D]) -> Vec<String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for d in docs {
        *seen.entry(d.borrow().title.as_str()).or_default() += 1;
    }
    docs.iter()
        .map(|d| {
            let d = d.borrow();
            if seen[d.title.as_str()] > 1 {
                format!("{}: {}", d.name(), d.title)
            } else {
                d.title.clone()
            }
        })
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
