//! The findings panel: the current pair's findings, most severe marked, the selected one
//! highlighted; Enter shows its row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use driftview::drift::Severity;

use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The mark and style for a severity, shared with the panes' gutter.
pub(super) fn severity_mark(theme: Theme, severity: Severity) -> (char, ratatui::style::Style) {
    (severity.cue(), theme.severity(severity))
}

pub(super) fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = app.theme;
    let findings = app
        .comparison()
        .map(|c| c.findings.as_slice())
        .unwrap_or(&[]);
    let border = if app.focus == Focus::Findings {
        theme.accent()
    } else {
        theme.dim()
    };
    let keys = &app.keys;
    let title = format!(
        " Findings ({}) · {}/{} next/prev · {} shows ",
        findings.len(),
        keys.hint(Action::NextFinding(true)),
        keys.hint(Action::NextFinding(false)),
        keys.hint(Action::JumpToFinding),
    );
    let block = Block::bordered().title(title).border_style(border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height).max(1);
    let first = app.finding.saturating_sub(height - 1);
    let lines: Vec<Line> = findings
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, f)| {
            let (mark, style) = severity_mark(theme, f.severity);
            let text = format!(" row {:>4}  {:<8} {}", f.row + 1, f.kind.label(), f.message);
            let text_style = if i == app.finding {
                theme.selected()
            } else {
                ratatui::style::Style::default()
            };
            Line::from(vec![
                Span::styled(mark.to_string(), style),
                Span::styled(text, text_style),
            ])
        })
        .collect();
    let body = if findings.is_empty() {
        vec![Line::from(" No findings for this pair.")]
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(body), inner);
}
