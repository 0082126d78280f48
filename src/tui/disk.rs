//! The files behind the documents: noticing when the ones on screen change, reading them again.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use driftview::Document;
use driftview::load::{LoadOptions, OnDisk};

use super::app::App;

/// One line about the documents on screen whose files changed or vanished since they were
/// read; `None` when they are as read.
pub(super) fn notice(app: &App) -> Option<String> {
    // With no documents at all, `old` points at none.
    let shown = std::iter::once(app.old).chain(app.new);
    let lines: Vec<String> = shown
        .filter_map(|i| {
            let doc = app.docs.get(i)?;
            match doc.on_disk() {
                OnDisk::Same => None,
                OnDisk::Changed => Some(format!("{} changed on disk", doc.name())),
                OnDisk::Gone => Some(format!("{} is gone from disk", doc.name())),
            }
        })
        .collect();
    if lines.is_empty() {
        return None;
    }
    let key = app.keys.hint(super::action::Action::Reload);
    Some(format!("{} · {key} reloads", lines.join(", ")))
}

/// Every document whose file changed, read again; the others are the same `Arc`s. A file that
/// cannot be read now keeps the text read before, and its reason comes back as one line.
pub(super) fn reload(
    docs: &[Arc<Document>],
    load: &LoadOptions,
) -> (Vec<Arc<Document>>, Vec<String>) {
    let mut problems = Vec::new();
    // Each with the encoding named for it, if one was (the documents are in the order given).
    let docs = docs
        .iter()
        .enumerate()
        .map(|(k, doc)| match doc.reread(&load.for_document(k)) {
            Ok(Some(fresh)) => Arc::new(fresh),
            Ok(None) => doc.clone(),
            Err(e) => {
                problems.push(format!("{} (kept the text read before)", e.short()));
                doc.clone()
            }
        })
        .collect();
    (docs, problems)
}

/// What a reload brings back: the documents, and a line for each file that could not be read.
pub(super) type Reloaded = (Vec<Arc<Document>>, Vec<String>);

/// `R`: the files read again on a thread of their own, bounded like any loading. A file
/// replaced by a pipe that never ends blocks that thread, never the screen or the keys.
pub(super) struct Reloader {
    load: LoadOptions,
    done: (Sender<Reloaded>, Receiver<Reloaded>),
    /// A reload is under way.
    pending: bool,
}

impl Reloader {
    pub(super) fn new(load: &LoadOptions) -> Reloader {
        Reloader {
            load: load.clone(),
            done: channel(),
            pending: false,
        }
    }

    /// Starts reading `docs` again; false when a reload is still under way.
    pub(super) fn start(&mut self, docs: Arc<Vec<Arc<Document>>>) -> bool {
        if self.pending {
            return false;
        }
        self.pending = true;
        let (tx, load) = (self.done.0.clone(), self.load.clone());
        std::thread::spawn(move || {
            let _ = tx.send(reload(&docs, &load));
        });
        true
    }

    /// The reload's result, once it has come.
    pub(super) fn finished(&mut self) -> Option<Reloaded> {
        let result = self.done.1.try_recv().ok()?;
        self.pending = false;
        Some(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Paint;
    use driftview::DiffOptions;

    #[test]
    fn no_documents_no_notice() {
        let app = App::new(
            Vec::new(),
            Vec::new(),
            crate::tui::app::Opening::with(Paint::COLOUR, DiffOptions::default()),
        );
        assert_eq!(notice(&app), None);
    }

    #[test]
    fn a_shown_file_that_changes_or_goes_is_named() {
        let dir = std::env::temp_dir().join(format!("driftview-notice-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a.txt"), dir.join("b.txt"));
        std::fs::write(&a, "The talks began on Monday.").unwrap();
        std::fs::write(&b, "The talks began on Tuesday.").unwrap();
        let load = |p: &std::path::Path| driftview::load::load_file(p).unwrap();
        let app = App::new(
            vec![load(&a), load(&b)],
            Vec::new(),
            crate::tui::app::Opening::with(Paint::COLOUR, DiffOptions::default()),
        );
        assert_eq!(notice(&app), None);
        std::fs::write(&b, "The talks began on Tuesday at last.").unwrap();
        std::fs::remove_file(&a).unwrap();
        let line = notice(&app).expect("a notice");
        assert_eq!(
            line,
            "a.txt is gone from disk, b.txt changed on disk · R reloads"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
