//! Drift findings over an aligned comparison: where a version's meaning may have moved.
//!
//! Structure (dropped, added, split, merged, moved sentences) comes from the rows; content
//! checks (numbers, quotations, names, negations) compare the two sides of each aligned row.

mod french_numerals;
mod glossary;
mod month_names;
mod names;
mod negation;
mod numbers;
mod numeral_system;
mod numerals;
mod quotes;
mod romance_numerals;
mod scale_numerals;
mod text;

use text::Text;

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use crate::comparison::{Comparison, Row, RowKind};
pub use crate::comparison::{Finding, FindingKind, Severity};
use crate::knowledge::{Glossary, Knowledge};
use crate::side::{Pair, Side};

/// Findings for every row, ordered by row and, within a row, most severe first.
pub fn find_drift(cmp: &Comparison, knowledge: &Knowledge) -> Vec<Finding> {
    let checks = Checks::new(cmp, knowledge);
    cmp.rows
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, row)| {
            let texts = checks_content(row, row.kind).then(|| {
                let new_half = row.partner.map_or(row, |p| &cmp.rows[p]);
                let old = Text::new(cmp.text(row, Side::Old));
                (old, Text::new(cmp.text(new_half, Side::New)))
            });
            checks.row(&RowUnderCheck {
                k,
                row,
                kind: row.kind,
                texts: texts.as_ref().map(|(old, new)| (old, new)),
            })
        })
        .collect()
}

/// What every row's checks read besides the row: the comparison, each document's style
/// (measured once), and the glossary.
pub struct Checks<'a> {
    cmp: &'a Comparison,
    styles: Pair<Style>,
    glossary: Option<&'a Glossary>,
}

/// One row under check: its index, its kind, and its two sides tokenized when
/// [`checks_content`] says they are checked (`compare` passes the texts its word diff already
/// cut, so each row is tokenized once).
pub struct RowUnderCheck<'r> {
    /// The row's index.
    pub k: usize,
    /// The row.
    pub row: &'r Row,
    /// Its kind (the row's own may not be set yet).
    pub kind: RowKind,
    /// The old side and the new (a move's: the old half's and its partner's).
    pub texts: Option<(&'r Text<'r>, &'r Text<'r>)>,
}

impl<'a> Checks<'a> {
    /// The checks of a comparison's rows, with the glossary `knowledge` holds.
    pub fn new(cmp: &'a Comparison, knowledge: &'a Knowledge) -> Checks<'a> {
        Checks {
            cmp,
            styles: styles(cmp),
            glossary: knowledge.glossary.as_deref(),
        }
    }

    /// The findings of one row, most severe first.
    pub fn row(&self, under: &RowUnderCheck) -> Vec<Finding> {
        let mut found = row_findings(
            self.cmp,
            under.k,
            under.row,
            under.kind,
            under.texts,
            &self.styles,
        );
        let row = under.row;
        if let Some(glossary) = self.glossary
            && !row.sentences.old.is_empty()
            && !row.sentences.new.is_empty()
        {
            let (old, new) = (self.cmp.text(row, Side::Old), self.cmp.text(row, Side::New));
            found.extend(glossary::missing_terms(glossary, under.k, old, new));
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.severity));
        found
    }
}

/// What a document does throughout, which decides how each of its rows is read.
#[derive(Debug, Default)]
pub struct Style {
    /// Whether it uses quotation marks at all.
    pub quotes: bool,
    /// Words it writes in lower case somewhere (keyed as names are compared).
    lowercase: FxHashSet<String>,
    /// Across languages: the words it capitalises somewhere (keyed as names are compared),
    /// the names a translation can be expected to keep as they are.
    capitalised: FxHashSet<String>,
}

impl Style {
    /// Measures a document's whole text (`across`, a translation: also the words it
    /// capitalises), with its word count, which the pass over its words finds too.
    fn with_word_count(text: &str, across: bool) -> (Style, usize) {
        let census = names::census(text, across);
        let style = Style {
            quotes: quotes::uses_quotation_marks(text),
            lowercase: census.lowercase,
            capitalised: census.capitalised,
        };
        (style, census.words)
    }
}

/// Each document's style, measured once for all rows. The documents' word counts come out
/// of the same pass and are noted on them (the comparison's statistics ask for them next).
fn styles(cmp: &Comparison) -> Pair<Style> {
    let across = cmp.across;
    let of = |doc: &crate::load::document::Document| {
        let (style, words) = Style::with_word_count(&doc.text, across);
        doc.note_word_count(words);
        style
    };
    let (old, new) = rayon::join(|| of(&cmp.docs.old), || of(&cmp.docs.new));
    Pair::new(old, new)
}

/// The checks that hold across a translation: numbers by value, each side read in its own
/// language ("twelve" = "doce" = "zwölf" = "12"), and names the translation writes the same
/// elsewhere ("Biden", "Abraham") missing from this row. A name the other document never
/// writes ("Joseph" against "José", "United States" against "Estados Unidos") is taken as
/// translated, not as missing.
fn across_languages(
    cmp: &Comparison,
    row: usize,
    old: &Text,
    new: &Text,
    styles: &Pair<Style>,
    out: &mut Vec<Finding>,
) {
    out.extend(length_outlier(cmp, row, old.text, new.text));
    let numerals = |doc: &crate::load::document::Document| {
        numerals::for_language(doc.language).unwrap_or(&numbers::ENGLISH)
    };
    // "First" alone is as often an adverb ("group directories first", "primero") as an
    // ordinal, and a translation writes the adverb its own way ("zuerst", "vor"); "zero"
    // alone is as often a word a translation writes as a word ("a zero byte", "ein Nullbyte";
    // "zero or more times", "kein Mal oder beliebig oft"): across languages the words for
    // "first" and "zero" meet their digits ("0" = "cero") but are never missing themselves.
    const NEVER_MISSING: [&str; 13] = [
        "first",
        "primero",
        "primera",
        "primer",
        "primeiro",
        "primeira",
        "erste",
        "premier",
        "première",
        "zero",
        "cero",
        "null",
        "zéro",
    ];
    let a = numbers::numbers_in(old, numerals(&cmp.docs.old));
    let b = numbers::numbers_in(new, numerals(&cmp.docs.new));
    let missing = |mut unmatched: Vec<numbers::Number>| {
        unmatched.retain(|n| !NEVER_MISSING.iter().any(|w| n.text.eq_ignore_ascii_case(w)));
        unmatched
    };
    out.extend(number_finding(
        row,
        missing(numbers::unmatched(&a, &b)),
        missing(numbers::unmatched(&b, &a)),
    ));
    // Quotations: a translation quotes in its own marks («…», „…“), so only their number is
    // compared, and only when both documents quote at all. Only a quotation lost counts:
    // translators mark terms the source left plain (»Byte Offsets« in grep(1)'s German).
    if styles.old.quotes && styles.new.quotes {
        let (qa, qb) = (quotes::quotes(old.text), quotes::quotes(new.text));
        if qa.len() > qb.len() {
            let texts = |q: &[quotes::Quote]| {
                q.iter()
                    .map(|q| q.text.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            out.push(finding(
                FindingKind::Quote,
                Severity::Medium,
                row,
                texts(&qa),
                texts(&qb),
                format!(
                    "{} quotation{} in the old version, {} in the new",
                    qa.len(),
                    plural(qa.len()),
                    qb.len()
                ),
            ));
        }
    }
    // A question is a question in every language these scripts write ("?", Spanish "¿…?",
    // "？", "؟", and Greek's ";"). Only whether a row asks is compared: a translation may join
    // two questions into one ("Why art thou wroth? and why …?" → "¿Por qué …, y por qué …?").
    let asks = |t: &str, doc: &crate::load::document::Document| {
        t.contains(['?', '？', '؟', '\u{37E}'])
            || (doc.language == Some(crate::segment::Language::GREEK) && t.contains(';'))
    };
    let (qa, qb) = (asks(old.text, &cmp.docs.old), asks(new.text, &cmp.docs.new));
    if qa != qb {
        let (left, right, message) = if qa {
            (
                old.text.trim().to_string(),
                String::new(),
                "a question in the old version, none in the new",
            )
        } else {
            (
                String::new(),
                new.text.trim().to_string(),
                "a question in the new version, none in the old",
            )
        };
        out.push(finding(
            FindingKind::Question,
            Severity::Medium,
            row,
            left,
            right,
            message.to_string(),
        ));
    }
    let (na, nb) = (names_in(old, &styles.old), names_in(new, &styles.new));
    let kept_elsewhere =
        |n: &names::Name, other: &Style| n.words.iter().all(|w| other.capitalised.contains(w));
    let lost: Vec<String> = names::missing(&na, new, &nb)
        .into_iter()
        .filter(|n| kept_elsewhere(n, &styles.new))
        .map(|n| n.text)
        .collect();
    let gained: Vec<String> = names::missing(&nb, old, &na)
        .into_iter()
        .filter(|n| kept_elsewhere(n, &styles.old))
        .map(|n| n.text)
        .collect();
    out.extend(lost_and_gained(
        FindingKind::Name,
        Severity::Medium,
        row,
        "name",
        once(lost),
        once(gained),
    ));
}

/// Whether `text` writes every word of the name `name` (as names are compared: case,
/// typography and possessives folded). Tells whether a version in between kept a name.
pub(crate) fn writes_name(text: &str, name: &str) -> bool {
    // The aligner's folding: lower case, accents off (the keys are lower case already).
    use crate::align::fold;
    let words: Vec<String> = names::capitalised_words(text)
        .iter()
        .map(|w| fold(w))
        .collect();
    let wanted = names::capitalised_words(name);
    // A translation respells names a little: "Pisón" for "Pison", "Etiopía" for
    // "Ethiopia", "Adán" for "Adam": accents off, one letter in four letters or more.
    !wanted.is_empty()
        && wanted.iter().map(|w| fold(w)).all(|w| {
            words
                .iter()
                .any(|v| *v == w || (w.chars().count() >= 4 && one_edit_apart(&w, v)))
        })
}

/// Whether one letter added, dropped or changed makes `a` into `b`.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if prefix == long.len() {
        return true;
    }
    // Past the first difference the rest agrees: after one letter changed, or one added.
    let rest = if short.len() == long.len() {
        prefix + 1
    } else {
        prefix
    };
    short[rest..] == long[prefix + 1..]
}

/// The values of the numbers in `text`, read in `language` ("doce" and "12" both 12).
pub(crate) fn number_values(
    text: &str,
    language: Option<crate::segment::language::Language>,
) -> Vec<f64> {
    let n = numerals::for_language(language).unwrap_or(&numbers::ENGLISH);
    numbers::numbers_in(&Text::new(text), n)
        .into_iter()
        .map(|x| x.value)
        .collect()
}

/// Whether `text` quotes anything, in any language's marks.
pub(crate) fn quotes_anything(text: &str) -> bool {
    !quotes::quotes(text).is_empty()
}

/// A translation this many times longer or shorter than the pair's ratio says (in
/// characters) has more or less in it than its source: a clause left out or added.
const LENGTH_OUTLIER_FACTOR: f64 = 2.0;
/// Rows shorter than this (in characters, the longer side) vary too much to tell.
const LENGTH_OUTLIER_MIN_CHARS: usize = 60;

/// A row whose two sides' length ratio is far from the pair's (Gale and Church's evidence,
/// as a finding).
fn length_outlier(cmp: &Comparison, row: usize, old: &str, new: &str) -> Option<Finding> {
    let chars = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    let (a, b) = (chars(old), chars(new));
    if a.max(b) < LENGTH_OUTLIER_MIN_CHARS || a == 0 || b == 0 {
        return None;
    }
    let total = |t: &str| t.len().max(1) as f64;
    let expected = total(&cmp.docs.new.text) / total(&cmp.docs.old.text);
    let factor = (b as f64 / a as f64) / expected;
    let (longer, what) = if factor >= LENGTH_OUTLIER_FACTOR {
        (factor, "longer")
    } else if factor <= 1.0 / LENGTH_OUTLIER_FACTOR {
        (1.0 / factor, "shorter")
    } else {
        return None;
    };
    Some(finding(
        FindingKind::Length,
        Severity::Medium,
        row,
        format!("{a} characters"),
        format!("{b} characters"),
        format!("the translation is {longer:.1} times {what} than the pair's lengths say"),
    ))
}

/// Whether a row of this kind has its two sides checked for content drift: an aligned pair,
/// or a move's two halves (checked once, at the old half, against its partner's new half).
pub fn checks_content(row: &Row, kind: RowKind) -> bool {
    match kind {
        RowKind::Changed => true,
        RowKind::Moved => row.partner.is_some() && !row.sentences.old.is_empty(),
        _ => false,
    }
}

/// The findings of row `k`, most severe first, whose kind is `kind`; `texts` are its two
/// sides, tokenized, when [`checks_content`] says they are checked.
fn row_findings(
    cmp: &Comparison,
    k: usize,
    row: &Row,
    kind: RowKind,
    texts: Option<(&Text, &Text)>,
    styles: &Pair<Style>,
) -> Vec<Finding> {
    let mut found: Vec<Finding> = structural(cmp, k, row, kind).into_iter().collect();
    // Across languages, a translation splits and joins sentences as a matter of course, and
    // the content checks read English (spelled numbers, negation words, capitalised names):
    // only omissions and additions are reported until the checks know both languages.
    if cmp.across {
        found.retain(|f| matches!(f.kind, FindingKind::Dropped | FindingKind::Added));
        found.extend(untranslated(cmp, k, row, kind));
        if let Some((old, new)) = texts {
            across_languages(cmp, k, old, new, styles, &mut found);
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.severity));
        return found;
    }
    if let Some((old, new)) = texts {
        content(k, old, new, styles, &mut found);
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.severity));
    found
}

fn finding(
    kind: FindingKind,
    severity: Severity,
    row: usize,
    left: String,
    right: String,
    message: String,
) -> Finding {
    // A message is one line: the source's line breaks and runs of spaces ("Major⏎   Component")
    // become single spaces.
    let message = if message.contains(char::is_whitespace) {
        crate::segment::typography::single_spaced(&message)
    } else {
        message
    };
    Finding {
        kind,
        severity,
        row,
        left,
        right,
        message,
    }
}

/// Each item once, in the order first met.
fn once(items: Vec<String>) -> Vec<String> {
    let mut seen = FxHashSet::default();
    items
        .into_iter()
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

fn quoted(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("“{}”", short(s)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Messages quote at most this many characters of a quotation; `left`/`right` keep it whole.
const MESSAGE_QUOTE_CHARS: usize = 70;

fn short(text: &str) -> String {
    if text.chars().count() <= MESSAGE_QUOTE_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MESSAGE_QUOTE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn content(row: usize, old: &Text, new: &Text, styles: &Pair<Style>, out: &mut Vec<Finding>) {
    negations(row, old, new, out);
    numbers_changed(row, old, new, out);
    quotes_changed(row, old.text, new.text, styles, out);
    names_changed(row, old, new, styles, out);
}

/// Reports items lost and gained between the sides: as one change when both sides have some.
fn lost_and_gained(
    kind: FindingKind,
    severity: Severity,
    row: usize,
    what: &str,
    lost: Vec<String>,
    gained: Vec<String>,
) -> Option<Finding> {
    let message = match (lost.is_empty(), gained.is_empty()) {
        (true, true) => return None,
        (false, false) => format!("{what} changed: {} → {}", quoted(&lost), quoted(&gained)),
        (false, true) => format!("{what} {} only in the old version", quoted(&lost)),
        (true, false) => format!("{what} {} only in the new version", quoted(&gained)),
    };
    Some(finding(
        kind,
        severity,
        row,
        lost.join(", "),
        gained.join(", "),
        message,
    ))
}

fn negations(row: usize, old: &Text, new: &Text, out: &mut Vec<Finding>) {
    let (a, b) = (negation::cues(old), negation::cues(new));
    let (lost, gained) =
        negation::without_plain_swaps(negation::vanished(&a, &b), negation::vanished(&b, &a));
    let lost: Vec<String> = lost.into_iter().map(String::from).collect();
    let gained: Vec<String> = gained.into_iter().map(String::from).collect();
    out.extend(lost_and_gained(
        FindingKind::Negation,
        Severity::High,
        row,
        "negation",
        lost,
        gained,
    ));
}

fn numbers_changed(row: usize, old: &Text, new: &Text, out: &mut Vec<Finding>) {
    let (a, b) = (numbers::numbers(old), numbers::numbers(new));
    // A spelled number inside a compound on the other side ("first fruits" against
    // "firstfruits", "seven fold" against "sevenfold") is the same word written apart.
    // (Lower-case copies only for the rare row whose numbers differ.)
    let apart = |n: &numbers::Number, other: &str| {
        let word = n.text.to_lowercase();
        word.chars().all(char::is_alphabetic)
            && numbers::inside_a_word(&word, &other.to_lowercase())
    };
    let mut lost = numbers::unmatched(&a, &b);
    lost.retain(|n| !apart(n, new.text));
    let mut gained = numbers::unmatched(&b, &a);
    gained.retain(|n| !apart(n, old.text));
    out.extend(number_finding(row, lost, gained));
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The finding of numbers lost and gained in a row, each named once.
fn number_finding(
    row: usize,
    lost: Vec<numbers::Number>,
    gained: Vec<numbers::Number>,
) -> Option<Finding> {
    let text = |v: Vec<numbers::Number>| once(v.into_iter().map(|n| n.text).collect());
    lost_and_gained(
        FindingKind::Number,
        Severity::High,
        row,
        "number",
        text(lost),
        text(gained),
    )
}

/// A row side's names, less the common words its document capitalises by their place.
fn names_in(text: &Text, style: &Style) -> Vec<names::Name> {
    let mut found = names::names(text);
    found.retain(|n| !names::common_word(n, &style.lowercase));
    found
}

/// A quotation on one side only is reported when the other version quotes at all: one that
/// never uses quotation marks differs in style, not in what it quotes.
fn quotes_changed(row: usize, old: &str, new: &str, styles: &Pair<Style>, out: &mut Vec<Finding>) {
    use quotes::QuoteChange;
    for change in quotes::compare_quotes(&quotes::quotes(old), &quotes::quotes(new)) {
        let (left, right, message) = match change {
            QuoteChange::Dropped(_) if !styles.new.quotes => continue,
            QuoteChange::Added(_) if !styles.old.quotes => continue,
            QuoteChange::Reworded { old, new, kept } => {
                let message = format!(
                    "quotation reworded ({:.0}% of its words kept): “{}” → “{}”",
                    kept * 100.0,
                    short(&old),
                    short(&new)
                );
                (old, new, message)
            }
            QuoteChange::Dropped(q) => (
                q.clone(),
                String::new(),
                format!("quotation “{}” only in the old version", short(&q)),
            ),
            QuoteChange::Added(q) => (
                String::new(),
                q.clone(),
                format!("quotation “{}” only in the new version", short(&q)),
            ),
        };
        out.push(finding(
            FindingKind::Quote,
            Severity::Medium,
            row,
            left,
            right,
            message,
        ));
    }
}

/// A capitalised word its document also writes in lower case opens a speech or a line
/// ("And the serpent said unto the woman, Ye shall not surely die"): it is no name alone.
fn names_changed(row: usize, old: &Text, new: &Text, styles: &Pair<Style>, out: &mut Vec<Finding>) {
    let (a, b) = (names_in(old, &styles.old), names_in(new, &styles.new));
    // Each name once, however often the sentence repeats it.
    let text = |v: Vec<names::Name>| once(v.into_iter().map(|n| n.text).collect());
    let lost = text(names::missing(&a, new, &b));
    let gained = text(names::missing(&b, old, &a));
    out.extend(lost_and_gained(
        FindingKind::Name,
        Severity::Medium,
        row,
        "name",
        lost,
        gained,
    ));
}

fn structural(cmp: &Comparison, k: usize, row: &Row, kind: RowKind) -> Option<Finding> {
    let (n_old, n_new) = (row.sentences.old.len(), row.sentences.new.len());
    let (left, right) = (cmp.text(row, Side::Old), cmp.text(row, Side::New));
    let facts = match kind {
        RowKind::Deleted => facts(left),
        RowKind::Inserted => facts(right),
        _ => Vec::new(),
    };
    let (kind, message) = match kind {
        RowKind::Deleted => (
            FindingKind::Dropped,
            unmatched_message(n_old, "dropped", &facts),
        ),
        RowKind::Inserted => (
            FindingKind::Added,
            unmatched_message(n_new, "added", &facts),
        ),
        RowKind::Moved if n_old > 0 => (
            FindingKind::Moved,
            format!("sentence moved (to row {})", row.partner? + 1),
        ),
        RowKind::Changed | RowKind::Equal if n_old < n_new => (
            FindingKind::Split,
            format!("{n_old} sentence split into {n_new}"),
        ),
        RowKind::Changed | RowKind::Equal if n_old > n_new => (
            FindingKind::Merged,
            format!("{n_old} sentences merged into {n_new}"),
        ),
        _ => return None,
    };
    let severity = match kind {
        FindingKind::Dropped | FindingKind::Added if !facts.is_empty() => Severity::High,
        FindingKind::Dropped | FindingKind::Added => Severity::Medium,
        _ => Severity::Low,
    };
    Some(finding(
        kind,
        severity,
        k,
        left.to_string(),
        right.to_string(),
        message,
    ))
}

/// A translation this many words long or more that equals its source was left untranslated
/// (shorter ones are names, numbers, commands: the same in any language).
const UNTRANSLATED_WORDS: usize = 4;

/// Across languages, a row whose two sides are the same words: the translation kept the
/// source's text.
fn untranslated(cmp: &Comparison, k: usize, row: &Row, kind: RowKind) -> Option<Finding> {
    let text = cmp.text(row, Side::Old);
    let words = crate::segment::tokens::word_count(text);
    (kind == RowKind::Equal && words >= UNTRANSLATED_WORDS).then(|| {
        finding(
            FindingKind::Untranslated,
            Severity::Medium,
            k,
            text.to_string(),
            cmp.text(row, Side::New).to_string(),
            format!("sentence left untranslated ({words} words)"),
        )
    })
}

/// What a sentence states that can be checked: its names and numbers.
fn facts(text: &str) -> Vec<String> {
    let text = Text::new(text);
    let mut facts: Vec<String> = names::names(&text).into_iter().map(|n| n.text).collect();
    facts.extend(numbers::numbers(&text).into_iter().map(|n| n.text));
    once(facts)
}

fn unmatched_message(n: usize, verb: &str, facts: &[String]) -> String {
    let what = if n == 1 {
        "sentence".to_string()
    } else {
        format!("{n} sentences")
    };
    if facts.is_empty() {
        format!("{what} {verb}")
    } else {
        format!("{what} {verb}, with {}", facts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_one_line_whatever_the_source_breaks() {
        let f = finding(
            FindingKind::Quote,
            Severity::Medium,
            0,
            String::new(),
            String::new(),
            "quotation “provided as is,\n   with no warranty” only in the old version".into(),
        );
        assert_eq!(
            f.message,
            "quotation “provided as is, with no warranty” only in the old version"
        );
    }

    #[test]
    fn a_translation_far_shorter_than_the_pair_s_ratio_is_a_length_outlier() {
        use std::sync::Arc;
        // Entries given (as a PO file gives them), so the rows are these whatever the lengths.
        let doc = |name: &str, parts: &[&str], code: &str| {
            let text = parts.join("\n\n");
            let mut spans = Vec::new();
            let mut at = 0;
            for p in parts {
                spans.push(at..at + p.len());
                at += p.len() + 2;
            }
            let mut d = crate::load::document::Document::from_text(name, text);
            d.language = crate::segment::language::Language::from_code(code);
            d.entries = Some(spans.into());
            Arc::new(d)
        };
        let en = [
            "The museum opens at nine every morning of the week, holidays included.",
            "Visitors may bring cameras, but flash photography, tripods and selfie sticks are not allowed in any of the galleries.",
            "The café on the ground floor closes at five in the afternoon.",
        ];
        let es = [
            "El museo abre a las nueve todas las mañanas de la semana, festivos incluidos.",
            "Se permiten cámaras.",
            "La cafetería de la planta baja cierra a las cinco de la tarde.",
        ];
        let cmp = crate::compare::compare(
            doc("en", &en, "en"),
            doc("es", &es, "es"),
            crate::diff::options::DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let outliers: Vec<(usize, &str)> = cmp
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Length)
            .map(|f| (f.row, f.message.as_str()))
            .collect();
        assert_eq!(
            outliers,
            [(
                1,
                "the translation is 3.6 times shorter than the pair's lengths say"
            )]
        );
    }

    #[test]
    fn a_name_a_translation_respells_a_little_is_written_there() {
        assert!(writes_name("El nombre del uno era Pisón.", "Pison"));
        assert!(writes_name("toda la tierra de Etiopía.", "Ethiopia"));
        assert!(writes_name("Y llamó Adán el nombre", "Adam"));
        assert!(!writes_name("toda la tierra de Cus.", "Ethiopia"));
        assert!(!writes_name("Vino Abel.", "Abram"));
        assert!(one_edit_apart("adam", "adan") && one_edit_apart("etiopia", "ethiopia"));
        assert!(!one_edit_apart("abel", "abram") && one_edit_apart("same", "same"));
    }
}
