//! The files behind the documents: noticing when the ones on screen change, reading them again.

use std::sync::Arc;

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
    let docs = docs
        .iter()
        .map(|doc| match doc.reread(load) {
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
