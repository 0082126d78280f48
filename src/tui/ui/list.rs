//! The document list: title, words, similarity to the old pane's document, pane badges.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use driftview::layout::prefix_within;

use crate::tui::action::Focus;
use crate::tui::app::{App, Mode};

/// A bar of `cells` steps for a share in 0..=1.
fn bar(value: f32, cells: usize) -> String {
    let filled = (value.clamp(0.0, 1.0) * cells as f32).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(cells - filled))
}

/// The text cut to `width` columns, with an ellipsis when cut.
fn clip(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    format!("{}…", prefix_within(text, width.saturating_sub(1)))
}

/// Files that could not be opened, at the foot of the list, as room allows.
fn draw_notices(frame: &mut Frame, app: &App, inner: Rect) {
    if app.status.notices.is_empty() {
        return;
    }
    let shown = app.docs.len().saturating_sub(app.list.offset) * 2;
    let room = usize::from(inner.height).saturating_sub(shown + 1);
    if room < 2 {
        return;
    }
    let mut lines = vec![Line::from(Span::styled(
        format!("{} skipped:", app.status.notices.len()),
        app.theme.accent(),
    ))];
    lines.extend(
        app.status
            .notices
            .iter()
            .map(|n| Line::from(Span::styled(n.clone(), app.theme.dim()))),
    );
    let height = (lines.len() * 2).min(room) as u16;
    let area = Rect {
        y: inner.y + inner.height - height,
        height,
        ..inner
    };
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let border = if app.focus == Focus::List {
        theme.accent()
    } else {
        theme.dim()
    };
    let block = Block::bordered()
        .title(format!(" Documents ({}) ", app.docs.len()))
        .border_style(border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let visible = usize::from(inner.height / 2).max(1);
    // When the documents are in more than one language, each entry says its own.
    let first_language = app.docs.iter().find_map(|d| d.language);
    let languages = app
        .docs
        .iter()
        .any(|d| d.language.is_some() && d.language != first_language);
    for i in app.list.offset..(app.list.offset + visible).min(app.docs.len()) {
        let badge = if i == app.old {
            "old "
        } else if app.new == Some(i) {
            "new "
        } else {
            ""
        };
        let title_style = if i == app.list.selected {
            theme.selected()
        } else {
            Style::default()
        };
        // The list's search: the documents it matches are underlined.
        let title_style = if app.search.in_list.is_some() && app.search.documents.contains(&i) {
            title_style.add_modifier(Modifier::UNDERLINED)
        } else {
            title_style
        };
        // Titles and commit subjects come from documents: their control characters are shown.
        let title = clip(&driftview::text::visible(&app.labels[i]), width);
        lines.push(Line::from(Span::styled(
            format!("{title:<width$}"),
            title_style,
        )));
        let measured = match app.list.against_old.get(i).copied().flatten() {
            _ if i == app.old && app.mode != Mode::FolderPairs => String::new(),
            // A translation shares next to no words with its source: a share of words in
            // common ("1%") is no measure of it. Its findings are.
            Some(a)
                if app
                    .docs
                    .get(app.old)
                    .is_some_and(|old| old.in_another_language(&app.docs[i])) =>
            {
                format!(" ⚑{}", a.findings.at_least(app.panel.min_severity))
            }
            // A narrow list gets a shorter bar so the findings count still fits.
            Some(a) => format!(
                " {:>3.0}% {} ⚑{}",
                a.similarity * 100.0,
                bar(a.similarity, if width >= 32 { 10 } else { 5 }),
                a.findings.at_least(app.panel.min_severity)
            ),
            None => " …".to_string(),
        };
        let language = match app.docs[i].language {
            Some(l) if languages => format!("{} ", l.code()),
            _ => String::new(),
        };
        let detail = format!(" {badge}{language}{}w{measured}", app.words[i]);
        let badge_style = if badge.is_empty() {
            theme.dim()
        } else {
            theme.accent()
        };
        lines.push(Line::from(Span::styled(detail, badge_style)));
    }
    if app.docs.is_empty() {
        lines.push(Line::from("No documents."));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    draw_notices(frame, app, inner);
}
