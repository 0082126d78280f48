//! What a comparison knows beyond its two documents: bilingual dictionaries (evidence for the
//! cross-language aligner) and a glossary (terms a translation must keep). Built once by the
//! binary from its options and passed to every comparison, so the same command gives the
//! same rows and findings on every machine, and a test states what it ran with.

pub mod dictionary;
pub mod glossary;
mod shelf;

use std::sync::Arc;

pub use dictionary::Dictionary;
pub use glossary::Glossary;
pub use shelf::{Chosen, Shelf};

/// Dictionaries and glossary, shared by every comparison of a run.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Where each language pair's dictionary comes from.
    pub dictionaries: Arc<Shelf>,
    /// The glossary whose terms each row is checked for, if any.
    pub glossary: Option<Arc<Glossary>>,
}

impl Knowledge {
    /// No dictionary and no glossary: the documents alone.
    pub fn none() -> Knowledge {
        Knowledge::default()
    }

    /// The same dictionaries without the glossary (a round trip's back-translation is in the
    /// source's language: the glossary's required translations are not to be found there).
    pub fn without_glossary(&self) -> Knowledge {
        Knowledge {
            dictionaries: self.dictionaries.clone(),
            glossary: None,
        }
    }
}
