//! The interactive reader: terminal set-up and the event loop. State lives in `app`, keys in
//! `keymap`, drawing in `ui`; comparing happens on the `worker` threads.

mod action;
mod app;
#[cfg(test)]
mod app_properties;
mod disk;
mod editor;
mod input;
mod keymap;
mod line_edit;
mod search;
mod suspend;
#[cfg(test)]
mod testing;
mod theme;
mod ui;
mod view;
mod worker;

use std::io::{IsTerminal, stdout};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1};

use anyhow::{Result, bail};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind,
};
use ratatui::crossterm::execute;

use driftview::load::samples;
use driftview::load::{LoadError, LoadOptions};

pub(crate) use keymap::{read_rebinding, table_with as key_table};

use app::{App, Msg, Opening, Request};
use disk::Reloader;
use theme::Paint;
use ui::Geometry;
use worker::Workers;

use crate::environment::Environment;

/// Opens the reader on `paths` (none: the bundled samples) and runs until the user quits.
/// `round_trip`: the three documents are an original, its translation and a back-translation.
pub(crate) fn run(paths: &[PathBuf], round_trip: bool, env: &Environment) -> Result<ExitCode> {
    let load = &env.load;
    // Two folders are the two sides of a change (`git difftool -d`): files pair by path.
    let folders = paths.len() == 2 && paths.iter().all(|p| p.is_dir());
    let (corpus, pair_paths) = if folders {
        let pairs = driftview::load::load_folder_pairs(&paths[0], &paths[1], load);
        (pairs.corpus, Some(pairs.paths))
    } else if let [one] = paths
        && driftview::load::is_bilingual(one)
    {
        // A PO or XLIFF file: its sources and its translations, entry facing entry.
        let mut docs = driftview::load::load_bilingual(one, &load.for_document(0))?.to_vec();
        load.name_languages(&mut docs);
        let corpus = driftview::load::Corpus {
            documents: docs,
            ..Default::default()
        };
        (corpus, None)
    } else {
        (samples::or_load(paths, load), None)
    };
    // A file named on the command line that cannot be read is an error, as in every command
    // line tool (a mistyped name must not open the reader on the other file alone); a folder's
    // unreadable files stay notes in the list.
    if let Some(e) = corpus.errors.iter().find(|e| {
        !matches!(e, LoadError::Empty(_) | LoadError::EmptyFolder(_))
            && paths.iter().any(|p| p.as_path() == e.path() && !p.is_dir())
    }) {
        bail!("{e}");
    }
    need_terminal()?;
    let mut notices: Vec<String> = corpus.errors.iter().map(LoadError::short).collect();
    notices.extend(corpus.skipped_line());
    let docs = corpus.documents;
    if round_trip && docs.len() != 3 {
        bail!(
            "--roundtrip takes three documents (original, translation, back-translation); {} opened",
            docs.len()
        );
    }
    let mut app = App::new(docs, notices, opening(env));
    if let Some(pair_paths) = &pair_paths {
        app.pair_folders(pair_paths);
    }
    if round_trip {
        app.open_round_trip();
    }
    read(app, env)
}

/// Opens the reader on versions of one text in order (`driftview history`).
/// `labels`: what the list calls each version (a commit's hash, date and subject).
pub(crate) fn run_history(
    docs: Vec<driftview::Document>,
    labels: Option<Vec<String>>,
    env: &Environment,
) -> Result<ExitCode> {
    need_terminal()?;
    let mut app = App::new(docs, Vec::new(), opening(env));
    if let Some(labels) = labels {
        app.labels = labels;
    }
    app.open_history();
    read(app, env)
}

/// The reader's share of the environment.
fn opening(env: &Environment) -> Opening {
    Opening {
        theme: Paint(env.theme),
        options: env.options,
        keys: keymap::KeyMap::with_rebindings(&env.keys),
        list_width: env.list_width,
        review_places: env.review_places.clone(),
        scoring: env.scoring.clone(),
        advance: env.advance,
        knowledge: env.knowledge.clone(),
        notice: env.notice.clone(),
    }
}

fn need_terminal() -> Result<()> {
    if !stdout().is_terminal() {
        bail!(
            "the reader needs a terminal; for a pipe use `driftview diff A B` or `driftview report A B`"
        );
    }
    Ok(())
}

/// Runs the reader on `app` until the user quits, the terminal restored whatever happens.
/// Ends with 0, or 128 + N after signal N (as shells expect), or 1 when verdicts were lost.
fn read(mut app: App, env: &Environment) -> Result<ExitCode> {
    let load = &env.load;
    let mut workers = Workers::start(app.docs.clone(), !app.chosen(), &env.knowledge);

    // Mouse capture is ours to undo on a panic; ratatui's hook (installed next) restores the rest.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
    // The signals that would end the process end the loop instead, like `q`, so the
    // terminal is restored: the number of the one that came.
    let signals = Signals {
        ended_by: Arc::new(AtomicUsize::new(0)),
        stopped: Arc::new(AtomicBool::new(false)),
    };
    for signal in ENDING_SIGNALS {
        signal_hook::flag::register_usize(signal, signals.ended_by.clone(), signal as usize)?;
    }
    // `kill -TSTP` (Ctrl-z itself arrives as a key in raw mode) suspends the same way.
    signal_hook::flag::register(SIGTSTP, signals.stopped.clone())?;
    spawn_hang_up_watchdog(signals.ended_by.clone());
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &mut workers, load, &signals);
    let ended_by = signals.ended_by.load(Ordering::Relaxed);
    // A signal gives no time to ask: what could not be saved goes to a file of its own.
    let lost = app.reviewing.keep_unsaved();
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    for line in &app.reviewing.farewell {
        eprintln!("driftview: {}", driftview::text::visible(line));
    }
    result?;
    Ok(match ended_by {
        0 if lost => ExitCode::FAILURE,
        0 => ExitCode::SUCCESS,
        n => ExitCode::from(128 + u8::try_from(n).unwrap_or(0)),
    })
}

/// The signals the reader ends on, terminal restored.
const ENDING_SIGNALS: [i32; 6] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGALRM];

/// What the signal handlers tell the loop.
struct Signals {
    /// The signal that asked the reader to end (0: none).
    ended_by: Arc<AtomicUsize>,
    /// SIGTSTP came: suspend.
    stopped: Arc<AtomicBool>,
}

/// When the terminal is gone (SIGHUP after a closed pty), crossterm's input poll can spin
/// without returning, so the loop never sees the signal: a signal that the loop has not acted
/// on within half a second ends the process from here, after a best-effort restore.
fn spawn_hang_up_watchdog(ended_by: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        let signal = loop {
            match ended_by.load(Ordering::Relaxed) {
                0 => std::thread::sleep(Duration::from_millis(100)),
                n => break n,
            }
        };
        std::thread::sleep(Duration::from_millis(500));
        let _ = execute!(stdout(), DisableMouseCapture);
        let _ = ratatui::try_restore();
        std::process::exit(128 + i32::try_from(signal).unwrap_or(0));
    });
}

/// How long the loop waits for input before looking at the workers again.
const FRAME: Duration = Duration::from_millis(50);
const MAX_EVENTS_PER_FRAME: usize = 256;
/// How often the files of the documents on screen are looked at for changes.
const DISK_CHECK: Duration = Duration::from_secs(1);
/// How long a failed reload's message stays before the next look replaces it.
const PROBLEM_SHOWN: Duration = Duration::from_secs(5);

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    workers: &mut Workers,
    load: &LoadOptions,
    signals: &Signals,
) -> Result<()> {
    let mut dirty = true;
    let mut next_disk_check = Instant::now() + DISK_CHECK;
    let mut reloader = Reloader::new(load);
    loop {
        let size = terminal.size()?;
        let area = ratatui::layout::Rect::new(0, 0, size.width, size.height);
        app.fit_screen(size.width);
        let geometry = Geometry::of(
            area,
            app.findings_panel_height(),
            app.list_request(),
            app.has_middle(),
        );
        if let Some(g) = &geometry {
            app.update(Msg::Resize {
                pane_width: g.text_width(),
                pane_height: g.text_height(),
                list_rows: g.list_rows(),
            });
        }
        // The help is laid out to clamp its scroll only while it is open.
        if app.help.shown {
            app.clamp_help(ui::help_max_top(app, area));
        }
        if dirty || app.jobs.waiting_since.is_some() {
            terminal.draw(|frame| ui::draw(frame, app))?;
            dirty = false;
        }
        // After drawing: a comparison started first would take both cores from the frame
        // that says it is under way.
        dirty |= forward(app, workers, &mut reloader);
        if let Some(reloaded) = reloader.finished() {
            if take_reload(app, workers, reloaded) {
                next_disk_check = Instant::now() + PROBLEM_SHOWN;
            }
            dirty = true;
        }
        if app.quit || signals.ended_by.load(Ordering::Relaxed) != 0 {
            return Ok(());
        }
        if let Some(request) = app.edit.take() {
            let trouble = editor::edit(terminal, &request)?;
            // Whatever the editor did, the files are read again: a reload of files that did
            // not change keeps everything as it was.
            app.update(Msg::Edited(trouble));
            dirty = true;
            continue;
        }
        if app.suspend || signals.stopped.swap(false, Ordering::Relaxed) {
            app.suspend = false;
            suspend::suspend(terminal)?;
            dirty = true;
            continue;
        }
        // Drain what is queued, but a bounded batch: a terminal that went away can report
        // input forever, and the loop must come back round to see the hang-up signal.
        let mut batch = 0;
        while batch < MAX_EVENTS_PER_FRAME
            && event::poll(if batch == 0 { FRAME } else { Duration::ZERO })?
        {
            dirty |= handle(app, event::read()?, geometry.as_ref());
            batch += 1;
        }
        while let Ok(report) = workers.reports.try_recv() {
            dirty |= app.update(Msg::Report(report));
        }
        let now = Instant::now();
        dirty |= app.update(Msg::Tick(now));
        if now >= next_disk_check {
            next_disk_check = now + DISK_CHECK;
            let notice = disk::notice(app);
            dirty |= app.update(Msg::Disk(notice));
        }
    }
}

/// Hands the app's requests to the workers and the reloader; returns whether the status bar
/// has something new to say.
fn forward(app: &mut App, workers: &Workers, reloader: &mut Reloader) -> bool {
    let mut said = false;
    for request in app.take_requests() {
        match request {
            Request::Compare { old, new, options } => workers.compare(old, new, options),
            Request::CompareTrio(trio) => workers.compare_trio(trio),
            Request::CompareHistory(options) => workers.compare_history(options),
            Request::Similarities { old, options } => workers.similarities(old, options),
            Request::RowsShown => workers.shown(),
            Request::Reload => {
                let message = if reloader.start(app.docs.clone()) {
                    "reading the files again…"
                } else {
                    "still reading the files (one may be a pipe no one writes)"
                };
                app.status.message = Some(message.into());
                said = true;
            }
        }
    }
    said
}

/// A finished reload: the new documents in place; returns whether it left a problem to show.
fn take_reload(app: &mut App, workers: &mut Workers, reloaded: disk::Reloaded) -> bool {
    let (docs, problems) = reloaded;
    app.status.message = None;
    // Fresh workers for fresh documents: the old ones finish what they hold and stop, their
    // answers unheard (the app has asked the new ones again).
    if app.replace_docs(docs) {
        *workers = workers.restarted(app.docs.clone(), !app.chosen());
    }
    let problem = !problems.is_empty();
    app.update(Msg::Disk(problem.then(|| problems.join(", "))));
    problem
}

/// Applies one terminal event through the app's `update`; returns whether the screen needs
/// redrawing.
fn handle(app: &mut App, event: Event, geometry: Option<&Geometry>) -> bool {
    if let Event::Key(key) = &event
        && panic_requested(key)
    {
        panic!("F12 with DRIFTVIEW_TEST_PANIC set: a panic on purpose");
    }
    let action = input::action_for(app, &event, geometry);
    if let Some(action) = action {
        app.update(Msg::Act(action));
    }
    // Any key redraws (the status bar may change); other events only when they acted.
    matches!(event, Event::Key(k) if k.kind != KeyEventKind::Release)
        || matches!(event, Event::Resize(..))
        || action.is_some()
}

/// Fault injection for the end-to-end test of the panic path (the terminal must come back):
/// F12 panics, in debug builds only and only with `DRIFTVIEW_TEST_PANIC` set.
fn panic_requested(key: &event::KeyEvent) -> bool {
    cfg!(debug_assertions)
        && key.code == KeyCode::F(12)
        && std::env::var_os("DRIFTVIEW_TEST_PANIC").is_some()
}
