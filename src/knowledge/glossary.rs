//! A glossary: source terms and the translations a team requires for them, read from a TSV
//! file, a term and its translation per line (`#` comments); several accepted translations
//! are separated by `|`. The check that a row keeps them is drift's (`drift/glossary.rs`).
//!
//! Case as in a smart-case search: a term or translation written in lower case matches in any
//! case ("bridge" finds "Bridge"); one written with a capital matches as written ("LORD" is
//! the glossary's name, not "my lord"; "Jehová" is not "jehová").

/// Text to find in a row, and whether its case counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wording {
    /// As written, or lower-cased when its case does not count.
    pub(crate) text: String,
    /// Written with a capital: matched as written.
    pub(crate) exact: bool,
}

impl Wording {
    fn of(written: &str) -> Wording {
        let written = written.trim();
        let exact = written.chars().any(char::is_uppercase);
        Wording {
            text: if exact {
                written.to_string()
            } else {
                written.to_lowercase()
            },
            exact,
        }
    }
}

/// One term and the translations accepted for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) source: Wording,
    pub(crate) targets: Vec<Wording>,
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
            let targets: Vec<Wording> = target
                .split('|')
                .filter(|t| !t.trim().is_empty())
                .map(Wording::of)
                .collect();
            if source.trim().is_empty() || targets.is_empty() {
                problems.push(format!(
                    "line {}: the term or its translation is empty",
                    n + 1
                ));
                continue;
            }
            terms.push(Term {
                source: Wording::of(source),
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

    /// Each term and its accepted translations as the glossary writes them, in the file's
    /// order: for showing the glossary in force.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.terms
            .iter()
            .map(|t| (t.source.text.as_str(), t.shown.as_str()))
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
        let targets: Vec<(&str, bool)> = glossary.terms()[1]
            .targets
            .iter()
            .map(|t| (t.text.as_str(), t.exact))
            .collect();
        assert_eq!(targets, [("Pilar", true), ("columna", false)]);
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
