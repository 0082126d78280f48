//! The configuration in force as a TOML file a user can start from (`driftview config`).

use std::fmt::Write;

use super::settings::Config;
use driftview::report::theme::Theme;
use driftview::review::scoring::points;

/// A TOML string, quoted and escaped as TOML writes it.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The configuration as TOML: every setting, those left at a default that has no value of its
/// own (the pager, the list's width) commented out; `source` names the file it came from.
pub(crate) fn effective_toml(config: &Config, source: Option<&std::path::Path>) -> String {
    let mut out = String::new();
    let from = source.map_or("no configuration file".to_string(), |p| {
        p.display().to_string()
    });
    let _ = writeln!(
        out,
        "# driftview's settings in force: the defaults merged with {from}."
    );
    let _ = writeln!(
        out,
        "# Save as {} and change what you like.\n",
        super::location::location(None)
            .map_or("config.toml".into(), |(p, _)| p.display().to_string())
    );
    let names: Vec<&str> = Theme::BUILT_IN.iter().map(|t| t.name).collect();
    let _ = writeln!(out, "# {}", names.join(", "));
    let theme = config.theme.unwrap_or(Theme::COLOUR);
    let _ = writeln!(out, "theme = {}", quoted(theme.name));
    match &config.pager {
        Some(p) => {
            let _ = writeln!(out, "pager = {}", quoted(p));
        }
        None => {
            out.push_str("# pager = \"less -R\"  # default: $DRIFTVIEW_PAGER, $PAGER, less -R\n")
        }
    }
    match config.list_width {
        Some(w) => {
            let _ = writeln!(out, "list-width = {w}");
        }
        None => out.push_str("# list-width = 30  # default: a quarter of the screen, 22-44\n"),
    }
    let d = config.diff;
    let _ = writeln!(
        out,
        "\n[diff]\nignore-case = {}\nignore-punctuation = {}\nexact-whitespace = {}",
        d.ignore_case, d.ignore_punctuation, d.exact_whitespace
    );
    out.push_str("\n[colours]  # a colour name, \"#rrggbb\" or 0-255 for any role\n");
    let theme = config.painted_theme();
    // Colours of one's own are settings; the theme's own are shown as a place to start.
    let comment = if config.colours.is_empty() { "# " } else { "" };
    let palette = theme.palette.or(Theme::COLOUR.palette);
    for (role, colour) in palette.iter().flat_map(|p| p.roles()) {
        let _ = writeln!(out, "{comment}{role} = {}", quoted(&colour.to_string()));
    }
    let r = &config.scoring;
    let categories: Vec<String> = r.categories.iter().map(|c| quoted(c)).collect();
    let [minor, major, critical] = r.weights.map(points);
    let _ = writeln!(
        out,
        "\n[review]  # error verdicts: categories (C steps through them), penalty points \
         per severity (X), and the most points per 1,000 source words that pass\n\
         categories = [{}]\nweights = {{ minor = {minor}, major = {major}, critical = {critical} }}\n\
         pass-threshold = {}\nadvance = {}  # a verdict key moves on to the next finding without one",
        categories.join(", "),
        points(r.pass_threshold),
        config.advance
    );
    out.push_str("\n[keys]  # an action = a key or a list of keys\n");
    for (action, keys) in crate::tui::key_table(&config.keys) {
        let list: Vec<String> = keys.iter().map(|k| quoted(k)).collect();
        let _ = writeln!(out, "{action} = [{}]", list.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn the_printed_configuration_reads_back_as_itself() {
        let (config, warnings) = parse::read(
            "theme = \"none\"\nlist-width = 33\n[colours]\nsearch = \"magenta\"\n\
             [keys]\nfold = \"z\"\n[review]\ncategories = [\"Accuracy\", \"Style\"]\n\
             weights = { major = 4.5 }\npass-threshold = 12\n",
            "c.toml",
        );
        assert!(warnings.is_empty());
        let printed = effective_toml(&config, None);
        let (again, warnings) = parse::read(&printed, "printed");
        assert!(warnings.is_empty(), "{warnings:?}\n{printed}");
        assert_eq!(again.theme, config.theme);
        assert_eq!(again.list_width, Some(33));
        assert_eq!(again.scoring, config.scoring);
        assert_eq!(again.scoring.weights, [1.0, 4.5, 25.0]);
        assert_eq!(again.painted_theme(), config.painted_theme());
        assert!(printed.contains("fold = [\"z\"]"), "{printed}");
        // The key table is printed whole: every action, with `f` gone from fold.
        assert!(printed.contains("quit = [\"q\", \"Ctrl-c\"]"));
        assert_eq!(
            crate::tui::key_table(&again.keys),
            crate::tui::key_table(&config.keys)
        );
    }

    #[test]
    fn defaults_without_a_value_are_commented_out() {
        let printed = effective_toml(&Config::default(), None);
        assert!(printed.contains("\n# pager = "));
        assert!(printed.contains("\n# list-width = "));
        assert!(printed.contains("\n# deleted = \"light-red\"\n"));
        assert!(printed.contains("\ntheme = \"colour\"\n"));
    }
}
