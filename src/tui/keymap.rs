//! The key table: the one place keys meet actions. Help and hints are generated from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Focus};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Anywhere.
    Global,
    /// When the document list has focus.
    List,
    /// When the panes have focus.
    Panes,
    /// When the findings panel has focus.
    Findings,
}

/// A key as written in the table and the help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

/// One row of the key table.
pub(super) struct Binding {
    pub scope: Scope,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

const fn bind(scope: Scope, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding {
        scope,
        keys,
        action,
        help,
    }
}

use Scope::{Findings, Global, List, Panes};

/// Every key the reader knows, in the order the help shows them.
pub(super) const BINDINGS: &[Binding] = &[
    bind(
        List,
        &[k('j'), code(KeyCode::Down)],
        Action::SelectBy(1),
        "next document",
    ),
    bind(
        List,
        &[k('k'), code(KeyCode::Up)],
        Action::SelectBy(-1),
        "previous document",
    ),
    bind(
        List,
        &[code(KeyCode::Enter)],
        Action::SetNew,
        "show selected in the new pane",
    ),
    bind(
        Global,
        &[k('o')],
        Action::SetOld,
        "make selected the old (left) pane",
    ),
    bind(Global, &[k('s')], Action::SwapPanes, "swap old and new"),
    bind(
        Global,
        &[code(KeyCode::Tab), code(KeyCode::BackTab)],
        Action::ToggleFocus,
        "focus list / panes / findings",
    ),
    bind(
        Panes,
        &[k('j'), code(KeyCode::Down)],
        Action::ScrollLines(1),
        "scroll down a line",
    ),
    bind(
        Panes,
        &[k('k'), code(KeyCode::Up)],
        Action::ScrollLines(-1),
        "scroll up a line",
    ),
    bind(
        Global,
        &[ctrl('d')],
        Action::ScrollHalfPages(1),
        "half page down",
    ),
    bind(
        Global,
        &[ctrl('u')],
        Action::ScrollHalfPages(-1),
        "half page up",
    ),
    bind(
        Global,
        &[code(KeyCode::PageDown), k(' '), ctrl('f')],
        Action::ScrollPages(1),
        "page down",
    ),
    bind(
        Global,
        &[code(KeyCode::PageUp), ctrl('b')],
        Action::ScrollPages(-1),
        "page up",
    ),
    bind(Global, &[k('g'), code(KeyCode::Home)], Action::Top, "top"),
    bind(
        Global,
        &[k('G'), code(KeyCode::End)],
        Action::Bottom,
        "bottom",
    ),
    bind(
        Global,
        &[k('n')],
        Action::NextChange(true),
        "next change (next match while searching)",
    ),
    bind(
        Global,
        &[k('N'), k('p')],
        Action::NextChange(false),
        "previous change (or match)",
    ),
    bind(
        Findings,
        &[k('j'), code(KeyCode::Down)],
        Action::SelectFinding(1),
        "next finding in the panel",
    ),
    bind(
        Findings,
        &[k('k'), code(KeyCode::Up)],
        Action::SelectFinding(-1),
        "previous finding in the panel",
    ),
    bind(
        Findings,
        &[code(KeyCode::Enter)],
        Action::JumpToFinding,
        "show the finding's row",
    ),
    bind(Global, &[k(']')], Action::NextFinding(true), "next finding"),
    bind(
        Global,
        &[k('[')],
        Action::NextFinding(false),
        "previous finding",
    ),
    bind(Global, &[k('F')], Action::ToggleFindings, "findings panel"),
    bind(Global, &[k('/')], Action::StartSearch, "search both panes"),
    bind(
        Global,
        &[code(KeyCode::Esc)],
        Action::ClearSearch,
        "clear search / close help",
    ),
    bind(
        Global,
        &[k('f')],
        Action::ToggleFold,
        "fold unchanged stretches",
    ),
    bind(
        Global,
        &[k('w')],
        Action::CycleDiffOptions,
        "word diff: exact / ignore case / + punctuation",
    ),
    bind(
        Global,
        &[k('t')],
        Action::CycleTheme,
        "theme: colour / colour-blind safe / no colour",
    ),
    bind(
        Global,
        &[k('R')],
        Action::Reload,
        "reload files changed on disk",
    ),
    bind(Global, &[k('?')], Action::ToggleHelp, "this help"),
    bind(Global, &[k('q'), ctrl('c')], Action::Quit, "quit"),
];

impl Key {
    fn matches(&self, event: &KeyEvent) -> bool {
        let event_ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        self.code == event.code && self.ctrl == event_ctrl
    }

    /// How the key is written in the help ("Ctrl-d", "PgDn", "j").
    pub(super) fn label(&self) -> String {
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
            other => format!("{other:?}"),
        };
        if self.ctrl {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }
}

/// The action for a key press, given which part of the screen has focus.
pub(super) fn action_for(event: &KeyEvent, focus: Focus) -> Option<Action> {
    let focused = match focus {
        Focus::List => List,
        Focus::Panes => Panes,
        Focus::Findings => Findings,
    };
    BINDINGS
        .iter()
        .filter(|b| b.scope == Global || b.scope == focused)
        .find(|b| b.keys.iter().any(|key| key.matches(event)))
        .map(|b| b.action)
}

/// The keys bound to an action, as labels (for hints).
pub(super) fn keys_for(action: Action) -> Vec<String> {
    BINDINGS
        .iter()
        .filter(|b| b.action == action)
        .flat_map(|b| b.keys.iter().map(Key::label))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn j_moves_the_list_or_scrolls_by_focus() {
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(&j, Focus::List), Some(Action::SelectBy(1)));
        assert_eq!(action_for(&j, Focus::Panes), Some(Action::ScrollLines(1)));
    }

    #[test]
    fn control_keys_are_distinct_from_letters() {
        let cd = press(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&cd, Focus::Panes),
            Some(Action::ScrollHalfPages(1))
        );
        let d = press(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(action_for(&d, Focus::Panes), None);
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&cc, Focus::List), Some(Action::Quit));
    }

    #[test]
    fn shifted_letters_arrive_as_capitals() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(&g, Focus::Panes), Some(Action::Bottom));
    }

    #[test]
    fn every_binding_has_help_and_keys_are_not_bound_twice_in_a_scope() {
        let mut seen = std::collections::HashSet::new();
        for b in BINDINGS {
            assert!(!b.help.is_empty());
            for key in b.keys {
                let scopes: &[Scope] = if b.scope == Global {
                    &[List, Panes, Findings]
                } else {
                    &[b.scope]
                };
                for s in scopes {
                    assert!(
                        seen.insert((*s as u8, key.label())),
                        "{} bound twice",
                        key.label()
                    );
                }
            }
        }
        assert_eq!(keys_for(Action::Quit), ["q", "Ctrl-c"]);
    }
}
