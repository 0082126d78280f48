//! A document: one version of an article, decoded, with its title and word count, and a
//! note of how its file looked when read so that a later change is noticed.

use std::fs::Metadata;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::file_name::file_label;
use crate::text::language::Language;
use crate::text::tokens::word_count;

/// Which side of a bilingual file a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BilingualSide {
    /// The messages' source text (a PO `msgid`, an XLIFF `<source>`).
    Source,
    /// Their translation.
    Translation,
}

/// One version of an article, decoded; `text` is what the reader shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from, as the user named it (`-` for stdin).
    pub path: PathBuf,
    /// First heading-like line, else the file name.
    pub title: String,
    /// Decoded text with newlines normalised to LF.
    pub text: String,
    words: WordCount,
    /// How its file looked when read (`None`: standard input, or text built in memory).
    pub(super) stamp: Option<FileStamp>,
    /// What reading it had to mend, in one line for people ("3 invalid UTF-8 bytes …").
    pub warning: Option<String>,
    /// The language its text is written in, when a guess from its text is reliable.
    pub language: Option<Language>,
    /// When its file gives the alignment (the messages of a PO or XLIFF file): each entry's
    /// byte range in `text`; entry k of a source faces entry k of its translation.
    pub entries: Option<Arc<[Range<usize>]>>,
    /// With `entries`: each entry's line of its file (a PO message's `msgid`, an XLIFF unit's
    /// source), where the file says: a row's lines are its entries'.
    pub entry_lines: Option<Arc<[usize]>>,
    /// One side of a bilingual file (PO, XLIFF, TMX): the file both sides are read from, and
    /// which side this is. `path` is then a label ("messages.po (source)"); this is the file
    /// the editor opens and a reload reads.
    pub bilingual: Option<(PathBuf, BilingualSide)>,
    /// A bilingual file's translation: its entries as written and their marks, for the
    /// checks translators run on such files (placeholders, markup, fuzzy entries).
    pub entry_notes: Option<Arc<super::entry_notes::EntryNotes>>,
    /// Subtitles: each entry's time on screen (milliseconds), by which two subtitle files
    /// align cue by cue.
    pub cue_times: Option<Arc<[Range<u32>]>>,
    /// The text is already one sentence per line (`--segmented`, as sentence aligners take
    /// their input): each line is one sentence, none is split or joined.
    pub segmented: bool,
    /// Its text's lines are its file's, line for line (plain text read from a file; not a
    /// web page, Markdown, an office file or subtitles, whose text is made from the file):
    /// a row's lines can be named, and an editor opened there.
    pub file_lines: bool,
}

/// A file's modification time and length when it was read; a later look that differs means
/// it changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl FileStamp {
    pub(super) fn of(metadata: &Metadata) -> FileStamp {
        FileStamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        }
    }
}

/// A document's file now, against the text read from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDisk {
    /// Unchanged, or not from a file.
    Same,
    /// Modified or resized since it was read.
    Changed,
    /// No longer there, or no longer readable.
    Gone,
}

impl Document {
    /// Builds a document from text already in memory.
    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let path = path.into();
        let text = text.into();
        let title = title_of(&text).unwrap_or_else(|| file_label(&path));
        let language = Language::detect(&text);
        Document {
            path,
            title,
            text,
            words: WordCount::default(),
            stamp: None,
            warning: None,
            language,
            entries: None,
            entry_lines: None,
            entry_notes: None,
            bilingual: None,
            cue_times: None,
            segmented: false,
            file_lines: false,
        }
    }

    /// Whether `other` is written in another language than this one (both languages known):
    /// such a pair is a source and its translation, aligned and checked as one.
    pub fn in_another_language(&self, other: &Document) -> bool {
        matches!((self.language, other.language), (Some(a), Some(b)) if a != b)
    }

    /// Where its lines start, when its lines are its file's (`file_lines`), or its entries'
    /// lines in their file (`entry_lines`): to name a row's lines in reports and open an
    /// editor there.
    pub fn line_index(&self) -> Option<crate::text::LineIndex> {
        if self.file_lines {
            return Some(crate::text::LineIndex::new(&self.text));
        }
        let (entries, lines) = (self.entries.as_ref()?, self.entry_lines.as_ref()?);
        (entries.len() == lines.len() && !entries.is_empty()).then(|| {
            crate::text::LineIndex::of_entries(
                entries.iter().map(|r| r.start).collect(),
                lines.to_vec(),
            )
        })
    }

    /// Whether it was read from a file (not standard input, nor text built in memory such as
    /// the bundled samples).
    pub fn has_file(&self) -> bool {
        self.stamp.is_some()
    }

    /// The file its text was read from: its own path, or a bilingual file's for one of its
    /// sides.
    pub fn file(&self) -> &std::path::Path {
        self.bilingual.as_ref().map_or(&self.path, |(file, _)| file)
    }

    /// Whether the file this document was read from has changed since.
    pub fn on_disk(&self) -> OnDisk {
        let Some(stamp) = self.stamp else {
            return OnDisk::Same;
        };
        match std::fs::metadata(self.file()) {
            Ok(now) if FileStamp::of(&now) == stamp => OnDisk::Same,
            Ok(_) => OnDisk::Changed,
            Err(_) => OnDisk::Gone,
        }
    }

    /// The name of the file its text was read from ([`Self::file`]'s, shown safely): where a
    /// place `file:line` is named, a bilingual file's side is the file itself.
    pub fn file_name(&self) -> String {
        crate::text::visible(&file_label(self.file())).into_owned()
    }

    /// A short name for status lines: the file name.
    pub fn name(&self) -> String {
        // A label to show: a file name's control characters are shown, never sent.
        crate::text::visible(&file_label(&self.path)).into_owned()
    }

    /// Number of words (runs containing a letter or digit).
    pub fn word_count(&self) -> usize {
        *self.words.0.get_or_init(|| word_count(&self.text))
    }
}

/// A document's word count, counted the first time it is asked for (the list of the reader,
/// the matrix): counting a book's words is a scan of its whole text. A comparison counts
/// them on its own way through the text (`Comparison::words`).
#[derive(Debug, Clone, Default)]
struct WordCount(std::sync::OnceLock<usize>);

/// The count follows from the text, which documents are compared by: whether it has been
/// counted yet does not make two documents differ.
impl PartialEq for WordCount {
    fn eq(&self, _: &WordCount) -> bool {
        true
    }
}

impl Eq for WordCount {}

/// Titles longer than this are cut at a word: the list and the JSON keep one line each.
const TITLE_MAX_CHARS: usize = 80;
/// A title has at least this many words: shorter lines are datelines, bylines or labels.
const TITLE_MIN_WORDS: usize = 3;

/// The first line that reads like a heading: at least three words, markdown `#` removed.
fn title_of(text: &str) -> Option<String> {
    let line = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| l.split_whitespace().count() >= TITLE_MIN_WORDS)?;
    Some(shorten(line, TITLE_MAX_CHARS))
}

fn shorten(line: &str, max_chars: usize) -> String {
    if line.chars().count() <= max_chars {
        return line.to_string();
    }
    let cut: String = line.chars().take(max_chars - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max_chars / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::corpus::{LoadOptions, load_file};
    use crate::load::error::LoadError;

    #[test]
    fn a_file_changed_or_removed_after_reading_is_noticed_and_read_again() {
        let dir = std::env::temp_dir().join(format!("driftview-reread-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.txt");
        std::fs::write(&path, "The talks began on Monday.").unwrap();
        let doc = load_file(&path).unwrap();
        let options = LoadOptions::default();
        assert_eq!(doc.on_disk(), OnDisk::Same);
        assert!(doc.reread(&options).unwrap().is_none());
        std::fs::write(&path, "The talks began on Tuesday, late.").unwrap();
        assert_eq!(doc.on_disk(), OnDisk::Changed);
        let again = doc.reread(&options).unwrap().expect("read again");
        assert_eq!(again.text, "The talks began on Tuesday, late.");
        assert_eq!(again.on_disk(), OnDisk::Same);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(again.on_disk(), OnDisk::Gone);
        assert!(matches!(again.reread(&options), Err(LoadError::Missing(_))));
        // Text from memory (or standard input) has no file to watch.
        assert_eq!(Document::from_text("b.txt", "x").on_disk(), OnDisk::Same);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn title_skips_short_lines_and_markdown_marks() {
        let doc = Document::from_text("a.txt", "Search\n\n# Biden and Putin will meet\nBody.");
        assert_eq!(doc.title, "Biden and Putin will meet");
        let doc = Document::from_text("dir/b.txt", "one two");
        assert_eq!(doc.title, "b.txt");
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let long = "word ".repeat(40);
        let title = title_of(&long).unwrap();
        assert!(title.ends_with('…'));
        assert!(title.chars().count() <= TITLE_MAX_CHARS);
    }
}
