//! The findings panel: the current pair's findings, most severe marked, the selected one
//! highlighted; Enter shows its row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use driftview::drift::Severity;
use driftview::review::Verdict;

use crate::tui::action::{Action, Focus};
use crate::tui::app::App;
use crate::tui::theme::Paint;

/// How many of `total` findings the filters (severity, kind, verdict) hide when they show
/// `shown`, as the counts say it after the number shown: " +5 hidden", or nothing.
pub(super) fn hidden_note(shown: usize, total: usize) -> String {
    match total.saturating_sub(shown) {
        0 => String::new(),
        hidden => format!(" +{hidden} hidden"),
    }
}

/// The mark and style for a severity, shared with the panes' gutter.
pub(super) fn severity_mark(theme: Paint, severity: Severity) -> (char, ratatui::style::Style) {
    (severity.cue(), theme.severity(severity))
}

/// The mark and style of a verdict, where the severity's mark was: an error stands out, the
/// findings dealt with recede.
pub(super) fn verdict_mark(theme: Paint, verdict: Verdict) -> (char, ratatui::style::Style) {
    match verdict {
        Verdict::Error => ('✗', theme.severity(Severity::High)),
        Verdict::Acceptable => ('✓', theme.dim()),
        Verdict::Verified => ('✔', theme.dim()),
    }
}

/// What the panel's filters keep, when they leave anything out: "errors", "high",
/// "unreviewed, medium and high".
pub(super) fn filter_label(app: &App) -> Option<String> {
    // Medium and high is the default: said only when it is not.
    let severity = match app.panel.min_severity {
        Severity::Low => Some("every severity"),
        Severity::Medium => None,
        Severity::High => Some("high"),
    };
    let parts: Vec<&str> = [
        app.panel.kind.map(|k| k.label()),
        app.panel.verdicts.label(),
        severity,
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
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
    let reviewed = app
        .reviewing
        .session
        .as_ref()
        .map_or(0, |r| r.attached.reviewed(&r.review));
    let orphaned = app
        .reviewing
        .session
        .as_ref()
        .map_or(0, |r| r.attached.orphaned.len());
    let orphan_note = match orphaned {
        0 => String::new(),
        n => format!(" · {n} orphaned"),
    };
    let shown_note = match filter_label(app) {
        Some(what) => format!(" · showing {what}"),
        None => String::new(),
    };
    let shown = app.shown_findings();
    let title = format!(
        " Findings ({}{}, {reviewed} reviewed{orphan_note}{shown_note}) · {}/{} next/prev · {} shows · {} {} {} verdict ",
        shown.len(),
        hidden_note(shown.len(), findings.len()),
        keys.hint(Action::NextFinding(true)),
        keys.hint(Action::NextFinding(false)),
        keys.hint(Action::JumpToFinding),
        keys.hint(Action::Mark(Some(Verdict::Error))),
        keys.hint(Action::Mark(Some(Verdict::Acceptable))),
        keys.hint(Action::Mark(Some(Verdict::Verified))),
    );
    let block = Block::bordered().title(title).border_style(border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height).max(1);
    let at = shown
        .iter()
        .position(|&k| k == app.panel.selected)
        .unwrap_or(0);
    let first = at.saturating_sub(height - 1);
    let lines: Vec<Line> = shown
        .iter()
        .skip(first)
        .take(height)
        .map(|&i| (i, &findings[i]))
        .map(|(i, f)| {
            let entry = app.entry_of(i);
            let verdict = entry.and_then(|e| e.verdict);
            let (mark, style) = match verdict {
                Some(v) => verdict_mark(theme, v),
                None => severity_mark(theme, f.severity),
            };
            // An error names its category and severity, as the export does.
            let tag = match (verdict, entry.filter(|e| e.is_error())) {
                (Some(v), Some(e)) => {
                    let (category, severity) =
                        driftview::review::scoring::judged(&app.reviewing.scoring, e, f);
                    format!("[{}: {category}, {}] ", v.label(), severity.label())
                }
                (Some(v), None) => format!("[{}] ", v.label()),
                (None, _) => String::new(),
            };
            let note = entry
                .and_then(|e| e.note.as_deref())
                .map_or(String::new(), |n| format!(" — {n}"));
            // A round trip says where the drift entered.
            let origin = match app.introduced_by(i) {
                Some(1) => "⟨translation⟩ ",
                Some(_) => "⟨back-translation⟩ ",
                None => "",
            };
            let text = format!(
                " row {:>4}  {:<8} {tag}{origin}{}{note}",
                f.row + 1,
                f.kind.label(),
                f.message
            );
            let text_style = if i == app.panel.selected {
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
    // A book's rows may be on screen before its checks are done, or not yet at all.
    let comparing = app.comparison().is_none() && app.jobs.waiting_since.is_some();
    let checking = app.comparison().is_some_and(|c| !c.checked);
    let mut body = match (findings.is_empty(), shown.is_empty()) {
        (true, _) if comparing => vec![Line::from(" Comparing…")],
        (true, _) if checking => vec![Line::from(
            " Checking for drift: the findings appear here when the checks are done.",
        )],
        (true, _) => vec![Line::from(" No findings for this pair.")],
        (false, true) => vec![Line::from(format!(
            " None of the {} passes the filters ({} {} change them).",
            driftview::text::counted::counted(findings.len(), "finding"),
            keys.hint(Action::CycleVerdictFilter),
            keys.hint(Action::CycleSeverityFilter)
        ))],
        (false, false) => lines,
    };
    // Verdicts whose sentences are gone: listed under the findings, never dropped. (While
    // the checks run no finding is there yet for a verdict to meet.)
    if let Some(r) = app.reviewing.session.as_ref().filter(|_| !checking) {
        for &i in &r.attached.orphaned {
            let e = &r.review.entries[i];
            let verdict = e.verdict.map_or("note", Verdict::label);
            let evidence = if e.anchor.left.is_empty() {
                &e.anchor.right
            } else {
                &e.anchor.left
            };
            body.push(Line::from(Span::styled(
                format!(
                    " orphaned  {:<8} [{verdict}] {} (its sentence is no longer found)",
                    e.anchor.kind.label(),
                    evidence
                ),
                theme.dim(),
            )));
        }
    }
    frame.render_widget(Paragraph::new(body), inner);
}
