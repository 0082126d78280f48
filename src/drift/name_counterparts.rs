//! Names a version writes its own way throughout: learned from the whole comparison, after
//! every row is checked, so that a name rendered consistently ("Moses" as "Moisés", the KJV's
//! "LORD" as the WEB's "Yahweh") stops being a finding while a name that goes missing or
//! comes in where the version's own counterpart is absent becomes one.
//!
//! The rows' raw name findings (every name of one side the other side's row lacks) are the
//! evidence: a name lost and a name gained in the same rows again and again are counterparts
//! (by the Dice coefficient of the rows they are found in, as word aligners pair words);
//! a name lost or gained in most of the rows that write it is the version's habit; a name
//! respelled a little in its row ("Josué" for "Joshua", "Cam" for "Ham") is itself.

use rustc_hash::FxHashMap;

use super::habits::Habits;
use super::messages::name_finding;
use super::name_renderings;
use super::names::{self, Name};
use super::readings::one_edit_apart;
use crate::comparison::{Comparison, Finding, FindingKind, Row, RowKind};
use crate::side::{Pair, Side};

/// Rows two names must be found in together to be counterparts…
const PAIRED_ROWS: usize = 2;
/// …and the share of their rows those must be (Dice: twice the rows together over the rows
/// of each).
const PAIRED_DICE: f64 = 0.4;
/// A name with a counterpart has others where paired at this Dice or more: the King James's
/// "LORD God" (497 rows) is paired best with "Señor Jehová" (its "Lord GOD", one name as
/// names are compared: 242 rows together, Dice 0.65) and second with "Jehová Dios" (122
/// rows, 0.36); the next, "Jehová", at 0.08. Half the pairing's own floor, chosen on that
/// name; only for a name sharing a word with the best.
const OTHER_RENDERING_DICE: f64 = PAIRED_DICE / 2.0;
/// A name lost (or gained) in rows as many as this share of the times its document writes it,
/// or more (a row may write it twice or three times)…
const HABIT_SHARE: f64 = 0.3;
/// …and in at least this many rows, is how the version writes, not a change.
const HABIT_ROWS: usize = 3;

/// One row's raw name finding: where it stands in the findings, its row, the names of each
/// side the other lacks.
struct RawNames {
    at: usize,
    row: usize,
    lost: Vec<Name>,
    gained: Vec<Name>,
}

/// A name's words as one key ("white house").
fn key(name: &Name) -> String {
    name.words.join(" ")
}

/// The names a finding's spans point at in its side's text, each once.
fn named(text: &str, spans: &[std::ops::Range<usize>]) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    for span in spans {
        let Some(piece) = text.get(span.clone()) else {
            continue;
        };
        let name = names::at(piece, span.clone());
        if !out.iter().any(|n| n.words == name.words) {
            out.push(name);
        }
    }
    out
}

/// Whether a name lost and one gained in the same row are one: respelled a little
/// ([`alike`]: "Josué" / "Joshua", "Cam" / "Ham"), or apart only in their vowels and a
/// closing "s" ([`vowels_and_plural_apart`]). Each spelling is made once.
fn one_in_a_row(a: &Name, b: &Name) -> bool {
    let (x, y) = (Spelling::of(&key(a)), Spelling::of(&key(b)));
    alike(&x, &y) || vowels_and_plural_apart(&x, &y)
}

/// A name's spelling as respellings are compared: its skeleton (accents and "h" off, "k" and
/// "q" as "c", "y" as "i") and how many letters it has as written.
struct Spelling {
    skeleton: String,
    letters: usize,
}

impl Spelling {
    fn of(keyed: &str) -> Spelling {
        Spelling {
            skeleton: crate::align::fold(keyed)
                .chars()
                .filter(|c| *c != 'h')
                .map(|c| match c {
                    'k' | 'q' => 'c',
                    // "Egypt" / "Egipto", "Syria" / "Siria", "Cyrus" / "Ciro".
                    'y' => 'i',
                    _ => c,
                })
                .collect(),
            letters: keyed.chars().count(),
        }
    }
}

/// Whether two spellings are one name: the same skeleton, or (names of three letters or
/// more, as written) one letter apart; or a people and its ancestor or land, each named
/// from the same stem ("Kohathites" / "Coath", "Canaanites" / "Cananeo", "Gadites" /
/// "Gaditas").
fn alike(x: &Spelling, y: &Spelling) -> bool {
    let near = |a: &str, b: &str| a == b || one_edit_apart(a, b);
    x.skeleton == y.skeleton
        || (x.letters.min(y.letters) >= 3 && one_edit_apart(&x.skeleton, &y.skeleton))
        || gentilic_stem(&x.skeleton).is_some_and(|a| {
            near(a, &y.skeleton) || gentilic_stem(&y.skeleton).is_some_and(|b| near(a, b))
        })
        || gentilic_stem(&y.skeleton).is_some_and(|b| near(&x.skeleton, b))
}

/// The endings that make a people of a name, English and Spanish, as skeletons (no "h"):
/// "-ites", "-ians", the King James's "-ims" ("Anakims"), "-itas", "-eos", the plural "-ios"
/// ("Asirios", "Egipcios"). Not "-io" or "-o": "Darío" is no people of "Dar".
const GENTILIC_ENDINGS: [&str; 10] = [
    "ites", "ite", "ians", "ian", "ims", "itas", "ita", "eos", "eo", "ios",
];

/// A skeleton less its people's ending, when what is left has three letters or more.
fn gentilic_stem(skeleton: &str) -> Option<&str> {
    GENTILIC_ENDINGS
        .iter()
        .find_map(|e| skeleton.strip_suffix(e))
        .filter(|stem| stem.chars().count() >= 3)
}

/// A spelling's consonants: its skeleton without vowels.
fn consonants(s: &Spelling) -> String {
    s.skeleton
        .chars()
        .filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'))
        .collect()
}

/// Whether two spellings differ in their vowels and one more letter at most, three
/// consonants or more: "Michael" / "Miguel", "Greeks" / "Griegos". Loose, so only for a name
/// whose best counterpart is already paired with the other (`pair_variants`).
fn vowels_apart(x: &Spelling, y: &Spelling) -> bool {
    let (a, b) = (consonants(x), consonants(y));
    a.chars().count().min(b.chars().count()) >= 3 && (a == b || one_edit_apart(&a, &b))
}

/// Whether two spellings differ in their vowels and a closing "s" only: the King James's
/// "Zechariah" is Reina-Valera's "Zacarías" (which pairs best with "Zacharias" in Luke, and
/// "Zechariah" with "Zachârías"). For two names in one row, one lost and one gained: strict
/// enough that "Hivites" and "Horites" stay two peoples.
fn vowels_and_plural_apart(x: &Spelling, y: &Spelling) -> bool {
    let (a, b) = (consonants(x), consonants(y));
    let (a, b) = (a.trim_end_matches('s'), b.trim_end_matches('s'));
    a.chars().count() >= 3 && a == b
}

/// Counts per name and per pair of names over the rows' raw findings.
#[derive(Default)]
struct Evidence {
    lost: FxHashMap<String, usize>,
    gained: FxHashMap<String, usize>,
    together: FxHashMap<(String, String), usize>,
}

impl Evidence {
    fn of(raw: &[RawNames]) -> Evidence {
        let mut e = Evidence::default();
        for r in raw {
            let lost: Vec<String> = r.lost.iter().map(key).collect();
            let gained: Vec<String> = r.gained.iter().map(key).collect();
            for l in &lost {
                *e.lost.entry(l.clone()).or_default() += 1;
            }
            for g in &gained {
                *e.gained.entry(g.clone()).or_default() += 1;
            }
            for l in &lost {
                for g in &gained {
                    *e.together.entry((l.clone(), g.clone())).or_default() += 1;
                }
            }
        }
        e
    }

    /// Each name's counterpart on the other side: the best paired by Dice, if any is paired
    /// well enough and it is the other's best too. Old names map to new ones in `.old`, new
    /// names to old ones in `.new`.
    fn counterparts(&self) -> Pair<FxHashMap<String, Vec<String>>> {
        let mut best: Pair<FxHashMap<String, (f64, String)>> = Pair::default();
        let mut paired: Vec<(&String, &String)> = Vec::new();
        for ((l, g), &n) in &self.together {
            if n < PAIRED_ROWS {
                continue;
            }
            let dice = 2.0 * n as f64 / (self.lost[l] + self.gained[g]) as f64;
            if dice >= OTHER_RENDERING_DICE {
                paired.push((l, g));
            }
            if dice < PAIRED_DICE {
                continue;
            }
            for (map, from, to) in [(&mut best.old, l, g), (&mut best.new, g, l)] {
                let slot = map.entry(from.clone()).or_insert((0.0, String::new()));
                // Ties go to the name first in order, so the result is the same every run.
                if dice > slot.0 || (dice == slot.0 && *to < slot.1) {
                    *slot = (dice, to.clone());
                }
            }
        }
        // Only names each other's best are counterparts (competitive linking, as word
        // aligners do): "Jehová" is found with "Moses" in many rows, but "Moses" is found
        // with "Moisés" in more.
        let mutual = |from: &FxHashMap<String, (f64, String)>,
                      back: &FxHashMap<String, (f64, String)>| {
            from.iter()
                .filter(|(k, (_, to))| back.get(to).is_some_and(|(_, b)| b == *k))
                .map(|(k, (_, to))| (k.clone(), vec![to.clone()]))
                .collect::<FxHashMap<String, Vec<String>>>()
        };
        let mut out = Pair::new(mutual(&best.old, &best.new), mutual(&best.new, &best.old));
        // A name spelled two ways on one side shares its counterpart (`pair_variants`).
        pair_variants(&best.old, &mut out.old, &mut out.new);
        pair_variants(&best.new, &mut out.new, &mut out.old);
        // A name with a counterpart may have others, paired less well (OTHER_RENDERING_DICE):
        // the King James's "LORD God" and "Lord GOD" are one name as names are compared, and
        // Reina-Valera writes the one "Jehová Dios" and the other "Señor Jehová".
        // In order, so a name's renderings are listed alike every run, whatever the map's.
        paired.sort();
        for (l, g) in paired {
            for (map, from, to) in [(&mut out.old, l, g), (&mut out.new, g, l)] {
                // Another rendering of one name shares a word with its best ("Jehová"): two
                // names often found together ("Moses" and "Aarón") share none.
                let shares_a_word =
                    |best: &String| best.split(' ').any(|w| to.split(' ').any(|v| v == w));
                if let Some(known) = map.get_mut(from)
                    && !known.contains(to)
                    && shares_a_word(&known[0])
                {
                    known.push(to.clone());
                }
            }
        }
        out
    }
}

/// A name spelled two ways on one side shares its counterpart: the King James writes
/// "Nebuchadnezzar" and, in Jeremiah and Ezekiel, "Nebuchadrezzar"; Reina-Valera writes
/// "Nabucodonosor" for both, whose best is the first. A name with no counterpart yet whose
/// best (`best_of`, this side's) is paired with a respelling of it is paired with that best as
/// well: added to `from` (this side's counterparts) and to the best's list in `back`.
fn pair_variants(
    best_of: &FxHashMap<String, (f64, String)>,
    from: &mut FxHashMap<String, Vec<String>>,
    back: &mut FxHashMap<String, Vec<String>>,
) {
    let mut variants: Vec<(&String, &String)> = best_of
        .iter()
        .filter(|(name, _)| !from.contains_key(*name))
        .filter(|(name, (_, to))| {
            back.get(to).is_some_and(|known| {
                known.iter().any(|k| {
                    let (a, b) = (Spelling::of(name), Spelling::of(k));
                    alike(&a, &b) || vowels_apart(&a, &b)
                })
            })
        })
        .map(|(name, (_, to))| (name, to))
        .collect();
    // In order, so a name's renderings are listed alike every run, whatever the map's.
    variants.sort();
    for (name, to) in variants {
        from.insert(name.clone(), vec![to.clone()]);
        if let Some(known) = back.get_mut(to) {
            known.push(name.clone());
        }
    }
}

/// The name findings of `findings` settled against the whole comparison: names excused as
/// the version's way of writing them dropped, findings left with no name removed.
pub(super) fn settle(
    findings: &mut Vec<Finding>,
    (cmp, rows): (&Comparison, &[Row]),
    habits: &Pair<Habits>,
) {
    let raw: Vec<RawNames> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FindingKind::Name)
        .filter(|(_, f)| rows[f.row].kind != RowKind::Moved)
        .map(|(at, f)| {
            let row = &rows[f.row];
            RawNames {
                at,
                row: f.row,
                lost: named(cmp.text(row, Side::Old), &f.left_spans),
                gained: named(cmp.text(row, Side::New), &f.right_spans),
            }
        })
        .collect();
    if raw.is_empty() {
        return;
    }
    let evidence = Evidence::of(&raw);
    let counterparts = evidence.counterparts();
    // Each raw row's two sides, read once (lazily) for learning renderings and judging.
    let sides: Vec<Pair<RowSide>> = raw
        .iter()
        .map(|r| {
            let row = &rows[r.row];
            Pair::new(
                RowSide::of(cmp.text(row, Side::Old)),
                RowSide::of(cmp.text(row, Side::New)),
            )
        })
        .collect();
    let renderings = if cmp.across {
        let (old, new) = (
            Missing::of(&raw, &sides, Side::Old),
            Missing::of(&raw, &sides, Side::New),
        );
        name_renderings::learn_both(Pair::new(&old, &new), &counterparts)
    } else {
        Pair::default()
    };
    let judge = Judge {
        cmp,
        habits,
        counterparts: &counterparts,
        renderings: &renderings,
        evidence: &evidence,
    };
    let mut gone = Vec::new();
    for (r, texts) in raw.iter().zip(&sides) {
        let lost = judge.kept(Side::Old, &r.lost, &r.gained, &texts.new);
        let gained = judge.kept(Side::New, &r.gained, &r.lost, &texts.old);
        if lost.len() == r.lost.len() && gained.len() == r.gained.len() {
            continue;
        }
        match name_finding(r.row, lost, gained) {
            Some(f) => findings[r.at] = f,
            None => gone.push(r.at),
        }
    }
    super::remove_findings(findings, &gone);
}

/// One side's rows with names missing, for learning how the other version renders them
/// (`name_renderings`): each row's names keyed, and its two sides as the judge reads them.
struct Missing<'a, 't> {
    side: Side,
    names: Vec<Vec<String>>,
    sides: Vec<&'a Pair<RowSide<'t>>>,
}

impl<'a, 't> Missing<'a, 't> {
    fn of(raw: &[RawNames], sides: &'a [Pair<RowSide<'t>>], side: Side) -> Missing<'a, 't> {
        let mut out = Missing {
            side,
            names: Vec::new(),
            sides: Vec::new(),
        };
        for (r, texts) in raw.iter().zip(sides) {
            let names = match side {
                Side::Old => &r.lost,
                Side::New => &r.gained,
            };
            if !names.is_empty() {
                out.names.push(names.iter().map(key).collect());
                out.sides.push(texts);
            }
        }
        out
    }

    fn own(&self, k: usize) -> &RowSide<'t> {
        self.sides[k].get(self.side)
    }

    fn other(&self, k: usize) -> &RowSide<'t> {
        self.sides[k].get(self.side.other())
    }
}

impl name_renderings::MissingRows for Missing<'_, '_> {
    fn len(&self) -> usize {
        self.names.len()
    }
    fn names(&self, k: usize) -> &[String] {
        &self.names[k]
    }
    fn other_words(&self, k: usize) -> &[String] {
        self.other(k).keys()
    }
    fn written(&self, k: usize, c: &str) -> bool {
        self.other(k).writes(c) || self.other(k).writes_apart(c)
    }
    fn written_here(&self, k: usize, w: &str) -> bool {
        self.own(k).writes(w) || self.own(k).respells(&names::at(w, 0..w.len()))
    }
    fn same(&self, name: &str, w: &str) -> bool {
        one_in_a_row(&names::at(name, 0..name.len()), &names::at(w, 0..w.len()))
    }
}

/// What decides whether a row's missing name stands.
struct Judge<'a> {
    cmp: &'a Comparison,
    habits: &'a Pair<Habits>,
    counterparts: &'a Pair<FxHashMap<String, Vec<String>>>,
    /// Across languages, the word the other version renders a name by that is no name
    /// (`name_renderings`): a name is there where its row writes it.
    renderings: &'a Pair<FxHashMap<String, String>>,
    evidence: &'a Evidence,
}

impl Judge<'_> {
    /// Of the names of side `side` missing from the other side's row (`other` its text,
    /// `opposite` the other side's missing names), those that stand.
    fn kept(&self, side: Side, missing: &[Name], opposite: &[Name], other: &RowSide) -> Vec<Name> {
        let own_habits = self.habits.get(side);
        let other_habits = self.habits.get(side.other());
        let rows = match side {
            Side::Old => &self.evidence.lost,
            Side::New => &self.evidence.gained,
        };
        if missing.is_empty() {
            return Vec::new();
        }
        missing
            .iter()
            .filter(|name| {
                // Across languages, a one-word name may be a common word one language
                // capitalises: the other document writes it in lower case (German nouns:
                // "Option", "Status" against "option", "status"), or it is German, which
                // capitalises every noun, and the other document never capitalises it
                // ("Gegenstück", "Anzahl"; "Moses" is a name).
                if self.cmp.across
                    && let [word] = &name.words[..]
                {
                    let german =
                        self.cmp.docs.get(side).language == Some(crate::text::Language::GERMAN);
                    if other_habits.lowercase.contains(word)
                        || (german && !other_habits.capitalised.contains_key(word))
                    {
                        return false;
                    }
                }
                let k = key(name);
                // The version's own counterpart decides where it is known; else its habit;
                // else, across languages, whether the other document capitalises it at all.
                let stands = if let Some(cs) = self.counterparts.get(side).get(&k) {
                    !cs.iter().any(|c| other.writes(c) || other.writes_apart(c))
                } else {
                    let written = name
                        .words
                        .iter()
                        .map(|w| own_habits.capitalised.get(w).copied().unwrap_or(0))
                        .min()
                        .unwrap_or(0);
                    let missing_rows = rows.get(&k).copied().unwrap_or(0);
                    let habit = missing_rows >= HABIT_ROWS
                        && missing_rows as f64 >= HABIT_SHARE * written as f64;
                    // Across languages a name the other document never capitalises is taken
                    // as translated ("Joseph" against "José", "United States" against
                    // "Estados Unidos").
                    !habit
                        && (!self.cmp.across
                            || name
                                .words
                                .iter()
                                .all(|w| other_habits.capitalised.contains_key(w)))
                };
                // A name the other side writes respelled a little is there, whatever the
                // rest says ("Zara" for "Zerah", though "Zerah" is "Zera" elsewhere): looked
                // at last, as it costs most.
                let rendered = || {
                    self.renderings
                        .get(side)
                        .get(&k)
                        .is_some_and(|w| other.writes(w))
                };
                stands
                    && !rendered()
                    && !opposite.iter().any(|o| one_in_a_row(name, o))
                    && !other.respells(name)
            })
            .cloned()
            .collect()
    }
}

/// One side of a row, as names are looked for there (mostly the side a name is missing
/// from): its words keyed as names are compared, and (when asked for) its capitalised words'
/// spellings. Made once per row and side, each part only when a name needs it: tokenizing it
/// once per name cost the whole-Bible report a tenth of its time.
struct RowSide<'t> {
    text: &'t str,
    keys: std::cell::OnceCell<Vec<String>>,
    spellings: std::cell::OnceCell<Vec<Spelling>>,
}

impl<'t> RowSide<'t> {
    fn of(text: &'t str) -> RowSide<'t> {
        RowSide {
            text,
            keys: std::cell::OnceCell::new(),
            spellings: std::cell::OnceCell::new(),
        }
    }

    /// Whether it writes the name keyed `name` (its words in order; an English plural or
    /// singular too: "the Hittites" renders a people "Ephron the Hittite" belongs to).
    fn writes(&self, name: &str) -> bool {
        let keys = self.keys();
        let wanted: Vec<&str> = name.split(' ').collect();
        keys.windows(wanted.len().max(1)).any(|w| {
            w.iter().zip(&wanted).all(|(a, b)| {
                a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a.as_str())
            })
        })
    }

    /// Its words keyed as names are compared, in order.
    fn keys(&self) -> &[String] {
        self.keys.get_or_init(|| {
            crate::text::tokens::Text::new(self.text)
                .words()
                .map(|w| names::key(w).into_owned())
                .collect()
        })
    }

    /// Whether it writes each word of a name of several words keyed `name`, apart: the King
    /// James's "LORD God" is Reina-Valera's "Jehová Dios", written "Jehová el Dios de Sem"
    /// where the King James writes "the LORD God of Shem".
    fn writes_apart(&self, name: &str) -> bool {
        name.contains(' ') && name.split(' ').all(|w| self.writes(w))
    }

    /// Whether it writes each word of `name` respelled a little, capitalised ("Cora" for
    /// "Korah" where a colon opened the sentence and "Cora" was read as no name).
    fn respells(&self, name: &Name) -> bool {
        let spellings = self.spellings.get_or_init(|| {
            crate::text::tokens::Text::new(self.text)
                .words()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| Spelling::of(&names::key(w)))
                .collect()
        });
        name.words.iter().all(|w| {
            let one = Spelling::of(w);
            spellings.iter().any(|v| alike(&one, v))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Name {
        names::at(text, 0..text.len())
    }

    /// Whether two names are one respelled: accents and "h" off, then one letter apart.
    fn respelled(a: &Name, b: &Name) -> bool {
        alike(&Spelling::of(&key(a)), &Spelling::of(&key(b)))
    }

    #[test]
    fn names_respelled_a_little_are_one() {
        assert!(respelled(&name("Josué"), &name("Joshua")));
        assert!(respelled(&name("Moisés"), &name("Moses")));
        assert!(respelled(&name("Cam"), &name("Ham")));
        assert!(respelled(&name("Jerusalén"), &name("Jerusalem")));
        assert!(respelled(&name("Egipto"), &name("Egypt")));
        assert!(respelled(&name("Siria"), &name("Syria")));
        assert!(!respelled(&name("Amalec"), &name("Moses")));
        assert!(!respelled(&name("Dan"), &name("Gad")));
    }

    #[test]
    fn a_people_and_the_name_it_is_made_from_are_one() {
        for (a, b) in [
            ("Kohathites", "Coath"),
            ("Gershonites", "Gersón"),
            ("Reubenites", "Rubén"),
            ("Midianites", "Madián"),
            ("Canaanites", "Cananeo"),
            ("Gadites", "Gaditas"),
            ("Anakims", "Anac"),
            ("Assyrians", "Asirios"),
            ("Egipcios", "Egypt"),
        ] {
            assert!(respelled(&name(a), &name(b)), "{a} / {b}");
            assert!(respelled(&name(b), &name(a)), "{b} / {a}");
        }
        // Other names stay apart, and a short stem is no stem.
        assert!(!respelled(&name("Darío"), &name("Dara")));
        assert!(!respelled(&name("Hittites"), &name("Gaditas")));
        assert!(!respelled(&name("Mateo"), &name("Matías")));
    }

    #[test]
    fn a_name_rendered_two_ways_has_both_counterparts_and_its_companions_none() {
        let row = |lost: &[&str], gained: &[&str]| RawNames {
            at: 0,
            row: 0,
            lost: lost.iter().map(|n| name(n)).collect(),
            gained: gained.iter().map(|n| name(n)).collect(),
        };
        // "LORD God" (and "Lord GOD", one key) is "Señor Jehová" in 6 rows, "Jehová Dios" in
        // 3 of 10 more; "Moses" is lost beside "Aarón" in 4 of those, "Moisés" elsewhere.
        let mut raw = Vec::new();
        for _ in 0..6 {
            raw.push(row(&["LORD God"], &["Señor Jehová"]));
        }
        for k in 0..10 {
            let gained: &[&str] = match k {
                0..3 => &["Jehová Dios", "Aarón"],
                3..4 => &["Aarón"],
                _ => &[],
            };
            raw.push(row(&["LORD God", "Moses"], gained));
        }
        for _ in 0..12 {
            raw.push(row(&["Moses"], &["Moisés"]));
        }
        let c = Evidence::of(&raw).counterparts();
        assert_eq!(c.old["lord god"], ["señor jehová", "jehová dios"]);
        assert_eq!(c.old["moses"], ["moisés"]);
    }

    #[test]
    fn a_name_spelled_two_ways_shares_its_counterpart() {
        let row = |lost: &str, gained: &str| RawNames {
            at: 0,
            row: 0,
            lost: vec![name(lost)],
            gained: vec![name(gained)],
        };
        // The King James's two spellings, Reina-Valera's one; and a name of no kin.
        let mut raw: Vec<RawNames> = (0..8)
            .map(|_| row("Nebuchadnezzar", "Nabucodonosor"))
            .collect();
        raw.extend((0..4).map(|_| row("Nebuchadrezzar", "Nabucodonosor")));
        raw.extend((0..3).map(|_| row("Babylon", "Nabucodonosor")));
        let c = Evidence::of(&raw).counterparts();
        assert_eq!(c.old["nebuchadnezzar"], ["nabucodonosor"]);
        assert_eq!(c.old["nebuchadrezzar"], ["nabucodonosor"]);
        assert_eq!(c.new["nabucodonosor"], ["nebuchadnezzar", "nebuchadrezzar"]);
        assert!(!c.old.contains_key("babylon"));
    }

    #[test]
    fn a_name_is_written_where_its_words_are() {
        assert!(RowSide::of("y dijo Moisés á Aarón").writes("moisés"));
        assert!(RowSide::of("Ephron the Hittite").writes("hittites"));
        assert!(RowSide::of("the White House said").writes("white house"));
        assert!(!RowSide::of("the house was white").writes("white house x"));
        assert!(RowSide::of("los hijos de Judá: Er, y Zara").respells(&name("Zerah")));
    }

    #[test]
    fn a_name_of_several_words_is_written_where_they_stand_apart() {
        let row = RowSide::of("Bendito Jehová el Dios de Sem");
        assert!(!row.writes("jehová dios"));
        assert!(row.writes_apart("jehová dios"));
        assert!(!row.writes_apart("señor jehová"));
        // One word is written or not: "apart" is only for names of several.
        assert!(!RowSide::of("Bendito Jehová").writes_apart("dios"));
    }

    #[test]
    fn names_apart_in_their_vowels_are_one_where_evidence_pairs_them() {
        let spelled =
            |a: &str, b: &str| (Spelling::of(&key(&name(a))), Spelling::of(&key(&name(b))));
        let (a, b) = spelled("Michael", "Miguel");
        assert!(vowels_apart(&a, &b) && !alike(&a, &b));
        let (a, b) = spelled("Greeks", "Griegos");
        assert!(vowels_apart(&a, &b));
        // In one row, only the vowels and a closing "s" may differ.
        let (a, b) = spelled("Zechariah", "Zacarías");
        assert!(vowels_and_plural_apart(&a, &b) && !alike(&a, &b));
        let (a, b) = spelled("Assyria", "Assur");
        assert!(vowels_and_plural_apart(&a, &b));
        let (a, b) = spelled("Hivites", "Horites");
        assert!(!vowels_and_plural_apart(&a, &b));
        let (a, b) = spelled("Michael", "Miguel");
        assert!(!vowels_and_plural_apart(&a, &b));
        let (a, b) = spelled("Eli", "Elia");
        assert!(!vowels_apart(&a, &b) && !vowels_and_plural_apart(&a, &b));
    }
}
