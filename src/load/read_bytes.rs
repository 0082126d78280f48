//! A document's bytes from a file, a pipe or standard input, within a size limit: an endless
//! stream (`/dev/zero`, `yes |`) or a huge file is refused early instead of filling memory,
//! and a binary stream is refused after its first few kilobytes.

use std::io::{self, Read};

use encoding_rs::Encoding;

/// Documents larger than this are refused unless `--max-size` raises it. The Bible is 4.5 MB;
/// comparing two 100 MB files of prose needs several gigabytes.
pub const DEFAULT_MAX_BYTES: u64 = 100 * MEGABYTE;

/// The unit of `--max-size`.
pub const MEGABYTE: u64 = 1024 * 1024;

/// How much is read before deciding whether a stream is binary (as git and diff do).
const SNIFF_BYTES: u64 = 8 * 1024;

#[derive(Debug)]
pub(crate) enum ReadError {
    Io(io::Error),
    /// More bytes than the limit.
    TooLarge,
    /// A NUL byte in text that is not UTF-16.
    Binary,
}

/// Reads all of `source`, or stops as soon as it is known to be binary or over `limit` bytes.
/// `known_size` (a regular file's length) refuses a large file without reading it.
pub(crate) fn read_within(
    source: impl Read,
    limit: u64,
    known_size: Option<u64>,
    forced: Option<&'static Encoding>,
) -> Result<Vec<u8>, ReadError> {
    read_sniffing(source, limit, known_size, |head| binary_start(head, forced))
}

/// [`read_within`] for a file that is binary by nature (a word processor's ZIP archive): only
/// the size limit applies.
pub(crate) fn read_archive_within(
    source: impl Read,
    limit: u64,
    known_size: Option<u64>,
) -> Result<Vec<u8>, ReadError> {
    read_sniffing(source, limit, known_size, |_| false)
}

fn read_sniffing(
    mut source: impl Read,
    limit: u64,
    known_size: Option<u64>,
    binary: impl Fn(&[u8]) -> bool,
) -> Result<Vec<u8>, ReadError> {
    if known_size.is_some_and(|size| size > limit) {
        return Err(ReadError::TooLarge);
    }
    let capacity = known_size.unwrap_or(SNIFF_BYTES).min(limit) as usize;
    let mut bytes = Vec::with_capacity(capacity);
    let mut head = source
        .by_ref()
        .take(SNIFF_BYTES.min(limit.saturating_add(1)));
    head.read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if binary(&bytes) {
        return Err(ReadError::Binary);
    }
    let rest = limit.saturating_add(1) - bytes.len() as u64;
    source
        .take(rest)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// A NUL byte where the text is not UTF-16 (which is full of them): the decoder would refuse
/// the whole file for it anyway.
fn binary_start(head: &[u8], forced: Option<&'static Encoding>) -> bool {
    let utf16 = |e: &'static Encoding| e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE;
    let bom = Encoding::for_bom(head).map(|(encoding, _)| encoding);
    let utf16_text = bom
        .or(forced)
        .or_else(|| super::decode::utf16_without_bom(head))
        .is_some_and(utf16);
    !utf16_text && head.contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], limit: u64) -> Result<Vec<u8>, ReadError> {
        read_within(bytes, limit, None, None)
    }

    #[test]
    fn text_within_the_limit_is_read_whole() {
        let text = "word ".repeat(10_000);
        assert_eq!(read(text.as_bytes(), 50_000).unwrap(), text.as_bytes());
        assert_eq!(read(b"", 10).unwrap(), b"");
    }

    #[test]
    fn one_byte_over_the_limit_is_refused() {
        assert!(read(b"0123456789", 10).is_ok());
        assert!(matches!(read(b"0123456789a", 10), Err(ReadError::TooLarge)));
        let known = read_within(&b"tiny"[..], 10, Some(11), None);
        assert!(matches!(known, Err(ReadError::TooLarge)));
    }

    #[test]
    fn an_endless_stream_stops_at_the_limit() {
        let endless = io::repeat(b'y');
        assert!(matches!(
            read_within(endless, MEGABYTE, None, None),
            Err(ReadError::TooLarge)
        ));
        let zeros = io::repeat(0).take(u64::MAX);
        assert!(matches!(
            read_within(zeros, DEFAULT_MAX_BYTES, None, None),
            Err(ReadError::Binary)
        ));
    }

    #[test]
    fn utf16_is_not_taken_for_binary() {
        assert!(read(b"\xFF\xFEh\0i\0", 100).is_ok());
        let forced = Some(encoding_rs::UTF_16LE);
        assert!(read_within(&b"h\0i\0"[..], 100, None, forced).is_ok());
        assert!(matches!(read(b"h\0i\0", 100), Err(ReadError::Binary)));
    }
}
