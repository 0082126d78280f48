//! The configuration file: a theme, key bindings, default word-diff options, a pager and the
//! list's width, read once at start. Every setting has a default, so no file is needed; a
//! mistake costs one line on stderr (file, line, key) and that setting's default, never the
//! run.

mod location;
mod parse;
mod print;
mod settings;

use std::path::{Path, PathBuf};

pub(crate) use location::location;
pub(crate) use print::effective_toml;
pub(crate) use settings::Config;

/// The configuration in force and what reading it had to say.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub config: Config,
    /// The file read, if one was.
    pub path: Option<PathBuf>,
    /// One line per mistake, already naming the file and line.
    pub warnings: Vec<String>,
}

/// Reads the configuration from where [`location`] says.
pub(crate) fn load(named: Option<&Path>) -> Loaded {
    let Some((path, named)) = location(named) else {
        return Loaded {
            config: Config::default(),
            path: None,
            warnings: Vec::new(),
        };
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            let (config, warnings) = match String::from_utf8(bytes) {
                Ok(text) => parse::read(&text, &path.display().to_string()),
                Err(_) => (
                    Config::default(),
                    vec![format!(
                        "{}: not UTF-8 text; using the defaults",
                        path.display()
                    )],
                ),
            };
            Loaded {
                config,
                path: Some(path),
                warnings,
            }
        }
        Err(e) => {
            let missing = e.kind() == std::io::ErrorKind::NotFound;
            let warnings = if missing && !named {
                Vec::new()
            } else {
                vec![format!(
                    "{}: cannot read the configuration: {}; using the defaults",
                    path.display(),
                    if missing {
                        "no such file".to_string()
                    } else {
                        e.to_string()
                    }
                )]
            };
            Loaded {
                config: Config::default(),
                path: None,
                warnings,
            }
        }
    }
}
