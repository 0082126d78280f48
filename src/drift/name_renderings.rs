//! Across languages, a name the translation writes as a word the name checks never see: the
//! King James's "Almighty" is Reina-Valera's "Todopoderoso" and, in Job, "Omnipotente" (which
//! it also writes once in lower case, so no row reads it as a name); the King James's
//! "Gentiles" are its "gentes". Pairing names (`name_counterparts`) finds the first; the
//! others stand as "only in the source" in every row that writes them.
//!
//! Learned from the rows where the name is still missing once its known counterparts are
//! looked for: a word the other side writes in most of those rows, and far more often there
//! than in the other rows with a name missing (a word of every verse, "de" or "the", is in
//! both alike), is how the version renders the name there.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::side::Pair;

/// A name is learned from when it is still missing in at least this many rows: fewer, and a
/// name swapped for another in one verse would teach its own excuse.
const MIN_ROWS: usize = 5;
/// The word stands in at least this share of those rows…
const MIN_SHARE: f64 = 0.75;
/// …and this many times as often as in the rows with any name of that side missing: a name's
/// neighbours ("Egipto" beside "Faraón") share its rows, but not most of them, and not at
/// this many times the rate of the book's other names' rows.
const MIN_LIFT: f64 = 20.0;

/// The rows with names of one side missing from the other, as the name checks read them
/// (`name_counterparts`, which keeps each row's sides tokenized once).
pub(super) trait MissingRows {
    /// How many rows.
    fn len(&self) -> usize;
    /// Row `k`'s missing names, keyed.
    fn names(&self, k: usize) -> &[String];
    /// Row `k`'s other side's words, keyed as names are compared.
    fn other_words(&self, k: usize) -> &[String];
    /// Whether row `k`'s other side writes the name keyed `c` (a known counterpart).
    fn written(&self, k: usize, c: &str) -> bool;
    /// Whether row `k`'s own side writes the word `w`, or a name respelled a little ("David"
    /// for "david", "Amminadab" for "aminadab").
    fn written_here(&self, k: usize, w: &str) -> bool;
    /// Whether two keys are one name respelled ("zechariah", "zacarías").
    fn same(&self, name: &str, w: &str) -> bool;
}

/// The rendering learned for each of one side's missing names (`rows`) that has one, by name
/// key; `known` are that side's counterparts.
pub(super) fn learn(
    rows: &impl MissingRows,
    known: &FxHashMap<String, Vec<String>>,
) -> FxHashMap<String, String> {
    let mut learned: FxHashMap<String, String> = FxHashMap::default();
    let mut still: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for k in 0..rows.len() {
        for name in rows.names(k) {
            let rendered = known
                .get(name)
                .is_some_and(|cs| cs.iter().any(|c| rows.written(k, c)));
            if !rendered {
                still.entry(name.as_str()).or_default().push(k);
            }
        }
    }
    still.retain(|_, at| at.len() >= MIN_ROWS);
    if still.is_empty() {
        return learned;
    }
    // Each row's words, each once, read only when some name has rows enough to learn from.
    let row_words: Vec<FxHashSet<&str>> = (0..rows.len())
        .map(|k| rows.other_words(k).iter().map(String::as_str).collect())
        .collect();
    let mut everywhere: FxHashMap<&str, usize> = FxHashMap::default();
    for w in row_words.iter().flatten() {
        *everywhere.entry(w).or_default() += 1;
    }
    let mut names: Vec<(&str, &Vec<usize>)> = still.iter().map(|(n, at)| (*n, at)).collect();
    names.sort_unstable();
    for (name, at) in names {
        let mut here: FxHashMap<&str, usize> = FxHashMap::default();
        for &k in at {
            for w in &row_words[k] {
                *here.entry(w).or_default() += 1;
            }
        }
        let share = |w: &str| here[w] as f64 / at.len() as f64;
        let lift = |w: &str| share(w) / (everywhere[w] as f64 / rows.len() as f64);
        // A word the name's own side writes too, in those rows, is a neighbour's rendering,
        // not this name's: "David" beside "Jesse" ("David the son of Jesse"), "Aminadab"
        // beside "Nahshon"; so is a word known as another name's counterpart ("Zorobabel",
        // "Zerubbabel"'s, beside "Shealtiel"). The name respelled is the name's own.
        let neighbours = |w: &str| {
            if rows.same(name, w) {
                return false;
            }
            let beside = at.iter().filter(|&&k| rows.written_here(k, w)).count();
            2 * beside >= at.len()
                || known
                    .iter()
                    .any(|(other, cs)| other != name && cs.iter().any(|c| c == w))
        };
        let mut candidates: Vec<&str> = here
            .keys()
            .copied()
            .filter(|w| share(w) >= MIN_SHARE && lift(w) >= MIN_LIFT)
            .collect();
        // Most rows first, then in order, so the result is the same every run.
        candidates.sort_unstable_by(|a, b| here[b].cmp(&here[a]).then_with(|| a.cmp(b)));
        if let Some(w) = candidates.into_iter().find(|w| !neighbours(w)) {
            learned.insert(name.to_string(), w.to_string());
        }
    }
    learned
}

/// Both sides' renderings learned (`rows`: each side's rows with its names missing; `known`:
/// each side's counterparts).
pub(super) fn learn_both(
    rows: Pair<&impl MissingRows>,
    known: &Pair<FxHashMap<String, Vec<String>>>,
) -> Pair<FxHashMap<String, String>> {
    Pair::new(learn(rows.old, &known.old), learn(rows.new, &known.new))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows as plain strings: a word is written where it stands, as itself.
    struct Plain {
        rows: Vec<(Vec<String>, Vec<String>, Vec<String>)>,
    }

    fn keyed(text: &str) -> Vec<String> {
        crate::text::tokens::Text::new(text)
            .words()
            .map(|w| super::super::names::key(w).into_owned())
            .collect()
    }

    impl Plain {
        fn new() -> Plain {
            Plain { rows: Vec::new() }
        }

        fn add(&mut self, name: &str, own: &str, other: &str) {
            self.rows
                .push((vec![name.to_string()], keyed(own), keyed(other)));
        }
    }

    impl MissingRows for Plain {
        fn len(&self) -> usize {
            self.rows.len()
        }
        fn names(&self, k: usize) -> &[String] {
            &self.rows[k].0
        }
        fn other_words(&self, k: usize) -> &[String] {
            &self.rows[k].2
        }
        fn written(&self, k: usize, c: &str) -> bool {
            self.rows[k].2.iter().any(|w| w == c)
        }
        fn written_here(&self, k: usize, w: &str) -> bool {
            self.rows[k].1.iter().any(|o| o == w)
        }
        fn same(&self, name: &str, w: &str) -> bool {
            name == w
        }
    }

    /// Rows of other names, whose words are in every row ("el", "de", "la").
    fn background(rows: &mut Plain) {
        for k in 0..200 {
            let name = if k % 2 == 0 { "pharaoh" } else { "moab" };
            rows.add(
                name,
                "the house of the king",
                "el hijo del rey de la casa de Dios",
            );
        }
    }

    #[test]
    fn a_name_rendered_as_a_word_no_name_check_sees_is_learned() {
        let mut rows = Plain::new();
        // "Almighty" rendered "Todopoderoso" (known) in two rows, "Omnipotente" in six.
        for _ in 0..2 {
            rows.add("almighty", "the Almighty said", "el Todopoderoso lo dijo");
        }
        for other in [
            "la inspiración del Omnipotente me dió vida",
            "¿Tiene su contentamiento el Omnipotente en que tú seas justificado?",
            "Vive Dios, y el Omnipotente, que amargó el alma mía",
            "el que vió la visión del Omnipotente",
            "¿Contenderá con el Omnipotente el que reprende a Dios?",
            "Si te volvieres al Omnipotente, serás edificado",
        ] {
            rows.add("almighty", "the Almighty", other);
        }
        background(&mut rows);
        let mut known: FxHashMap<String, Vec<String>> = FxHashMap::default();
        known.insert("almighty".into(), vec!["todopoderoso".into()]);
        let learned = learn(&rows, &known);
        assert_eq!(learned["almighty"], "omnipotente");
        // Words of every row ("el", "de", "la") are no rendering of "pharaoh" or "moab".
        assert_eq!(learned.len(), 1);
    }

    #[test]
    fn a_name_missing_in_a_few_rows_teaches_nothing() {
        let mut rows = Plain::new();
        for _ in 0..4 {
            rows.add("gentiles", "the Gentiles", "las gentes");
        }
        background(&mut rows);
        assert!(learn(&rows, &FxHashMap::default()).is_empty());
        rows.add("gentiles", "the Gentiles", "las gentes");
        assert_eq!(learn(&rows, &FxHashMap::default())["gentiles"], "gentes");
    }

    #[test]
    fn a_neighbour_s_name_is_no_rendering() {
        // "Jesse" is missing in rows that all say "David the son of Jesse": the translation's
        // "David" is David's, which the source writes too.
        let mut rows = Plain::new();
        for k in 0..6 {
            let other = if k % 2 == 0 {
                "David hijo de Isaí"
            } else {
                "a David, hijo de Isaí"
            };
            rows.add("jesse", "David the son of Jesse", other);
        }
        background(&mut rows);
        assert_eq!(learn(&rows, &FxHashMap::default())["jesse"], "isaí");
        // Known as another name's counterpart: no rendering either.
        let mut known = FxHashMap::default();
        known.insert("ishai".to_string(), vec!["isaí".to_string()]);
        assert!(!learn(&rows, &known).contains_key("jesse"));
    }
}
