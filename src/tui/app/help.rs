//! The help overlay's state: open or not, and its first line shown (it scrolls when taller
//! than the screen).

use crate::tui::action::Action;

/// The help overlay.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(in crate::tui) struct Help {
    /// Whether it covers the panes.
    pub shown: bool,
    /// The first line shown.
    pub top: usize,
}

impl Help {
    /// Opens it at its first line, or closes it.
    pub(super) fn toggle(&mut self) {
        self.shown = !self.shown;
        self.top = 0;
    }

    /// Scrolls by a scrolling action, a page being `page` lines; other actions do nothing.
    pub(super) fn scroll(&mut self, action: Action, page: usize) {
        let page = page.max(2) as isize;
        let by = match action {
            Action::ScrollLines(n) => n,
            Action::ScrollHalfPages(n) => n * page / 2,
            Action::ScrollPages(n) => n * page,
            Action::Top => isize::MIN,
            Action::Bottom => isize::MAX,
            _ => return,
        };
        self.top = self.top.saturating_add_signed(by);
    }
}
