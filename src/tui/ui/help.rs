//! The help overlay, generated from the key table so it never disagrees with the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use crate::tui::keymap::{BINDINGS, Scope};

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    for (scope, heading) in [
        (Scope::List, "In the list"),
        (Scope::Panes, "In the panes"),
        (Scope::Global, "Anywhere"),
    ] {
        lines.push(Line::from(Span::styled(heading, theme.accent())));
        for b in BINDINGS.iter().filter(|b| b.scope == scope) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            lines.push(Line::from(format!("  {:<22} {}", keys.join(" "), b.help)));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(
        "Mouse: wheel scrolls what is under it; a click picks a document.",
    ));
    lines.push(Line::from(Span::styled(
        "Gutter: ~ changed  - dropped  + added  > moved   (Esc or ? closes)",
        theme.dim(),
    )));
    let height = (lines.len() as u16 + 2).min(area.height);
    let width = 76.min(area.width);
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .title(" driftview keys ")
        .border_style(theme.accent());
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
