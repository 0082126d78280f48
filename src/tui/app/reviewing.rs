//! The reviewer's verdicts in the reader: the review file of the pair on screen (opened when
//! the pair is shown, attached again whenever it is compared again), verdicts and notes on
//! the current finding, and a save after every change.

use std::path::PathBuf;

use driftview::review::{
    self, Anchor, Attached, Entry, ErrorSeverity, Review, ScoringModel, Verdict,
};

use super::App;
use crate::tui::action::Action;
use crate::tui::line_edit::LineEdit;
use driftview::Comparison;

pub(crate) use crate::environment::ReviewPlaces;

/// The reviewer's part of the reader: the review of the pair on screen, where review files
/// live, and the note being written on the current finding (the status bar's editor).
#[derive(Debug)]
pub(in crate::tui) struct Reviewing {
    /// The review of the pair on screen, once its file is open.
    pub session: Option<ReviewSession>,
    /// Where review files live.
    pub places: ReviewPlaces,
    /// The note being written, while the editor is open.
    pub note: Option<LineEdit>,
    /// While the editor is open for an error the reviewer marks on a row (`I`): that row.
    pub issue_row: Option<usize>,
    /// Reviews of pairs no longer on screen whose last changes could not be saved: they are
    /// tried again with every save, and at the end.
    pub left: Vec<ReviewSession>,
    /// How errors are categorised and scored.
    pub scoring: ScoringModel,
    /// Whether a verdict key moves the cursor on to the next finding without a verdict.
    pub advance: bool,
    /// What the comparisons are given: the rows an alignment fix lays are checked with it.
    pub knowledge: driftview::Knowledge,
    /// The finding a verdict key just judged before moving on: C, X, = and c act on it until
    /// another key is pressed.
    pub just_judged: Option<usize>,
    /// `q` was pressed with verdicts unsaved: the next `q` writes them to a fallback file
    /// and quits, any other key goes on.
    pub quit_asked: bool,
    /// What the reader says on the terminal once it has closed (where unsaved verdicts went).
    pub farewell: Vec<String>,
}

impl Reviewing {
    pub(in crate::tui) fn new(
        places: ReviewPlaces,
        scoring: ScoringModel,
        advance: bool,
        knowledge: driftview::Knowledge,
    ) -> Reviewing {
        Reviewing {
            session: None,
            places,
            scoring,
            advance,
            knowledge,
            just_judged: None,
            note: None,
            issue_row: None,
            left: Vec::new(),
            quit_asked: false,
            farewell: Vec::new(),
        }
    }

    fn sessions(&mut self) -> impl Iterator<Item = &mut ReviewSession> {
        self.session.iter_mut().chain(self.left.iter_mut())
    }

    /// Saves every review that has unsaved changes; those saved leave the list of pairs
    /// left behind.
    pub(in crate::tui) fn retry(&mut self) {
        for r in self.sessions() {
            if r.unsaved() > 0 {
                r.save();
            }
        }
        self.left.retain(|r| r.unsaved() > 0);
    }

    /// How many verdicts and notes are not on disk, over every pair.
    pub(in crate::tui) fn unsaved(&self) -> usize {
        self.session
            .iter()
            .chain(&self.left)
            .map(ReviewSession::unsaved)
            .sum()
    }

    /// Why the first review with unsaved changes is not saved: its file's name and the
    /// reason (the whole path would fill a status bar).
    pub(in crate::tui) fn problem(&self) -> Option<String> {
        self.session
            .iter()
            .chain(&self.left)
            .filter(|r| r.unsaved() > 0)
            .find_map(ReviewSession::reason)
    }

    /// The status bar's persistent mark while anything is unsaved.
    pub(in crate::tui) fn unsaved_mark(&self) -> Option<String> {
        let n = self.unsaved();
        (n > 0).then(|| {
            let what = verdicts(n);
            match self.problem() {
                Some(why) => format!("⚠ {n} {what} NOT SAVED to {why}"),
                None => format!("⚠ {n} {what} NOT SAVED"),
            }
        })
    }

    /// At the end: what could not be saved goes to a file of its own in `folder` (one per
    /// review), and the farewell says where, or that it is lost. Returns whether anything
    /// was lost.
    pub(in crate::tui) fn keep_unsaved(&mut self) -> bool {
        self.retry();
        let folder = self.places.fallback_dir.clone();
        let mut lost = false;
        let pid = std::process::id();
        let mut farewell = Vec::new();
        for r in self.session.iter_mut().chain(self.left.iter_mut()) {
            let n = r.unsaved();
            if n == 0 {
                continue;
            }
            let stem = r.path.file_stem().unwrap_or_default().to_string_lossy();
            let fallback = folder.join(format!("driftview-unsaved-{stem}-{pid}.json"));
            let why = r.problem.as_deref().unwrap_or("the save failed");
            let what = verdicts(n);
            match review::save(&fallback, &r.review, &r.changed) {
                Ok(_) => farewell.push(format!(
                    "{n} {what} could not be saved ({why}); they are in {}, a review file of \
                     their own (open the pair with --review FILE to see them)",
                    fallback.display(),
                )),
                Err(e) => {
                    lost = true;
                    farewell.push(format!(
                        "{n} {what} could not be saved ({why}), nor kept aside ({e}): they are lost"
                    ));
                }
            }
        }
        self.farewell.extend(farewell);
        lost
    }
}

/// The review of the pair on screen.
#[derive(Debug)]
pub(in crate::tui) struct ReviewSession {
    /// The documents' paths.
    pair: (PathBuf, PathBuf),
    /// The review file.
    pub path: PathBuf,
    pub review: Review,
    /// Which entry each finding of the comparison on screen has.
    pub attached: Attached,
    /// What changed since the last save: what a save takes over the file on disk.
    pub(super) changed: review::Changes,
    /// For each of the review's alignment fixes, whether it is laid on the rows on screen.
    pub applied: Vec<bool>,
    /// The rows the fixes laid last, kept while the pair and the fixes stay the same.
    pub(super) laid: Option<Laid>,
    /// Why the review is not being saved (an unreadable file, a failed save).
    pub problem: Option<String>,
    /// The file on disk could not be read: it is never written over.
    read_only: bool,
}

/// The rows a review's fixes laid on a compared pair, kept so that showing the pair again
/// (a new search, a theme) does not lay them again.
#[derive(Debug, Clone)]
pub(in crate::tui) struct Laid {
    /// The comparison as compared.
    pub(super) base: std::sync::Arc<driftview::Comparison>,
    /// The fixes laid on it.
    pub(super) fixes: Vec<review::alignment_fixes::AlignmentFix>,
    /// The result.
    pub(super) fixed: std::sync::Arc<driftview::Comparison>,
}

/// Which findings the panel shows by their verdict, cycled with `V`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::tui) enum VerdictFilter {
    #[default]
    All,
    Unreviewed,
    Only(Verdict),
}

impl VerdictFilter {
    fn next(self) -> VerdictFilter {
        match self {
            VerdictFilter::All => VerdictFilter::Unreviewed,
            VerdictFilter::Unreviewed => VerdictFilter::Only(Verdict::Error),
            VerdictFilter::Only(Verdict::Error) => VerdictFilter::Only(Verdict::Acceptable),
            VerdictFilter::Only(Verdict::Acceptable) => VerdictFilter::Only(Verdict::Verified),
            VerdictFilter::Only(Verdict::Verified) => VerdictFilter::All,
        }
    }

    fn keeps(self, verdict: Option<Verdict>) -> bool {
        match self {
            VerdictFilter::All => true,
            VerdictFilter::Unreviewed => verdict.is_none(),
            VerdictFilter::Only(v) => verdict == Some(v),
        }
    }

    /// What the status bar says of it.
    pub(in crate::tui) fn label(self) -> Option<&'static str> {
        match self {
            VerdictFilter::All => None,
            VerdictFilter::Unreviewed => Some("unreviewed"),
            VerdictFilter::Only(v) => Some(v.label()),
        }
    }
}

impl App {
    /// The findings the panel and `]`/`[` go through: those of the severity and verdict the
    /// panel's filters keep, by index.
    pub(in crate::tui) fn shown_findings(&self) -> Vec<usize> {
        let Some(cmp) = self.comparison() else {
            return Vec::new();
        };
        let mut shown: Vec<usize> = cmp
            .findings
            .iter()
            .enumerate()
            .filter(|(k, f)| {
                f.severity >= self.panel.min_severity
                    && self.panel.kind.is_none_or(|kind| f.kind == kind)
                    && self
                        .panel
                        .verdicts
                        .keeps(self.entry_of(*k).and_then(|e| e.verdict))
            })
            .map(|(k, _)| k)
            .collect();
        // A round trip lists the translation's own errors first, then the back-translation's,
        // then those the evidence could not place; each group by row.
        if self.has_middle() {
            shown.sort_by_key(|&k| match self.introduced_by(k) {
                Some(1) => 0,
                Some(_) => 1,
                None => 2,
            });
        }
        shown
    }

    /// `V` and `S`: the panel's verdict and severity filters; the selection moves to a finding
    /// the panel still shows.
    pub(super) fn cycle_filter(&mut self, action: Action) {
        match action {
            Action::CycleVerdictFilter => self.panel.verdicts = self.panel.verdicts.next(),
            Action::CycleKindFilter => self.panel.kind = self.next_kind(),
            Action::CycleSeverityFilter => self.panel.min_severity = self.panel.next_severity(),
            _ => return,
        }
        let shown = self.shown_findings();
        if !shown.contains(&self.panel.selected) {
            self.panel.selected = shown
                .iter()
                .copied()
                .find(|&k| k > self.panel.selected)
                .or(shown.last().copied())
                .unwrap_or(0);
        }
        self.panes.cursor.finding = self.panes.cursor.finding.filter(|k| shown.contains(k));
    }

    /// The next kind `K` shows: the kinds this pair's findings have, in the order of
    /// `FindingKind`, then all again.
    fn next_kind(&self) -> Option<driftview::FindingKind> {
        let cmp = self.comparison()?;
        let mut kinds: Vec<driftview::FindingKind> = cmp.findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        match self.panel.kind {
            None => kinds.first().copied(),
            Some(k) => kinds.iter().copied().find(|&other| other > k),
        }
    }

    /// Whether keys are text typed into the search box or a note.
    pub(in crate::tui) fn is_typing(&self) -> bool {
        self.search.editing || self.reviewing.note.is_some()
    }

    /// The pair on screen has been (re)compared: its review is opened, or attached afresh.
    pub(in crate::tui) fn sync_review(&mut self) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        if self.new.is_none() {
            self.reviewing.session = None;
            return;
        }
        let pair = (cmp.docs.old.path.clone(), cmp.docs.new.path.clone());
        if self
            .reviewing
            .session
            .as_ref()
            .is_none_or(|r| r.pair != pair)
        {
            let reviewing = &mut self.reviewing;
            // A review left with unsaved changes is kept, and taken up again if its pair
            // comes back; one fully saved is read afresh from disk next time.
            if let Some(mut gone) = reviewing.session.take()
                && gone.unsaved() > 0
            {
                gone.save();
                if gone.unsaved() > 0 {
                    reviewing.left.push(gone);
                }
            }
            reviewing.session = match reviewing.left.iter().position(|r| r.pair == pair) {
                Some(k) => Some(reviewing.left.remove(k)),
                None => reviewing
                    .places
                    .file_for(&pair.0, &pair.1)
                    .map(|path| open(pair, path)),
            };
        }
        self.show_reviewed();
        if let (Some(r), Some(cmp)) = (&mut self.reviewing.session, self.panes.view.as_ref()) {
            r.attached = review::attach(&r.review, &cmp.comparison);
        }
    }

    /// `I` then Enter: an error the checks missed, marked on `row` with what the reviewer
    /// wrote, its category and severity the reviewer's kind's proposal (C and X change them).
    fn mark_issue(&mut self, row: usize, note: Option<String>) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        // What it concerns, when the reviewer opened with it in quotation marks.
        let words = review::issues::quoted_words(note.as_deref().unwrap_or(""));
        let anchor = review::issues::issue_anchor(&cmp, row, &words);
        let probe = driftview::Finding {
            kind: driftview::FindingKind::Reviewer,
            severity: driftview::Severity::High,
            row,
            left: String::new(),
            right: String::new(),
            message: String::new(),
            left_spans: Vec::new(),
            right_spans: Vec::new(),
        };
        let (category, severity) = self.reviewing.scoring.preset(&probe);
        let Some(r) = &mut self.reviewing.session else {
            return;
        };
        let mut entry = Entry::new(anchor.clone(), Some(Verdict::Error), note);
        entry.category = Some(category.clone());
        entry.error_severity = Some(severity);
        r.review.put(entry);
        r.changed.anchors.insert(anchor);
        self.reviewing.retry();
        self.sync_review();
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let k = cmp
            .findings
            .iter()
            .position(|f| f.kind == driftview::FindingKind::Reviewer && f.row == row);
        self.panes.cursor.finding = k;
        self.reviewing.just_judged = k;
        let score = self.score_note(&cmp).unwrap_or_default();
        self.status.message = Some(
            format!(
                "error marked on row {}: {category} · {} ({} {} change them) · {score}",
                row + 1,
                severity.label(),
                self.keys.hint(Action::CycleCategory),
                self.keys.hint(Action::CycleErrorSeverity),
            )
            .into(),
        );
    }

    /// The finding the verdict keys act on: the panel's selection when it has focus, else
    /// the one `]`/`[` last showed, else the first on the row at the top of the panes.
    pub(in crate::tui) fn current_finding(&self) -> Option<usize> {
        let cmp = self.comparison()?;
        let n = cmp.findings.len();
        if self.panel.shown && self.focus == crate::tui::action::Focus::Findings {
            return (self.panel.selected < n).then_some(self.panel.selected);
        }
        if let Some(k) = self.panes.cursor.finding.filter(|&k| k < n) {
            return Some(k);
        }
        let row = self.focus_row();
        cmp.findings.iter().position(|f| f.row == row)
    }

    /// The entry of finding `k`, if it has one.
    pub(in crate::tui) fn entry_of(&self, k: usize) -> Option<&Entry> {
        let r = self.reviewing.session.as_ref()?;
        r.attached
            .entries
            .get(k)
            .copied()
            .flatten()
            .map(|i| &r.review.entries[i])
    }

    /// The finding the review keys act on: the one a verdict key just judged and moved on
    /// from (for C, X, = and c), else the current one.
    fn review_target(&self) -> Option<usize> {
        let n = self.comparison()?.findings.len();
        self.reviewing
            .just_judged
            .filter(|&k| k < n)
            .or_else(|| self.current_finding())
    }

    /// Verdicts, notes and the note editor.
    pub(super) fn act_on_review(&mut self, action: Action) {
        match action {
            Action::Mark(verdict) => {
                let note = self
                    .review_target()
                    .and_then(|k| self.entry_of(k))
                    .and_then(|e| e.note.clone());
                let judged = self.review_target();
                self.record(verdict, note);
                if let Some(k) = judged.filter(|_| verdict.is_some() && self.reviewing.advance) {
                    self.move_on_from(k);
                }
            }
            Action::StartNote => {
                if self.review_target().is_none() {
                    self.status.message = Some(self.no_finding_hint().into());
                    return;
                }
                let k = self.review_target();
                let note = k
                    .and_then(|k| self.entry_of(k))
                    .and_then(|e| e.note.clone());
                self.reviewing.note = Some(LineEdit::at_end(note.unwrap_or_default()));
            }
            Action::TypeChar(c) => {
                if let Some(n) = &mut self.reviewing.note {
                    n.insert(c);
                }
            }
            Action::EraseChar => {
                if let Some(n) = &mut self.reviewing.note {
                    n.erase();
                }
            }
            Action::DeleteChar => {
                if let Some(n) = &mut self.reviewing.note {
                    n.delete();
                }
            }
            Action::MoveCursor(how) => {
                if let Some(n) = &mut self.reviewing.note {
                    n.move_cursor(how);
                }
            }
            Action::AcceptText if self.reviewing.issue_row.is_some() => {
                let note = self.reviewing.note.take().map(|e| e.text);
                if let Some(row) = self.reviewing.issue_row.take() {
                    self.mark_issue(row, note);
                }
            }
            Action::MarkIssue => {
                let Some(cmp) = self.comparison().cloned() else {
                    return;
                };
                if self.reviewing.session.is_none() || cmp.rows.is_empty() {
                    self.status.message = Some("no review for this pair (see --review)".into());
                    return;
                }
                self.reviewing.issue_row = Some(self.focus_row().min(cmp.rows.len() - 1));
                self.reviewing.note = Some(LineEdit::default());
            }
            Action::AcceptText => {
                let note = self.reviewing.note.take().map(|e| e.text);
                let verdict = self
                    .review_target()
                    .and_then(|k| self.entry_of(k))
                    .and_then(|e| e.verdict);
                self.record(verdict, note);
            }
            Action::CancelText => {
                self.reviewing.note = None;
                self.reviewing.issue_row = None;
            }
            Action::CycleCategory => {
                self.change_entry(|e, preset, model| match (&e.category, e.is_error()) {
                    (Some(c), true) => e.category = Some(model.next_category(c)),
                    (None, true) => e.category = Some(model.next_category(&preset.0)),
                    _ => make_error(e, preset),
                })
            }
            Action::MarkAlike => self.mark_alike(),
            Action::ExportReview => self.export_review(),
            Action::AcceptKind => self.accept_kind(),
            Action::CycleErrorSeverity => {
                self.change_entry(|e, preset, _| match (e.error_severity, e.is_error()) {
                    (Some(s), true) => e.error_severity = Some(s.next()),
                    (None, true) => e.error_severity = Some(preset.1.next()),
                    _ => make_error(e, preset),
                })
            }
            _ => {}
        }
    }

    /// `q`: quits, unless verdicts are unsaved; then it asks first, and the second `q` writes
    /// them to a file of their own, which the reader names as it closes.
    pub(super) fn ask_to_quit(&mut self) {
        if self.reviewing.quit_asked {
            self.reviewing.keep_unsaved();
            self.quit = true;
            return;
        }
        self.reviewing.retry();
        let n = self.reviewing.unsaved();
        if n == 0 {
            self.quit = true;
            return;
        }
        self.reviewing.quit_asked = true;
        let what = verdicts(n);
        self.status.message = Some(
            format!(
                "{n} {what} NOT SAVED. {} again: quit and write them to a file in {}; any other key: stay",
                self.keys.hint(Action::Quit),
                self.reviewing.places.fallback_dir.display()
            )
            .into(),
        );
    }

    fn no_finding_hint(&self) -> String {
        format!(
            "no finding here: {} goes to the next",
            self.keys.hint(Action::NextFinding(true))
        )
    }

    /// Gives the current finding this verdict and note, and saves; a new error gets the
    /// category and severity its finding's kind proposes.
    fn record(&mut self, verdict: Option<Verdict>, note: Option<String>) {
        self.change_entry(|e, preset, _| {
            e.verdict = verdict;
            e.note = note;
            if e.verdict == Some(Verdict::Error) {
                e.category.get_or_insert_with(|| preset.0.clone());
                e.error_severity.get_or_insert(preset.1);
            }
        });
    }

    /// Changes the current finding's entry (given with the category and severity its kind
    /// proposes, and the scoring model), saves, and says where the finding stands.
    fn change_entry(
        &mut self,
        change: impl FnOnce(&mut Entry, &(String, ErrorSeverity), &ScoringModel),
    ) {
        let (Some(k), Some(cmp)) = (self.review_target(), self.comparison().cloned()) else {
            self.status.message = Some(self.no_finding_hint().into());
            return;
        };
        let mut change = Some(change);
        if !self.change_findings(&cmp, &[k], |e, preset, model| {
            if let Some(change) = change.take() {
                change(e, preset, model)
            }
        }) {
            return;
        }
        let Some(r) = &self.reviewing.session else {
            return;
        };
        let finding = &cmp.findings[k];
        let anchor = Anchor::of(&cmp, finding);
        let reviewed = r.attached.reviewed(&r.review);
        // The cursor shows the finding just changed (unless it has moved on from it after a
        // verdict, and this refines it).
        if self.reviewing.just_judged != Some(k) {
            self.panes.cursor.finding = Some(k);
        }
        let what = match r.review.get(&anchor) {
            Some(e) if e.is_error() => {
                let (category, severity) =
                    review::scoring::judged(&self.reviewing.scoring, e, finding);
                format!(
                    "{} · {category} · {}",
                    e.verdict.map_or("", Verdict::label),
                    severity.label()
                )
            }
            Some(e) => e.verdict.map_or("note only", Verdict::label).to_string(),
            None => "verdict cleared".to_string(),
        };
        let unsaved = match self.reviewing.unsaved() {
            0 => String::new(),
            n => format!(" · {n} NOT SAVED"),
        };
        // Where the finding stands among those the panel shows, as `]` counts it.
        let (at, of) = place_among(k, &self.shown_findings(), cmp.findings.len());
        let score = self.score_note(&cmp).unwrap_or_default();
        self.status.message = Some(
            format!(
                "finding {at}/{of}: {what} · {reviewed} of {} reviewed · {score}{unsaved}",
                cmp.findings.len()
            )
            .into(),
        );
    }

    /// After a verdict on finding `k`: the cursor on the next finding the panel shows that
    /// has no verdict (C, X, = and c still refine `k` until another key is pressed).
    fn move_on_from(&mut self, k: usize) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        if self.entry_of(k).and_then(|e| e.verdict).is_none() {
            return;
        }
        let shown = self.shown_findings();
        // After k in the panel's order; k itself may be filtered out now (unreviewed only).
        let after: Vec<usize> = match shown.iter().position(|&j| j == k) {
            Some(p) => shown[p + 1..].to_vec(),
            None => shown.iter().copied().filter(|&j| j > k).collect(),
        };
        let next = after
            .into_iter()
            .find(|&j| self.entry_of(j).and_then(|e| e.verdict).is_none());
        let said = self.status.message.take().map(|m| m.to_string());
        let tail = match next {
            Some(j) => {
                self.panel.selected = j;
                self.panes.cursor.finding = Some(j);
                self.scroll_to_row(cmp.findings[j].row);
                self.reviewing.just_judged = Some(k);
                let (at, of) = place_among(j, &self.shown_findings(), cmp.findings.len());
                format!(" · next: finding {at}/{of}")
            }
            None => " · no finding without a verdict after it".to_string(),
        };
        self.status.message = said.map(|m| format!("{m}{tail}").into());
    }

    /// Changes the entries of findings `targets` of `cmp` (each given with the category and
    /// severity its kind proposes, and the scoring model), saves once, and attaches the
    /// review again; false (and a message) when there is no review to change.
    fn change_findings(
        &mut self,
        cmp: &Comparison,
        targets: &[usize],
        mut change: impl FnMut(&mut Entry, &(String, ErrorSeverity), &ScoringModel),
    ) -> bool {
        let Some(r) = &mut self.reviewing.session else {
            self.status.message = Some("no folder to keep reviews in (see --review)".into());
            return false;
        };
        for &k in targets {
            let finding = &cmp.findings[k];
            let anchor = Anchor::of(cmp, finding);
            let mut entry = r
                .review
                .get(&anchor)
                .cloned()
                .unwrap_or_else(|| Entry::new(anchor.clone(), None, None));
            let preset = self.reviewing.scoring.preset(finding);
            change(&mut entry, &preset, &self.reviewing.scoring);
            r.review.put(entry);
            r.changed.anchors.insert(anchor);
        }
        // Every change tries again what earlier saves could not write, this pair's and others'.
        self.reviewing.retry();
        if let Some(r) = &mut self.reviewing.session {
            r.attached = review::attach(&r.review, cmp);
        }
        true
    }

    /// `=`: the current finding's verdict, category, severity and note given to every finding
    /// alike (the same kind and evidence: a name rendered the same way all through a book).
    fn mark_alike(&mut self) {
        let (Some(k), Some(cmp)) = (self.review_target(), self.comparison().cloned()) else {
            self.status.message = Some(self.no_finding_hint().into());
            return;
        };
        let Some(judged) = self.entry_of(k).filter(|e| e.verdict.is_some()).cloned() else {
            self.status.message = Some(
                format!(
                    "give this finding a verdict first ({} {} {}); {} then gives it to every finding alike",
                    self.keys.hint(Action::Mark(Some(Verdict::Error))),
                    self.keys.hint(Action::Mark(Some(Verdict::Acceptable))),
                    self.keys.hint(Action::Mark(Some(Verdict::Verified))),
                    self.keys.hint(Action::MarkAlike)
                )
                .into(),
            );
            return;
        };
        let this = Anchor::of(&cmp, &cmp.findings[k]);
        let alike: Vec<usize> = (0..cmp.findings.len())
            .filter(|&j| j != k)
            .filter(|&j| {
                let a = Anchor::of(&cmp, &cmp.findings[j]);
                a.kind == this.kind && a.left == this.left && a.right == this.right
            })
            .collect();
        if !self.change_findings(&cmp, &alike, |e, _, _| {
            e.verdict = judged.verdict;
            e.category = judged.category.clone();
            e.error_severity = judged.error_severity;
            e.note = judged.note.clone();
        }) {
            return;
        }
        if self.reviewing.just_judged != Some(k) {
            self.panes.cursor.finding = Some(k);
        }
        let verdict = judged.verdict.map_or("", Verdict::label);
        let score = self.score_note(&cmp).unwrap_or_default();
        self.status.message = Some(
            format!(
                "{verdict} given to {} alike (the same {} and evidence) · {score}",
                driftview::text::counted::counted(alike.len(), "more finding"),
                cmp.findings[k].kind.label()
            )
            .into(),
        );
    }

    /// `A`: every finding of the current one's kind that has no verdict yet, acceptable.
    fn accept_kind(&mut self) {
        let (Some(k), Some(cmp)) = (self.review_target(), self.comparison().cloned()) else {
            self.status.message = Some(self.no_finding_hint().into());
            return;
        };
        let kind = cmp.findings[k].kind;
        let open: Vec<usize> = (0..cmp.findings.len())
            .filter(|&j| cmp.findings[j].kind == kind)
            .filter(|&j| self.entry_of(j).and_then(|e| e.verdict).is_none())
            .collect();
        if !self.change_findings(&cmp, &open, |e, _, _| e.verdict = Some(Verdict::Acceptable)) {
            return;
        }
        let score = self.score_note(&cmp).unwrap_or_default();
        self.status.message = Some(
            format!(
                "{} {} without a verdict marked acceptable · {score}",
                open.len(),
                kind.label()
            )
            .into(),
        );
    }

    /// `E`: the review of the pair on screen exported as markdown and CSV beside the new
    /// document (`OLD--NEW.review.md` and `.csv`; a round trip's beside the translation,
    /// `ORIGINAL--TRANSLATION.roundtrip.review.md`; in the current folder for a document with
    /// no file): the score, the errors per category, every finding with its
    /// verdict and note, as `report --format markdown` writes it; written atomically.
    fn export_review(&mut self) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let Some(r) = &self.reviewing.session else {
            self.status.message = Some("no review to export (see --review)".into());
            return;
        };
        let model = &self.reviewing.scoring;
        // As the report does: the reviewed findings whatever their severity, the others from
        // medium up.
        let items = review::export::items(&cmp, &r.review, &r.attached, model, |f, v| {
            v.is_some() || f.severity >= driftview::Severity::Medium
        });
        let score = review::scoring::score(model, &r.review, &r.attached, &cmp);
        let mut text = Vec::new();
        let mut table = Vec::new();
        let appendix = review::export::Appendix::of(&r.review, &r.applied, &r.attached);
        let written = review::export::write_markdown(&mut text, &cmp, &items, &score, appendix)
            .and_then(|()| review::export::write_csv(&mut table, &items));
        if let Err(e) = written {
            self.status.message = Some(format!("export failed: {e}").into());
            return;
        }
        let stem = |p: &std::path::Path| {
            p.file_stem()
                .map_or("document".into(), |s| s.to_string_lossy().into_owned())
        };
        // A round trip's review is named after the original and the translation, beside the
        // translation (the back-translation may be a file driftview made in its cache).
        let middle = self
            .panes
            .view
            .as_ref()
            .and_then(|v| v.middle.as_ref())
            .map(|m| m.comparison.docs.new.path.clone());
        let (new, kind) = match &middle {
            Some(translation) => (translation, ".roundtrip"),
            None => (&cmp.docs.new.path, ""),
        };
        let name = format!("{}--{}{kind}.review", stem(&cmp.docs.old.path), stem(new));
        // Beside the new document's file; a document with no file (the bundled samples,
        // stdin) exports into the current folder.
        let path = |extension: &str| {
            let name = format!("{name}.{extension}");
            if new.is_file() {
                new.with_file_name(name)
            } else {
                std::path::PathBuf::from(name)
            }
        };
        let (md, csv) = (path("md"), path("csv"));
        // The markdown to read and send, the CSV for a spreadsheet: the same findings.
        let saved = review::store::write_file(&md, &text)
            .map_err(|e| (md.clone(), e))
            .and_then(|()| review::store::write_file(&csv, &table).map_err(|e| (csv.clone(), e)));
        self.status.message = Some(
            match saved {
                Ok(()) => format!(
                    "review exported to {} and {} ({})",
                    md.display(),
                    csv.file_name().unwrap_or_default().to_string_lossy(),
                    driftview::text::counted::counted(items.len(), "finding")
                ),
                Err((path, e)) => format!("review NOT exported: {}: {e}", path.display()),
            }
            .into(),
        );
    }

    /// The review's score in a few words ("score 7.5 per 1k words: pass"): its errors'
    /// penalty points per 1,000 source words against the pass threshold.
    pub(in crate::tui) fn score_note(&self, cmp: &Comparison) -> Option<String> {
        let r = self.reviewing.session.as_ref()?;
        let s = review::scoring::score(&self.reviewing.scoring, &r.review, &r.attached, cmp);
        Some(format!(
            "score {} per 1k words: {}",
            review::scoring::points(s.per_thousand),
            if s.passed { "pass" } else { "FAIL" }
        ))
    }
}

/// A finding's entry made an error with the category and severity its kind proposes.
fn make_error(entry: &mut Entry, preset: &(String, ErrorSeverity)) {
    entry.verdict = Some(Verdict::Error);
    entry.category = Some(preset.0.clone());
    entry.error_severity = Some(preset.1);
}

/// Where finding `k` stands among `shown` (the findings the filters show, in the panel's
/// order, as `]` walks them), counted from 1, and of how many; a finding the filters hide
/// stands at its own place among all `total`.
pub(in crate::tui) fn place_among(k: usize, shown: &[usize], total: usize) -> (usize, usize) {
    match shown.iter().position(|&i| i == k) {
        Some(p) => (p + 1, shown.len()),
        None => (k + 1, total),
    }
}

/// Opens the review of a pair from its file (an empty review when there is none yet; a file
/// that cannot be read leaves the review empty and unsaved).
fn open(pair: (PathBuf, PathBuf), path: PathBuf) -> ReviewSession {
    let fresh = || Review::new(&pair.0.display().to_string(), &pair.1.display().to_string());
    let (review, problem) = match review::load(&path) {
        Ok(Some(r)) => (r, None),
        Ok(None) => (fresh(), None),
        Err(e) => (fresh(), Some(e.to_string())),
    };
    ReviewSession {
        pair,
        path,
        review,
        attached: Attached::default(),
        changed: review::Changes::default(),
        applied: Vec::new(),
        laid: None,
        read_only: problem.is_some(),
        problem,
    }
}

/// "verdict" or "verdicts".
fn verdicts(n: usize) -> &'static str {
    if n == 1 { "verdict" } else { "verdicts" }
}

impl ReviewSession {
    /// Why this review is not saved, naming its file by name: `r.json: cannot save the
    /// review: No space left on device`.
    fn reason(&self) -> Option<String> {
        let problem = self.problem.as_deref()?;
        let path = format!("{}: ", self.path.display());
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        Some(match problem.strip_prefix(&path) {
            Some(rest) => format!("{name}: {rest}"),
            None => problem.to_string(),
        })
    }

    /// How many verdicts and notes changed since the last save that reached the disk.
    fn unsaved(&self) -> usize {
        self.changed.len()
    }

    /// Writes the changes since the last save (merged with the file on disk). A file that
    /// could not be read is read again first, and written only once it reads.
    fn save(&mut self) {
        if self.read_only {
            match review::load(&self.path) {
                Ok(_) => self.read_only = false,
                Err(e) => {
                    self.problem = Some(e.to_string());
                    return;
                }
            }
        }
        match review::save(&self.path, &self.review, &self.changed) {
            Ok(merged) => {
                self.review = merged;
                self.changed = review::Changes::default();
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::testing::{sample_app, settle, with_review_folder};
    use crate::tui::theme::Paint;

    /// An app on two versions where one name is left out the same way in two sentences (a
    /// systematic rendering), with a number changed besides.
    fn systematic_app(name: &str) -> (App, PathBuf) {
        let old = "The weather was fine all day.\n\nAt noon Anna Berg ate soup with 3 friends.\n\nLater that night Anna Berg slept well.\n";
        let new = "The weather was fine all day.\n\nAt noon she ate soup with 4 friends.\n\nLater that night she slept well.\n";
        let docs = vec![
            driftview::Document::from_text(PathBuf::from("old.txt"), old),
            driftview::Document::from_text(PathBuf::from("new.txt"), new),
        ];
        with_review_folder(
            crate::tui::testing::app_on(docs, crate::tui::theme::Paint::COLOUR),
            name,
        )
    }

    #[test]
    fn one_key_gives_a_verdict_to_every_finding_alike_and_another_accepts_a_kind() {
        let (mut app, dir) = systematic_app("alike");
        let cmp = app.comparison().cloned().unwrap();
        let names: Vec<usize> = (0..cmp.findings.len())
            .filter(|&k| cmp.findings[k].kind == driftview::FindingKind::Name)
            .collect();
        assert_eq!(names.len(), 2, "{:?}", cmp.findings);
        // `=` before a verdict explains itself and changes nothing.
        app.panes.cursor.finding = Some(names[0]);
        app.act(Action::MarkAlike);
        let said = app.status.message.clone().unwrap().to_string();
        assert!(said.contains("give this finding a verdict first"), "{said}");
        app.act(Action::Mark(Some(Verdict::Error)));
        app.act(Action::CycleErrorSeverity);
        app.act(Action::MarkAlike);
        let said = app.status.message.clone().unwrap().to_string();
        assert!(
            said.starts_with("error given to 1 more finding alike"),
            "{said}"
        );
        for &k in &names {
            let e = app.entry_of(k).unwrap();
            assert_eq!(e.verdict, Some(Verdict::Error));
            assert_eq!(
                e.error_severity,
                Some(driftview::review::ErrorSeverity::Critical)
            );
        }
        // The number finding is another kind: untouched, until `A` accepts its kind.
        let number = (0..cmp.findings.len())
            .find(|&k| cmp.findings[k].kind == driftview::FindingKind::Number)
            .unwrap();
        assert!(app.entry_of(number).is_none());
        app.panes.cursor.finding = Some(number);
        app.act(Action::AcceptKind);
        assert_eq!(
            app.entry_of(number).unwrap().verdict,
            Some(Verdict::Acceptable)
        );
        // `A` on a name leaves the names judged already as they are.
        app.panes.cursor.finding = Some(names[1]);
        app.act(Action::AcceptKind);
        let said = app.status.message.clone().unwrap().to_string();
        assert!(said.starts_with("0 name without a verdict"), "{said}");
        assert_eq!(
            app.entry_of(names[1]).unwrap().verdict,
            Some(Verdict::Error)
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn an_error_the_checks_missed_is_marked_on_a_row_and_found_again() {
        let (mut app, dir) = reviewing_app("issue");
        let before = app.comparison().unwrap().findings.len();
        // A row with no finding: the reviewer marks what the checks missed.
        let cmp = app.comparison().cloned().unwrap();
        let quiet = (0..cmp.rows.len())
            .find(|&r| {
                !cmp.text(&cmp.rows[r], driftview::Side::Old).is_empty()
                    && cmp.findings.iter().all(|f| f.row != r)
            })
            .unwrap();
        app.scroll_to_row(quiet);
        app.act(Action::MarkIssue);
        assert!(app.is_typing());
        // A slip mended where it is: ← back over a letter, the missing one typed there.
        for c in "tense changd".chars() {
            app.act(Action::TypeChar(c));
        }
        app.act(Action::MoveCursor(crate::tui::line_edit::CursorMove::Left));
        app.act(Action::TypeChar('e'));
        app.act(Action::AcceptText);
        let said = app.status.message.clone().unwrap().to_string();
        assert!(
            said.starts_with(&format!(
                "error marked on row {}: accuracy/mistranslation · minor",
                quiet + 1
            )),
            "{said}"
        );
        let cmp = app.comparison().cloned().unwrap();
        assert_eq!(cmp.findings.len(), before + 1);
        let k = app.current_finding().unwrap();
        assert_eq!(cmp.findings[k].kind, driftview::FindingKind::Reviewer);
        assert_eq!(cmp.findings[k].row, quiet);
        // C and X refine it as any error just judged.
        app.act(Action::CycleErrorSeverity);
        let e = app.entry_of(k).unwrap();
        assert_eq!(e.note.as_deref(), Some("tense changed"));
        assert_eq!(
            e.error_severity,
            Some(driftview::review::ErrorSeverity::Major)
        );
        // A new reader on the same folder shows it among the findings, with its verdict.
        let mut again = sample_app(Paint::COLOUR);
        again.reviewing.places = app.reviewing.places.clone();
        again.sync_review();
        let cmp = again.comparison().cloned().unwrap();
        let k = cmp
            .findings
            .iter()
            .position(|f| f.kind == driftview::FindingKind::Reviewer)
            .expect("the issue is back");
        assert_eq!(cmp.findings[k].row, quiet);
        assert_eq!(again.entry_of(k).unwrap().verdict, Some(Verdict::Error));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_review_exports_as_markdown_beside_the_new_document() {
        let folder = std::env::temp_dir().join(format!("driftview-export-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let texts = [
            (
                "story-en.txt",
                "The weather was fine.\n\nAt noon Anna Berg ate soup with 3 friends.\n",
            ),
            (
                "story-new.txt",
                "The weather was fine.\n\nAt noon she ate soup with 4 friends.\n",
            ),
        ];
        let docs = texts
            .iter()
            .map(|(name, text)| {
                std::fs::write(folder.join(name), text).unwrap();
                driftview::Document::from_text(folder.join(name), *text)
            })
            .collect();
        let (mut app, dir) = with_review_folder(
            crate::tui::testing::app_on(docs, crate::tui::theme::Paint::COLOUR),
            "export",
        );
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        app.act(Action::ExportReview);
        let said = app.status.message.clone().unwrap().to_string();
        let file = folder.join("story-en--story-new.review.md");
        assert!(
            said.starts_with(&format!("review exported to {}", file.display())),
            "{said}"
        );
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("# Review: story-en.txt → story-new.txt"),
            "{text}"
        );
        assert!(
            text.contains("## Errors to fix (1)") && text.contains("- score: **"),
            "{text}"
        );
        // The same findings as CSV beside it, for a spreadsheet.
        assert!(
            said.contains(" and story-en--story-new.review.csv ("),
            "{said}"
        );
        let table = std::fs::read_to_string(folder.join("story-en--story-new.review.csv")).unwrap();
        let mut lines = table.lines();
        assert!(
            lines
                .next()
                .unwrap()
                .starts_with("row,verdict,error_category")
        );
        assert!(lines.next().unwrap().contains(",error,"), "{table}");
        // A place it cannot write to (a folder in the file's place) is said, not hidden.
        std::fs::remove_file(&file).unwrap();
        std::fs::create_dir(&file).unwrap();
        app.act(Action::ExportReview);
        let said = app.status.message.clone().unwrap().to_string();
        assert!(said.starts_with("review NOT exported"), "{said}");
        let _ = std::fs::remove_dir_all(dir);
        let _ = std::fs::remove_dir_all(folder);
    }

    /// An app on the samples whose reviews live in a folder of their own.
    fn reviewing_app(name: &str) -> (App, PathBuf) {
        with_review_folder(sample_app(Paint::COLOUR), name)
    }

    #[test]
    fn verdicts_and_notes_are_saved_at_once_and_found_again_by_a_new_reader() {
        let (mut app, dir) = reviewing_app("persist");
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        assert_eq!(app.entry_of(0).unwrap().verdict, Some(Verdict::Error));
        // The verdict moves on to the next finding without one…
        assert_eq!(app.panes.cursor.finding, Some(1));
        let message = app.status.message.as_deref().unwrap_or("");
        assert!(message.contains("· next: finding 2/"), "{message}");
        // …and the note written at once is on the finding just judged.
        app.act(Action::StartNote);
        assert!(app.is_typing());
        for c in "fine as is".chars() {
            app.act(Action::TypeChar(c));
        }
        app.act(Action::EraseChar);
        app.act(Action::TypeChar('s'));
        app.act(Action::AcceptText);
        assert!(!app.is_typing());
        assert_eq!(app.entry_of(0).unwrap().note.as_deref(), Some("fine as is"));
        assert_eq!(app.entry_of(0).unwrap().verdict, Some(Verdict::Error));
        assert!(app.entry_of(1).is_none());
        // The next verdict key judges the finding the cursor moved to.
        app.act(Action::Mark(Some(Verdict::Acceptable)));
        let message = app.status.message.as_deref().unwrap_or("");
        assert!(message.contains("acceptable · 2 of "), "{message}");
        // A new reader on the same folder sees both, the note kept with the verdict.
        let mut again = sample_app(Paint::COLOUR);
        again.reviewing.places = app.reviewing.places.clone();
        again.sync_review();
        let first = again.entry_of(0).unwrap();
        assert_eq!(
            (first.verdict, first.note.as_deref()),
            (Some(Verdict::Error), Some("fine as is"))
        );
        assert_eq!(
            again.entry_of(1).unwrap().verdict,
            Some(Verdict::Acceptable)
        );
        // Clearing removes the verdict only, and stays on the finding.
        again.act(Action::NextFinding(true));
        again.act(Action::Mark(None));
        assert_eq!(again.entry_of(0).unwrap().verdict, None);
        assert_eq!(
            again.entry_of(0).unwrap().note.as_deref(),
            Some("fine as is")
        );
        assert_eq!(again.panes.cursor.finding, Some(0));
        // Without `advance` the cursor stays on the finding judged.
        again.reviewing.advance = false;
        again.act(Action::Mark(Some(Verdict::Verified)));
        assert_eq!(again.panes.cursor.finding, Some(0));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// A reader whose review folder cannot be made (its parent is a file), as on a full or
    /// read-only disk: every save fails until the file is taken away.
    fn failing_app(name: &str) -> (App, PathBuf) {
        let (mut app, dir) = reviewing_app(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("blocker"), b"a file where a folder should be").unwrap();
        app.reviewing.places.data_dir = Some(dir.join("blocker/data"));
        app.reviewing.session = None;
        app.sync_review();
        (app, dir)
    }

    fn bar(app: &App) -> String {
        let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(160, 40))
            .expect("a test terminal");
        terminal
            .draw(|f| crate::tui::ui::draw(f, app))
            .expect("drawn");
        let buffer = terminal.backend().buffer();
        (0..160)
            .map(|x| buffer[(x, 39)].symbol().to_string())
            .collect()
    }

    #[test]
    fn a_failed_save_stays_shown_is_retried_and_is_saved_when_the_disk_allows() {
        let (mut app, dir) = failing_app("failing");
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        let message = app.status.message.as_deref().unwrap_or("").to_string();
        assert!(message.contains("1 NOT SAVED"), "{message}");
        // Other keys replace the message, not the mark.
        app.act(Action::NextFinding(true));
        app.act(Action::ToggleFold);
        assert!(bar(&app).contains("⚠ 1 verdict NOT SAVED"), "{}", bar(&app));
        app.act(Action::Mark(Some(Verdict::Verified)));
        assert!(
            bar(&app).contains("⚠ 2 verdicts NOT SAVED"),
            "{}",
            bar(&app)
        );
        // `q` asks first; any other key goes on.
        app.act(Action::Quit);
        assert!(!app.quit);
        let message = app.status.message.as_deref().unwrap_or("").to_string();
        assert!(message.contains("2 verdicts NOT SAVED"), "{message}");
        app.act(Action::ToggleFold);
        // The disk is freed: the next change saves all three.
        std::fs::remove_file(dir.join("blocker")).unwrap();
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Acceptable)));
        assert_eq!(app.reviewing.unsaved(), 0);
        assert!(!bar(&app).contains("NOT SAVED"));
        let path = app.reviewing.session.as_ref().unwrap().path.clone();
        assert_eq!(review::load(&path).unwrap().unwrap().entries.len(), 3);
        app.act(Action::Quit);
        assert!(app.quit);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn quitting_with_unsaved_verdicts_writes_them_to_a_file_it_names() {
        let (mut app, dir) = failing_app("fallback");
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        // Another pair: the first pair's unsaved verdict is kept, not dropped.
        app.act(Action::NextPair);
        settle(&mut app);
        app.sync_review();
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Verified)));
        assert_eq!(app.reviewing.unsaved(), 2);
        app.act(Action::Quit);
        app.act(Action::Quit);
        assert!(app.quit);
        assert_eq!(
            app.reviewing.farewell.len(),
            2,
            "{:?}",
            app.reviewing.farewell
        );
        let mut kept = 0;
        for entry in std::fs::read_dir(dir.join("fallback")).unwrap() {
            let path = entry.unwrap().path();
            let review = review::load(&path).unwrap().unwrap();
            kept += review.entries.len();
            let named = path.display().to_string();
            assert!(app.reviewing.farewell.iter().any(|f| f.contains(&named)));
        }
        assert_eq!(kept, 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn esc_drops_the_note_being_written_and_keys_type_into_it() {
        let (mut app, dir) = reviewing_app("cancel");
        app.act(Action::NextFinding(true));
        app.act(Action::StartNote);
        // `q` while writing is a letter of the note, not quit (the key map types it).
        let q = ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('q'),
            ratatui::crossterm::event::KeyModifiers::NONE,
        );
        let action = app.keys.action_for(&q, app.focus, app.is_typing());
        assert_eq!(action, Some(Action::TypeChar('q')));
        app.act(action.unwrap());
        app.act(Action::CancelText);
        assert!(!app.quit && app.reviewing.note.is_none());
        assert!(app.entry_of(0).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_corrupt_review_file_is_named_kept_and_not_written() {
        let (mut app, dir) = reviewing_app("corrupt");
        let path = app.reviewing.session.as_ref().unwrap().path.clone();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "not json").unwrap();
        app.reviewing.session = None;
        app.sync_review();
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        let problem = app
            .reviewing
            .session
            .as_ref()
            .unwrap()
            .problem
            .clone()
            .unwrap();
        assert!(problem.contains("not a driftview review"), "{problem}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_panel_filters_by_verdict_and_severity_and_the_jumps_follow() {
        let (mut app, dir) = reviewing_app("filters");
        let cmp = app.comparison().unwrap().clone();
        // By default the low-severity notes are left out.
        let graver = |k: &usize| cmp.findings[*k].severity >= driftview::Severity::Medium;
        let medium = app.shown_findings();
        assert_eq!(
            medium,
            (0..cmp.findings.len()).filter(graver).collect::<Vec<_>>()
        );
        assert!(
            medium.len() < cmp.findings.len(),
            "the samples have low-severity notes"
        );
        app.act(Action::CycleSeverityFilter);
        app.act(Action::CycleSeverityFilter);
        assert_eq!(app.panel.min_severity, driftview::Severity::Low);
        let all = app.shown_findings();
        let n = all.len();
        app.act(Action::NextFinding(true));
        app.act(Action::Mark(Some(Verdict::Error)));
        app.act(Action::CycleVerdictFilter);
        assert_eq!(app.panel.verdicts, VerdictFilter::Unreviewed);
        assert_eq!(app.shown_findings(), (1..n).collect::<Vec<_>>());
        // `]` from the top now skips the finding already judged.
        app.panes.cursor = Default::default();
        app.panes.top = 0;
        app.act(Action::NextFinding(true));
        assert_eq!(app.panes.cursor.finding, Some(1));
        app.act(Action::CycleVerdictFilter);
        assert_eq!(app.shown_findings(), [0]);
        app.act(Action::CycleVerdictFilter);
        app.act(Action::CycleVerdictFilter);
        app.act(Action::CycleVerdictFilter);
        assert_eq!(app.panel.verdicts, VerdictFilter::All);
        // K walks the kinds this pair has, then shows all again.
        let mut kinds: Vec<_> = cmp.findings.iter().map(|f| f.kind).collect();
        kinds.sort();
        kinds.dedup();
        for &kind in &kinds {
            app.act(Action::CycleKindFilter);
            assert_eq!(app.panel.kind, Some(kind));
            let shown = app.shown_findings();
            assert!(!shown.is_empty() && shown.iter().all(|&k| cmp.findings[k].kind == kind));
        }
        app.act(Action::CycleKindFilter);
        assert_eq!(app.panel.kind, None);
        app.act(Action::CycleSeverityFilter);
        let cmp = app.comparison().unwrap().clone();
        let medium = app.shown_findings();
        assert!(medium.len() < n, "the samples have low-severity notes");
        assert!(
            medium
                .iter()
                .all(|&k| cmp.findings[k].severity >= driftview::Severity::Medium)
        );
        assert!(
            medium.contains(&app.panel.selected),
            "the selection moved to a shown finding"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_panel_selection_is_the_current_finding_when_it_has_focus() {
        let (mut app, dir) = reviewing_app("panel");
        app.act(Action::ToggleFindings);
        app.act(Action::SelectFinding(1));
        app.act(Action::SelectFinding(1));
        settle(&mut app);
        assert_eq!(app.current_finding(), Some(2));
        app.act(Action::Mark(Some(Verdict::Verified)));
        assert_eq!(app.entry_of(2).unwrap().verdict, Some(Verdict::Verified));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
