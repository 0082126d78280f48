//! The help overlay, generated from the key table so it never disagrees with the keys.
//! Descriptions wrap to the box; a box taller than the terminal scrolls.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use driftview::layout::{Highlight as Mark, Piece, wrap};
use driftview::{RowKind, Severity};

use crate::tui::action::Action;
use crate::tui::keymap::Scope;

/// The sections in the order shown: the keys that work everywhere (quitting among them)
/// first.
const SECTIONS: [(Scope, &str); 4] = [
    (Scope::Global, "Anywhere"),
    (Scope::List, "In the list"),
    (Scope::Panes, "In the panes"),
    (Scope::Findings, "In the findings panel"),
];

/// The help's lines at `width` columns: each binding's keys, then its description wrapped
/// under itself, never cut.
pub(in crate::tui) fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    blocks(app, width).concat()
}

/// The help's blocks at `width` columns: a key each (its section's heading with the first),
/// how to quit and to close the help first, then the notes. A column of the help breaks only
/// between blocks, never inside a key's description.
fn blocks(app: &App, width: usize) -> Vec<Vec<Line<'static>>> {
    let theme = app.theme;
    let bindings = app.keys.bindings();
    let labels: Vec<String> = bindings
        .iter()
        .map(|b| match b.keys.len() {
            // An action whose keys the configuration gave to another.
            0 => "(none)".to_string(),
            _ => b
                .keys
                .iter()
                .map(|k| k.label())
                .collect::<Vec<_>>()
                .join(" "),
        })
        .collect();
    // Keys in a column as wide as the widest label, within a third of the width.
    let key_width = labels
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(width / 3)
        .max(KEY_COLUMN);
    let text_width = width.saturating_sub(key_width + 2).max(MIN_TEXT);
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    for (scope, heading) in SECTIONS {
        // The heading goes with the section's first key: a column never ends on a heading.
        let mut lines = vec![Line::from(Span::styled(heading, theme.accent()))];
        let mut entries: Vec<_> = bindings
            .iter()
            .zip(&labels)
            .filter(|(b, _)| b.scope == scope)
            .collect();
        // How to leave comes first: a new user opens the help to find it.
        entries.sort_by_key(|(b, _)| !FIRST.contains(&b.action));
        for (b, label) in entries {
            lines.extend(labelled(label, b.help, key_width, text_width));
            blocks.push(std::mem::take(&mut lines));
        }
    }
    // The glossary in force: the terms each row is checked for, a block each.
    if let Some(glossary) = app.reviewing.knowledge.glossary.as_ref() {
        let mut lines = vec![Line::from(Span::styled(
            format!("Glossary ({} terms, checked on every row)", glossary.len()),
            theme.accent(),
        ))];
        for (term, translations) in glossary.entries() {
            let term = driftview::text::visible(term);
            let translations = driftview::text::visible(translations);
            lines.extend(labelled(&term, &translations, key_width, text_width));
            blocks.push(std::mem::take(&mut lines));
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    let notes = [
        (
            "Mouse: the wheel scrolls what is under it; a click picks a document.".to_string(),
            false,
        ),
        (legend(), true),
    ];
    // Where the verdicts go, and how they come out again: the review file's path was shown
    // nowhere, and `report` found it only when named.
    let saved = app.reviewing.session.as_ref().map(|session| {
        let path = driftview::text::visible(&session.path.display().to_string()).into_owned();
        (
            format!("Verdicts and notes of this pair are saved in {path}; `driftview report OLD NEW --format markdown` (or csv) shows them."),
            false,
        )
    });
    for (note, dim) in notes.into_iter().chain(saved) {
        for part in wrap_words(&note, width) {
            let style = if dim {
                theme.dim()
            } else {
                ratatui::style::Style::default()
            };
            lines.push(Line::from(Span::styled(part, style)));
        }
    }
    blocks.push(lines);
    blocks
}

/// A line of the help's table: `label` in the key column, `text` wrapped beside it and under
/// itself.
fn labelled(label: &str, text: &str, key_width: usize, text_width: usize) -> Vec<Line<'static>> {
    wrap_words(text, text_width)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let label = if n == 0 { label } else { "" };
            Line::from(format!(" {label:<key_width$} {part}"))
        })
        .collect()
}

/// The keys listed first in their section.
const FIRST: [Action; 2] = [Action::Quit, Action::ToggleHelp];

/// The narrowest key column (as wide as the table's usual labels).
const KEY_COLUMN: usize = 20;
/// Descriptions get at least this many columns, however narrow the screen.
const MIN_TEXT: usize = 12;
/// The help box is at most this wide: lines longer than this are hard to read.
const HELP_WIDTH: u16 = 80;

/// `text` wrapped to `width` columns by the layout's own wrapper.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let pieces = [Piece::new(text, Mark::Same)];
    wrap(&pieces, width).iter().map(|l| l.text()).collect()
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
        "Gutter: {}; findings {}; verdicts ✗ error ✓ acceptable ✔ verified",
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

/// The help as laid out on a screen of `area`.
struct Laid {
    /// Its lines, column after column.
    columns: Vec<Vec<Line<'static>>>,
    /// Two columns that are one text running on: the right one shows the lines after those
    /// the left one shows (a help too tall for the screen, scrolled as one).
    flowed: bool,
    width: u16,
    height: u16,
}

/// Two columns side by side where the screen is wide enough: cut between blocks where both
/// fit whole, else as one text running from the left column into the right, which scrolls
/// (a long glossary); one column that scrolls on a narrow screen.
fn layout(app: &App, area: Rect) -> Laid {
    let column = HELP_WIDTH.min(area.width.saturating_sub(2) / 2);
    if column >= MIN_COLUMN {
        let blocks = blocks(app, usize::from(column.saturating_sub(1)));
        let width = 2 * column + 2;
        let (left, right) = halves(blocks);
        let rows = left.len().max(right.len()) as u16;
        if rows + 2 <= area.height {
            return Laid {
                columns: vec![left, right],
                flowed: false,
                width,
                height: rows + 2,
            };
        }
        let mut all = left;
        all.extend(right);
        return Laid {
            columns: vec![all],
            flowed: true,
            width,
            height: area.height,
        };
    }
    let width = HELP_WIDTH.min(area.width);
    let all = lines(app, usize::from(width.saturating_sub(2)));
    let height = (all.len() as u16 + 2).min(area.height);
    Laid {
        columns: vec![all],
        flowed: false,
        width,
        height,
    }
}

impl Laid {
    /// Lines the box shows at once, and how many it has to show.
    fn shown_and_total(&self) -> (usize, usize) {
        let rows = usize::from(self.height.saturating_sub(2));
        let longest = self.columns.iter().map(Vec::len).max().unwrap_or(0);
        if self.flowed {
            (2 * rows, longest)
        } else {
            (rows, longest)
        }
    }
}

/// A column narrower than this wraps descriptions to a few words: the help stays one column.
const MIN_COLUMN: u16 = 60;

/// The blocks cut into two columns between blocks, where the longer column is shortest (the
/// first column the longer on a tie).
fn halves(blocks: Vec<Vec<Line<'static>>>) -> (Vec<Line<'static>>, Vec<Line<'static>>) {
    let total: usize = blocks.iter().map(Vec::len).sum();
    let mut before = 0;
    let mut best = (total, blocks.len());
    for (k, block) in blocks.iter().enumerate() {
        before += block.len();
        let longer = before.max(total - before);
        if longer < best.0 {
            best = (longer, k + 1);
        }
    }
    let mut blocks = blocks;
    let right = blocks.split_off(best.1).concat();
    (blocks.concat(), right)
}

/// The furthest the help can scroll on a screen of `area`.
pub(in crate::tui) fn max_top(app: &App, area: Rect) -> usize {
    let (shown, total) = layout(app, area).shown_and_total();
    total.saturating_sub(shown)
}

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let laid = layout(app, area);
    let rows = usize::from(laid.height.saturating_sub(2));
    let (shown, total) = laid.shown_and_total();
    // Taller than the screen: the help scrolls (j/k, pages, g/G) and says so.
    let top = app.help.top.min(total.saturating_sub(shown));
    let scrolls = total > shown;
    let closes = format!(
        "{} or {} closes",
        app.keys.keys_for(Action::ClearSearch).join(" or "),
        app.keys.hint(Action::ToggleHelp)
    );
    let title = if scrolls {
        format!(
            " driftview keys ({}/{} scroll, {}/{} · {closes}) ",
            app.keys.keys_for(Action::ScrollLines(1))[0],
            app.keys.keys_for(Action::ScrollLines(-1))[0],
            top + shown.min(total - top),
            total
        )
    } else {
        format!(" driftview keys ({closes}) ")
    };
    let block = Block::bordered()
        .title(title)
        .border_style(app.theme.accent());
    let popup = centred(area, laid.width, laid.height);
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    // A flowed help's one text is cut into its two columns at the box's height.
    let columns: Vec<Vec<Line>> = if laid.flowed {
        let all = laid.columns.into_iter().next().unwrap_or_default();
        let mut left: Vec<Line> = all.into_iter().skip(top).collect();
        let right = left.split_off(rows.min(left.len()));
        vec![left, right.into_iter().take(rows).collect()]
    } else {
        laid.columns
            .into_iter()
            .map(|c| c.into_iter().skip(top).take(rows).collect())
            .collect()
    };
    let count = columns.len() as u32;
    let areas = Layout::horizontal((0..count).map(|_| Constraint::Ratio(1, count))).split(inner);
    for (lines, &column) in columns.into_iter().zip(areas.iter()) {
        frame.render_widget(Paragraph::new(lines), column);
    }
}
