//! Documents from paths: files, folders walked recursively, or `-` for stdin; titles and word counts.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::load::decode::{DecodeError, decode};
use crate::load::read_bytes::{DEFAULT_MAX_BYTES, ReadError, read_within};
use crate::text::language::Language;

use super::document::{Document, FileStamp};
use super::error::LoadError;

/// Everything loaded from a list of paths: the documents, and a reason for each path skipped.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents read, in the order given (folders in name order).
    pub documents: Vec<Document>,
    /// One reason for each path or file skipped.
    pub errors: Vec<LoadError>,
    /// Files in folders left unread because their extension says they are not text
    /// (images, archives, office files, executables).
    pub skipped: Vec<PathBuf>,
    /// Symbolic links to folders out of the folder named, not followed: a link to `/etc` or
    /// `/` must not turn a folder walk into a walk of the whole machine.
    pub outside: Vec<PathBuf>,
}

/// How many skipped files [`Corpus::skipped_line`] names before it only counts.
const SKIPPED_NAMED: usize = 5;

impl Corpus {
    /// One line naming the files a folder walk left unread, or `None` when it left none.
    pub fn skipped_line(&self) -> Option<String> {
        let named = |paths: &[PathBuf]| {
            let mut names: Vec<String> = paths
                .iter()
                .take(SKIPPED_NAMED)
                .map(|p| super::file_name::file_label(p))
                .collect();
            if paths.len() > SKIPPED_NAMED {
                names.push(format!("and {} more", paths.len() - SKIPPED_NAMED));
            }
            names.join(", ")
        };
        // What was passed over, counted and named: (list, verb, noun, why).
        let kinds = [
            (&self.skipped, "skipped", "file", "not text by extension"),
            (
                &self.outside,
                "did not follow",
                "link",
                "to a folder out of the one named",
            ),
        ];
        let parts: Vec<String> = kinds
            .iter()
            .filter(|(paths, ..)| !paths.is_empty())
            .map(|(paths, verb, noun, why)| {
                let n = paths.len();
                let plural = if n == 1 { "" } else { "s" };
                format!("{verb} {n} {noun}{plural} {why}: {}", named(paths))
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// How files are read.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Decode every file with this encoding instead of detecting one (a BOM still wins).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Or one encoding per document, in the order given (the first is the old side of a
    /// pair); `None` and documents past the list are detected. See [`Self::for_document`].
    pub encodings: Vec<Option<&'static encoding_rs::Encoding>>,
    /// Larger documents are refused.
    pub max_bytes: u64,
    /// Languages named by the user instead of detected: one for every document, or one per
    /// document in the order given (the first is the old side of a pair; `None`: detected).
    pub languages: Vec<Option<Language>>,
    /// Every document is already one sentence per line (`--segmented`).
    pub segmented: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            encoding: None,
            encodings: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
            languages: Vec::new(),
            segmented: false,
        }
    }
}

impl LoadOptions {
    /// The options for the `index`-th document (in the order given): its own encoding, where
    /// one is named per document.
    pub fn for_document(&self, index: usize) -> std::borrow::Cow<'_, LoadOptions> {
        if self.encodings.is_empty() {
            return std::borrow::Cow::Borrowed(self);
        }
        std::borrow::Cow::Owned(LoadOptions {
            encoding: self.encodings.get(index).copied().flatten(),
            encodings: Vec::new(),
            ..self.clone()
        })
    }

    /// Gives the `index`-th document (in the order given) the language the user named for it.
    pub fn name_language(&self, index: usize, doc: &mut Document) {
        let named = match self.languages.as_slice() {
            [one] => *one,
            many => many.get(index).copied().flatten(),
        };
        if let Some(language) = named {
            doc.language = Some(language);
        }
    }

    /// [`Self::name_language`] for each document in order.
    pub fn name_languages(&self, docs: &mut [Document]) {
        for (k, doc) in docs.iter_mut().enumerate() {
            self.name_language(k, doc);
        }
    }
}

/// Loads every path; folders are walked recursively in name order, skipping hidden entries
/// and files whose extension says they are not text (listed in `skipped`). Nothing is ever
/// written.
pub fn load_paths_with(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    // First what to read, in order; then the files are read and decoded in parallel (two
    // whole books load in the time of one).
    // For each path: `None` for standard input, or how many files it stands for.
    let mut sources: Vec<(&PathBuf, Option<usize>)> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    // Standard input's place among the documents in the order given (a file's is its own
    // place plus standard input's before it): for an encoding named per document.
    let mut stdin_place = None;
    for path in paths {
        let before = files.len();
        if path.as_os_str() == "-" {
            sources.push((path, None));
            stdin_place.get_or_insert(files.len());
            continue;
        } else if path.is_dir() {
            let mut walked = Walk {
                files: &mut files,
                seen: HashSet::new(),
                root: path.canonicalize().unwrap_or_else(|_| path.clone()),
                errors: &mut corpus.errors,
                skipped: &mut corpus.skipped,
                outside: &mut corpus.outside,
            };
            walked.walk(path);
        } else {
            files.push(path.clone());
        }
        sources.push((path, Some(files.len() - before)));
    }
    let place = |k: usize| k + usize::from(stdin_place.is_some_and(|s| s <= k));
    let mut loaded = files
        .par_iter()
        .enumerate()
        .map(|(k, file)| load_file_with(file, &options.for_document(place(k))))
        .collect::<Vec<_>>()
        .into_iter();
    for (path, count) in sources {
        let Some(count) = count else {
            let own = options.for_document(stdin_place.unwrap_or(0));
            push(&mut corpus, load_stdin(&own));
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
    for (k, doc) in corpus.documents.iter_mut().enumerate() {
        options.name_language(k, doc);
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
    let (bytes, metadata) = read_file(path, options)?;
    let mut doc = from_bytes(path, &bytes, options)?;
    doc.stamp = metadata.is_file().then(|| FileStamp::of(&metadata));
    Ok(doc)
}

/// A file's bytes within the size limit, whatever it is (a regular file, a pipe, a device):
/// every document and bilingual file is read through here.
pub(crate) fn read_file(
    path: &Path,
    options: &LoadOptions,
) -> Result<(Vec<u8>, std::fs::Metadata), LoadError> {
    let unreadable = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing(path.to_path_buf()),
        _ => LoadError::Unreadable {
            path: path.to_path_buf(),
            reason: e,
        },
    };
    let file = File::open(path).map_err(unreadable)?;
    // A pipe (`<(command)`) or a device has no meaningful length; only regular files do.
    let metadata = file.metadata().map_err(unreadable)?;
    let size = metadata.is_file().then_some(metadata.len());
    let bytes = read_bytes(path, file, size, options)?;
    Ok((bytes, metadata))
}

/// Reads within the size limit, naming the file in any error.
fn read_bytes(
    path: &Path,
    source: impl Read,
    size: Option<u64>,
    options: &LoadOptions,
) -> Result<Vec<u8>, LoadError> {
    let read = if super::office::is_office(path) {
        super::read_bytes::read_archive_within(source, options.max_bytes, size)
    } else {
        read_within(source, options.max_bytes, size, options.encoding)
    };
    read.map_err(|e| match e {
        ReadError::Io(reason) => LoadError::Unreadable {
            path: path.to_path_buf(),
            reason,
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
    if super::office::is_office(path) {
        let odt = super::file_name::lowercase_extension(path) == "odt";
        let text = super::office::office_text(bytes, odt, options.max_bytes).map_err(|reason| {
            LoadError::Malformed {
                path: path.to_path_buf(),
                reason,
            }
        })?;
        if text.trim().is_empty() {
            return Err(LoadError::Empty(path.to_path_buf()));
        }
        return Ok(Document::from_text(path, text));
    }
    let decoded = decode(bytes, options.encoding).map_err(|e| LoadError::NotText {
        path: path.to_path_buf(),
        reason: e,
    })?;
    let warning = decoded.replaced.map(|(count, first)| {
        let bytes = if count == 1 { "byte" } else { "bytes" };
        format!(
            "{}: {count} invalid UTF-8 {bytes} (the first at byte {first}) shown as \u{FFFD}",
            super::file_name::file_label(path)
        )
    });
    let text = decoded.text;
    let html_name = matches!(
        super::file_name::lowercase_extension(path).as_str(),
        "html" | "htm" | "xhtml"
    );
    // Segmented input is sentences, one per line, taken as they are.
    let html = !options.segmented && (html_name || crate::load::html::looks_like_html(&text));
    if !options.segmented && super::subtitles::is_subtitles(path, &text) {
        let cues = super::subtitles::cues(&text).map_err(|reason| LoadError::Malformed {
            path: path.to_path_buf(),
            reason,
        })?;
        let (text, spans, times) = super::subtitles::joined(&cues);
        let mut doc = Document::from_text(path, text);
        doc.warning = warning;
        doc.entries = Some(spans.into());
        doc.cue_times = Some(times.into());
        return Ok(doc);
    }
    // Markdown may hold HTML, which does not make it a web page.
    let markdown = !options.segmented && super::markdown::is_markdown(path);
    let text = if markdown {
        super::markdown::markdown_text(&text)
    } else if html {
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
    let mut doc = Document::from_text(path, text);
    doc.warning = warning;
    doc.segmented = options.segmented;
    doc.file_lines = !markdown && !html;
    Ok(doc)
}

/// A folder walk in progress: the files to read, and what it left out.
struct Walk<'a> {
    files: &'a mut Vec<PathBuf>,
    /// Canonical folders already walked: a symlink loop is walked once.
    seen: HashSet<PathBuf>,
    /// The folder named, canonical: links are followed only to what lies inside it.
    root: PathBuf,
    errors: &'a mut Vec<LoadError>,
    skipped: &'a mut Vec<PathBuf>,
    outside: &'a mut Vec<PathBuf>,
}

impl Walk<'_> {
    /// The files under `dir` to read, in natural name order; folders that cannot be read are
    /// errors.
    fn walk(&mut self, dir: &Path) {
        let Ok(canonical) = dir.canonicalize() else {
            return;
        };
        if !self.seen.insert(canonical) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.errors.push(LoadError::Unreadable {
                    path: dir.to_path_buf(),
                    reason: e,
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        // In natural order, as file managers list them: d1, d2, d10, d100 (not d1, d10,
        // d100, d2).
        alphanumeric_sort::sort_path_slice(&mut paths);
        for path in paths {
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            // A link to a file is followed wherever it leads (git difftool -d links the
            // working tree's files into its temporary folder); a link to a folder only
            // inside the folder named, so that `link -> /` cannot walk the machine.
            let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
            if is_link
                && path.is_dir()
                && path
                    .canonicalize()
                    .is_ok_and(|to| !to.starts_with(&self.root))
            {
                self.outside.push(path);
                continue;
            }
            if path.is_dir() {
                self.walk(&path);
            } else if !path.is_file() {
                // Only regular files (symlinks followed): a named pipe or a device in a
                // folder would block or never end.
            } else if not_text_by_extension(&path) {
                self.skipped.push(path);
            } else {
                // A known text extension, or none the walk knows (`LGPL-2.1`, `notes.1`,
                // `README`): the content decides, and a binary file is reported by name.
                self.files.push(path);
            }
        }
    }
}

/// Extensions of files that are never prose: a folder walk does not even open them.
const NOT_TEXT: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "heic", "psd", "pdf", "ps",
    "eps", "zip", "gz", "tgz", "bz2", "xz", "zst", "lz", "lzma", "7z", "rar", "tar", "jar", "war",
    "deb", "rpm", "dmg", "iso", "img", "exe", "dll", "so", "dylib", "o", "a", "lib", "class",
    "pyc", "wasm", "bin", "dat", "db", "sqlite", "mp3", "mp4", "m4a", "ogg", "oga", "wav", "flac",
    "aac", "avi", "mov", "mkv", "webm", "woff", "woff2", "ttf", "otf", "eot", "doc", "xls", "xlsx",
    "ppt", "pptx", "ods", "odp", "epub", "mobi",
];

/// Whether a file's extension says it is not text (case aside).
fn not_text_by_extension(path: &Path) -> bool {
    NOT_TEXT.contains(&super::file_name::lowercase_extension(path).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of numbered files listed d1, d10, d100, d2: natural order, as file managers
    /// list them.
    #[test]
    fn a_folder_s_files_come_in_natural_order() {
        let dir = std::env::temp_dir().join(format!("driftview-natural-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["d10.txt", "d2.txt", "d100.txt", "d1.txt"] {
            std::fs::write(dir.join(name), format!("This is {name}.")).unwrap();
        }
        let corpus = load_paths_with(std::slice::from_ref(&dir), &LoadOptions::default());
        std::fs::remove_dir_all(&dir).unwrap();
        let names: Vec<String> = corpus
            .documents
            .iter()
            .map(|d| d.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["d1.txt", "d2.txt", "d10.txt", "d100.txt"]);
    }
}
