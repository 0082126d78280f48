//! Colours and text attributes for each layout style. Every change is also bold or
//! underlined, so it shows without colour; the colour-blind theme avoids red against green.

use ratatui::style::{Color, Modifier, Style};

use driftview::RowKind;
use driftview::layout::Style as Mark;

/// The reader's themes, cycled with `t`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Theme {
    Colour,
    /// Okabe-Ito orange and blue instead of red and green.
    ColourBlind,
    /// Attributes only (chosen automatically under `NO_COLOR`).
    Mono,
}

impl Theme {
    pub(super) fn next(self) -> Theme {
        match self {
            Theme::Colour => Theme::ColourBlind,
            Theme::ColourBlind => Theme::Mono,
            Theme::Mono => Theme::Colour,
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Theme::Colour => "colour",
            Theme::ColourBlind => "colour-blind safe",
            Theme::Mono => "no colour",
        }
    }

    fn colours(self) -> Option<(Color, Color, Color)> {
        match self {
            Theme::Colour => Some((Color::LightRed, Color::LightGreen, Color::LightCyan)),
            Theme::ColourBlind => {
                Some((Color::Indexed(214), Color::Indexed(39), Color::Indexed(177)))
            }
            Theme::Mono => None,
        }
    }

    /// The style of a piece of document text.
    pub(super) fn text(self, mark: Mark) -> Style {
        let bold_under = Modifier::BOLD | Modifier::UNDERLINED;
        let (attrs, colour) = match mark {
            Mark::Same => (Modifier::empty(), None),
            Mark::Deleted => (bold_under, self.colours().map(|c| c.0)),
            Mark::Inserted => (bold_under, self.colours().map(|c| c.1)),
            Mark::Dropped => (Modifier::ITALIC, self.colours().map(|c| c.0)),
            Mark::Added => (Modifier::ITALIC, self.colours().map(|c| c.1)),
            Mark::Moved => (Modifier::ITALIC, self.colours().map(|c| c.2)),
            Mark::Note => (Modifier::DIM | Modifier::ITALIC, None),
        };
        let style = Style::default().add_modifier(attrs);
        match colour {
            Some(c) => style.fg(c),
            None => style,
        }
    }

    /// The gutter cue for a row kind: a character that reads without colour, coloured too.
    pub(super) fn gutter(self, kind: RowKind) -> (char, Style) {
        let mark = match kind {
            RowKind::Equal => Mark::Same,
            RowKind::Changed | RowKind::Moved => Mark::Moved,
            RowKind::Deleted => Mark::Deleted,
            RowKind::Inserted => Mark::Inserted,
        };
        let c = kind.cue();
        let style = match (self.colours(), kind) {
            (Some((_, _, _)), RowKind::Changed) => Style::default().fg(Color::Yellow),
            _ => self
                .text(mark)
                .remove_modifier(Modifier::UNDERLINED | Modifier::ITALIC),
        };
        (c, style.add_modifier(Modifier::BOLD))
    }

    /// Finding marks: high stands out, low recedes.
    pub(super) fn severity(self, severity: driftview::drift::Severity) -> Style {
        use driftview::drift::Severity;
        let bold = Style::default().add_modifier(Modifier::BOLD);
        match (self.colours(), severity) {
            (_, Severity::Low) => self.dim(),
            (None, _) => bold,
            (Some((deleted, _, _)), Severity::High) => bold.fg(deleted),
            (Some(_), Severity::Medium) => bold.fg(Color::Yellow),
        }
    }

    /// Search matches: reversed, so they show in every theme.
    pub(super) fn search(self) -> Style {
        match self {
            Theme::Mono => Style::default().add_modifier(Modifier::REVERSED),
            _ => Style::default().bg(Color::Yellow).fg(Color::Black),
        }
    }

    /// Chrome: borders of the focused part, selection, dim text.
    pub(super) fn accent(self) -> Style {
        match self {
            Theme::Mono => Style::default().add_modifier(Modifier::BOLD),
            _ => Style::default()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub(super) fn dim(self) -> Style {
        Style::default().add_modifier(Modifier::DIM)
    }

    pub(super) fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}
