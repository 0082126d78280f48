//! The glossary check translators run by hand: a source term whose required translation is
//! missing from its row. The glossary is a TSV file, a term and its translation per line
//! (`#` comments); several accepted translations are separated by `|`.

use crate::comparison::{Comparison, Finding, FindingKind, Severity};
use crate::side::Side;

/// One term and the translations accepted for it, lower-cased for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    source: String,
    targets: Vec<String>,
    /// The translations as the glossary writes them, for messages.
    shown: String,
}

/// Terms and their required translations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    terms: Vec<Term>,
}

impl Glossary {
    /// Reads a glossary; a line that is not `term<TAB>translation` is an error naming its
    /// line number.
    pub fn parse(text: &str) -> Result<Glossary, String> {
        let mut terms = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let Some((source, target)) = line.split_once('\t') else {
                return Err(format!(
                    "line {}: a term, a tab, then its translation is expected",
                    n + 1
                ));
            };
            let targets: Vec<String> = target
                .split('|')
                .map(|t| t.trim().to_lowercase())
                .filter(|t| !t.is_empty())
                .collect();
            if source.trim().is_empty() || targets.is_empty() {
                return Err(format!(
                    "line {}: the term or its translation is empty",
                    n + 1
                ));
            }
            terms.push(Term {
                source: source.trim().to_lowercase(),
                targets,
                shown: target.trim().to_string(),
            });
        }
        Ok(Glossary { terms })
    }

    /// The number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether it has no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The glossary findings of a comparison: for each row with text on both sides, each term
    /// the old side uses whose required translation the new side lacks. A translation counts
    /// where a word starts with it ("puente" in "puentes"): inflection is not a mistake.
    pub fn check(&self, cmp: &Comparison) -> Vec<Finding> {
        let mut out = Vec::new();
        for (k, row) in cmp.rows.iter().enumerate() {
            if row.sentences.old.is_empty() || row.sentences.new.is_empty() {
                continue;
            }
            let old = cmp.text(row, Side::Old).to_lowercase();
            let new = cmp.text(row, Side::New).to_lowercase();
            for term in &self.terms {
                if !has_word(&old, &term.source, true) {
                    continue;
                }
                if term.targets.iter().any(|t| has_word(&new, t, false)) {
                    continue;
                }
                out.push(Finding {
                    kind: FindingKind::Glossary,
                    severity: Severity::Medium,
                    row: k,
                    left: term.source.clone(),
                    right: String::new(),
                    message: format!(
                        "glossary: “{}” is to be translated “{}”",
                        term.source, term.shown
                    ),
                });
            }
        }
        out
    }

    /// Adds the glossary's findings to a comparison's, keeping them in row order.
    pub fn apply(&self, cmp: &mut Comparison) {
        if self.terms.is_empty() {
            return;
        }
        let found = self.check(cmp);
        cmp.findings.extend(found);
        cmp.findings.sort_by_key(|f| f.row);
    }
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
    use crate::load::document::Document;
    use crate::segment::language::Language;

    #[test]
    fn a_term_without_its_translation_in_the_row_is_a_finding() {
        let glossary =
            Glossary::parse("# bridge terms\nbridge\tpuente\npillar\tpilar|columna\n").unwrap();
        assert_eq!(glossary.len(), 2);
        let doc = |name: &str, text: &str, code: &str| {
            let mut d = Document::from_text(name, text);
            d.language = Language::from_code(code);
            Arc::new(d)
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
        );
        let found = glossary.check(&cmp);
        let messages: Vec<(usize, &str)> =
            found.iter().map(|f| (f.row, f.message.as_str())).collect();
        assert_eq!(
            messages,
            [(0, "glossary: “bridge” is to be translated “puente”")],
            "row 2 has “columna” (an accepted translation) and “puentes”"
        );
    }

    #[test]
    fn a_line_without_a_tab_is_an_error_naming_it() {
        assert_eq!(
            Glossary::parse("bridge\tpuente\npillar pilar\n").unwrap_err(),
            "line 2: a term, a tab, then its translation is expected"
        );
        assert!(Glossary::parse("bridge\t \n").is_err());
        assert!(!has_word("abridged", "bridge", true));
        assert!(has_word("the bridges", "bridge", false));
        assert!(!has_word("the bridges", "bridge", true));
    }
}
