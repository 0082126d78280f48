//! Negations and hedges ("not", "never", "n't", "short of", "refused to" …): one appearing or
//! vanishing in an aligned pair can flip what the sentence says.

use std::sync::LazyLock;

use crate::text::tokens::Text;
use crate::text::word_table::WordTable;

/// Multi-word cues, matched on lowercase words.
const PHRASES: &[(&[&str], &str)] = &[
    (&["short", "of"], "short of"),
    (&["fail", "to"], "fail to"),
    (&["failed", "to"], "fail to"),
    (&["fails", "to"], "fail to"),
    (&["refused", "to"], "refuse to"),
    (&["refuse", "to"], "refuse to"),
    (&["refuses", "to"], "refuse to"),
    (&["declined", "to"], "decline to"),
    (&["no", "longer"], "no longer"),
    (&["can", "not"], "not"),
];

/// Single-word cues and the cue they count as.
const WORDS: &[(&str, &str)] = &[
    ("not", "not"),
    ("cannot", "not"),
    ("no", "no"),
    ("never", "never"),
    ("nothing", "nothing"),
    ("none", "none"),
    ("nobody", "nobody"),
    ("neither", "neither"),
    ("nor", "nor"),
    ("without", "without"),
    ("hardly", "hardly"),
    ("barely", "barely"),
    ("scarcely", "scarcely"),
    ("unlikely", "unlikely"),
    ("denied", "deny"),
    ("denies", "deny"),
    ("deny", "deny"),
];

static WORD_TABLE: LazyLock<WordTable<&'static str>> = LazyLock::new(|| WordTable::new(WORDS));
/// The words phrases start with: only these words need the phrases tried.
static PHRASE_STARTS: LazyLock<WordTable<()>> =
    LazyLock::new(|| WordTable::new(&PHRASES.iter().map(|p| (p.0[0], ())).collect::<Vec<_>>()));

/// The negation cues of a text, in order, each in its canonical form ("can't" → "not").
pub(super) fn cues(text: &Text) -> Vec<&'static str> {
    let words: Vec<&str> = text.words().collect();
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let phrase = PHRASE_STARTS.get(words[i]).and_then(|()| {
            PHRASES.iter().find(|(p, _)| {
                p.len() <= words.len() - i && p.iter().zip(&words[i..]).all(|(a, b)| same(a, b))
            })
        });
        if let Some((phrase, cue)) = phrase {
            out.push(*cue);
            i += phrase.len();
            continue;
        }
        let w = words[i];
        let lower_end = |suffix: &str| {
            w.len() >= suffix.len()
                && w.is_char_boundary(w.len() - suffix.len())
                && same(&w[w.len() - suffix.len()..], suffix)
        };
        if lower_end("n't") || lower_end("n’t") {
            out.push("not");
        } else if let Some(cue) = WORD_TABLE.get(w) {
            out.push(cue);
        }
        i += 1;
    }
    out
}

/// Cues of `a` with no counterpart in `b` (multiset difference).
pub(super) fn vanished<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|cue| match rest.iter().position(|c| c == *cue) {
            Some(k) => {
                rest.swap_remove(k);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// Plain negators: one standing in for another keeps what the sentence says ("there was
/// none" → "there was no one", "neither … nor" → "not … or").
const PLAIN: &[&str] = &["not", "no", "none", "nothing", "nobody", "neither", "nor"];

/// Drops lost and gained plain negators in pairs, so that only a change in how many the
/// sentence has, or in its hedges ("short of", "never", "hardly"), is left to report.
pub(super) fn without_plain_swaps(
    mut lost: Vec<&'static str>,
    mut gained: Vec<&'static str>,
) -> (Vec<&'static str>, Vec<&'static str>) {
    while let (Some(i), Some(j)) = (
        lost.iter().position(|c| PLAIN.contains(c)),
        gained.iter().position(|c| PLAIN.contains(c)),
    ) {
        lost.remove(i);
        gained.remove(j);
    }
    (lost, gained)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_phrases_normalise() {
        assert_eq!(cues(&Text::new("One country can’t dictate")), ["not"]);
        assert_eq!(cues(&Text::new("A country can not dictate")), ["not"]);
        assert_eq!(cues(&Text::new("A country cannot dictate")), ["not"]);
        assert_eq!(
            cues(&Text::new("but stopped short of saying")),
            ["short of"]
        );
        assert_eq!(
            cues(&Text::new("he refused to comment, never")),
            ["refuse to", "never"]
        );
    }

    #[test]
    fn a_vanished_hedge_is_found_and_equal_negations_are_not() {
        let a = cues(&Text::new(
            "but stopped short of saying the White House would be open",
        ));
        let b = cues(&Text::new(
            "but stopped saying that the White House would be open",
        ));
        assert_eq!(vanished(&a, &b), ["short of"]);
        assert!(vanished(&b, &a).is_empty());
        assert!(
            vanished(
                &cues(&Text::new("did not threaten")),
                &cues(&Text::new("didn't threaten"))
            )
            .is_empty()
        );
    }

    #[test]
    fn one_plain_negator_for_another_is_no_change_but_a_lost_one_is() {
        let between = |a: &str, b: &str| {
            let (a, b) = (cues(&Text::new(a)), cues(&Text::new(b)));
            without_plain_swaps(vanished(&a, &b), vanished(&b, &a))
        };
        let none: (Vec<&str>, Vec<&str>) = (vec![], vec![]);
        assert_eq!(
            between("there was none to help", "there was no one to help"),
            none
        );
        assert_eq!(
            between("neither silver nor gold", "not silver or gold"),
            (vec!["nor"], vec![])
        );
        assert_eq!(between("he did not go", "he went"), (vec!["not"], vec![]));
        assert_eq!(
            between("he did not go", "he never went"),
            (vec!["not"], vec!["never"])
        );
    }

    #[test]
    fn plain_sentences_have_no_cues() {
        assert!(
            cues(&Text::new(
                "Biden told Putin in a call that the US is prepared."
            ))
            .is_empty()
        );
        assert!(cues(&Text::new("Notwithstanding knowledge, nonetheless")).is_empty());
    }
}
