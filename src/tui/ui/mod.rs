//! Drawing: the screen's geometry, then each part from the app's state.

mod findings;
mod help;
mod history;
mod list;
mod panes;
#[cfg(test)]
mod snapshot_tests;
mod status;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::app::App;

/// Below this the reader asks for a bigger terminal instead of drawing garbage.
pub(super) const MIN_WIDTH: u16 = 60;
pub(super) const MIN_HEIGHT: u16 = 10;
/// Three panes need this many columns between them (about 26 of text each); below, the
/// reader shows two and `M` switches the middle one in for the new.
pub(super) const MIN_THREE_PANES: u16 = 90;
/// Columns for the row-kind cue at the left of each pane.
pub(super) const GUTTER: u16 = 2;
/// A bordered block loses a line (or column) to each side of its border.
const BORDERS: u16 = 2;
/// Each list entry takes two lines: its title, then its figures.
pub(super) const LINES_PER_ENTRY: u16 = 2;
/// The list takes a quarter of the width, within these bounds: narrower cuts titles to a word
/// or two, wider takes columns the panes need for text.
const LIST_SHARE: u16 = 4;
const LIST_WIDTH: (u16, u16) = (22, 44);

/// Where everything goes on a screen of a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Geometry {
    pub list: Rect,
    pub old: Rect,
    pub new: Rect,
    /// A round trip's middle pane (the translation), when three panes fit.
    pub middle: Option<Rect>,
    /// The findings panel; zero height when hidden.
    pub findings: Rect,
    pub status: Rect,
}

impl Geometry {
    /// The layout of a screen of size `area`, with a findings panel of `findings` lines
    /// under the panes (0: none), the list as `App::list_request` asks (`None`: hidden), and
    /// a middle pane between old and new when `middle` and three fit.
    pub(in crate::tui) fn of(
        area: Rect,
        findings: u16,
        list: Option<Option<u16>>,
        middle: bool,
    ) -> Option<Geometry> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let [main, status] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        // A hidden list gives the panes its columns.
        // A configured width leaves the panes half the screen at least.
        let list_width = match list {
            None => 0,
            Some(None) => (area.width / LIST_SHARE).clamp(LIST_WIDTH.0, LIST_WIDTH.1),
            Some(Some(w)) => w.min(area.width / 2),
        };
        let [list, right] =
            Layout::horizontal([Constraint::Length(list_width), Constraint::Min(1)]).areas(main);
        let findings = findings.min(right.height / 3);
        let [panes, findings] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(findings)]).areas(right);
        let (old, middle, new) = if middle && panes.width >= MIN_THREE_PANES {
            let [old, middle, new] = Layout::horizontal([Constraint::Ratio(1, 3); 3]).areas(panes);
            (old, Some(middle), new)
        } else {
            let [old, new] =
                Layout::horizontal([Constraint::Ratio(1, 2), Constraint::Ratio(1, 2)]).areas(panes);
            (old, None, new)
        };
        Some(Geometry {
            list,
            old,
            new,
            middle,
            findings,
            status,
        })
    }

    /// Columns of document text per pane (inside the border, after the gutter).
    pub(super) fn text_width(&self) -> usize {
        let narrowest = self
            .middle
            .map_or(self.new.width, |m| m.width.min(self.new.width));
        usize::from(
            self.old
                .width
                .min(narrowest)
                .saturating_sub(BORDERS + GUTTER),
        )
    }

    /// Lines of document text per pane.
    pub(super) fn text_height(&self) -> usize {
        usize::from(self.old.height.saturating_sub(BORDERS))
    }

    /// Documents the list shows at once.
    pub(super) fn list_rows(&self) -> usize {
        usize::from(self.list.height.saturating_sub(BORDERS) / LINES_PER_ENTRY)
    }

    /// The list entry (counted from the first shown) drawn at screen row `row`, if the row is
    /// inside the list below its top border.
    pub(in crate::tui) fn list_entry_at(&self, row: u16) -> Option<usize> {
        (row > self.list.y).then(|| usize::from((row - self.list.y - 1) / LINES_PER_ENTRY))
    }
}

/// What a terminal too small for the reader says: the longest message that fits whole in
/// `width` x `height` cells, down to the bare size needed.
fn too_small(width: u16, height: u16) -> String {
    let candidates = [
        format!("terminal too small ({width}x{height}): driftview needs {MIN_WIDTH}x{MIN_HEIGHT}"),
        format!("too small: needs {MIN_WIDTH}x{MIN_HEIGHT}"),
        format!("{MIN_WIDTH}x{MIN_HEIGHT}!"),
    ];
    let fits = |msg: &str| {
        let (w, h) = (usize::from(width.max(1)), usize::from(height));
        // Lines the message takes wrapped at spaces (a word longer than a line does not fit).
        let mut lines = 1;
        let mut col = 0;
        for word in msg.split(' ') {
            let len = word.chars().count();
            if len > w {
                return false;
            }
            if col > 0 && col + 1 + len > w {
                lines += 1;
                col = len;
            } else {
                col += if col > 0 { 1 + len } else { len };
            }
        }
        lines <= h
    };
    let last = candidates[candidates.len() - 1].clone();
    candidates.into_iter().find(|m| fits(m)).unwrap_or(last)
}

/// How far the help can scroll on a screen of `area` (for the app to clamp to).
pub(super) fn help_max_top(app: &App, area: Rect) -> usize {
    help::max_top(app, area)
}

/// Draws the whole screen.
pub(super) fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let Some(g) = Geometry::of(
        area,
        app.findings_panel_height(),
        app.list_request(),
        app.has_middle(),
    ) else {
        let msg = too_small(area.width, area.height);
        frame.render_widget(
            Paragraph::new(Line::from(msg)).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    };
    list::draw(frame, app, g.list);
    panes::draw(frame, app, &g);
    status::draw(frame, app, g.status);
    if g.findings.height > 0 && app.shows_history_panel() {
        history::draw(frame, app, g.findings);
    } else if g.findings.height > 0 {
        findings::draw(frame, app, g.findings);
    }
    if app.help.shown {
        help::draw(frame, app, area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_too_small_note_fits_the_screen_it_is_shown_on() {
        assert_eq!(
            too_small(59, 9),
            "terminal too small (59x9): driftview needs 60x10"
        );
        assert_eq!(too_small(40, 1), "too small: needs 60x10");
        assert_eq!(too_small(6, 1), "60x10!");
        for (w, h) in [(6, 1), (10, 2), (20, 3), (40, 8), (59, 9)] {
            let msg = too_small(w, h);
            let words_fit = msg
                .split(' ')
                .all(|word| word.chars().count() <= usize::from(w));
            assert!(words_fit, "{w}x{h}: {msg}");
        }
    }
}
