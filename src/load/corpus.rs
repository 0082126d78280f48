//! Documents from paths: files, folders walked recursively, or `-` for stdin; titles and word counts.

use std::collections::HashSet;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::load::decode::{DecodeError, decode};
use crate::load::read_bytes::{DEFAULT_MAX_BYTES, MEGABYTE, ReadError, read_within};

/// One version of an article, decoded; `text` is what the reader shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from, as the user named it (`-` for stdin).
    pub path: PathBuf,
    /// First heading-like line, else the file name.
    pub title: String,
    /// Decoded text with newlines normalised to LF.
    pub text: String,
    words: usize,
    /// How its file looked when read (`None`: standard input, or text built in memory).
    stamp: Option<FileStamp>,
}

/// A file's modification time and length when it was read; a later look that differs means
/// it changed on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl FileStamp {
    fn of(metadata: &Metadata) -> FileStamp {
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
        let words = crate::segment::tokens::word_count(&text);
        Document {
            path,
            title,
            text,
            words,
            stamp: None,
        }
    }

    /// Whether the file this document was read from has changed since.
    pub fn on_disk(&self) -> OnDisk {
        let Some(stamp) = self.stamp else {
            return OnDisk::Same;
        };
        match std::fs::metadata(&self.path) {
            Ok(now) if FileStamp::of(&now) == stamp => OnDisk::Same,
            Ok(_) => OnDisk::Changed,
            Err(_) => OnDisk::Gone,
        }
    }

    /// The document read again if its file changed since it was read; `None` if it did not.
    pub fn reread(&self, options: &LoadOptions) -> Result<Option<Document>, LoadError> {
        match self.on_disk() {
            OnDisk::Same => Ok(None),
            OnDisk::Changed | OnDisk::Gone => load_file_with(&self.path, options).map(Some),
        }
    }

    /// A short name for status lines: the file name.
    pub fn name(&self) -> String {
        file_label(&self.path)
    }

    /// Number of words (runs containing a letter or digit).
    pub fn word_count(&self) -> usize {
        self.words
    }
}

/// Why a path could not be loaded; `Display` is the one-line message users see.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file or folder", .0.display())]
    /// The path does not exist.
    Missing(PathBuf),
    #[error("{}: cannot read: {source}", path.display())]
    /// The file exists but reading it failed.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why reading failed.
        source: std::io::Error,
    },
    #[error("{}: {reason}", path.display())]
    /// The file is binary, or not in an encoding driftview reads.
    NotText {
        /// The file.
        path: PathBuf,
        /// What is wrong with its bytes.
        reason: DecodeError,
    },
    #[error("{}: larger than {} MB, the most driftview reads (--max-size raises it)", path.display(), limit / MEGABYTE)]
    /// The file is over the size limit.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    #[error("{}: empty file", .0.display())]
    /// The file holds no text.
    Empty(PathBuf),
    #[error("{}: is a folder, a file is needed here", .0.display())]
    /// A folder where one file was needed.
    IsFolder(PathBuf),
    #[error("{}: no readable documents in this folder", .0.display())]
    /// A folder with no readable document in it.
    EmptyFolder(PathBuf),
}

impl LoadError {
    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::Missing(p)
            | LoadError::Empty(p)
            | LoadError::IsFolder(p)
            | LoadError::EmptyFolder(p) => p,
            LoadError::Unreadable { path, .. }
            | LoadError::NotText { path, .. }
            | LoadError::TooLarge { path, .. } => path,
        }
    }

    /// The message with the file's name instead of its whole path (for narrow places).
    pub fn short(&self) -> String {
        let full = self.path().display().to_string();
        self.to_string()
            .replacen(&full, &file_label(self.path()), 1)
    }
}

/// Everything loaded from a list of paths: the documents, and a reason for each path skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents read, in the order given (folders in name order).
    pub documents: Vec<Document>,
    /// One reason for each path or file skipped.
    pub errors: Vec<LoadError>,
}

/// How files are read.
#[derive(Debug, Clone, Copy)]
pub struct LoadOptions {
    /// Decode every file with this encoding instead of detecting one (a BOM still wins).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Larger documents are refused.
    pub max_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            encoding: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Loads every path; folders are walked recursively in name order, skipping hidden entries
/// and files that do not look like text. Nothing is ever written.
pub fn load_paths_with(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    // First what to read, in order; then the files are read and decoded in parallel (two
    // whole books load in the time of one).
    // For each path: `None` for standard input, or how many files it stands for.
    let mut sources: Vec<(&PathBuf, Option<usize>)> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for path in paths {
        let before = files.len();
        if path.as_os_str() == "-" {
            sources.push((path, None));
            continue;
        } else if path.is_dir() {
            walk(path, &mut files, &mut HashSet::new(), &mut corpus.errors);
        } else {
            files.push(path.clone());
        }
        sources.push((path, Some(files.len() - before)));
    }
    let mut loaded = files
        .par_iter()
        .map(|file| load_file_with(file, options))
        .collect::<Vec<_>>()
        .into_iter();
    for (path, count) in sources {
        let Some(count) = count else {
            push(&mut corpus, load_stdin(options));
            continue;
        };
        let before = corpus.documents.len();
        for result in loaded.by_ref().take(count) {
            push(&mut corpus, result);
        }
        if path.is_dir() && corpus.documents.len() == before {
            corpus.errors.push(LoadError::EmptyFolder(path.clone()));
        }
    }
    corpus
}

fn push(corpus: &mut Corpus, result: Result<Document, LoadError>) {
    match result {
        Ok(doc) => corpus.documents.push(doc),
        Err(e) => corpus.errors.push(e),
    }
}

/// Loads one file.
pub fn load_file(path: &Path) -> Result<Document, LoadError> {
    load_file_with(path, &LoadOptions::default())
}

/// Loads one file with options.
pub(crate) fn load_file_with(path: &Path, options: &LoadOptions) -> Result<Document, LoadError> {
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing(path.to_path_buf()),
        _ => LoadError::Unreadable {
            path: path.to_path_buf(),
            source: e,
        },
    };
    let file = File::open(path).map_err(unreadable)?;
    // A pipe (`<(command)`) or a device has no meaningful length; only regular files do.
    let metadata = file.metadata().map_err(unreadable)?;
    let size = metadata.is_file().then_some(metadata.len());
    let bytes = read_bytes(path, file, size, options)?;
    let mut doc = from_bytes(path, &bytes, options)?;
    doc.stamp = metadata.is_file().then(|| FileStamp::of(&metadata));
    Ok(doc)
}

/// Reads within the size limit, naming the file in any error.
fn read_bytes(
    path: &Path,
    source: impl Read,
    size: Option<u64>,
    options: &LoadOptions,
) -> Result<Vec<u8>, LoadError> {
    read_within(source, options.max_bytes, size, options.encoding).map_err(|e| match e {
        ReadError::Io(source) => LoadError::Unreadable {
            path: path.to_path_buf(),
            source,
        },
        ReadError::TooLarge => LoadError::TooLarge {
            path: path.to_path_buf(),
            limit: options.max_bytes,
        },
        ReadError::Binary => LoadError::NotText {
            path: path.to_path_buf(),
            reason: DecodeError::Binary,
        },
    })
}

/// Loads one file, or standard input for `-`.
pub fn load_file_or_stdin(path: &Path, options: &LoadOptions) -> Result<Document, LoadError> {
    if path.as_os_str() == "-" {
        load_stdin(options)
    } else if path.is_dir() {
        Err(LoadError::IsFolder(path.to_path_buf()))
    } else {
        load_file_with(path, options)
    }
}

fn load_stdin(options: &LoadOptions) -> Result<Document, LoadError> {
    let path = PathBuf::from("-");
    let bytes = read_bytes(&path, std::io::stdin().lock(), None, options)?;
    from_bytes(&path, &bytes, options)
}

/// Decodes bytes that came from `path`; a web page is reduced to its article text.
pub(crate) fn from_bytes(
    path: &Path,
    bytes: &[u8],
    options: &LoadOptions,
) -> Result<Document, LoadError> {
    let text = decode(bytes, options.encoding).map_err(|e| LoadError::NotText {
        path: path.to_path_buf(),
        reason: e,
    })?;
    let html_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm" | "xhtml"));
    let text = if html_name || crate::load::html::looks_like_html(&text) {
        crate::load::html::article_text(&text).map_err(|_| LoadError::NotText {
            path: path.to_path_buf(),
            reason: DecodeError::TooDeeplyNested,
        })?
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty(path.to_path_buf()));
    }
    Ok(Document::from_text(path, text))
}

/// The text files under `dir`, in name order; folders that cannot be read are errors.
fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    // Canonical paths guard against symlink loops.
    let Ok(canonical) = dir.canonicalize() else {
        return;
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(LoadError::Unreadable {
                path: dir.to_path_buf(),
                source: e,
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, seen, errors);
        } else if path.is_file() && looks_like_text_file(&path) {
            // Only regular files (symlinks followed): a named pipe or a device in a folder
            // would block or never end.
            files.push(path);
        }
    }
}

/// Folder walks take files by extension so images and archives are not even opened.
fn looks_like_text_file(path: &Path) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        None => true,
        Some(ext) => matches!(
            ext.to_ascii_lowercase().as_str(),
            "txt" | "text" | "md" | "markdown" | "rst" | "org" | "adoc" | "html" | "htm" | "xhtml"
        ),
    }
}

fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

const TITLE_MAX_CHARS: usize = 80;

/// The first line that reads like a heading: at least three words, markdown `#` removed.
fn title_of(text: &str) -> Option<String> {
    let line = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| l.split_whitespace().count() >= 3)?;
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

    #[test]
    fn errors_name_the_file() {
        let missing = load_file(Path::new("/no/such/file.txt")).unwrap_err();
        assert_eq!(
            missing.to_string(),
            "/no/such/file.txt: no such file or folder"
        );
        let binary =
            from_bytes(Path::new("x.bin"), b"\0\x01", &LoadOptions::default()).unwrap_err();
        assert_eq!(
            binary.to_string(),
            "x.bin: binary file (contains NUL bytes)"
        );
        let empty = from_bytes(Path::new("e.txt"), b" \n", &LoadOptions::default()).unwrap_err();
        assert_eq!(empty.to_string(), "e.txt: empty file");
    }
}
