//! How a review weighs its errors, as translation quality managers do (MQM, the
//! Multidimensional Quality Metrics framework): each error verdict has a category from a
//! typology and a severity; severities weigh 1, 5 and 25 penalty points by default; the
//! translation's score is its penalty points per 1,000 source words, and it passes at or
//! under a threshold. The typology, the weights and the threshold are a team's choice (the
//! configuration's `[review]`), so they are an input here, never read from anywhere.
//!
//! A finding the reviewer marks an error gets a category and a severity proposed from its
//! kind (an omitted sentence: accuracy/omission, major), which the reviewer changes with a key.

use std::collections::BTreeMap;

use serde::Serialize;

use super::anchor::Attached;
pub use super::record::ErrorSeverity;
use super::record::{Entry, Review, Verdict};
use crate::comparison::{Comparison, Finding, FindingKind};

/// The categories of MQM's core typology that a translation review uses (MQM-Core's
/// dimensions, with the subtypes the reviewers of this kind of text name most), as
/// `dimension/subtype`.
pub const MQM_CORE: [&str; 12] = [
    "accuracy/mistranslation",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/untranslated",
    "terminology",
    "fluency/grammar",
    "fluency/spelling",
    "fluency/punctuation",
    "style",
    "locale/numbers",
    "locale/dates",
    "markup",
];

/// A team's way of scoring a review: its categories, the weight of each severity and the
/// score at or under which a translation passes.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringModel {
    /// The categories an error can have, in the order the category key steps through them.
    /// Never empty.
    pub categories: Vec<String>,
    /// Penalty points of a minor, a major and a critical error.
    pub weights: [f64; 3],
    /// The most penalty points per 1,000 source words a passing translation has.
    pub pass_threshold: f64,
}

/// Default weights (MQM's scoring model: minor 1, major 5, critical 25).
pub const DEFAULT_WEIGHTS: [f64; 3] = [1.0, 5.0, 25.0];

/// Default threshold: 10 points per 1,000 words, a quality score of 90 on MQM's 100-point
/// scale; a team sets its own (`[review] pass-threshold`).
pub const DEFAULT_PASS_THRESHOLD: f64 = 10.0;

impl Default for ScoringModel {
    fn default() -> ScoringModel {
        ScoringModel {
            categories: MQM_CORE.iter().map(|c| c.to_string()).collect(),
            weights: DEFAULT_WEIGHTS,
            pass_threshold: DEFAULT_PASS_THRESHOLD,
        }
    }
}

/// The category and severity proposed for a finding of each kind, in MQM-Core's terms:
/// what the check saw decides the dimension; the severity is major where the meaning
/// changes (a number, a negation, a sentence or clause gone) and minor where it usually
/// does not (a sentence split, a term or a quotation worded otherwise).
fn proposal(finding: &Finding) -> (&'static str, ErrorSeverity) {
    use ErrorSeverity::{Major, Minor};
    use FindingKind as K;
    // A clause or a length outlier is an omission when the source side holds more (a
    // clause dropped in one language may leave a few words in its place: more words, not
    // none, on the source side).
    let lost = || match finding.kind {
        K::Length => finding.message.contains("shorter"),
        _ => finding.left.split_whitespace().count() > finding.right.split_whitespace().count(),
    };
    match finding.kind {
        K::Dropped => ("accuracy/omission", Major),
        K::Added => ("accuracy/addition", Major),
        K::Clause | K::Length if lost() => ("accuracy/omission", Major),
        K::Clause | K::Length => ("accuracy/addition", Major),
        K::Untranslated => ("accuracy/untranslated", Major),
        K::Negation | K::Number | K::Question | K::Name => ("accuracy/mistranslation", Major),
        K::Quote | K::Fuzzy => ("accuracy/mistranslation", Minor),
        K::Glossary | K::Consistency => ("terminology", Minor),
        K::Format => ("markup", Major),
        K::Split | K::Merged | K::Moved => ("style", Minor),
        // The reviewer's own: most errors a reader finds that the checks missed are
        // mistranslations; the reviewer says otherwise with the category key.
        K::Reviewer => ("accuracy/mistranslation", Minor),
    }
}

impl ScoringModel {
    /// The category and severity a new error verdict on `finding` starts with. A team's own
    /// typology that lacks the proposed category gets its first category of the same
    /// dimension ("Accuracy" for accuracy/omission), else its first.
    pub fn preset(&self, finding: &Finding) -> (String, ErrorSeverity) {
        let (category, severity) = proposal(finding);
        (self.nearest(category).to_string(), severity)
    }

    fn nearest<'a>(&'a self, category: &'a str) -> &'a str {
        let dimension = category.split('/').next().unwrap_or(category);
        let same = |c: &&String| c.eq_ignore_ascii_case(category);
        let within = |c: &&String| {
            c.split('/')
                .next()
                .is_some_and(|d| d.eq_ignore_ascii_case(dimension))
        };
        self.categories
            .iter()
            .find(same)
            .or_else(|| self.categories.iter().find(within))
            .or(self.categories.first())
            .map_or(category, String::as_str)
    }

    /// The category after `current` in the typology (the first after the last, or after one
    /// the typology does not know).
    pub fn next_category(&self, current: &str) -> String {
        let at = self.categories.iter().position(|c| c == current);
        let next = at.map_or(0, |i| (i + 1) % self.categories.len().max(1));
        self.categories
            .get(next)
            .cloned()
            .unwrap_or_else(|| current.to_string())
    }

    /// The penalty points of one error.
    pub fn weight(&self, severity: ErrorSeverity) -> f64 {
        self.weights[severity.index()]
    }
}

/// A review's score: its errors weighed against the source's length.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Error verdicts of each severity: minor, major, critical.
    pub errors: [usize; 3],
    /// The same for each category, in the typology's order of names.
    pub by_category: BTreeMap<String, [usize; 3]>,
    /// Their penalty points together.
    pub penalty: f64,
    /// The words of the source (the old side).
    pub source_words: usize,
    /// Penalty points per 1,000 source words.
    pub per_thousand: f64,
    /// The weights it was computed with (minor, major, critical).
    pub weights: [f64; 3],
    /// The threshold it was held against.
    pub pass_threshold: f64,
    /// Whether it is at or under the threshold.
    pub passed: bool,
}

impl Score {
    /// Weighs errors (category, severity) against a source of `source_words` words.
    pub fn of(
        model: &ScoringModel,
        judged: impl IntoIterator<Item = (String, ErrorSeverity)>,
        source_words: usize,
    ) -> Score {
        let mut errors = [0; 3];
        let mut by_category: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        for (category, s) in judged {
            errors[s.index()] += 1;
            by_category.entry(category).or_default()[s.index()] += 1;
        }
        Score::weighed(model, errors, by_category, source_words)
    }

    /// Several scores as one: a batch's reviewed pairs weighed as if they were one document
    /// (their errors over all their source words).
    pub fn combined<'a>(
        model: &ScoringModel,
        scores: impl IntoIterator<Item = &'a Score>,
    ) -> Score {
        let mut errors = [0; 3];
        let mut by_category: BTreeMap<String, [usize; 3]> = BTreeMap::new();
        let mut source_words = 0;
        for s in scores {
            add(&mut errors, &s.errors);
            for (category, counts) in &s.by_category {
                add(by_category.entry(category.clone()).or_default(), counts);
            }
            source_words += s.source_words;
        }
        Score::weighed(model, errors, by_category, source_words)
    }

    /// The errors counted, weighed against the source's words.
    fn weighed(
        model: &ScoringModel,
        errors: [usize; 3],
        by_category: BTreeMap<String, [usize; 3]>,
        source_words: usize,
    ) -> Score {
        let penalty: f64 = ErrorSeverity::ALL
            .iter()
            .map(|&s| model.weight(s) * errors[s.index()] as f64)
            .sum();
        // An empty source has no words to spread the penalty over: one word stands for it,
        // so that an error there still fails.
        let per_thousand = penalty * 1000.0 / source_words.max(1) as f64;
        Score {
            errors,
            by_category,
            penalty,
            source_words,
            per_thousand,
            weights: model.weights,
            pass_threshold: model.pass_threshold,
            passed: per_thousand <= model.pass_threshold,
        }
    }
}

/// Counts of each severity added to a total.
fn add(total: &mut [usize; 3], counts: &[usize; 3]) {
    for (t, c) in total.iter_mut().zip(counts) {
        *t += c;
    }
}

/// Points with at most one decimal, none when whole ("10", "12.5").
pub fn points(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// The category and severity an error entry stands for: its own, or, for an entry written
/// before it had them, the preset of its finding.
pub fn judged(model: &ScoringModel, entry: &Entry, finding: &Finding) -> (String, ErrorSeverity) {
    let (category, severity) = model.preset(finding);
    (
        entry.category.clone().unwrap_or(category),
        entry.error_severity.unwrap_or(severity),
    )
}

/// The score of a review of a comparison: the findings with an error verdict (those still
/// to fix; a verified one was fixed), against the source's words.
pub fn score(
    model: &ScoringModel,
    review: &Review,
    attached: &Attached,
    cmp: &Comparison,
) -> Score {
    let errors = attached
        .entries
        .iter()
        .zip(&cmp.findings)
        .filter_map(|(e, f)| Some((&review.entries[(*e)?], f)))
        .filter(|(e, _)| e.verdict == Some(Verdict::Error))
        .map(|(e, f)| judged(model, e, f));
    Score::of(model, errors, cmp.words.old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comparison::Severity;

    fn finding(kind: FindingKind, left: &str, right: &str, message: &str) -> Finding {
        Finding {
            kind,
            severity: Severity::High,
            row: 0,
            left: left.into(),
            right: right.into(),
            message: message.into(),
            left_spans: Vec::new(),
            right_spans: Vec::new(),
        }
    }

    #[test]
    fn presets_follow_what_the_check_saw() {
        let model = ScoringModel::default();
        let dropped = finding(FindingKind::Dropped, "A verse.", "", "sentence dropped");
        assert_eq!(
            model.preset(&dropped),
            ("accuracy/omission".into(), ErrorSeverity::Major)
        );
        let clause_in = finding(FindingKind::Clause, "", "and more", "clause added");
        assert_eq!(model.preset(&clause_in).0, "accuracy/addition");
        let clause_out = finding(FindingKind::Clause, "and more", "", "clause dropped");
        assert_eq!(model.preset(&clause_out).0, "accuracy/omission");
        // A clause dropped with a word left in its place (a round trip's back-translation).
        let replaced = finding(
            FindingKind::Clause,
            "In a short video clip released on Russia 1, Putin told",
            "The",
            "clause dropped (10 words)",
        );
        assert_eq!(model.preset(&replaced).0, "accuracy/omission");
        let short = finding(
            FindingKind::Length,
            "90 characters",
            "30 characters",
            "the translation is 3.0 times shorter than the pair's lengths say",
        );
        assert_eq!(model.preset(&short).0, "accuracy/omission");
        let term = finding(FindingKind::Glossary, "LORD", "", "term missing");
        assert_eq!(
            model.preset(&term),
            ("terminology".into(), ErrorSeverity::Minor)
        );
    }

    #[test]
    fn a_teams_typology_gets_the_nearest_category() {
        let model = ScoringModel {
            categories: vec!["Terminology".into(), "Accuracy".into(), "Style".into()],
            ..ScoringModel::default()
        };
        let dropped = finding(FindingKind::Dropped, "A verse.", "", "");
        assert_eq!(model.preset(&dropped).0, "Accuracy");
        let format = finding(FindingKind::Format, "%s", "", "");
        assert_eq!(
            model.preset(&format).0,
            "Terminology",
            "no markup: the first"
        );
        assert_eq!(model.next_category("Style"), "Terminology");
        assert_eq!(model.next_category("unknown"), "Terminology");
        assert_eq!(model.next_category("Terminology"), "Accuracy");
    }

    #[test]
    fn the_score_is_penalty_points_per_thousand_source_words() {
        let model = ScoringModel::default();
        let none = Score::of(&model, Vec::new(), 800);
        assert_eq!((none.per_thousand, none.passed), (0.0, true));
        // One major (5) and two minors (2): 7 points over 400 words is 17.5 per 1,000.
        use ErrorSeverity::*;
        let errors = |list: &[(&str, ErrorSeverity)]| {
            list.iter()
                .map(|(c, s)| (c.to_string(), *s))
                .collect::<Vec<_>>()
        };
        let s = Score::of(
            &model,
            errors(&[("style", Major), ("style", Minor), ("terminology", Minor)]),
            400,
        );
        assert_eq!(s.errors, [2, 1, 0]);
        assert_eq!(s.by_category["style"], [1, 1, 0]);
        assert_eq!(s.penalty, 7.0);
        assert_eq!(s.per_thousand, 17.5);
        assert!(!s.passed);
        assert_eq!(points(s.per_thousand), "17.5");
        // At the threshold it passes.
        let at = Score::of(&model, errors(&[("style", Major), ("style", Major)]), 1000);
        assert!(at.passed, "{at:?}");
        assert_eq!(points(at.per_thousand), "10");
        let weighed = ScoringModel {
            weights: [0.5, 2.0, 10.0],
            pass_threshold: 1.0,
            ..ScoringModel::default()
        };
        // Scores combined are the errors of both over the words of both.
        let a = Score::of(&model, errors(&[("style", Major)]), 300);
        let b = Score::of(
            &model,
            errors(&[("style", Minor), ("markup", Critical)]),
            700,
        );
        let both = Score::of(
            &model,
            errors(&[("style", Major), ("style", Minor), ("markup", Critical)]),
            1000,
        );
        assert_eq!(Score::combined(&model, [&a, &b]), both);
        let critical = Score::of(&weighed, errors(&[("markup", Critical)]), 10_000);
        assert_eq!(critical.per_thousand, 1.0);
    }

    #[test]
    fn severities_step_round() {
        let mut s = ErrorSeverity::Minor;
        for _ in 0..3 {
            s = s.next();
        }
        assert_eq!(s, ErrorSeverity::Minor);
        assert_eq!(
            ErrorSeverity::parse("critical"),
            Some(ErrorSeverity::Critical)
        );
    }
}
