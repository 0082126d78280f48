//! The cells of the alignment grid that are computed: all of a small gap, a band around the
//! diagonal of a large one.

/// Gaps up to this many cells are solved in full; larger ones in a band.
const FULL_CELLS: usize = 250_000;
/// Gaps longer than this use `NARROW_BAND`.
const WIDE_BAND_LIMIT: usize = 2_000;
/// Half-width of the band for those long gaps: such gaps are mostly files of many short
/// lines (one verse or one line of a list each), which rarely drift more than a screenful of
/// lines from the diagonal, and each cell costs a similarity score.
const NARROW_BAND: usize = 24;
/// Half-width of the band around the diagonal, in sentences.
const BAND: usize = 100;

/// One row of a band, copied out so that the grid's inner loop indexes it without looking
/// the row up again for every step of every cell.
#[derive(Clone, Copy)]
pub(super) struct BandRow {
    lo: usize,
    hi: usize,
    offset: usize,
}

impl BandRow {
    /// A row with no cells: the rows before the grid's first.
    pub(super) const NONE: BandRow = BandRow {
        lo: 1,
        hi: 0,
        offset: 0,
    };

    /// The flat index of column `b` of this row, or `None` outside the band.
    #[inline]
    pub(super) fn index(self, b: usize) -> Option<usize> {
        (b >= self.lo && b <= self.hi).then(|| self.offset + b - self.lo)
    }
}

/// The computed cells of an n×m grid, row by row.
pub(super) struct Band {
    /// First column of the band in each row.
    pub(super) lo: Vec<usize>,
    /// Last column of the band in each row.
    pub(super) hi: Vec<usize>,
    /// Index of each row's first cell in the flat cell arrays.
    offset: Vec<usize>,
}

impl Band {
    pub(super) fn new(n: usize, m: usize) -> Band {
        let full = n.saturating_mul(m) <= FULL_CELLS;
        // Long anchorless gaps (thousands of short lines) get a narrower band: they cost
        // cells per sentence, and such text rarely drifts far from the diagonal.
        let band = if n.max(m) > WIDE_BAND_LIMIT {
            NARROW_BAND
        } else {
            BAND
        };
        Band::with_width(n, m, band, full)
    }

    /// A band of `half_width` units either side of the diagonal, however small the grid.
    pub(super) fn around_diagonal(n: usize, m: usize, half_width: usize) -> Band {
        Band::with_width(n, m, half_width, false)
    }

    /// A band of `half_width` columns either side of a path through the grid: `path[a]` is
    /// the first and last column the path visits in row `a` (monotone, from (0, 0) to
    /// (n, m)).
    pub(super) fn around_path(path: &[(usize, usize)], m: usize, half_width: usize) -> Band {
        let (mut lo, mut hi, mut offset) = (Vec::new(), Vec::new(), Vec::new());
        let mut total = 0;
        for &(first, last) in path {
            let (l, h) = (first.saturating_sub(half_width), (last + half_width).min(m));
            lo.push(l);
            hi.push(h);
            offset.push(total);
            total += h - l + 1;
        }
        Band { lo, hi, offset }
    }

    fn with_width(n: usize, m: usize, band: usize, full: bool) -> Band {
        let width = band.max(m / n.max(1) + 2);
        let (mut lo, mut hi, mut offset) = (Vec::new(), Vec::new(), Vec::new());
        let mut total = 0;
        for a in 0..=n {
            let (l, h) = if full || n == 0 {
                (0, m)
            } else {
                let center = a * m / n;
                (center.saturating_sub(width), (center + width).min(m))
            };
            lo.push(l);
            hi.push(h);
            offset.push(total);
            total += h - l + 1;
        }
        Band { lo, hi, offset }
    }

    /// The flat index of cell (a, b), or `None` outside the band.
    // Called for every step of every cell; the grid lives in another module (codegen unit).
    #[inline]
    pub(super) fn index(&self, a: usize, b: usize) -> Option<usize> {
        self.row(a).index(b)
    }

    /// Row `a` of the band: its columns and where its cells start in the flat arrays.
    pub(super) fn row(&self, a: usize) -> BandRow {
        BandRow {
            lo: self.lo[a],
            hi: self.hi[a],
            offset: self.offset[a],
        }
    }

    /// How many cells the band holds.
    pub(super) fn cells(&self) -> usize {
        self.offset.last().map_or(0, |o| {
            o + self.hi.last().unwrap() - self.lo.last().unwrap() + 1
        })
    }
}
