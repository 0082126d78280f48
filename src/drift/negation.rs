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
    // The King James's answer: "Nay, in all these things" is the WEB's "No, in all …".
    ("nay", "no"),
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
/// none" → "there was no one", "neither … nor" → "not … or", "it shall no more be called" →
/// "it will no longer be called").
const PLAIN: &[&str] = &[
    "not",
    "no",
    "none",
    "nothing",
    "nobody",
    "neither",
    "nor",
    "no longer",
];

/// Negators a modern version writes as plain words: "neither bread, nor parched corn" →
/// "not eat bread, or roasted grain" (the denial of the "not" reaches the "or"); "no such
/// trees came, nor were seen" → "came or were seen"; "shall not make baldness …, neither
/// shall they shave" → "shall not shave … or shave off"; the King James's "without the camp" →
/// "outside of the camp". On the whole KJV against the WEB, 100 and 98 of the 1,002 negation
/// findings were these.
const PLAIN_WORDS: &[(&str, &str)] = &[("nor", "or"), ("neither", "or"), ("without", "outside")];

/// Prefixes that deny inside a word: "not possible" is "impossible", "not inhabited"
/// "uninhabited", "believed not" "disbelieved".
const DENYING_PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "dis", "non"];

/// How many of `own`'s "not"s the other side writes as a word denied by its prefix: a word
/// next to the "not" (the one before, or one of the two after) that `other` writes with a
/// denying prefix ("not possible" / "impossible").
fn denied_by_prefix(own: &Text, other: &Text) -> usize {
    let lower = |t: &Text| -> Vec<String> { t.words().map(str::to_lowercase).collect() };
    let own = lower(own);
    let is_not = |w: &str| w == "not" || w.ends_with("n't") || w.ends_with("n’t");
    if !own.iter().any(|w| is_not(w)) {
        return 0;
    }
    let other: rustc_hash::FxHashSet<String> = lower(other).into_iter().collect();
    let prefixed = |w: &str| {
        w.chars().count() >= 4
            && DENYING_PREFIXES
                .iter()
                .any(|p| other.contains(&format!("{p}{w}")))
    };
    (0..own.len())
        .filter(|&i| is_not(&own[i]))
        .filter(|&i| {
            let before = i.checked_sub(1).map(|k| own[k].as_str());
            before
                .into_iter()
                .chain(own.iter().skip(i + 1).take(2).map(String::as_str))
                .any(prefixed)
        })
        .count()
}

/// Drops each lost (gained) "not" the other side writes as a word with a denying prefix
/// (`denied_by_prefix`).
pub(super) fn without_prefixed_rewordings(
    (mut lost, mut gained): (Vec<&'static str>, Vec<&'static str>),
    old: &Text,
    new: &Text,
) -> (Vec<&'static str>, Vec<&'static str>) {
    for (cues, own, other) in [(&mut lost, old, new), (&mut gained, new, old)] {
        if !cues.contains(&"not") {
            continue;
        }
        excuse(cues, "not", denied_by_prefix(own, other));
    }
    (lost, gained)
}

/// Drops the first `spare` of `cues` that are `negator`.
fn excuse(cues: &mut Vec<&'static str>, negator: &str, mut spare: usize) {
    cues.retain(|c| {
        let excused = *c == negator && spare > 0;
        spare -= usize::from(excused);
        !excused
    });
}

/// Drops each lost (gained) negator of `PLAIN_WORDS` while the other side writes its plain
/// word more often than its own side does.
pub(super) fn without_plain_words(
    (mut lost, mut gained): (Vec<&'static str>, Vec<&'static str>),
    old: &Text,
    new: &Text,
) -> (Vec<&'static str>, Vec<&'static str>) {
    let count = |t: &Text, w: &str| t.words().filter(|x| x.eq_ignore_ascii_case(w)).count();
    for (negator, plain) in PLAIN_WORDS {
        for (cues, own, other) in [(&mut lost, old, new), (&mut gained, new, old)] {
            // Most rows lose no such negator: their words are not counted.
            if !cues.contains(negator) {
                continue;
            }
            excuse(
                cues,
                negator,
                count(other, plain).saturating_sub(count(own, plain)),
            );
        }
    }
    (lost, gained)
}

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
        assert_eq!(between("he did not go", "he went"), (vec!["not"], vec![]));
        assert_eq!(
            between("he did not go", "he never went"),
            (vec!["not"], vec!["never"])
        );
    }

    type LostAndGained = (Vec<&'static str>, Vec<&'static str>);

    /// The cues `a` loses and gains against `b`, plain swaps dropped, then `pass` applied.
    fn after(
        pass: fn(LostAndGained, &Text, &Text) -> LostAndGained,
        a: &str,
        b: &str,
    ) -> LostAndGained {
        let (ta, tb) = (Text::new(a), Text::new(b));
        let (a, b) = (cues(&ta), cues(&tb));
        pass(
            without_plain_swaps(vanished(&a, &b), vanished(&b, &a)),
            &ta,
            &tb,
        )
    }

    #[test]
    fn a_negator_a_modern_version_writes_plainly_is_no_change() {
        let between = |a: &str, b: &str| after(without_plain_words, a, b);
        let none: (Vec<&str>, Vec<&str>) = (vec![], vec![]);
        assert_eq!(
            between("neither silver nor gold", "not silver or gold"),
            none
        );
        assert_eq!(
            between(
                "stone him without the camp",
                "stone him outside of the camp"
            ),
            none
        );
        assert_eq!(
            between(
                "it shall no more be called Tophet",
                "it will no longer be called Topheth"
            ),
            none
        );
        assert_eq!(
            between("Nay, in all these things", "No, in all these things"),
            none
        );
        // A "nor" lost where the other side writes no more "or" than its own is lost.
        assert_eq!(
            between("not silver nor gold, or brass", "not silver, gold or brass"),
            (vec!["nor"], vec![])
        );
        // "Without" lost beside no "outside" is a hedge lost.
        assert_eq!(
            between("he came without fear", "he came in fear"),
            (vec!["without"], vec![])
        );
    }

    #[test]
    fn a_not_the_other_side_writes_as_a_prefix_is_no_change() {
        let between = |a: &str, b: &str| after(without_prefixed_rewordings, a, b);
        let none: (Vec<&str>, Vec<&str>) = (vec![], vec![]);
        assert_eq!(
            between(
                "For it is not possible that the blood",
                "For it is impossible that the blood"
            ),
            none
        );
        assert_eq!(between("a land not inhabited", "an uninhabited land"), none);
        assert_eq!(between("and some believed not.", "Some disbelieved."), none);
        assert_eq!(
            between("The cup isn't possible.", "The cup is impossible."),
            none
        );
        // A "not" whose neighbours the other side does not write denied stays lost.
        assert_eq!(
            between(
                "it is not possible, and unkind",
                "it is possible, and unkind"
            ),
            (vec!["not"], vec![])
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
