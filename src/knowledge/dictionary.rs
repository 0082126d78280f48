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
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {e}"))?;
        let bytes =
            read_at_most(file, MAX_DICTIONARY_BYTES).map_err(|e| format!("cannot read: {e}"))?;
        Ok(parse_tsv(&String::from_utf8_lossy(&bytes)))
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
    let open =
        |path: &Path| std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()));
    let index_bytes = read_at_most(open(index)?, MAX_DICTIONARY_BYTES)
        .map_err(|e| format!("{}: {e}", index.display()))?;
    let index_text = String::from_utf8_lossy(&index_bytes);
    let plain = PathBuf::from(format!("{stem}.dict"));
    let zipped = PathBuf::from(format!("{stem}.dict.dz"));
    // Inflated within the same bound: a small gzip bomb cannot fill memory.
    let body = if plain.exists() {
        read_at_most(open(&plain)?, MAX_DICTIONARY_BYTES)
            .map_err(|e| format!("{}: {e}", plain.display()))?
    } else {
        read_at_most(
            flate2::read::MultiGzDecoder::new(open(&zipped)?),
            MAX_DICTIONARY_BYTES,
        )
        .map_err(|e| format!("{}: {e}", zipped.display()))?
    };
    // The entries an honest index points at add up to about the dictionary's text (some
    // headwords share an entry); one that makes every line point at the whole text would cost
    // hours. Past this budget the index is not believed.
    let mut budget = body.len().saturating_mul(ENTRY_BUDGET_FACTOR) + (1 << 20);
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
        let Some(entry) = body.get(at..at.saturating_add(len)) else {
            continue;
        };
        // No real entry is this long: a headword's translations fit in a few kilobytes.
        if len > MAX_ENTRY_BYTES {
            continue;
        }
        budget = budget.checked_sub(len).ok_or_else(|| {
            format!(
                "{}: its entries add up to far more than the dictionary's text (a damaged index?)",
                index.display()
            )
        })?;
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

/// The most a dictionary file (a TSV, a dictd index or its inflated text) may hold: FreeDict's
/// largest are tens of megabytes.
const MAX_DICTIONARY_BYTES: u64 = 512 * 1024 * 1024;

/// The longest dictd entry read; longer ones are passed over.
const MAX_ENTRY_BYTES: usize = 64 * 1024;

/// How many times over its text a dictionary's index may point.
const ENTRY_BUDGET_FACTOR: usize = 8;

/// All of `source`, or an error when it holds more than `limit` bytes.
fn read_at_most(source: impl Read, limit: u64) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    source
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| e.to_string())?;
    if out.len() as u64 > limit {
        return Err(format!("larger than {} MB", limit >> 20));
    }
    Ok(out)
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

    #[test]
    fn an_inflated_dictionary_is_bounded() {
        use std::io::Write;
        // 8 MB of zeros gzip to a few kilobytes: refused at a 1 MB bound without inflating it all.
        let mut zipped = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        zipped.write_all(&vec![0u8; 8 << 20]).unwrap();
        let zipped = zipped.finish().unwrap();
        assert!(zipped.len() < 64 * 1024);
        let inflated = read_at_most(flate2::read::MultiGzDecoder::new(&zipped[..]), 1 << 20);
        assert_eq!(inflated.unwrap_err(), "larger than 1 MB");
        assert_eq!(read_at_most(&b"abc"[..], 3).unwrap(), b"abc");
    }

    #[test]
    fn an_index_pointing_everywhere_is_refused_quickly() {
        let dir = std::env::temp_dir().join(format!("driftview-dictd-bomb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // One 60 KB entry, and 200,000 headwords that all point at it: an hour's work before.
        let body = format!("word\n{}\n", "traducción, ".repeat(5000));
        std::fs::write(dir.join("t.dict"), &body).unwrap();
        let len = body.len();
        let digits = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let encoded: String = [len / 4096, len / 64 % 64, len % 64]
            .iter()
            .map(|&d| digits[d] as char)
            .collect();
        let index: String = (0..200_000)
            .map(|k| format!("w{k}\tA\t{encoded}\n"))
            .collect();
        std::fs::write(dir.join("t.index"), index).unwrap();
        let started = std::time::Instant::now();
        let e = Dictionary::read(&dir.join("t.index")).unwrap_err();
        assert!(e.contains("far more than the dictionary's text"), "{e}");
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
