//! ANSI styling of laid-out lines for the text views, in the colours of a theme.

use super::theme::Theme;
use crate::layout::{Highlight, Line};

/// SGR parameters for each style. Word changes are bold so they read without colour too;
/// a theme without colours keeps the attributes (underlined changes, italic whole sentences).
fn sgr(style: Highlight, theme: &Theme) -> Option<String> {
    let Some(p) = theme.palette else {
        return match style {
            Highlight::Same => None,
            Highlight::Deleted | Highlight::Inserted => Some("1;4".into()),
            Highlight::Dropped | Highlight::Added | Highlight::Moved => Some("3".into()),
            Highlight::Note => Some("2;3".into()),
            Highlight::Anchor => Some("4".into()),
        };
    };
    match style {
        Highlight::Same => None,
        Highlight::Deleted => Some(format!("1;{}", p.deleted.sgr_foreground())),
        Highlight::Inserted => Some(format!("1;{}", p.inserted.sgr_foreground())),
        Highlight::Dropped => Some(p.deleted.sgr_foreground()),
        Highlight::Added => Some(p.inserted.sgr_foreground()),
        Highlight::Moved => Some(p.moved.sgr_foreground()),
        Highlight::Note => Some("2;3".into()),
        Highlight::Anchor => Some("4".into()),
    }
}

/// A line as text, coloured in the theme's colours when `theme` is given.
pub(super) fn paint(line: &Line, theme: Option<&Theme>) -> String {
    let mut out = String::new();
    for span in &line.spans {
        match theme.and_then(|t| sgr(span.style, t)) {
            Some(code) => {
                out.push_str("\x1b[");
                out.push_str(&code);
                out.push('m');
                out.push_str(&span.text);
                out.push_str("\x1b[0m");
            }
            None => out.push_str(&span.text),
        }
    }
    out
}

/// Dim text for separators and gutters.
pub(super) fn dim(text: &str, color: bool) -> String {
    if color {
        format!("\x1b[2m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}
