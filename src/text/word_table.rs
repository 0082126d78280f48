//! Fixed word lists looked up ignoring ASCII case, without allocating.

use rustc_hash::FxHashMap;

/// A fixed table of lowercase words, looked up ignoring ASCII case without allocating: the
/// sentence features, the word diff and the drift checks look words of every row up in such
/// tables.
pub(crate) struct WordTable<V: 'static> {
    map: FxHashMap<&'static [u8], V>,
    longest: usize,
    /// One bit per (length, first letter) signature present: most words miss here, before
    /// any hashing.
    signatures: [u64; 4],
}

/// A word's (length, first letter) signature, 0..256, the same in any ASCII case.
fn signature(word: &[u8]) -> usize {
    (usize::from(word[0].to_ascii_lowercase()) + word.len() * 37) & 255
}

impl WordTable<()> {
    /// A table that only says whether a word is in `words`.
    pub(crate) fn set(words: &[&'static str]) -> Self {
        let entries: Vec<(&'static str, ())> = words.iter().map(|&w| (w, ())).collect();
        WordTable::new(&entries)
    }

    /// Whether `word` is in the set, in any ASCII case.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

impl<V: Copy> WordTable<V> {
    pub(crate) fn new(entries: &[(&'static str, V)]) -> Self {
        let mut signatures = [0u64; 4];
        for (word, _) in entries {
            let s = signature(word.as_bytes());
            signatures[s / 64] |= 1 << (s % 64);
        }
        WordTable {
            map: entries.iter().map(|&(w, v)| (w.as_bytes(), v)).collect(),
            longest: entries.iter().map(|e| e.0.len()).max().unwrap_or(0),
            signatures,
        }
    }

    /// Looks `word` up, ignoring ASCII case.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        if word.is_empty() || word.len() > self.longest {
            return None;
        }
        let s = signature(word.as_bytes());
        if self.signatures[s / 64] & (1 << (s % 64)) == 0 {
            return None;
        }
        let mut buf = [0u8; 64];
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.map.get(&*lower).copied()
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
        let set = WordTable::set(&["the", "of"]);
        assert!(set.contains("The") && set.contains("of"));
        assert!(!set.contains("off") && !set.contains(""));
    }
}
