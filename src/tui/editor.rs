//! The user's editor run on a file at a line, with the terminal handed over meanwhile: as git
//! does, `$VISUAL`, else `$EDITOR`, else `vi`, run by the shell (so `EDITOR="code -w"` and
//! quoted paths work as they do for git) with `+LINE FILE`.

use std::process::Command;

use anyhow::Result;
use ratatui::DefaultTerminal;

use super::app::editing::EditRequest;
use super::suspend::{hand_back, take_again};

/// The editor's command, as the user's environment names it.
fn editor_command() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs the editor on `request` with the terminal handed over; returns what went wrong with
/// it, if anything, for the status bar (the terminal is taken back either way).
pub(super) fn edit(
    terminal: &mut DefaultTerminal,
    request: &EditRequest,
) -> Result<Option<String>> {
    let editor = editor_command();
    hand_back();
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(&editor)
        .arg(format!("+{}", request.line))
        .arg(&request.path)
        .status();
    take_again(terminal)?;
    let shown = |s: &str| driftview::text::visible(s).into_owned();
    Ok(match status {
        Ok(s) if s.success() => None,
        Ok(s) => Some(format!("the editor ({}) ended with {s}", shown(&editor))),
        Err(e) => Some(format!(
            "the editor ({}) could not be started: {e}",
            shown(&editor)
        )),
    })
}
