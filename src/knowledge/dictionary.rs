//! A bilingual dictionary: source words and their translations, evidence the cross-language
//! aligner weighs beside lengths, numbers and names. Read from a TSV file (a word, a tab, its
//! translations separated by `,` or `|`) or a dictd database (`.index` with `.dict` or
//! `.dict.dz`, as FreeDict ships them). None is needed: without one the aligner goes by
//! lengths. Which dictionary a pair uses is the shelf's business (`shelf.rs`).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Source words (lower case) and their one-word translations (lower case).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Dictionary {
    words: HashMap<String, Vec<String>>,
}

impl Dictionary {
    /// The translations of a source word in lower case, if the dictionary has it.
    pub fn translations(&self, word: &str) -> Option<&[String]> {
        self.words.get(word).map(Vec::as_slice)
    }

    /// Every source word (lower case) with its translations.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.words.iter().map(|(w, ts)| (w.as_str(), ts.as_slice()))
    }

    /// The number of source words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether it has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Reads a TSV dictionary or a dictd database (either of its files named).
    pub fn read(path: &Path) -> Result<Dictionary, String> {
        let name = path.to_string_lossy();
        if name.ends_with(".index") || name.ends_with(".dict") || name.ends_with(".dict.dz") {
            let stem = name
                .trim_end_matches(".index")
                .trim_end_matches(".dz")
                .trim_end_matches(".dict");
            return read_dictd(Path::new(&format!("{stem}.index")), stem);
        }
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
        Ok(parse_tsv(&text))
    }

    fn add(&mut self, word: &str, translation: &str) {
        let word = word.trim().to_lowercase();
        // One-word translations only: a phrase is no single token to meet in a clause.
        let t = translation.trim().to_lowercase();
        if word.is_empty() || t.is_empty() || t.contains(char::is_whitespace) {
            return;
        }
        let list = self.words.entry(word).or_default();
        if !list.contains(&t) {
            list.push(t);
        }
    }
}

/// `word<TAB>translation, translation|translation` per line; `#` starts a comment.
fn parse_tsv(text: &str) -> Dictionary {
    let mut d = Dictionary::default();
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        if let Some((word, rest)) = line.split_once('\t') {
            for t in rest.split([',', '|', ';']) {
                d.add(word, t);
            }
        }
    }
    d
}

/// A dictd database: the index gives each headword's offset and length (base 64) in the
/// dictionary text, whose entry is the headword line (with its pronunciation) and the
/// translations after it.
fn read_dictd(index: &Path, stem: &str) -> Result<Dictionary, String> {
    let index_text =
        std::fs::read_to_string(index).map_err(|e| format!("{}: {e}", index.display()))?;
    let plain = PathBuf::from(format!("{stem}.dict"));
    let zipped = PathBuf::from(format!("{stem}.dict.dz"));
    let body = if plain.exists() {
        std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))?
    } else {
        let file =
            std::fs::File::open(&zipped).map_err(|e| format!("{}: {e}", zipped.display()))?;
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(file)
            .read_to_end(&mut out)
            .map_err(|e| format!("{}: {e}", zipped.display()))?;
        out
    };
    let mut d = Dictionary::default();
    for line in index_text.lines() {
        let mut parts = line.split('\t');
        let (Some(word), Some(at), Some(len)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        if word.starts_with("00database") {
            continue;
        }
        let (Some(at), Some(len)) = (base64(at), base64(len)) else {
            continue;
        };
        let Some(entry) = body.get(at..at + len) else {
            continue;
        };
        let entry = String::from_utf8_lossy(entry);
        // The first line is the headword and its pronunciation; the rest, translations.
        for line in entry.lines().skip(1) {
            let line = line
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            for t in line.split([',', ';']) {
                d.add(word, t);
            }
        }
    }
    if d.is_empty() {
        return Err(format!("{}: no entries", index.display()));
    }
    Ok(d)
}

/// dictd's base 64 numbers (`A`-`Z`, `a`-`z`, `0`-`9`, `+`, `/`).
fn base64(text: &str) -> Option<usize> {
    text.bytes().try_fold(0usize, |n, b| {
        let digit = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n.checked_mul(64)?.checked_add(usize::from(digit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tsv_dictionary_keeps_one_word_translations() {
        let d = parse_tsv("# test\nbridge\tpuente, viaducto\nship\tbarco|navío\nvia\tpor la vía\n");
        assert_eq!(d.translations("bridge").unwrap(), ["puente", "viaducto"]);
        assert_eq!(d.translations("ship").unwrap(), ["barco", "navío"]);
        assert!(d.translations("via").is_none(), "a phrase is no one word");
    }

    #[test]
    fn dictd_numbers_and_entries_are_read() {
        assert_eq!(base64("A"), Some(0));
        assert_eq!(base64("x2E"), Some(49 * 64 * 64 + 54 * 64 + 4));
        assert_eq!(base64("é"), None);
        let dir = std::env::temp_dir().join(format!("driftview-dictd-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let body = "bridge /brɪdʒ/\npuente\nship /ʃɪp/\n1. barco, nave\n";
        std::fs::write(dir.join("t.dict"), body).unwrap();
        let b = |n: usize| {
            let digits = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut s = String::new();
            let mut n = n;
            loop {
                s.insert(0, digits[n % 64] as char);
                n /= 64;
                if n == 0 {
                    break s;
                }
            }
        };
        let at = body.find("ship").unwrap();
        let index = format!(
            "bridge\t{}\t{}\nship\t{}\t{}\n",
            b(0),
            b(at),
            b(at),
            b(body.len() - at)
        );
        std::fs::write(dir.join("t.index"), index).unwrap();
        let d = Dictionary::read(&dir.join("t.index")).unwrap();
        assert_eq!(d.translations("bridge").unwrap(), ["puente"]);
        assert_eq!(d.translations("ship").unwrap(), ["barco", "nave"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
