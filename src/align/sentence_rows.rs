//! Sentences aligned through their clauses: the aligner pairs clauses (finer units than
//! sentences), and a row is the smallest set of whole sentences on each side that the clause
//! pairs connect, whatever m-n size that is. Rows that would grow past a bound are aligned
//! again sentence by sentence, so one row cannot swallow a chapter.

use std::ops::Range;

use super::anchored::align;
use super::cross::{CrossSide, align_across, row_gain};
use super::features::Features;
use super::gaps::group_gain;
use super::group::{Group, SideInput};
use super::length::{length_cost, length_ratio};
use super::recut::recut;
use super::similarity::similarity;

/// A row holds at most this many sentences on a side unless aligning its sentences whole
/// cannot do better: a chain of clause pairs longer than this is read sentence by sentence.
pub(crate) const MAX_ROW_SENTENCES: usize = 6;
/// …except facing one sentence: a sentence that the other text writes as many (the King James
/// runs a blessing of eight sentences into one with colons; Reina-Valera writes the 37
/// families of Ezra 2 as one sentence cut by semicolons, where the King James gives each its
/// own) can hold them all, up to this many. At 12, Ezra 2 and Nehemiah 7 stood as 86 sentences
/// "dropped" beside one "added"; at 64 the whole Bible, KJV against RV1909, has 3 rows of more
/// than 12 (BENCHMARKS.md, session 27).
const MAX_FACING_ONE: usize = 64;

/// Whether a row of `olds` and `news` sentences is within the bounds above.
fn within_bounds(olds: usize, news: usize) -> bool {
    let (small, large) = (olds.min(news), olds.max(news));
    large <= MAX_ROW_SENTENCES || (small == 1 && large <= MAX_FACING_ONE)
}
/// What a nat of length evidence (`length::length_cost`) is worth against the grid's
/// similarity gains when a lone sentence may join a row: a row short by a lone sentence's
/// length (one to two nats) outweighs a merge's cost and a small loss of word overlap. Tried
/// on KJV/WEB and the license pairs: 0.05 leaves three Genesis sentences alone, 0.08 to 0.2
/// give the same rows there, 0.1 the fewest false drops and additions on the licenses.
const LENGTH_WEIGHT: f32 = 0.1;
/// An edge sentence leaves its row for a lone neighbour only if they share at least this much.
const MIN_EDGE_PAIR: f32 = 0.15;

/// One side's alignment units (a sentence's clauses, in order) and where each sentence's units
/// begin.
pub(super) struct UnitSide<'a> {
    /// Each unit's features and key.
    pub units: SideInput<'a>,
    /// The first unit of each sentence, in order, and the number of units at the end: sentence
    /// `s` is units `starts[s]..starts[s + 1]`.
    pub starts: &'a [usize],
    /// Each unit's length in characters.
    pub chars: &'a [u32],
}

impl UnitSide<'_> {
    fn sentences(&self) -> usize {
        self.starts.len() - 1
    }

    /// The sentence unit `u` belongs to.
    fn sentence_of(&self, u: usize) -> usize {
        self.starts.partition_point(|&s| s <= u) - 1
    }

    /// The sentences a run of units touches, `None` for no units.
    fn sentences_of(&self, units: &Range<usize>) -> Option<Range<usize>> {
        (!units.is_empty())
            .then(|| self.sentence_of(units.start)..self.sentence_of(units.end - 1) + 1)
    }

    fn units_of(&self, sentences: &Range<usize>) -> Range<usize> {
        self.starts[sentences.start]..self.starts[sentences.end]
    }

    /// The features of a run of sentences read as one text.
    fn joined(&self, sentences: &Range<usize>) -> Features {
        Features::joined(&self.units.features[self.units_of(sentences)])
    }

    /// The length in characters of a run of sentences (their units' lengths summed).
    fn chars_of(&self, sentences: &Range<usize>) -> usize {
        self.chars[self.units_of(sentences)]
            .iter()
            .map(|&c| c as usize)
            .sum()
    }

    /// A sentence's identity: its units' keys folded, equal for sentences with equal units.
    fn sentence_key(&self, s: usize) -> u64 {
        self.units.keys[self.units_of(&(s..s + 1))]
            .iter()
            .fold(0u64, |key, &k| key.rotate_left(7) ^ k)
    }
}

/// A row being built: the sentences on each side (`None` while a side has none) and the unit
/// groups that formed it.
struct Building {
    old: Option<Range<usize>>,
    new: Option<Range<usize>>,
    groups: Range<usize>,
}

/// Aligns two documents' sentences through their units; groups come in document order on both
/// sides, are made of whole sentences and cover every sentence exactly once.
pub(super) fn align_sentences(old: &UnitSide, new: &UnitSide) -> Vec<Group> {
    let unit_groups = align(&old.units, &new.units);
    let out = sentence_rows(
        &unit_groups,
        old,
        new,
        |o, n, groups| row_similarity(old, new, o, n, groups),
        |o, n| realign_whole(old, new, o, n).collect(),
    );
    // Twice: a lone sentence's neighbour may be a lone sentence the first pass joins to the
    // row beyond it (a verse one text writes as eight sentences and the other as one).
    let out = absorb_strays(old, new, out);
    let out = absorb_strays(old, new, out);
    split_toward_strays(old, new, out)
}

/// [`align_sentences`] for two documents in different languages: the units are aligned by
/// their lengths and marks (`cross`), `old_cross` and `new_cross` describing the same units as
/// `old` and `new`. The word-based repairs of the same-language path are left out: across
/// languages no two sentences share words. Returns the rows, the unit groups that formed them
/// and the model over whole sentences that judged their lone sentences (it judges the rows'
/// confidence too); `guide`, an earlier call's unit groups, narrows the search to cells near
/// its path.
pub(crate) fn align_sentences_across(
    old: &UnitSide,
    new: &UnitSide,
    old_cross: &CrossSide,
    new_cross: &CrossSide,
    guide: Option<&[Group]>,
) -> (Vec<Group>, Vec<Group>, SentenceModel) {
    let model = SentenceModel::of(old, new, [old_cross, new_cross]);
    let ratio = model.ratio;
    let unit_groups = align_across(old_cross, new_cross, ratio, guide);
    // Across languages the word similarity of a row says nothing (it was computed, and near
    // 0, before): a row is alike only when all its units are identical (an anchored heading).
    let alike = |_: &Range<usize>, _: &Range<usize>, groups: &[Group]| {
        let identical = !groups.is_empty() && groups.iter().all(|g| g.similarity == 1.0);
        if identical { 1.0 } else { 0.0 }
    };
    let rows = sentence_rows(&unit_groups, old, new, alike, |o, n| {
        realign_across(old, new, [old_cross, new_cross], o, n, ratio)
    });
    let rows = model.absorb_strays(rows);
    // Where the clause grid priced a lost sentence by its clauses, the sentence model re-cuts.
    let rows = recut(rows, MAX_ROW_SENTENCES, |o, n| model.gain(o, n));
    (rows, unit_groups, model)
}

/// The rows of whole sentences that unit groups form, each with the `similarity` of its
/// sentences (given the unit groups that formed it); a row over [`MAX_ROW_SENTENCES`] on a
/// side is handed to `realign` (its sentences' ranges) instead.
fn sentence_rows(
    unit_groups: &[Group],
    old: &UnitSide,
    new: &UnitSide,
    similarity: impl Fn(&Range<usize>, &Range<usize>, &[Group]) -> f32,
    realign: impl Fn(Range<usize>, Range<usize>) -> Vec<Group>,
) -> Vec<Group> {
    let rows = connect(unit_groups, old, new);
    let mut out = Vec::with_capacity(rows.len());
    let (mut next_old, mut next_new) = (0, 0);
    for row in rows {
        let o = row.old.unwrap_or(next_old..next_old);
        let n = row.new.unwrap_or(next_new..next_new);
        (next_old, next_new) = (o.end, n.end);
        if !within_bounds(o.len(), n.len()) {
            out.extend(realign(o, n));
            continue;
        }
        let similarity = similarity(&o, &n, &unit_groups[row.groups]);
        out.push(Group {
            old: o,
            new: n,
            similarity,
        });
    }
    debug_assert_eq!((next_old, next_new), (old.sentences(), new.sentences()));
    out
}

/// A row that grew past [`MAX_ROW_SENTENCES`] across languages, aligned again with whole
/// sentences as units (their lengths summed, their marks together).
fn realign_across(
    old: &UnitSide,
    new: &UnitSide,
    cross: [&CrossSide; 2],
    o: Range<usize>,
    n: Range<usize>,
    ratio: f64,
) -> Vec<Group> {
    let (whole_old, whole_new) = (
        WholeSentences::of(old, cross[0], o.clone()),
        WholeSentences::of(new, cross[1], n.clone()),
    );
    let groups = align_across(&whole_old.side(), &whole_new.side(), ratio, None);
    groups
        .into_iter()
        .map(|g| Group {
            old: g.old.start + o.start..g.old.end + o.start,
            new: g.new.start + n.start..g.new.end + n.start,
            similarity: g.similarity,
        })
        .collect()
}

/// A run of sentences as the cross-language grid's units: each sentence's units' lengths
/// summed and their evidence together.
struct WholeSentences {
    keys: Vec<u64>,
    chars: Vec<u32>,
    marks: Vec<Vec<u64>>,
    lexicon: Vec<Vec<u64>>,
    cognates: Vec<u64>,
}

impl WholeSentences {
    fn of(side: &UnitSide, c: &CrossSide, sentences: Range<usize>) -> WholeSentences {
        let mut whole = WholeSentences {
            keys: Vec::new(),
            chars: Vec::new(),
            marks: Vec::new(),
            lexicon: Vec::new(),
            cognates: Vec::new(),
        };
        // A sentence's ids are its units' together, sorted and each once, as the grid's
        // lookups (binary searches) need them.
        let joined = |ids: &[Vec<u64>]| {
            let mut all = ids.concat();
            all.sort_unstable();
            all.dedup();
            all
        };
        for s in sentences {
            let units = side.units_of(&(s..s + 1));
            whole.keys.push(side.sentence_key(s));
            whole.chars.push(c.chars[units.clone()].iter().sum());
            whole.marks.push(c.marks[units.clone()].concat());
            if !c.lexicon.is_empty() {
                whole.lexicon.push(joined(&c.lexicon[units.clone()]));
            }
            if !c.cognates.is_empty() {
                whole.cognates.push(super::cross::union(&c.cognates[units]));
            }
        }
        whole
    }

    fn side(&self) -> CrossSide<'_> {
        CrossSide {
            keys: &self.keys,
            chars: &self.chars,
            marks: &self.marks,
            lexicon: &self.lexicon,
            cognates: &self.cognates,
        }
    }
}

/// The cross-language model at the level of whole sentences: each side's sentences as the
/// grid's units, and the documents' length ratio. It judges what the clause grid cannot see:
/// lone sentences beside a row, and how sure the rows are.
pub(crate) struct SentenceModel {
    whole: [WholeSentences; 2],
    ratio: f64,
}

impl SentenceModel {
    fn of(old: &UnitSide, new: &UnitSide, cross: [&CrossSide; 2]) -> SentenceModel {
        let total = |c: &CrossSide| c.chars.iter().map(|&n| n as usize).sum::<usize>();
        SentenceModel {
            whole: [
                WholeSentences::of(old, cross[0], 0..old.sentences()),
                WholeSentences::of(new, cross[1], 0..new.sentences()),
            ],
            ratio: length_ratio(total(cross[0]), total(cross[1])),
        }
    }

    /// What a row of these sentences adds to a path's log-probability (`cross::row_gain`);
    /// nothing for a row of none.
    pub(super) fn gain(&self, o: Range<usize>, n: Range<usize>) -> f64 {
        if o.is_empty() && n.is_empty() {
            return 0.0;
        }
        let [old, new] = [self.whole[0].side(), self.whole[1].side()];
        row_gain(&old, &new, o, n, self.ratio)
    }

    /// Across languages, a sentence the clause grid left alone on one side joins the row
    /// before or after it when the row with it is more probable than the row and the lone
    /// sentence apart. The grid pairs at most three clauses a side, so the last sentence of a
    /// translation that renders one long sentence as four is left beside its row ("K 2, 8611
    /// m, Hidden Peak, 8068 m …" after the sentence that names them all); its marks, words and
    /// the row's lengths bring it back.
    fn absorb_strays(&self, groups: Vec<Group>) -> Vec<Group> {
        absorb_lone(groups, |row, stray| {
            let joined = Group {
                old: span(&row.old, &stray.old),
                new: span(&row.new, &stray.new),
                similarity: row.similarity.min(stray.similarity),
            };
            // Across languages a row stays within the grid's own bound (a longer one is what
            // `realign_across` undoes).
            if joined.old.len().max(joined.new.len()) > MAX_ROW_SENTENCES {
                return None;
            }
            let gain = |g: &Group| self.gain(g.old.clone(), g.new.clone());
            let more = gain(&joined) - gain(row) - gain(stray);
            (more > 0.0).then_some((joined, more))
        })
    }

    /// How sure the model is of each row, as a probability: the logistic of how much more
    /// probable the row is than the best row it could be instead nearby: joined with the row
    /// before or after it, or cut in two (at any sentence of either side). 0.5 is a toss-up
    /// between the row and another reading; a wrong link mostly scores low (measured on
    /// Text+Berg, BENCHMARKS.md).
    pub(crate) fn confidences(&self, groups: &[Group]) -> Vec<f32> {
        let gain = |o: Range<usize>, n: Range<usize>| self.gain(o, n);
        let logistic = |margin: f64| (1.0 / (1.0 + (-margin).exp())) as f32;
        groups
            .iter()
            .enumerate()
            .map(|(k, g)| {
                let here = gain(g.old.clone(), g.new.clone());
                // What each other reading gains over this row.
                let joined = |row: &Group| -> f64 {
                    let (o, n) = (span(&row.old, &g.old), span(&row.new, &g.new));
                    gain(o, n) - gain(row.old.clone(), row.new.clone()) - here
                };
                let neighbours = [k.checked_sub(1), Some(k + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|i| groups.get(i))
                    .filter(|row| {
                        row.old.len().max(row.new.len()) + g.old.len().max(g.new.len())
                            <= 2 * MAX_ROW_SENTENCES
                    })
                    .map(joined);
                let cuts = (g.old.start..=g.old.end).flat_map(|i| {
                    (g.new.start..=g.new.end).filter_map(move |j| {
                        let (first, second) = (
                            (g.old.start..i, g.new.start..j),
                            (i..g.old.end, j..g.new.end),
                        );
                        let empty =
                            |(o, n): &(Range<usize>, Range<usize>)| o.is_empty() && n.is_empty();
                        (!empty(&first) && !empty(&second)).then_some((first, second))
                    })
                });
                let cut = cuts.map(|(a, b)| gain(a.0, a.1) + gain(b.0, b.1) - here);
                let best_other = neighbours.chain(cut).fold(f64::NEG_INFINITY, f64::max);
                logistic(-best_other)
            })
            .collect()
    }
}

/// The walk both paths' stray absorption share: each sentence alone on one side (not beside
/// a lone one of the other side, which is left to pair with it in `lone_pairs`) joins the row
/// before or after it that `join(row, stray)` says gains more by it (the row as joined, and
/// how much it gains), the row before on a tie; else it stays alone. A row can only grow into
/// a neighbouring sentence: nothing is reordered, and the rows still cover every sentence
/// once, in order.
fn absorb_lone(
    mut groups: Vec<Group>,
    join: impl Fn(&Group, &Group) -> Option<(Group, f64)>,
) -> Vec<Group> {
    let lone = |g: &Group| g.old.len() + g.new.len() == 1;
    let mut out: Vec<Group> = Vec::with_capacity(groups.len());
    for k in 0..groups.len() {
        let stray = groups[k].clone();
        let facing = |g: &Group| lone(g) && g.old.is_empty() != stray.old.is_empty();
        let beside_its_match =
            out.last().is_some_and(facing) || groups.get(k + 1).is_some_and(facing);
        if !lone(&stray) || beside_its_match {
            out.push(stray);
            continue;
        }
        let with = |row: &Group| {
            if row.old.is_empty() || row.new.is_empty() {
                return None;
            }
            join(row, &stray)
        };
        let left = out.last().and_then(with);
        let right = groups.get(k + 1).and_then(with);
        match (left, right) {
            (Some((l, a)), Some((_, b))) if a >= b => *out.last_mut().expect("left") = l,
            (Some((l, _)), None) => *out.last_mut().expect("left") = l,
            (_, Some((r, _))) => groups[k + 1] = r,
            (None, None) => out.push(stray),
        }
    }
    out
}

/// The grid pairs at most two units a side, so the third sentence of a verse that one
/// translation splits in three can be left alone beside its row. A sentence alone on one side
/// joins the row before or after it when the row with it scores more, by the grid's own
/// objective and the lengths' evidence, than the row without it and the lone sentence's cost
/// together. Lengths decide the near paraphrases the words cannot ("do to her as it pleaseth
/// thee" / "Do to her whatever is good in your eyes."): a row whose side is short by about the
/// lone sentence's length takes it in.
// A row can only grow into a neighbouring sentence: nothing is reordered, and the rows still
// cover every sentence once, in order.
fn absorb_strays(old: &UnitSide, new: &UnitSide, groups: Vec<Group>) -> Vec<Group> {
    // Within one language a sentence and its rewording are about as long: the ratio is one.
    // (The documents' own ratio would read a revision that adds whole sections, as GPL-3
    // adds to GPL-2, as one that writes every sentence longer, and its rows as short.)
    const RATIO: f64 = 1.0;
    let length_gain = |o: &Range<usize>, n: &Range<usize>| {
        -LENGTH_WEIGHT * length_cost(old.chars_of(o), new.chars_of(n), RATIO) as f32
    };
    absorb_lone(groups, |row, stray| {
        let joined = Group {
            old: span(&row.old, &stray.old),
            new: span(&row.new, &stray.new),
            similarity: 0.0,
        };
        if !within_bounds(joined.old.len(), joined.new.len()) {
            return None;
        }
        let similarity = similarity(&old.joined(&joined.old), &new.joined(&joined.new));
        let before = group_gain(row.old.len(), row.new.len(), row.similarity)
            + group_gain(stray.old.len(), stray.new.len(), 0.0)
            + length_gain(&row.old, &row.new);
        let after = group_gain(joined.old.len(), joined.new.len(), similarity)
            + length_gain(&joined.old, &joined.new);
        (after > before).then_some((
            Group {
                similarity,
                ..joined
            },
            f64::from(after - before),
        ))
    })
}

/// A sentence alone on one side can be the counterpart of the edge sentence of the row beside
/// it, which the grid merged into that row because merging cost little ("You can use it for
/// your libraries, too." folded into the next row while "You can use it too, but we suggest…"
/// stands alone). The edge sentence leaves its row to pair with the lone one when it is more
/// like the lone sentence than like its own row's other side, and the row keeps at least its
/// similarity without it.
fn split_toward_strays(old: &UnitSide, new: &UnitSide, mut groups: Vec<Group>) -> Vec<Group> {
    let mut k = 0;
    while k < groups.len() {
        let stray = &groups[k];
        if stray.old.len() + stray.new.len() != 1 {
            k += 1;
            continue;
        }
        let stray_on_old = !stray.old.is_empty();
        let split = |row: &Group, before: bool| -> Option<(Group, Group)> {
            split_edge(old, new, row, stray, stray_on_old, before)
        };
        if let Some((rest, pair)) = k.checked_sub(1).and_then(|l| split(&groups[l], true)) {
            groups[k - 1] = rest;
            groups[k] = pair;
        } else if let Some((rest, pair)) = groups.get(k + 1).and_then(|r| split(r, false)) {
            groups[k] = pair;
            groups[k + 1] = rest;
        }
        k += 1;
    }
    groups
}

/// The row without its edge sentence facing `stray`, and that sentence paired with the stray,
/// if the evidence says so (see [`split_toward_strays`]). `before`: the row comes before the
/// stray, so its last sentence is the edge; else its first.
fn split_edge(
    old: &UnitSide,
    new: &UnitSide,
    row: &Group,
    stray: &Group,
    stray_on_old: bool,
    before: bool,
) -> Option<(Group, Group)> {
    let facing = if stray_on_old { &row.new } else { &row.old };
    if facing.len() < 2 || row.old.is_empty() || row.new.is_empty() {
        return None;
    }
    let (edge, rest) = if before {
        (facing.end - 1..facing.end, facing.start..facing.end - 1)
    } else {
        (facing.start..facing.start + 1, facing.start + 1..facing.end)
    };
    let (stray_range, own_other) = if stray_on_old {
        (stray.old.clone(), row.old.clone())
    } else {
        (stray.new.clone(), row.new.clone())
    };
    // Features on each side: (old side, new side) of a candidate group.
    let sim =
        |olds: &Range<usize>, news: &Range<usize>| similarity(&old.joined(olds), &new.joined(news));
    let (pair, rest_row, edge_with_row) = if stray_on_old {
        (
            sim(&stray_range, &edge),
            sim(&own_other, &rest),
            sim(&own_other, &edge),
        )
    } else {
        (
            sim(&edge, &stray_range),
            sim(&rest, &own_other),
            sim(&edge, &own_other),
        )
    };
    if pair < MIN_EDGE_PAIR || pair <= edge_with_row || rest_row < row.similarity {
        return None;
    }
    let (rest_group, pair_group) = if stray_on_old {
        (
            Group {
                old: own_other,
                new: rest,
                similarity: rest_row,
            },
            Group {
                old: stray_range,
                new: edge,
                similarity: pair,
            },
        )
    } else {
        (
            Group {
                old: rest,
                new: own_other,
                similarity: rest_row,
            },
            Group {
                old: edge,
                new: stray_range,
                similarity: pair,
            },
        )
    };
    Some((rest_group, pair_group))
}

/// The smallest range holding two ranges that meet (an empty one counts where it stands only
/// if the other is empty too).
fn span(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.clone(),
        (_, true) => a.clone(),
        _ => a.start.min(b.start)..a.end.max(b.end),
    }
}

/// The rows the unit groups form: each group is a row of its own, merged with the rows
/// before it back to the last one it shares a sentence with (so the rows in between, which sit
/// inside the merged row's span, join it too).
fn connect(unit_groups: &[Group], old: &UnitSide, new: &UnitSide) -> Vec<Building> {
    let mut rows: Vec<Building> = Vec::with_capacity(unit_groups.len());
    // The last row with sentences on each side: only it can share the next group's sentences.
    let (mut last_old, mut last_new): (Option<usize>, Option<usize>) = (None, None);
    for (k, g) in unit_groups.iter().enumerate() {
        let (o, n) = (old.sentences_of(&g.old), new.sentences_of(&g.new));
        let shares = |mine: &Option<Range<usize>>,
                      last: Option<usize>,
                      side: fn(&Building) -> &Option<Range<usize>>| {
            match (mine, last) {
                (Some(m), Some(at)) => side(&rows[at])
                    .as_ref()
                    .is_some_and(|r| m.start < r.end)
                    .then_some(at),
                _ => None,
            }
        };
        let from = [
            shares(&o, last_old, |b| &b.old),
            shares(&n, last_new, |b| &b.new),
        ]
        .into_iter()
        .flatten()
        .min();
        let mut row = Building {
            old: o,
            new: n,
            groups: k..k + 1,
        };
        let at = match from {
            Some(m) => {
                for merged in rows.drain(m..) {
                    row.old = union(merged.old, row.old.take());
                    row.new = union(merged.new, row.new.take());
                    row.groups.start = row.groups.start.min(merged.groups.start);
                }
                m
            }
            None => rows.len(),
        };
        if row.old.is_some() {
            last_old = Some(at);
        }
        if row.new.is_some() {
            last_new = Some(at);
        }
        rows.push(row);
    }
    rows
}

fn union(a: Option<Range<usize>>, b: Option<Range<usize>>) -> Option<Range<usize>> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
        (a, b) => a.or(b),
    }
}

/// A row's similarity: its one unit group's when that group is the whole row (every
/// sentence of one unit: the common case, computed once already), else the sentences' read
/// as one text on each side.
fn row_similarity(
    old: &UnitSide,
    new: &UnitSide,
    o: &Range<usize>,
    n: &Range<usize>,
    groups: &[Group],
) -> f32 {
    if o.is_empty() || n.is_empty() {
        return 0.0;
    }
    if let [g] = groups
        && g.old == old.units_of(o)
        && g.new == new.units_of(n)
    {
        return g.similarity;
    }
    similarity(&old.joined(o), &new.joined(n))
}

/// A row that grew past [`MAX_ROW_SENTENCES`] aligned again with whole sentences as units.
fn realign_whole(
    old: &UnitSide,
    new: &UnitSide,
    o: Range<usize>,
    n: Range<usize>,
) -> impl Iterator<Item = Group> {
    let side = |side: &UnitSide, r: &Range<usize>| -> (Vec<Features>, Vec<u64>) {
        r.clone()
            .map(|s| (side.joined(&(s..s + 1)), side.sentence_key(s)))
            .unzip()
    };
    let (of, ok) = side(old, &o);
    let (nf, nk) = side(new, &n);
    let groups = align(
        &SideInput {
            features: &of,
            keys: &ok,
        },
        &SideInput {
            features: &nf,
            keys: &nk,
        },
    );
    groups.into_iter().map(move |g| Group {
        old: g.old.start + o.start..g.old.end + o.start,
        new: g.new.start + n.start..g.new.end + n.start,
        similarity: g.similarity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::clauses::clauses;

    /// Aligns sentences cut into clauses as the pipeline cuts them.
    fn run(old: &[&str], new: &[&str]) -> Vec<(Range<usize>, Range<usize>)> {
        struct Side {
            features: Vec<Features>,
            keys: Vec<u64>,
            starts: Vec<usize>,
            chars: Vec<u32>,
        }
        let side = |sentences: &[&str]| {
            let (mut features, mut keys, mut starts) = (Vec::new(), Vec::new(), Vec::new());
            let mut chars = Vec::new();
            for s in sentences {
                starts.push(features.len());
                for r in clauses(s) {
                    let (f, k) = Features::with_key(&s[r.clone()]);
                    features.push(f);
                    keys.push(k);
                    chars.push(s[r].chars().count() as u32);
                }
            }
            starts.push(features.len());
            Side {
                features,
                keys,
                starts,
                chars,
            }
        };
        let (o, n) = (side(old), side(new));
        fn unit_side(s: &Side) -> UnitSide<'_> {
            UnitSide {
                units: SideInput {
                    features: &s.features,
                    keys: &s.keys,
                },
                starts: &s.starts,
                chars: &s.chars,
            }
        }
        align_sentences(&unit_side(&o), &unit_side(&n))
            .into_iter()
            .map(|g| (g.old, g.new))
            .collect()
    }

    #[test]
    fn one_sentence_of_three_clauses_faces_three_sentences() {
        let kjv = [
            "And Seth lived an hundred and five years, and begat Enos: And Seth lived after he begat Enos eight hundred and seven years, and begat sons and daughters: And all the days of Seth were nine hundred and twelve years: and he died.",
            "And Enos lived ninety years, and begat Cainan.",
        ];
        let web = [
            "Seth lived one hundred five years, then became the father of Enosh.",
            "Seth lived after he became the father of Enosh eight hundred seven years, and became the father of other sons and daughters.",
            "All of the days of Seth were nine hundred twelve years, then he died.",
            "Enosh lived ninety years, and became the father of Kenan.",
        ];
        assert_eq!(run(&kjv, &web), [(0..1, 0..3), (1..2, 3..4)]);
    }

    #[test]
    fn sentences_without_clauses_align_as_before() {
        let a = "The minister arrived in Geneva on Monday for the talks.";
        let b = "Negotiators expect a long week of difficult sessions.";
        let c = "Protesters gathered outside the hotel carrying banners.";
        assert_eq!(
            run(&[a, b, c], &[a, c]),
            [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2)]
        );
        assert_eq!(run(&[a, c], &[a, b, c])[1], (1..1, 1..2));
    }

    #[test]
    fn a_chain_longer_than_the_bound_is_aligned_by_whole_sentences() {
        // Old sentence k is clauses A(k); B(k), new sentence k is B(k-1); A(k): every clause
        // has its twin, and the clause pairs chain all sentences of both sides into one row.
        let words = [
            "apple", "river", "stone", "cloud", "maple", "tiger", "ember", "flute", "grape",
            "heron", "igloo", "jelly", "koala", "lemon", "mango", "nutmeg",
        ];
        let clause = |w: &str| format!("the {w} {w} {w} stands there");
        let (a, b) = (
            |k: usize| clause(words[2 * k]),
            |k: usize| clause(words[2 * k + 1]),
        );
        let old: Vec<String> = (0..8).map(|k| format!("{}; {}.", a(k), b(k))).collect();
        let mut new = vec![format!("{}.", a(0))];
        new.extend((1..8).map(|k| format!("{}; {}.", b(k - 1), a(k))));
        new.push(format!("{}.", b(7)));
        let o: Vec<&str> = old.iter().map(String::as_str).collect();
        let n: Vec<&str> = new.iter().map(String::as_str).collect();
        let rows = run(&o, &n);
        assert!(rows.len() > 1, "{rows:?}");
        assert!(
            rows.iter()
                .all(|(o, n)| o.len() <= MAX_ROW_SENTENCES && n.len() <= MAX_ROW_SENTENCES),
            "{rows:?}"
        );
        let old_total: usize = rows.iter().map(|r| r.0.len()).sum();
        let new_total: usize = rows.iter().map(|r| r.1.len()).sum();
        assert_eq!((old_total, new_total), (8, 9));
    }

    #[test]
    fn an_edge_sentence_leaves_its_row_for_its_lone_counterpart() {
        // LGPL 2 against 2.1: the grid folds the short first sentence into the next row.
        let old = [
            "This license, the Library General Public License, applies to some specially designated Free Software Foundation software, and to any other libraries whose authors decide to use it.",
            "You can use it for your libraries, too.",
            "When we speak of free software, we are referring to freedom, not price.",
        ];
        let new = [
            "This license, the Lesser General Public License, applies to some specially designated software packages--typically libraries--of the Free Software Foundation and other authors who decide to use it.",
            "You can use it too, but we suggest you first think carefully about whether this license or the ordinary General Public License is the better strategy to use in any particular case, based on the explanations below.",
            "When we speak of free software, we are referring to freedom of use, not price.",
        ];
        assert_eq!(run(&old, &new), [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]);
    }

    #[test]
    fn a_row_short_by_a_lone_sentence_s_length_takes_it_in() {
        // Genesis 16:6: "do to her as it pleaseth thee" and "Do to her whatever is good in
        // your eyes." share too few words to pair; the KJV row's new side is short by about
        // the lone sentence's length.
        let kjv = [
            "But Abram said unto Sarai, Behold, thy maid is in thy hand; do to her as it pleaseth thee.",
            "And when Sarai dealt hardly with her, she fled from her face.",
        ];
        let web = [
            "But Abram said to Sarai, “Behold, your maid is in your hand.",
            "Do to her whatever is good in your eyes.”",
            "Sarai dealt harshly with her, and she fled from her face.",
        ];
        assert_eq!(run(&kjv, &web), [(0..1, 0..2), (1..2, 2..3)]);
    }

    #[test]
    fn an_added_sentence_beside_rows_of_their_own_length_stays_added() {
        // A row whose sides are already as long as each other gains nothing by a stranger.
        let old = [
            "The minister arrived in Geneva on Monday for the talks.",
            "Protesters gathered outside the hotel carrying banners.",
        ];
        let new = [
            "The minister arrived in Geneva on Monday for the talks.",
            "Negotiators expect a long week of difficult sessions.",
            "Protesters gathered outside the hotel carrying banners.",
        ];
        assert_eq!(run(&old, &new), [(0..1, 0..1), (1..1, 1..2), (1..2, 2..3)]);
    }

    #[test]
    fn one_sentence_may_face_more_sentences_than_the_bound() {
        assert!(within_bounds(6, 6) && within_bounds(1, 64) && within_bounds(64, 1));
        assert!(!within_bounds(2, 7) && !within_bounds(1, 65) && !within_bounds(7, 7));
    }
}
