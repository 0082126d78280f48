//! A question made a statement, or a statement a question: in one language or across a
//! translation, whether a row asks is compared.

use super::messages::finding;
use crate::comparison::{Comparison, Finding, FindingKind, Severity};
use crate::load::document::Document;
use crate::text::Language;

/// Whether a row's side asks anything. A question is a question in every language these
/// scripts write ("?", Spanish "¿…?", "？", "؟", and Greek's ";").
fn asks(text: &str, doc: &Document) -> bool {
    text.contains(['?', '？', '؟', '\u{37E}'])
        || (doc.language == Some(Language::GREEK) && text.contains(';'))
}

/// A finding when one side of row `row` asks and the other does not. Only whether a row asks
/// is compared, not how many questions: a version may join two questions into one ("Why art
/// thou wroth? and why …?" → "¿Por qué …, y por qué …?").
pub(super) fn changed(cmp: &Comparison, row: usize, old: &str, new: &str) -> Option<Finding> {
    let (qa, qb) = (asks(old, &cmp.docs.old), asks(new, &cmp.docs.new));
    if qa == qb {
        return None;
    }
    // Across languages the two versions are a source and its translation.
    let message = match (qa, cmp.across) {
        (true, false) => "a question in the old version, none in the new",
        (false, false) => "a question in the new version, none in the old",
        (true, true) => "a question in the source, none in the translation",
        (false, true) => "a question in the translation, none in the source",
    };
    let (left, right) = if qa {
        (old.trim().to_string(), String::new())
    } else {
        (String::new(), new.trim().to_string())
    };
    Some(finding(
        FindingKind::Question,
        Severity::Medium,
        row,
        left,
        right,
        message.to_string(),
    ))
}
