//! Where the commands' output goes and how it is drawn: the width, colours and theme of the
//! text views, and a pager on a terminal.

use std::io::{self, IsTerminal, Write};

use anyhow::Result;

use driftview::report::TextOptions;

use super::args::{ColorArg, MIN_WIDTH, ViewFlags};
use super::pager::{Pager, pager_command};
use crate::environment::Environment;

/// The width of `diff` and the text report when nothing says otherwise.
const DEFAULT_WIDTH: usize = 120;

pub(super) fn text_options(
    view: &ViewFlags,
    inline: bool,
    numbered: bool,
    env: &Environment,
) -> TextOptions {
    let stdout = io::stdout();
    // Under git's pager (an external diff), stdout is the pager's pipe but a person reads it.
    let git_pager = std::env::var_os("GIT_PAGER_IN_USE").is_some_and(|v| v == "true");
    let on_terminal = stdout.is_terminal() || git_pager;
    // --width, else the terminal's, else $COLUMNS (a pager or a script may set it), else 120.
    let width = view.width.map_or_else(
        || {
            // Asked only of a terminal: off one, crossterm falls back to running `tput` twice,
            // a tenth of an article's report.
            let size = on_terminal
                .then(|| ratatui::crossterm::terminal::size().ok())
                .flatten();
            let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
            size.map(|(w, _)| usize::from(w))
                .or(columns.filter(|&c: &usize| c as u64 >= MIN_WIDTH))
                .unwrap_or(DEFAULT_WIDTH)
        },
        |w| usize::try_from(w).unwrap_or(usize::MAX),
    );
    let color = match view.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => !env.no_color && on_terminal,
    };
    TextOptions {
        width: width.max(MIN_WIDTH as usize),
        color,
        inline,
        context: view.context,
        numbered,
        theme: env.theme,
    }
}

/// What is not read page by page (the matrix, scripts, data): never paged.
pub(super) const NO_PAGER: ViewFlags = ViewFlags {
    width: None,
    color: ColorArg::Auto,
    no_pager: true,
    context: None,
};

/// Writes the output through the pager on a terminal (unless `--no-pager`), else to stdout
/// through a buffer; a closed pipe (`| head`) ends the output quietly.
pub(super) fn emit(
    view: &ViewFlags,
    env: &Environment,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let pager = pager_command(view.no_pager, env.pager.as_deref());
    if let Some(command) = pager
        && let Some(pager) = Pager::start(&command)?
    {
        return pager.page(write);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
