//! A PO file's text before polib reads it: decoded by the charset its header names (gettext
//! catalogues are often ISO-8859-1 or EUC-JP, not UTF-8), checked line by line so that a
//! syntax error names its line and what is wrong (polib says "Metadata does not exist or is
//! ill-formed" for every error, and reads an unterminated string without complaint), and given
//! the empty header gettext allows a file to leave out (polib needs one).

use encoding_rs::Encoding;

/// The header a file without one is read with.
const MINIMAL_HEADER: &str =
    "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

/// The file's text as UTF-8, and the text polib is to read (with a header if it had none).
pub(super) fn prepare(bytes: &[u8]) -> Result<String, String> {
    prepare_counting(bytes).map(|(text, _)| text)
}

/// [`prepare`], and how many lines it put before the file's own (the header it lacked): a
/// line of the text read is that many lines below the file's.
pub(super) fn prepare_counting(bytes: &[u8]) -> Result<(String, usize), String> {
    let text = decode(bytes)?;
    check(&text)?;
    Ok(if has_header(&text) {
        (text, 0)
    } else {
        let added = MINIMAL_HEADER.matches('\n').count();
        (format!("{MINIMAL_HEADER}{text}"), added)
    })
}

/// Decodes by the header's `charset=` (UTF-8 when it names none, or names one that is not
/// known); a file that is not in the charset it names is refused.
fn decode(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let encoding = charset(bytes)
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(text.into_owned()),
        None if encoding == encoding_rs::UTF_8 => Err(format!(
            "not UTF-8 (at byte {}), and its header names no other charset",
            std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |_| 0)
        )),
        None => Err(format!(
            "not in the charset its header names ({})",
            encoding.name()
        )),
    }
}

/// The charset the header names: `charset=ISO-8859-1` in its Content-Type.
fn charset(bytes: &[u8]) -> Option<String> {
    // The header is the file's first entry: the first few kilobytes hold it.
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let at = head
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"charset="))?
        + 8;
    let label: String = head[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .map(|&b| char::from(b))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Whether the first entry is the header (`msgid ""`).
fn has_header(text: &str) -> bool {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'));
    first.is_some_and(|l| l.strip_prefix("msgid").map(str::trim) == Some("\"\""))
}

/// Every line is a comment, a keyword and its string, or a string continuing the one above.
fn check(text: &str) -> Result<(), String> {
    for (k, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |what: String| Err(format!("line {}: {what}", k + 1));
        let string = match line.find('"') {
            Some(0) => line,
            Some(at) => {
                let keyword = line[..at].trim_end();
                if !is_keyword(keyword) {
                    return fail(format!("`{keyword}` is not a PO keyword"));
                }
                &line[at..]
            }
            None => {
                return fail(format!(
                    "`{}` is neither a keyword with a quoted string nor a comment",
                    cut(line)
                ));
            }
        };
        if let Err(what) = quoted(string) {
            return fail(what);
        }
    }
    Ok(())
}

fn is_keyword(word: &str) -> bool {
    match word {
        "msgctxt" | "msgid" | "msgid_plural" | "msgstr" => true,
        _ => word
            .strip_prefix("msgstr[")
            .and_then(|rest| rest.strip_suffix(']'))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
    }
}

/// A string in double quotes with nothing after it (escapes read as escapes).
fn quoted(s: &str) -> Result<(), String> {
    let mut chars = s.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '"' => {
                let rest = s[at + 1..].trim();
                return if rest.is_empty() {
                    Ok(())
                } else {
                    Err(format!("`{}` after the closing quote", cut(rest)))
                };
            }
            _ => {}
        }
    }
    Err("the string has no closing quote".into())
}

/// A few characters of a line, for a message.
fn cut(text: &str) -> String {
    let mut out: String = text.chars().take(30).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin1_catalogue_is_read_by_its_charset() {
        let po = b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"File\"\nmsgstr \"Fichier \xe9crit\"\n";
        let text = prepare(po).unwrap();
        assert!(text.contains("Fichier écrit"), "{text}");
        let wrong = b"msgid \"x\"\nmsgstr \"caf\xe9\"\n";
        assert!(prepare(wrong).unwrap_err().starts_with("not UTF-8"));
    }

    #[test]
    fn syntax_errors_name_their_line() {
        let e =
            prepare(b"msgid \"\"\nmsgstr \"\"\n\nmsgid \"Hello\"\nmsgstr \"Hola\n").unwrap_err();
        assert_eq!(e, "line 5: the string has no closing quote");
        let e = prepare(b"msgid \"a\"\nmsgtsr \"b\"\n").unwrap_err();
        assert_eq!(e, "line 2: `msgtsr` is not a PO keyword");
        let e = prepare(b"msgid \"a\" x\n").unwrap_err();
        assert_eq!(e, "line 1: `x` after the closing quote");
        let e = prepare(b"msgid \"a\"\nhello\n").unwrap_err();
        assert!(e.starts_with("line 2: `hello` is neither"), "{e}");
        assert!(prepare(b"msgid \"a \\\"q\\\"\"\nmsgstr[0] \"b\"\n").is_ok());
    }

    #[test]
    fn a_file_without_a_header_gets_one() {
        let text = prepare(b"# comment\nmsgid \"Hello\"\nmsgstr \"Hola\"\n").unwrap();
        assert!(text.starts_with(MINIMAL_HEADER));
        let with = "msgid \"\"\nmsgstr \"\"\n\nmsgid \"a\"\nmsgstr \"b\"\n";
        assert_eq!(prepare(with.as_bytes()).unwrap(), with);
    }
}
