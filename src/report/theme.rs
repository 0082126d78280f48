//! Themes: the colours of each role (deleted, inserted, moved, …), shared by the reader and
//! the text views so `diff`, the text report and the reader look alike. Terminal-neutral: a
//! colour is a number or an RGB triple; the reader maps it onto ratatui's colours and the text
//! views onto SGR codes.

use std::fmt;

/// One colour, as terminals know them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// One of the 16 colours every terminal has (0-7 normal, 8-15 light), which follow the
    /// user's terminal palette.
    Named(u8),
    /// One of the 256 colours of xterm's palette.
    Indexed(u8),
    /// A true colour.
    Rgb(u8, u8, u8),
}

/// The names of the 16 basic colours, in their ANSI order.
const NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "white",
    "dark-grey",
    "light-red",
    "light-green",
    "light-yellow",
    "light-blue",
    "light-magenta",
    "light-cyan",
    "light-white",
];

impl Colour {
    /// Reads `light-red` (or `LightRed`, `light_red`; `gray` for `grey`), `#d55e00`, or a
    /// palette index `0`..`255`.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let t = text.trim();
        if let Some(hex) = t.strip_prefix('#') {
            let channel = |i: usize| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            };
            return match (hex.len(), channel(0), channel(2), channel(4)) {
                (6, Some(r), Some(g), Some(b)) => Ok(Colour::Rgb(r, g, b)),
                _ => Err(format!("'{t}' is not a colour of the form #rrggbb")),
            };
        }
        if let Ok(index) = t.parse::<u16>() {
            return u8::try_from(index)
                .map(Colour::Indexed)
                .map_err(|_| format!("colour index {index} is past 255"));
        }
        let folded = fold_name(t);
        NAMES
            .iter()
            .position(|n| fold_name(n) == folded)
            .map(|i| Colour::Named(i as u8))
            .ok_or_else(|| {
                format!("unknown colour '{t}' (a name such as light-red, #rrggbb, or 0-255)")
            })
    }

    /// The SGR parameters that set this colour as the foreground.
    pub fn sgr_foreground(self) -> String {
        match self {
            Colour::Named(n) if n < 8 => format!("{}", 30 + n),
            Colour::Named(n) => format!("{}", 90 + (n - 8)),
            Colour::Indexed(n) => format!("38;5;{n}"),
            Colour::Rgb(r, g, b) => format!("38;2;{r};{g};{b}"),
        }
    }
}

/// `LightRed`, `light_red`, `light-red` and `lightgray` alike.
fn fold_name(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .replace("gray", "grey")
}

impl fmt::Display for Colour {
    /// As the configuration file writes it (and `Colour::parse` reads it back).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Colour::Named(n) => f.write_str(NAMES[usize::from(n) % 16]),
            Colour::Indexed(n) => write!(f, "{n}"),
            Colour::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
        }
    }
}

/// The colour of each role a theme paints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Words and sentences only in the old version.
    pub deleted: Colour,
    /// Words and sentences only in the new version.
    pub inserted: Colour,
    /// Sentences that moved.
    pub moved: Colour,
    /// The gutter of a changed row, and medium findings.
    pub changed: Colour,
    /// Borders of the focused part and headings (the reader).
    pub accent: Colour,
    /// The background of search matches (the reader).
    pub search: Colour,
}

/// The roles a palette has, as the configuration file names them.
pub const ROLES: [&str; 6] = [
    "deleted", "inserted", "moved", "changed", "accent", "search",
];

impl Palette {
    /// The colour of a role named as in [`ROLES`].
    pub fn role_mut(&mut self, role: &str) -> Option<&mut Colour> {
        Some(match role {
            "deleted" => &mut self.deleted,
            "inserted" => &mut self.inserted,
            "moved" => &mut self.moved,
            "changed" => &mut self.changed,
            "accent" => &mut self.accent,
            "search" => &mut self.search,
            _ => return None,
        })
    }

    /// Each role's name and colour, in the order of [`ROLES`].
    pub fn roles(&self) -> [(&'static str, Colour); 6] {
        [
            ("deleted", self.deleted),
            ("inserted", self.inserted),
            ("moved", self.moved),
            ("changed", self.changed),
            ("accent", self.accent),
            ("search", self.search),
        ]
    }
}

/// A theme: a name and its palette; no palette paints with attributes only (bold, italic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The name the configuration file and `--theme` use.
    pub name: &'static str,
    /// What the reader's status bar and help call it.
    pub label: &'static str,
    /// `None`: no colour at all.
    pub palette: Option<Palette>,
}

const YELLOW: Colour = Colour::Named(3);
const LIGHT_BLUE: Colour = Colour::Named(12);
const COLOUR_PALETTE: Palette = Palette {
    deleted: Colour::Named(9),
    inserted: Colour::Named(10),
    moved: Colour::Named(14),
    changed: YELLOW,
    accent: LIGHT_BLUE,
    search: YELLOW,
};

impl Theme {
    /// Red and green, in the terminal's own shades.
    pub const COLOUR: Theme = Theme {
        name: "colour",
        label: "colour",
        palette: Some(COLOUR_PALETTE),
    };
    /// Okabe-Ito orange and blue instead of red and green.
    pub const COLOUR_BLIND: Theme = Theme {
        name: "colour-blind",
        label: "colour-blind safe",
        palette: Some(Palette {
            deleted: Colour::Indexed(214),
            inserted: Colour::Indexed(39),
            moved: Colour::Indexed(177),
            changed: YELLOW,
            accent: LIGHT_BLUE,
            search: YELLOW,
        }),
    };
    /// Attributes only (chosen by default under `NO_COLOR`).
    pub const NONE: Theme = Theme {
        name: "none",
        label: "no colour",
        palette: None,
    };
    /// The name and label of a theme with colours of the user's own.
    pub const OWN_NAME: &'static str = "own";

    /// The built-in themes, in the order the reader cycles them.
    pub const BUILT_IN: [Theme; 3] = [Theme::COLOUR, Theme::COLOUR_BLIND, Theme::NONE];

    /// A built-in theme by name (`colour`, `colour-blind`, `none`; American spellings and
    /// `mono` too).
    pub fn named(name: &str) -> Option<Theme> {
        match fold_name(name).as_str() {
            "colour" | "color" => Some(Theme::COLOUR),
            "colourblind" | "colorblind" => Some(Theme::COLOUR_BLIND),
            "none" | "mono" | "nocolour" | "nocolor" => Some(Theme::NONE),
            _ => None,
        }
    }

    /// This theme with some roles in colours of the user's own (a theme without colours
    /// starts from the colour theme's).
    pub fn with_colours(self, colours: &[(String, Colour)]) -> Theme {
        if colours.is_empty() {
            return self;
        }
        let mut palette = self.palette.unwrap_or(COLOUR_PALETTE);
        for (role, colour) in colours {
            if let Some(slot) = palette.role_mut(role) {
                *slot = *colour;
            }
        }
        Theme {
            name: Theme::OWN_NAME,
            label: "own colours",
            palette: Some(palette),
        }
    }

    /// The built-in themes after this one, this one first: what `t` cycles through.
    pub fn cycle(self) -> Vec<Theme> {
        let mut themes = vec![self];
        themes.extend(Theme::BUILT_IN.into_iter().filter(|t| *t != self));
        themes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_read_back_as_written() {
        for text in ["light-red", "yellow", "dark-grey", "#d55e00", "214"] {
            let colour = Colour::parse(text).unwrap();
            assert_eq!(colour.to_string(), text);
            assert_eq!(Colour::parse(&colour.to_string()), Ok(colour));
        }
        assert_eq!(Colour::parse("LightRed"), Ok(Colour::Named(9)));
        assert_eq!(Colour::parse("dark_gray"), Ok(Colour::Named(8)));
    }

    #[test]
    fn bad_colours_say_why() {
        assert!(Colour::parse("#12345").unwrap_err().contains("#rrggbb"));
        assert!(Colour::parse("#gg0000").is_err());
        assert!(Colour::parse("300").unwrap_err().contains("255"));
        assert!(
            Colour::parse("mauve")
                .unwrap_err()
                .contains("unknown colour 'mauve'")
        );
    }

    #[test]
    fn sgr_codes_follow_the_kind_of_colour() {
        assert_eq!(Colour::Named(1).sgr_foreground(), "31");
        assert_eq!(Colour::Named(9).sgr_foreground(), "91");
        assert_eq!(Colour::Indexed(214).sgr_foreground(), "38;5;214");
        assert_eq!(Colour::Rgb(1, 2, 3).sgr_foreground(), "38;2;1;2;3");
    }

    #[test]
    fn own_colours_replace_only_their_roles() {
        let own = Theme::COLOUR_BLIND.with_colours(&[("deleted".into(), Colour::Named(1))]);
        let palette = own.palette.unwrap();
        assert_eq!(palette.deleted, Colour::Named(1));
        assert_eq!(palette.inserted, Colour::Indexed(39));
        assert_eq!(own.name, Theme::OWN_NAME);
        // No colours asked: the theme itself.
        assert_eq!(Theme::NONE.with_colours(&[]), Theme::NONE);
        let from_none = Theme::NONE.with_colours(&[("moved".into(), Colour::Named(5))]);
        assert_eq!(from_none.palette.unwrap().deleted, Colour::Named(9));
    }

    #[test]
    fn names_and_the_cycle() {
        assert_eq!(Theme::named("Color-Blind"), Some(Theme::COLOUR_BLIND));
        assert_eq!(Theme::named("mono"), Some(Theme::NONE));
        assert_eq!(Theme::named("solarized"), None);
        let cycle = Theme::COLOUR_BLIND.cycle();
        assert_eq!(cycle, [Theme::COLOUR_BLIND, Theme::COLOUR, Theme::NONE]);
    }
}
