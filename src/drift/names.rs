//! Names: capitalised words (people, places, organisations) that one side has and the other
//! lacks in any case or as an acronym ("US" for "United States").

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::tokens::TokenKind;
use crate::text::tokens::{GROFF_HYPHEN, Text, Token, hyphen_at_line_end};
use crate::text::typography::fold_typography;

/// Capitalised words that open sentences or mark grammar, not names.
const NOT_NAMES: &[&str] = &[
    "i", "a", "an", "the", "he", "she", "it", "we", "they", "you", "this", "that", "these",
    "those", "in", "on", "at", "but", "and", "or", "so", "if", "when", "as", "for", "after",
    "before", "while", "however", "his", "her", "its", "their", "our", "my", "there", "what",
    "who", "asked", "said", "yes", "no", "mr", "mrs", "ms", "dr",
    // The vocative "O" ("O LORD", 181 name findings on the Bible) and "Oh".
    "o", "oh",
];

/// Punctuation after which the next word opens a sentence or a quotation.
const OPENERS: &[&str] = &[".", "!", "?", ":", "“", "\"", "«", "„", "‘", "(", "—"];

/// Two names are one when they share a start this long ("Ukrain-")…
const RELATED_STEM_CHARS: usize = 5;
/// …and differ in length by no more than an ending ("-ian", "-n", "-ese").
const RELATED_ENDING_CHARS: usize = 3;

/// A run of capitalised words read as one name ("Dmitry Peskov", "White House").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Name {
    pub text: String,
    /// Its words, case-folded, possessives removed.
    pub words: Vec<String>,
    /// Where it stands: a byte range of the text it was read from.
    pub span: std::ops::Range<usize>,
    /// Whether it opens a sentence (its first word may be capitalised by its place).
    pub opens_sentence: bool,
}

/// A word as names are compared: typography folded, lowercase, possessive off. Borrowed
/// when nothing changes, as for most words.
pub(super) fn key(word: &str) -> Cow<'_, str> {
    let folded = fold_typography(word);
    let lower = if folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    };
    match lower.strip_suffix("'s") {
        Some(stem) => Cow::Owned(stem.to_string()),
        None => lower,
    }
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The name written `piece`, standing at `span`: its words keyed as names are compared.
pub(super) fn at(piece: &str, span: std::ops::Range<usize>) -> Name {
    Name {
        text: piece.to_string(),
        words: piece
            .split_whitespace()
            .map(|w| key(w).into_owned())
            .collect(),
        span,
        opens_sentence: false,
    }
}

/// Names in `text`. A capitalised word opening a sentence (or following an opening quote
/// or colon) counts only as part of a longer run ("Joe Biden said").
pub(super) fn names(text: &Text) -> Vec<Name> {
    names_and_openers(text, false)
}

/// Names in `text`, with `openers` also the single capitalised words opening a sentence (for
/// a caller that knows which words its document writes in lower case elsewhere, and so which
/// openers are only capitalised by their place).
pub(super) fn names_and_openers(text: &Text, openers: bool) -> Vec<Name> {
    let (tokens, text) = (&text.tokens, text.text);
    let mut out: Vec<Name> = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut run_opens_sentence = false;
    let mut at_start = true;
    let flush = |run: &mut Vec<(usize, usize)>, opens: bool, out: &mut Vec<Name>| {
        let keep = if opens {
            run.len() >= 2 || (openers && !run.is_empty())
        } else {
            !run.is_empty()
        };
        if keep {
            let (s, e) = (run[0].0, run.last().unwrap().1);
            let words = run
                .iter()
                .map(|&(a, b)| key(&unbroken(&text[a..b])).into_owned())
                .collect();
            out.push(Name {
                text: text[s..e].to_string(),
                words,
                span: s..e,
                opens_sentence: opens,
            });
        }
        run.clear();
    };
    let mut joined_up_to = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.span.start < joined_up_to {
            continue;
        }
        // A word groff hyphenated at a line's end ("FOR‐" / "MAT1") is one word.
        let span = if groff_hyphenated(text, &tokens[i..]) {
            joined_up_to = tokens[i + 3].span.end;
            t.span.start..joined_up_to
        } else {
            t.span.clone()
        };
        let piece = &text[span.clone()];
        let a_name = t.kind == TokenKind::Word && capitalised(piece) && {
            let k = key(piece);
            !NOT_NAMES.contains(&k.as_ref()) && !super::numbers::month_or_weekday(&k)
        };
        match t.kind {
            TokenKind::Space => continue,
            TokenKind::Word if a_name => {
                if run.is_empty() {
                    run_opens_sentence = at_start;
                }
                run.push((span.start, span.end));
            }
            _ => flush(&mut run, run_opens_sentence, &mut out),
        }
        // A word ends the sentence opening; sentence ends, colons and opening quotes start one.
        at_start = match t.kind {
            TokenKind::Word => false,
            _ => at_start || OPENERS.contains(&piece),
        };
    }
    flush(&mut run, run_opens_sentence, &mut out);
    out
}

/// Whether `tokens` open with a word groff hyphenated at a line's end (its hyphen only ever
/// breaks a word: "FOR‐" / "MAT1" is one).
fn groff_hyphenated(text: &str, tokens: &[Token]) -> bool {
    hyphen_at_line_end(text, tokens) == Some(GROFF_HYPHEN)
}

/// The words of `text`, a word groff hyphenated at a line's end as one.
fn words_unbroken<'t>(text: &Text<'t>) -> Vec<Cow<'t, str>> {
    let t = &text.tokens;
    let mut out: Vec<Cow<str>> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if t[i].kind == TokenKind::Word {
            let piece = &text.text[t[i].span.clone()];
            if groff_hyphenated(text.text, &t[i..]) {
                out.push(Cow::Owned(format!(
                    "{piece}{}",
                    &text.text[t[i + 3].span.clone()]
                )));
                i += 4;
                continue;
            }
            out.push(Cow::Borrowed(piece));
        }
        i += 1;
    }
    out
}

/// A word as written, less the hyphen and line break where groff hyphenated it.
fn unbroken(word: &str) -> Cow<'_, str> {
    match word.split_once(GROFF_HYPHEN) {
        Some((a, b)) if b.starts_with(char::is_whitespace) => {
            Cow::Owned(format!("{a}{}", b.trim_start()))
        }
        _ => Cow::Borrowed(word),
    }
}

/// Every word `text` writes capitalised somewhere, keyed as names are compared.
pub(super) fn capitalised_words(text: &str) -> FxHashSet<String> {
    words_where(text, capitalised)
}

/// The distinct words of `text` that `keep` takes, keyed as names are compared.
fn words_where(text: &str, keep: impl Fn(&str) -> bool) -> FxHashSet<String> {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    crate::text::tokens::for_each_piece(text, |span, kind| {
        let word = &text[span];
        if kind == TokenKind::Word && keep(word) {
            seen.insert(word);
        }
    });
    keyed(seen)
}

/// The distinct spellings keyed: a book's 800,000 words are some 15,000 spellings.
fn keyed(seen: FxHashSet<&str>) -> FxHashSet<String> {
    seen.into_iter().map(|w| key(w).into_owned()).collect()
}

/// The distinct spellings keyed, with their counts summed.
fn keyed_counts(seen: FxHashMap<&str, usize>) -> FxHashMap<String, usize> {
    let mut out: FxHashMap<String, usize> = FxHashMap::default();
    for (w, n) in seen {
        *out.entry(key(w).into_owned()).or_default() += n;
    }
    out
}

/// What one pass over a whole document finds of its words.
pub(super) struct Census {
    /// The words it writes in lower case somewhere, keyed as names are compared.
    pub(super) lowercase: FxHashSet<String>,
    /// The words it capitalises somewhere (as [`capitalised_words`]), each with how often.
    pub(super) capitalised: FxHashMap<String, usize>,
    /// How many words it holds (as [`crate::text::tokens::word_count`]).
    pub(super) words: usize,
}

/// The words `text` writes in lower case somewhere, those it capitalises somewhere (and how
/// often), and its word count, in one pass over it.
pub(super) fn census(text: &str) -> Census {
    let mut lower: FxHashSet<&str> = FxHashSet::default();
    let mut upper: FxHashMap<&str, usize> = FxHashMap::default();
    let mut words = 0;
    crate::text::tokens::for_each_piece(text, |span, kind| {
        if kind != TokenKind::Word {
            return;
        }
        words += 1;
        let word = &text[span];
        let first = word.chars().next();
        if first.is_some_and(char::is_lowercase) {
            lower.insert(word);
        } else if first.is_some_and(char::is_uppercase) {
            *upper.entry(word).or_default() += 1;
        }
    });
    Census {
        lowercase: keyed(lower),
        capitalised: keyed_counts(upper),
        words,
    }
}

/// Words in capitals this long or longer can be emphasis ("COPYING"); shorter ones are
/// acronyms ("US", "UN", "EU").
const EMPHASIS_MIN_LETTERS: usize = 4;

/// A common word, not a name: a one-word name in sentence case ("Ye", "Yea", "Heaven") whose
/// document writes it in lower case elsewhere, capitalised by its place; or words in capitals
/// for emphasis ("COPYING", "DISTRIBUTION", the KJV's "LORD") that the document also writes
/// in lower case. Runs of capitalised words ("White House") and acronyms ("NATO", which
/// the document never writes as "nato") stay names.
pub(super) fn common_word(name: &Name, lowercase: &FxHashSet<String>) -> bool {
    let shouted = name.text.split_whitespace().all(|w| {
        // A possessive is no lower case ("LORD’s").
        let w = ["'s", "’s"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        letters >= EMPHASIS_MIN_LETTERS && !w.chars().any(char::is_lowercase)
    });
    if shouted {
        return name.words.iter().all(|w| lowercase.contains(w));
    }
    let [word] = &name.words[..] else {
        return false;
    };
    let sentence_case = name.text.chars().skip(1).all(|c| !c.is_uppercase());
    sentence_case && lowercase.contains(word)
}

/// Drops the words opening a sentence's run of capitalised words that its document writes in
/// lower case elsewhere and that are in sentence case ("Entonces Faraón" → "Faraón"); `text`
/// is the text the name was read from. The last word is always kept (for [`common_word`] to
/// judge); a run inside a sentence is left whole ("the White House").
pub(super) fn without_opening_common_words(
    name: &mut Name,
    text: &str,
    lowercase: &FxHashSet<String>,
) {
    if !name.opens_sentence {
        return;
    }
    let mut drop = 0;
    let mut start = name.span.start;
    for w in &name.words[..name.words.len().saturating_sub(1)] {
        let rest = &text[start..name.span.end];
        let first = rest.split_whitespace().next().unwrap_or("");
        let sentence_case = first.chars().skip(1).all(|c| !c.is_uppercase());
        if !(sentence_case && lowercase.contains(w)) {
            break;
        }
        drop += 1;
        // `rest` starts at this word: past it, and past the spaces before the next.
        let after = &rest[first.len()..];
        start += first.len() + after.len() - after.trim_start().len();
    }
    if drop > 0 {
        name.words.drain(..drop);
        name.span.start = start;
        name.text = text[start..name.span.end].to_string();
    }
}

/// Names of `a` whose words are all missing from `other` (in any case, or as the
/// initials of a name on the other side).
pub(super) fn missing(a: &[Name], other: &Text, other_names: &[Name]) -> Vec<Name> {
    if a.is_empty() {
        return Vec::new();
    }
    // A row has a few dozen words: a list scanned is cheaper than a set built per row.
    let words: Vec<Cow<str>> = words_unbroken(other)
        .into_iter()
        .map(|w| match w {
            Cow::Borrowed(w) => key(w),
            Cow::Owned(w) => Cow::Owned(key(&w).into_owned()),
        })
        .collect();
    let has = |w: &str| words.iter().any(|v| v == w);
    let acronyms: FxHashSet<String> = other_names
        .iter()
        .filter(|n| n.words.len() >= 2)
        .map(|n| n.words.iter().filter_map(|w| w.chars().next()).collect())
        .collect();
    let initials_of =
        |name: &Name| -> String { name.words.iter().filter_map(|w| w.chars().next()).collect() };
    // "Ukraine" and "Ukrainian", "Russia" and "Russian" name the same thing; so do "PCRE"
    // and the German genitive or an English plural, "PCREs".
    let related = |w: &String| {
        has(w)
            || words
                .iter()
                .any(|v| v.strip_suffix('s') == Some(w.as_str()) || w.strip_suffix('s') == Some(v))
            || words.iter().any(|v| {
                let shared = w.chars().zip(v.chars()).take_while(|(x, y)| x == y).count();
                shared >= RELATED_STEM_CHARS
                    && w.chars().count().abs_diff(v.chars().count()) <= RELATED_ENDING_CHARS
            })
    };
    a.iter()
        .filter(|n| {
            let any_word = n.words.iter().any(related);
            let as_acronym = n.words.len() == 1 && acronyms.contains(&n.words[0]);
            let expands = n.words.len() >= 2 && has(&initials_of(n));
            !any_word && !as_acronym && !expands
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        names(&Text::new(text))
            .into_iter()
            .map(|n| n.text)
            .collect()
    }

    fn lost(a: &str, b: &str) -> Vec<String> {
        missing(&names(&Text::new(a)), &Text::new(b), &names(&Text::new(b)))
            .into_iter()
            .map(|n| n.text)
            .collect()
    }

    #[test]
    fn runs_of_capitals_are_names_and_sentence_openers_are_not() {
        assert_eq!(
            found("Kremlin spokesman Dmitry Peskov said Putin told Biden."),
            ["Dmitry Peskov", "Putin", "Biden"]
        );
        assert_eq!(found("Joe Biden said it. Leaders agreed."), ["Joe Biden"]);
        assert_eq!(found("He said: “We will meet.”"), Vec::<String>::new());
    }

    #[test]
    fn a_dropped_name_is_missing_and_case_changes_are_not() {
        assert_eq!(
            lost(
                "Putin told Joe Biden he would",
                "Putin told his counterpart he would"
            ),
            ["Joe Biden"]
        );
        assert!(
            lost(
                "told the President of Russia",
                "told the president of Russia"
            )
            .is_empty()
        );
        assert!(lost("during Tuesday’s call", "during their Tuesday call").is_empty());
        assert!(lost("on the border with Ukraine", "on the Ukrainian border").is_empty());
    }

    #[test]
    fn vocatives_months_weekdays_and_emphasis_are_not_names() {
        assert_eq!(
            found("Hear me, O Israel, on Monday in January."),
            ["Israel"]
        );
        let text = "Read the COPYING file for the copying conditions. Members of NATO met.";
        let lowercase = census(text).lowercase;
        let kept: Vec<String> = names(&Text::new(text))
            .into_iter()
            .filter(|n| !common_word(n, &lowercase))
            .map(|n| n.text)
            .collect();
        assert_eq!(kept, ["NATO"]);
        // Short words in capitals are acronyms, kept even when the text writes them in lower
        // case ("US" and "us").
        let lowercase = census("Tell us about the US.").lowercase;
        let us = names(&Text::new("Tell us about the US."));
        assert!(us.iter().all(|n| !common_word(n, &lowercase)));
    }

    #[test]
    fn common_words_opening_a_run_are_not_the_name() {
        let text = "Entonces Faraón mandó á todo su pueblo.";
        let lowercase: FxHashSet<String> = ["entonces".to_string()].into_iter().collect();
        let mut name = names(&Text::new(text)).remove(0);
        without_opening_common_words(&mut name, text, &lowercase);
        assert_eq!(
            (name.text.as_str(), name.words.clone()),
            ("Faraón", vec!["faraón".to_string()])
        );
        assert_eq!(&text[name.span.clone()], "Faraón");
        let text = "He said the White House would answer.";
        let lowercase: FxHashSet<String> = ["white".to_string()].into_iter().collect();
        let mut name = names(&Text::new(text)).remove(0);
        without_opening_common_words(&mut name, text, &lowercase);
        assert_eq!(name.text, "White House");
    }

    #[test]
    fn one_census_finds_what_each_pass_finds() {
        let text = "Élan and élan; The LORD said unto Moses, “Go.” Über über 3 cats’ O Zoë.\nNext ¸ line: x_y.";
        let c = census(text);
        let lower = words_where(text, |w| w.chars().next().is_some_and(char::is_lowercase));
        assert_eq!(c.lowercase, lower);
        let capitalised: FxHashSet<String> = c.capitalised.keys().cloned().collect();
        assert_eq!(capitalised, capitalised_words(text));
        assert_eq!(c.words, crate::text::tokens::word_count(text));
        assert!(c.lowercase.contains("élan") && c.capitalised["moses"] == 1);
        assert_eq!(c.capitalised["über"], 1);
    }

    #[test]
    fn acronyms_match_their_expansion() {
        assert!(lost("the US is prepared", "the United States is prepared").is_empty());
        assert!(lost("the United States is prepared", "the US is prepared").is_empty());
        // A plural or genitive s on the other side is the same name.
        assert!(lost("exceeded PCRE's limit", "Beschränkung des PCREs").is_empty());
    }
}
