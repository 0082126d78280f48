//! Where a text's lines start, to say which lines of its file a stretch of it covers: a
//! reviewer's report names `file:line`, and the reader opens an editor there.

use std::ops::Range;

/// The byte where each line of a text starts; or, for a text made of a bilingual file's
/// entries, where each entry starts and the line of the file it begins on.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Each start's line of the file, when the text's lines are not the file's.
    numbers: Option<Vec<usize>>,
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
        LineIndex {
            starts,
            numbers: None,
        }
    }

    /// The entries starting at `starts` (bytes, ascending, the first at 0) begin on the
    /// file's `lines`: a stretch of the text is on its entries' lines.
    pub fn of_entries(starts: Vec<usize>, lines: Vec<usize>) -> LineIndex {
        debug_assert_eq!(starts.len(), lines.len());
        LineIndex {
            starts,
            numbers: Some(lines),
        }
    }

    /// The line (from 1) holding byte `at`.
    pub fn line_of(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&s| s <= at);
        match &self.numbers {
            Some(lines) => lines[k.max(1) - 1],
            None => k,
        }
    }

    /// How many lines the text has (a last line without its newline counts); for entries,
    /// the last entry's line.
    pub fn count(&self) -> usize {
        match &self.numbers {
            Some(lines) => lines.iter().copied().max().unwrap_or(1),
            None => self.starts.len(),
        }
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
    fn a_stretch_of_entries_is_on_its_entries_lines() {
        // Three entries, at bytes 0, 10 and 25 of the text, on lines 11, 15 and 19 of the file.
        let lines = LineIndex::of_entries(vec![0, 10, 25], vec![11, 15, 19]);
        assert_eq!(lines.line_of(0), 11);
        assert_eq!(lines.line_of(12), 15);
        assert_eq!(lines.lines_of(&(12..30)), Some((15, 19)));
        assert_eq!(lines.count(), 19);
    }

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
