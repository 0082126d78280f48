//! A row of many versions whose two sides a pair had kept as several rows, before another
//! pair's sentence joined them (a translation that made two sentences one, whose
//! back-translation splits them again): each of the pair's own rows laid side by side as a
//! sub-row, so its two sentences start on one line instead of running on in one lump.

use std::ops::Range;

use super::line::Line;
use super::options::LayoutOptions;
use super::pieces::pieces_within;
use super::wrap::wrap;
use crate::comparison::{Comparison, RowKind};
use crate::side::{Pair, Side};

/// `parts`, when row `index` can be laid as them: two or more, in one language (the word
/// ops are clipped to each part), a row whose two sides are both there and not moved, and
/// covering its sentences exactly (an alignment fix made since may have changed the row).
pub(super) fn sub_rows<'p>(
    cmp: &Comparison,
    index: usize,
    parts: &'p [Pair<Range<usize>>],
) -> Option<&'p [Pair<Range<usize>>]> {
    let row = cmp.rows.get(index)?;
    let laid = parts.len() >= 2
        && !cmp.across
        && matches!(row.kind, RowKind::Equal | RowKind::Changed)
        && Side::BOTH.iter().all(|&side| {
            let mut at = row.sentences.get(side).start;
            parts.iter().all(|p| {
                let r = p.get(side);
                let follows = r.start == at;
                at = r.end;
                follows
            }) && at == row.sentences.get(side).end
        });
    laid.then_some(parts)
}

/// The two sides of a row as sub-rows: each part's sentences side by side, the shorter side
/// of each padded, so the part's two sides start on one line; a blank line first when the
/// row opens a paragraph (`gap`).
pub(super) fn layout_sub_rows(
    cmp: &Comparison,
    index: usize,
    options: &LayoutOptions,
    parts: &[Pair<Range<usize>>],
    gap: bool,
) -> Vec<Pair<Line>> {
    let mut lines: Vec<Pair<Line>> = Vec::new();
    if gap {
        lines.push(Pair::default());
    }
    for part in parts {
        let side_lines = |side: Side| {
            if part.get(side).is_empty() {
                return Vec::new();
            }
            let clip = cmp.run_range(part.get(side), side);
            let shown = pieces_within(cmp, index, side, options, Some(&clip));
            if shown.is_empty() {
                Vec::new()
            } else {
                wrap(&shown, options.width)
            }
        };
        let (mut old, mut new) = (side_lines(Side::Old), side_lines(Side::New));
        let height = old.len().max(new.len());
        old.resize_with(height, Line::default);
        new.resize_with(height, Line::default);
        lines.extend(old.into_iter().zip(new).map(|(o, n)| Pair::new(o, n)));
    }
    lines
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diff::options::DiffOptions;
    use crate::knowledge::Knowledge;
    use crate::load::document::Document;
    use crate::versions::{Plan, Versions, compare_versions};

    /// An original of two sentences, a translation that makes them one, and a
    /// back-translation that splits them again, its first sentence much longer.
    fn round_trip() -> Versions {
        let doc = |name: &str, text: &str| Arc::new(Document::from_text(name, text));
        compare_versions(
            vec![
                doc(
                    "original",
                    "The minister arrived in Geneva on Monday. Protesters gathered outside \
                     the hotel carrying banners.",
                ),
                doc(
                    "translation",
                    "The minister arrived in Geneva on Monday, and protesters gathered outside \
                     the hotel carrying banners.",
                ),
                doc(
                    "back",
                    "The minister of foreign affairs arrived in the city of Geneva early on \
                     Monday morning. Protesters gathered outside the hotel carrying banners.",
                ),
            ],
            Plan::RoundTrip,
            DiffOptions::default(),
            &Knowledge::none(),
        )
    }

    /// The line of the old and of the new column where `word` first appears.
    fn lines_of(lines: &[Pair<Line>], word: &str) -> [Option<usize>; 2] {
        let at = |side: Side| {
            lines
                .iter()
                .position(|pair| pair.get(side).text().contains(word))
        };
        [at(Side::Old), at(Side::New)]
    }

    #[test]
    fn a_pair_s_own_rows_start_side_by_side_within_the_joined_row() {
        let v = round_trip();
        let panes = &v.links[1];
        let row = (0..v.rows.len())
            .find(|&k| v.rows[k].0[0].len() == 2)
            .expect("the translation joined the original's two sentences");
        assert_eq!(panes.parts[row].len(), 2, "{:?}", panes.parts);
        let options = LayoutOptions {
            width: 20,
            markers: false,
            counterparts: false,
        };
        let cmp = &panes.comparison;
        let parts = sub_rows(cmp, row, &panes.parts[row]).expect("laid as sub-rows");
        let laid = layout_sub_rows(cmp, row, &options, parts, false);
        let [old, new] = lines_of(&laid, "Protesters");
        assert!(old.is_some() && old == new, "{old:?} {new:?}");
        // As one lump the back-translation's longer first sentence pushes its second down.
        let lump = crate::layout::layout_row(cmp, row, &options);
        let [old, new] = lines_of(&lump, "Protesters");
        assert!(old < new, "{old:?} {new:?}");
        // Every word of each side is still there, once.
        let words = |lines: &[Pair<Line>], side: Side| -> Vec<String> {
            lines
                .iter()
                .flat_map(|pair| {
                    let text = pair.get(side).text();
                    text.split_whitespace()
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        for side in Side::BOTH {
            assert_eq!(words(&laid, side), words(&lump, side));
        }
    }

    #[test]
    fn parts_that_no_longer_cover_the_row_are_not_used() {
        let v = round_trip();
        let panes = &v.links[1];
        let row = (0..v.rows.len())
            .find(|&k| v.rows[k].0[0].len() == 2)
            .expect("a joined row");
        let mut stale = panes.parts[row].clone();
        stale.pop();
        assert!(sub_rows(&panes.comparison, row, &stale).is_none());
        assert!(sub_rows(&panes.comparison, row, &panes.parts[row]).is_some());
        // Elsewhere no row holds two of the pair's rows.
        assert!(
            (0..v.rows.len())
                .filter(|&k| k != row)
                .all(|k| panes.parts[k].is_empty())
        );
    }
}
