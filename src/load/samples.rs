//! The bundled sample corpus, built into the binary so `driftview` with no paths always has
//! something to show: three versions of one news story and two related stories.

use crate::load::corpus::{Corpus, LoadOptions, load_paths_with};
use crate::load::document::Document;

const SAMPLES: &[(&str, &str)] = &[
    (
        "01-putin-wants-to-meet-biden-version-a.txt",
        include_str!("../../assets/samples/01-putin-wants-to-meet-biden-version-a.txt"),
    ),
    (
        "02-putin-wants-to-meet-biden-version-b.txt",
        include_str!("../../assets/samples/02-putin-wants-to-meet-biden-version-b.txt"),
    ),
    (
        "03-putin-wants-to-meet-biden-version-c.txt",
        include_str!("../../assets/samples/03-putin-wants-to-meet-biden-version-c.txt"),
    ),
    (
        "04-biden-putin-call-at-crisis-point.txt",
        include_str!("../../assets/samples/04-biden-putin-call-at-crisis-point.txt"),
    ),
    (
        "05-biden-putin-video-summit-warnings.txt",
        include_str!("../../assets/samples/05-biden-putin-video-summit-warnings.txt"),
    ),
];

/// The documents under `paths`, or the bundled samples when no path is given.
pub fn or_load(paths: &[std::path::PathBuf], options: &LoadOptions) -> Corpus {
    if paths.is_empty() {
        return Corpus {
            documents: documents(),
            ..Corpus::default()
        };
    }
    load_paths_with(paths, options)
}

/// The bundled samples as documents, named `samples/<file>`.
pub fn documents() -> Vec<Document> {
    SAMPLES
        .iter()
        .map(|(name, text)| Document::from_text(format!("samples/{name}"), *text))
        .collect()
}
