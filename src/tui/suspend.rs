//! Ctrl-z and `kill -TSTP`: the terminal goes back to the shell as it was (main screen,
//! cursor, no mouse reporting, cooked mode), the process stops until `fg`, then the reader
//! takes the terminal again and redraws everything, as vim and less do.

use std::io::stdout;

use anyhow::Result;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use signal_hook::consts::SIGTSTP;

/// Suspends the reader; returns once it is continued (at once when no shell could continue it).
pub(super) fn suspend(terminal: &mut DefaultTerminal) -> Result<()> {
    hand_back();
    // signal-hook stops the process with SIGSTOP (SIGTSTP is ours to catch, so it cannot be
    // raised with its default action). SIGSTOP cannot be refused: with no shell doing job
    // control to send SIGCONT, the process would stay stopped for good, so it is only sent
    // when a shell is there to continue it, as the kernel itself ignores a terminal's stop for
    // such an (orphaned) process group.
    if shell_can_continue() {
        signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    }
    take_again(terminal)
}

/// The terminal as the shell had it: main screen, cursor, no mouse reporting, cooked mode.
pub(super) fn hand_back() {
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
}

/// The terminal taken again after [`hand_back`], every cell to be drawn anew.
pub(super) fn take_again(terminal: &mut DefaultTerminal) -> Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture
    )?;
    // Both of ratatui's buffers blank, as the screen now is: the next frame draws every cell.
    // (`Terminal::clear` would do it too, but asks the terminal where its cursor is first.)
    terminal.swap_buffers();
    Ok(())
}

/// Whether a job-control shell started the reader: its parent is in the same session but
/// another process group (POSIX: the group is not orphaned). Read from `/proc`; where there
/// is none, assumed so.
fn shell_can_continue() -> bool {
    let Some(own) = stat_fields("self") else {
        return true;
    };
    let Some(parent) = stat_fields(&own.parent.to_string()) else {
        return true;
    };
    parent.session == own.session && parent.group != own.group
}

/// The fields of `/proc/PID/stat` this needs.
struct Stat {
    parent: u32,
    group: u32,
    session: u32,
}

fn stat_fields(pid: &str) -> Option<Stat> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_stat(&text)
}

/// `pid (command) state ppid pgrp session …`; the command may hold spaces and parentheses, so
/// the fields are read after its last `)`.
fn parse_stat(text: &str) -> Option<Stat> {
    let rest = &text[text.rfind(')')? + 1..];
    let mut fields = rest
        .split_whitespace()
        .skip(1)
        .map(|f| f.parse::<u32>().ok());
    Some(Stat {
        parent: fields.next()??,
        group: fields.next()??,
        session: fields.next()??,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_is_read_after_the_commands_last_parenthesis() {
        let stat = parse_stat("4242 (a (b) c) S 4000 4242 3999 34816 4242 4194560").unwrap();
        assert_eq!((stat.parent, stat.group, stat.session), (4000, 4242, 3999));
        assert!(parse_stat("4242 (x) S").is_none());
    }
}
