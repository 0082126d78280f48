//! The panes' scrollable model: a comparison laid out at one width, with folds, as display
//! lines addressed by number. Row heights are known up front; spans are built only for the
//! lines on screen.

use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use driftview::layout::{
    LayoutOptions, Line, layout_row, layout_row_with_middle, row_height, row_height_with_middle,
};
use driftview::text::LineIndex;
use driftview::{Comparison, Pair, RowKind, Side};

/// Runs of at least this many equal rows fold into one line.
const MIN_FOLD: usize = 2;

/// A scrollable block: one row, or a fold of equal rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    Row(usize),
    Fold(Range<usize>),
}

/// One display line handed to the renderer.
#[derive(Debug, Clone)]
pub(super) struct ViewLine {
    pub text: Pair<Line>,
    /// The middle pane's text (a translation between old and new), when it is shown.
    pub middle: Line,
    /// The row this line belongs to; `None` for a fold marker.
    pub row: Option<usize>,
    /// The first line carrying text of its row (where the gutter cue goes).
    pub first: bool,
    /// For a fold marker: how many rows it hides.
    pub folded: usize,
}

/// A comparison laid out at one pane width.
pub(super) struct PaneView {
    pub comparison: Arc<Comparison>,
    /// A round trip's middle pane: the old document against the translation, on the same
    /// rows as `comparison` (old against the back-translation).
    pub middle: Option<Middle>,
    layout: LayoutOptions,
    items: Vec<Item>,
    /// `starts[i]` is the first display line of item `i`; one extra entry holds the total.
    starts: Vec<usize>,
    /// Each row's line numbers, when shown and some side has a file's lines.
    numbers: Option<LineNumbers>,
}

/// What the panes fold away, cycled with `f`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Fold {
    /// Every row.
    #[default]
    Off,
    /// Runs of equal rows.
    Unchanged,
    /// Runs of rows without a finding: for a translation, where every row differs, this is
    /// the fold that hides something.
    NoFindings,
}

impl Fold {
    pub(super) fn next(self) -> Fold {
        match self {
            Fold::Off => Fold::Unchanged,
            Fold::Unchanged => Fold::NoFindings,
            Fold::NoFindings => Fold::Off,
        }
    }
}

/// How the panes lay a comparison out.
#[derive(Debug, Clone, Copy)]
pub(super) struct Look {
    /// Columns of text and line numbers in one pane (after the gutter).
    pub width: usize,
    pub fold: Fold,
    /// Across languages: the words the aligner links underlined.
    pub counterparts: bool,
    /// Each row's first line in its file shown beside the gutter.
    pub line_numbers: bool,
}

/// Each side's line index, for rows' line numbers beside the gutter.
struct LineNumbers {
    lines: Pair<Option<LineIndex>>,
    /// Columns the numbers take: the widest number and a space each side.
    width: usize,
}

/// What a round trip adds to the panes.
#[derive(Clone)]
pub(super) struct Middle {
    /// The original against the translation, row for row with the panes' comparison.
    pub comparison: Arc<Comparison>,
    /// For each finding of the panes' comparison: the version that brought it in (1 the
    /// translation, 2 the back-translation), where the evidence tells.
    pub introduced_by: Vec<Option<usize>>,
    /// For each row, the panes' pair's own rows that the middle's joined into it (empty where
    /// none were): laid side by side as sub-rows.
    pub parts: Arc<Vec<Vec<Pair<Range<usize>>>>>,
}

impl Middle {
    fn parts(&self, row: usize) -> &[Pair<Range<usize>>] {
        self.parts.get(row).map_or(&[], Vec::as_slice)
    }
}

impl PaneView {
    #[cfg(test)]
    pub(super) fn new(comparison: Arc<Comparison>, width: usize, fold: Fold) -> PaneView {
        let look = Look {
            width,
            fold,
            counterparts: false,
            line_numbers: false,
        };
        PaneView::with_middle(comparison, None, look)
    }

    pub(super) fn with_middle(
        comparison: Arc<Comparison>,
        middle: Option<Middle>,
        look: Look,
    ) -> PaneView {
        let Look {
            width,
            fold,
            counterparts,
            line_numbers,
        } = look;
        // Line numbers take their columns from the text, and only where a side has lines of
        // a file to number.
        let numbers = line_numbers
            .then(|| comparison.line_indexes())
            .filter(|lines| lines.old.is_some() || lines.new.is_some())
            .map(|lines| {
                let most = [&lines.old, &lines.new]
                    .into_iter()
                    .flatten()
                    .map(LineIndex::count)
                    .max()
                    .unwrap_or(1);
                // A space each side: apart from the gutter's marks and from the text.
                let width = most.to_string().len() + 2;
                LineNumbers { lines, width }
            })
            .filter(|n| n.width < width / 2);
        let layout = LayoutOptions {
            width: width
                .saturating_sub(numbers.as_ref().map_or(0, |n| n.width))
                .max(1),
            markers: false,
            counterparts,
        };
        // Among many versions a row may hold neither of these two: it is shown only where a
        // middle pane has text for it.
        let items = items(&comparison, fold, middle.is_none());
        // Every row's height is needed to scroll by lines; on a whole book that is the one
        // layout pass over everything, so it is spread over the cores.
        let heights: Vec<usize> = items
            .par_iter()
            .map(|item| match item {
                Item::Row(k) => match &middle {
                    Some(m) => {
                        row_height_with_middle(&comparison, &m.comparison, *k, &layout, m.parts(*k))
                    }
                    None => row_height(&comparison, *k, &layout),
                },
                Item::Fold(_) => 1,
            })
            .collect();
        let mut starts = Vec::with_capacity(items.len() + 1);
        let mut line = 0;
        for h in heights {
            starts.push(line);
            line += h;
        }
        starts.push(line);
        PaneView {
            comparison,
            middle,
            layout,
            items,
            starts,
            numbers,
        }
    }

    /// Columns the line numbers take in each pane (0 when they are not shown).
    pub(super) fn number_width(&self) -> usize {
        self.numbers.as_ref().map_or(0, |n| n.width)
    }

    /// The line of its file where row `row` starts on `side`, when line numbers are shown and
    /// the side has text in the row.
    pub(super) fn file_line(&self, row: usize, side: Side) -> Option<usize> {
        let index = self.numbers.as_ref()?.lines.get(side).as_ref()?;
        let row = self.comparison.rows.get(row)?;
        let range = self.comparison.text_range(row, side);
        (!range.is_empty()).then(|| index.line_of(range.start))
    }

    pub(super) fn total_lines(&self) -> usize {
        *self.starts.last().unwrap_or(&0)
    }

    /// The item shown at display line `line`.
    fn item_at(&self, line: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= line)
            .saturating_sub(1)
            .min(self.items.len().saturating_sub(1))
    }

    /// The row shown at display line `line` (the first row of a fold).
    pub(super) fn row_at(&self, line: usize) -> usize {
        match self.items.get(self.item_at(line)) {
            Some(Item::Row(k)) => *k,
            Some(Item::Fold(r)) => r.start,
            None => 0,
        }
    }

    /// The first display line of row `row` (of its fold, if folded).
    pub(super) fn line_of_row(&self, row: usize) -> usize {
        let first_row = |item: &Item| match item {
            Item::Row(k) => *k,
            Item::Fold(r) => r.start,
        };
        let i = self
            .items
            .partition_point(|it| first_row(it) <= row)
            .saturating_sub(1);
        self.starts.get(i).copied().unwrap_or(0)
    }

    /// The display lines `top..top + height`.
    pub(super) fn lines(&self, top: usize, height: usize) -> Vec<ViewLine> {
        let mut out = Vec::with_capacity(height);
        if self.items.is_empty() {
            return out;
        }
        let mut i = self.item_at(top);
        let mut skip = top - self.starts[i];
        while out.len() < height && i < self.items.len() {
            match &self.items[i] {
                Item::Fold(r) => out.push(ViewLine {
                    text: Pair::default(),
                    middle: Line::default(),
                    row: None,
                    first: false,
                    folded: r.len(),
                }),
                Item::Row(k) => {
                    let lines: Vec<(Pair<Line>, Line)> = match &self.middle {
                        Some(m) => layout_row_with_middle(
                            &self.comparison,
                            &m.comparison,
                            *k,
                            &self.layout,
                            m.parts(*k),
                        ),
                        None => layout_row(&self.comparison, *k, &self.layout)
                            .into_iter()
                            .map(|l| (l, Line::default()))
                            .collect(),
                    };
                    // The gutter cue goes on the first line with text in any column.
                    let first_text = lines
                        .iter()
                        .position(|(p, m)| p.old.width() + p.new.width() + m.width() > 0)
                        .unwrap_or(0);
                    for (n, (text, middle)) in lines.into_iter().enumerate().skip(skip) {
                        if out.len() == height {
                            break;
                        }
                        out.push(ViewLine {
                            text,
                            middle,
                            row: Some(*k),
                            first: n == first_text,
                            folded: 0,
                        });
                    }
                }
            }
            skip = 0;
            i += 1;
        }
        out
    }
}

fn items(cmp: &Comparison, fold: Fold, skip_empty: bool) -> Vec<Item> {
    let mut with_findings = vec![false; cmp.rows.len()];
    if fold == Fold::NoFindings {
        for f in &cmp.findings {
            with_findings[f.row] = true;
        }
    }
    let foldable = |j: usize| match fold {
        Fold::Off => false,
        Fold::Unchanged => cmp.rows[j].kind == RowKind::Equal,
        Fold::NoFindings => !with_findings[j],
    };
    let mut items = Vec::with_capacity(cmp.rows.len());
    let mut k = 0;
    while k < cmp.rows.len() {
        if skip_empty && cmp.rows[k].is_empty() {
            k += 1;
            continue;
        }
        let run_end = (k..cmp.rows.len())
            .find(|&j| !foldable(j))
            .unwrap_or(cmp.rows.len());
        if fold != Fold::Off && run_end - k >= MIN_FOLD {
            items.push(Item::Fold(k..run_end));
            k = run_end;
        } else {
            items.push(Item::Row(k));
            k += 1;
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use driftview::{DiffOptions, Document, compare};

    fn view(fold: Fold) -> PaneView {
        let old = "Same one.\nSame two.\nSame three.\nChanged here now.\nSame four.";
        let new = "Same one.\nSame two.\nSame three.\nChanged there now.\nSame four.";
        let cmp = compare(
            Arc::new(Document::from_text("a", old)),
            Arc::new(Document::from_text("b", new)),
            DiffOptions::default(),
            &driftview::Knowledge::none(),
        );
        PaneView::new(Arc::new(cmp), 40, fold)
    }

    #[test]
    fn folds_hide_equal_runs_behind_one_line() {
        let unfolded = view(Fold::Off);
        let folded = view(Fold::Unchanged);
        assert!(folded.total_lines() < unfolded.total_lines());
        let lines = folded.lines(0, 10);
        assert_eq!(lines[0].folded, 3);
        assert_eq!(lines[0].row, None);
        assert!(lines.iter().any(|l| l.row == Some(3)));
    }

    #[test]
    fn the_findings_fold_keeps_only_rows_with_findings() {
        // Every row changed, one with a number: only that row stays open.
        let old =
            "Alpha one here.\nBeta two here.\nGamma three here.\nIt cost 5 dollars.\nDelta here.";
        let new = "Alpha one there.\nBeta two there.\nGamma three there.\nIt cost 6 dollars.\nDelta there.";
        let cmp = compare(
            Arc::new(Document::from_text("a", old)),
            Arc::new(Document::from_text("b", new)),
            DiffOptions::default(),
            &driftview::Knowledge::none(),
        );
        let numbered = cmp.findings.iter().map(|f| f.row).collect::<Vec<_>>();
        assert_eq!(numbered, [3]);
        let cmp = Arc::new(cmp);
        let unchanged = PaneView::new(cmp.clone(), 40, Fold::Unchanged);
        assert!(
            unchanged.lines(0, 50).iter().all(|l| l.folded == 0),
            "no equal rows"
        );
        let findings = PaneView::new(cmp, 40, Fold::NoFindings);
        let lines = findings.lines(0, 50);
        assert_eq!(lines[0].folded, 3);
        assert!(lines.iter().any(|l| l.row == Some(3)));
    }

    #[test]
    fn rows_and_lines_map_both_ways() {
        let v = view(Fold::Off);
        for row in 0..v.comparison.rows.len() {
            assert_eq!(v.row_at(v.line_of_row(row)), row);
        }
        assert_eq!(v.lines(v.total_lines() - 1, 5).len(), 1);
    }
}
