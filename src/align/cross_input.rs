//! What the cross-language aligner needs of each unit beyond its key and length: the marks
//! that survive translation (numbers, names) and, with a bilingual dictionary, the words that
//! meet across it.

use rayon::prelude::*;

use super::cross::{CrossSide, signature};
use super::marks::{keep_shared, marks_and_lexicon, translation_ids};
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
    /// The same as signatures, as the grid reads them.
    signatures: Vec<u64>,
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
        // The grid reads signatures; the ids are not kept past this.
        for side in [&mut old, &mut new] {
            side.signatures = side.cognates.iter().map(|ids| signature(ids)).collect();
            side.cognates = Vec::new();
        }
        [old, new]
    }

    /// `lexicon`: `None` without a dictionary; `Some(None)` for the translation's side (its
    /// own words); `Some(Some(d))` for the source's (its words' translations in `d`).
    fn of(p: &Prepared, doc: &Document, lexicon: Option<Option<&Dictionary>>) -> CrossUnits {
        let table = lexicon.flatten().map(translation_ids);
        let wanted = lexicon.map(|source| source.and(table.as_ref()));
        type Ids = Vec<Vec<u64>>;
        let (marks, (lexicon, cognates)): (Ids, (Ids, Ids)) = p
            .spans
            .par_iter()
            .map(|r| {
                let (marks, lexicon, cognates) = marks_and_lexicon(&doc.text[r.clone()], wanted);
                (marks, (lexicon, cognates))
            })
            .unzip();
        // Without a dictionary the lexicon plays no part: none kept.
        let lexicon = if wanted.is_some() {
            lexicon
        } else {
            Vec::new()
        };
        CrossUnits {
            marks,
            lexicon,
            cognates,
            signatures: Vec::new(),
        }
    }

    pub(super) fn side<'a>(&'a self, p: &'a Prepared) -> CrossSide<'a> {
        CrossSide {
            keys: &p.keys,
            chars: &p.chars,
            marks: &self.marks,
            lexicon: &self.lexicon,
            cognates: &self.signatures,
        }
    }
}
