//! A light stem for comparing words within one language: the aligner's similarity and the
//! clause check's words looked for on the other side.

/// A light stem: common English endings off, then at most six characters, so "demonizing",
/// "demonize" and "demonized" meet. Crude on purpose: it only feeds a similarity score.
pub(crate) fn stem(word: &str) -> &str {
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    // Every word of both books is stemmed: in ASCII a character is a byte, so lengths are
    // counted without decoding.
    let ascii = word.is_ascii();
    let chars = |s: &str| if ascii { s.len() } else { s.chars().count() };
    let mut w = word;
    for suffix in ["ing", "ed", "es", "ly", "s", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && chars(s) >= 3
        {
            w = s;
            break;
        }
    }
    if ascii {
        return &w[..w.len().min(STEM_CHARS)];
    }
    match w.char_indices().nth(STEM_CHARS) {
        Some((cut, _)) => &w[..cut],
        None => w,
    }
}

/// A stem keeps at most this many characters.
const STEM_CHARS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflection() {
        assert_eq!(stem("demonizing"), stem("demonize"));
        assert_eq!(stem("deployed"), stem("deploy"));
        assert_eq!(stem("russia's"), stem("russia"));
    }
}
