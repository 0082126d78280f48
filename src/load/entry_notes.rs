//! What a bilingual file says of each entry beyond its text, kept beside the translation's
//! document for the checks translators run on such files. A leaf: the document and the
//! bilingual reader both name it.

/// A bilingual file's entries as written (spaces and line breaks at their ends kept, which
/// the documents' text trims), with the marks the checks translators run there read: kept
/// beside the translation's document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntryNotes {
    /// Each entry's source text, untrimmed.
    pub sources: Vec<String>,
    /// Each entry's translation, untrimmed (empty when untranslated).
    pub targets: Vec<String>,
    /// Each entry's "awaits review" mark.
    pub needs_review: Vec<bool>,
}
