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
        let base = super::names::code_label(self.code);
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    /// Reads a key as the help writes it: `j`, `G`, `]`, `Ctrl-d` (or `C-d`), `PgDn`, `F5`.
    pub(in crate::tui) fn parse(text: &str) -> Result<Key, String> {
        let (ctrl, base) = match text
            .strip_prefix("Ctrl-")
            .or_else(|| text.strip_prefix("C-"))
        {
            Some(rest) if !rest.is_empty() => (true, rest),
            _ => (false, text),
        };
        super::names::code_named(base)
            .map(|code| Key { code, ctrl })
            .ok_or_else(|| {
                format!("'{text}' is not a key (a character, Ctrl-x, Enter, Esc, Tab, PgDn, F5, …)")
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_from_their_labels() {
        for label in [
            "j", "G", "]", "Space", "Ctrl-d", "PgDn", "S-Tab", "↓", "Esc", "F5",
        ] {
            let key = Key::parse(label).unwrap();
            assert_eq!(key.label(), label);
        }
        assert_eq!(Key::parse("C-f").unwrap().label(), "Ctrl-f");
        assert_eq!(Key::parse("pagedown").unwrap().label(), "PgDn");
        assert_eq!(Key::parse("Down").unwrap().label(), "↓");
    }

    #[test]
    fn what_is_not_a_key_says_so() {
        for bad in ["", "Ctrl-", "jj", "F13", "Hyper-x"] {
            let e = Key::parse(bad).unwrap_err();
            assert!(e.contains("is not a key"), "{bad}: {e}");
        }
    }
}
