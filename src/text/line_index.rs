//! Where a text's lines start, to say which lines of its file a stretch of it covers: a
//! reviewer's report names `file:line`, and the reader opens an editor there.

use std::ops::Range;

/// The byte where each line of a text starts.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// The lines of `text` (LF-separated, as documents are read).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(k, _)| k + 1),
        );
        LineIndex { starts }
    }

    /// The line (from 1) holding byte `at`.
    pub fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at)
    }

    /// How many lines the text has (a last line without its newline counts).
    pub fn count(&self) -> usize {
        self.starts.len()
    }

    /// The first and last lines (from 1) a non-empty stretch touches; `None` for an empty one.
    pub fn lines_of(&self, range: &Range<usize>) -> Option<(usize, usize)> {
        (!range.is_empty()).then(|| (self.line_of(range.start), self.line_of(range.end - 1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stretch_is_on_the_lines_its_bytes_are() {
        let text = "one\ntwo three\n\nfour\n";
        let lines = LineIndex::new(text);
        assert_eq!(lines.line_of(0), 1);
        assert_eq!(lines.line_of(3), 1, "a line's newline is on that line");
        assert_eq!(lines.line_of(4), 2);
        assert_eq!(lines.lines_of(&(8..13)), Some((2, 2)));
        // "three\n\nfour": from line 2 to line 4, the blank line between.
        assert_eq!(lines.lines_of(&(8..19)), Some((2, 4)));
        assert_eq!(lines.lines_of(&(5..5)), None);
        assert_eq!(
            lines.count(),
            5,
            "the empty line after the last newline counts"
        );
        assert_eq!(LineIndex::new("").line_of(0), 1);
    }
}
