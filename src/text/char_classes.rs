//! Character classes for the fast segmentation paths (`word_bounds`, `sentence_bounds`):
//! a table built at compile time for ASCII, the class function for the rest.

/// The table of `$class(c)` for every ASCII character, as a constant expression.
macro_rules! ascii_table {
    ($class:path) => {{
        let mut table = [None; 128];
        let mut b = 0;
        while b < 128 {
            table[b] = $class(b as u8 as char);
            b += 1;
        }
        table
    }};
}
pub(crate) use ascii_table;

/// Each character of `text` with its byte offset and class, or `None` as soon as one has
/// no class (the caller then takes the full algorithm). Offsets are `u32`, so a 10 MB line
/// costs 8 bytes a character here rather than 16; text over 4 GB takes the full algorithm.
pub(crate) fn classify<C: Copy>(
    text: &str,
    ascii: &[Option<C>; 128],
    class: impl Fn(char) -> Option<C>,
) -> Option<Vec<(u32, C)>> {
    u32::try_from(text.len()).ok()?;
    let mut chars = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let found = if c.is_ascii() {
            ascii[c as usize]
        } else {
            class(c)
        };
        chars.push((i as u32, found?));
    }
    Some(chars)
}
