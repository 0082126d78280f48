//! The length model of a pair itself: how a translation's rows' lengths stand to their
//! source's, fitted on the comparison's own rows. Gale and Church's observation (a
//! translation's length is close to proportional to its source's, with a spread that shrinks
//! as rows grow) with the pair's own ratio and spread in place of the paper's constants: a
//! terse translation of a wordy source, or a row of lists, varies as it varies.

use crate::comparison::{Comparison, Row};
use crate::side::Side;

/// Rows shorter than this on either side (characters, spaces aside) are left out of the fit
/// and never judged: a heading or a one-word line varies too much to tell.
pub(super) const MIN_CHARS: usize = 40;
/// Fewer rows than this and the pair's spread is not known well enough to judge by.
const MIN_ROWS: usize = 30;

/// A pair's length model: the median log ratio of its rows' lengths, and the spread of the
/// ratio's deviations scaled by the square root of the row's length (robust: a median of
/// absolute deviations, which the outliers it is there to find do not move).
#[derive(Debug, Clone, Copy)]
pub(super) struct LengthModel {
    centre: f64,
    spread: f64,
}

/// A side's characters, spaces aside.
pub(super) fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

impl LengthModel {
    /// The model of `rows` (a comparison's rows, both sides' sentences set), or `None` with
    /// too few rows long enough on both sides.
    pub(super) fn fit(cmp: &Comparison, rows: &[Row]) -> Option<LengthModel> {
        let pairs: Vec<(usize, usize)> = rows
            .iter()
            .filter(|r| !r.sentences.old.is_empty() && !r.sentences.new.is_empty())
            .map(|r| (chars(cmp.text(r, Side::Old)), chars(cmp.text(r, Side::New))))
            .filter(|&(a, b)| a.min(b) >= MIN_CHARS)
            .collect();
        if pairs.len() < MIN_ROWS {
            return None;
        }
        let mut logs: Vec<f64> = pairs
            .iter()
            .map(|&(a, b)| (b as f64 / a as f64).ln())
            .collect();
        let centre = median(&mut logs);
        let mut scaled: Vec<f64> = pairs
            .iter()
            .map(|&(a, b)| {
                ((b as f64 / a as f64).ln() - centre).abs() * ((a + b) as f64 / 2.0).sqrt()
            })
            .collect();
        // 1.4826 turns a median absolute deviation into a normal's standard deviation.
        let spread = (1.4826 * median(&mut scaled)).max(1e-3);
        Some(LengthModel { centre, spread })
    }

    /// How many of the pair's standard deviations a row of `a` and `b` characters stands
    /// from the pair's ratio: negative when the translation is shorter than it should be.
    pub(super) fn z(&self, a: usize, b: usize) -> f64 {
        let (a, b) = (a.max(1) as f64, b.max(1) as f64);
        ((b / a).ln() - self.centre) * ((a + b) / 2.0).sqrt() / self.spread
    }

    /// How many times longer (above 1) or shorter the translation is than the pair's ratio.
    pub(super) fn factor(&self, a: usize, b: usize) -> f64 {
        (b.max(1) as f64 / a.max(1) as f64) / self.centre.exp()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_far_from_the_pair_s_ratio_stands_far_out() {
        let m = LengthModel {
            centre: (1.1f64).ln(),
            spread: 1.0,
        };
        assert!(m.z(100, 110).abs() < 1e-9);
        assert!(m.z(200, 110) < -4.0);
        assert!(m.z(100, 220) > 4.0);
        // The same ratio is further out on a longer row.
        assert!(m.z(400, 220).abs() > m.z(200, 110).abs());
        assert!((m.factor(200, 110) - 0.5).abs() < 1e-9);
    }
}
