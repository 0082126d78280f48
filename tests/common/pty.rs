//! A program in a pseudo-terminal, its screen read by a terminal emulator (portable-pty +
//! vt100): the end-to-end tests of the reader and `examples/reader_timing` both drive it.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The emulator's screen and the output still to feed it.
struct Screen {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    /// The program's side of the terminal closed (it exited).
    closed: bool,
}

impl Screen {
    /// Feeds whatever output is waiting.
    fn drain(&mut self) {
        loop {
            match self.output.try_recv() {
                Ok(chunk) => self.parser.process(&chunk),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.closed = true;
                    return;
                }
                Err(_) => return,
            }
        }
    }

    /// Waits up to `wait` for one more chunk of output; false when none came.
    fn feed_one(&mut self, wait: Duration) -> bool {
        match self.output.recv_timeout(wait) {
            Ok(chunk) => {
                self.parser.process(&chunk);
                true
            }
            Err(RecvTimeoutError::Disconnected) => {
                self.closed = true;
                false
            }
            Err(RecvTimeoutError::Timeout) => false,
        }
    }
}

/// A program running in a pseudo-terminal of a given size.
pub(crate) struct PtySession {
    screen: RefCell<Screen>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn MasterPty + Send>,
    /// The program.
    pub(crate) child: Box<dyn Child + Send + Sync>,
}

/// A configuration folder that does not exist: the user's own configuration stays out of the
/// tests (here, and in `driftview()` of the tests' common module).
pub(crate) const NO_CONFIG_HOME: &str = "/nonexistent/driftview-tests-config";

/// driftview's data folder (reviews) for the tests of this run: never the user's own.
pub(crate) fn test_data_home() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("driftview-tests-data-{}", std::process::id()))
}

fn size(rows: u16, cols: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

impl PtySession {
    /// Starts `program` with `args` and `envs` (and `TERM=xterm-256color`, no `NO_COLOR`) in a
    /// terminal of `rows` × `cols`, in the folder `cwd` if given.
    pub(crate) fn spawn(
        program: &Path,
        args: &[&str],
        envs: &[(&str, &str)],
        (rows, cols): (u16, u16),
        cwd: Option<&Path>,
    ) -> io::Result<PtySession> {
        let fail = |e: anyhow::Error| io::Error::other(e.to_string());
        let pty = native_pty_system()
            .openpty(size(rows, cols))
            .map_err(fail)?;
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        if let Some(dir) = cwd {
            cmd.cwd(dir);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("DRIFTVIEW_CONFIG");
        cmd.env("XDG_CONFIG_HOME", NO_CONFIG_HOME);
        // Reviews made in a test land in a folder of the test run's own, never the user's.
        cmd.env("XDG_DATA_HOME", test_data_home());
        cmd.env("GIT_CONFIG_GLOBAL", "/dev/null");
        cmd.env("GIT_CONFIG_NOSYSTEM", "1");
        for (k, v) in envs {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).map_err(fail)?;
        drop(pty.slave);
        let mut output = pty.master.try_clone_reader().map_err(fail)?;
        let writer = pty.master.take_writer().map_err(fail)?;
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = output.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Ok(PtySession {
            screen: RefCell::new(Screen {
                parser: vt100::Parser::new(rows, cols, 0),
                output: rx,
                closed: false,
            }),
            writer,
            master: pty.master,
            child,
        })
    }

    /// The screen's text now.
    pub(crate) fn text(&self) -> String {
        let mut screen = self.screen.borrow_mut();
        screen.drain();
        screen.parser.screen().contents()
    }

    /// Runs `look` on the emulator's screen now (for its modes: alternate screen, mouse).
    pub(crate) fn with_screen<T>(&self, look: impl FnOnce(&vt100::Screen) -> T) -> T {
        let mut screen = self.screen.borrow_mut();
        screen.drain();
        look(screen.parser.screen())
    }

    /// Reads output until `test` holds for the screen's text; when it first held, or `None`
    /// after `patience`.
    pub(crate) fn until(&self, patience: Duration, test: impl Fn(&str) -> bool) -> Option<Instant> {
        let limit = Instant::now() + patience;
        loop {
            // `test` may look at the session itself (a pane's title): no borrow is held
            // while it runs. Everything already waiting is taken first: a frame comes in pieces.
            if test(&self.text()) {
                return Some(Instant::now());
            }
            let left = limit.checked_duration_since(Instant::now())?;
            let mut screen = self.screen.borrow_mut();
            if !screen.feed_one(left) && screen.closed {
                drop(screen);
                return test(&self.text()).then(Instant::now);
            }
        }
    }

    /// Reads output until none has come for `quiet`; returns when the last piece came.
    pub(crate) fn settle(&self, quiet: Duration) -> Instant {
        let mut last = Instant::now();
        let mut screen = self.screen.borrow_mut();
        while screen.feed_one(quiet) {
            last = Instant::now();
        }
        last
    }

    /// Waits up to `patience` for the program's side of the terminal to close (it exited),
    /// reading its last output; whether it closed.
    pub(crate) fn wait_closed(&self, patience: Duration) -> bool {
        let limit = Instant::now() + patience;
        let mut screen = self.screen.borrow_mut();
        while !screen.closed {
            let Some(left) = limit.checked_duration_since(Instant::now()) else {
                return false;
            };
            screen.feed_one(left);
        }
        true
    }

    /// Types bytes as the keyboard would.
    pub(crate) fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.writer.write_all(bytes)?;
        self.writer.flush()
    }

    /// Resizes the terminal, as a window manager would (the program gets SIGWINCH).
    pub(crate) fn resize(&mut self, rows: u16, cols: u16) {
        // The emulator first: whatever the program draws after the signal is read at the new
        // size.
        {
            let mut screen = self.screen.borrow_mut();
            screen.drain();
            screen.parser.screen_mut().set_size(rows, cols);
        }
        self.master.resize(size(rows, cols)).unwrap();
    }
}
