//! Rows of many versions from rows of pairs. Each pair's rows cover both its versions'
//! sentences once, in order; merging a pair that shares one version with the rows so far
//! joins rows wherever the shared version's sentences link them, so a row is the smallest set
//! of sentences of every version that the pairs' rows connect.

use std::ops::Range;

/// One row across versions: a run of sentence indices per version (empty where a version has
/// nothing; an empty run still sits at its place, before the version's next sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cells(pub Vec<Range<usize>>);

/// What merging one pair gave: the new rows, where each old row went, where each pair row went.
#[derive(Debug)]
pub(crate) struct Merged {
    pub(crate) rows: Vec<Cells>,
    /// `moved[i]` is the new row holding old row `i`.
    pub(crate) moved: Vec<usize>,
    /// `placed[j]` is the new row holding the pair's row `j`.
    pub(crate) placed: Vec<usize>,
}

/// The rows of one pair as the first rows: `versions` in all, the pair's two at `a` and `b`;
/// the others get empty runs at 0 until a pair brings them.
pub(crate) fn from_pair(
    versions: usize,
    a: usize,
    b: usize,
    pair: &[[Range<usize>; 2]],
) -> Vec<Cells> {
    pair.iter()
        .map(|[ra, rb]| {
            let mut cells = vec![0..0; versions];
            cells[a] = ra.clone();
            cells[b] = rb.clone();
            Cells(cells)
        })
        .collect()
}

/// Merges the rows of a pair `(known, fresh)` into `rows` (of `versions` cells each), which
/// already cover `known`'s sentences and none of `fresh`'s. Rows are joined only through `known`: two rows stay apart
/// unless their runs of `known` overlap, so rows the pair leaves alone are kept as they were.
pub(crate) fn merge(
    versions: usize,
    rows: &[Cells],
    known: usize,
    fresh: usize,
    pair: &[[Range<usize>; 2]],
) -> Merged {
    let mut out: Vec<Cells> = Vec::with_capacity(rows.len().max(pair.len()));
    let mut moved = vec![0; rows.len()];
    let mut placed = vec![0; pair.len()];
    // Where each version's next sentence is: the place of an empty run.
    let mut at = vec![0usize; versions];
    let (mut i, mut j) = (0, 0);
    while i < rows.len() || j < pair.len() {
        let row_known = rows.get(i).map(|r| &r.0[known]);
        let pair_known = pair.get(j).map(|p| &p[0]);
        // A run with nothing of `known` stands alone at its place; ties go to the rows so far.
        let lone_row = row_known
            .is_some_and(|r| r.is_empty() && pair_known.is_none_or(|p| r.start <= p.start));
        let lone_pair = !lone_row
            && pair_known
                .is_some_and(|p| p.is_empty() && row_known.is_none_or(|r| p.start <= r.start));
        let mut cells = Cells(vec![usize::MAX..usize::MAX; versions]);
        if lone_row {
            cells.0.clone_from(&rows[i].0);
            cells.0[fresh] = usize::MAX..usize::MAX;
            moved[i] = out.len();
            i += 1;
        } else if lone_pair {
            cells.0[fresh] = pair[j][1].clone();
            placed[j] = out.len();
            j += 1;
        } else {
            // Both runs start at the same sentence of `known`: take rows from each list while
            // they start before the group's end, which grows as they are taken.
            let mut end = usize::MIN;
            loop {
                let mut took = false;
                while let Some(r) = rows
                    .get(i)
                    .filter(|r| first_or_inside(&r.0[known], end, &cells, known))
                {
                    end = end.max(r.0[known].end);
                    for (v, run) in r.0.iter().enumerate() {
                        join(&mut cells.0[v], run);
                    }
                    moved[i] = out.len();
                    i += 1;
                    took = true;
                }
                while let Some(p) = pair
                    .get(j)
                    .filter(|p| first_or_inside(&p[0], end, &cells, known))
                {
                    end = end.max(p[0].end);
                    join(&mut cells.0[known], &p[0]);
                    join(&mut cells.0[fresh], &p[1]);
                    placed[j] = out.len();
                    j += 1;
                    took = true;
                }
                if !took {
                    break;
                }
            }
        }
        for (v, run) in cells.0.iter_mut().enumerate() {
            if run.start == usize::MAX {
                *run = at[v]..at[v];
            }
            at[v] = at[v].max(run.end);
        }
        out.push(cells);
    }
    Merged {
        rows: out,
        moved,
        placed,
    }
}

/// Whether a run of `known` joins the group being built: the group is empty (this run opens
/// it) or the run starts before the group's end.
fn first_or_inside(run: &Range<usize>, end: usize, cells: &Cells, known: usize) -> bool {
    if cells.0[known].start == usize::MAX {
        return !run.is_empty();
    }
    run.start < end
}

/// Widens `cell` (unset while `usize::MAX`) to cover `run`; an empty run adds nothing.
fn join(cell: &mut Range<usize>, run: &Range<usize>) {
    if run.is_empty() {
        return;
    }
    if cell.start == usize::MAX {
        *cell = run.clone();
    } else {
        cell.start = cell.start.min(run.start);
        cell.end = cell.end.max(run.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(rows: &[Cells], v: usize) -> Vec<Range<usize>> {
        rows.iter().map(|r| r.0[v].clone()).collect()
    }

    #[test]
    fn one_pair_gives_its_own_rows() {
        let pair = [[0..1, 0..1], [1..1, 1..2], [1..3, 2..3]];
        let rows = from_pair(2, 0, 1, &pair);
        assert_eq!(runs(&rows, 0), [0..1, 1..1, 1..3]);
        assert_eq!(runs(&rows, 1), [0..1, 1..2, 2..3]);
    }

    #[test]
    fn a_second_pair_joins_rows_it_links_through_the_shared_version() {
        // Version 0 against 1: [0-1] [2] [3]; against 2: [0] [1-2] [3]. Sentence 1 of version
        // 0 links the first two rows of each pair: one row [0..3].
        let first = from_pair(3, 0, 1, &[[0..2, 0..1], [2..3, 1..2], [3..4, 2..3]]);
        let m = merge(3, &first, 0, 2, &[[0..1, 0..1], [1..3, 1..2], [3..4, 2..4]]);
        assert_eq!(runs(&m.rows, 0), [0..3, 3..4]);
        assert_eq!(runs(&m.rows, 1), [0..2, 2..3]);
        assert_eq!(runs(&m.rows, 2), [0..2, 2..4]);
        assert_eq!(m.moved, [0, 0, 1]);
        assert_eq!(m.placed, [0, 0, 1]);
    }

    #[test]
    fn a_sentence_only_the_new_version_has_is_a_row_of_its_own_in_place() {
        let first = from_pair(3, 0, 1, &[[0..1, 0..1], [1..2, 1..2]]);
        let m = merge(3, &first, 0, 2, &[[0..1, 0..1], [1..1, 1..2], [1..2, 2..3]]);
        assert_eq!(runs(&m.rows, 0), [0..1, 1..1, 1..2]);
        assert_eq!(runs(&m.rows, 1), [0..1, 1..1, 1..2]);
        assert_eq!(runs(&m.rows, 2), [0..1, 1..2, 2..3]);
    }

    #[test]
    fn a_row_without_the_shared_version_keeps_its_place_and_gets_an_empty_run() {
        // Version 1 added a sentence (row 1 has nothing of version 0).
        let first = from_pair(3, 0, 1, &[[0..1, 0..1], [1..1, 1..2], [1..2, 2..3]]);
        let m = merge(3, &first, 0, 2, &[[0..2, 0..1]]);
        assert_eq!(runs(&m.rows, 0), vec![0..2]);
        assert_eq!(runs(&m.rows, 1), vec![0..3]);
        assert_eq!(runs(&m.rows, 2), vec![0..1]);
        let m = merge(3, &first, 0, 2, &[[0..1, 0..1], [1..2, 1..2]]);
        assert_eq!(runs(&m.rows, 0), [0..1, 1..1, 1..2]);
        assert_eq!(runs(&m.rows, 2), [0..1, 1..1, 1..2]);
    }
}
