//! Quotations in any style ("…", “…”, «…», „…“, 「…」, ‘…’) and how much their words changed.

use rustc_hash::FxHashMap;

use crate::text::tokens::{TokenKind, tokenize};
use crate::text::typography::fold_typography;

/// A quotation: its text without the marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Quote {
    pub text: String,
}

/// Opening mark → closing mark. Straight quotes open and close alike.
const PAIRS: &[(char, char)] = &[
    ('“', '”'),
    ('„', '“'),
    ('«', '»'),
    ('»', '«'),
    ('「', '」'),
    ('『', '』'),
    ('"', '"'),
    ('‘', '’'),
];

/// Quotations in `text`, in order. A quotation still open at the end runs to the end (a
/// quotation spanning sentences is cut at the row's edge).
pub(super) fn quotes(text: &str) -> Vec<Quote> {
    let close_of = |c: char| PAIRS.iter().find(|(open, _)| *open == c).map(|p| p.1);
    let mut out = Vec::new();
    // Scanned in place (no list of characters: a row may be a 10 MB line).
    let mut from = 0;
    while let Some((at, c, close)) = text[from..]
        .char_indices()
        .find_map(|(k, c)| close_of(c).map(|close| (from + k, c, close)))
    {
        let body_start = at + c.len_utf8();
        from = body_start;
        // ‘ opens only at a word's start; ’ closes only where no letter follows (not "it’s").
        if c == '‘'
            && text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let letter_after = |k: usize| text[k..].chars().next().is_some_and(char::is_alphanumeric);
        let end = text[body_start..]
            .char_indices()
            .map(|(k, m)| (body_start + k, m))
            .find(|&(k, m)| m == close && !(close == '’' && letter_after(k + m.len_utf8())));
        let body_end = match end {
            Some((k, m)) => {
                from = k + m.len_utf8();
                k
            }
            None => {
                from = text.len();
                text.len()
            }
        };
        let body = text[body_start..body_end].trim();
        if body.chars().any(char::is_alphanumeric) {
            out.push(Quote {
                text: body.to_string(),
            });
        }
    }
    out
}

/// Whether a document quotes anyone at all. Some translations and styles use no quotation
/// marks (the King James Bible); against them, every quotation of the other version would
/// otherwise read as added or dropped.
pub(super) fn uses_quotation_marks(text: &str) -> bool {
    // ’ is left out: it is far more often an apostrophe than a closing mark.
    text.contains(|c: char| PAIRS.iter().any(|&(open, _)| open == c && c != '’'))
}

fn words(text: &str) -> FxHashMap<String, usize> {
    let folded = fold_typography(text).to_lowercase();
    let mut out = FxHashMap::default();
    for t in tokenize(&folded) {
        if t.kind == TokenKind::Word {
            *out.entry(folded[t.span].to_string()).or_insert(0) += 1;
        }
    }
    out
}

/// Share of words two quotations have in common, 0..=1 (Dice over word multisets).
pub(super) fn kept(a: &str, b: &str) -> f32 {
    shared_share(&words(a), &words(b))
}

fn shared_share(wa: &FxHashMap<String, usize>, wb: &FxHashMap<String, usize>) -> f32 {
    let total: usize = wa.values().sum::<usize>() + wb.values().sum::<usize>();
    if total == 0 {
        return 1.0;
    }
    let shared: usize = wa
        .iter()
        .map(|(w, n)| (*n).min(*wb.get(w).unwrap_or(&0)))
        .sum();
    2.0 * shared as f32 / total as f32
}

/// How two sides' quotations correspond.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum QuoteChange {
    /// The same quotation with words changed; `kept` is the share of words kept.
    Reworded {
        old: String,
        new: String,
        kept: f32,
    },
    Dropped(String),
    Added(String),
}

/// Below this share of common words two quotations are not the same quotation.
const SAME_QUOTE: f32 = 0.3;

/// An old quotation is looked for among this many of the new ones not yet paired, in order.
/// Quotations keep their order in a reworded sentence, so any real sentence is covered whole;
/// a line of thousands of quotation marks stays linear instead of comparing every pair.
const QUOTE_CANDIDATES: usize = 64;

/// Pairs each old quotation with the most alike new one, reporting rewordings, drops, adds.
pub(super) fn compare_quotes(old: &[Quote], new: &[Quote]) -> Vec<QuoteChange> {
    let mut used = vec![false; new.len()];
    // Each quotation's words are counted once, not once per pair considered.
    let new_words: Vec<_> = new.iter().map(|q| words(&q.text)).collect();
    let mut first_unused = 0;
    let mut out = Vec::new();
    for q in old {
        let old_words = words(&q.text);
        while first_unused < new.len() && used[first_unused] {
            first_unused += 1;
        }
        let best = (first_unused..new.len())
            .filter(|&k| !used[k])
            .take(QUOTE_CANDIDATES)
            .map(|k| (k, shared_share(&old_words, &new_words[k])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((k, share)) if share >= SAME_QUOTE => {
                used[k] = true;
                if share < 1.0 {
                    out.push(QuoteChange::Reworded {
                        old: q.text.clone(),
                        new: new[k].text.clone(),
                        kept: share,
                    });
                }
            }
            _ => out.push(QuoteChange::Dropped(q.text.clone())),
        }
    }
    // In one aligned sentence, a lone dropped and a lone added quotation are one quotation
    // reworded beyond recognition, not two unrelated ones.
    let added: Vec<usize> = (0..new.len()).filter(|&k| !used[k]).collect();
    let dropped: Vec<usize> = (0..out.len())
        .filter(|&i| matches!(out[i], QuoteChange::Dropped(_)))
        .collect();
    if let ([d], [a]) = (&dropped[..], &added[..]) {
        if let QuoteChange::Dropped(old_text) = out[*d].clone() {
            let new_text = new[*a].text.clone();
            let share = kept(&old_text, &new_text);
            out[*d] = QuoteChange::Reworded {
                old: old_text,
                new: new_text,
                kept: share,
            };
        }
        return out;
    }
    out.extend(
        added
            .into_iter()
            .map(|k| QuoteChange::Added(new[k].text.clone())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        quotes(t).into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn every_style_of_mark() {
        assert_eq!(texts("He said “we will meet” and left."), ["we will meet"]);
        assert_eq!(texts("Er sagte „wir treffen uns“."), ["wir treffen uns"]);
        assert_eq!(texts("Il a dit « nous verrons »."), ["nous verrons"]);
        assert_eq!(texts("彼は「会いましょう」と言った。"), ["会いましょう"]);
        assert_eq!(
            texts("a \"straight one\" b ‘single one’ c"),
            ["straight one", "single one"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("It’s Russia’s call, isn’t it?").is_empty());
        assert_eq!(texts("the ‘crisis point,’ he said"), ["crisis point,"]);
    }

    #[test]
    fn an_open_quotation_runs_to_the_end() {
        assert_eq!(
            texts("He said “we are looking to see de-escalation."),
            ["we are looking to see de-escalation."]
        );
    }

    #[test]
    fn rewording_is_measured_and_typography_is_not() {
        let old =
            quotes("“further demonizing Russia and imagining Russia as a potential aggressor.”");
        let new = quotes("\"further demonize Russia and frame Russia as a potential aggressor.\"");
        match &compare_quotes(&old, &new)[..] {
            [QuoteChange::Reworded { kept, .. }] => assert!(*kept > 0.6 && *kept < 1.0),
            other => panic!("{other:?}"),
        }
        let same = compare_quotes(
            &quotes("“it’s in jeopardy”"),
            &quotes("\"it's in jeopardy\""),
        );
        assert!(same.is_empty());
    }

    #[test]
    fn unmatched_quotations_are_dropped_or_added() {
        let changes = compare_quotes(
            &quotes("“mutually respectful” and “calm”"),
            &quotes("“will not hesitate”"),
        );
        assert_eq!(
            changes,
            [
                QuoteChange::Dropped("mutually respectful".into()),
                QuoteChange::Dropped("calm".into()),
                QuoteChange::Added("will not hesitate".into())
            ]
        );
        assert_eq!(
            compare_quotes(&quotes("a “b c”"), &[]),
            [QuoteChange::Dropped("b c".into())]
        );
    }

    #[test]
    fn a_text_with_only_apostrophes_uses_no_quotation_marks() {
        assert!(!uses_quotation_marks("The LORD’s word, Jacob’s well."));
        assert!(uses_quotation_marks("He said, “Go.”"));
        assert!(uses_quotation_marks("He said \"stay\"."));
        assert!(uses_quotation_marks("He said ‘stay’."));
    }

    #[test]
    fn a_lone_pair_is_one_quotation_reworded() {
        let changes = compare_quotes(
            &quotes("“prevents the outbreak of war”"),
            &quotes("“keeps war from breaking out”"),
        );
        assert!(matches!(&changes[..], [QuoteChange::Reworded { kept, .. }] if *kept < 0.3));
    }
}
