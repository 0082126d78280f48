//! The two aligned panes: gutter cue, styled words, search matches, fold markers, progress.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use driftview::Side;
use driftview::layout::Line as LaidLine;

use super::findings::{severity_mark, verdict_mark};
use super::{GUTTER, Geometry};
use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::search::find_all;
use crate::tui::theme::Paint;
use crate::tui::view::ViewLine;
use driftview::drift::Severity;
use driftview::review::Verdict;

/// Which text a pane shows: a side of the panes' comparison, or the round trip's middle.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Side(Side),
    Middle,
}

pub(super) fn draw(frame: &mut Frame, app: &App, g: &Geometry) {
    let theme = app.theme;
    let border = if app.focus == Focus::Panes {
        theme.accent()
    } else {
        theme.dim()
    };
    let name = |doc: Option<usize>| doc.and_then(|d| app.docs.get(d)).map(|d| d.name());
    let round_trip = app.has_middle();
    // A round trip on a screen too narrow for three panes: the new pane's place shows the
    // middle while `M` says so.
    let narrow_middle = round_trip && g.middle.is_none() && app.narrow_middle;
    let right = if narrow_middle {
        Column::Middle
    } else {
        Column::Side(Side::New)
    };
    let mut columns = vec![(Column::Side(Side::Old), g.old)];
    columns.extend(g.middle.map(|m| (Column::Middle, m)));
    columns.push((right, g.new));
    let mut inner = Vec::with_capacity(columns.len());
    for &(column, area) in &columns {
        let (label, doc) = match (column, round_trip) {
            (Column::Side(Side::Old), false) => ("old", Some(app.old)),
            (Column::Side(Side::New), false) => ("new", app.new),
            (Column::Side(Side::Old), true) => ("original", Some(app.old)),
            (Column::Side(Side::New), true) => ("back-translation", app.new),
            (Column::Middle, _) => ("translation", app.middle),
        };
        let hint = if round_trip && g.middle.is_none() {
            format!(" ({} switches)", app.keys.hint(Action::SwitchNarrowMiddle))
        } else {
            String::new()
        };
        let hint = if column == Column::Side(Side::Old) {
            String::new()
        } else {
            hint
        };
        let title = match name(doc) {
            Some(n) => format!(" {label}: {n}{hint} "),
            None => format!(" {label} "),
        };
        let block = Block::bordered().title(title).border_style(border);
        inner.push((column, block.inner(area)));
        frame.render_widget(block, area);
    }
    let new_area = inner.last().map_or(Rect::default(), |c| c.1);
    let Some(view) = &app.panes.view else {
        draw_placeholder(frame, app, new_area);
        return;
    };
    let height = inner.first().map_or(0, |c| c.1.height);
    let lines = view.lines(app.panes.top, usize::from(height));
    if app.new.is_none() {
        draw_placeholder(frame, app, new_area);
        inner.truncate(1);
    }
    // The row that verdicts, notes, fixes and `e` act on is marked down its gutter.
    let focus = app.focus_row();
    for (column, area) in inner {
        let text: Vec<Line> = lines
            .iter()
            .map(|l| render_line(app, l, column, focus))
            .collect();
        frame.render_widget(Paragraph::new(text), area);
    }
}

fn draw_placeholder(frame: &mut Frame, app: &App, area: Rect) {
    let msg = Paragraph::new(placeholder(app)).wrap(Wrap { trim: true });
    frame.render_widget(msg.style(app.theme.dim()), area);
}

/// What the new pane says when there is no comparison to show.
fn placeholder(app: &App) -> String {
    if app.docs.is_empty() {
        let mut msg =
            "No documents to show. Pass files or folders: driftview A.txt B.txt".to_string();
        for n in &app.status.notices {
            msg.push_str("\n\n");
            msg.push_str(n);
        }
        return msg;
    }
    if app.new.is_none() {
        return "Only one document is open. Open another beside it to compare: driftview A.txt B.txt".into();
    }
    match app.jobs.waiting_since {
        Some(since) => format!(
            "Comparing… {:.1} s\n\nThe keys still work; the panes fill in when the alignment is ready.",
            since.elapsed().as_secs_f32()
        ),
        None => String::new(),
    }
}

fn render_line<'a>(app: &App, line: &'a ViewLine, column: Column, focus: usize) -> Line<'a> {
    let theme = app.theme;
    if line.folded > 0 {
        let unfold = app.keys.hint(Action::ToggleFold);
        let what = match app.panes.fold {
            crate::tui::view::Fold::NoFindings => "rows without findings",
            _ => "unchanged sentences",
        };
        let text = format!("  ⋯ {} {what} ({unfold} unfolds) ⋯", line.folded);
        return Line::from(Span::styled(text, theme.dim()));
    }
    let cmp = app.comparison();
    let kind = line.row.and_then(|k| cmp.map(|c| c.rows[k].kind));
    let mut spans = match kind {
        Some(kind) if line.first => {
            let (c, style) = theme.gutter(kind);
            let mark = line.row.and_then(|k| cmp.and_then(|c| worst_finding(c, k)));
            let (m, m_style) = match line.row.and_then(|k| row_verdict(app, k)) {
                Some(v) => verdict_mark(theme, v),
                None => mark.map_or((' ', Style::default()), |s| severity_mark(theme, s)),
            };
            vec![
                Span::styled(c.to_string(), style),
                Span::styled(m.to_string(), m_style),
            ]
        }
        _ => vec![Span::raw(" ".repeat(usize::from(GUTTER)))],
    };
    // The current row: its cue column reversed on every line of the row, a bar that stays
    // visible without colour.
    if line.row == Some(focus)
        && let Some(first) = spans.first_mut()
    {
        let (cue, rest) = split_first_char(&first.content);
        let cue = Span::styled(
            cue.to_string(),
            first.style.add_modifier(Modifier::REVERSED),
        );
        let rest = Span::styled(rest.to_string(), first.style);
        spans.splice(0..1, [cue, rest]);
    }
    spans.extend(line_number(app, line, column));
    let text = match column {
        Column::Side(side) => line.text.get(side),
        Column::Middle => &line.middle,
    };
    // A search of the list finds documents: the panes' text is not marked for it.
    let query = match app.search.in_list {
        None => app.search.query.text.as_str(),
        Some(_) => "",
    };
    spans.extend(styled(text, query, theme));
    Line::from(spans)
}

/// With `#`: the line of its file where the row starts on this side, right-aligned in the
/// numbers' columns on the row's first line; blank below it, on a side without text in the
/// row and in a round trip's middle pane.
fn line_number<'a>(app: &App, line: &ViewLine, column: Column) -> Option<Span<'a>> {
    let view = app.panes.view.as_ref()?;
    let width = view.number_width();
    if width == 0 {
        return None;
    }
    let number = match (column, line.row) {
        (Column::Side(side), Some(row)) if line.first => view.file_line(row, side),
        _ => None,
    };
    let text = number.map_or_else(|| " ".repeat(width), |n| format!("{n:>w$} ", w = width - 1));
    Some(Span::styled(text, app.theme.dim()))
}

/// A gutter span's first character (its cue) and the rest.
fn split_first_char(text: &str) -> (char, &str) {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    (first, chars.as_str())
}

/// The verdict a row shows once every finding on it has one: the gravest of them.
fn row_verdict(app: &App, row: usize) -> Option<Verdict> {
    let cmp = app.comparison()?;
    cmp.findings_range(row)
        .map(|k| app.entry_of(k).and_then(|e| e.verdict))
        .collect::<Option<Vec<_>>>()?
        .into_iter()
        .min()
}

/// The most severe finding on row `row` (findings are sorted by row).
fn worst_finding(cmp: &driftview::Comparison, row: usize) -> Option<Severity> {
    cmp.findings_on(row).iter().map(|f| f.severity).max()
}

/// The laid-out spans in theme styles, with search matches picked out.
fn styled<'a>(line: &'a LaidLine, query: &str, theme: Paint) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    for span in &line.spans {
        let style = theme.text(span.style);
        let matches = if query.is_empty() {
            Vec::new()
        } else {
            find_all(&span.text, query)
        };
        let mut pos = 0;
        for m in matches {
            out.push(Span::styled(&span.text[pos..m.start], style));
            out.push(Span::styled(
                &span.text[m.clone()],
                style.patch(theme.search()),
            ));
            pos = m.end;
        }
        out.push(Span::styled(&span.text[pos..], style));
    }
    out.retain(|s| !s.content.is_empty());
    if out.is_empty() {
        out.push(Span::styled("", Style::default()));
    }
    out
}
