//! What a review file holds: entries of anchor, verdict and note, sorted so that the file is
//! the same whatever order the verdicts were given in (it can be kept in git).

use serde::{Deserialize, Serialize};

use crate::comparison::{Comparison, Finding, FindingKind};
use crate::side::Side;

/// A reviewer's judgement of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// A real error, to be fixed.
    Error,
    /// A difference that is fine as it is.
    Acceptable,
    /// An error that has been fixed.
    Verified,
}

impl Verdict {
    /// Every verdict, in the order exports group them.
    pub const ALL: [Verdict; 3] = [Verdict::Error, Verdict::Acceptable, Verdict::Verified];

    /// The word the file and the exports use.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Error => "error",
            Verdict::Acceptable => "acceptable",
            Verdict::Verified => "verified",
        }
    }

    /// Reads a verdict's word.
    pub fn parse(text: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.label() == text)
    }
}

/// How much an error weighs, in MQM's three levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorSeverity {
    /// Noticeable, but the meaning and the use of the text are intact.
    Minor,
    /// The meaning changes, or a reader is misled.
    Major,
    /// A risk to health, safety, law or money, or the text unusable.
    Critical,
}

impl ErrorSeverity {
    /// Every level, lightest first.
    pub const ALL: [ErrorSeverity; 3] = [
        ErrorSeverity::Minor,
        ErrorSeverity::Major,
        ErrorSeverity::Critical,
    ];

    /// The word the review file and the exports use.
    pub fn label(self) -> &'static str {
        match self {
            ErrorSeverity::Minor => "minor",
            ErrorSeverity::Major => "major",
            ErrorSeverity::Critical => "critical",
        }
    }

    /// Reads a level's word.
    pub fn parse(text: &str) -> Option<ErrorSeverity> {
        ErrorSeverity::ALL.into_iter().find(|s| s.label() == text)
    }

    /// The next level, round from critical to minor (the reader's severity key).
    pub fn next(self) -> ErrorSeverity {
        match self {
            ErrorSeverity::Minor => ErrorSeverity::Major,
            ErrorSeverity::Major => ErrorSeverity::Critical,
            ErrorSeverity::Critical => ErrorSeverity::Minor,
        }
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// What a verdict is about: the finding's kind and evidence, and the text of its row on each
/// side with runs of white space made one space (so a reflowed paragraph keeps its verdicts).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// The finding's kind.
    pub kind: FindingKind,
    /// The evidence on the old side.
    pub left: String,
    /// The evidence on the new side.
    pub right: String,
    /// The old side's text of the finding's row.
    pub old_text: String,
    /// The new side's text of the finding's row.
    pub new_text: String,
}

/// Runs of white space as one space, without the ends.
pub(crate) fn normalise(text: &str) -> String {
    crate::text::typography::single_spaced(text)
}

impl Anchor {
    /// The anchor of a finding of a comparison.
    pub fn of(cmp: &Comparison, finding: &Finding) -> Anchor {
        let row = &cmp.rows[finding.row];
        Anchor {
            kind: finding.kind,
            left: normalise(&finding.left),
            right: normalise(&finding.right),
            old_text: normalise(cmp.text(row, Side::Old)),
            new_text: normalise(cmp.text(row, Side::New)),
        }
    }
}

/// One reviewed finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// What it is about.
    #[serde(flatten)]
    pub anchor: Anchor,
    /// The verdict, if one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The reviewer's note, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// An error's category in the scoring model's typology ("accuracy/omission"); kept only
    /// with an error or verified verdict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// An error's severity (minor, major, critical); kept as the category is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_severity: Option<ErrorSeverity>,
}

impl Entry {
    /// An entry with a verdict and a note and no category yet.
    pub fn new(anchor: Anchor, verdict: Option<Verdict>, note: Option<String>) -> Entry {
        Entry {
            anchor,
            verdict,
            note,
            category: None,
            error_severity: None,
        }
    }

    /// Whether the verdict is about an error (to fix, or fixed), which has a category.
    pub fn is_error(&self) -> bool {
        matches!(self.verdict, Some(Verdict::Error | Verdict::Verified))
    }
}

/// The format's version, written in every file so that a later driftview can read it.
pub const FORMAT: u32 = 1;

/// A review file's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The format's version.
    #[serde(default)]
    pub driftview_review: u32,
    /// The old document's path when the review began (for people reading the file).
    #[serde(default)]
    pub old: String,
    /// The new document's path.
    #[serde(default)]
    pub new: String,
    /// The entries, sorted by anchor.
    #[serde(default)]
    pub entries: Vec<Entry>,
    /// The reviewer's alignment fixes, in the order they were made (each lays its rows over
    /// the ones before).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<super::alignment_fixes::AlignmentFix>,
}

impl Review {
    /// An empty review of two documents.
    pub fn new(old: &str, new: &str) -> Review {
        Review {
            driftview_review: FORMAT,
            old: old.to_string(),
            new: new.to_string(),
            entries: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// The entry for an anchor, if there is one.
    pub fn get(&self, anchor: &Anchor) -> Option<&Entry> {
        self.entries
            .binary_search_by(|e| e.anchor.cmp(anchor))
            .ok()
            .map(|i| &self.entries[i])
    }

    /// Sets an anchor's verdict and note, keeping its category and severity while it stays
    /// an error; an entry left with nothing is removed.
    pub fn set(&mut self, anchor: Anchor, verdict: Option<Verdict>, note: Option<String>) {
        let mut entry = self
            .get(&anchor)
            .cloned()
            .unwrap_or_else(|| Entry::new(anchor, None, None));
        entry.verdict = verdict;
        entry.note = note;
        self.put(entry);
    }

    /// Puts an entry in place of its anchor's: the note made one line, the category and
    /// severity dropped unless it is an error, and the anchor's entry removed when nothing
    /// is left.
    pub fn put(&mut self, mut entry: Entry) {
        entry.note = entry.note.map(|n| normalise(&n)).filter(|n| !n.is_empty());
        if !entry.is_error() {
            entry.category = None;
            entry.error_severity = None;
        }
        let blank = entry.verdict.is_none() && entry.note.is_none();
        match self
            .entries
            .binary_search_by(|e| e.anchor.cmp(&entry.anchor))
        {
            Ok(i) if blank => {
                self.entries.remove(i);
            }
            Ok(i) => self.entries[i] = entry,
            Err(_) if blank => {}
            Err(i) => self.entries.insert(i, entry),
        }
    }

    /// Puts the entries in their order (after reading a file written by hand or by another
    /// version), keeping the last of any anchor given twice.
    pub fn sort(&mut self) {
        let entries = std::mem::take(&mut self.entries);
        let mut by_anchor = std::collections::BTreeMap::new();
        for e in entries {
            by_anchor.insert(e.anchor.clone(), e);
        }
        self.entries = by_anchor.into_values().collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(left: &str) -> Anchor {
        Anchor {
            kind: FindingKind::Number,
            left: left.into(),
            right: String::new(),
            old_text: format!("It cost {left} dollars."),
            new_text: "It cost dollars.".into(),
        }
    }

    #[test]
    fn entries_stay_sorted_whatever_the_order_of_the_verdicts() {
        let mut one = Review::new("a", "b");
        let mut two = Review::new("a", "b");
        for l in ["3", "1", "2"] {
            one.set(anchor(l), Some(Verdict::Error), None);
        }
        for l in ["2", "3", "1"] {
            two.set(anchor(l), Some(Verdict::Error), None);
        }
        assert_eq!(one, two);
        assert_eq!(one.get(&anchor("2")).unwrap().verdict, Some(Verdict::Error));
    }

    #[test]
    fn clearing_verdict_and_note_removes_the_entry() {
        let mut r = Review::new("a", "b");
        r.set(
            anchor("1"),
            Some(Verdict::Acceptable),
            Some("  fine\n here ".into()),
        );
        assert_eq!(
            r.get(&anchor("1")).unwrap().note.as_deref(),
            Some("fine here")
        );
        r.set(anchor("1"), None, Some("kept".into()));
        assert_eq!(r.entries.len(), 1, "a note alone is kept");
        r.set(anchor("1"), None, None);
        assert!(r.entries.is_empty());
    }
}
