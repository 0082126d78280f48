//! Paging long output the way git and delta do: through `$DRIFTVIEW_PAGER`, else the
//! configuration's `pager`, else `$PAGER`, else `less -R`, only when stdout is a terminal;
//! `--no-pager` or an empty pager turns it off. The pager is a shell command, run with
//! `sh -c` as git runs it, so that quotes, variables and pipes in it mean what they mean in a
//! shell.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use anyhow::{Result, bail};

/// The pager when nothing is set: `less`, passing colours through.
const DEFAULT_PAGER: &str = "less -R";
/// What git gives less when `LESS` is unset: quit when the output fits one screen (F), colours
/// (R), and leave the output on the screen (X).
const DEFAULT_LESS: &str = "FRX";

/// The pager command to run, or `None` to write straight to stdout.
pub(crate) fn pager_command(no_pager: bool, configured: Option<&str>) -> Option<String> {
    if no_pager || !io::stdout().is_terminal() {
        return None;
    }
    let chosen = std::env::var("DRIFTVIEW_PAGER")
        .ok()
        .or(configured.map(str::to_string))
        .or_else(|| std::env::var("PAGER").ok())
        .unwrap_or_else(|| DEFAULT_PAGER.to_string());
    // An empty pager, or `cat`, means no pager, as git reads it.
    match chosen.trim() {
        "" | "cat" => None,
        command => Some(command.to_string()),
    }
}

/// A running pager reading what is written to it.
pub(crate) struct Pager {
    child: Child,
    command: String,
}

/// The exit statuses of a shell that could not run its command: not executable, not found.
const COULD_NOT_RUN: [i32; 2] = [126, 127];

impl Pager {
    /// Starts the pager. `Ok(None)` when a plain command (no shell syntax) names a program
    /// that is not installed: the output then goes to stdout, with a warning.
    pub(crate) fn start(command: &str) -> Result<Option<Pager>> {
        if let Some(program) = plain_program(command)
            && !on_path(program)
        {
            eprintln!(
                "driftview: warning: the pager `{program}` is not installed; writing to the terminal"
            );
            return Ok(None);
        }
        let mut cmd = Command::new("sh");
        cmd.args(["-c", command]).stdin(Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", DEFAULT_LESS);
        }
        match cmd.spawn() {
            Ok(child) => Ok(Some(Pager {
                child,
                command: command.to_string(),
            })),
            Err(e) => bail!("cannot start the pager `{command}` with sh: {e}"),
        }
    }

    /// Writes the output into the pager, then waits for the reader to quit it. A pager quit
    /// before the end (`q` in less) is a closed pipe: the output ends quietly. A pager that
    /// could not run at all is an error that names it.
    pub(crate) fn page(
        mut self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<()> {
        let written = match self.child.stdin.take() {
            Some(stdin) => {
                let mut out = io::BufWriter::new(stdin);
                write(&mut out).and_then(|()| out.flush())
            }
            None => Ok(()),
        };
        let status = self.child.wait()?;
        if let Some(code) = status.code().filter(|c| COULD_NOT_RUN.contains(c)) {
            bail!(
                "the pager `{}` could not be run (sh exited {code}); set another with DRIFTVIEW_PAGER, or use --no-pager",
                self.command
            );
        }
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }
}

/// The program of a command with no shell syntax (only words and spaces), to look for before
/// starting it; `None` when the shell must read the command.
fn plain_program(command: &str) -> Option<&str> {
    let shell_syntax = |c: char| "|&;<>()$`\\\"'*?[#~=%{}\n".contains(c);
    if command.contains(shell_syntax) {
        return None;
    }
    command.split_whitespace().next()
}

/// Whether `program` can be run: a path to a file, or a name found on `$PATH`.
fn on_path(program: &str) -> bool {
    if program.contains('/') {
        return Path::new(program).is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_with_shell_syntax_is_left_to_the_shell() {
        assert_eq!(plain_program("less -R"), Some("less"));
        assert_eq!(plain_program("less -R '+/Geneva'"), None);
        assert_eq!(plain_program("delta | less"), None);
        assert_eq!(plain_program("$HOME/bin/pg"), None);
        assert!(on_path("sh"));
        assert!(!on_path("driftview-no-such-pager"));
    }
}
