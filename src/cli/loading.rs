//! Loading the documents a command names, with what reading them had to mend on stderr.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Result, anyhow};

use driftview::load::LoadOptions;
use driftview::load::{self as corpus, samples};
use driftview::text::visible;
use driftview::{Comparison, Document, LoadError, compare};

use crate::environment::Environment;

/// Loads two documents (in parallel) and compares them.
pub(super) fn load_pair(old: &Path, new: &Path, env: &Environment) -> Result<Comparison> {
    let load = &env.load;
    if old == Path::new("-") && new == Path::new("-") {
        return Err(anyhow!(
            "only one of the two documents can be read from stdin"
        ));
    }
    let (old, new) = rayon::join(
        || load_one(old, &load.for_document(0)),
        || load_one(new, &load.for_document(1)),
    );
    let (mut old, mut new) = (old?, new?);
    load.name_language(0, &mut old);
    load.name_language(1, &mut new);
    Ok(compare(
        Arc::new(old),
        Arc::new(new),
        env.options,
        &env.knowledge,
    ))
}

/// A PO or XLIFF file's sources against their translations, entry facing entry.
pub(super) fn load_bilingual_pair(path: &Path, env: &Environment) -> Result<Comparison> {
    let load = &env.load;
    if !corpus::is_bilingual(path) {
        return Err(anyhow!(
            "{}: one document alone is compared only as a PO, XLIFF or TMX file (.po, .xlf, .xliff, .tmx); give two documents",
            path.display()
        ));
    }
    let mut docs = corpus::load_bilingual(path, &load.for_document(0))?;
    load.name_languages(&mut docs);
    let [source, target] = docs;
    let (source, target) = (Arc::new(source), Arc::new(target));
    Ok(compare(source, target, env.options, &env.knowledge))
}

/// One side of a pair. An empty file (or `/dev/null`, as git passes for an added or deleted
/// file) is a document with no sentences, as diff(1) and git read it.
pub(super) fn load_one(path: &Path, load: &LoadOptions) -> Result<Document, LoadError> {
    let doc = match corpus::load_file_or_stdin(path, load) {
        Err(LoadError::Empty(path)) => Ok(Document::from_text(path, "")),
        other => other,
    }?;
    warn(&doc);
    Ok(doc)
}

/// What reading a document had to mend, on stderr.
pub(super) fn warn(doc: &Document) {
    if let Some(warning) = &doc.warning {
        eprintln!("driftview: warning: {}", visible(warning));
    }
}

pub(super) fn load_many(paths: &[PathBuf], load: &LoadOptions) -> Result<Vec<Document>> {
    let loaded = samples::or_load(paths, load);
    for e in &loaded.errors {
        eprintln!("driftview: {}", visible(&e.to_string()));
    }
    if let Some(line) = loaded.skipped_line() {
        eprintln!("driftview: {}", visible(&line));
    }
    loaded.documents.iter().for_each(warn);
    if loaded.documents.is_empty() {
        return Err(anyhow!("no documents to compare"));
    }
    Ok(loaded.documents)
}
