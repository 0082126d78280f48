//! The real reader in a pseudo-terminal: type keys, read the screen (portable-pty + vt100).

use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 140;
const PATIENCE: Duration = Duration::from_secs(20);

struct Reader {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    done: Receiver<()>,
}

impl Reader {
    fn start(envs: &[(&str, &str)]) -> Reader {
        Reader::spawn(&[], envs)
    }

    fn start_with_args(args: &[&str]) -> Reader {
        Reader::spawn(args, &[])
    }

    fn spawn(args: &[&str], envs: &[(&str, &str)]) -> Reader {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_driftview"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("driftview starts");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let mut output = pty.master.try_clone_reader().unwrap();
        let (tx, done) = channel();
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = output.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
            let _ = tx.send(());
        });
        let writer = pty.master.take_writer().unwrap();
        Reader {
            screen,
            writer,
            child,
            master: pty.master,
            done,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen satisfies `test`, or fails with the screen's text.
    fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let text = self.text();
            if test(&text) {
                return text;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "timed out waiting for {what}; screen:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Resizes the terminal, as a window manager would (the reader gets SIGWINCH).
    fn resize(&mut self, rows: u16, cols: u16) {
        // The screen first: whatever the reader draws after the signal is read at the new size.
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// After exit: the alternate screen was left and mouse reporting turned off.
    fn assert_terminal_restored(&self) {
        let parser = self.screen.lock().unwrap();
        assert!(!parser.screen().alternate_screen(), "alternate screen left");
        assert_eq!(
            parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None
        );
    }

    fn pane_title(&self, label: &str) -> String {
        let text = self.text();
        let first = text.lines().next().unwrap_or("").to_string();
        let at = first
            .find(&format!("{label}: "))
            .map(|i| i + label.len() + 2)
            .unwrap_or(0);
        first[at..].split(' ').next().unwrap_or("").to_string()
    }
}

#[test]
fn reader_opens_on_the_samples_and_answers_keys() {
    let mut r = Reader::start(&[]);
    let screen = r.wait_for("the list and both panes", |t| {
        t.contains("Documents (5)") && t.contains("row ")
    });
    for title in [
        "In a short video",
        "Russian President Vladimir",
        "Biden and Putin will meet",
        "The Biden-Putin Video",
    ] {
        assert!(screen.contains(title), "missing {title}:\n{screen}");
    }
    assert!(screen.contains("old: ") && screen.contains("new: "));
    // The start-up pair is the most similar one: versions B and C of the story.
    r.wait_for("the most similar pair", |t| t.contains("new: 03-putin"));

    let before = r.pane_title("new");
    r.keys("\tj");
    r.wait_for("j to change the new pane", |_| {
        r.pane_title("new") != before
    });

    let old_before = r.pane_title("old");
    r.keys("jo");
    r.wait_for("o to change the old pane", |_| {
        r.pane_title("old") != old_before
    });

    r.keys("\t");
    let row_of = |t: &str| {
        t.split("row ")
            .nth(1)
            .and_then(|s| s.split('/').next())
            .map(str::to_string)
    };
    let start_row = row_of(&r.text());
    r.keys("n");
    r.wait_for("n to move to a change", |t| row_of(t) != start_row);

    r.keys("/Kremlin\r");
    let screen = r.wait_for("search results", |t| t.contains("matching rows"));
    assert!(screen.contains("/Kremlin"));

    r.keys("\x1bq");
    r.done
        .recv_timeout(PATIENCE)
        .expect("output closes after quit");
    let status = r.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    r.assert_terminal_restored();
}

#[test]
fn no_color_leaves_the_screen_uncoloured() {
    let mut r = Reader::start(&[("NO_COLOR", "1")]);
    r.wait_for("the panes", |t| t.contains("row "));
    {
        let parser = r.screen.lock().unwrap();
        let screen = parser.screen();
        let mut underlined = 0;
        for row in 0..ROWS {
            for col in 0..COLS {
                let cell = screen.cell(row, col).unwrap();
                assert_eq!(
                    cell.fgcolor(),
                    vt100::Color::Default,
                    "coloured cell at {row},{col}"
                );
                underlined += usize::from(cell.underline());
            }
        }
        assert!(underlined > 10, "changes are underlined instead");
    }
    r.keys("\x03");
    r.done.recv_timeout(PATIENCE).expect("Ctrl-C quits");
    assert!(r.child.wait().unwrap().success());
}

/// Sends `signal` to a running reader and checks the terminal comes back.
fn signal_restores_the_terminal(signal: &str) {
    let r = Reader::start(&[]);
    r.wait_for("the panes", |t| t.contains("row "));
    let pid = r.child.process_id().expect("a pid");
    // The shell's own `kill`, so the test needs no procps.
    let sent = std::process::Command::new("sh")
        .args(["-c", &format!("kill {signal} {pid}")])
        .status()
        .unwrap();
    assert!(sent.success());
    r.done
        .recv_timeout(PATIENCE)
        .unwrap_or_else(|_| panic!("output closes after {signal}"));
    r.assert_terminal_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("-TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("-HUP");
}

#[test]
fn a_folder_with_a_bad_file_still_opens_the_rest() {
    let dir = std::env::temp_dir().join(format!("driftview-pty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "The minister arrived in Geneva. Talks began on Monday.",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "The minister came to Geneva. Talks started on Tuesday.",
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), [0u8, 159, 146, 150, 0, 1]).unwrap();
    let mut r = Reader::start_with_args(&[dir.to_str().unwrap()]);
    let screen = r.wait_for("the two good documents", |t| {
        t.contains("Documents (2)") && t.contains("row ")
    });
    assert!(screen.contains("c.txt: binary file"), "{screen}");
    r.keys("q");
    r.done.recv_timeout(PATIENCE).expect("quits");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rapid_resizing_never_breaks_the_screen() {
    let mut r = Reader::start(&[]);
    r.wait_for("the panes", |t| t.contains("row "));
    // Sixty sizes from one cell to 300x120 as fast as the pty takes them, keys in between.
    for i in 0..60u16 {
        r.resize(1 + i * 7 % 120, 1 + i * 13 % 300);
        if i % 10 == 0 {
            r.keys("j");
        }
    }
    r.resize(8, 40);
    r.wait_for("the small-terminal note", |t| t.contains("too small"));
    r.resize(ROWS, COLS);
    r.wait_for("the panes again", |t| {
        t.contains("row ") && t.contains("Documents") && !t.contains("too small")
    });
    r.keys("q");
    r.done.recv_timeout(PATIENCE).expect("quits");
    assert!(r.child.wait().unwrap().success(), "no panic");
    r.assert_terminal_restored();
}

/// The panic path: debug builds panic on F12 when `DRIFTVIEW_TEST_PANIC` is set.
#[cfg(debug_assertions)]
#[test]
fn a_panic_restores_the_terminal_and_says_what_happened() {
    let mut r = Reader::start(&[("DRIFTVIEW_TEST_PANIC", "1")]);
    r.wait_for("the panes", |t| t.contains("row "));
    r.keys("\x1b[24~");
    r.done
        .recv_timeout(PATIENCE)
        .expect("output closes after the panic");
    let status = r.child.wait().unwrap();
    assert!(!status.success(), "{status:?}");
    r.assert_terminal_restored();
    let screen = r.text();
    assert!(screen.contains("a panic on purpose"), "{screen}");
}

#[test]
fn a_file_changed_on_disk_is_noticed_and_r_reads_it_again() {
    let dir = std::env::temp_dir().join(format!("driftview-pty-reload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
    std::fs::write(&a, "The minister arrived in Geneva. Talks began on Monday.").unwrap();
    std::fs::write(&b, "The minister came to Geneva. Talks started on Tuesday.").unwrap();
    let mut r = Reader::start_with_args(&[a.to_str().unwrap(), b.to_str().unwrap()]);
    r.wait_for("the panes", |t| t.contains("row ") && t.contains("Tuesday"));
    std::fs::write(
        &b,
        "The minister came to Geneva. Talks started on Wednesday, late.",
    )
    .unwrap();
    r.wait_for("the notice", |t| {
        t.contains("b.txt changed on disk · R reloads")
    });
    assert!(!r.text().contains("Wednesday"), "not before R");
    r.keys("R");
    let screen = r.wait_for("the new text", |t| {
        t.contains("Wednesday") && !t.contains("changed on disk")
    });
    assert!(!screen.contains("Tuesday"), "{screen}");
    std::fs::remove_file(&b).unwrap();
    r.wait_for("the gone notice", |t| t.contains("b.txt is gone from disk"));
    r.keys("R");
    r.wait_for("why it was kept", |t| {
        t.contains("kept the text read before")
    });
    assert!(r.text().contains("Wednesday"), "the text read before stays");
    r.keys("q");
    r.done.recv_timeout(PATIENCE).expect("quits");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_empty_folder_shows_its_screen_and_keeps_running() {
    let dir = std::env::temp_dir().join(format!("driftview-pty-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut r = Reader::start_with_args(&[dir.to_str().unwrap()]);
    r.wait_for("the empty screen", |t| t.contains("no readable documents"));
    // Past the reader's once-a-second look at the files on screen (there are none).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    r.keys("j");
    r.keys("q");
    r.done.recv_timeout(PATIENCE).expect("quits");
    assert!(r.child.wait().unwrap().success(), "no panic");
    std::fs::remove_dir_all(&dir).unwrap();
}
