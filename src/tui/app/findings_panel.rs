//! The findings panel's state: whether it is open, the finding selected, and its filters
//! (`V` verdicts, `S` severity, `K` kind), which `]` and `[` follow too.

use driftview::{FindingKind, Severity};

use super::reviewing::VerdictFilter;

/// The findings panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::tui) struct FindingsPanel {
    /// Whether it is open.
    pub shown: bool,
    /// The finding selected, by its index among the comparison's findings.
    pub selected: usize,
    /// Which verdicts it shows.
    pub verdicts: VerdictFilter,
    /// The mildest severity it shows.
    pub min_severity: Severity,
    /// The one kind it shows, or every kind.
    pub kind: Option<FindingKind>,
}

impl Default for FindingsPanel {
    fn default() -> FindingsPanel {
        FindingsPanel {
            shown: false,
            selected: 0,
            verdicts: VerdictFilter::All,
            // The low-severity structure notes (split, merged) are out of the panel until `S`
            // asks for them.
            min_severity: Severity::Medium,
            kind: None,
        }
    }
}

impl FindingsPanel {
    /// The severity `S` shows next: medium and high, high alone, all.
    pub(super) fn next_severity(&self) -> Severity {
        match self.min_severity {
            Severity::Medium => Severity::High,
            Severity::High => Severity::Low,
            Severity::Low => Severity::Medium,
        }
    }
}
