//! Times the real reader in a pseudo-terminal, as a person would see it: from launch to the
//! first screen, to the aligned view, and from each key to the changed screen.
//!
//! `cargo run --release --example reader_timing -- OLD NEW [RUNS]` (after `cargo build
//! --release`; it runs `target/release/driftview`). Unlike `bench/reader_timing.sh`, nothing
//! polls: the terminal output is read as it arrives (portable-pty + vt100), so no other
//! process takes CPU from the reader while it is timed.

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 45;
const COLS: u16 = 160;
const PATIENCE: Duration = Duration::from_secs(30);

/// The screen as the reader's output draws it, fed from a channel of output chunks.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
}

impl Screen {
    /// Reads output until none has come for `quiet`; returns when the last piece came.
    fn settle(&mut self, quiet: Duration) -> Instant {
        let mut last = Instant::now();
        while let Ok(chunk) = self.output.recv_timeout(quiet) {
            self.parser.process(&chunk);
            last = Instant::now();
        }
        last
    }

    /// Reads output until `test` holds for the screen's text; `None` after `PATIENCE`.
    fn until(&mut self, test: impl Fn(&str) -> bool) -> Option<Instant> {
        let limit = Instant::now() + PATIENCE;
        loop {
            if test(&self.parser.screen().contents()) {
                return Some(Instant::now());
            }
            let left = limit.checked_duration_since(Instant::now())?;
            let chunk = self.output.recv_timeout(left).ok()?;
            self.parser.process(&chunk);
            // Take everything already waiting before looking again: a frame comes in pieces.
            while let Ok(more) = self.output.try_recv() {
                self.parser.process(&more);
            }
        }
    }
}

fn ms(from: Instant, to: Instant) -> f64 {
    to.duration_since(from).as_secs_f64() * 1e3
}

fn run(old: &str, new: &str) -> Option<Vec<(String, f64)>> {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .ok()?;
    let here = std::env::current_dir().ok()?;
    let mut cmd = CommandBuilder::new(here.join("target/release/driftview"));
    cmd.cwd(here);
    cmd.args([old, new]);
    cmd.env("TERM", "xterm-256color");
    let launch = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).ok()?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().ok()?;
    let mut writer = pty.master.take_writer().ok()?;
    let (tx, output) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut screen = Screen {
        parser: vt100::Parser::new(ROWS, COLS, 0),
        output,
    };
    let mut out = Vec::new();
    let first = screen.until(|s| s.contains("Documents"))?;
    out.push(("first screen".to_string(), ms(launch, first)));
    let aligned = screen.until(|s| s.contains("similar"))?;
    out.push(("aligned view".to_string(), ms(launch, aligned)));
    let keys: [(&str, &[u8]); 7] = [
        ("G", b"G"),
        ("g", b"g"),
        ("n", b"n"),
        ("n", b"n"),
        ("Ctrl-d", b"\x04"),
        ("/", b"/"),
        ("search keystroke", b"L"),
    ];
    for (name, bytes) in keys {
        // Let any redraw still under way finish, so the change timed is the key's.
        screen.settle(Duration::from_millis(300));
        let before = screen.parser.screen().contents();
        let sent = Instant::now();
        writer.write_all(bytes).ok()?;
        writer.flush().ok()?;
        screen.until(|s| s != before)?;
        // The frame may come in several writes: time its last one.
        let drawn = screen.settle(Duration::from_millis(30));
        out.push((name.to_string(), ms(sent, drawn)));
    }
    // Escape leaves the search box; sent apart from `q`, which would otherwise read as Alt-q.
    writer.write_all(b"\x1b").ok()?;
    writer.flush().ok()?;
    std::thread::sleep(Duration::from_millis(100));
    writer.write_all(b"q").ok()?;
    writer.flush().ok()?;
    let limit = Instant::now() + Duration::from_secs(5);
    while child.try_wait().ok()?.is_none() {
        if Instant::now() > limit {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Some(out)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (old, new) = match &args[..] {
        [old, new, ..] => (old, new),
        _ => {
            eprintln!("usage: reader_timing OLD NEW [RUNS]");
            std::process::exit(2);
        }
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(5);
    let mut all: Vec<Vec<(String, f64)>> = Vec::new();
    for k in 0..runs {
        match run(old, new) {
            Some(times) => all.push(times),
            None => eprintln!("run {}: the reader did not show what was expected", k + 1),
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    let Some(first) = all.first() else {
        std::process::exit(1);
    };
    println!("{} runs; median (min … max), milliseconds", all.len());
    for (i, (name, _)) in first.iter().enumerate() {
        let mut values: Vec<f64> = all.iter().map(|r| r[i].1).collect();
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let (min, max) = (values[0], values[values.len() - 1]);
        println!("{name:<18} {median:>8.1}  ({min:.1} … {max:.1})");
    }
}
