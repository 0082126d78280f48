//! Errors of known kinds put into a real translation, and whether driftview's findings catch
//! them (issue 28's benchmark). The Bible's `-lines` files (a verse per line, in the same order
//! in both translations) give each verse; both sides are laid out as paragraphs of a few
//! verses, grouped differently on each side, once clean and once with errors put into the
//! translation at seeded random verses. An error is found when a row holding its source verse
//! (or the sentence added) carries a finding of a kind that reports it and the clean pair's
//! rows there had no such finding. A finding the errors brought (one the clean pair did not
//! have at those verses) that stands at no error's verse is a false alarm.
//! Used by `tests/drift_injection.rs` (Genesis, in `tests/data/`) and
//! `examples/drift_injection.rs` (any books of `../shared/corpus/`).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use driftview::{
    Comparison, DiffOptions, Document, Finding, FindingKind, Knowledge, Severity, Side,
};

/// The kinds of error put in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// A spelled number changed to another ("cuarenta" → "cincuenta").
    Number,
    /// A whole verse left out.
    Omission,
    /// A clause of six words or more left out of a verse.
    PartialOmission,
    /// A negator taken out ("no", "not").
    NegationRemoved,
    /// A negator put in ("es" → "no es", "was" → "was not").
    NegationAdded,
    /// A name replaced by another name the text uses.
    NameSwapped,
    /// A verse from elsewhere in the text added after a verse.
    Addition,
    /// A question made a statement.
    QuestionToStatement,
    /// A verse's direct speech left out, its framing kept ("Moses said, “…”" → "Moses
    /// said.").
    QuotationRemoved,
}

impl ErrorKind {
    /// Every kind, in the order the benchmark's table lists them.
    pub(crate) const ALL: [ErrorKind; 9] = [
        ErrorKind::Number,
        ErrorKind::Omission,
        ErrorKind::PartialOmission,
        ErrorKind::NegationRemoved,
        ErrorKind::NegationAdded,
        ErrorKind::NameSwapped,
        ErrorKind::Addition,
        ErrorKind::QuestionToStatement,
        ErrorKind::QuotationRemoved,
    ];

    /// What the table calls it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            ErrorKind::Number => "a number changed",
            ErrorKind::Omission => "a verse left out",
            ErrorKind::PartialOmission => "a clause of 6+ words left out",
            ErrorKind::NegationRemoved => "a negation removed",
            ErrorKind::NegationAdded => "a negation added",
            ErrorKind::NameSwapped => "a name swapped for another",
            ErrorKind::Addition => "a verse from elsewhere added",
            ErrorKind::QuestionToStatement => "a question made a statement",
            ErrorKind::QuotationRemoved => "a quotation left out",
        }
    }

    /// The finding kinds that report this error. A row far from the pair's length ratio
    /// reports text left out or added; a clause finding, when it goes the error's way; a name
    /// or number only on the side that kept (or gained) the text, since it names what was
    /// lost ("Phinehas" only in the source where "and she bare him Phinehas" was left out).
    fn reported_by(self) -> &'static [FindingKind] {
        match self {
            ErrorKind::Number => &[FindingKind::Number],
            ErrorKind::Omission | ErrorKind::PartialOmission => &[
                FindingKind::Dropped,
                FindingKind::Length,
                FindingKind::Clause,
                FindingKind::Name,
                FindingKind::Number,
            ],
            ErrorKind::NegationRemoved | ErrorKind::NegationAdded => &[FindingKind::Negation],
            ErrorKind::NameSwapped => &[FindingKind::Name],
            ErrorKind::Addition => &[
                FindingKind::Added,
                FindingKind::Length,
                FindingKind::Clause,
                FindingKind::Name,
                FindingKind::Number,
            ],
            ErrorKind::QuestionToStatement => &[FindingKind::Question],
            // A speech is a clause or a sentence left out, or a quotation on one side only.
            ErrorKind::QuotationRemoved => &[
                FindingKind::Dropped,
                FindingKind::Length,
                FindingKind::Clause,
                FindingKind::Name,
                FindingKind::Number,
                FindingKind::Quote,
            ],
        }
    }

    /// Whether `f`, of a kind that reports this error, goes its way: a clause finding says
    /// whether the clause was dropped or added; for text left out or added, a name or number
    /// stands on one side only, the side that has the text.
    fn reports(self, f: &Finding) -> bool {
        let added = self == ErrorKind::Addition;
        self.reported_by().contains(&f.kind)
            && match f.kind {
                FindingKind::Clause => f.message.starts_with(if added {
                    "clause added"
                } else {
                    "clause dropped"
                }),
                FindingKind::Name | FindingKind::Number
                    if self != ErrorKind::NameSwapped && self != ErrorKind::Number =>
                {
                    let endings: &[&str] = if added {
                        &["only in the translation", "only in the new version"]
                    } else {
                        &["only in the source", "only in the old version"]
                    };
                    endings.iter().any(|e| f.message.ends_with(e))
                }
                _ => true,
            }
    }
}

/// A verse in both translations.
#[derive(Clone)]
pub(crate) struct Verse {
    /// The source's text.
    pub(crate) source: String,
    /// The translation's text.
    pub(crate) target: String,
}

/// A chapter both translations divide into the same number of verses.
#[derive(Clone)]
pub(crate) struct Chapter {
    /// Its heading ("Genesis 1").
    pub(crate) heading: String,
    /// Its verses.
    pub(crate) verses: Vec<Verse>,
}

fn is_heading(line: &str) -> bool {
    let Some((book, number)) = line.rsplit_once(' ') else {
        return false;
    };
    !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
        && book.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && book.split(' ').count() <= 3
}

fn chapters_of(text: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        if is_heading(line) {
            out.push((line.to_string(), Vec::new()));
        } else if let Some(last) = out.last_mut()
            && !line.trim().is_empty()
        {
            last.1.push(line.trim().to_string());
        }
    }
    out
}

/// The chapters of two `-lines` files that pair verse for verse, of the books `keep` takes
/// (by the heading's book name, "Genesis", "1 Kings").
pub(crate) fn paired_chapters(
    source: &str,
    target: &str,
    keep: impl Fn(&str) -> bool,
) -> Vec<Chapter> {
    let (a, b) = (chapters_of(source), chapters_of(target));
    a.into_iter()
        .zip(b)
        .filter(|((ha, va), (hb, vb))| {
            ha == hb && va.len() == vb.len() && keep(ha.rsplit_once(' ').unwrap().0)
        })
        .map(|((heading, va), (_, vb))| Chapter {
            heading,
            verses: va
                .into_iter()
                .zip(vb)
                .map(|(source, target)| Verse { source, target })
                .collect(),
        })
        .collect()
}

/// A small deterministic generator (SplitMix64): the benchmark needs only reproducible
/// choices, not a crate.
pub(crate) struct Seeded(u64);

impl Seeded {
    pub(crate) fn new(seed: u64) -> Seeded {
        Seeded(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One error put in: the verse (counted through all chapters) and what was done.
#[derive(Debug, Clone)]
pub(crate) struct Injected {
    pub(crate) verse: usize,
    pub(crate) what: String,
}

/// The translation's verses with errors put in, and a sentence added after some.
pub(crate) struct Errors {
    /// The translation's verse texts after the errors (empty for a verse left out).
    targets: Vec<String>,
    /// A sentence added after a verse.
    added: Vec<Option<String>>,
    pub(crate) injected: Vec<Injected>,
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The byte range of the first whole-word occurrence of one of `choices` (case-sensitive).
fn find_word(text: &str, choices: &[&str]) -> Option<(Range<usize>, usize)> {
    let mut at = 0;
    for piece in text.split(|c: char| !c.is_alphanumeric()) {
        if let Some(k) = choices.iter().position(|w| *w == piece) {
            return Some((at..at + piece.len(), k));
        }
        at += piece.len()
            + text[at + piece.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
    }
    None
}

const NUMBERS_EN: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand",
];
const NUMBERS_ES: &[&str] = &[
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "veinte",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
    "cien",
    "mil",
];
const NEGATORS_EN: &[&str] = &["not", "Not"];
const NEGATORS_ES: &[&str] = &["no", "No"];
const NEGATABLE_EN: &[&str] = &["is", "was", "shall", "will", "are", "were"];
const NEGATABLE_ES: &[&str] = &["es", "era", "fué", "será", "son", "eran", "está", "hay"];
const ANY_NEGATOR: &[&str] = &[
    "not", "Not", "no", "No", "never", "nor", "neither", "nothing", "none", "nunca", "ni", "nada",
    "nadie", "ninguno", "ninguna", "jamás", "tampoco",
];

/// The translation's language, which decides the words changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Language {
    English,
    Spanish,
}

/// The names of a text: words always capitalised, never first in their verse, written at
/// least five times.
fn names_of(verses: &[&str]) -> Vec<String> {
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut lower: HashSet<String> = HashSet::new();
    for v in verses {
        for (i, w) in words(v).into_iter().enumerate() {
            let first = w.chars().next().unwrap();
            if first.is_lowercase() {
                lower.insert(w.to_string());
            } else if first.is_uppercase() && i > 0 && w.chars().count() >= 3 {
                *count.entry(w).or_default() += 1;
            }
        }
    }
    let mut names: Vec<String> = count
        .into_iter()
        .filter(|(w, n)| *n >= 5 && !lower.contains(&w.to_lowercase()))
        .map(|(w, _)| w.to_string())
        .collect();
    names.sort();
    names
}

fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | ';' | ':') {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Words that introduce direct speech in Reina-Valera ("Y dijo Jehová á Moisés: Ve …").
const SAYINGS_ES: &[&str] = &[
    "dijo",
    "dijeron",
    "diciendo",
    "respondió",
    "respondieron",
    "dice",
    "dijiste",
    "habló",
    "clamó",
    "preguntó",
    "mandó",
    "dijere",
    "decía",
    "decían",
];

/// The byte range of a verse's direct speech: in English, the first quotation between
/// curly quotation marks (to the verse's end when it goes on into the next verse); in
/// Spanish, which marks none, what follows a colon after a saying word ("dijo", "diciendo")
/// to the verse's end.
fn speech(t: &str, english: bool) -> Option<Range<usize>> {
    if english {
        let start = t.find('“')?;
        let end = t[start..]
            .find('”')
            .map_or(t.len(), |k| start + k + '”'.len_utf8());
        return Some(start..end);
    }
    let mut at = 0;
    while let Some(k) = t[at..].find(':') {
        let colon = at + k;
        let said = words(&t[..colon])
            .iter()
            .rev()
            .take(4)
            .any(|w| SAYINGS_ES.contains(&w.to_lowercase().as_str()));
        let opens = t[colon + 1..]
            .trim_start()
            .starts_with(|c: char| c.is_uppercase() || c == '¿' || c == '¡');
        if said && opens {
            return Some(colon + 1..t.len());
        }
        at = colon + 1;
    }
    None
}

/// One error of `kind` put into `verse`'s translation, or `None` when the verse has nothing
/// for it. `elsewhere` is a verse far away (for an addition), `names` the text's names.
fn put_in(
    kind: ErrorKind,
    language: Language,
    verse: &Verse,
    elsewhere: &str,
    names: &[String],
    rng: &mut Seeded,
) -> Option<(String, Option<String>, String)> {
    let t = verse.target.as_str();
    let english = language == Language::English;
    let replace = |r: Range<usize>, by: &str| format!("{}{}{}", &t[..r.start], by, &t[r.end..]);
    match kind {
        ErrorKind::Number => {
            let list = if english { NUMBERS_EN } else { NUMBERS_ES };
            let (r, k) = find_word(t, list)?;
            let by = list[(k + 1) % list.len()];
            Some((replace(r, by), None, format!("{} → {by}", list[k])))
        }
        ErrorKind::Omission => (words(t).len() >= 4).then(|| (String::new(), None, t.into())),
        ErrorKind::PartialOmission => {
            let parts = clauses(t);
            let long: Vec<&Range<usize>> = parts
                .iter()
                .filter(|r| words(&t[(*r).clone()]).len() >= 6)
                .collect();
            if parts.len() < 2 || long.is_empty() {
                return None;
            }
            let r = long[rng.below(long.len())].clone();
            let mut out = replace(r.clone(), "");
            // A last clause taken keeps the verse's full stop.
            if r.end == t.len() {
                out = out.trim_end_matches([',', ';', ':', ' ']).to_string() + ".";
            }
            Some((out, None, t[r].trim().to_string()))
        }
        ErrorKind::NegationRemoved => {
            let (r, _) = find_word(t, if english { NEGATORS_EN } else { NEGATORS_ES })?;
            let end = (r.end + 1).min(t.len());
            let out = replace(r.start..end, "");
            let what = format!("“{}” out of: {out}", &t[r]);
            Some((out, None, what))
        }
        ErrorKind::NegationAdded => {
            if find_word(t, ANY_NEGATOR).is_some() {
                return None;
            }
            let list = if english { NEGATABLE_EN } else { NEGATABLE_ES };
            let (r, k) = find_word(t, list)?;
            let by = if english {
                format!("{} not", list[k])
            } else {
                format!("no {}", list[k])
            };
            Some((replace(r, &by), None, by))
        }
        ErrorKind::NameSwapped => {
            let own: Vec<&str> = names.iter().map(String::as_str).collect();
            let (r, k) = find_word(t, &own)?;
            let others: Vec<&String> = names
                .iter()
                .filter(|n| !t.contains(n.as_str()) && !verse.source.contains(n.as_str()))
                .collect();
            let by = others[rng.below(others.len())];
            Some((replace(r, by), None, format!("{} → {by}", own[k])))
        }
        ErrorKind::Addition => (words(elsewhere).len() >= 8).then(|| {
            (
                t.to_string(),
                Some(elsewhere.to_string()),
                elsewhere.to_string(),
            )
        }),
        ErrorKind::QuotationRemoved => {
            let r = speech(t, english)?;
            let taken = t[r.clone()].trim().to_string();
            if words(&taken).len() < 4 {
                return None;
            }
            let before = t[..r.start].trim_end_matches([',', ':', ' ']);
            let after = t[r.end..].trim_start();
            let out = if after.is_empty() {
                format!("{before}.")
            } else {
                format!("{before} {after}")
            };
            Some((out, None, taken))
        }
        ErrorKind::QuestionToStatement => {
            if !(t.contains('?') && verse.source.contains('?')) {
                return None;
            }
            let out = t.replace('¿', "").replacen('?', ".", 1);
            let out = out.replace('?', ".");
            Some((out, None, t.to_string()))
        }
    }
}

/// Errors of one kind put into the translation at up to `count` seeded random verses, at least
/// `SPACING` verses apart (so that no row holds two).
pub(crate) fn inject(
    chapters: &[Chapter],
    kind: ErrorKind,
    language: Language,
    count: usize,
    seed: u64,
) -> Errors {
    const SPACING: usize = 8;
    let verses: Vec<&Verse> = chapters.iter().flat_map(|c| &c.verses).collect();
    let names = names_of(&verses.iter().map(|v| v.target.as_str()).collect::<Vec<_>>());
    let mut targets: Vec<String> = verses.iter().map(|v| v.target.clone()).collect();
    let mut added = vec![None; verses.len()];
    let mut rng = Seeded::new(seed ^ (kind as u64).wrapping_mul(0x1000_0000_01B3));
    let mut order: Vec<usize> = (0..verses.len()).collect();
    // Fisher-Yates: a seeded order to try the verses in.
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut injected: Vec<Injected> = Vec::new();
    for v in order {
        if injected.len() >= count {
            break;
        }
        if injected.iter().any(|e| e.verse.abs_diff(v) < SPACING) {
            continue;
        }
        let far = verses[(v + verses.len() / 2) % verses.len()];
        if let Some((text, extra, what)) =
            put_in(kind, language, verses[v], &far.target, &names, &mut rng)
        {
            targets[v] = text;
            added[v] = extra;
            injected.push(Injected { verse: v, what });
        }
    }
    injected.sort_by_key(|e| e.verse);
    Errors {
        targets,
        added,
        injected,
    }
}

/// A side laid out: its text, each verse's byte range (empty for a verse left out), and
/// each added sentence's.
struct Laid {
    text: String,
    verses: Vec<Range<usize>>,
    added: Vec<Option<Range<usize>>>,
}

/// Paragraphs of one to four verses (chosen by `seed`), each chapter's heading its own
/// paragraph.
fn lay_out(chapters: &[Chapter], texts: &[String], added: &[Option<String>], seed: u64) -> Laid {
    let mut rng = Seeded::new(seed);
    let mut out = Laid {
        text: String::new(),
        verses: Vec::new(),
        added: Vec::new(),
    };
    let mut v = 0;
    for chapter in chapters {
        out.text.push_str(&chapter.heading);
        out.text.push_str("\n\n");
        let end = v + chapter.verses.len();
        while v < end {
            let size = 1 + rng.below(4);
            let mut wrote = false;
            for k in v..(v + size).min(end) {
                let at = out.text.len();
                if !texts[k].is_empty() {
                    if wrote {
                        out.text.push(' ');
                    }
                    let at = out.text.len();
                    out.text.push_str(&texts[k]);
                    out.verses.push(at..out.text.len());
                    wrote = true;
                } else {
                    out.verses.push(at..at);
                }
                out.added.push(added[k].as_ref().map(|extra| {
                    out.text.push(' ');
                    let at = out.text.len();
                    out.text.push_str(extra);
                    at..out.text.len()
                }));
            }
            if wrote {
                out.text.push_str("\n\n");
            }
            v = (v + size).min(end);
        }
    }
    out
}

/// What one kind of error came to.
#[derive(Debug, Default, Clone)]
pub(crate) struct Outcome {
    /// Errors put in.
    pub(crate) errors: usize,
    /// Of those, found.
    pub(crate) found: usize,
    /// Findings (medium and high) the errors brought: not there in the clean pair.
    pub(crate) new_findings: usize,
    /// Of those, at no error's verse.
    pub(crate) false_alarms: usize,
    /// The errors missed, for reading.
    pub(crate) missed: Vec<String>,
    /// The two texts compared (the source, the translation with the errors), for reading.
    pub(crate) texts: (String, String),
    /// The false alarms, for reading.
    pub(crate) alarms: Vec<String>,
}

/// The verses (by index) a byte range of a side touches.
fn touched(verses: &[Range<usize>], range: &Range<usize>) -> Vec<usize> {
    verses
        .iter()
        .enumerate()
        .filter(|(_, v)| {
            !v.is_empty() && v.start < range.end.max(range.start + 1) && range.start < v.end
        })
        .map(|(k, _)| k)
        .collect()
}

/// Every row's verses on each side (an added sentence counts as its verse's).
fn row_verses(cmp: &Comparison, old: &Laid, new: &Laid) -> Vec<(Vec<usize>, Vec<usize>)> {
    cmp.rows
        .iter()
        .map(|row| {
            let a = cmp.text_range(row, Side::Old);
            let b = cmp.text_range(row, Side::New);
            let mut nb = touched(&new.verses, &b);
            for (k, extra) in new.added.iter().enumerate() {
                if let Some(r) = extra
                    && r.start < b.end
                    && b.start < r.end
                {
                    nb.push(k);
                }
            }
            (
                if a.is_empty() {
                    Vec::new()
                } else {
                    touched(&old.verses, &a)
                },
                if b.is_empty() { Vec::new() } else { nb },
            )
        })
        .collect()
}

fn shown(severity: Severity) -> bool {
    severity >= Severity::Medium
}

fn compare(old: &Laid, new: &Laid, knowledge: &Knowledge) -> Comparison {
    let doc = |name: &str, text: &str| Arc::new(Document::from_text(name, text.to_string()));
    driftview::compare(
        doc("source.txt", &old.text),
        doc("translation.txt", &new.text),
        DiffOptions::default(),
        knowledge,
    )
}

/// How much of each side of a missed error's row the verbose listing shows, in characters.
const MISSED_CHARS: usize = 240;

/// The clean pair's findings by verse: (side, verse, kind).
type Marks = HashSet<(bool, usize, FindingKind)>;

fn marks(cmp: &Comparison, rows: &[(Vec<usize>, Vec<usize>)]) -> Marks {
    let mut out = Marks::new();
    for f in cmp.findings.iter().filter(|f| shown(f.severity)) {
        let (a, b) = &rows[f.row];
        out.extend(a.iter().map(|v| (true, *v, f.kind)));
        out.extend(b.iter().map(|v| (false, *v, f.kind)));
    }
    out
}

/// The benchmark on some chapters: the clean pair compared once, then each kind's errors put
/// in and compared.
pub(crate) struct Bench<'a> {
    chapters: &'a [Chapter],
    language: Language,
    knowledge: &'a Knowledge,
    seed: u64,
    clean: Marks,
    /// The source laid out, the same in every run.
    source: Laid,
    /// The clean pair's findings shown (medium and high), and its source words.
    pub(crate) clean_findings: usize,
    pub(crate) source_words: usize,
    /// The clean pair's findings shown: kind, message, and the row's two sides, for reading.
    pub(crate) clean_list: Vec<(FindingKind, String, String, String)>,
}

impl<'a> Bench<'a> {
    pub(crate) fn new(
        chapters: &'a [Chapter],
        language: Language,
        knowledge: &'a Knowledge,
        seed: u64,
    ) -> Bench<'a> {
        let sources: Vec<String> = chapters
            .iter()
            .flat_map(|c| c.verses.iter().map(|v| v.source.clone()))
            .collect();
        let targets: Vec<String> = chapters
            .iter()
            .flat_map(|c| c.verses.iter().map(|v| v.target.clone()))
            .collect();
        let none = vec![None; sources.len()];
        let old = lay_out(chapters, &sources, &none, seed);
        let new = lay_out(chapters, &targets, &none, seed.wrapping_add(1));
        let cmp = compare(&old, &new, knowledge);
        let rows = row_verses(&cmp, &old, &new);
        let source_words = sources.iter().map(|s| words(s).len()).sum();
        Bench {
            chapters,
            language,
            knowledge,
            seed,
            clean: marks(&cmp, &rows),
            clean_list: cmp
                .findings
                .iter()
                .filter(|f| shown(f.severity))
                .map(|f| {
                    let row = &cmp.rows[f.row];
                    let side = |s| cmp.text(row, s).to_string();
                    (f.kind, f.message.clone(), side(Side::Old), side(Side::New))
                })
                .collect(),
            clean_findings: cmp.findings.iter().filter(|f| shown(f.severity)).count(),
            source_words,
            source: old,
        }
    }

    /// Up to `count` errors of `kind` put in, and what the findings made of them.
    pub(crate) fn run(&self, kind: ErrorKind, count: usize) -> Outcome {
        let errors = inject(self.chapters, kind, self.language, count, self.seed);
        let old = &self.source;
        let new = lay_out(
            self.chapters,
            &errors.targets,
            &errors.added,
            self.seed.wrapping_add(1),
        );
        let cmp = compare(old, &new, self.knowledge);
        let rows = row_verses(&cmp, old, &new);
        let at_error: HashSet<usize> = errors.injected.iter().map(|e| e.verse).collect();
        let mut out = Outcome {
            errors: errors.injected.len(),
            texts: (old.text.clone(), new.text.clone()),
            ..Outcome::default()
        };
        // A row of no verse holds a chapter's heading ("Song of Solomon 1", which both
        // translations' files write in English): no error is put there, and its findings
        // (a heading "left untranslated") are the same in every run.
        let new_here = |f: &driftview::Finding| {
            let (a, b) = &rows[f.row];
            let any_verse = !a.is_empty() || !b.is_empty();
            shown(f.severity)
                && any_verse
                && !a.iter().any(|v| self.clean.contains(&(true, *v, f.kind)))
                && !b.iter().any(|v| self.clean.contains(&(false, *v, f.kind)))
        };
        for e in &errors.injected {
            let holds = |(a, b): &(Vec<usize>, Vec<usize>)| {
                if kind == ErrorKind::Addition {
                    b.contains(&e.verse)
                } else {
                    a.contains(&e.verse)
                }
            };
            let found = cmp
                .findings
                .iter()
                .any(|f| kind.reports(f) && holds(&rows[f.row]) && new_here(f));
            if found {
                out.found += 1;
            } else {
                // Where the verse stands: its row's verses on each side and its confidence,
                // for reading why nothing was said.
                let shape = rows.iter().position(holds).map_or(String::new(), |r| {
                    let confidence = cmp.rows[r]
                        .confidence
                        .map_or(String::new(), |c| format!(", confidence {c:.2}"));
                    // The row's two sides, cut short, for reading why nothing was said.
                    let side = |s| {
                        let t = cmp.text(&cmp.rows[r], s).replace('\n', " ");
                        match t.char_indices().nth(MISSED_CHARS) {
                            Some((at, _)) => format!("{}…", &t[..at]),
                            None => t,
                        }
                    };
                    format!(
                        " [row {r}: {}:{} verses{confidence}]\n        < {}\n        > {}",
                        rows[r].0.len(),
                        rows[r].1.len(),
                        side(Side::Old),
                        side(Side::New)
                    )
                });
                out.missed
                    .push(format!("verse {}: {}{shape}", e.verse, e.what));
            }
        }
        for f in cmp.findings.iter().filter(|f| new_here(f)) {
            out.new_findings += 1;
            let (a, b) = &rows[f.row];
            if !a.iter().chain(b).any(|v| at_error.contains(v)) {
                out.false_alarms += 1;
                out.alarms
                    .push(format!("{}: {}", f.kind.label(), f.message));
            }
        }
        out
    }
}
