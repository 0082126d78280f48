//! Lines of a list that may come from anywhere (`batch -` reads a pipe): each is read up to a
//! bound, so a stream with no newline cannot grow memory without end, and a line that is too
//! long or not UTF-8 is a bad line with its number, not the end of the run. std's `lines()`
//! does neither: it grows one String until memory runs out, and stops at the first bad byte.

use std::io::{self, BufRead};

/// What one line of the list turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum ListLine {
    Text(String),
    /// Longer than the bound: the rest of it up to its newline was passed over.
    TooLong,
    NotUtf8,
}

impl ListLine {
    /// The line's text, or why it cannot be read.
    pub(super) fn text(self, max: usize) -> Result<String, String> {
        match self {
            ListLine::Text(t) => Ok(t),
            ListLine::TooLong => Err(format!("the line is longer than {max} bytes")),
            ListLine::NotUtf8 => Err("the line is not UTF-8".into()),
        }
    }
}

/// The lines of `input`, each read up to `max` bytes.
pub(super) fn bounded_lines<R: BufRead>(
    mut input: R,
    max: usize,
) -> impl Iterator<Item = io::Result<ListLine>> {
    let mut ended = false;
    std::iter::from_fn(move || {
        if ended {
            return None;
        }
        // At most one byte past the bound is kept: enough to know the line is too long.
        let mut line = Vec::new();
        loop {
            let available = match input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    ended = true;
                    return Some(Err(e));
                }
            };
            if available.is_empty() {
                ended = true;
                if line.is_empty() {
                    return None;
                }
                break;
            }
            let (content, taken, at_end) = match available.iter().position(|&b| b == b'\n') {
                Some(k) => (k, k + 1, true),
                None => (available.len(), available.len(), false),
            };
            let room = (max + 1).saturating_sub(line.len());
            line.extend_from_slice(&available[..content.min(room)]);
            input.consume(taken);
            if at_end {
                break;
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.len() > max {
            return Some(Ok(ListLine::TooLong));
        }
        Some(Ok(match String::from_utf8(line) {
            Ok(t) => ListLine::Text(t),
            Err(_) => ListLine::NotUtf8,
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], max: usize) -> Vec<ListLine> {
        // A small buffer, so that lines cross its refills.
        let input = io::BufReader::with_capacity(4, bytes);
        bounded_lines(input, max).map(Result::unwrap).collect()
    }

    #[test]
    fn lines_are_read_as_std_reads_them() {
        let text = |t: &str| ListLine::Text(t.into());
        assert_eq!(
            read(b"a\tb\nc\td\r\n\nlast", 10),
            [text("a\tb"), text("c\td"), text(""), text("last")]
        );
        assert!(read(b"", 10).is_empty());
        assert_eq!(read(b"exactly10!\n", 10), [text("exactly10!")]);
    }

    #[test]
    fn a_long_or_bad_line_is_one_bad_line_and_the_rest_is_read() {
        let mut bytes = vec![b'x'; 1000];
        bytes.extend_from_slice(b"\nok\n\xff\xfe\nafter");
        let lines = read(&bytes, 10);
        assert_eq!(
            lines,
            [
                ListLine::TooLong,
                ListLine::Text("ok".into()),
                ListLine::NotUtf8,
                ListLine::Text("after".into())
            ]
        );
    }

    #[test]
    fn an_endless_line_is_read_in_bounded_memory() {
        // 64 MiB with no newline: one bad line, and memory never held more than the bound.
        let endless = io::Read::take(io::repeat(b'x'), 64 << 20);
        let lines: Vec<_> = bounded_lines(io::BufReader::new(endless), 1024)
            .map(Result::unwrap)
            .collect();
        assert_eq!(lines, [ListLine::TooLong]);
    }
}
