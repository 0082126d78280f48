//! A field of a CSV or TSV file, written as spreadsheets read it: shared by the matrix and
//! the review's export.

/// A field of a CSV (quoted when it holds the separator, a quote or a line break) or of a
/// TSV (whose fields cannot hold tabs or line breaks: those become spaces).
pub(crate) fn field(text: &str, separator: char) -> String {
    if separator == '\t' {
        return text.replace(['\t', '\n', '\r'], " ");
    }
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
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
}
