//! The glossary check translators run by hand: a source term whose required translation is
//! missing from its row (the glossary itself is read in `knowledge/glossary.rs`).

use crate::comparison::{Finding, FindingKind, Severity};
use crate::knowledge::Glossary;
use crate::knowledge::glossary::Wording;

/// The glossary findings of row `row`, whose sides read `old` and `new`: each term the old
/// side uses whose required translation the new side lacks. A translation counts where a word
/// starts with it ("puente" in "puentes"): inflection is not a mistake.
pub(super) fn missing_terms(glossary: &Glossary, row: usize, old: &str, new: &str) -> Vec<Finding> {
    // Each side as written, for the terms written with a capital, and lower-cased for the rest.
    let folded = (old.to_lowercase(), new.to_lowercase());
    let has = |side: &str, folded: &str, w: &Wording, whole: bool| {
        has_word(if w.exact { side } else { folded }, &w.text, whole)
    };
    glossary
        .terms()
        .iter()
        .filter(|term| has(old, &folded.0, &term.source, true))
        .filter(|term| !term.targets.iter().any(|t| has(new, &folded.1, t, false)))
        .map(|term| Finding {
            kind: FindingKind::Glossary,
            severity: Severity::Medium,
            row,
            left: term.source.text.clone(),
            right: String::new(),
            message: format!(
                "glossary: “{}” is to be translated “{}”",
                term.source.text, term.shown
            ),
            left_spans: Vec::new(),
            right_spans: Vec::new(),
        })
        .collect()
}

/// Whether `needle` stands in `text` at the start of a word and, when `whole`, ends with one.
fn has_word(text: &str, needle: &str, whole: bool) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        let starts = before.is_none_or(|c| !c.is_alphanumeric());
        let ends = !whole || after.is_none_or(|c| !c.is_alphanumeric());
        starts && ends
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diff::options::DiffOptions;
    use crate::knowledge::Knowledge;
    use crate::load::document::Document;
    use crate::text::language::Language;

    #[test]
    fn a_term_without_its_translation_in_the_row_is_a_finding_on_the_comparison() {
        let glossary = Glossary::parse("# bridge terms\nbridge\tpuente\npillar\tpilar|columna\n").0;
        let doc = |name: &str, text: &str, code: &str| {
            let mut d = Document::from_text(name, text);
            d.language = Language::from_code(code);
            Arc::new(d)
        };
        let knowledge = Knowledge {
            glossary: Some(Arc::new(glossary)),
            ..Knowledge::none()
        };
        let cmp = crate::compare::compare(
            doc(
                "en",
                "The bridge was closed on Monday morning. Engineers checked every pillar of the old bridge.",
                "en",
            ),
            doc(
                "es",
                "El viaducto se cerró el lunes por la mañana. Los ingenieros revisaron cada columna de los puentes.",
                "es",
            ),
            DiffOptions::default(),
            &knowledge,
        );
        let messages: Vec<(usize, &str)> = cmp
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Glossary)
            .map(|f| (f.row, f.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [(0, "glossary: “bridge” is to be translated “puente”")],
            "row 2 has “columna” (an accepted translation) and “puentes”"
        );
    }

    #[test]
    fn a_term_or_translation_written_with_a_capital_matches_as_written() {
        let glossary = Glossary::parse("LORD\tJehová\nbridge\tpuente\n").0;
        let terms = |old: &str, new: &str| -> Vec<String> {
            missing_terms(&glossary, 0, old, new)
                .into_iter()
                .map(|f| f.left)
                .collect()
        };
        // "my lord" is not the glossary's LORD; "Bridge" is its bridge.
        assert!(terms("And he said, my lord, hear me.", "Y dijo: señor mío").is_empty());
        assert_eq!(terms("The LORD spoke.", "El Señor habló."), ["LORD"]);
        assert!(terms("The LORD spoke.", "Jehová habló.").is_empty());
        assert_eq!(terms("The LORD spoke.", "jehová habló."), ["LORD"]);
        assert_eq!(terms("Bridge closed.", "Cerrado."), ["bridge"]);
        assert!(terms("Bridge closed.", "Puente cerrado.").is_empty());
    }

    #[test]
    fn a_translation_counts_at_a_word_start_and_a_term_only_whole() {
        assert!(!has_word("abridged", "bridge", true));
        assert!(has_word("the bridges", "bridge", false));
        assert!(!has_word("the bridges", "bridge", true));
    }
}
