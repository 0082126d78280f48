//! A field of a CSV or TSV file, written as spreadsheets read it: shared by the matrix and
//! the review's export.

use std::borrow::Cow;

/// A UTF-8 byte order mark: what Excel needs to read a CSV file as UTF-8 (`--bom`).
pub const BOM: &str = "\u{FEFF}";

/// A field of a CSV (quoted when it holds the separator, a quote or a line break) or of a
/// TSV (whose fields cannot hold tabs or line breaks: those become spaces). A field a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) starts with a `'`, as OWASP's CSV-injection guidance recommends; control
/// characters are shown, not sent (the file may be printed on a terminal).
pub(crate) fn field(text: &str, separator: char) -> String {
    // Judged before the tab and carriage return are shown as a space and `␍`.
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = crate::text::visible(text);
    let text: Cow<'_, str> = if formula {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    };
    if separator == '\t' {
        return text.replace(['\t', '\n', '\r'], " ");
    }
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("a/b.txt", ','), "a/b.txt");
        assert_eq!(field("a,b.txt", ','), "\"a,b.txt\"");
        assert_eq!(field("say \"hi\".txt", ','), "\"say \"\"hi\"\".txt\"");
        assert_eq!(field("a\tb", '\t'), "a b");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\")", ','),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(field("+1", ','), "'+1");
        assert_eq!(field("-2+3", '\t'), "'-2+3");
        assert_eq!(field("@SUM(A1)", ','), "'@SUM(A1)");
        assert_eq!(field("\tcmd", '\t'), "' cmd");
        assert_eq!(field("a = b", ','), "a = b");
        assert_eq!(field("\x1b]0;x\x07", ','), "␛]0;x␇");
    }
}
