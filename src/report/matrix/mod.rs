//! The similarity of every pair of documents: a corpus's versions found among its documents.
//! A large corpus is first narrowed to the pairs that share a rare word (`candidates`), then
//! the pairs are compared on every core (`similarities`) and written (`write`).

mod candidates;
mod similarities;
mod write;

pub use similarities::Matrix;
pub use write::MatrixFormat;
