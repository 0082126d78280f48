//! The help overlay, generated from the key table so it never disagrees with the keys.
//! It splits into two columns when the terminal is too short for one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::tui::app::App;
use driftview::{RowKind, Severity};

use crate::tui::action::Action;
use crate::tui::keymap::Scope;

const SECTIONS: [(Scope, &str); 4] = [
    (Scope::List, "In the list"),
    (Scope::Panes, "In the panes"),
    (Scope::Findings, "In the findings panel"),
    (Scope::Global, "Anywhere"),
];

fn lines(app: &App, key_width: usize) -> Vec<Line<'static>> {
    let theme = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    for (scope, heading) in SECTIONS {
        lines.push(Line::from(Span::styled(heading, theme.accent())));
        for b in app.keys.bindings().iter().filter(|b| b.scope == scope) {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            lines.push(Line::from(format!(
                " {:<key_width$} {}",
                keys.join(" "),
                b.help
            )));
        }
    }
    lines.push(Line::from(
        "Mouse: the wheel scrolls what is under it; a click picks a document.",
    ));
    lines.push(Line::from(Span::styled(legend(), theme.dim())));
    lines
}

/// What the gutter's cues mean, from the cues themselves.
fn legend() -> String {
    let rows: Vec<String> = RowKind::LEGEND
        .iter()
        .map(|(kind, word)| format!("{} {word}", kind.cue()))
        .collect();
    let severities: Vec<String> = Severity::ALL
        .iter()
        .map(|s| format!("{} {}", s.cue(), s.label()))
        .collect();
    format!(
        "Gutter: {}; findings {}",
        rows.join(" "),
        severities.join(" ")
    )
}

fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::bordered()
        .title(format!(
            " driftview keys ({} or {} closes) ",
            app.keys.keys_for(Action::ClearSearch).join(" or "),
            app.keys.hint(Action::ToggleHelp)
        ))
        .border_style(app.theme.accent());
    let one_column = lines(app, 20);
    if one_column.len() as u16 + 2 <= area.height {
        let popup = centred(area, 80, one_column.len() as u16 + 2);
        frame.render_widget(Clear, popup);
        frame.render_widget(Paragraph::new(one_column).block(block), popup);
        return;
    }
    let mut all = lines(app, 14);
    let half = all.len().div_ceil(2);
    let right = all.split_off(half);
    let popup = centred(area, 150, half as u16 + 2);
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [a, b] =
        Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(inner);
    frame.render_widget(Paragraph::new(all), a);
    frame.render_widget(Paragraph::new(right), b);
}
