//! The key table: the one place keys meet actions. It is a value, built from the defaults
//! below (a configuration file can later replace bindings); the help overlay and every hint on
//! screen are generated from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod defaults;
mod key;
mod names;

use super::action::{Action, Focus};
use defaults::DEFAULTS;
use key::Scope::{Findings, Global, List, Panes, Search};
pub(in crate::tui) use key::{Key, Scope};

/// One row of the key table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Binding {
    pub(super) scope: Scope,
    pub(super) keys: Vec<Key>,
    pub(super) action: Action,
    pub(super) help: &'static str,
}

/// The key table in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct KeyMap {
    bindings: Vec<Binding>,
}

impl KeyMap {
    /// The built-in bindings.
    pub(super) fn defaults() -> KeyMap {
        let bindings = DEFAULTS
            .iter()
            .map(|d| Binding {
                scope: d.scope,
                keys: d.keys.to_vec(),
                action: d.action,
                help: d.help,
            })
            .collect();
        KeyMap { bindings }
    }

    /// The defaults with the configuration's rebindings applied (action name, keys; checked
    /// by [`read_rebinding`] first). A key given to an action leaves whatever else its scope
    /// bound it to, so one key never means two things.
    pub(super) fn with_rebindings(rebindings: &[(String, Vec<String>)]) -> KeyMap {
        let mut map = KeyMap::defaults();
        for (name, labels) in rebindings {
            let Some(at) = map
                .bindings
                .iter()
                .position(|b| names::action_name(b.action) == name)
            else {
                continue;
            };
            let keys: Vec<Key> = labels.iter().filter_map(|l| Key::parse(l).ok()).collect();
            let scope = map.bindings[at].scope;
            for (i, other) in map.bindings.iter_mut().enumerate() {
                if i != at && scopes_meet(scope, other.scope) {
                    other.keys.retain(|k| !keys.contains(k));
                }
            }
            map.bindings[at].keys = keys;
        }
        map
    }

    /// Every binding's action name and keys, in the help's order: what `driftview config`
    /// prints.
    pub(super) fn table(&self) -> Vec<(&'static str, Vec<String>)> {
        self.bindings
            .iter()
            .map(|b| {
                (
                    names::action_name(b.action),
                    b.keys.iter().map(Key::label).collect(),
                )
            })
            .collect()
    }

    /// Every binding, in the order the help shows them.
    pub(super) fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action for a key press, given which part of the screen has focus; while a search
    /// is typed, a plain character not bound in the search scope is typed into it.
    pub(super) fn action_for(
        &self,
        event: &KeyEvent,
        focus: Focus,
        typing: bool,
    ) -> Option<Action> {
        if typing {
            let bound = self.find(event, |s| s == Search);
            return bound.or(match event.code {
                KeyCode::Char(c) if !event.modifiers.contains(KeyModifiers::CONTROL) => {
                    Some(Action::TypeChar(c))
                }
                _ => None,
            });
        }
        let focused = match focus {
            Focus::List => List,
            Focus::Panes => Panes,
            Focus::Findings => Findings,
        };
        self.find(event, |s| s == Global || s == focused)
    }

    fn find(&self, event: &KeyEvent, scope: impl Fn(Scope) -> bool) -> Option<Action> {
        self.bindings
            .iter()
            .filter(|b| scope(b.scope))
            .find(|b| b.keys.iter().any(|key| key.matches(event)))
            .map(|b| b.action)
    }

    /// The keys bound to an action, as labels.
    pub(super) fn keys_for(&self, action: Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|b| b.action == action)
            .flat_map(|b| b.keys.iter().map(Key::label))
            .collect()
    }

    /// The keys bound to an action as a hint reads them: "]", "N/p", "Esc/Ctrl-c".
    pub(super) fn hint(&self, action: Action) -> String {
        self.keys_for(action).join("/")
    }
}

/// Whether a key in one scope can be pressed where the other scope listens: the same scope, or
/// a global key outside the search box.
fn scopes_meet(a: Scope, b: Scope) -> bool {
    a == b || (a == Global && b != Search) || (b == Global && a != Search)
}

/// Checks a rebinding the configuration asks for: the action exists and every key reads.
pub(crate) fn read_rebinding(action: &str, keys: &[String]) -> Result<(), String> {
    if !DEFAULTS
        .iter()
        .any(|d| names::action_name(d.action) == action)
    {
        return Err(format!(
            "unknown action '{action}' (`driftview config` lists them)"
        ));
    }
    keys.iter().try_for_each(|k| Key::parse(k).map(drop))
}

/// The key table in force with these rebindings, as action names and key labels.
pub(crate) fn table_with(rebindings: &[(String, Vec<String>)]) -> Vec<(&'static str, Vec<String>)> {
    KeyMap::with_rebindings(rebindings).table()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    fn action_for(event: &KeyEvent, focus: Focus) -> Option<Action> {
        KeyMap::defaults().action_for(event, focus, false)
    }

    fn keys_for(action: Action) -> Vec<String> {
        KeyMap::defaults().keys_for(action)
    }

    #[test]
    fn while_typing_a_search_characters_are_text_and_enter_esc_finish_it() {
        let map = KeyMap::defaults();
        let typed = |code, mods| map.action_for(&press(code, mods), Focus::Panes, true);
        let none = KeyModifiers::NONE;
        assert_eq!(typed(KeyCode::Char('q'), none), Some(Action::TypeChar('q')));
        assert_eq!(
            typed(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::TypeChar('G'))
        );
        assert_eq!(typed(KeyCode::Enter, none), Some(Action::AcceptText));
        assert_eq!(typed(KeyCode::Esc, none), Some(Action::CancelText));
        assert_eq!(
            typed(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::CancelText)
        );
        assert_eq!(typed(KeyCode::Backspace, none), Some(Action::EraseChar));
        assert_eq!(typed(KeyCode::Char('d'), KeyModifiers::CONTROL), None);
    }

    #[test]
    fn a_rebound_key_takes_effect_and_shows_in_the_hints() {
        let mut map = KeyMap::defaults();
        let fold = map
            .bindings
            .iter_mut()
            .find(|b| b.action == Action::ToggleFold)
            .unwrap();
        fold.keys = vec![Key {
            code: KeyCode::Char('z'),
            ctrl: false,
        }];
        let z = press(KeyCode::Char('z'), KeyModifiers::NONE);
        assert_eq!(
            map.action_for(&z, Focus::Panes, false),
            Some(Action::ToggleFold)
        );
        let f = press(KeyCode::Char('f'), KeyModifiers::NONE);
        assert_eq!(map.action_for(&f, Focus::Panes, false), None);
        assert_eq!(map.hint(Action::ToggleFold), "z");
    }

    #[test]
    fn a_configured_key_moves_from_its_old_action_and_the_help_follows() {
        let rebind = |name: &str, keys: &[&str]| {
            (
                name.to_string(),
                keys.iter().map(|k| k.to_string()).collect(),
            )
        };
        // `n` (next change) becomes next finding; next change keeps nothing but is listed.
        let map = KeyMap::with_rebindings(&[rebind("next-finding", &["n", "Ctrl-n"])]);
        let n = press(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(
            map.action_for(&n, Focus::Panes, false),
            Some(Action::NextFinding(true))
        );
        assert_eq!(map.hint(Action::NextFinding(true)), "n/Ctrl-n");
        assert_eq!(map.hint(Action::NextChange(true)), "");
        // `]` is free again.
        let bracket = press(KeyCode::Char(']'), KeyModifiers::NONE);
        assert_eq!(map.action_for(&bracket, Focus::Panes, false), None);
        // A key in the list's scope does not touch the findings panel's.
        let map = KeyMap::with_rebindings(&[rebind("next-document", &["x"])]);
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(
            map.action_for(&j, Focus::Findings, false),
            Some(Action::SelectFinding(1))
        );
    }

    #[test]
    fn rebindings_are_checked_by_name_and_key() {
        assert!(read_rebinding("fold", &["z".into()]).is_ok());
        let e = read_rebinding("fly", &["z".into()]).unwrap_err();
        assert!(e.contains("unknown action 'fly'"));
        assert!(read_rebinding("fold", &["Hyper-z".into()]).is_err());
        // Every bound action has a name of its own.
        let table = KeyMap::defaults().table();
        let names: std::collections::HashSet<_> = table.iter().map(|(n, _)| n).collect();
        assert_eq!(names.len(), table.len());
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
        for b in KeyMap::defaults().bindings() {
            assert!(!b.help.is_empty());
            for key in &b.keys {
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
