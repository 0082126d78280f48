//! Paragraphs and sentences as byte spans: UAX #29 sentence bounds, plus fixes for
//! abbreviations, initials, lowercase continuations and lines that stand alone.

use std::ops::Range;

use super::abbreviations::{Conventions, conventions};
use super::list_items::list_items;
use super::wrapping::wrap_width;
use crate::text::language::Language;

/// One sentence: a span of the document's text with no leading or trailing whitespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document's text.
    pub span: Range<usize>,
    /// Index of the paragraph it belongs to (0-based, counted over the whole document).
    pub paragraph: usize,
}

/// Cuts a document into sentences, in order. Only whitespace lies between them, so the
/// spans and the gaps tile the text.
///
/// A line on its own is its own unit (headlines, datelines, one-paragraph-per-line files),
/// unless the document is hard-wrapped prose, where blank lines separate paragraphs.
pub fn sentences(text: &str) -> Vec<Sentence> {
    sentences_in(text, None)
}

/// [`sentences`] with the conventions of the text's language (its abbreviations, German's
/// ordinal numbers); `None` or a language without its own lists reads as English.
pub fn sentences_in(text: &str, language: Option<Language>) -> Vec<Sentence> {
    let conventions = conventions(language);
    let wrapped = wrap_width(text);
    let mut out = Vec::new();
    let mut paragraph = 0;
    for unit in units(text, wrapped) {
        let before = out.len();
        split_unit(text, unit, paragraph, conventions, &mut out);
        if out.len() > before {
            paragraph += 1;
        }
    }
    // Kept for the whole comparison: without the growth slack (up to a third of it on files
    // of millions of lines).
    out.shrink_to_fit();
    out
}

/// A text that is already one sentence per line (`--segmented`, the input sentence aligners
/// take): each non-blank line is one sentence, trimmed, and its own paragraph; nothing is
/// split or joined.
pub(crate) fn one_per_line(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let kept = line.trim();
        if !kept.is_empty() {
            let at = start + lead;
            out.push(Sentence {
                span: at..at + kept.len(),
                paragraph: out.len(),
            });
        }
        start += line.len();
    }
    out
}

/// Paragraph-sized pieces to split: each line; or, when the text is hard-wrapped (at the
/// width given), each blank-line-separated block, cut again, in a manual page, at the line
/// breaks that carry its structure (`wrapping::is_structural_break`), so that a man page at
/// 80 columns has the units it has unwrapped ("NAME" apart from "ls - list directory
/// contents", an option apart from its description).
fn units(text: &str, wrapped: Option<usize>) -> Vec<Range<usize>> {
    let mut units = Vec::new();
    let mut start = 0;
    let mut block_start: Option<usize> = None;
    let man = wrapped.is_some() && super::wrapping::man_layout(text);
    for line in text.split_inclusive('\n') {
        let range = start..start + line.len();
        start = range.end;
        let blank = line.trim().is_empty();
        let Some(width) = wrapped else {
            if !blank {
                units.push(range);
            }
            continue;
        };
        match (blank, block_start) {
            (true, Some(b)) => {
                units.push(b..range.start);
                block_start = None;
            }
            (false, None) => block_start = Some(range.start),
            _ => {}
        }
        // In a man page, a break that carries structure before a line of the block ends a
        // unit there (a blank line next ends it anyway).
        let next_blank = || {
            text[range.end..]
                .split('\n')
                .next()
                .is_none_or(|l| l.trim().is_empty())
        };
        if let Some(b) = block_start
            && !blank
            && line.ends_with('\n')
            && !next_blank()
            && (man && super::wrapping::is_structural_break(text, range.end - 1, width)
                || super::wrapping::is_soft_break(text, range.end - 1, width)
                    && super::wrapping::ends_a_name_line(text, range.end - 1))
        {
            units.push(b..range.end);
            block_start = None;
        }
    }
    if let Some(b) = block_start {
        units.push(b..text.len());
    }
    units
}

fn split_unit(
    text: &str,
    unit: Range<usize>,
    paragraph: usize,
    conventions: &Conventions,
    out: &mut Vec<Sentence>,
) {
    // Newlines inside a wrapped block are spaces for the splitter; same byte length.
    let flat = text[unit.clone()].replace('\n', " ");
    let mut pieces = crate::segment::sentence_bounds::pieces(&flat);
    if conventions.semicolon_asks {
        pieces = cut_at_greek_questions(&flat, pieces);
    }
    let (pieces, items) = with_list_items(&flat, pieces);
    let mut current: Option<Range<usize>> = None;
    for (i, (offset, piece)) in pieces.iter().enumerate() {
        let abs = unit.start + offset..unit.start + offset + piece.len();
        let range = match current.take() {
            Some(r) => r.start..abs.end,
            None => abs,
        };
        let next = pieces.get(i + 1);
        // A list item starts a sentence, even with a lower-case marker ("b. The second").
        let item = next.is_some_and(|(o, _)| items.binary_search(o).is_ok());
        if !item
            && next.is_some_and(|(_, n)| continues(&flat[..offset + piece.len()], n, conventions))
        {
            current = Some(range);
        } else {
            push_trimmed(text, range, paragraph, out);
        }
    }
    if let Some(r) = current {
        push_trimmed(text, r, paragraph, out);
    }
}

/// The pieces re-cut after each Greek question mark (";" or U+037E) that spaces part from a
/// capital: "Ενέκρινε τον προϋπολογισμό; Ο δήμαρχος είπε όχι." is two sentences.
fn cut_at_greek_questions<'a>(
    flat: &'a str,
    pieces: Vec<(usize, &'a str)>,
) -> Vec<(usize, &'a str)> {
    let mut out = Vec::with_capacity(pieces.len());
    for (offset, piece) in pieces {
        let mut start = 0;
        for (at, c) in piece.char_indices() {
            if c != ';' && c != '\u{37E}' {
                continue;
            }
            let after = &piece[at + c.len_utf8()..];
            let rest = after.trim_start();
            if rest.len() < after.len() && rest.starts_with(char::is_uppercase) {
                let end = piece.len() - rest.len();
                out.push((offset + start, &flat[offset + start..offset + end]));
                start = end;
            }
        }
        out.push((offset + start, &flat[offset + start..offset + piece.len()]));
    }
    out
}

/// The pieces re-cut at list items: an item starts a piece, and a marker ("1.", "b)") is never
/// a piece of its own but stays with its item's text.
/// Also returns where the items start, in increasing order.
fn with_list_items<'a>(
    flat: &'a str,
    pieces: Vec<(usize, &'a str)>,
) -> (Vec<(usize, &'a str)>, Vec<usize>) {
    let (starts, marker_ends) = list_items(flat);
    if starts.is_empty() && marker_ends.is_empty() {
        return (pieces, starts);
    }
    let mut cuts: Vec<usize> = pieces
        .iter()
        .map(|(offset, _)| *offset)
        .filter(|&o| o > 0)
        // A cut right after a marker (its spaces aside) would leave the marker alone. Only the
        // last marker ending at or before the cut can be that close: that marker's own text
        // lies between any earlier one and the cut.
        .filter(|&o| {
            let before = marker_ends.partition_point(|&e| e <= o);
            before == 0 || !flat[marker_ends[before - 1]..o].trim().is_empty()
        })
        .collect();
    cuts.extend(&starts);
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut at = 0;
    for cut in cuts.into_iter().chain([flat.len()]) {
        if cut > at {
            out.push((at, &flat[at..cut]));
            at = cut;
        }
    }
    (out, starts)
}

fn push_trimmed(text: &str, range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead == piece.len() {
        return;
    }
    out.push(Sentence {
        span: range.start + lead..range.end - trail,
        paragraph,
    });
}

/// Times written in capitals ("6 P.M.") end a sentence before a capital; in lower case
/// ("5 a.m. Mr. Smith went") they run on. (The golden rules' "hardest sentence".)
const CAPITAL_TIMES: &[&str] = &["A.M", "P.M"];

/// Whether the sentence that ends with `before` carries on into the piece `next`.
fn continues(before: &str, next: &str, conventions: &Conventions) -> bool {
    let next = next.trim_start();
    let first = next.chars().next();
    // A lower-case word goes on, after Spanish's opening mark of a question or exclamation
    // too: a series of them runs on in lower case as English's does ("¿Qué obra es esta que
    // habéis hecho? ¿no sabéis …?" renders "What deed is this that ye have done? wot ye not
    // …?"): one sentence.
    let opened = next.strip_prefix(['¿', '¡']).unwrap_or(next);
    if opened.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let trimmed = before.trim_end();
    if is_citation_after_quotation(trimmed, next) {
        return true;
    }
    // A synopsis repeats an argument with an ellipsis (`ls [OPTION]... [FILE]...`): the next
    // argument, an option or a placeholder, goes on with the command line.
    if (trimmed.ends_with("]...") || trimmed.ends_with("]…")) && next.starts_with(['[', '-', '<'])
    {
        return true;
    }
    // A spaced ellipsis of three dots pauses ("the thing is . . . I didn't"); four, a full stop
    // and an ellipsis ("compounds. . . . The"), end the sentence.
    if let Some(rest) = trimmed.strip_suffix(" . . .") {
        return !rest.trim_end().ends_with('.');
    }
    let Some(stem) = trimmed.strip_suffix('.') else {
        return false;
    };
    let word = stem
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    // Only two rules ask whether the next word opens a sentence: it is read then, not at every
    // full stop.
    let opens = || {
        let next_word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
        conventions
            .openers
            .contains(&next_word.to_lowercase().as_str())
    };
    if conventions.titles.contains(&lower.as_str()) {
        return true;
    }
    if conventions.before_numbers.contains(&lower.as_str()) {
        return first.is_some_and(|c| c.is_ascii_digit());
    }
    if conventions.dotted_ordinals
        && (1..=3).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_digit())
    {
        return first.is_some_and(char::is_uppercase) && !opens();
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // "I" after a lower-case word is the pronoun ending a sentence ("you and I.", "Here
        // am I."); after a capitalised word it is an initial ("Albert I. Jones").
        if c == 'I' && !word_before_is_capitalised(stem) {
            return false;
        }
        // A lower-case letter before another letter and a full stop is one of a pair ("z. B.",
        // "d. h.", "e. g.").
        let paired = next.chars().nth(1) == Some('.')
            && next.chars().next().is_some_and(char::is_alphabetic);
        return c.is_uppercase() || paired;
    }
    if CAPITAL_TIMES.contains(&word) {
        return false;
    }
    if is_dotted_abbreviation(word) {
        return !opens();
    }
    false
}

/// Words a citation in brackets may hold ("(Smith 55)", "(ibid., p. 3)").
const CITATION_WORDS: usize = 6;

/// A short bracketed citation closed by the sentence's own full stop, right after a quotation
/// ("…stairways [...]" (Smith 55).), belongs to the sentence the quotation ends.
fn is_citation_after_quotation(before: &str, next: &str) -> bool {
    let quoted = before.ends_with(['"', '”', '’', '\'']);
    let Some(inner) = next.trim_end().strip_prefix('(').and_then(|n| {
        [").", ")!", ")?"]
            .iter()
            .find_map(|end| n.strip_suffix(end))
    }) else {
        return false;
    };
    quoted && !inner.contains([')', '(']) && inner.split_whitespace().count() <= CITATION_WORDS
}

/// Whether the word before the last one of `text` starts with a capital.
fn word_before_is_capitalised(text: &str) -> bool {
    text.split_whitespace()
        .rev()
        .nth(1)
        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase)
}

/// "U.S", "e.g", "a.m": letters in groups of one or two, joined by dots.
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.span]).collect()
    }

    fn split_in(text: &str, language: Language) -> Vec<&str> {
        sentences_in(text, Some(language))
            .into_iter()
            .map(|s| &text[s.span])
            .collect()
    }

    #[test]
    fn a_synopsis_repeating_its_arguments_is_one_sentence() {
        assert_eq!(
            split("ls [OPTION]... [FILE]...\n"),
            ["ls [OPTION]... [FILE]..."]
        );
        assert_eq!(
            split("tar -A [OPTIONS]… -f ARCHIVE <FILE>…"),
            ["tar -A [OPTIONS]… -f ARCHIVE <FILE>…"]
        );
        // An ellipsis in prose still ends its sentence before a capital.
        assert_eq!(
            split("He waited [for hours]... Then he left."),
            ["He waited [for hours]...", "Then he left."]
        );
    }

    #[test]
    fn a_spanish_series_of_questions_in_lower_case_is_one_sentence() {
        let text = "Y díjoles José: ¿Qué obra es esta que habéis hecho? ¿no sabéis que un hombre como yo sabe adivinar? Entonces dijo Judá: ¿Qué diremos? ¡Ea! ¿Quién sabe?";
        assert_eq!(
            split_in(text, Language::SPANISH),
            [
                "Y díjoles José: ¿Qué obra es esta que habéis hecho? ¿no sabéis que un hombre como yo sabe adivinar?",
                "Entonces dijo Judá: ¿Qué diremos?",
                "¡Ea!",
                "¿Quién sabe?"
            ]
        );
    }

    #[test]
    fn spanish_titles_and_abbreviations_do_not_end_sentences() {
        let text = "La Srta. García llegó con la Dra. Ruiz. Véase la pág. 5 del informe. El Sr. Pérez no vino.";
        assert_eq!(
            split_in(text, Language::SPANISH),
            [
                "La Srta. García llegó con la Dra. Ruiz.",
                "Véase la pág. 5 del informe.",
                "El Sr. Pérez no vino."
            ]
        );
    }

    #[test]
    fn german_ordinals_and_abbreviations_do_not_end_sentences() {
        let text = "Er kam am 3. Oktober nach Berlin. Das war z. B. gut, d. h. sehr gut. Der 1. Weltkrieg begann 1914. Sie las S. 12 bzw. S. 14. Es waren 3. Die anderen kamen nicht.";
        assert_eq!(
            split_in(text, Language::GERMAN),
            [
                "Er kam am 3. Oktober nach Berlin.",
                "Das war z. B. gut, d. h. sehr gut.",
                "Der 1. Weltkrieg begann 1914.",
                "Sie las S. 12 bzw. S. 14.",
                "Es waren 3.",
                "Die anderen kamen nicht."
            ]
        );
        // Abbreviations from the Unicode CLDR's German list hold before a capital; a word
        // that ends a sentence as a word ("dir", "Test") still ends it.
        assert_eq!(
            split_in(
                "Er war ehem. Minister frz. Herkunft. Der Hrsg. Müller dankt dir. Das war ein Test. Ende.",
                Language::GERMAN
            ),
            [
                "Er war ehem. Minister frz. Herkunft.",
                "Der Hrsg. Müller dankt dir.",
                "Das war ein Test.",
                "Ende."
            ]
        );
        // Read as English, the ordinal ends a sentence: the language decides.
        assert_eq!(
            split_in("Am 3. Oktober kam er.", Language::ENGLISH).len(),
            2
        );
        assert_eq!(split_in("Am 3. Oktober kam er.", Language::GERMAN).len(), 1);
        // Greek asks with ";": a question ends there before a capital.
        assert_eq!(
            split_in(
                "Το συμβούλιο συνεδρίασε. Ενέκρινε τον προϋπολογισμό; Ο δήμαρχος είπε όχι; όχι.",
                Language::GREEK
            ),
            [
                "Το συμβούλιο συνεδρίασε.",
                "Ενέκρινε τον προϋπολογισμό;",
                "Ο δήμαρχος είπε όχι; όχι."
            ]
        );
        assert_eq!(split_in("One; Two.", Language::ENGLISH).len(), 1);
    }

    #[test]
    fn a_spaced_ellipsis_pauses_and_four_dots_end() {
        assert_eq!(
            split("The thing is . . . I didn't mean it. Then he left."),
            ["The thing is . . . I didn't mean it.", "Then he left."]
        );
        assert_eq!(
            split("It was weakened. . . . The practice went on."),
            ["It was weakened. . . .", "The practice went on."]
        );
    }

    #[test]
    fn a_citation_after_a_quotation_stays_with_it() {
        assert_eq!(
            split("\"Bohr used the analogy of parallel stairways.\" (Smith 55). Next one."),
            [
                "\"Bohr used the analogy of parallel stairways.\" (Smith 55).",
                "Next one."
            ]
        );
        // A bracketed sentence of its own is not a citation.
        assert_eq!(
            split(
                "He said \"no.\" (She had asked him twice, and he had heard her clearly both times.)"
            ),
            [
                "He said \"no.\"",
                "(She had asked him twice, and he had heard her clearly both times.)"
            ]
        );
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. J. R. Jones. They talked."),
            ["Mr. Smith met Dr. J. R. Jones.", "They talked."]
        );
    }

    #[test]
    fn dotted_abbreviations() {
        assert_eq!(
            split("The U.S. President spoke. He left the U.S. The end."),
            ["The U.S. President spoke.", "He left the U.S.", "The end."]
        );
    }

    #[test]
    fn decimals_and_numbers() {
        assert_eq!(
            split("It rose 2.5 percent. See No. 5 for details."),
            ["It rose 2.5 percent.", "See No. 5 for details."]
        );
        assert_eq!(
            split(
                "Subject to the Mozilla Public License, v. 2.0. If a copy was not sent, see sec. 3 here."
            ),
            [
                "Subject to the Mozilla Public License, v. 2.0.",
                "If a copy was not sent, see sec. 3 here."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: “We will meet.” Then he left."),
            ["He said: “We will meet.”", "Then he left."]
        );
        assert_eq!(
            split("“Really?” he asked. Yes."),
            ["“Really?” he asked.", "Yes."]
        );
    }

    #[test]
    fn ellipsis_mid_sentence_and_at_the_end() {
        assert_eq!(
            split("Well... maybe not. Wait... Then go."),
            ["Well... maybe not.", "Wait...", "Then go."]
        );
    }

    #[test]
    fn lines_without_full_stops_stand_alone() {
        let text = "Headline Without Stop\nDecember 8, 2021\nBody text here. More.";
        assert_eq!(
            split(text),
            [
                "Headline Without Stop",
                "December 8, 2021",
                "Body text here.",
                "More."
            ]
        );
        let paras: Vec<usize> = sentences(text).iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 1, 2, 2]);
    }

    #[test]
    fn hard_wrapped_prose_joins_lines() {
        let line = "word word word word word word word word word word word";
        let mut text = String::new();
        for _ in 0..9 {
            text.push_str(line);
            text.push('\n');
        }
        text.push_str("end of it.\n\nNext paragraph here.");
        let got = split(&text);
        assert_eq!(got.len(), 2);
        assert!(got[0].starts_with("word word") && got[0].ends_with("end of it."));
        assert_eq!(sentences(&text)[1].paragraph, 1);
    }

    #[test]
    fn an_address_line_in_wrapped_prose_ends_its_text_but_a_line_in_capitals_does_not() {
        // The LGPL 2's notice, wrapped at 70 columns: the address line is long enough to read
        // as wrapped, but a line of names before a capital ends there.
        let notice = " Copyright (C) 1991 Free Software Foundation, Inc.
 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.

  This library is free software; you can redistribute it and/or modify
 it under the terms of the GNU Library General Public License as
 published by the Free Software Foundation; either version 2 of the
 License, or (at your option) any later version.  THE LIBRARY IS PROVIDED
 AS IS WITHOUT WARRANTY OF ANY KIND, EITHER EXPRESSED OR IMPLIED, AND
 NO HOLDER IS LIABLE TO YOU FOR DAMAGES OF ANY KIND WHATSOEVER HERE.
";
        let got = split(notice);
        assert_eq!(
            got[1],
            "51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA"
        );
        assert!(got[2].starts_with("Everyone is permitted"), "{got:?}");
        assert!(
            got.last().unwrap().starts_with("THE LIBRARY IS PROVIDED"),
            "{got:?}"
        );
        assert!(got.last().unwrap().ends_with("HERE."), "{got:?}");
    }

    #[test]
    fn blank_and_empty_text() {
        assert!(split("").is_empty());
        assert!(split(" \n\n ").is_empty());
    }
}
