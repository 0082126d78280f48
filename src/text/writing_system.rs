//! Which writing system a text is mostly in, counted so that a Chinese or Japanese text with
//! Latin option names and commands among its ideographs still counts as CJK.
//!
//! Written here rather than taken from `whatlang::detect_script`: that counts one per letter
//! and keeps Han, Hiragana and Katakana apart, so a Japanese man page (its sentences split
//! across three scripts, each ideograph a word) loses to the Latin letters of its options.

/// Broad writing systems: a text in one and its translation in another are two languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WritingSystem {
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    /// Han ideographs, Hiragana and Katakana together.
    Cjk,
    Hangul,
}

/// What one CJK or Hangul character counts for against a letter: about a word's worth of
/// Latin letters.
const WIDE_WEIGHT: usize = 3;

/// The system of a letter, `None` for a character that is no letter of these.
fn system_of(c: char) -> Option<WritingSystem> {
    use WritingSystem::*;
    let code = c as u32;
    Some(match code {
        _ if c.is_ascii_alphabetic() => Latin,
        0xC0..=0x24F | 0x1E00..=0x1EFF => Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Greek,
        0x400..=0x52F => Cyrillic,
        0x590..=0x5FF => Hebrew,
        0x600..=0x6FF | 0x750..=0x77F => Arabic,
        0x900..=0xDFF => Indic,
        0xE00..=0xE7F => Thai,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Cjk,
        0xAC00..=0xD7AF | 0x1100..=0x11FF => Hangul,
        _ => return None,
    })
}

/// How much of each writing system a text holds (wide characters weighted), and how many
/// kana (which only Japanese writes) among its CJK characters.
pub(crate) struct SystemCounts {
    counts: [usize; 9],
    pub(crate) kana: usize,
}

impl SystemCounts {
    pub(crate) fn of(text: &str) -> SystemCounts {
        let mut counts = [0; 9];
        let mut kana = 0;
        for c in text.chars() {
            let Some(system) = system_of(c) else { continue };
            let wide = matches!(system, WritingSystem::Cjk | WritingSystem::Hangul);
            counts[system as usize] += if wide { WIDE_WEIGHT } else { 1 };
            kana += usize::from(('\u{3040}'..='\u{30FF}').contains(&c));
        }
        SystemCounts { counts, kana }
    }

    /// The system most of the text is written in; `None` for a text with no letters.
    pub(crate) fn dominant(&self) -> Option<WritingSystem> {
        use WritingSystem::*;
        let all = [
            Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, Cjk, Hangul,
        ];
        // The first of equals wins: the order above is fixed.
        let best = (0..all.len()).max_by_key(|&k| (self.counts[k], usize::MAX - k))?;
        (self.counts[best] > 0).then_some(all[best])
    }

    /// How many CJK characters (unweighted) the text holds.
    pub(crate) fn cjk(&self) -> usize {
        self.counts[WritingSystem::Cjk as usize] / WIDE_WEIGHT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_and_kana_count_as_one_system_and_weigh_a_word() {
        // Three scripts to whatlang; one system here, outweighing the option's letters.
        let japanese = "-a, --all で始まる要素を無視しない";
        assert_eq!(
            SystemCounts::of(japanese).dominant(),
            Some(WritingSystem::Cjk)
        );
        assert!(SystemCounts::of(japanese).kana > 0);
        assert_eq!(SystemCounts::of("忽略大小写").kana, 0);
        assert_eq!(
            SystemCounts::of("Привет, world").dominant(),
            Some(WritingSystem::Cyrillic)
        );
        assert_eq!(
            SystemCounts::of("Éire, café").dominant(),
            Some(WritingSystem::Latin)
        );
        assert_eq!(SystemCounts::of("123 --- ...").dominant(), None);
    }
}
