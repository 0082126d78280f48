//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, legacy encodings detected
//! from content (chardetng) or forced by name, decoded with encoding_rs; or a reason why not.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

/// Why a file's bytes are not text we can show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// NUL bytes: a binary file.
    #[error("binary file (contains NUL bytes)")]
    Binary,
    /// Mostly control characters: a binary file.
    #[error("binary file (mostly control characters)")]
    ControlCharacters,
    /// Not valid in the encoding forced or named by a BOM.
    #[error("not valid {0} text")]
    Malformed(&'static str),
    /// An `--encoding` name encoding_rs does not know.
    #[error("unknown encoding {0:?}")]
    UnknownEncoding(String),
    /// An `--encoding` part naming a document as neither `old` nor `new`.
    #[error(
        "{0:?} names no document (write old=NAME, new=NAME, or names in order, comma-separated)"
    )]
    UnknownDocument(String),
    /// A web page nested too deep to be an article.
    #[error(
        "web page nested more than {} elements deep (not an article page)",
        crate::load::html::MAX_NESTING
    )]
    TooDeeplyNested,
}

/// Looks up an encoding by any of its WHATWG labels ("windows-1251", "latin1", "sjis", ...).
pub fn encoding_for(label: &str) -> Result<&'static Encoding, DecodeError> {
    Encoding::for_label(label.trim().as_bytes())
        .ok_or_else(|| DecodeError::UnknownEncoding(label.to_string()))
}

/// The encodings `--encoding` names: one label for every file (`latin1`), or one per
/// document in the order given (`utf-16le,latin1`, also written `old=utf-16le,new=latin1`;
/// `old=utf-16le` alone names the first and leaves the others detected; `auto` detects).
/// Returns the encoding for every file, or the per-document list.
pub fn encodings_named(
    text: &str,
) -> Result<(Option<&'static Encoding>, Vec<Option<&'static Encoding>>), DecodeError> {
    if !text.contains([',', '=']) {
        return Ok((Some(encoding_for(text)?), Vec::new()));
    }
    let mut by_document: Vec<Option<&'static Encoding>> = Vec::new();
    for (k, part) in text.split(',').enumerate() {
        let part = part.trim();
        let (index, label) = match part.split_once('=') {
            Some((side, label)) => match side.trim() {
                "old" => (0, label),
                "new" => (1, label),
                _ => return Err(DecodeError::UnknownDocument(part.to_string())),
            },
            None => (k, part),
        };
        let encoding = match label.trim() {
            "auto" => None,
            label => Some(encoding_for(label)?),
        };
        if by_document.len() <= index {
            by_document.resize(index + 1, None);
        }
        by_document[index] = encoding;
    }
    Ok((None, by_document))
}

/// A file's text, and what reading it had to mend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) text: String,
    /// A UTF-8 file with a few invalid bytes, shown as U+FFFD: how many, and where the first is.
    pub(crate) replaced: Option<(usize, usize)>,
}

/// Decodes a file's bytes, normalising CRLF and lone CR to LF. `forced` overrides detection
/// (a byte-order mark still wins, as it is unambiguous). Only the in-memory copy is changed.
pub(crate) fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let (text, replaced) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (strict(encoding, &bytes[bom..])?, None),
        None => match forced {
            Some(encoding) => (strict(encoding, bytes)?, None),
            None => detect(bytes)?,
        },
    };
    if text.contains('\0') {
        return Err(DecodeError::Binary);
    }
    if mostly_control(&text) {
        return Err(DecodeError::ControlCharacters);
    }
    Ok(Decoded {
        text: composed(normalise_newlines(text)),
        replaced,
    })
}

/// The text in one canonical form (NFC). A file saved on macOS may spell "é" as "e" and a
/// combining accent: the same text to a reader, and to the comparison once both are composed
/// (else every such word would differ from the other version's). Text already composed,
/// nearly all text, is checked and kept, not copied.
fn composed(text: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, DecodeError> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
        .ok_or(DecodeError::Malformed(encoding.name()))
}

/// UTF-8 when valid; a UTF-8 file with a few bad bytes is read with U+FFFD in their place
/// (as delta and difftastic read it) rather than misread as a legacy encoding; anything else
/// goes to chardetng's guess.
fn detect(bytes: &[u8]) -> Result<(String, Option<(usize, usize)>), DecodeError> {
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok((strict(encoding, bytes)?, None));
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let bad_at = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((text.to_string(), None)),
        Err(e) => e.valid_up_to(),
    };
    let lossy = String::from_utf8_lossy(bytes);
    let replaced = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
    let decoded_non_ascii = lossy
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
        .count();
    // Mostly good UTF-8 (more characters decoded beyond ASCII than replaced, or a long text
    // of which only a few bytes are bad) is UTF-8 with damage, not a legacy encoding.
    let few = replaced * MOSTLY_UTF8.1 <= lossy.chars().count() * MOSTLY_UTF8.0;
    if decoded_non_ascii > replaced || (few && decoded_non_ascii > 0) {
        return Ok((lossy.into_owned(), Some((replaced, bad_at))));
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let guess = detector.guess(None, Utf8Detection::Deny);
    let encoding = if guess == UTF_8 {
        encoding_rs::WINDOWS_1252
    } else {
        guess
    };
    Ok((strict(encoding, bytes)?, None))
}

/// UTF-16 written without its byte-order mark (some Windows tools do): text in a Latin,
/// Cyrillic or Greek script has a zero as the high byte of nearly every code unit. Read as
/// UTF-16 when at least nine in ten units of the first 8 KB have a zero on one side and
/// almost none on the other; anything else with zeros stays binary.
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(8192) & !1];
    let units = sample.len() / 2;
    if units < 4 {
        return None;
    }
    let zeros = |at: usize| {
        sample
            .iter()
            .skip(at)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    let mostly = |n: usize| n * 10 >= units * 9;
    let hardly = |n: usize| n * 50 <= units;
    if mostly(odd) && hardly(even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(even) && hardly(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// At most this share of replaced characters (one in a thousand) still reads as damaged UTF-8.
const MOSTLY_UTF8: (usize, usize) = (1, 1000);

/// How many characters are looked at to decide a text is binary: enough for any header.
const CONTROL_SAMPLE_CHARS: usize = 100_000;
/// More control characters than this share of them (one in ten) is not text a person reads.
const CONTROL_SHARE: (usize, usize) = (1, 10);

/// More than a tenth control characters (other than tab, newlines, form feed): not prose.
fn mostly_control(text: &str) -> bool {
    let (mut control, mut total) = (0usize, 0usize);
    for c in text.chars().take(CONTROL_SAMPLE_CHARS) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}') {
            control += 1;
        }
    }
    control * CONTROL_SHARE.1 > total * CONTROL_SHARE.0
}

fn normalise_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_named_for_every_file_or_per_document() {
        let (utf16, latin1) = (encoding_rs::UTF_16LE, encoding_rs::WINDOWS_1252);
        assert_eq!(encodings_named("latin1").unwrap(), (Some(latin1), vec![]));
        assert_eq!(
            encodings_named("utf-16le,latin1").unwrap(),
            (None, vec![Some(utf16), Some(latin1)])
        );
        assert_eq!(
            encodings_named("new=latin1, old=utf-16le").unwrap(),
            (None, vec![Some(utf16), Some(latin1)])
        );
        assert_eq!(
            encodings_named("new=latin1").unwrap(),
            (None, vec![None, Some(latin1)])
        );
        assert_eq!(
            encodings_named("auto,latin1").unwrap(),
            (None, vec![None, Some(latin1)])
        );
        assert!(encodings_named("left=latin1").is_err());
        assert!(encodings_named("old=martian").is_err());
    }

    fn auto(bytes: &[u8]) -> Result<String, DecodeError> {
        decode(bytes, None).map(|d| d.text)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(auto("héllo".as_bytes()).unwrap(), "héllo");
        assert_eq!(auto(b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_read_as_utf16() {
        let le: Vec<u8> = "Hello, wörld.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Hello, wörld.\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(auto(&le).unwrap(), "Hello, wörld.\n");
        assert_eq!(auto(&be).unwrap(), "Hello, wörld.\n");
        // Zeros scattered as in a binary file are still binary.
        assert!(matches!(
            auto(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"),
            Err(DecodeError::Binary)
        ));
    }

    #[test]
    fn decomposed_accents_are_read_composed() {
        // "café" with e + U+0301, as macOS writes file names and some editors text.
        assert_eq!(
            auto("cafe\u{301} cre\u{300}me".as_bytes()).unwrap(),
            "café crème"
        );
        assert_eq!(auto("café".as_bytes()).unwrap(), "café");
    }

    #[test]
    fn utf16_both_byte_orders() {
        assert_eq!(auto(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(auto(b"\xFE\xFF\0h\0i").unwrap(), "hi");
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(auto(b"a\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(auto(b"ab\0cd"), Err(DecodeError::Binary));
        assert_eq!(
            auto(b"\x01\x02\x03\x04\x05abc"),
            Err(DecodeError::ControlCharacters)
        );
    }

    #[test]
    fn damaged_utf8_is_read_with_replacements_not_misread() {
        let mut bytes = "Путин сказал, что встреча будет.".as_bytes().to_vec();
        bytes.insert(10, 0xFF);
        let decoded = decode(&bytes, None).unwrap();
        assert_eq!(decoded.text, "Путин\u{FFFD} сказал, что встреча будет.");
        assert_eq!(decoded.replaced, Some((1, 10)));
    }

    #[test]
    fn legacy_encodings_are_detected() {
        let russian = "Президент России Владимир Путин сказал, что встреча обязательно состоится, и он этого очень хочет.";
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(russian);
        assert_eq!(auto(&cp1251).unwrap(), russian);
        let french = "Le président a déclaré qu’il était prêt à négocier. « Très bien », a-t-il répondu à l’été.";
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(french);
        assert_eq!(auto(&latin).unwrap(), french);
        let japanese = "日本語の文章です。大統領は会談を望んでいると述べた。";
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
        assert_eq!(auto(&sjis).unwrap(), japanese);
    }

    #[test]
    fn a_forced_encoding_wins() {
        let koi8 = encoding_for("koi8-r").unwrap();
        let (bytes, _, _) = koi8.encode("Привет, мир");
        assert_eq!(decode(&bytes, Some(koi8)).unwrap().text, "Привет, мир");
        assert!(encoding_for("no-such-thing").is_err());
    }
}
