//! What word comparison treats as equal, and the comparison key of a token under it.
//!
//! Keys are for comparing only; the text a person sees is always the document's own.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::text::typography::fold_typography;

/// What word comparison treats as equal. Typographic variants (curly and straight quotes,
/// dash variants, non-breaking and thin spaces, soft hyphens, `…`) always compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DiffOptions {
    /// "The" equals "the".
    pub ignore_case: bool,
    /// Punctuation tokens take no part in the comparison ("hello," equals "hello.").
    pub ignore_punctuation: bool,
    /// Differences in the amount or kind of whitespace between words are not changes.
    pub ignore_whitespace: bool,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            ignore_case: false,
            ignore_punctuation: false,
            ignore_whitespace: true,
        }
    }
}

/// The comparison key of one token's text under `options`.
pub(crate) fn key<'a>(text: &'a str, options: &DiffOptions) -> Cow<'a, str> {
    let folded = fold_typography(text);
    if options.ignore_case && folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_folds_only_when_asked() {
        let mut o = DiffOptions::default();
        assert_ne!(key("The", &o), key("the", &o));
        o.ignore_case = true;
        assert_eq!(key("The", &o), key("the", &o));
    }
}
