//! Whether two documents are a source and its translation, which decides the aligner: the
//! same-language one pairs clauses by their words, the cross-language one by lengths and marks.

use rustc_hash::FxHashSet;

use crate::load::document::Document;
use crate::text::language::scripts_differ;
use crate::text::tokens::{TokenKind, for_each_piece};

/// Whether two documents are a source and its translation: their languages differ, their
/// scripts differ (a short text's language may be unsure, its script is not), or (whatever
/// the detector says, or when it cannot tell) they share almost no words.
pub(crate) fn across_languages(old: &Document, new: &Document) -> bool {
    old.in_another_language(new)
        || scripts_differ(&old.text, &new.text)
        || shares_almost_no_words(&old.text, &new.text)
}

/// The distinct words of the shorter document's first part that the other's first part also
/// has, under a tenth. Versions in one language share their function words ("the", "of",
/// "und") even when their content differs; a translation shares only names and numbers.
/// Documents of under 20 distinct words are too short to tell.
fn shares_almost_no_words(a: &str, b: &str) -> bool {
    const SAMPLE_BYTES: usize = 64 * 1024;
    const MIN_WORDS: usize = 20;
    let words = |text: &str| -> FxHashSet<String> {
        let mut end = text.len().min(SAMPLE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut out = FxHashSet::default();
        for_each_piece(&text[..end], |span, kind| {
            if kind == TokenKind::Word {
                let w = &text[span];
                if w.chars().any(char::is_alphabetic) {
                    out.insert(w.to_lowercase());
                }
            }
        });
        out
    };
    let (wa, wb) = rayon::join(|| words(a), || words(b));
    let (small, large) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if small.len() < MIN_WORDS {
        return false;
    }
    let shared = small.iter().filter(|w| large.contains(*w)).count();
    shared * 10 < small.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_sharing_almost_no_words_are_a_translation_whatever_their_languages_say() {
        let en = "The museum opens at nine and closes at five every day of the week. Tickets cost twelve euros for adults and six for students. Please ask at the front desk for a guided tour of the collection.";
        let es = "El museo abre a las nueve y cierra a las cinco todos los días de la semana. Las entradas cuestan doce euros para adultos y seis para estudiantes. Por favor, pregunte en la recepción por una visita guiada de la colección.";
        let other_en = "The library lends books for three weeks and charges nothing for a card. Children under twelve need a parent to sign for them at the desk of the reading room.";
        assert!(shares_almost_no_words(en, es));
        assert!(
            !shares_almost_no_words(en, other_en),
            "one language shares its small words"
        );
        assert!(
            !shares_almost_no_words("Hola.", "Hello."),
            "too short to tell"
        );
    }
}
