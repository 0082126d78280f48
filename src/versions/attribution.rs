//! Where drift entered a round trip. A finding between the original and the back-translation
//! either was already in the translation (the translation's error) or only came in on the way
//! back (harmless to the translation). The translation is read in its own language through
//! the pair original | translation, whose checks hold across languages (numbers by value,
//! names kept as they are, quotations, questions).

use crate::comparison::{Comparison, Finding, FindingKind};
use crate::drift;

use super::{Plan, VersionFinding, Versions};

/// The translation and the back-translation in a round trip.
const TRANSLATION: usize = 1;
const BACK: usize = 2;

/// For each pair, for each of its findings: the version that brought it in. Only a round
/// trip's findings between the original and the back-translation are attributed.
pub(super) fn attribute(v: &Versions) -> Vec<Vec<Option<usize>>> {
    let translation = (v.plan == Plan::RoundTrip && v.docs.len() == 3)
        .then(|| v.link(0, TRANSLATION))
        .flatten();
    v.links
        .iter()
        .map(|link| {
            let via = translation.filter(|_| link.versions == [0, BACK]);
            link.comparison
                .findings
                .iter()
                .map(|f| via.and_then(|t| introduced_by(f, &t.comparison, v.docs[BACK].language)))
                .collect()
        })
        .collect()
}

/// Every pair's findings in row order, with their attribution; within a row those the
/// translation brought in come first.
pub(super) fn findings(v: &Versions) -> Vec<VersionFinding> {
    let mut out: Vec<VersionFinding> = v
        .links
        .iter()
        .flat_map(|link| {
            link.comparison
                .findings
                .iter()
                .zip(&link.introduced_by)
                .map(|(f, &by)| VersionFinding {
                    versions: link.versions,
                    finding: f.clone(),
                    introduced_by: by,
                })
        })
        .collect();
    out.sort_by_key(|f| (f.finding.row, rank(f.introduced_by), f.versions));
    out
}

/// Sort order within a row: the translation's own errors first.
fn rank(by: Option<usize>) -> u8 {
    match by {
        Some(TRANSLATION) => 0,
        Some(_) => 1,
        None => 2,
    }
}

/// The version that brought in `f`, a finding between the original and the back-translation,
/// judged from `translation`, the original against the translation on the same rows. `None`
/// where the evidence cannot tell: structure (splits, merges, moves), a negation in a
/// translation whose language's negators are not known, a quotation where the translation
/// quotes nothing.
fn introduced_by(
    f: &Finding,
    translation: &Comparison,
    back_language: Option<crate::text::language::Language>,
) -> Option<usize> {
    let row = &translation.rows[f.row];
    let translated = translation.text(row, crate::side::Side::New);
    let across = translation.across;
    let same_kind = || {
        translation
            .findings_on(f.row)
            .iter()
            .filter(|g| g.kind == f.kind)
    };
    // The original's side of both findings is the same text, so what the original holds and
    // the translation lacks reads alike in both; what the back-translation adds is compared
    // in the translation's words only by its presence.
    let also_in_translation = || {
        same_kind()
            .any(|g| shares_item(&f.left, &g.left) || (!f.right.is_empty() && !g.right.is_empty()))
    };
    let by = |in_translation: bool| Some(if in_translation { TRANSLATION } else { BACK });
    // Numbers by value: the back-translation's "200" is the translation's "doscientos".
    let same_number = || {
        let values = |t: &str, side: crate::side::Side| {
            drift::number_values(t, translation.docs.get(side).language)
        };
        let (lost, gained) = (
            values(&f.left, crate::side::Side::Old),
            drift::number_values(&f.right, back_language),
        );
        same_kind().any(|g| {
            let (t_lost, t_gained) = (
                values(&g.left, crate::side::Side::Old),
                values(&g.right, crate::side::Side::New),
            );
            lost.iter().any(|v| t_lost.contains(v)) || gained.iter().any(|v| t_gained.contains(v))
        })
    };
    match f.kind {
        FindingKind::Number => by(same_number()),
        // The translation left the sentence out too, or put in one of its own here.
        FindingKind::Dropped => by(same_kind().next().is_some() || translated.trim().is_empty()),
        FindingKind::Added => by(same_kind().next().is_some()),
        FindingKind::Split | FindingKind::Merged | FindingKind::Moved => None,
        FindingKind::Clause => clause_introduced_by(f, translation, back_language),
        // The pair's own negation check reads each side in its language: a row where it
        // finds the translation denying as the original does lost (or gained) its negation on
        // the way back. Languages it has no negators for cannot tell.
        FindingKind::Negation if across => {
            if same_kind().next().is_some() {
                by(true)
            } else if drift::reads_negation(translation.docs.new.language) {
                by(false)
            } else {
                None
            }
        }
        // A name the translation does not write in this row was most likely lost there:
        // the back-translation is made from the translation and seldom drops what it reads.
        // (A name the translation spells its own way, "José" for "Joseph", reads as lost.)
        FindingKind::Name if across => {
            let lost_there = items(&f.left).any(|n| !drift::writes_name(translated, n));
            let gained_there = items(&f.right).any(|n| drift::writes_name(translated, n));
            by(also_in_translation() || lost_there || gained_there)
        }
        FindingKind::Quote if across => {
            if also_in_translation() {
                by(true)
            } else if drift::quotes_anything(translated) {
                by(false)
            } else {
                None
            }
        }
        _ => by(also_in_translation()),
    }
}

/// A clause the back-translation drops (or adds) against the original: the translation's when
/// its row already stands out by length or drops (adds) the clause's own numbers, the
/// back-translation's when the translation keeps them all; `None` when the clause holds no
/// number to tell by.
fn clause_introduced_by(
    f: &Finding,
    translation: &Comparison,
    back_language: Option<crate::text::language::Language>,
) -> Option<usize> {
    use crate::side::Side;
    let row = &translation.rows[f.row];
    let in_row = |kind: FindingKind| {
        translation
            .findings_on(f.row)
            .iter()
            .any(|g| g.kind == kind)
    };
    if in_row(FindingKind::Length) || in_row(FindingKind::Clause) {
        return Some(TRANSLATION);
    }
    let dropped = f.message.starts_with("clause dropped");
    // The clause's numbers, read in its own version's language, looked for in the translation.
    let (clause, language) = if dropped {
        (&f.left, translation.docs.old.language)
    } else {
        (&f.right, back_language)
    };
    let values = drift::number_values(clause, language);
    if values.is_empty() {
        return None;
    }
    let translated = drift::number_values(
        translation.text(row, Side::New),
        translation.docs.new.language,
    );
    let kept = values.iter().all(|v| translated.contains(v));
    // A dropped clause whose numbers the translation lacks was dropped there; an added one
    // whose numbers the translation has came in there.
    Some(if kept != dropped { TRANSLATION } else { BACK })
}

/// The items of a finding's evidence (joined with ", ").
fn items(evidence: &str) -> impl Iterator<Item = &str> {
    evidence.split(", ").filter(|s| !s.is_empty())
}

fn shares_item(a: &str, b: &str) -> bool {
    items(a).any(|x| items(b).any(|y| x == y))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diff::options::DiffOptions;
    use crate::load::document::Document;
    use crate::text::language::Language;
    use crate::versions::compare_versions;

    fn doc(name: &str, text: &str, lang: &str) -> Arc<Document> {
        let mut d = Document::from_text(name, text.to_string());
        d.language = Language::from_code(lang);
        Arc::new(d)
    }

    fn attributed(v: &Versions, kind: FindingKind) -> Vec<Option<usize>> {
        v.findings
            .iter()
            .filter(|f| f.versions == [0, BACK] && f.finding.kind == kind)
            .map(|f| f.introduced_by)
            .collect()
    }

    #[test]
    fn a_number_the_translation_lost_is_the_translations_and_one_lost_on_the_way_back_is_not() {
        let original = doc(
            "en",
            "The museum opened in 1998 with twelve rooms. It welcomed 300 visitors on the first day. The director thanked the city.",
            "en",
        );
        let translation = doc(
            "es",
            "El museo abrió en 1998 con diez salas. Recibió a 300 visitantes el primer día. La directora agradeció a la ciudad.",
            "es",
        );
        let back = doc(
            "back",
            "The museum opened in 1998 with ten rooms. It welcomed 200 visitors on the first day. The director thanked the city.",
            "en",
        );
        let v = compare_versions(
            vec![original, translation, back],
            Plan::RoundTrip,
            DiffOptions::default(),
            &crate::knowledge::Knowledge::none(),
        );
        assert_eq!(
            attributed(&v, FindingKind::Number),
            [Some(TRANSLATION), Some(BACK)]
        );
    }

    #[test]
    fn a_negation_the_translation_kept_was_lost_on_the_way_back() {
        let original = doc(
            "en",
            "The bridge will not open on Sunday. The museum does not charge for children.",
            "en",
        );
        let translation = |lang: &str, text: &str| doc("es", text, lang);
        let spanish = "El puente abrirá el domingo. El museo no cobra a los niños.";
        let back = doc(
            "back",
            "The bridge will open on Sunday. The museum charges for children.",
            "en",
        );
        let round_trip = |translation: Arc<Document>| {
            compare_versions(
                vec![original.clone(), translation, back.clone()],
                Plan::RoundTrip,
                DiffOptions::default(),
                &crate::knowledge::Knowledge::none(),
            )
        };
        let v = round_trip(translation("es", spanish));
        assert_eq!(
            attributed(&v, FindingKind::Negation),
            [Some(TRANSLATION), Some(BACK)]
        );
        // A translation in a language whose negators are not known cannot tell.
        let v = round_trip(translation(
            "fi",
            "Silta avataan sunnuntaina. Museo ei peri maksua lapsilta.",
        ));
        assert_eq!(attributed(&v, FindingKind::Negation), [None, None]);
    }
}
