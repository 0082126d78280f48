//! Which bilingual dictionary a language pair uses: none, the one the user named for every
//! pair, or the one a folder of dictd databases holds for the pair (Debian installs FreeDict's
//! as `/usr/share/dictd/freedict-eng-spa.index`). The folder is an input the binary chooses,
//! so a test says exactly which dictionaries it ran with; each pair's is read once, on first
//! use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::dictionary::Dictionary;
use crate::text::language::Language;

/// A dictionary with the file it was read from, which reports name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// The dictionary.
    pub dictionary: Arc<Dictionary>,
    /// The file it came from.
    pub path: PathBuf,
}

/// Where dictionaries come from.
#[derive(Debug, Default)]
pub enum Shelf {
    /// No dictionary: the aligner goes by lengths and marks.
    #[default]
    Empty,
    /// One dictionary for every pair (`--dictionary FILE`).
    One(Chosen),
    /// The dictd databases of a folder, found by language pair (`freedict-SRC-TGT.index`).
    Folder {
        /// The folder.
        dir: PathBuf,
        /// The dictionaries read so far, by (source, target) ISO 639-3 codes.
        read: Mutex<HashMap<(String, String), Option<Chosen>>>,
    },
}

impl Shelf {
    /// The dictd databases of `dir`, found by language pair.
    pub fn folder(dir: impl Into<PathBuf>) -> Shelf {
        Shelf::Folder {
            dir: dir.into(),
            read: Mutex::default(),
        }
    }

    /// The dictionary from `source`'s language to `target`'s, if the shelf has one.
    pub fn for_pair(&self, source: Option<Language>, target: Option<Language>) -> Option<Chosen> {
        match self {
            Shelf::Empty => None,
            Shelf::One(chosen) => Some(chosen.clone()),
            Shelf::Folder { dir, read } => {
                let (s, t) = (source?.iso3(), target?.iso3());
                let mut read = read.lock().ok()?;
                read.entry((s.to_string(), t.to_string()))
                    .or_insert_with(|| freedict(dir, s, t))
                    .clone()
            }
        }
    }
}

/// FreeDict's database for a pair in `dir`, when it is there and reads.
fn freedict(dir: &Path, source: &str, target: &str) -> Option<Chosen> {
    let path = dir.join(format!("freedict-{source}-{target}.index"));
    let dictionary = Dictionary::read(&path).ok()?;
    Some(Chosen {
        dictionary: Arc::new(dictionary),
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_gives_each_pair_its_own_dictionary_and_none_where_it_has_none() {
        let dir = std::env::temp_dir().join(format!("driftview-shelf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let body = "bridge /brɪdʒ/\npuente\n";
        std::fs::write(dir.join("freedict-eng-spa.dict"), body).unwrap();
        std::fs::write(dir.join("freedict-eng-spa.index"), "bridge\tA\tY\n").unwrap();
        let shelf = Shelf::folder(&dir);
        let (en, es, de) = (
            Language::from_code("en"),
            Language::from_code("es"),
            Language::from_code("de"),
        );
        let found = shelf.for_pair(en, es).expect("English to Spanish is there");
        assert_eq!(found.path, dir.join("freedict-eng-spa.index"));
        assert_eq!(found.dictionary.translations("bridge").unwrap(), ["puente"]);
        assert!(
            shelf.for_pair(es, en).is_none(),
            "the other way round is not"
        );
        assert!(shelf.for_pair(en, de).is_none());
        assert!(Shelf::Empty.for_pair(en, es).is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
