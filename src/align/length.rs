//! Length evidence (Gale and Church, 1993, "A Program for Aligning Sentences in Bilingual
//! Corpora"): the characters of a sentence and of its translation are close to proportional,
//! with a variance that grows with the length. The constants are the paper's.

/// Variance of a translation's length per character of the source, in characters (Gale and
/// Church measured 6.8 on English, French and German).
const VARIANCE_PER_CHAR: f64 = 6.8;

/// How far a pair of lengths stands from what the two documents' length ratio predicts, in
/// standard deviations: `new_chars` against `old_chars * ratio`.
pub(crate) fn length_deviation(old_chars: usize, new_chars: usize, ratio: f64) -> f64 {
    let (gap, variance) = gap_and_variance(old_chars, new_chars, ratio);
    gap / variance.sqrt()
}

/// How many characters `new_chars` stands from `old_chars * ratio`, and the variance the
/// model gives that gap: the deviation's two parts, for [`length_deviation`] and for
/// [`length_cost_floor`], which must measure the same thing.
fn gap_and_variance(old_chars: usize, new_chars: usize, ratio: f64) -> (f64, f64) {
    let (old, new) = (old_chars as f64, new_chars as f64);
    // The paper's variance is taken over the mean of the two lengths, so a sentence facing an
    // empty one still gets a finite deviation.
    let mean = ((old * ratio + new) / 2.0).max(1.0);
    (new - old * ratio, mean * VARIANCE_PER_CHAR)
}

/// The cost in nats of a pair of lengths, `-ln P(|δ| or more)` for the deviation δ of
/// [`length_deviation`] under a standard normal: 0 for lengths in proportion, about 2 at two
/// standard deviations, 9.6 at four.
pub(crate) fn length_cost(old_chars: usize, new_chars: usize, ratio: f64) -> f64 {
    let z = length_deviation(old_chars, new_chars, ratio).abs() / std::f64::consts::SQRT_2;
    -ln_erfc(z)
}

/// A floor under [`length_cost`] at a fraction of its price (one division, no square root, no
/// logarithm), for a grid to pass over steps that cannot win: `erfc(z) <= exp(-z²)` for
/// `z >= 0`, so the cost is at least `z²`, here shrunk by a hundredth and a millionth so that
/// the rational approximation of erfc and rounding never put the cost below it.
pub(crate) fn length_cost_floor(old_chars: usize, new_chars: usize, ratio: f64) -> f64 {
    let (gap, variance) = gap_and_variance(old_chars, new_chars, ratio);
    // z² = δ² / 2 for the deviation δ of `length_deviation`, without its square root.
    let z_squared = gap * gap / (2.0 * variance);
    (0.99 * z_squared - 1e-6).max(0.0)
}

/// `ln erfc(z)` for `z >= 0`, in log space so far tails do not underflow. The rational
/// approximation of erfc is Numerical Recipes' `erfcc` (fractional error under 1.2e-7);
/// written out here because the standard library has no erf and no crate is worth ten lines.
fn ln_erfc(z: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    t.ln() + poly
}

/// The expected ratio of new to old characters: the documents' own.
pub(crate) fn length_ratio(old_chars: usize, new_chars: usize) -> f64 {
    if old_chars == 0 || new_chars == 0 {
        1.0
    } else {
        new_chars as f64 / old_chars as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportional_lengths_agree_and_far_ones_do_not() {
        assert!(length_deviation(100, 100, 1.0).abs() < 1e-9);
        assert!(length_deviation(52, 62, 1.0).abs() < 2.0);
        assert!(length_deviation(20, 60, 1.0) > 2.0);
        assert!(length_deviation(60, 20, 1.0) < -2.0);
        // The documents' ratio is expected: Spanish runs longer than English.
        assert!(length_deviation(100, 120, 1.2).abs() < 1e-9);
        assert!(length_deviation(0, 0, 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_cost_grows_with_the_deviation() {
        assert!(length_cost(100, 100, 1.0).abs() < 1e-6);
        // Two standard deviations: P(|δ| >= 2) = 0.0455, cost 3.09.
        let two = (6.8f64 * 100.0).sqrt() * 2.0;
        let cost = length_cost(100 - two as usize / 2, 100 + two as usize / 2, 1.0);
        assert!((cost - 3.09).abs() < 0.2, "{cost}");
        assert!(length_cost(10, 200, 1.0) > length_cost(50, 200, 1.0));
        assert!(ln_erfc(40.0).is_finite());
    }

    proptest::proptest! {
        #[test]
        fn the_floor_is_never_above_the_cost(
            old in 0usize..5_000,
            new in 0usize..5_000,
            ratio in 0.2f64..5.0,
        ) {
            let (floor, cost) = (length_cost_floor(old, new, ratio), length_cost(old, new, ratio));
            proptest::prop_assert!(floor <= cost, "{floor} > {cost}");
            // A floor worth having: most of the cost where the cost is large.
            if cost > 10.0 {
                proptest::prop_assert!(floor > 0.8 * cost, "{floor} against {cost}");
            }
        }
    }

    #[test]
    fn the_ratio_is_the_documents_own() {
        assert_eq!(length_ratio(200, 300), 1.5);
        assert_eq!(length_ratio(0, 300), 1.0);
    }
}
