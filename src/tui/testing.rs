//! Test helpers: an app over the bundled samples whose worker requests are answered inline.

use std::sync::Arc;

use driftview::load::samples;
use driftview::{DiffOptions, Knowledge, compare};

use crate::tui::worker::SeverityCounts;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::{App, Request};
use super::theme::Paint;
use super::worker::Report;

/// An app on the samples with panes of the given text size, all requests answered.
pub(crate) fn sample_app(theme: Paint) -> App {
    app_on(samples::documents(), theme)
}

/// An app on the given documents, as [`sample_app`].
pub(crate) fn app_on(docs: Vec<driftview::Document>, theme: Paint) -> App {
    let mut app = App::new(
        docs,
        Vec::new(),
        crate::tui::app::Opening::with(theme, DiffOptions::default()),
    );
    app.set_viewport(50, 30, 10);
    settle(&mut app);
    app
}

/// Answers every pending request the way the workers would, until none is left.
pub(crate) fn settle(app: &mut App) {
    loop {
        let requests = app.take_requests();
        if requests.is_empty() {
            return;
        }
        for request in requests {
            match request {
                Request::Compare { old, new, options } => {
                    let docs = app.docs.clone();
                    let (a, b) = (docs[old].clone(), docs[new].clone());
                    let comparison = Arc::new(compare(a, b, options, &Knowledge::none()));
                    app.on_report(Report::Compared {
                        old,
                        new,
                        options,
                        comparison,
                    });
                }
                Request::CompareHistory(options) => {
                    let versions = super::worker::history(&app.docs, options, &Knowledge::none());
                    app.on_report(Report::ComparedHistory { options, versions });
                }
                Request::CompareTrio(trio) => {
                    let versions = trio.compare(&app.docs, &Knowledge::none());
                    app.on_report(Report::ComparedTrio { trio, versions });
                }
                // The rows of a book sent before its checks: nothing waits on them here.
                Request::RowsShown => {}
                Request::Reload => {
                    let load = driftview::load::LoadOptions::default();
                    let (docs, _) = super::disk::reload(&app.docs, &load);
                    app.replace_docs(docs);
                }
                Request::Similarities { old, options } => {
                    let docs = app.docs.clone();
                    for doc in 0..docs.len() {
                        // As the list worker does: a pair already asked of the pair worker is
                        // left to it (its answer is in the app's cache).
                        if app.has_compared(old, doc, options) {
                            continue;
                        }
                        let (a, b) = (docs[old].clone(), docs[doc].clone());
                        let c = compare(a, b, options, &Knowledge::none());
                        let (value, findings) = (c.similarity, SeverityCounts::of(&c.findings));
                        app.on_report(Report::Similarity {
                            old,
                            doc,
                            value,
                            findings,
                        });
                    }
                }
            }
        }
    }
}

/// Draws the app on a test terminal of `width` x `height`, telling it the panes' size first
/// as the event loop does.
pub(crate) fn render(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    app.fit_screen(width);
    if let Some(g) = super::ui::Geometry::of(
        area,
        app.findings_panel_height(),
        app.list_request(),
        app.has_middle(),
    ) {
        app.set_viewport(g.text_width(), g.text_height(), g.list_rows());
        settle(app);
    }
    if app.help.shown {
        app.clamp_help(super::ui::help_max_top(app, area));
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| super::ui::draw(f, app)).unwrap();
    terminal
}

/// `app` with its reviews in a folder of their own (removed first), and that folder.
pub(crate) fn with_review_folder(mut app: App, name: &str) -> (App, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "driftview-app-review-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    app.reviewing.places = crate::environment::ReviewPlaces {
        explicit: None,
        data_dir: Some(dir.clone()),
        fallback_dir: dir.join("fallback"),
    };
    app.sync_review();
    (app, dir)
}
