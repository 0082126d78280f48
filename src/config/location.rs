//! Where the configuration file is looked for.

use std::path::{Path, PathBuf};

/// Where the configuration is looked for: `--config FILE`, else `$DRIFTVIEW_CONFIG`, else
/// `config.toml` in driftview's folder of the platform's configuration folder
/// (`$XDG_CONFIG_HOME/driftview/`, by default `~/.config/driftview/`). The bool says whether
/// the user named the file (then a missing file is worth a warning).
pub(crate) fn location(named: Option<&Path>) -> Option<(PathBuf, bool)> {
    if let Some(path) = named {
        return Some((path.to_path_buf(), true));
    }
    if let Some(path) = std::env::var_os("DRIFTVIEW_CONFIG").filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(path), true));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some((
        base.config_dir().join("driftview").join("config.toml"),
        false,
    ))
}
