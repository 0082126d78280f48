//! The status bar: both names, similarity, counts, position, options, and a hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use driftview::text::counted::counted;
use driftview::{Comparison, RowKind};

use crate::tui::action::Action;
use crate::tui::app::{App, options_label};
use crate::tui::theme::Paint;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    if let Some(note) = &app.reviewing.note {
        let keys = &app.keys;
        // An error the reviewer marks on a row says so; a note on a finding is a note.
        let what = match app.reviewing.issue_row {
            Some(row) => format!(
                "error on row {}, what is wrong (“words” first names them)",
                row + 1
            ),
            None => "note".to_string(),
        };
        let text = format!(
            " {what}: {}  {} keep · {} cancel",
            note.shown('█'),
            keys.keys_for(Action::AcceptText)[0],
            keys.keys_for(Action::CancelText)[0]
        );
        frame.render_widget(
            Paragraph::new(Line::from(text)).style(theme.selected()),
            area,
        );
        return;
    }
    if app.search.editing || !app.search.query.text.is_empty() {
        let text = search_line(app);
        frame.render_widget(
            Paragraph::new(Line::from(text)).style(theme.selected()),
            area,
        );
        return;
    }
    let hint = format!(" {} help ", app.keys.hint(Action::ToggleHelp));
    let width = usize::from(area.width);
    let room = width.saturating_sub(hint.width());
    let shown = fit(&parts(app), room);
    let pad = room.saturating_sub(shown.chars().count());
    let line = Line::from(vec![
        Span::raw(shown),
        Span::raw(" ".repeat(pad)),
        Span::styled(hint, theme.accent()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.selected()), area);
}

/// Between the bar's fields.
const SEPARATOR: &str = " │ ";

/// As many whole fields as fit in `room` columns, in order; a first field too long alone is
/// cut at a word. A narrow bar drops fields, never halves of words.
fn fit(parts: &[String], room: usize) -> String {
    let mut out = String::from(" ");
    for (k, part) in parts.iter().enumerate() {
        let sep = if k == 0 { "" } else { SEPARATOR };
        if out.width() + sep.width() + part.width() + 1 > room {
            if k == 0 {
                let mut cut = String::new();
                for word in part.split_inclusive(' ') {
                    if out.width() + cut.width() + word.trim_end().width() + 1 > room {
                        break;
                    }
                    cut.push_str(word);
                }
                out.push_str(cut.trim_end());
            }
            break;
        }
        out.push_str(sep);
        out.push_str(part);
    }
    out.push(' ');
    out
}

/// The bar while a search is typed or kept: the query, its matches and the keys for it.
fn search_line(app: &App) -> String {
    let keys = &app.keys;
    let hint = if app.search.editing {
        format!(
            "{} keep · {} cancel",
            keys.keys_for(Action::AcceptText)[0],
            keys.keys_for(Action::CancelText)[0]
        )
    } else {
        format!(
            "{}/{} next/prev match · {} clear",
            keys.keys_for(Action::NextChange(true))[0],
            keys.keys_for(Action::NextChange(false))[0],
            keys.hint(Action::ClearSearch)
        )
    };
    let unsaved = app
        .reviewing
        .unsaved_mark()
        .map(|m| format!("{m} │ "))
        .unwrap_or_default();
    let found = if app.search.in_list.is_some() {
        format!("{} matching documents", app.search.documents.len())
    } else {
        format!("{} matching rows", app.search.rows.len())
    };
    format!(
        "{unsaved}/{}  {found}  {hint}",
        if app.search.editing {
            app.search.query.shown('█')
        } else {
            app.search.query.text.clone()
        }
    )
}

/// The bar's fields, most important first: a narrow screen cuts from the end.
fn parts(app: &App) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    // The question `q` asks before quitting with unsaved verdicts comes before all else.
    if app.reviewing.quit_asked
        && let Some(message) = &app.status.message
    {
        parts.push(message.to_string());
    }
    // Then, where it cannot be missed, until a save succeeds: verdicts not on disk.
    let unsaved = app.reviewing.unsaved_mark();
    parts.extend(unsaved.clone());
    // Then what is on screen is no longer what is on disk.
    if let Some(notice) = &app.status.disk {
        parts.push(notice.clone());
    }
    if let Some(message) = app
        .status
        .message
        .as_ref()
        .filter(|_| !app.reviewing.quit_asked)
    {
        parts.push(message.to_string());
    }
    if unsaved.is_none()
        && let Some(problem) = app
            .reviewing
            .session
            .as_ref()
            .and_then(|r| r.problem.as_ref())
    {
        parts.push(format!("review not saved: {problem}"));
    }
    // What reading the documents on screen had to mend (bytes that were not UTF-8).
    let shown = std::iter::once(app.old).chain(app.new);
    let mut warned: Vec<usize> = shown.filter(|&i| i < app.docs.len()).collect();
    warned.dedup();
    parts.extend(warned.iter().filter_map(|&i| app.docs[i].warning.clone()));
    match (app.comparison(), app.new) {
        (Some(cmp), None) => {
            let doc = &cmp.docs.old;
            parts.push(format!(
                "{}: {} sentences, {} words",
                doc.name(),
                cmp.sentences.old.len(),
                cmp.words.old
            ));
        }
        (Some(cmp), Some(_)) => parts.extend(comparison_parts(app, cmp)),
        (None, _) if app.jobs.waiting_since.is_some() => parts.push("comparing…".to_string()),
        (None, _) => {}
    }
    parts.push(options_label(&app.options).to_string());
    if app.theme != Paint::COLOUR {
        parts.push(app.theme.label().to_string());
    }
    match app.panes.fold {
        crate::tui::view::Fold::Off => {}
        crate::tui::view::Fold::Unchanged => parts.push("folded".to_string()),
        crate::tui::view::Fold::NoFindings => parts.push("rows with findings".to_string()),
    }
    if let Some(what) = super::findings::filter_label(app) {
        parts.push(format!("findings: {what}"));
    }
    // The names come last: the panes' titles carry them too, so they are what a narrow
    // screen cuts first.
    if let (Some(cmp), Some(_)) = (app.comparison(), app.new) {
        parts.push(format!("{} ↔ {}", cmp.docs.old.name(), cmp.docs.new.name()));
    }
    parts
}

/// Similarity, row counts, findings and the position in the pair on screen.
fn comparison_parts(app: &App, cmp: &Comparison) -> Vec<String> {
    let s = &cmp.stats;
    let rows = cmp.rows.len().max(1);
    let row = app.focus_row() + 1;
    // The last screen is the end, whichever row sits at its top.
    let percent = if app.at_bottom() {
        100
    } else {
        row * 100 / rows
    };
    // Across languages no words are shared: the languages say more than a similarity of 1%.
    let (old_doc, new_doc) = (&cmp.docs.old, &cmp.docs.new);
    let mut first = match (old_doc.language, new_doc.language) {
        (Some(a), Some(b)) if old_doc.in_another_language(new_doc) => {
            format!("{} → {}", a.name(), b.name())
        }
        _ => format!("{:.0}% similar", cmp.similarity * 100.0),
    };
    // The rows across languages depend on the dictionary the aligner weighed: named by its
    // file ("freedict-eng-spa").
    if let Some(path) = cmp.dictionary.as_deref().filter(|_| cmp.across) {
        let name = path.file_stem().unwrap_or(path.as_os_str());
        first.push_str(&format!(", with {}", name.to_string_lossy()));
    }
    let legend = RowKind::LEGEND
        .iter()
        .map(|&(kind, word)| format!("{}{} {word}", kind.cue(), s.count(kind)))
        .collect::<Vec<_>>()
        .join(" ");
    // One count everywhere: the findings the filters show (the panel's and `]`'s), with
    // how many they hide. (Verdicts are counted over every finding, shown or not.)
    let shown = app.shown_findings();
    let session = app.reviewing.session.as_ref();
    let findings = match session.map_or(0, |r| r.attached.reviewed(&r.review)) {
        _ if !cmp.checked => "checking for drift…".to_string(),
        0 => format!(
            "{}{} ({})",
            counted(shown.len(), "finding"),
            super::findings::hidden_note(shown.len(), cmp.findings.len()),
            app.keys.hint(Action::ToggleFindings)
        ),
        // Once verdicts are given, the review's score (its errors' penalty points per
        // 1,000 source words) and whether it passes.
        reviewed => format!(
            "{reviewed} of {} reviewed ({}), {}",
            counted(cmp.findings.len(), "finding"),
            app.keys.hint(Action::ToggleFindings),
            app.score_note(cmp).unwrap_or_default()
        ),
    };
    // Where the reader is comes first (which finding or change the last jump showed, since
    // on the last screen it need not be the row at the top; then the row), the pair's
    // figures after: a narrow screen drops the static statistics before the position.
    let mut parts = Vec::new();
    // Counted among the findings the panel shows, in its order (a filter, a round trip).
    if let Some(i) = app.panes.cursor.finding.filter(|&i| i < cmp.findings.len()) {
        let (at, of) = crate::tui::app::place_among(i, &shown, cmp.findings.len());
        parts.push(format!("finding {at}/{of}"));
    }
    if let Some(row) = app.panes.cursor.row {
        let targets = app.jump_targets(cmp);
        if let Some(k) = targets.iter().position(|&r| r == row) {
            let what = if app.search.query.text.is_empty() {
                "change"
            } else {
                "match"
            };
            parts.push(format!("{what} {}/{}", k + 1, targets.len()));
        }
    }
    parts.push(format!("row {row}/{rows} ({percent}%)"));
    parts.push(findings);
    parts.push(first);
    parts.push(legend);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_drops_whole_fields_and_never_cuts_a_word() {
        let parts: Vec<String> = ["82% similar", "~22 changed -0 dropped", "row 4/24 (16%)"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            fit(&parts, 80),
            " 82% similar │ ~22 changed -0 dropped │ row 4/24 (16%) "
        );
        assert_eq!(fit(&parts, 40), " 82% similar │ ~22 changed -0 dropped ");
        assert_eq!(fit(&parts, 20), " 82% similar ");
        assert_eq!(fit(&parts, 9), " 82% ");
        for room in 0..60 {
            let shown = fit(&parts, room);
            assert!(shown.width() <= room.max(2), "{room}: {shown:?}");
            assert!(
                !shown.contains("simil ") && !shown.ends_with("chan "),
                "{shown:?}"
            );
        }
    }
}
