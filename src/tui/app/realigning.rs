//! The reviewer's alignment fixes in the reader: join the current row with the next, split
//! it, move a sentence into the row above or below, undo; kept in the pair's review file
//! and laid on the compared rows whenever the pair is shown (`show_reviewed`), the fixed rows'
//! findings made again.

use std::sync::Arc;

use driftview::Comparison;
use driftview::review::{self, alignment_fixes, alignment_fixes::FixAction};

use super::reviewing::{Laid, ReviewSession};
use super::{App, Mode};
use crate::tui::view::PaneView;

impl ReviewSession {
    /// `base` with this review's alignment fixes laid (itself when there are none); notes
    /// which fixes were applied.
    fn laid(
        &mut self,
        base: &Arc<Comparison>,
        knowledge: &driftview::Knowledge,
    ) -> Arc<Comparison> {
        if self.review.fixes.is_empty() {
            self.applied.clear();
            return base.clone();
        }
        if let Some(l) = &self.laid
            && Arc::ptr_eq(&l.base, base)
            && l.fixes == self.review.fixes
        {
            return l.fixed.clone();
        }
        let (fixed, applied) = alignment_fixes::with_fixes(base, &self.review.fixes, knowledge)
            .expect("there are fixes");
        let fixed = Arc::new(fixed);
        self.applied = applied;
        self.laid = Some(Laid {
            base: base.clone(),
            fixes: self.review.fixes.clone(),
            fixed: fixed.clone(),
        });
        fixed
    }
}

impl App {
    /// Whether the panes show a pair of two versions (not a round trip, not a history):
    /// where alignment fixes are made and laid.
    fn shows_plain_pair(&self) -> bool {
        self.mode != Mode::History && self.panes.view.as_ref().is_some_and(|v| v.middle.is_none())
    }

    /// The pair on screen as its review has it: the alignment fixes laid on the compared rows
    /// (a pair of two versions only), the errors marked with `I` among the findings; the panes
    /// are laid out again when that changes them, at the same row.
    pub(super) fn show_reviewed(&mut self) {
        let Some(view) = &self.panes.view else {
            return;
        };
        let base = self
            .shown_pair()
            .and_then(|(_, new)| self.cached_view(new).0)
            .map_or_else(|| view.comparison.clone(), |(c, _)| c);
        let plain = self.shows_plain_pair();
        let reviewing = &mut self.reviewing;
        let Some(r) = &mut reviewing.session else {
            return;
        };
        let fixed = if plain {
            r.laid(&base, &reviewing.knowledge)
        } else {
            base
        };
        let shown = match review::issues::with_issues(&fixed, &r.review) {
            Some(c) => Arc::new(c),
            None => fixed,
        };
        let now = &view.comparison;
        if Arc::ptr_eq(&shown, now) || (shown.rows == now.rows && shown.findings == now.findings) {
            return;
        }
        let row = self.current_row();
        if let Some(v) = self.panes.view.take() {
            self.panes.view = Some(PaneView::with_middle(shown, v.middle, self.panes.look()));
        }
        self.scroll_to_row(row);
    }

    /// `J`, `B`, `(`, `)`, `{`, `}`: an alignment fix on the current row (the row at the
    /// top of the panes), kept in the review file and laid at once.
    pub(super) fn fix_alignment(&mut self, action: FixAction) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        if !self.shows_plain_pair() {
            self.status.message = Some(
                "alignment fixes are made on a pair of two versions, not a round trip or a history"
                    .into(),
            );
            return;
        }
        let row = self.focus_row();
        let Some(r) = &mut self.reviewing.session else {
            self.status.message =
                Some("no review file to keep alignment fixes in (see --review)".into());
            return;
        };
        let fix = match alignment_fixes::make(&cmp, row, action) {
            Ok(fix) => fix,
            Err(why) => {
                self.status.message = Some(format!("row {}: {why}", row + 1).into());
                return;
            }
        };
        r.review.fixes.push(fix);
        r.changed.fixes = true;
        // The findings are made again: the reader stays on the fixed row, not on a finding.
        self.panes.cursor.finding = None;
        self.panes.cursor.row = Some(row);
        self.after_fix(&format!(
            "row {}: {}",
            row + 1,
            action.describe(FixAction::sides(cmp.across))
        ));
    }

    /// `U`: the last alignment fix undone (the rows it laid as they were before it).
    pub(super) fn undo_fix(&mut self) {
        let Some(cmp) = self.comparison().cloned() else {
            return;
        };
        let undone = self.reviewing.session.as_mut().and_then(|r| {
            let fix = r.review.fixes.pop()?;
            r.changed.fixes = true;
            Some(fix)
        });
        match undone {
            Some(fix) => self.after_fix(&format!(
                "undone: {}",
                fix.action.describe(FixAction::sides(cmp.across))
            )),
            None => self.status.message = Some("no alignment fix to undo".into()),
        }
    }

    /// After a fix or an undo: saved, laid, and said, with the save's trouble if any.
    fn after_fix(&mut self, done: &str) {
        self.reviewing.retry();
        self.sync_review();
        let (fixes, stale) = self.reviewing.session.as_ref().map_or((0, 0), |r| {
            let stale = r.applied.iter().filter(|a| !**a).count();
            (r.review.fixes.len(), stale)
        });
        let mut said = format!(
            "{done} · {} in the review",
            driftview::text::counted::counted(fixes, "alignment fix")
        );
        if stale > 0 {
            said.push_str(&format!(" ({stale} no longer found)"));
        }
        if fixes > 0 {
            said.push_str(&format!(
                " · {} undoes",
                self.keys.hint(crate::tui::action::Action::UndoFix)
            ));
        }
        if let Some(unsaved) = self.reviewing.unsaved_mark() {
            said.push_str(&format!(" · {unsaved}"));
        }
        self.status.message = Some(said.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::testing::{app_on, with_review_folder};
    use crate::tui::theme::Paint;

    fn two_versions(name: &str) -> (App, std::path::PathBuf) {
        let old = "The bridge opened in May.\n\nFerries run every hour.\n\nTickets cost two euros.\n\nThe mayor was pleased.\n";
        let new =
            "The bridge opened in May.\n\nFerries run every hour.\n\nThe mayor was pleased.\n";
        let docs = vec![
            driftview::Document::from_text(std::path::PathBuf::from("old.txt"), old),
            driftview::Document::from_text(std::path::PathBuf::from("new.txt"), new),
        ];
        with_review_folder(app_on(docs, Paint::COLOUR), name)
    }

    fn said(app: &App) -> String {
        app.status.message.clone().unwrap().to_string()
    }

    #[test]
    fn a_join_lays_its_rows_and_findings_at_once_and_an_undo_takes_it_back() {
        let (mut app, dir) = two_versions("join");
        let before = app.comparison().cloned().unwrap();
        assert_eq!(before.rows.len(), 4);
        assert_eq!(before.stats.deleted, 1);
        app.act(Action::NextFinding(true));
        assert_eq!(
            app.focus_row(),
            2,
            "the dropped row, though it cannot scroll to the top"
        );
        app.act(Action::FixAlignment(FixAction::MoveOldUp));
        assert!(
            said(&app).starts_with(
                "row 3: a sentence of the old version moved up · 1 alignment fix in the review"
            ),
            "{}",
            said(&app)
        );
        let after = app.comparison().cloned().unwrap();
        assert_eq!(after.rows.len(), 3);
        assert_eq!(after.stats.deleted, 0);
        assert!(
            after
                .findings
                .iter()
                .all(|f| f.kind != driftview::FindingKind::Dropped)
        );
        // Kept in the review file at once.
        let file = app.reviewing.session.as_ref().unwrap().path.clone();
        let kept = driftview::review::load(&file).unwrap().unwrap();
        assert_eq!(kept.fixes.len(), 1);
        app.act(Action::UndoFix);
        assert!(
            said(&app)
                .starts_with("undone: a sentence of the old version moved up · 0 alignment fixes"),
            "{}",
            said(&app)
        );
        assert_eq!(app.comparison().unwrap().rows, before.rows);
        assert_eq!(app.comparison().unwrap().findings, before.findings);
        app.act(Action::UndoFix);
        assert_eq!(said(&app), "no alignment fix to undo");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_fix_that_cannot_be_made_says_why_and_changes_nothing() {
        let (mut app, dir) = two_versions("refused");
        let before = app.comparison().cloned().unwrap();
        app.act(Action::FixAlignment(FixAction::MoveOldUp));
        assert_eq!(said(&app), "row 1: the first row has no row above");
        app.act(Action::Bottom);
        app.act(Action::NextFinding(true));
        app.act(Action::FixAlignment(FixAction::MoveNewDown));
        assert_eq!(said(&app), "row 3: this row has no sentence on that side");
        assert_eq!(app.comparison().unwrap().rows, before.rows);
        assert!(
            app.reviewing
                .session
                .as_ref()
                .unwrap()
                .review
                .fixes
                .is_empty()
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
