//! A document read again once its file has changed (the reader's `R`, and after the editor):
//! a file as it was loaded, or a bilingual file's side taken again from the whole file.

use super::bilingual::load_bilingual;
use super::corpus::{LoadOptions, load_file_with};
use super::document::{BilingualSide, Document, OnDisk};
use super::error::LoadError;

impl Document {
    /// The document read again if its file changed since it was read; `None` if it did not.
    pub fn reread(&self, options: &LoadOptions) -> Result<Option<Document>, LoadError> {
        if self.on_disk() == OnDisk::Same {
            return Ok(None);
        }
        let fresh = match &self.bilingual {
            // One side of a bilingual file: the file read again, this side taken.
            Some((file, side)) => {
                load_bilingual(file, options).map(|[source, translation]| match side {
                    BilingualSide::Source => source,
                    BilingualSide::Translation => translation,
                })
            }
            None => load_file_with(&self.path, options),
        };
        fresh.map(|mut doc| {
            // A language the user named stays named; a detected one is detected afresh.
            if !options.languages.is_empty() {
                doc.language = self.language;
            }
            Some(doc)
        })
    }
}
