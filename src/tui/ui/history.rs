//! The history panel: the row under the cursor through every version, the kind of change
//! each version made to it, the pair on screen picked out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use driftview::RowKind;
use driftview::versions::Versions;

use crate::tui::action::Action;
use crate::tui::app::App;

/// What version `v` did to row `row`, as a one-character cue: added, dropped, changed, moved,
/// the same, or absent before and after (`·`).
fn cue(versions: &Versions, row: usize, v: usize) -> char {
    let here = !versions.rows[row].0[v].is_empty();
    if v == 0 {
        return if here { ' ' } else { '·' };
    }
    let before = !versions.rows[row].0[v - 1].is_empty();
    match (before, here) {
        (false, false) => '·',
        (true, false) => RowKind::Deleted.cue(),
        (false, true) => RowKind::Inserted.cue(),
        (true, true) => versions.links[v - 1].comparison.rows[row].kind.cue(),
    }
}

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let Some(versions) = app.history_versions() else {
        return;
    };
    let theme = app.theme;
    let row = app.focus_row().min(versions.rows.len().saturating_sub(1));
    let title = format!(
        " History of row {} · {}/{} previous/next pair · {} hides ",
        row + 1,
        app.keys.hint(Action::PreviousPair),
        app.keys.hint(Action::NextPair),
        app.keys.hint(Action::ToggleHistory),
    );
    let block = Block::bordered().title(title).border_style(theme.dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height).max(1);
    let n = versions.docs.len();
    // A window of versions around the pair on screen when they do not all fit.
    let first = app
        .old
        .saturating_sub(height / 2)
        .min(n.saturating_sub(height));
    let names: Vec<String> = versions.docs.iter().map(|d| d.name()).collect();
    let name_width = names
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = (first..n.min(first + height))
        .map(|v| {
            let text = versions.text(row, v);
            let text = if text.is_empty() {
                "(not in this version)".to_string()
            } else {
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            };
            let name: String = names[v].chars().take(name_width).collect();
            let line = format!(" {} {name:<name_width$}  {text}", cue(versions, row, v));
            let line: String = line.chars().take(width).collect();
            let style = if v == app.old || Some(v) == app.new {
                theme.selected()
            } else {
                ratatui::style::Style::default()
            };
            Line::from(Span::styled(line, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
