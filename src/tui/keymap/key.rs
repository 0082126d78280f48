//! A key as the table writes it, and where a binding applies: a leaf of `keymap/`, read by
//! the default table and the map alike.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::tui) enum Scope {
    /// Anywhere.
    Global,
    /// When the document list has focus.
    List,
    /// When the panes have focus.
    Panes,
    /// When the findings panel has focus.
    Findings,
    /// While a search is being typed: any other character goes into the query.
    Search,
}

/// A key as written in the table and the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::tui) struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub(super) fn matches(&self, event: &KeyEvent) -> bool {
        let event_ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        self.code == event.code && self.ctrl == event_ctrl
    }

    /// How the key is written in the help ("Ctrl-d", "PgDn", "j").
    pub(in crate::tui) fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}
