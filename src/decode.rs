//! Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM, losslessly, or a reason why not.
//!
//! Legacy 8-bit encodings are refused with a clear reason for now; detection slots in here.

/// Why a file's bytes are not text we can show.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("not valid UTF-8 at byte {0} (legacy encodings are not supported yet)")]
    InvalidUtf8(usize),
    #[error("not valid UTF-16 ({0} with byte-order mark)")]
    InvalidUtf16(&'static str),
}

/// Decodes a file's bytes to a `String`, normalising CRLF and lone CR to LF.
///
/// Only the in-memory copy is normalised; files are never written.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes, "little-endian")?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes, "big-endian")?
    } else {
        if bytes.contains(&0) {
            return Err(DecodeError::Binary);
        }
        utf8(bytes)?
    };
    Ok(normalise_newlines(text))
}

fn utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(DecodeError::InvalidUtf8(e.valid_up_to())),
    }
}

fn utf16(
    bytes: &[u8],
    unit: fn([u8; 2]) -> u16,
    name: &'static str,
) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16(name));
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    let text = String::from_utf16(&units).map_err(|_| DecodeError::InvalidUtf16(name))?;
    if text.contains('\0') {
        return Err(DecodeError::Binary);
    }
    Ok(text)
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
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("héllo".as_bytes()).unwrap(), "héllo");
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }

    #[test]
    fn utf16_both_byte_orders() {
        assert_eq!(decode(b"\xFF\xFEh\0i\0").unwrap(), "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").unwrap(), "hi");
        assert!(decode(b"\xFF\xFEh").is_err());
    }

    #[test]
    fn crlf_and_cr_become_lf() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn binary_and_invalid_are_refused() {
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary));
        assert_eq!(decode(b"ab\xFFcd"), Err(DecodeError::InvalidUtf8(2)));
    }
}
