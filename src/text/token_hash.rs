//! A token's or a term's identity as a 64-bit hash, shared by the alignment's terms and the
//! word diff's units.

use std::hash::Hasher;

/// Term ids and sentence keys need speed, not resistance to crafted collisions: std's
/// SipHash, then byte-at-a-time FNV, each showed up on whole books; FxHasher takes eight
/// bytes at a time.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.finish()
}
