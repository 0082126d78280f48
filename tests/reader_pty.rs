//! The real reader in a pseudo-terminal: type keys, read the screen (portable-pty + vt100).

use std::path::Path;
use std::time::Duration;

mod common;
use common::Scratch;
use common::pty::PtySession;

const ROWS: u16 = 40;
const COLS: u16 = 140;
const PATIENCE: Duration = Duration::from_secs(20);

/// The reader under test, with the asserts these tests make of it.
struct Reader(PtySession);

impl Reader {
    fn start(envs: &[(&str, &str)]) -> Reader {
        Reader::spawn(&[], envs)
    }

    fn start_with_args(args: &[&str]) -> Reader {
        Reader::spawn(args, &[])
    }

    fn spawn(args: &[&str], envs: &[(&str, &str)]) -> Reader {
        let program = Path::new(env!("CARGO_BIN_EXE_driftview"));
        Reader(PtySession::spawn(program, args, envs, (ROWS, COLS), None).expect("a pty"))
    }

    /// The reader on two short files written in `dir`, once both panes are shown; the
    /// second file's path (the tests change it on disk).
    fn on_two_files(dir: &Scratch) -> (Reader, std::path::PathBuf) {
        let a = dir.file(
            "a.txt",
            "The minister arrived in Geneva. Talks began on Monday.",
        );
        let b = dir.file(
            "b.txt",
            "The minister came to Geneva. Talks started on Tuesday.",
        );
        let r = Reader::start_with_args(&[a.to_str().unwrap(), b.to_str().unwrap()]);
        r.wait_for("the panes", |t| t.contains("row ") && t.contains("Tuesday"));
        (r, b)
    }

    /// Sends the reader a signal (`TERM`, `15`) with the shell's own `kill`, so the tests
    /// need no procps.
    fn signal(&self, signal: &str) {
        let pid = self.0.child.process_id().expect("a pid");
        let sent = std::process::Command::new("sh")
            .args(["-c", &format!("kill -{signal} {pid}")])
            .status()
            .unwrap();
        assert!(sent.success(), "kill -{signal}");
    }

    fn text(&self) -> String {
        self.0.text()
    }

    /// Waits until the screen satisfies `test`, or fails with the screen's text.
    fn wait_for(&self, what: &str, test: impl Fn(&str) -> bool) -> String {
        if self.0.until(PATIENCE, &test).is_none() {
            panic!("timed out waiting for {what}; screen:\n{}", self.text());
        }
        self.text()
    }

    /// Waits for the reader to exit (its side of the terminal closes).
    fn wait_closed(&self, after: &str) {
        assert!(
            self.0.wait_closed(PATIENCE),
            "output did not close after {after}"
        );
    }

    fn resize(&mut self, rows: u16, cols: u16) {
        self.0.resize(rows, cols);
    }

    fn keys(&mut self, keys: &str) {
        self.0.send(keys.as_bytes()).unwrap();
    }

    /// After exit: the alternate screen was left and mouse reporting turned off.
    fn assert_terminal_restored(&self) {
        self.0.with_screen(|screen| {
            assert!(!screen.alternate_screen(), "alternate screen left");
            assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
        });
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
    r.wait_closed("output closes after quit");
    let status = r.0.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    r.assert_terminal_restored();
}

#[test]
fn no_color_leaves_the_screen_uncoloured() {
    let mut r = Reader::start(&[("NO_COLOR", "1")]);
    r.wait_for("the panes", |t| t.contains("row "));
    r.0.with_screen(|screen| {
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
    });
    r.keys("\x03");
    r.wait_closed("Ctrl-C quits");
    assert!(r.0.child.wait().unwrap().success());
}

/// Sends signal `number` to a running reader: the terminal comes back and the reader ends
/// with 128 + the signal's number, as shells expect of a program a signal ended.
fn signal_restores_the_terminal(number: u32) {
    let mut r = Reader::start(&[]);
    r.wait_for("the panes", |t| t.contains("row "));
    r.signal(&number.to_string());
    r.wait_closed(&format!("signal {number}"));
    r.assert_terminal_restored();
    let status = r.0.child.wait().unwrap();
    assert_eq!(status.exit_code(), 128 + number, "{status:?}");
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal(15);
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal(1);
}

#[test]
fn sigint_sigquit_sigusr1_and_sigalrm_restore_the_terminal() {
    // SIGINT 2, SIGQUIT 3, SIGUSR1 10, SIGALRM 14 (Linux's numbers).
    for number in [2, 3, 10, 14] {
        signal_restores_the_terminal(number);
    }
}

/// Ctrl-z hands the terminal back and takes it again on continue. In the test's pty the
/// reader leads an orphaned process group, where the kernel does not stop a process for
/// SIGTSTP: the reader leaves the screen, is not stopped and comes straight back, which is
/// the path `fg` takes. It must redraw and still answer keys.
#[test]
fn ctrl_z_gives_the_terminal_back_and_resumes_with_keys_working() {
    let mut r = Reader::start(&[]);
    r.wait_for("the panes", |t| t.contains("row "));
    r.keys("\x1a");
    r.keys("?");
    r.wait_for("the help after resuming", |t| t.contains("driftview keys"));
    r.keys("?");
    r.wait_for("the panes again", |t| {
        t.contains("row ") && !t.contains("driftview keys")
    });
    // And a stop sent from outside (`kill -TSTP`) does the same.
    r.signal("TSTP");
    r.keys("?");
    r.wait_for("the help after the signal", |t| {
        t.contains("driftview keys")
    });
    r.keys("q");
    r.wait_closed("quits");
    assert!(r.0.child.wait().unwrap().success());
    r.assert_terminal_restored();
}

#[test]
fn a_folder_with_a_bad_file_still_opens_the_rest() {
    let dir = Scratch::new("pty-bad-file");
    dir.file(
        "a.txt",
        "The minister arrived in Geneva. Talks began on Monday.",
    );
    dir.file(
        "b.txt",
        "The minister came to Geneva. Talks started on Tuesday.",
    );
    dir.file("c.txt", [0u8, 159, 146, 150, 0, 1]);
    let mut r = Reader::start_with_args(&[dir.path().to_str().unwrap()]);
    let screen = r.wait_for("the two good documents", |t| {
        t.contains("Documents (2)") && t.contains("row ")
    });
    assert!(screen.contains("c.txt: binary file"), "{screen}");
    r.keys("q");
    r.wait_closed("quits");
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
    r.wait_closed("quits");
    assert!(r.0.child.wait().unwrap().success(), "no panic");
    r.assert_terminal_restored();
}

/// The panic path: debug builds panic on F12 when `DRIFTVIEW_TEST_PANIC` is set.
#[cfg(debug_assertions)]
#[test]
fn a_panic_restores_the_terminal_and_says_what_happened() {
    let mut r = Reader::start(&[("DRIFTVIEW_TEST_PANIC", "1")]);
    r.wait_for("the panes", |t| t.contains("row "));
    r.keys("\x1b[24~");
    r.wait_closed("output closes after the panic");
    let status = r.0.child.wait().unwrap();
    assert!(!status.success(), "{status:?}");
    r.assert_terminal_restored();
    let screen = r.text();
    assert!(screen.contains("a panic on purpose"), "{screen}");
}

#[test]
fn a_file_changed_on_disk_is_noticed_and_r_reads_it_again() {
    let dir = Scratch::new("pty-reload");
    let (mut r, b) = Reader::on_two_files(&dir);
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
    r.wait_closed("quits");
}

/// `R` reads the files on a thread of its own: a document replaced by a named pipe that no
/// one writes blocks that read, never the screen; keys still answer and a signal still ends
/// the reader with the terminal restored.
#[cfg(unix)]
#[test]
fn a_reload_that_blocks_on_a_pipe_leaves_the_reader_answering() {
    let dir = Scratch::new("pty-reload-fifo");
    let (mut r, b) = Reader::on_two_files(&dir);
    std::fs::remove_file(&b).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&b)
        .status()
        .unwrap();
    assert!(made.success());
    r.keys("R");
    r.wait_for("the reload under way", |t| {
        t.contains("reading the files again")
    });
    r.keys("?");
    r.wait_for("the help, while the reload waits", |t| {
        t.contains("driftview keys")
    });
    r.keys("?R");
    r.wait_for("a second R is told", |t| {
        t.contains("still reading the files")
    });
    r.signal("TERM");
    r.wait_closed("SIGTERM");
    r.assert_terminal_restored();
    assert_eq!(r.0.child.wait().unwrap().exit_code(), 128 + 15);
}

#[test]
fn an_empty_folder_shows_its_screen_and_keeps_running() {
    let dir = Scratch::new("pty-empty");
    let mut r = Reader::start_with_args(&[dir.path().to_str().unwrap()]);
    r.wait_for("the empty screen", |t| t.contains("no readable documents"));
    // Past the reader's once-a-second look at the files on screen (there are none): it must
    // still answer keys and draw after it (the help opens and closes).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    r.keys("j?");
    r.wait_for("the help, drawn after the disk check", |t| {
        t.contains("driftview keys")
    });
    r.keys("?");
    r.wait_for("the empty screen again", |t| {
        t.contains("no readable documents") && !t.contains("driftview keys")
    });
    r.keys("q");
    r.wait_closed("quits");
    assert!(r.0.child.wait().unwrap().success(), "no panic");
}

/// `diff` on a terminal, under the given pager setting; the screen once the output has ended.
fn diff_on_a_terminal(pager: &str, extra: &[&str]) -> PtySession {
    diff_of_on_a_terminal(&common::sample(1), &common::sample(2), pager, extra)
}

/// `diff` of two given files on a terminal.
fn diff_of_on_a_terminal(a: &Path, b: &Path, pager: &str, extra: &[&str]) -> PtySession {
    let mut args = vec!["diff", a.to_str().unwrap(), b.to_str().unwrap()];
    args.extend_from_slice(extra);
    let program = Path::new(env!("CARGO_BIN_EXE_driftview"));
    let envs = [("DRIFTVIEW_PAGER", pager)];
    let session = PtySession::spawn(program, &args, &envs, (ROWS, COLS), None).expect("a pty");
    assert!(session.wait_closed(PATIENCE), "diff ends");
    session
}

#[test]
fn diff_on_a_terminal_goes_through_the_pager_in_colour_unless_told_not_to() {
    let paged = diff_on_a_terminal("sed s/^/PAGED:/", &[]);
    let text = paged.text();
    assert!(text.lines().any(|l| l.starts_with("PAGED:")), "{text}");
    let coloured = paged.with_screen(|screen| {
        (0..ROWS)
            .flat_map(|r| (0..COLS).map(move |c| (r, c)))
            .filter(|&(r, c)| {
                screen
                    .cell(r, c)
                    .is_some_and(|cell| cell.fgcolor() != vt100::Color::Default)
            })
            .count()
    });
    assert!(coloured > 10, "colour survives the pager");
    let direct = diff_on_a_terminal("sed s/^/PAGED:/", &["--no-pager"]);
    assert!(!direct.text().contains("PAGED:"), "{}", direct.text());
    let none = diff_on_a_terminal("", &[]);
    assert!(!none.text().contains("PAGED:") && none.text().contains("│"));
}

/// The pager is a shell command, as git runs it: quotes and pipes work; one that cannot run
/// says so instead of losing the output without a word.
#[test]
fn a_quoted_pager_runs_through_the_shell_and_a_missing_one_is_named() {
    let quoted = diff_on_a_terminal("sed 's/^/PAGED: /' | cat", &[]);
    let text = quoted.text();
    assert!(text.lines().any(|l| l.starts_with("PAGED: ")), "{text}");
    // A plain name not installed: a warning, and the output on the terminal (a short pair, so
    // that the warning is still on the screen).
    let dir = Scratch::new("pty-pager");
    let a = dir.file("a.txt", "The talks began on Monday.");
    let b = dir.file("b.txt", "The talks began on Tuesday.");
    let missing = diff_of_on_a_terminal(&a, &b, "driftview-no-such-pager -R", &[]);
    let text = missing.text();
    assert!(
        text.contains("`driftview-no-such-pager` is not installed") && text.contains("│"),
        "{text}"
    );
    // A shell command that cannot run: named, with a failing status.
    let mut broken = diff_on_a_terminal("driftview-no-such-pager '-R'", &[]);
    let text = broken.text();
    assert!(text.contains("could not be run (sh exited 127)"), "{text}");
    assert_eq!(broken.child.wait().unwrap().exit_code(), 2);
}

#[test]
fn the_configured_theme_and_keys_are_in_force_and_in_the_help() {
    let dir = Scratch::new("pty-config");
    let config = dir.file(
        "config.toml",
        "theme = \"colour-blind\"\nlist-width = 30\n[keys]\nfold = \"z\"\nhelp = [\"?\", \"h\"]\n",
    );
    let mut r = Reader::spawn(&[], &[("DRIFTVIEW_CONFIG", config.to_str().unwrap())]);
    // Once the first pair is on screen: in a debug build among the other pty tests the
    // alignment can still be running when the status bar already shows.
    r.wait_for("the reader in the colour-blind theme", |t| {
        t.contains("row ") && t.contains("colour-blind safe") && !t.contains("Comparing…")
    });
    // The list is 30 columns wide: the first pane's border starts at column 30.
    let first_line = r.text().lines().next().unwrap_or("").to_string();
    assert_eq!(first_line.chars().nth(30), Some('┌'), "{first_line}");
    r.keys("z");
    r.wait_for("z folds", |t| t.contains("folded"));
    // Keys are read in order: once the help `h` opens is on screen, the `f` before it has
    // been acted on, and the fold must still be on.
    r.keys("fh");
    let help = r.wait_for("h opens the help", |t| {
        t.contains("fold: unchanged stretches")
    });
    let fold = help
        .lines()
        .find(|l| l.contains("fold: unchanged stretches"))
        .unwrap();
    assert!(
        fold.contains(" z "),
        "the help shows the key in force: {fold}"
    );
    r.keys("h");
    // The fold is still on once the help has closed (a timeout here: `f` undid it).
    r.wait_for("the help closed, the fold still on", |t| {
        !t.contains("fold: unchanged stretches") && t.contains("folded")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn git_difftool_on_two_folders_opens_the_reader_on_the_pairs() {
    if !common::git::git_available() {
        return;
    }
    let dir = Scratch::new("pty-difftool");
    let repo = common::git::repository(&dir);
    let cmd = format!(
        "difftool.driftview.cmd={} \"$LOCAL\" \"$REMOTE\"",
        env!("CARGO_BIN_EXE_driftview")
    );
    let args = [
        "-c",
        cmd.as_str(),
        "-c",
        "difftool.prompt=false",
        "difftool",
        "-d",
        "-t",
        "driftview",
        "HEAD~1",
        "HEAD",
    ];
    let envs = [("XDG_CONFIG_HOME", common::NO_CONFIG_HOME)];
    let git = Path::new("git");
    let session = PtySession::spawn(git, &args, &envs, (ROWS, COLS), Some(&repo)).expect("a pty");
    let mut r = Reader(session);
    // The status bar names the pair after the position: waited for whole, as the terminal
    // may get the bar in two writes.
    let screen = r.wait_for("the pairs of both sides", |t| {
        t.contains("story.txt (right)") && t.contains("row ") && t.contains("added.txt ↔ added.txt")
    });
    for entry in ["added.txt (left)", "gone.txt (right)", "story.txt (left)"] {
        assert!(screen.contains(entry), "{entry}:\n{screen}");
    }
    // The first pair (added.txt) is on screen: nothing on the left, all added.
    assert!(screen.contains("added.txt ↔ added.txt"), "{screen}");
    // The list's last pair: both panes show story.txt's two sides.
    r.keys("\tG");
    r.wait_for("story.txt's pair", |t| {
        t.contains("story.txt ↔ story.txt") && t.contains("changed")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn verdicts_marked_in_the_reader_are_there_after_quitting_and_reopening() {
    let dir = Scratch::new("pty-review");
    let review = dir.path().join("review.json");
    let (old, new) = (common::sample(2), common::sample(1));
    let args = [
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--review",
        review.to_str().unwrap(),
    ];
    let data = dir.path().join("data");
    let envs = [("XDG_DATA_HOME", data.to_str().unwrap())];
    let mut r = Reader::spawn(&args, &envs);
    r.wait_for("the pair", |t| t.contains("row 1/"));
    r.keys("]x");
    // An error takes the category and severity its finding's kind proposes (a dropped
    // sentence: an omission, major); C and X change them, and the score follows.
    r.wait_for("the first verdict", |t| {
        t.contains("error · accuracy/omission · major · 1 of")
    });
    r.keys("X");
    let screen = r.wait_for("a critical error", |t| {
        t.contains("error · accuracy/omission · critical · 1 of")
    });
    assert!(screen.contains("per 1k words: FAIL"), "{screen}");
    r.keys("C");
    r.wait_for("the next category", |t| {
        t.contains("error · accuracy/addition · critical · 1 of")
    });
    // The verdict moved the cursor on to the next finding without one: `a` judges it.
    r.keys("a");
    r.wait_for("the second verdict", |t| {
        t.contains("finding 2/18: acceptable · 2 of")
    });
    r.keys("c");
    r.wait_for("the note editor", |t| t.contains("note: "));
    r.keys("date cut by the editor\r");
    r.wait_for("the note kept", |t| {
        !t.contains("note: ") && t.contains("acceptable · 2 of 23 reviewed")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
    let saved = std::fs::read_to_string(&review).unwrap();
    assert!(saved.contains("\"verdict\": \"error\""), "{saved}");
    assert!(
        saved.contains("\"category\": \"accuracy/addition\"")
            && saved.contains("\"error_severity\": \"critical\""),
        "{saved}"
    );
    assert!(
        saved.contains("\"note\": \"date cut by the editor\""),
        "{saved}"
    );

    let mut r = Reader::spawn(&args, &envs);
    r.wait_for("the verdicts again", |t| {
        t.contains("2 of 23 findings reviewed")
    });
    r.keys("F");
    let panel = r.wait_for("the panel", |t| t.contains("[acceptable]"));
    assert!(
        panel.contains("[error: accuracy/addition, critical]"),
        "{panel}"
    );
    assert!(panel.contains("date cut by the editor"), "{panel}");
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn a_round_trip_opens_in_three_panes_and_jumps_to_a_finding_the_translation_brought_in() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/roundtrip");
    let file = |f: &str| dir.join(f).to_string_lossy().into_owned();
    let (o, t, b) = (
        file("original-en.txt"),
        file("translation-es.txt"),
        file("back-en.txt"),
    );
    let program = Path::new(env!("CARGO_BIN_EXE_driftview"));
    let args = ["--roundtrip", o.as_str(), t.as_str(), b.as_str()];
    let mut r = Reader(PtySession::spawn(program, &args, &[], (45, 160), None).expect("a pty"));
    let screen = r.wait_for("three panes", |t| {
        t.contains("original: original-en.txt")
            && t.contains("translation: translation-es.txt")
            && t.contains("back-translation: back-en.txt")
            && t.contains("La ciudad ha añadido cuatro")
            && t.contains("The city has added four more")
    });
    assert!(screen.contains("The city has added three"), "{screen}");
    // The panel lists the translation's errors first: "three" that became "cuatro", then
    // the "2004" it left out, which `]` twice shows.
    r.keys("F]]");
    let screen = r.wait_for("the finding shown", |t| t.contains("finding 2/5"));
    assert!(
        screen.contains("⟨translation⟩ number changed: “three” → “four”"),
        "{screen}"
    );
    r.keys("q");
    r.wait_closed("quit");
    r.assert_terminal_restored();
}

#[test]
fn a_file_s_git_history_opens_with_its_versions_and_steps_through_the_pairs() {
    if !common::git::git_available() {
        return;
    }
    let dir = Scratch::new("pty-history");
    let file = common::git::story_history(&dir);
    let program = Path::new(env!("CARGO_BIN_EXE_driftview"));
    let path = file.to_string_lossy().into_owned();
    let mut r = Reader(
        PtySession::spawn(
            program,
            &["history", path.as_str()],
            &[],
            (ROWS, COLS),
            None,
        )
        .expect("a pty"),
    );
    let screen = r.wait_for("the first pair and the history panel", |t| {
        t.contains("History of row") && t.contains("Documents (5)")
    });
    assert!(screen.contains("one of its pillars"), "{screen}");
    // `>` three times: the fourth and fifth versions, where the cost changed.
    r.keys(">>>");
    let screen = r.wait_for("the last pair", |t| t.contains("3 million euros"));
    assert!(screen.contains("2.5 million euros"), "{screen}");
    r.keys(">");
    r.wait_for("the end said", |t| t.contains("the last pair of versions"));
    r.keys("q");
    r.wait_closed("quit");
    r.assert_terminal_restored();
}

/// Verdicts made in the reader were in `report` only with `--review <hashed path>`, a path
/// the reader never showed: `report A B` in markdown and CSV reads the review the reader
/// saved for the same pair, and `--verdict` with no review in force says where one would be.
#[test]
fn report_reads_the_verdicts_the_reader_saved_for_the_pair_with_no_flag() {
    let dir = Scratch::new("pty-one-review");
    let (old, new) = (common::sample(2), common::sample(1));
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let data = dir.path().join("data");
    let envs = [("XDG_DATA_HOME", data.to_str().unwrap())];
    let report = |extra: &[&str]| {
        common::driftview()
            .args([&["report", old, new][..], extra].concat())
            .env("XDG_DATA_HOME", &data)
            .output()
            .expect("report runs")
    };
    // Before any verdict: no review to filter by, and the message says where it would be.
    let refused = report(&["--format", "csv", "--verdict", "error"]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("none yet") && err.contains("reviews"), "{err}");

    let mut r = Reader::spawn(&[old, new], &envs);
    r.wait_for("the pair", |t| t.contains("row 1/"));
    r.keys("]x");
    r.wait_for("the verdict", |t| {
        t.contains("error · accuracy/omission · major · 1 of")
    });
    // The help says where the verdicts are saved, at its end.
    r.keys(&format!("?{}", "j".repeat(100)));
    r.wait_for("where verdicts are saved", |t| {
        t.contains("Verdicts and notes of this pair are saved in")
    });
    r.keys("?q");
    assert!(r.0.wait_closed(PATIENCE));

    let md = String::from_utf8(report(&["--format", "markdown"]).stdout).unwrap();
    assert!(md.contains("## Errors to fix (1)"), "{md}");
    let csv = String::from_utf8(report(&["--format", "csv", "--verdict", "error"]).stdout).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.lines().nth(1).unwrap().contains(",error,"), "{csv}");
}

/// An alignment fix is the reviewer's: a sentence moved into the row above is kept in the
/// review file, laid again when the pair is reopened, and undone with `U`.
#[test]
fn an_alignment_fix_is_there_after_quitting_and_reopening_and_undoes() {
    let dir = Scratch::new("pty-realign");
    let old = dir.file(
        "old.txt",
        "The bridge opened in May.\n\nFerries run every hour.\n\nTickets cost two euros.\n\nThe mayor was pleased.\n",
    );
    let new = dir.file(
        "new.txt",
        "The bridge opened in May.\n\nFerries run every hour.\n\nThe mayor was pleased.\n",
    );
    let review = dir.path().join("review.json");
    let args = [
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--review",
        review.to_str().unwrap(),
    ];
    let mut r = Reader::spawn(&args, &[]);
    r.wait_for("the pair", |t| t.contains("row 1/4"));
    // The dropped sentence's row, then its sentence up into the row above.
    r.keys("]");
    r.wait_for("the dropped row", |t| t.contains("row 3/4"));
    r.keys("(");
    r.wait_for("the fix", |t| {
        t.contains("row 3: a sentence of the old version moved up · 1 alignment fix")
            && t.contains("/3 (")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
    let saved = std::fs::read_to_string(&review).unwrap();
    assert!(saved.contains("\"action\": \"move-old-up\""), "{saved}");

    let mut r = Reader::spawn(&args, &[]);
    r.wait_for("the fix laid again", |t| t.contains("row 1/3"));
    r.keys("U");
    r.wait_for("the fix undone", |t| {
        t.contains("undone: a sentence of the old version moved up · 0 alignment fixes")
            && t.contains("row 1/4")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
    let saved = std::fs::read_to_string(&review).unwrap();
    assert!(!saved.contains("\"fixes\""), "{saved}");
}

/// A stand-in editor in `dir`: writes down how it was called (in the returned calls file)
/// and runs the sed script `edit` on the file it was given.
fn stand_in_editor(dir: &Scratch, edit: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let calls = dir.path().join("calls.txt");
    let editor = dir.file(
        "editor.sh",
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nsed -i '{edit}' \"$2\"\n",
            calls.display()
        ),
    );
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    (editor, calls)
}

#[test]
fn e_opens_the_editor_at_the_current_row_s_line_and_the_edit_is_read_back() {
    let dir = Scratch::new("pty-edit");
    let old = dir.file(
        "old.txt",
        "The bridge opened in May.\n\nFerries run every hour.\nTickets cost two euros.\n",
    );
    let new = dir.file(
        "new.txt",
        "The bridge opened in May.\n\nFerries run every half hour.\nTickets cost two euros.\n",
    );
    let (editor, calls) = stand_in_editor(&dir, "s/two euros/three euros/");
    let editor = editor.to_str().unwrap();
    let mut r = Reader::spawn(
        &[old.to_str().unwrap(), new.to_str().unwrap()],
        &[("VISUAL", ""), ("EDITOR", editor)],
    );
    r.wait_for("the pair", |t| t.contains("row 1/"));
    // The changed row (lines 3 and 4 of each file), then the new file opened there.
    r.keys("n");
    r.keys("e");
    r.wait_for("the edit read back", |t| t.contains("three euros"));
    let called = std::fs::read_to_string(&calls).unwrap();
    assert_eq!(called, format!("+3 {}\n", new.display()));
    // Ctrl-e: the old file, at the same row's line.
    r.keys("n");
    r.keys("\u{5}");
    r.wait_for("both edited", |t| t.matches("three euros").count() == 2);
    let called = std::fs::read_to_string(&calls).unwrap();
    assert!(
        called.ends_with(&format!("+3 {}\n", old.display())),
        "{called}"
    );
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn e_on_a_po_file_opens_the_catalogue_at_the_entry_s_line_and_reads_it_back() {
    let dir = Scratch::new("pty-edit-po");
    let po = dir.file(
        "viewer-de.po",
        std::fs::read_to_string("tests/data/bilingual/viewer-de.po").unwrap(),
    );
    let (editor, calls) = stand_in_editor(&dir, "s/Aufruf:/Gebrauch:/");
    let mut r = Reader::spawn(
        &[po.to_str().unwrap()],
        &[("VISUAL", ""), ("EDITOR", editor.to_str().unwrap())],
    );
    r.wait_for("the catalogue", |t| {
        t.contains("row 1/") && t.contains("Aufruf:")
    });
    // The first message's msgid is line 11 of the file: the translation's side opens the
    // catalogue there, and the edited translation is read back.
    r.keys("e");
    // (In the translation's pane, not only in the list: the pair is compared again.)
    r.wait_for("the edit read back", |t| t.contains("~ Gebrauch:"));
    let called = std::fs::read_to_string(&calls).unwrap();
    assert_eq!(called, format!("+11 {}\n", po.display()));
    // Ctrl-e: the source's side is the same file, at the same entry.
    r.keys("\u{5}");
    r.wait_for("the second call", |_| {
        std::fs::read_to_string(&calls).is_ok_and(|c| c.lines().count() == 2)
    });
    let called = std::fs::read_to_string(&calls).unwrap();
    assert!(
        called.ends_with(&format!("+11 {}\n", po.display())),
        "{called}"
    );
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn e_on_the_bundled_samples_says_there_is_no_file_to_edit() {
    let mut r = Reader::start(&[("EDITOR", "/nonexistent/editor")]);
    r.wait_for("the samples", |t| t.contains("row 1/"));
    r.keys("e");
    r.wait_for("the reason", |t| t.contains("no file to edit"));
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

#[test]
fn hash_numbers_the_rows_with_their_files_lines() {
    let dir = Scratch::new("pty-line-numbers");
    let old = dir.file(
        "old.txt",
        "Intro line.\n\n\n\nThe bridge opened in May.\n\nFerries run every hour.\n",
    );
    let new = dir.file(
        "new.txt",
        "Intro line.\n\nThe bridge opened in June.\n\nFerries run every hour.\n",
    );
    let mut r = Reader::spawn(&[old.to_str().unwrap(), new.to_str().unwrap()], &[]);
    r.wait_for("the pair", |t| t.contains("row 1/"));
    r.keys("#");
    // The changed row starts on line 5 of the old file and line 3 of the new one.
    r.wait_for("the numbers", |t| {
        t.contains("line numbers of the files")
            && t.contains(" 5 The bridge opened in May.")
            && t.contains(" 3 The bridge opened in June.")
    });
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));
}

/// Issue 29's walk as a translation reviewer takes it, in one run: the three documents
/// opened, the round trip made from the list (`m` on the translation), findings jumped
/// through and judged (one of them on a row the translation's joined sentences made), the
/// editor opened at a row, quit; then `report` with no review flag shows both verdicts, for
/// the round trip and for its original against its back-translation.
#[test]
fn a_round_trip_made_from_the_list_is_judged_and_its_verdicts_are_in_both_reports() {
    let dir = Scratch::new("pty-walk");
    let copy =
        |name: &str, n: u8| dir.file(name, std::fs::read_to_string(common::sample(n)).unwrap());
    let (original, translation, back) = (
        copy("original.txt", 2),
        copy("translation.txt", 1),
        copy("back.txt", 3),
    );
    let [o, t, b] = [&original, &translation, &back].map(|p| p.to_str().unwrap().to_string());
    let data = dir.path().join("data");
    let (editor, calls) = stand_in_editor(&dir, "s/^$//");
    let envs = [
        ("XDG_DATA_HOME", data.to_str().unwrap()),
        ("VISUAL", ""),
        ("EDITOR", editor.to_str().unwrap()),
    ];
    let mut r = Reader::spawn(&[&o, &t, &b], &envs);
    r.wait_for("the pair", |s| s.contains("row 1/"));
    // The list's selection is the new document: one up is the translation, `m` makes it the
    // middle pane at once (no waiting for the selection to settle).
    r.keys("\tkm");
    r.wait_for("three panes", |s| {
        s.contains("original: original.txt")
            && s.contains("translation: translation.txt")
            && s.contains("back-translation: back.txt")
    });
    r.keys("\t]x");
    r.wait_for("the first verdict", |s| {
        s.contains("finding 1/") && s.contains(": error ·")
    });
    // After a verdict the cursor is on the next finding; the one after it stands on the
    // row where the translation made two sentences one.
    r.keys("]a");
    r.wait_for("the second verdict", |s| s.contains(": acceptable · 2 of"));
    r.keys("e");
    let started = std::time::Instant::now();
    while !calls.exists() && started.elapsed() < PATIENCE {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    r.wait_for("back from the editor", |s| {
        s.contains("row ") && s.contains("2 of")
    });
    let called = std::fs::read_to_string(&calls).unwrap();
    assert!(
        called.starts_with('+') && called.contains("back.txt"),
        "{called}"
    );
    r.keys("q");
    assert!(r.0.wait_closed(PATIENCE));

    let report = |args: &[&str]| {
        let out = common::driftview()
            .arg("report")
            .args(args)
            .args(["--format", "markdown"])
            .env("XDG_DATA_HOME", &data)
            .output()
            .expect("report runs");
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (md, err) = report(&["--roundtrip", &o, &t, &b]);
    assert!(
        md.contains("2 of ") && md.contains("findings reviewed in the reader"),
        "{md}"
    );
    assert!(md.contains("| error · accuracy/"), "{md}");
    assert!(md.contains("| acceptable |"), "{md}");
    assert!(err.is_empty(), "{err}");
    let (md, err) = report(&[&o, &b]);
    assert!(
        md.contains("- 2 of ") && md.contains("## Acceptable (1)"),
        "{md}"
    );
    assert!(
        !md.contains("no longer found") && !err.contains("no longer found"),
        "{err}"
    );
}
