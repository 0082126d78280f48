//! Three and more versions of one text: a round trip (original | translation |
//! back-translation) or a history (v1 … vn). Each pair the plan names is compared as two
//! documents are; the pairs' rows are merged through the versions they share into rows of all
//! versions (`merge`), and each pair is then laid on those rows, so a row number means the same
//! row in every pair and in the reports.

mod attribution;
pub mod merge;
mod returns;

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use crate::compare::{compare, relay};
use crate::comparison::{Comparison, Finding, Row, RowKind};
use crate::diff::options::DiffOptions;
use crate::knowledge::Knowledge;
use crate::load::document::Document;
use crate::side::{Pair, Side};

pub use merge::Cells;

/// How the versions relate, which decides the pairs compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Original, translation, back-translation: the translation and the back-translation are
    /// each compared with the original, and the original's findings against the
    /// back-translation say which of the two brought them in.
    RoundTrip,
    /// Versions in order: each compared with the one before.
    History,
}

impl Plan {
    /// The pairs compared, as (earlier, later) version indices; the first of each pair is
    /// already among the versions of the pairs before it.
    pub fn pairs(self, versions: usize) -> Vec<[usize; 2]> {
        match self {
            Plan::RoundTrip => (1..versions).map(|v| [0, v]).collect(),
            Plan::History => (1..versions).map(|v| [v - 1, v]).collect(),
        }
    }
}

/// One pair of versions laid on the rows of all versions. Its findings are those of the pair
/// compared alone, each on the row that holds its sentences.
#[derive(Debug, Clone)]
pub struct Link {
    /// The two versions, earlier first.
    pub versions: [usize; 2],
    /// Their comparison: one row per row of all versions, in the same order (a row holding
    /// neither version's sentences is empty here).
    pub comparison: Arc<Comparison>,
    /// For each of the comparison's findings, the version that brought it in, where known
    /// (a round trip's findings between the original and the back-translation).
    pub introduced_by: Vec<Option<usize>>,
    /// For each row, the pair's own rows it holds when it holds more than one (another pair
    /// joined them): each one's sentences, in order. Empty for a row that holds one. The
    /// panes lay them side by side within the row, so a link this pair made is not lost in
    /// a lump. Shared: the reader hands it to every view of the pair.
    pub parts: Arc<Vec<Vec<Pair<Range<usize>>>>>,
}

/// A finding between two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionFinding {
    /// The two versions it concerns, earlier first.
    pub versions: [usize; 2],
    /// The finding; its row is a row of all versions.
    pub finding: Finding,
    /// In a round trip, for a finding between the original and the back-translation: the
    /// version where the drift first appears (the translation or the back-translation), when
    /// the evidence tells.
    pub introduced_by: Option<usize>,
}

/// How a row of all versions reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionRowKind {
    /// Every version has it, word for word (every pair's row is equal).
    Equal,
    /// Every version has it, worded differently somewhere.
    Changed,
    /// The first version has it and a later one has nothing in its place.
    Dropped,
    /// The first version has nothing here; a later one added it.
    Added,
    /// Part of a sentence that moved between two versions.
    Moved,
}

/// Three or more versions compared.
#[derive(Debug, Clone)]
pub struct Versions {
    /// The versions, in the order given.
    pub docs: Vec<Arc<Document>>,
    /// How they relate.
    pub plan: Plan,
    /// Rows of all versions: each version's sentences once, in order.
    pub rows: Vec<Cells>,
    /// Each compared pair, on those rows.
    pub links: Vec<Link>,
    /// Every pair's findings, by row, with the version that brought them in where known;
    /// in a round trip those introduced by the translation come first within a row.
    pub findings: Vec<VersionFinding>,
}

impl Versions {
    /// The kind of row `k`.
    pub fn kind(&self, k: usize) -> VersionRowKind {
        let links = || self.links.iter().map(|l| &l.comparison.rows[k]);
        if links().any(|r| r.kind == RowKind::Moved) {
            return VersionRowKind::Moved;
        }
        let cells = &self.rows[k].0;
        if cells.iter().all(|c| !c.is_empty()) {
            if links().all(|r| r.kind == RowKind::Equal) {
                VersionRowKind::Equal
            } else {
                VersionRowKind::Changed
            }
        } else if cells[0].is_empty() {
            VersionRowKind::Added
        } else {
            VersionRowKind::Dropped
        }
    }

    /// Byte range of version `v`'s text in row `k` (empty, in place, where it has none).
    pub fn text_range(&self, k: usize, v: usize) -> Range<usize> {
        let link = self
            .links
            .iter()
            .find(|l| l.versions.contains(&v))
            .expect("every version is in a pair");
        let cmp = &link.comparison;
        let side = if link.versions[0] == v {
            crate::side::Side::Old
        } else {
            crate::side::Side::New
        };
        cmp.text_range(&cmp.rows[k], side)
    }

    /// Version `v`'s text in row `k`.
    pub fn text(&self, k: usize, v: usize) -> &str {
        &self.docs[v].text[self.text_range(k, v)]
    }

    /// The comparison of versions `a` and `b` on these rows, if the plan compared them.
    pub fn link(&self, a: usize, b: usize) -> Option<&Link> {
        self.links.iter().find(|l| l.versions == [a, b])
    }
}

/// Compares three or more versions (two work too, and give exactly their comparison's rows).
/// `knowledge`'s glossary applies to every pair of a history, and in a round trip to the
/// original and its translation only (the back-translation is in the original's language).
pub fn compare_versions(
    docs: Vec<Arc<Document>>,
    plan: Plan,
    options: DiffOptions,
    knowledge: &Knowledge,
) -> Versions {
    let pairs = plan.pairs(docs.len());
    let without_glossary = knowledge.without_glossary();
    let direct: Vec<Comparison> = pairs
        .par_iter()
        .map(|&[a, b]| {
            let knows = match plan {
                Plan::RoundTrip if b > 1 => &without_glossary,
                _ => knowledge,
            };
            compare(docs[a].clone(), docs[b].clone(), options, knows)
        })
        .collect();
    let runs = |c: &Comparison| -> Vec<[Range<usize>; 2]> {
        c.rows
            .iter()
            .map(|r| [r.sentences.old.clone(), r.sentences.new.clone()])
            .collect()
    };
    let [a0, b0] = pairs[0];
    let mut rows = merge::from_pair(docs.len(), a0, b0, &runs(&direct[0]));
    let mut placed: Vec<Vec<usize>> = vec![(0..rows.len()).collect()];
    for (k, &[known, fresh]) in pairs.iter().enumerate().skip(1) {
        let m = merge::merge(docs.len(), &rows, known, fresh, &runs(&direct[k]));
        for p in &mut placed {
            p.iter_mut().for_each(|r| *r = m.moved[*r]);
        }
        placed.push(m.placed);
        rows = m.rows;
    }
    if plan == Plan::History && docs.len() > 2 {
        // Each version's sentences, from a pair that compared it.
        let sentences = |v: usize| {
            let (k, &[a, _]) = pairs
                .iter()
                .enumerate()
                .find(|(_, p)| p.contains(&v))
                .expect("every version is in a pair");
            direct[k]
                .sentences
                .get(if a == v { Side::Old } else { Side::New })
        };
        let (joined, moved) = returns::rejoin(rows, |v, run| {
            let s = sentences(v);
            match (
                s.get(run.start),
                run.end.checked_sub(1).and_then(|e| s.get(e)),
            ) {
                (Some(first), Some(last)) if !run.is_empty() => {
                    docs[v].text[first.span.start..last.span.end].to_string()
                }
                _ => String::new(),
            }
        });
        for p in &mut placed {
            p.iter_mut().for_each(|r| *r = moved[*r]);
        }
        rows = joined;
    }
    let links: Vec<Link> = pairs
        .par_iter()
        .zip(direct)
        .zip(placed)
        .map(|((&versions, cmp), placed)| {
            let parts = Arc::new(parts_of(&cmp, rows.len(), &placed));
            Link {
                versions,
                comparison: Arc::new(lay_on_rows(cmp, &rows, versions, &placed)),
                introduced_by: Vec::new(),
                parts,
            }
        })
        .collect();
    let mut out = Versions {
        docs,
        plan,
        rows,
        links,
        findings: Vec::new(),
    };
    let attributed = attribution::attribute(&out);
    for (link, by) in out.links.iter_mut().zip(attributed) {
        link.introduced_by = by;
    }
    out.findings = attribution::findings(&out);
    out
}

/// For each of `rows` rows, the sentences of the pair's own rows placed in it (`placed[j]`
/// holds the pair's row `j`), where there are two or more.
fn parts_of(cmp: &Comparison, rows: usize, placed: &[usize]) -> Vec<Vec<Pair<Range<usize>>>> {
    let mut held = vec![0u32; rows];
    for &r in placed {
        held[r] += 1;
    }
    let mut parts = vec![Vec::new(); rows];
    for (j, &r) in placed.iter().enumerate() {
        if held[r] > 1 {
            parts[r].push(cmp.rows[j].sentences.clone());
        }
    }
    parts
}

/// A pair's comparison redone on the rows of all versions: `placed[j]` is the row holding the
/// pair's row `j`. Where no row was joined and none added, the comparison is already that.
fn lay_on_rows(
    cmp: Comparison,
    rows: &[Cells],
    [a, b]: [usize; 2],
    placed: &[usize],
) -> Comparison {
    // Each of the pair's rows alone in a row of its own: nothing joined, nothing to redo.
    let untouched = rows.len() == cmp.rows.len() && placed.iter().enumerate().all(|(j, &r)| j == r);
    if untouched {
        return cmp;
    }
    // Which of the pair's rows each row holds: one, alone, keeps its kind and word ops.
    let mut held: Vec<(usize, u32, f32)> = vec![(0, 0, 0.0); rows.len()];
    for (j, &r) in placed.iter().enumerate() {
        held[r] = (j, held[r].1 + 1, held[r].2 + cmp.rows[j].similarity);
    }
    let mut redo = vec![false; rows.len()];
    let mut laid: Vec<Row> = rows
        .iter()
        .zip(&held)
        .enumerate()
        .map(|(k, (cells, &(j, n, sum)))| {
            let sentences = crate::side::Pair::new(cells.0[a].clone(), cells.0[b].clone());
            if let Some(own) = cmp
                .rows
                .get(j)
                .filter(|own| n == 1 && own.sentences == sentences)
            {
                return Row {
                    partner: own.partner.map(|p| placed[p]),
                    ..own.clone()
                };
            }
            redo[k] = !(sentences.old.is_empty() && sentences.new.is_empty());
            Row {
                kind: RowKind::Equal,
                sentences,
                ops: Vec::new(),
                partner: None,
                similarity: if n == 0 { 0.0 } else { sum / n as f32 },
                confidence: None,
            }
        })
        .collect();
    // A move stands when both halves kept their rows; a half left alone is a drop or an add.
    for k in 0..laid.len() {
        if let Some(p) = laid[k].partner
            && laid[p].partner != Some(k)
        {
            laid[k].partner = None;
            redo[k] = true;
        }
    }
    // The pair's own findings stand, moved to the rows that now hold them: joining rows for
    // the other pairs' sake must not turn a sentence this pair dropped into one it merged.
    // Their evidence's places are counted from the start of the row's text, which a joined
    // row may begin earlier: they move by as much.
    let mut findings: Vec<Finding> = cmp
        .findings
        .iter()
        .map(|f| {
            let (own, laid_row) = (&cmp.rows[f.row], &laid[placed[f.row]]);
            let shift = |side: Side, spans: &[Range<usize>]| -> Vec<Range<usize>> {
                if spans.is_empty() {
                    return Vec::new();
                }
                // A move's new side is its partner's text.
                let (own, laid_row) = match (side, own.partner, laid_row.partner) {
                    (Side::New, Some(p), Some(q)) => (&cmp.rows[p], &laid[q]),
                    _ => (own, laid_row),
                };
                // The laid row holds the row's sentences, so it starts no later.
                let (from, to) = (cmp.text_range(own, side), cmp.text_range(laid_row, side));
                let Some(by) = from.start.checked_sub(to.start) else {
                    return Vec::new();
                };
                spans.iter().map(|r| r.start + by..r.end + by).collect()
            };
            Finding {
                row: placed[f.row],
                left_spans: shift(Side::Old, &f.left_spans),
                right_spans: shift(Side::New, &f.right_spans),
                ..f.clone()
            }
        })
        .collect();
    // A row joined upward (a sentence a later version brings back, `returns`) carries its
    // findings above rows that came before it: kept in row order, as every report reads them.
    findings.sort_by_key(|f| f.row);
    relay(cmp, laid, &redo, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(name: &str, sentences: &[&str]) -> Arc<Document> {
        Arc::new(Document::from_text(name, sentences.join(" ")))
    }

    const A: &str = "The minister arrived in Geneva on Monday for the talks.";
    const B: &str = "Protesters gathered outside the hotel carrying banners and flags.";
    const C: &str = "Negotiators expect a long week of difficult sessions.";

    #[test]
    fn two_versions_give_their_comparisons_rows() {
        let (x, y) = (doc("x", &[A, B, C]), doc("y", &[A, C]));
        let pair = compare(
            x.clone(),
            y.clone(),
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let v = compare_versions(
            vec![x, y],
            Plan::History,
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        assert_eq!(v.links[0].comparison.rows, pair.rows);
        assert_eq!(v.rows.len(), pair.rows.len());
    }

    #[test]
    fn a_history_rows_show_where_each_version_changed() {
        let b2 = "Protesters gathered outside the hotel carrying red banners.";
        let docs = vec![
            doc("1", &[A, B, C]),
            doc("2", &[A, b2, C]),
            doc("3", &[A, b2]),
        ];
        let v = compare_versions(
            docs,
            Plan::History,
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        let kinds: Vec<VersionRowKind> = (0..v.rows.len()).map(|k| v.kind(k)).collect();
        assert_eq!(
            kinds,
            [
                VersionRowKind::Equal,
                VersionRowKind::Changed,
                VersionRowKind::Dropped
            ]
        );
        assert_eq!(v.text(1, 2), b2);
        assert_eq!(v.text(2, 2), "");
        assert_eq!(v.text(2, 1), C);
    }
}
