//! The units a word diff compares: each significant token with the glue after it, hashed as
//! compared under the options (case, punctuation, whitespace).

use std::hash::Hasher;
use std::ops::Range;
use std::sync::LazyLock;

use crate::diff::options::{DiffOptions, key};
use crate::text::token_hash::hash_bytes;
use crate::text::tokens::{GROFF_HYPHEN, Text, Token, TokenKind, hyphen_at_line_end};
use crate::text::word_table::WordTable;

/// A comparable unit: a significant token plus the glue (spaces, ignored punctuation) after it.
pub(super) struct Unit {
    /// Byte range in the document: the token and the glue after it.
    pub(super) range: Range<usize>,
    /// A hash of the token as compared (case folded or not, per the options).
    key: u64,
    /// A hash of the whitespace after the token, as compared (none when whitespace is ignored;
    /// a line break stands for any whitespace holding one), fed a byte at a time so pieces of
    /// whitespace hash like their concatenation. Hashes rather than strings keep a unit at 48
    /// bytes: a row of a million punctuation marks is a million units.
    space: u64,
    /// 1 for a word, 0 for punctuation.
    pub(super) words: u32,
    /// Characters in the token, to weigh a change.
    pub(super) chars: u32,
    /// A filler word ("the", "of") that alone is too slight to anchor a change.
    pub(super) stop_word: bool,
}

/// FNV-1a, byte by byte: the whitespace after a unit arrives in pieces.
const SPACE_SEED: u64 = 0xcbf2_9ce4_8422_2325;

fn hash_space(mut h: u64, piece: &str) -> u64 {
    for b in piece.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

static FILLERS: LazyLock<WordTable<()>> = LazyLock::new(|| WordTable::set(FILLER_WORDS));
const FILLER_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "and", "or", "is", "was", "that", "for", "by",
    "as", "it", "be",
];

/// The units of one side, and the range of its leading glue (spaces or ignored punctuation
/// before the first unit).
pub(super) fn units(
    source: &Text,
    base: usize,
    options: &DiffOptions,
) -> (Range<usize>, Vec<Unit>) {
    let (text, tokens) = (source.text, &source.tokens);
    let significant = |k: TokenKind| match k {
        TokenKind::Word => true,
        TokenKind::Punct => !options.ignore_punctuation,
        TokenKind::Space => false,
    };
    let lead_tokens = tokens.iter().take_while(|t| !significant(t.kind)).count();
    let lead_len: usize = tokens[..lead_tokens].iter().map(|t| t.span.len()).sum();
    // At most one unit per token: reserved once, as every row of a book is cut into units.
    let mut units: Vec<Unit> = Vec::with_capacity(tokens.len());
    let rest = &tokens[lead_tokens..];
    let mut k = 0;
    while k < rest.len() {
        let t = &rest[k];
        let piece = &text[t.span.clone()];
        // A word hyphenated at a line's end ("speci‐" / "fied", as justified text and man
        // pages break words) is the word whole: its first half, the hyphen, the line break
        // and its second half are one unit.
        if hyphenated_at_line_end(text, &rest[k..]) {
            let second = &rest[k + 3];
            let joined = format!("{piece}{}", &text[second.span.clone()]);
            units.push(Unit {
                range: base + t.span.start..base + second.span.end,
                key: hash_bytes(key(&joined, options).as_bytes()),
                space: SPACE_SEED,
                words: 1,
                chars: u32::try_from(joined.chars().count()).unwrap_or(u32::MAX),
                stop_word: false,
            });
            k += 4;
            continue;
        }
        k += 1;
        if significant(t.kind) {
            let is_word = t.kind == TokenKind::Word;
            units.push(Unit {
                range: base + t.span.start..base + t.span.end,
                key: hash_bytes(key(piece, options).as_bytes()),
                space: SPACE_SEED,
                words: u32::from(is_word),
                chars: u32::try_from(piece.chars().count()).unwrap_or(u32::MAX),
                stop_word: is_word && FILLERS.contains(piece),
            });
        } else if let Some(last) = units.last_mut() {
            last.range.end = base + t.span.end;
            if !options.ignore_whitespace && t.kind == TokenKind::Space {
                let space = if piece.contains('\n') { "\n" } else { piece };
                last.space = hash_space(last.space, space);
            }
        }
    }
    (base..base + lead_len, units)
}

/// Whether `tokens` open with a word hyphenated at a line's end that is the word whole: the
/// second half in lower case, or any case after groff's hyphen, which is only ever a break
/// ("VER‐" / "SION_CONTROL", "FOR‐" / "MAT1"); "north-" / "West" stays the text's own.
fn hyphenated_at_line_end(text: &str, tokens: &[Token]) -> bool {
    hyphen_at_line_end(text, tokens).is_some_and(|hyphen| {
        hyphen == GROFF_HYPHEN
            || text[tokens[3].span.clone()]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    })
}

/// Each unit as a 64-bit hash of what is compared: the diff then compares integers instead
/// of strings (interning them exactly in a map cost more than the whole diff). Two different
/// units share a hash with odds of about one in 2^64; they would then show as unchanged.
pub(super) fn unit_ids(units: &[Unit]) -> Vec<u64> {
    units
        .iter()
        .map(|u| {
            let mut h = rustc_hash::FxHasher::default();
            h.write_u64(u.key);
            h.write_u64(u.space);
            h.finish()
        })
        .collect()
}
