//! Load: paths, folders and standard input become documents. Bytes are read within a size
//! limit, decoded (detected or forced), and web pages reduced to their article text.

pub(crate) mod bilingual;
pub(crate) mod corpus;
pub(crate) mod decode;
pub(crate) mod document;
mod entry_notes;
pub(crate) mod error;
mod file_name;
mod folder_pairs;
mod git_history;
pub(crate) mod html;
pub(crate) mod io_reason;
pub mod markdown;
pub mod office;
mod po_text;
pub(crate) mod read_bytes;
mod reread;
pub mod samples;
pub mod subtitles;

pub use bilingual::{Bilingual, Entry, is_bilingual, load_bilingual};
pub use corpus::{Corpus, LoadOptions, load_file, load_file_or_stdin, load_paths_with};
pub use decode::{DecodeError, encoding_for, encodings_named};
pub use document::{Document, OnDisk};
pub use entry_notes::EntryNotes;
pub use error::LoadError;
pub use file_name::lowercase_extension;
pub use folder_pairs::{FolderPairs, load_folder_pairs};
pub use git_history::{MAX_VERSIONS, Revision, file_history};
pub use read_bytes::{DEFAULT_MAX_BYTES, MEGABYTE};
