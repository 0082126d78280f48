//! Test support: a fast path checked against unicode-segmentation for every character it
//! accepts, between every kind of neighbour (the word and the sentence paths share it).

/// The cases, as "U+XXXX in TEXT", where `agrees` fails on a text made by `texts` from an
/// accepted character `c` and two of `neighbours`.
pub(crate) fn disagreements(
    accepts: impl Fn(char) -> bool,
    neighbours: &[&str],
    texts: impl Fn(char, &str, &str) -> Vec<String>,
    agrees: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut differ = Vec::new();
    // Beyond U+2FFF neither fast path accepts anything.
    for c in (0..=0x2FFF_u32)
        .filter_map(char::from_u32)
        .filter(|&c| accepts(c))
    {
        for x in neighbours {
            for y in neighbours {
                for text in texts(c, x, y) {
                    if !agrees(&text) {
                        differ.push(format!("U+{:04X} in {text:?}", c as u32));
                    }
                }
            }
        }
    }
    differ
}

/// Fails with the characters that disagree and the first few cases.
pub(crate) fn assert_none(differ: &[String]) {
    let mut chars: Vec<&str> = differ.iter().map(|d| &d[..6]).collect();
    chars.dedup();
    let first = &differ[..differ.len().min(6)];
    assert!(
        differ.is_empty(),
        "{} cases differ, for {chars:?}; first: {first:?}",
        differ.len()
    );
}
