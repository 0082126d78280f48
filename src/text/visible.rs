//! Text from a document or a file name, made safe to print on a terminal: a control character
//! would be obeyed, not shown (`ESC ] 0 ;` retitles the window, `ESC [ 2 J` clears the screen,
//! a carriage return writes over what the line said). Every output a terminal may receive — the
//! reader's panes, `diff`, the text and markdown reports, the matrix, error messages — passes
//! document text and paths through [`visible`], which shows such characters instead of sending
//! them. JSON escapes them by itself.

use std::borrow::Cow;

use crate::text::tokens::REJOINED_HYPHEN;

/// `text` with every control character shown as a visible character: C0 controls as their
/// Unicode control pictures (ESC as `␛`, BEL as `␇`, CR as `␍`), DEL as `␡`, the C1 controls
/// (which some terminals obey like ESC sequences) as `\u{9b}`-style escapes. Newlines stay
/// (layout handles them); a tab, vertical tab and form feed are the space they stand for (a
/// tab moves the cursor by a width no column counts: it broke the reports' `│` column and was
/// drawn as nothing in the reader, "The catsat"). The joiner a reflowed man page puts where
/// groff's hyphen broke a word at a line's end (`tokens::REJOINED_HYPHEN`) is left out: the
/// word reads whole, "specified", not "speci‐fied".
/// Borrowed when there is nothing to change, which is almost always.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_showing) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' | '\u{0B}' | '\u{0C}' => out.push(' '),
            '\u{00}'..='\u{1F}' if needs_showing(c) => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
            }
            '\u{7F}' => out.push('\u{2421}'),
            REJOINED_HYPHEN => {}
            '\u{80}'..='\u{9F}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_showing(c: char) -> bool {
    c.is_control() && c != '\n' || c == REJOINED_HYPHEN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(
            visible("Hello \x1b]0;PWNED\x07 world.\x1b[2J"),
            "Hello ␛]0;PWNED␇ world.␛[2J"
        );
        assert_eq!(visible("a\rb\x7fc\u{9b}31m"), "a␍b␡c\\u{9b}31m");
        assert_eq!(visible("page\x0cbreak"), "page break");
        assert_eq!(visible("The cat\tsat"), "The cat sat");
        // A reflowed man page's word, rejoined where groff hyphenated it.
        assert_eq!(visible("is speci\u{2060}fied"), "is specified");
    }

    #[test]
    fn ordinary_text_is_borrowed_untouched() {
        let text = "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich.\n日本語";
        assert!(matches!(visible(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn no_control_character_survives() {
        let every: String = (0u32..0x200).filter_map(char::from_u32).collect();
        let shown = visible(&every);
        assert!(
            shown.chars().all(|c| !c.is_control() || c == '\n'),
            "{shown:?}"
        );
    }
}
