//! Colours and text attributes for each layout style. Every change is also bold or
//! underlined, so it shows without colour; the colour-blind theme avoids red against green.

use ratatui::style::{Color, Modifier, Style};

use driftview::RowKind;
use driftview::layout::Highlight as Mark;
use driftview::report::theme::{Colour, Theme as Shared};

/// A shared colour as ratatui draws it: the 16 named colours stay named, so they follow the
/// terminal's palette (and render as the SGR codes 30-37 and 90-97).
fn colour(c: Colour) -> Color {
    const NAMED: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match c {
        Colour::Named(n) => NAMED[usize::from(n) % 16],
        Colour::Indexed(n) => Color::Indexed(n),
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

/// A theme as the reader paints it: the shared theme of `driftview::report::theme`, its
/// colours mapped onto ratatui's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Paint(pub(super) Shared);

impl Paint {
    pub(super) const COLOUR: Paint = Paint(Shared::COLOUR);
    /// Attributes only (chosen automatically under `NO_COLOR`).
    #[cfg(test)]
    pub(super) const MONO: Paint = Paint(Shared::NONE);

    /// What the status bar calls it.
    pub(super) fn label(self) -> &'static str {
        self.0.label
    }

    /// The palette in ratatui's colours: deleted, inserted, moved, changed, accent, search.
    fn colours(self) -> Option<[Color; 6]> {
        self.0.palette.map(|p| {
            [
                p.deleted, p.inserted, p.moved, p.changed, p.accent, p.search,
            ]
            .map(colour)
        })
    }

    /// The style of a piece of document text.
    pub(super) fn text(self, mark: Mark) -> Style {
        let bold_under = Modifier::BOLD | Modifier::UNDERLINED;
        let (attrs, colour) = match mark {
            Mark::Same => (Modifier::empty(), None),
            Mark::Deleted => (bold_under, self.colours().map(|c| c[0])),
            Mark::Inserted => (bold_under, self.colours().map(|c| c[1])),
            Mark::Dropped => (Modifier::ITALIC, self.colours().map(|c| c[0])),
            Mark::Added => (Modifier::ITALIC, self.colours().map(|c| c[1])),
            Mark::Moved => (Modifier::ITALIC, self.colours().map(|c| c[2])),
            Mark::Note => (Modifier::DIM | Modifier::ITALIC, None),
            // Quiet: kept anchors are read past; the missing ones are Deleted/Inserted.
            Mark::Anchor => (Modifier::UNDERLINED, None),
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
            (Some(c), RowKind::Changed) => Style::default().fg(c[3]),
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
            (Some(c), Severity::High) => bold.fg(c[0]),
            (Some(c), Severity::Medium) => bold.fg(c[3]),
        }
    }

    /// Search matches: reversed, so they show in every theme.
    pub(super) fn search(self) -> Style {
        match self.colours() {
            None => Style::default().add_modifier(Modifier::REVERSED),
            Some(c) => Style::default().bg(c[5]).fg(Color::Black),
        }
    }

    /// Chrome: borders of the focused part, selection, dim text.
    pub(super) fn accent(self) -> Style {
        let bold = Style::default().add_modifier(Modifier::BOLD);
        match self.colours() {
            None => bold,
            Some(c) => bold.fg(c[4]),
        }
    }

    pub(super) fn dim(self) -> Style {
        Style::default().add_modifier(Modifier::DIM)
    }

    pub(super) fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}
