//! `e` and Ctrl-e: the new (or old) document opened in the user's editor at the line of the
//! current row, as `git` and `less` open `$VISUAL` / `$EDITOR` (`+LINE FILE`, which vi, vim,
//! nano, emacs, helix and micro take); the loop runs it and reloads the files after. And `#`,
//! the files' line numbers beside the rows, said on the status bar.

use std::path::PathBuf;

use driftview::Side;

use super::App;

/// A file to open in the editor, and the line (from 1) to open it at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EditRequest {
    pub(crate) path: PathBuf,
    pub(crate) line: usize,
}

impl App {
    /// Asks the loop to open the new (`new`) or old document at the current row's line, or
    /// says on the status bar why it cannot.
    pub(super) fn ask_to_edit(&mut self, new: bool) {
        let Some(cmp) = self.comparison().cloned() else {
            self.status.message = Some("no document open to edit".into());
            return;
        };
        let side = if new { Side::New } else { Side::Old };
        let doc = cmp.docs.get(side);
        let label = doc.name();
        if !doc.has_file() {
            self.status.message = Some(
                format!(
                    "{}: no file to edit (bundled samples and standard input are not files)",
                    label
                )
                .into(),
            );
            return;
        }
        let Some(index) = doc.line_index() else {
            self.status.message = Some(
                format!(
                    "{}: its text is made from the file (a web page, Markdown, an office file, subtitles or a bilingual file), so a row has no line of it to open at",
                    label
                )
                .into(),
            );
            return;
        };
        let line = cmp
            .rows
            .get(self.focus_row())
            .map_or(1, |row| index.line_of(cmp.text_range(row, side).start));
        // A bilingual file's side opens the file at its entry's line.
        self.edit = Some(EditRequest {
            path: doc.file().to_path_buf(),
            line,
        });
    }

    /// What the status bar says once `#` has shown or hidden the line numbers.
    pub(super) fn line_numbers_said(&self) -> String {
        let hide = self
            .keys
            .hint(crate::tui::action::Action::ToggleLineNumbers);
        let shown = self
            .panes
            .view
            .as_ref()
            .is_some_and(|v| v.number_width() > 0);
        match (self.panes.line_numbers, shown) {
            (false, _) => "line numbers hidden".into(),
            (true, true) => {
                format!("line numbers of the files beside the rows ({hide} hides them)")
            }
            (true, false) if self.panes.view.is_none() => {
                "line numbers on: shown once a pair is on screen".into()
            }
            (true, false) => {
                let lines = self.comparison().map(|c| c.line_indexes());
                if lines.is_some_and(|l| l.old.is_some() || l.new.is_some()) {
                    "line numbers on, but the panes are too narrow for them".into()
                } else {
                    "no line numbers for bundled samples, nor text made from HTML, Markdown, office files, subtitles, TMX".into()
                }
            }
        }
    }

    /// The editor has ended: the files are read again (what changed is compared anew), and
    /// trouble with the editor is said.
    pub(super) fn after_edit(&mut self, trouble: Option<String>) {
        self.jobs.outbox.push(super::Request::Reload);
        self.status.message = trouble.map(Into::into);
    }
}
