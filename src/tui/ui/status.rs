//! The status bar: both names, similarity, counts, position, options, and a hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::app::{App, options_label};
use crate::tui::keymap::keys_for;
use crate::tui::theme::Theme;

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    if app.search.editing || !app.search.query.is_empty() {
        let cursor = if app.search.editing { "█" } else { "" };
        let hint = if app.search.editing {
            "Enter keep · Esc cancel"
        } else {
            "n/N next/prev match · Esc clear"
        };
        let text = format!(
            "/{}{cursor}  {} matching rows  {hint}",
            app.search.query,
            app.search.rows.len()
        );
        frame.render_widget(
            Paragraph::new(Line::from(text)).style(theme.selected()),
            area,
        );
        return;
    }
    let mut parts: Vec<String> = Vec::new();
    // First, where it cannot be missed: what is on screen is no longer what is on disk.
    if let Some(notice) = &app.disk_notice {
        parts.push(notice.clone());
    }
    if let (Some(cmp), None) = (app.comparison(), app.new) {
        let doc = &cmp.docs.old;
        parts.push(format!(
            "{}: {} sentences, {} words",
            doc.name(),
            cmp.sentences.old.len(),
            doc.word_count()
        ));
    } else if let Some(cmp) = app.comparison() {
        let s = &cmp.stats;
        let rows = cmp.rows.len().max(1);
        let row = app.current_row() + 1;
        parts.push(format!("{:.0}% similar", cmp.similarity * 100.0));
        parts.push(format!(
            "~{} changed -{} dropped +{} added >{} moved",
            s.changed, s.deleted, s.inserted, s.moved
        ));
        parts.push(format!("{} findings (F)", cmp.findings.len()));
        parts.push(format!("row {row}/{rows} ({}%)", row * 100 / rows));
    } else if app.waiting_since.is_some() {
        parts.push("comparing…".to_string());
    }
    parts.push(options_label(&app.options).to_string());
    if app.theme != Theme::Colour {
        parts.push(app.theme.name().to_string());
    }
    if app.fold {
        parts.push("folded".to_string());
    }
    // The names come last: the panes' titles carry them too, so they are what a narrow
    // screen cuts first.
    if let (Some(cmp), Some(_)) = (app.comparison(), app.new) {
        parts.push(format!("{} ↔ {}", cmp.docs.old.name(), cmp.docs.new.name()));
    }
    let text = format!(" {} ", parts.join(" │ "));
    let hint = format!(" {} help ", keys_for(Action::ToggleHelp).join("/"));
    let width = usize::from(area.width);
    let room = width.saturating_sub(hint.chars().count());
    let shown: String = text.chars().take(room).collect();
    let pad = room.saturating_sub(shown.chars().count());
    let line = Line::from(vec![
        Span::raw(shown),
        Span::raw(" ".repeat(pad)),
        Span::styled(hint, theme.accent()),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.selected()), area);
}
