//! ANSI styling of laid-out lines for the text views.

use crate::layout::{Line, Style};

/// SGR codes for each style; change styles are bold so they read without colour too.
fn sgr(style: Style) -> Option<&'static str> {
    match style {
        Style::Same => None,
        Style::Deleted => Some("1;31"),
        Style::Inserted => Some("1;32"),
        Style::Dropped => Some("31"),
        Style::Added => Some("32"),
        Style::Moved => Some("36"),
        Style::Note => Some("2;3"),
    }
}

/// A line as text, coloured when asked.
pub(super) fn paint(line: &Line, color: bool) -> String {
    let mut out = String::new();
    for span in &line.spans {
        match sgr(span.style).filter(|_| color) {
            Some(code) => {
                out.push_str("\x1b[");
                out.push_str(code);
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
