//! Typographic variants folded to one form (quotes, dashes, spaces, soft hyphens, `…`), so
//! that every stage compares “it’s” and "it's" alike. The text a person sees is never changed.

use std::borrow::Cow;

/// Maps one character to its typographic canonical form; `None` drops it.
fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' => return None,
        c => c,
    })
}

/// Folds typographic variants; `…` becomes `...`. Text with nothing to fold is borrowed.
pub fn fold_typography(text: &str) -> Cow<'_, str> {
    // In ASCII only the backtick folds.
    let nothing_to_fold = if text.is_ascii() {
        !text.contains('`')
    } else {
        !text.chars().any(|c| c == '…' || fold_char(c) != Some(c))
    };
    if nothing_to_fold {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '…' {
            out.push_str("...");
        } else if let Some(f) = fold_char(c) {
            out.push(f);
        }
    }
    Cow::Owned(out)
}

/// The text on one line: runs of white space, line breaks among them, as one space, and none
/// at either end.
pub(crate) fn single_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_variants_fold_together() {
        assert_eq!(fold_typography("“it’s” — ok…"), "\"it's\" - ok...");
        assert_eq!(
            fold_typography("co\u{00AD}operate\u{00A0}now"),
            "cooperate now"
        );
    }
}
