//! The history panel: the row under the cursor through every version, wrapped, each
//! version's changes marked, the kind of change each version made to it, the pair on screen
//! picked out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use driftview::RowKind;
use driftview::layout::side_lines;
use driftview::side::Side;
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
    let names: Vec<String> = versions.docs.iter().map(|d| d.name()).collect();
    let name_width = names
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .min(40)
        .min(usize::from(inner.width) / 4);
    let width = usize::from(inner.width);
    // Each version's text wrapped beside its name, its changes since the version before
    // marked as the panes mark them (the first version: what the second took out).
    // The head's columns: a space, the cue, a space, the name, two spaces (`head` below).
    let prefix = 5 + name_width;
    let options = driftview::layout::LayoutOptions {
        width: width.saturating_sub(prefix).max(1),
        markers: false,
        counterparts: false,
    };
    let blocks: Vec<Vec<Line>> = (0..n)
        .map(|v| {
            let style = if v == app.old || Some(v) == app.new {
                theme.selected()
            } else {
                ratatui::style::Style::default()
            };
            let laid = match (
                v.checked_sub(1).and_then(|u| versions.link(u, v)),
                versions.link(v, v + 1),
            ) {
                _ if versions.text(row, v).is_empty() => Vec::new(),
                (Some(link), _) => side_lines(&link.comparison, row, Side::New, &options),
                (None, Some(link)) => side_lines(&link.comparison, row, Side::Old, &options),
                (None, None) => Vec::new(),
            };
            let name: String = names[v].chars().take(name_width).collect();
            let head = format!(" {} {name:<name_width$}  ", cue(versions, row, v));
            if laid.is_empty() {
                return vec![Line::from(Span::styled(
                    format!("{head}(not in this version)"),
                    style,
                ))];
            }
            laid.iter()
                .enumerate()
                .map(|(k, line)| {
                    let lead = if k == 0 {
                        head.clone()
                    } else {
                        " ".repeat(prefix)
                    };
                    let mut spans = vec![Span::styled(lead, style)];
                    spans.extend(
                        line.spans
                            .iter()
                            .map(|s| Span::styled(s.text.to_string(), theme.text(s.style))),
                    );
                    Line::from(spans)
                })
                .collect()
        })
        .collect();
    // From the pair on screen's first version, or earlier where the rest leaves room.
    let mut first = app.old.min(n.saturating_sub(1));
    while first > 0 && blocks[first - 1..].iter().map(Vec::len).sum::<usize>() <= height {
        first -= 1;
    }
    let lines: Vec<Line> = blocks[first..].concat().into_iter().take(height).collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
