//! Rows given by the documents themselves: the two sides of a PO or XLIFF file (or any
//! documents whose entries face each other one to one) are aligned entry by entry, each entry
//! a row however many sentences it holds; two subtitle files are aligned by their cues' times
//! on screen, cues that overlap in time sharing a row (a translator who merged two cues into
//! one, or split one, keeps the rest in step).

use std::ops::Range;

use super::group::Group;
use crate::load::document::Document;
use crate::segment::sentences::Sentence;
use crate::side::Pair;

/// Both sides' sentences and their groups: by time when both documents are subtitles, else one
/// group per entry when both documents have entries and as many of them.
pub(super) fn entry_rows(
    old: &Document,
    new: &Document,
) -> Option<(Pair<Vec<Sentence>>, Vec<Group>)> {
    let (a, b) = (old.entries.as_ref()?, new.entries.as_ref()?);
    let entry_groups: Vec<(Range<usize>, Range<usize>)> = match (&old.cue_times, &new.cue_times) {
        (Some(ta), Some(tb)) => by_time(ta, tb),
        _ if a.len() == b.len() => (0..a.len()).map(|k| (k..k + 1, k..k + 1)).collect(),
        _ => return None,
    };
    let (s_old, s_new) = rayon::join(
        || super::prepare::sentences_of(old),
        || super::prepare::sentences_of(new),
    );
    let olds = runs(&s_old, a, entry_groups.iter().map(|g| g.0.clone()));
    let news = runs(&s_new, b, entry_groups.iter().map(|g| g.1.clone()));
    let groups = olds
        .into_iter()
        .zip(news)
        .map(|(old, new)| Group {
            old,
            new,
            similarity: 0.0,
        })
        .collect();
    Some((Pair::new(s_old, s_new), groups))
}

/// Whether two cues share enough of their time to be one row: a third of the shorter one
/// (cues that only touch at a boundary, or a translation's slightly shifted timing that
/// brushes the next cue, are not).
fn overlap(x: &Range<u32>, y: &Range<u32>) -> bool {
    let shared = x.end.min(y.end).saturating_sub(x.start.max(y.start));
    let shorter = (x.end - x.start).min(y.end - y.start);
    shared > 0 && shared * 3 >= shorter
}

/// The cues of each side grouped by time, in order: each group the cues of one side that
/// overlap those of the other (one to one, two to one, …), a cue that overlaps none alone.
fn by_time(a: &[Range<u32>], b: &[Range<u32>]) -> Vec<(Range<usize>, Range<usize>)> {
    let (mut i, mut j) = (0, 0);
    let mut groups = Vec::new();
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && !overlap(&a[i], &b[j]) && a[i].start < b[j].start) {
            groups.push((i..i + 1, j..j));
            i += 1;
            continue;
        }
        if i == a.len() || !overlap(&a[i], &b[j]) {
            groups.push((i..i, j..j + 1));
            j += 1;
            continue;
        }
        // A group grows while a next cue on either side overlaps the other side's span.
        let (mut gi, mut gj) = (i + 1, j + 1);
        let span = |cues: &[Range<u32>], g: Range<usize>| cues[g.start].start..cues[g.end - 1].end;
        loop {
            if gi < a.len() && overlap(&a[gi], &span(b, j..gj)) {
                gi += 1;
            } else if gj < b.len() && overlap(&b[gj], &span(a, i..gi)) {
                gj += 1;
            } else {
                break;
            }
        }
        groups.push((i..gi, j..gj));
        (i, j) = (gi, gj);
    }
    groups
}

/// The sentences of each group of entries: those starting inside its entries' byte range (none
/// for an empty group).
fn runs(
    sentences: &[Sentence],
    entries: &[Range<usize>],
    groups: impl Iterator<Item = Range<usize>>,
) -> Vec<Range<usize>> {
    let mut at = 0;
    groups
        .map(|g| {
            let start = at;
            if let Some(last) = g.end.checked_sub(1).filter(|_| !g.is_empty()) {
                let e = &entries[last];
                while at < sentences.len() && sentences[at].span.start < e.end.max(e.start + 1) {
                    at += 1;
                }
            }
            start..at
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(list: &[(u32, u32)]) -> Vec<Range<u32>> {
        list.iter().map(|&(s, e)| s * 1000..e * 1000).collect()
    }

    #[test]
    fn cues_group_by_their_time_on_screen() {
        // Same timing: one to one.
        let a = ms(&[(1, 3), (4, 6), (7, 9)]);
        assert_eq!(by_time(&a, &a), [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]);
        // The translation merged the second and third cue, and shifted its times a little.
        let b = ms(&[(1, 3), (4, 9)]);
        assert_eq!(by_time(&a, &b), [(0..1, 0..1), (1..3, 1..2)]);
        assert_eq!(by_time(&b, &a), [(0..1, 0..1), (1..2, 1..3)]);
        // A cue only one side has stands alone; brushing a neighbour is no overlap.
        let c = ms(&[(1, 3), (3, 4), (4, 6), (7, 9)]);
        assert_eq!(
            by_time(&a, &c),
            [(0..1, 0..1), (1..1, 1..2), (1..2, 2..3), (2..3, 3..4)]
        );
        let shifted: Vec<Range<u32>> = vec![1000..3400, 3400..6000, 7000..9000];
        assert_eq!(
            by_time(&a, &shifted),
            [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]
        );
    }
}
