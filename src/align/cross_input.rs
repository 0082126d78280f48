//! What the cross-language aligner needs of each unit beyond its key and length: the marks
//! that survive translation (numbers, names) and, with a bilingual dictionary, the words that
//! meet across it.

use rayon::prelude::*;

use super::cross::CrossSide;
use super::marks::{cognates, keep_shared, marks_and_lexicon, translation_ids};
use super::prepare::Prepared;
use crate::knowledge::Dictionary;
use crate::load::document::Document;

/// Each unit's marks and lexicon ids, one side.
pub(super) struct CrossUnits {
    marks: Vec<Vec<u64>>,
    /// With a dictionary: each unit's words, or its words' translations.
    lexicon: Vec<Vec<u64>>,
    /// Each unit's cognate prefixes (`marks::cognates`), kept where both sides have them.
    cognates: Vec<Vec<u64>>,
}

impl CrossUnits {
    /// Both sides' units, keeping only the marks and lexicon ids both sides have (the others
    /// are no evidence). With a dictionary from the source's language to the translation's,
    /// `forward` is it; from the translation's to the source's, `backward`.
    pub(super) fn of_pair(
        prepared: [&Prepared; 2],
        docs: [&Document; 2],
        lexicon: Option<(Option<&Dictionary>, Option<&Dictionary>)>,
    ) -> [CrossUnits; 2] {
        let (mut old, mut new) = rayon::join(
            || CrossUnits::of(prepared[0], docs[0], lexicon.map(|l| l.0)),
            || CrossUnits::of(prepared[1], docs[1], lexicon.map(|l| l.1)),
        );
        rayon::join(
            || keep_shared(&mut old.marks, &mut new.marks),
            || {
                rayon::join(
                    || keep_shared(&mut old.lexicon, &mut new.lexicon),
                    || keep_shared(&mut old.cognates, &mut new.cognates),
                )
            },
        );
        [old, new]
    }

    /// `lexicon`: `None` without a dictionary; `Some(None)` for the translation's side (its
    /// own words); `Some(Some(d))` for the source's (its words' translations in `d`).
    fn of(p: &Prepared, doc: &Document, lexicon: Option<Option<&Dictionary>>) -> CrossUnits {
        let table = lexicon.flatten().map(translation_ids);
        let wanted = lexicon.map(|source| source.and(table.as_ref()));
        let (marks, lexicon): (Vec<Vec<u64>>, Vec<Vec<u64>>) = p
            .spans
            .par_iter()
            .map(|r| marks_and_lexicon(&doc.text[r.clone()], wanted))
            .unzip();
        // Without a dictionary the lexicon plays no part: none kept.
        let lexicon = if wanted.is_some() {
            lexicon
        } else {
            Vec::new()
        };
        let cognates = p
            .spans
            .par_iter()
            .map(|r| cognates(&doc.text[r.clone()]))
            .collect();
        CrossUnits {
            marks,
            lexicon,
            cognates,
        }
    }

    pub(super) fn side<'a>(&'a self, p: &'a Prepared) -> CrossSide<'a> {
        CrossSide {
            keys: &p.keys,
            chars: &p.chars,
            marks: &self.marks,
            lexicon: &self.lexicon,
            cognates: &self.cognates,
        }
    }
}
