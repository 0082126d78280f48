//! Progress of long work on stderr (files, pairs, rate, time left), drawn by indicatif only
//! when stderr is a terminal: a pipe or a log file gets nothing of it.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when stderr is not a terminal.
pub(super) struct Progress(Option<ProgressBar>);

impl Progress {
    /// A bar counting `what` ("pairs compared"); its length is set by the first update.
    pub(super) fn new(what: &'static str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{msg} {wide_bar} {human_pos}/{human_len} · {rate} · {eta} left",
        )
        .map(|s| {
            // Whole pairs a second: indicatif's own rate prints four decimals.
            s.with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}/s", state.per_sec());
                },
            )
        })
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message(what);
        Progress(Some(bar))
    }

    /// `done` of `total` finished (from any thread).
    pub(super) fn update(&self, done: u64, total: u64) {
        if let Some(bar) = &self.0 {
            if bar.length() != Some(total) {
                bar.set_length(total);
            }
            bar.set_position(done);
        }
    }

    /// One more finished.
    pub(super) fn tick(&self) {
        if let Some(bar) = &self.0 {
            bar.inc(1);
        }
    }

    /// The work is done: the bar goes, leaving the terminal as it was.
    pub(super) fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
