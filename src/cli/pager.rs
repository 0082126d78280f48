//! Paging long output the way git and delta do: through `$DRIFTVIEW_PAGER`, else the
//! configuration's `pager`, else `$PAGER`, else `less -R`, only when stdout is a terminal;
//! `--no-pager` or an empty pager turns it off.

use std::io::{self, IsTerminal, Write};
use std::process::{Child, Command, Stdio};

/// The pager when nothing is set: `less`, passing colours through.
const DEFAULT_PAGER: &str = "less -R";
/// What git gives less when `LESS` is unset: quit when the output fits one screen (F), colours
/// (R), and leave the output on the screen (X).
const DEFAULT_LESS: &str = "FRX";

/// The pager command to run, split into words, or `None` to write straight to stdout.
pub(crate) fn pager_command(no_pager: bool, configured: Option<&str>) -> Option<Vec<String>> {
    if no_pager || !io::stdout().is_terminal() {
        return None;
    }
    let chosen = std::env::var("DRIFTVIEW_PAGER")
        .ok()
        .or(configured.map(str::to_string))
        .or_else(|| std::env::var("PAGER").ok())
        .unwrap_or_else(|| DEFAULT_PAGER.to_string());
    let words: Vec<String> = chosen.split_whitespace().map(str::to_string).collect();
    // An empty pager, or `cat`, means no pager, as git reads it.
    match words.first().map(String::as_str) {
        None | Some("cat") => None,
        Some(_) => Some(words),
    }
}

/// A running pager reading what is written to it.
pub(crate) struct Pager(Child);

impl Pager {
    /// Starts the pager; `None` if it cannot be started (then the output goes to stdout).
    pub(crate) fn start(words: &[String]) -> Option<Pager> {
        let (program, args) = words.split_first()?;
        let mut cmd = Command::new(program);
        cmd.args(args).stdin(Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", DEFAULT_LESS);
        }
        cmd.spawn().ok().map(Pager)
    }

    /// Writes the output into the pager, then waits for the reader to quit it. A pager quit
    /// before the end (`q` in less) is a closed pipe: the output ends quietly.
    pub(crate) fn page(
        mut self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let written = match self.0.stdin.take() {
            Some(stdin) => {
                let mut out = io::BufWriter::new(stdin);
                write(&mut out).and_then(|()| out.flush())
            }
            None => Ok(()),
        };
        self.0.wait()?;
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}
