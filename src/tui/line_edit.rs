//! The one-line editors of the status bar (the search box, a note, an error marked on a
//! row): a text and a cursor in it, counted in characters, moved with ←/→, Home and End;
//! typing inserts at the cursor, Backspace erases before it and Delete at it.

/// A text being typed and where the cursor stands in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct LineEdit {
    pub text: String,
    /// Characters before the cursor.
    cursor: usize,
}

/// Where a cursor key moves the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CursorMove {
    Left,
    Right,
    Home,
    End,
}

impl LineEdit {
    /// A text to go on typing, the cursor at its end.
    pub(super) fn at_end(text: String) -> LineEdit {
        let cursor = text.chars().count();
        LineEdit { text, cursor }
    }

    /// The byte where the cursor stands.
    fn byte(&self) -> usize {
        self.text
            .char_indices()
            .nth(self.cursor)
            .map_or(self.text.len(), |(i, _)| i)
    }

    pub(super) fn insert(&mut self, c: char) {
        let at = self.byte();
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Backspace: the character before the cursor.
    pub(super) fn erase(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte();
            self.text.remove(at);
        }
    }

    /// Delete: the character at the cursor.
    pub(super) fn delete(&mut self) {
        let at = self.byte();
        if at < self.text.len() {
            self.text.remove(at);
        }
    }

    pub(super) fn move_cursor(&mut self, how: CursorMove) {
        let len = self.text.chars().count();
        self.cursor = match how {
            CursorMove::Left => self.cursor.saturating_sub(1),
            CursorMove::Right => (self.cursor + 1).min(len),
            CursorMove::Home => 0,
            CursorMove::End => len,
        };
    }

    /// The text with the cursor drawn where it stands.
    pub(super) fn shown(&self, cursor: char) -> String {
        let at = self.byte();
        format!("{}{cursor}{}", &self.text[..at], &self.text[at..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_goes_in_at_the_cursor_and_the_keys_move_and_erase_around_it() {
        let mut e = LineEdit::at_end("tense changd".into());
        e.move_cursor(CursorMove::Left);
        e.insert('e');
        assert_eq!(e.text, "tense changed");
        assert_eq!(e.shown('|'), "tense change|d");
        e.move_cursor(CursorMove::Home);
        e.delete();
        e.insert('T');
        assert_eq!(e.shown('|'), "T|ense changed");
        e.erase();
        e.erase();
        assert_eq!(e.shown('|'), "|ense changed");
        e.move_cursor(CursorMove::End);
        e.move_cursor(CursorMove::Right);
        e.delete();
        assert_eq!(e.shown('|'), "ense changed|");
        // Characters, not bytes.
        let mut e = LineEdit::at_end("“año”".into());
        e.move_cursor(CursorMove::Left);
        e.erase();
        assert_eq!(e.shown('|'), "“añ|”");
    }
}
