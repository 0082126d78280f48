//! A glossary: source terms and the translations a team requires for them, read from a TSV
//! file, a term and its translation per line (`#` comments); several accepted translations
//! are separated by `|`. The check that a row keeps them is drift's (`drift/glossary.rs`).

/// One term and the translations accepted for it, lower-cased for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) source: String,
    pub(crate) targets: Vec<String>,
    /// The translations as the glossary writes them, for messages.
    pub(crate) shown: String,
}

/// Terms and their required translations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossary {
    terms: Vec<Term>,
}

impl Glossary {
    /// Reads a glossary, and what is wrong with it: a line that is not
    /// `term<TAB>translation` is left out and named (its line number and why), so one bad
    /// line costs its own term only, not the run.
    pub fn parse(text: &str) -> (Glossary, Vec<String>) {
        let mut terms = Vec::new();
        let mut problems = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let Some((source, target)) = line.split_once('\t') else {
                problems.push(format!(
                    "line {}: a term, a tab, then its translation is expected",
                    n + 1
                ));
                continue;
            };
            let targets: Vec<String> = target
                .split('|')
                .map(|t| t.trim().to_lowercase())
                .filter(|t| !t.is_empty())
                .collect();
            if source.trim().is_empty() || targets.is_empty() {
                problems.push(format!(
                    "line {}: the term or its translation is empty",
                    n + 1
                ));
                continue;
            }
            terms.push(Term {
                source: source.trim().to_lowercase(),
                targets,
                shown: target.trim().to_string(),
            });
        }
        (Glossary { terms }, problems)
    }

    /// The number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether it has no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The terms, in the file's order.
    pub(crate) fn terms(&self) -> &[Term] {
        &self.terms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_line_is_named_and_left_out_and_the_rest_is_read() {
        let (glossary, problems) =
            Glossary::parse("# bridge terms\nbridge\tpuente\npillar\tPilar|columna\n");
        assert!(problems.is_empty());
        assert_eq!(glossary.len(), 2);
        assert_eq!(glossary.terms()[1].targets, ["pilar", "columna"]);
        assert_eq!(glossary.terms()[1].shown, "Pilar|columna");
        let (glossary, problems) = Glossary::parse("pillar pilar\nbridge\tpuente\nroad\t \n");
        assert_eq!(glossary.len(), 1);
        assert_eq!(
            problems,
            [
                "line 1: a term, a tab, then its translation is expected",
                "line 3: the term or its translation is empty"
            ]
        );
    }
}
