//! A day of the week changed: "on Tuesday" against "on Wednesday" (or "el miércoles"). A
//! date's numbers are read in `numbers/`; the weekday is the part of a date news reports
//! turn on, and a translation or an edit that moves it moves the event.
//!
//! Only a change counts: both sides name days, and not the same ones. A day one side names
//! and the other leaves out is often the writer's choice ("on Sunday" / "this weekend"), and
//! Reina-Valera's "sábado" is the King James's "sabbath": a day on one side alone would
//! raise a finding on every Sabbath verse of the Bible.

use std::ops::Range;

use crate::comparison::{Finding, FindingKind, Severity};
use crate::text::tokens::Text;
use crate::text::{Language, TokenKind};

/// Each language's names of the days, lower case, Monday 1 to Sunday 7 (with and without
/// accents, as typed). Portuguese names its weekdays "segunda-feira" … "sexta-feira": the
/// bare "segunda" is also "second", so only the whole word counts.
fn days(language: Language) -> Option<&'static [(&'static str, u8)]> {
    Some(match language.code() {
        "en" => &[
            ("monday", 1),
            ("tuesday", 2),
            ("wednesday", 3),
            ("thursday", 4),
            ("friday", 5),
            ("saturday", 6),
            ("sunday", 7),
        ],
        "es" => &[
            ("lunes", 1),
            ("martes", 2),
            ("miércoles", 3),
            ("miercoles", 3),
            ("jueves", 4),
            ("viernes", 5),
            ("sábado", 6),
            ("sabado", 6),
            ("domingo", 7),
        ],
        "fr" => &[
            ("lundi", 1),
            ("mardi", 2),
            ("mercredi", 3),
            ("jeudi", 4),
            ("vendredi", 5),
            ("samedi", 6),
            ("dimanche", 7),
        ],
        "de" => &[
            ("montag", 1),
            ("dienstag", 2),
            ("mittwoch", 3),
            ("donnerstag", 4),
            ("freitag", 5),
            ("samstag", 6),
            ("sonnabend", 6),
            ("sonntag", 7),
        ],
        "it" => &[
            ("lunedì", 1),
            ("lunedi", 1),
            ("martedì", 2),
            ("martedi", 2),
            ("mercoledì", 3),
            ("mercoledi", 3),
            ("giovedì", 4),
            ("giovedi", 4),
            ("venerdì", 5),
            ("venerdi", 5),
            ("sabato", 6),
            ("domenica", 7),
        ],
        "pt" => &[
            ("segunda-feira", 1),
            ("terça-feira", 2),
            ("terca-feira", 2),
            ("quarta-feira", 3),
            ("quinta-feira", 4),
            ("sexta-feira", 5),
            ("sábado", 6),
            ("sabado", 6),
            ("domingo", 7),
        ],
        "nl" => &[
            ("maandag", 1),
            ("dinsdag", 2),
            ("woensdag", 3),
            ("donderdag", 4),
            ("vrijdag", 5),
            ("zaterdag", 6),
            ("zondag", 7),
        ],
        _ => return None,
    })
}

/// The days `text` names: each one's number and place, in order. Read from the row's words
/// as the word diff cut them (UAX #29 parts "segunda-feira" at its hyphen: a name written
/// with one is its first word, the hyphen and the rest).
fn named_days(text: &Text, days: &[(&str, u8)]) -> Vec<(u8, Range<usize>)> {
    let names: Vec<(&str, &str, u8)> = days
        .iter()
        .map(|&(name, day)| {
            let (first, rest) = name.split_once('-').unwrap_or((name, ""));
            (first, rest, day)
        })
        .collect();
    // Which first letters and byte lengths the names have: most words have neither and are
    // not compared with each name (a whole book's words are asked).
    let mut shapes = [0u64; 32];
    let shape = |w: &str| {
        let first = *w.as_bytes().first()?;
        (first.is_ascii() && w.len() < 64).then(|| {
            (
                usize::from(first.to_ascii_lowercase() & 31),
                1u64 << w.len(),
            )
        })
    };
    for (first, ..) in &names {
        if let Some((letter, length)) = shape(first) {
            shapes[letter] |= length;
        }
    }
    let may_be_a_day =
        |w: &str| shape(w).is_none_or(|(letter, length)| shapes[letter] & length != 0);
    let words = text.tokens.iter().filter(|t| t.kind == TokenKind::Word);
    words
        .filter_map(|t| {
            let word = &text.text[t.span.clone()];
            if !may_be_a_day(word) {
                return None;
            }
            names.iter().find_map(|&(first, rest, day)| {
                if !same_letters(word, first) {
                    return None;
                }
                if rest.is_empty() {
                    return Some((day, t.span.clone()));
                }
                let after = text.text[t.span.end..].strip_prefix('-')?;
                let tail = after.get(..rest.len())?;
                let whole = after[rest.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphabetic());
                (same_letters(tail, rest) && whole)
                    .then(|| (day, t.span.start..t.span.end + 1 + rest.len()))
            })
        })
        .collect()
}

/// Whether `word` is `name` (lower case) in any case, without a lower-case copy: every word
/// of every row is asked. A day's name and its capitalised form have the same length in
/// bytes, so most words are ruled out by their length alone.
fn same_letters(word: &str, name: &str) -> bool {
    word.len() == name.len() && word.chars().flat_map(char::to_lowercase).eq(name.chars())
}

/// The days of `these` that `others` do not name as often: each day's later mentions beyond
/// the other side's count.
fn unmatched(
    these: &[(u8, Range<usize>)],
    others: &[(u8, Range<usize>)],
) -> Vec<(u8, Range<usize>)> {
    let mut left = [0usize; 8];
    for (d, _) in others {
        left[usize::from(*d)] += 1;
    }
    these
        .iter()
        .filter(|(d, _)| {
            let n = &mut left[usize::from(*d)];
            let matched = *n > 0;
            *n = n.saturating_sub(1);
            !matched
        })
        .cloned()
        .collect()
}

/// A finding on row `k` when each of its two sides names a day the other does not. `languages`:
/// the old side's and the new side's (the days are read only in languages with a table).
pub(super) fn changed(
    k: usize,
    (old, new): (&Text, &Text),
    languages: (Option<Language>, Option<Language>),
) -> Option<Finding> {
    let (Some(old_days), Some(new_days)) = (days(languages.0?), days(languages.1?)) else {
        return None;
    };
    let (left, right) = (named_days(old, old_days), named_days(new, new_days));
    if left.is_empty() || right.is_empty() {
        return None;
    }
    // A day each side names that the other does not: one put in the other's place. (A day
    // one side adds beside days both name is no change of day.)
    let (left, right) = (unmatched(&left, &right), unmatched(&right, &left));
    if left.is_empty() || right.is_empty() {
        return None;
    }
    // Each distinct word once, as written.
    let words = |text: &str, found: &[(u8, Range<usize>)]| {
        let mut seen: Vec<&str> = Vec::new();
        for (_, r) in found {
            if !seen.contains(&&text[r.clone()]) {
                seen.push(&text[r.clone()]);
            }
        }
        seen.join(", ")
    };
    let (l, r) = (words(old.text, &left), words(new.text, &right));
    Some(Finding {
        kind: FindingKind::Number,
        severity: Severity::High,
        row: k,
        message: format!("day changed: “{l}” → “{r}”"),
        left: l,
        right: r,
        left_spans: left.into_iter().map(|(_, r)| r).collect(),
        right_spans: right.into_iter().map(|(_, r)| r).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(old: &str, new: &str, codes: (&str, &str)) -> Option<Finding> {
        let languages = (Language::from_code(codes.0), Language::from_code(codes.1));
        changed(3, (&Text::new(old), &Text::new(new)), languages)
    }

    #[test]
    fn a_day_moved_is_a_finding_in_one_language_and_across_two() {
        let old = "Biden told Putin in a call on Tuesday.";
        let f = check(
            old,
            "Biden told Putin in a call on Wednesday.",
            ("en", "en"),
        )
        .expect("a finding");
        assert_eq!(f.message, "day changed: “Tuesday” → “Wednesday”");
        assert_eq!(
            (f.kind, f.severity, f.row),
            (FindingKind::Number, Severity::High, 3)
        );
        let at = old.find("Tuesday").unwrap();
        assert_eq!(f.left_spans, vec![at..at + "Tuesday".len()]);
        let f = check(
            "The talks begin on Monday.",
            "Las conversaciones empiezan el miércoles.",
            ("en", "es"),
        )
        .expect("a finding across languages");
        assert_eq!(f.right, "miércoles");
        // Only the days that moved are the evidence.
        let f = check(
            "on Sunday, about Tuesday",
            "on Sunday, about Thursday",
            ("en", "en"),
        )
        .expect("a finding");
        assert_eq!(f.message, "day changed: “Tuesday” → “Thursday”");
        let f = check(
            "Sie trafen sich am Sonntag.",
            "Ils se sont rencontrés le samedi.",
            ("de", "fr"),
        );
        assert!(f.is_some());
        assert!(
            check(
                "Reunião na segunda-feira.",
                "Meeting on Tuesday.",
                ("pt", "en")
            )
            .is_some()
        );
    }

    #[test]
    fn the_same_days_or_a_day_on_one_side_only_are_no_finding() {
        // Said otherwise, in another case, or in another order: the same days.
        assert!(check("on Sunday", "this SUNDAY (12)", ("en", "en")).is_none());
        assert!(check("from Monday to Friday", "viernes y lunes", ("en", "es")).is_none());
        assert!(check("el sábado", "el sabado", ("es", "es")).is_none());
        // A day one side leaves out, beside a day both name or alone, and the Sabbath the
        // King James writes "sabbath".
        assert!(
            check(
                "on Sunday from the call on Tuesday",
                "on Tuesday",
                ("en", "en")
            )
            .is_none()
        );
        assert!(
            check(
                "Remember the sabbath day.",
                "Acordarte has del día del sábado.",
                ("en", "es")
            )
            .is_none()
        );
        assert!(check("on Sunday", "this weekend", ("en", "en")).is_none());
        // "segunda" alone is "second"; a language without a table reads nothing.
        assert!(check("a segunda vez", "on Friday", ("pt", "en")).is_none());
        assert!(check("on Sunday", "日曜日に", ("en", "ja")).is_none());
        // Words that only start like a day.
        assert!(check("Mondays and Sundays", "Tuesday", ("en", "en")).is_none());
    }
}
