//! One side of a row, tokenized once for all the checks.

use rustc_hash::FxHashMap;

use crate::tokens::{Token, TokenKind, tokenize};

/// A row side's text and its tokens.
pub struct Text<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Self {
        Text {
            text,
            tokens: tokenize(text),
        }
    }

    /// The word tokens' text, in order.
    pub fn words(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &self.text[t.span.clone()])
    }
}

/// A fixed table of lowercase words, looked up ignoring ASCII case without allocating: the
/// checks look every word of every row up in several such tables.
pub struct WordTable<V: 'static> {
    map: FxHashMap<&'static str, V>,
    longest: usize,
}

impl<V: Copy> WordTable<V> {
    pub fn new(entries: &[(&'static str, V)]) -> Self {
        WordTable {
            map: entries.iter().copied().collect(),
            longest: entries.iter().map(|e| e.0.len()).max().unwrap_or(0),
        }
    }

    pub fn get(&self, word: &str) -> Option<V> {
        if word.len() > self.longest {
            return None;
        }
        let mut buf = [0u8; 64];
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        // ASCII lowercasing leaves UTF-8 valid.
        lower.make_ascii_lowercase();
        self.map.get(std::str::from_utf8(lower).ok()?).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_table_ignores_ascii_case_only() {
        let table = WordTable::new(&[("twelve", 12), ("été", 1)]);
        assert_eq!(table.get("Twelve"), Some(12));
        assert_eq!(table.get("TWELVE"), Some(12));
        assert_eq!(table.get("été"), Some(1));
        assert_eq!(table.get("twelves"), None);
        assert_eq!(table.get("a much longer word than any in the table"), None);
    }
}
