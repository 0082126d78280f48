//! Terminal input to actions: a pure mapping, so that every key, typed character and mouse
//! event reaches the app as an [`Action`] and `App::update` is the one place state changes.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::layout::Position;

use super::action::Action;
use super::app::App;
use super::ui::Geometry;

/// Lines one notch of the mouse wheel scrolls the panes: as terminals and pagers do (less,
/// vim), enough to move without losing the place.
const MOUSE_SCROLL_LINES: isize = 3;

/// What an input event asks for, if anything; `geometry` is the screen's layout (`None`
/// when the terminal is too small to draw the reader).
pub(super) fn action_for(app: &App, event: &Event, geometry: Option<&Geometry>) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let bound = app.keys.action_for(key, app.focus, app.is_typing());
            // Whatever the configuration unbinds, Ctrl-c quits and Ctrl-z suspends, as in
            // any program run from a shell (raw mode turns them into keys, not signals).
            let ctrl = |c| key.code == KeyCode::Char(c) && key.modifiers == KeyModifiers::CONTROL;
            match bound {
                None if ctrl('c') => Some(Action::Quit),
                None if ctrl('z') => Some(Action::Suspend),
                bound => bound,
            }
        }
        Event::Mouse(mouse) => geometry.and_then(|g| mouse_action(app, mouse, g)),
        _ => None,
    }
}

/// The wheel scrolls what is under the pointer; a click in the list picks a document.
fn mouse_action(app: &App, mouse: &MouseEvent, g: &Geometry) -> Option<Action> {
    let in_list = g.list.contains(Position::new(mouse.column, mouse.row));
    Some(match mouse.kind {
        MouseEventKind::ScrollDown if in_list => Action::SelectBy(1),
        MouseEventKind::ScrollUp if in_list => Action::SelectBy(-1),
        MouseEventKind::ScrollDown => Action::ScrollLines(MOUSE_SCROLL_LINES),
        MouseEventKind::ScrollUp => Action::ScrollLines(-MOUSE_SCROLL_LINES),
        MouseEventKind::Down(_) if in_list => {
            Action::SelectAt(app.list.offset + g.list_entry_at(mouse.row)?)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::KeyMap;
    use crate::tui::testing::sample_app;
    use crate::tui::theme::Paint;
    use ratatui::crossterm::event::KeyEvent;

    fn ctrl(c: char) -> Event {
        Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    #[test]
    fn ctrl_c_quits_and_ctrl_z_suspends_whatever_the_configuration_unbinds() {
        let mut app = sample_app(Paint::COLOUR);
        app.keys = KeyMap::with_rebindings(&[("quit".to_string(), Vec::new())]);
        let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
        assert_ne!(
            action_for(&app, &q, None),
            Some(Action::Quit),
            "q is unbound"
        );
        assert_eq!(action_for(&app, &ctrl('c'), None), Some(Action::Quit));
        assert_eq!(action_for(&app, &ctrl('z'), None), Some(Action::Suspend));
        // While a note is written, Ctrl-c is the key map's: it cancels the note.
        app.reviewing.note = Some(Default::default());
        assert_eq!(action_for(&app, &ctrl('c'), None), Some(Action::CancelText));
    }
}
