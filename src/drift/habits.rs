//! What a document does throughout, measured once for all its rows: whether it quotes at all,
//! which words it writes in lower case somewhere (a capitalised one opens a line, it is no
//! name), which it capitalises (the names a translation keeps).

use rustc_hash::{FxHashMap, FxHashSet};

use super::{names, quotes};
use crate::comparison::Comparison;
use crate::side::Pair;
use crate::text::tokens::Text;

/// What a document does throughout, which decides how each of its rows is read.
#[derive(Debug, Default)]
pub(super) struct Habits {
    /// Whether it uses quotation marks at all.
    pub(super) quotes: bool,
    /// Words it writes in lower case somewhere (keyed as names are compared).
    pub(super) lowercase: FxHashSet<String>,
    /// The words it capitalises somewhere (keyed as names are compared), each with how
    /// often: the names a translation can be expected to keep as they are, and how many
    /// rows a name could be missing from.
    pub(super) capitalised: FxHashMap<String, usize>,
}

impl Habits {
    /// Measures a document's whole text, with its word count, which the pass over its words
    /// finds too.
    fn with_word_count(text: &str) -> (Habits, usize) {
        let census = names::census(text);
        let habits = Habits {
            quotes: quotes::uses_quotation_marks(text),
            lowercase: census.lowercase,
            capitalised: census.capitalised,
        };
        (habits, census.words)
    }
}

/// Each document's habits, measured once for all rows, with its word count, which the same
/// pass finds (the comparison's statistics and reports read it).
pub(super) fn habits(cmp: &Comparison) -> (Pair<Habits>, Pair<usize>) {
    let of = |doc: &crate::load::document::Document| Habits::with_word_count(&doc.text);
    let ((old, old_words), (new, new_words)) =
        rayon::join(|| of(&cmp.docs.old), || of(&cmp.docs.new));
    (Pair::new(old, new), Pair::new(old_words, new_words))
}

/// A row side's names, less the common words its document capitalises by their place: a
/// one-word name written in lower case elsewhere, and the common words opening a run
/// ("Entonces Faraón", "Then Pharaoh": the name is "Faraón"). A word opening a sentence is a
/// name when its document never writes it in lower case and capitalises it more than once
/// ("Esau spoke to Moses").
pub(super) fn names_in(text: &Text, habits: &Habits) -> Vec<names::Name> {
    let mut found = names::names_and_openers(text, true);
    for name in &mut found {
        names::without_opening_common_words(name, text.text, &habits.lowercase);
    }
    // A lone opener is a name only where its document capitalises it more than once: in a
    // short text a word met once ("Following the call, …") has no lower case to show.
    // Nor is an opener in capitals that the document writes in lower case elsewhere ("EN el
    // principio", a drop cap's word).
    let lone_opener = |n: &names::Name| {
        n.opens_sentence
            && n.words.len() == 1
            && (habits.capitalised.get(&n.words[0]).copied().unwrap_or(0) < 2
                || habits.lowercase.contains(&n.words[0]))
    };
    found.retain(|n| {
        !n.words.is_empty() && !names::common_word(n, &habits.lowercase) && !lone_opener(n)
    });
    found
}
