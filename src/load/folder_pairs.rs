//! Two folders as the two sides of one change (what `git difftool -d` hands over): each file
//! is paired with the file at the same path under the other folder; a file on one side only
//! is paired with an empty document, so it reads as all added or all dropped.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::corpus::{Corpus, LoadOptions, load_paths_with};
use super::document::Document;

/// The documents of both folders in pairs (left, right, left, right, …) and each pair's path
/// under its folder.
#[derive(Debug, Default)]
pub struct FolderPairs {
    /// Pair `k` is documents `2k` (left) and `2k + 1` (right); errors and skipped files of
    /// both walks.
    pub corpus: Corpus,
    /// The path of pair `k` relative to its folder.
    pub paths: Vec<PathBuf>,
}

/// Loads both folders and pairs their files by relative path, in natural path order.
pub fn load_folder_pairs(left: &Path, right: &Path, options: &LoadOptions) -> FolderPairs {
    let mut sides: BTreeMap<PathBuf, [Option<Document>; 2]> = BTreeMap::new();
    let mut corpus = Corpus::default();
    for (side, root) in [left, right].into_iter().enumerate() {
        let walked = load_paths_with(&[root.to_path_buf()], options);
        corpus.errors.extend(
            walked
                .errors
                .into_iter()
                .filter(|e| !matches!(e, super::error::LoadError::EmptyFolder(_))),
        );
        corpus.skipped.extend(walked.skipped);
        corpus.outside.extend(walked.outside);
        for doc in walked.documents {
            let relative = doc
                .path
                .strip_prefix(root)
                .unwrap_or(&doc.path)
                .to_path_buf();
            sides.entry(relative).or_default()[side] = Some(doc);
        }
    }
    let mut paths = Vec::new();
    // In natural order, as each side's walk is (chapter2 before chapter10).
    let mut sides: Vec<(PathBuf, [Option<Document>; 2])> = sides.into_iter().collect();
    sides.sort_by(|a, b| alphanumeric_sort::compare_path(&a.0, &b.0));
    for (relative, [old, new]) in sides {
        let empty = |root: &Path| Document::from_text(root.join(&relative), "");
        corpus.documents.push(old.unwrap_or_else(|| empty(left)));
        corpus.documents.push(new.unwrap_or_else(|| empty(right)));
        paths.push(relative);
    }
    FolderPairs { corpus, paths }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_pair_by_path_and_a_file_on_one_side_faces_nothing() {
        let base = std::env::temp_dir().join(format!("driftview-pairs-{}", std::process::id()));
        let (left, right) = (base.join("left"), base.join("right"));
        for dir in [left.join("sub"), right.join("sub")] {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(left.join("sub/a.txt"), "One sentence. Two.").unwrap();
        std::fs::write(right.join("sub/a.txt"), "One sentence. Three.").unwrap();
        std::fs::write(right.join("added.txt"), "New here.").unwrap();
        let pairs = load_folder_pairs(&left, &right, &LoadOptions::default());
        std::fs::remove_dir_all(&base).unwrap();
        assert_eq!(
            pairs.paths,
            [PathBuf::from("added.txt"), PathBuf::from("sub/a.txt")]
        );
        let docs = &pairs.corpus.documents;
        assert_eq!(docs.len(), 4);
        assert_eq!(docs[0].text, "");
        assert_eq!(docs[1].text, "New here.");
        assert_eq!(docs[2].path, left.join("sub/a.txt"));
        assert_eq!(docs[3].text, "One sentence. Three.");
    }
}
