//! Reading the configuration file's TOML, setting by setting, so that each mistake is reported
//! with its line and key and costs only that setting (toml's spanned tables give the lines).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::settings::Config;
use driftview::report::theme::{Colour, ROLES, Theme};
use driftview::review::ErrorSeverity;

/// Reads `text` (the file `name`) into a configuration and the warnings it earned.
pub(super) fn read(text: &str, name: &str) -> (Config, Vec<String>) {
    let mut reader = Reader {
        text,
        warnings: Vec::new(),
    };
    let mut config = Config::default();
    match DeTable::parse(text) {
        Ok(table) => reader.top(table.get_ref(), &mut config),
        Err(e) => {
            let line = e.span().map_or(1, |s| reader.line(s.start));
            let what = e.message().lines().next().unwrap_or("not TOML").to_string();
            reader.warn(line, format!("{what}; using the defaults"));
        }
    }
    // Tables come back sorted by key, not in the file's order: the warnings are put back
    // in the order of their lines.
    let mut warnings = reader.warnings;
    warnings.sort_by_key(|(line, _)| *line);
    let named = warnings
        .into_iter()
        .map(|(line, w)| format!("{name}:{line}: {w}"));
    (config, named.collect())
}

struct Reader<'a> {
    text: &'a str,
    /// Each warning with its line, the file's name and line put in front when they are read.
    warnings: Vec<(usize, String)>,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn warn(&mut self, line: usize, warning: String) {
        self.warnings.push((line, warning));
    }

    /// A mistake in the value of `key`: that setting keeps its default.
    fn mistake(&mut self, value: &Value<'_>, key: &str, why: &str) {
        let line = self.line(value.span().start);
        self.warn(line, format!("{key}: {why}; using the default"));
    }

    fn unknown(&mut self, key: &Spanned<std::borrow::Cow<'_, str>>, within: &str) {
        let line = self.line(key.span().start);
        self.warn(
            line,
            format!("unknown key '{within}{}' (ignored)", key.get_ref()),
        );
    }

    fn top(&mut self, table: &DeTable<'_>, config: &mut Config) {
        for (key, value) in table {
            match key.get_ref().as_ref() {
                "theme" => self.theme(value, config),
                "pager" => match value.get_ref().as_str() {
                    Some(p) => config.pager = Some(p.to_string()),
                    None => self.mistake(value, "pager", "a command line in quotes is needed"),
                },
                "list-width" => match value.get_ref().as_integer().map(|i| i.as_str()) {
                    Some(n) => match n.parse::<u16>() {
                        Ok(w) if (10..=200).contains(&w) => config.list_width = Some(w),
                        _ => self.mistake(value, "list-width", "columns from 10 to 200"),
                    },
                    None => self.mistake(value, "list-width", "a number of columns is needed"),
                },
                "diff" => self.section(value, "diff", |r, k, v| r.diff(k, v, config)),
                "colours" | "colors" => {
                    self.section(value, "colours", |r, k, v| r.colour(k, v, config))
                }
                "keys" => self.section(value, "keys", |r, k, v| r.keys(k, v, config)),
                "review" => self.section(value, "review", |r, k, v| r.review(k, v, config)),
                _ => self.unknown(key, ""),
            }
        }
    }

    /// A `[section]`: each of its keys read by `each`, which says whether it knew the key.
    fn section<'i>(
        &mut self,
        value: &Value<'i>,
        name: &str,
        mut each: impl FnMut(&mut Self, &str, &Value<'i>) -> bool,
    ) {
        let Some(table) = value.get_ref().as_table() else {
            self.mistake(value, name, "a table ([section]) is needed");
            return;
        };
        for (key, value) in table {
            if !each(self, key.get_ref(), value) {
                self.unknown(key, &format!("{name}."));
            }
        }
    }

    fn theme(&mut self, value: &Value<'_>, config: &mut Config) {
        match value
            .get_ref()
            .as_str()
            .map(|name| (name, Theme::named(name)))
        {
            Some((_, Some(theme))) => config.theme = Some(theme),
            Some((name, None)) => self.mistake(
                value,
                "theme",
                &format!("unknown theme '{name}' (colour, colour-blind or none)"),
            ),
            None => self.mistake(value, "theme", "a theme name in quotes is needed"),
        }
    }

    fn diff(&mut self, key: &str, value: &Value<'_>, config: &mut Config) -> bool {
        let slot = match key {
            "ignore-case" => &mut config.diff.ignore_case,
            "ignore-punctuation" => &mut config.diff.ignore_punctuation,
            "exact-whitespace" => &mut config.diff.exact_whitespace,
            _ => return false,
        };
        match value.get_ref().as_bool() {
            Some(b) => *slot = b,
            None => self.mistake(value, &format!("diff.{key}"), "true or false is needed"),
        }
        true
    }

    fn colour(&mut self, key: &str, value: &Value<'_>, config: &mut Config) -> bool {
        if !ROLES.contains(&key) {
            return false;
        }
        let read = match value.get_ref() {
            DeValue::String(s) => Colour::parse(s),
            DeValue::Integer(i) => Colour::parse(i.as_str()),
            _ => Err("a colour name, \"#rrggbb\" or 0-255 is needed".to_string()),
        };
        match read {
            Ok(colour) => config.colours.push((key.to_string(), colour)),
            Err(why) => self.mistake(value, &format!("colours.{key}"), &why),
        }
        true
    }

    /// `[review]`: how errors are categorised and scored.
    fn review(&mut self, key: &str, value: &Value<'_>, config: &mut Config) -> bool {
        let scoring = &mut config.scoring;
        match key {
            "categories" => {
                let names: Option<Vec<String>> = value.get_ref().as_array().and_then(|items| {
                    items
                        .iter()
                        .map(|i| i.get_ref().as_str().map(|s| s.trim().to_string()))
                        .collect()
                });
                match names {
                    Some(names) if names.is_empty() || names.iter().any(String::is_empty) => {
                        self.mistake(value, "review.categories", "names that are not empty")
                    }
                    Some(names) => {
                        let mut unique = names.clone();
                        unique.sort();
                        unique.dedup();
                        if unique.len() < names.len() {
                            self.mistake(value, "review.categories", "a name is given twice");
                        } else {
                            scoring.categories = names;
                        }
                    }
                    None => self.mistake(
                        value,
                        "review.categories",
                        "a list of names in quotes is needed",
                    ),
                }
            }
            "weights" => {
                let Some(table) = value.get_ref().as_table() else {
                    self.mistake(
                        value,
                        "review.weights",
                        "a table such as { minor = 1, major = 5, critical = 25 } is needed",
                    );
                    return true;
                };
                for (name, weight) in table {
                    let Some(level) = ErrorSeverity::parse(name.get_ref()) else {
                        self.unknown(name, "review.weights.");
                        continue;
                    };
                    let key = format!("review.weights.{}", level.label());
                    match number(weight) {
                        Some(w) if w >= 0.0 => scoring.weights[level as usize] = w,
                        _ => self.mistake(weight, &key, "a number of points, 0 or more"),
                    }
                }
            }
            "advance" => match value.get_ref().as_bool() {
                Some(b) => config.advance = b,
                None => self.mistake(value, "review.advance", "true or false is needed"),
            },
            "pass-threshold" => match number(value) {
                Some(t) if t >= 0.0 => scoring.pass_threshold = t,
                _ => self.mistake(
                    value,
                    "review.pass-threshold",
                    "penalty points per 1,000 words, 0 or more",
                ),
            },
            _ => return false,
        }
        true
    }

    fn keys(&mut self, key: &str, value: &Value<'_>, config: &mut Config) -> bool {
        let labels: Option<Vec<String>> = match value.get_ref() {
            DeValue::String(s) => Some(vec![s.to_string()]),
            DeValue::Array(items) => items
                .iter()
                .map(|i| i.get_ref().as_str().map(str::to_string))
                .collect(),
            _ => None,
        };
        let Some(labels) = labels else {
            self.mistake(
                value,
                &format!("keys.{key}"),
                "a key or a list of keys is needed",
            );
            return true;
        };
        match crate::tui::read_rebinding(key, &labels) {
            Ok(()) => {
                if key == "quit" && labels.is_empty() {
                    let line = self.line(value.span().start);
                    self.warn(
                        line,
                        "keys: quit has no key left; Ctrl-c still quits".to_string(),
                    );
                }
                config.keys.push((key.to_string(), labels))
            }
            Err(why) if why.starts_with("unknown action") => {
                let line = self.line(value.span().start);
                self.warn(line, format!("keys: {why} (ignored)"));
            }
            Err(why) => self.mistake(value, &format!("keys.{key}"), &why),
        }
        true
    }
}

/// A TOML integer or float as a number (finite only).
fn number(value: &Value<'_>) -> Option<f64> {
    let text = match value.get_ref() {
        DeValue::Integer(i) => i.as_str(),
        DeValue::Float(f) => f.as_str(),
        _ => return None,
    };
    text.replace('_', "")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_ok(text: &str) -> Config {
        let (config, warnings) = read(text, "config.toml");
        assert!(warnings.is_empty(), "{warnings:?}");
        config
    }

    #[test]
    fn unbinding_quit_is_a_warning() {
        let (config, warnings) = read("[keys]\nquit = []\n", "config.toml");
        assert_eq!(config.keys, [("quit".to_string(), Vec::new())]);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("Ctrl-c still quits"), "{warnings:?}");
    }

    #[test]
    fn every_setting_reads() {
        let config = read_ok(
            "theme = \"colour-blind\"\npager = \"less -S\"\nlist-width = 30\n\
             [diff]\nignore-case = true\n[colours]\ndeleted = \"#d55e00\"\nmoved = 177\n\
             [keys]\nfold = \"z\"\nquit = [\"q\", \"Ctrl-q\"]\n",
        );
        assert_eq!(config.theme, Some(Theme::COLOUR_BLIND));
        assert_eq!(config.pager.as_deref(), Some("less -S"));
        assert_eq!(config.list_width, Some(30));
        assert!(config.diff.ignore_case && !config.diff.ignore_punctuation);
        assert_eq!(
            config.colours,
            [
                ("deleted".to_string(), Colour::Rgb(0xd5, 0x5e, 0x00)),
                ("moved".to_string(), Colour::Indexed(177))
            ]
        );
        assert_eq!(config.keys[1].1, ["q", "Ctrl-q"]);
        assert_eq!(config.painted_theme().name, Theme::OWN_NAME);
    }

    #[test]
    fn a_teams_review_typology_weights_and_threshold_read() {
        let config = read_ok(
            "[review]\ncategories = [\"Accuracy\", \"Terminology\"]\n\
             weights = { minor = 0.5, critical = 10 }\npass-threshold = 2.5\nadvance = false\n",
        );
        assert!(!config.advance);
        let r = &config.scoring;
        assert_eq!(r.categories, ["Accuracy", "Terminology"]);
        assert_eq!(r.weights, [0.5, 5.0, 10.0], "major keeps its default");
        assert_eq!(r.pass_threshold, 2.5);
        let (config, warnings) = read(
            "[review]\ncategories = []\nweights = { minor = -1, huge = 3 }\npass-threshold = \"x\"\n",
            "c.toml",
        );
        assert_eq!(config.scoring, driftview::review::ScoringModel::default());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(
            warnings[0].starts_with("c.toml:2: review.categories:"),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.contains("review.weights.minor")));
        assert!(warnings.iter().any(|w| w.contains("'review.weights.huge'")));
        assert!(warnings[3].starts_with("c.toml:4: review.pass-threshold:"));
    }

    #[test]
    fn a_mistake_names_the_file_the_line_and_the_key_and_keeps_the_rest() {
        let (config, warnings) = read(
            "pager = \"most\"\n\ntheme = \"solarized\"\n[diff]\nignore-case = \"yes\"\n",
            "/home/u/.config/driftview/config.toml",
        );
        assert_eq!(config.pager.as_deref(), Some("most"));
        assert_eq!(config.theme, None);
        assert_eq!(
            warnings,
            [
                "/home/u/.config/driftview/config.toml:3: theme: unknown theme 'solarized' \
                 (colour, colour-blind or none); using the default",
                "/home/u/.config/driftview/config.toml:5: diff.ignore-case: true or false \
                 is needed; using the default",
            ]
        );
    }

    #[test]
    fn unknown_keys_are_warnings_not_errors() {
        let (config, warnings) = read(
            "themes = \"none\"\n[diff]\nignore-kase = true\n[keys]\nfly = \"x\"\nfold = \"Hyper-z\"\n",
            "c.toml",
        );
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert_eq!(warnings[0], "c.toml:1: unknown key 'themes' (ignored)");
        assert_eq!(
            warnings[1],
            "c.toml:3: unknown key 'diff.ignore-kase' (ignored)"
        );
        assert!(warnings[2].starts_with("c.toml:5: keys: unknown action 'fly'"));
        assert!(warnings[3].starts_with("c.toml:6: keys.fold: 'Hyper-z' is not a key"));
    }

    #[test]
    fn a_file_that_is_not_toml_gets_one_line_and_the_defaults() {
        let (config, warnings) = read("theme = \"none\"\n[keys\nfold = 1\n", "c.toml");
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].starts_with("c.toml:2: "), "{}", warnings[0]);
        assert!(warnings[0].ends_with("; using the defaults"));
    }
}
