//! Drift findings on the sample versions read like a reviewer's notes.

use std::sync::Arc;

use driftview::load::load_file;

mod common;
use common::sample;
use driftview::drift::{Finding, FindingKind, Severity};
use driftview::text::Language;
use driftview::{Comparison, DiffOptions, Document, compare};

fn cmp(a: u8, b: u8) -> Comparison {
    let load = |n: u8| Arc::new(load_file(&sample(n)).unwrap());
    compare(
        load(a),
        load(b),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    )
}

fn listing(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| {
            format!(
                "row {:>3} {:<6} {:<8} {}",
                f.row + 1,
                f.severity.label(),
                f.kind.label(),
                f.message
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn version_a_against_b_names_the_lead_the_quotes_and_the_hedge() {
    let c = cmp(1, 2);
    let f = &c.findings;
    let added = f
        .iter()
        .find(|f| f.kind == FindingKind::Added)
        .expect("the added lead");
    assert!(
        added
            .right
            .starts_with("Russian President Vladimir Putin told his US counterpart")
    );
    assert_eq!(added.severity, Severity::High, "it carries names");
    assert!(
        f.iter()
            .any(|f| f.kind == FindingKind::Quote && f.left.contains("I would love to"))
    );
    let hedge = f
        .iter()
        .find(|f| f.kind == FindingKind::Negation)
        .expect("a negation");
    assert!(hedge.message.contains("short of"), "{}", hedge.message);
    assert!(f.windows(2).all(|w| w[0].row <= w[1].row), "ordered by row");
    insta::assert_snapshot!(listing(f));
}

#[test]
fn version_b_against_c_finds_the_date_number_and_the_vanished_hedge() {
    let c = cmp(2, 3);
    let f = &c.findings;
    assert!(
        f.iter()
            .any(|f| f.kind == FindingKind::Number && f.right == "12")
    );
    assert!(
        f.iter()
            .any(|f| f.kind == FindingKind::Negation && f.left == "short of")
    );
    assert!(
        f.iter()
            .any(|f| f.kind == FindingKind::Added && f.right.contains("will not hesitate"))
    );
    // Rewording alone is not a finding: most changed rows have none.
    let rows_with_findings: std::collections::HashSet<usize> = f.iter().map(|f| f.row).collect();
    assert!(
        rows_with_findings.len() * 2 < c.stats.changed,
        "{}",
        listing(f)
    );
    insta::assert_snapshot!(listing(f));
}

#[test]
fn typography_alone_makes_no_finding() {
    let doc = |t: &str| Arc::new(driftview::Document::from_text("x", t));
    let c = compare(
        doc("He said “it’s 1,000 — not 2” in Geneva."),
        doc("He said \"it's 1,000 - not 2\" in Geneva."),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    assert!(c.findings.is_empty(), "{:?}", c.findings);
}

fn texts(old: &str, new: &str) -> Comparison {
    let doc = |name: &str, text: &str| Arc::new(driftview::Document::from_text(name, text));
    compare(
        doc("old", old),
        doc("new", new),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    )
}

/// The messages of the findings of one kind.
fn messages(c: &Comparison, kind: FindingKind) -> Vec<&str> {
    c.findings
        .iter()
        .filter(|f| f.kind == kind)
        .map(|f| f.message.as_str())
        .collect()
}

#[test]
fn a_version_without_quotation_marks_differs_in_style_not_in_quotes() {
    // The King James style: speech with no quotation marks at all.
    let kjv = "And God said, Let there be light: and there was light.\nAnd the evening and the morning were the first day.";
    let web = "God said, “Let there be light,” and there was light.\nThere was evening and there was morning, the first day.";
    assert_eq!(
        messages(&texts(kjv, web), FindingKind::Quote),
        Vec::<&str>::new()
    );
    // The same pair where the old version quotes elsewhere: the new quotation is news.
    let quoting = format!("{kjv}\nThe elders answered, “We will go.”");
    let c = texts(&quoting, web);
    let found = messages(&c, FindingKind::Quote);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("only in the new version"), "{}", found[0]);
}

#[test]
fn findings_made_during_the_comparison_equal_a_separate_pass() {
    // `compare` checks each row as it diffs it; `find_drift` walks the finished rows.
    for (a, b) in [(1, 2), (2, 3), (1, 3), (3, 4)] {
        let c = cmp(a, b);
        assert!(!c.findings.is_empty());
        assert_eq!(
            driftview::drift::find_drift(&c, &driftview::Knowledge::none()),
            c.findings,
            "samples {a} and {b}"
        );
    }
}

#[test]
fn rows_shown_first_and_checked_after_are_the_comparison_made_in_one_pass() {
    // The reader shows a book's rows before its findings (`compare_unchecked`, then
    // `checked`): the two steps must make what `compare` makes, in one language and across.
    let data = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name);
        Arc::new(load_file(&path).unwrap())
    };
    let load = |n: u8| Arc::new(load_file(&sample(n)).unwrap());
    // A PO file's entries are its rows, checked as entries (placeholders, accelerators).
    let po = |name: &str| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/bilingual")
            .join(name);
        let [a, b] =
            driftview::load::load_bilingual(&path, &Default::default()).expect("a PO file");
        (Arc::new(a), Arc::new(b))
    };
    let pairs = [
        (load(1), load(2)),
        (load(3), load(4)),
        (data("kjv-genesis.txt"), data("rv1909-genesis.txt")),
        po("checks-fr.po"),
    ];
    let none = driftview::Knowledge::none();
    for (a, b) in pairs {
        let whole = compare(a.clone(), b.clone(), DiffOptions::default(), &none);
        let first = driftview::compare::compare_unchecked(a, b, DiffOptions::default(), &none);
        assert!(!first.checked && first.findings.is_empty());
        assert_eq!(first.rows, whole.rows);
        assert_eq!(first.stats, whole.stats);
        assert_eq!(first.similarity, whole.similarity);
        let after = driftview::compare::checked(&first, &none);
        assert!(after.checked && whole.checked && !after.findings.is_empty());
        assert_eq!(after.findings, whole.findings, "{}", whole.docs.old.name());
        assert_eq!(after.words, whole.words);
    }
}

#[test]
fn a_word_capitalised_by_its_place_is_no_name_but_a_real_one_is() {
    // KJV opens speech with a capital after a comma; "ye" is written in lower case elsewhere.
    let kjv = "And the serpent said unto the woman, Ye shall not surely die: for ye shall see.\n\
               And the LORD called unto Adam and Adam hid.";
    let web = "The serpent said to the woman, “You won’t really die, for you will see.”\n\
               The man hid, and Yahweh called to the man.";
    let c = texts(kjv, web);
    let found = messages(&c, FindingKind::Name);
    assert!(found.iter().all(|m| !m.contains("“Ye”")), "{found:?}");
    // Words in capitals and words never written in lower case stay names, each named once.
    let second = found
        .iter()
        .find(|m| m.contains("LORD"))
        .expect("LORD → Yahweh");
    assert!(
        second.contains("Adam") && second.contains("Yahweh"),
        "{second}"
    );
    assert_eq!(second.matches("Adam").count(), 1, "{second}");
}

#[test]
fn findings_a_reviewer_can_trust_on_the_bibles_and_licenses_wording() {
    // The vocative, and LORD in capitals for emphasis where the text also writes "lord".
    let c = texts(
        "Hear, O LORD, my lord the king said. The copying terms are in COPYING.",
        "Hear, Yahweh, my lord the king said. The copying terms are in the file.",
    );
    let names = messages(&c, FindingKind::Name);
    assert!(
        names
            .iter()
            .all(|m| !m.contains("“O") && !m.contains("LORD")),
        "{names:?}"
    );
    assert!(
        names.iter().any(|m| m.contains("Yahweh")),
        "a real name stays: {names:?}"
    );
    // Months and weekdays are not names.
    let c = texts("They met on Monday in January.", "They met in the spring.");
    assert!(messages(&c, FindingKind::Name).is_empty());
    // "firstfruits" and "first fruits" are one word written apart, not a number.
    let c = texts(
        "Thou shalt bring the firstfruits of thy land.",
        "You shall bring the first fruits of your land.",
    );
    assert!(
        messages(&c, FindingKind::Number).is_empty(),
        "{:?}",
        c.findings
    );
    // Ordinals by rule: the thirteenth year is the 13th.
    let c = texts(
        "In the thirteenth year they rebelled.",
        "In the 13th year they rebelled.",
    );
    assert!(messages(&c, FindingKind::Number).is_empty());
    // Digits of an address are no numbers; a list of years is three.
    let c = texts(
        "Sources: https://www.cnn.com/2021/12/12/europe/index.html and mail 2024@example.org.",
        "Sources: the CNN report.",
    );
    assert!(
        messages(&c, FindingKind::Number).is_empty(),
        "{:?}",
        c.findings
    );
    let c = texts(
        "Copyright 2000,2001,2002 the authors.",
        "Copyright 2000, 2002 the authors.",
    );
    assert_eq!(
        messages(&c, FindingKind::Number),
        ["number “2001” only in the old version"]
    );
}

#[test]
fn evidence_names_each_item_once() {
    let c = texts("It took 12 days and 12 nights.", "It took days and nights.");
    assert_eq!(
        messages(&c, FindingKind::Number),
        ["number “12” only in the old version"]
    );
    let c = texts(
        "One.\n\nBiden met Biden again in Geneva.\n\nTwo.",
        "One.\n\nTwo.",
    );
    let dropped = messages(&c, FindingKind::Dropped);
    assert_eq!(dropped, ["sentence dropped, with Biden, Geneva"]);
}

#[test]
fn a_reworded_sentence_between_the_same_neighbours_is_one_changed_row_not_dropped_and_added() {
    let c = texts(
        "The meeting opened at noon. The committee approved the annual budget after a long debate. \
         The members then went home.",
        "The meeting opened at noon. After a lengthy discussion the annual budget won the \
         committee's approval. The members then went home.",
    );
    let kinds: Vec<FindingKind> = c.findings.iter().map(|f| f.kind).collect();
    assert!(
        !kinds.contains(&FindingKind::Dropped) && !kinds.contains(&FindingKind::Added),
        "{kinds:?}"
    );
    let changed: Vec<_> = c
        .rows
        .iter()
        .filter(|r| r.kind == driftview::RowKind::Changed)
        .collect();
    assert_eq!(changed.len(), 1, "one changed row");
}

#[test]
fn across_languages_a_quotation_left_out_of_the_translation_is_found_whatever_its_marks() {
    let mut en = Document::from_text(
        "en.txt",
        "The minister said “we will build the new bridge” and then added “it will open next \
         year”.\n\nThe mayor answered “not before the elections” on the radio that evening.\n",
    );
    let mut es = Document::from_text(
        "es.txt",
        "El ministro dijo «construiremos el puente nuevo» y añadió que abriría el año \
         próximo.\n\nEl alcalde respondió «no antes de las elecciones» en la radio esa noche.\n",
    );
    en.language = Some(Language::ENGLISH);
    es.language = Some(Language::SPANISH);
    let c = compare(
        Arc::new(en),
        Arc::new(es),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    let quotes = messages(&c, FindingKind::Quote);
    assert_eq!(
        quotes,
        ["2 quotations in the source, 1 in the translation"],
        "{:?}",
        c.findings
    );
}

#[test]
fn across_languages_a_question_answered_as_a_statement_is_found() {
    let mut en = Document::from_text(
        "en.txt",
        "Can visitors take photographs inside the museum?\n\nThe shop closes at noon on Sundays.\n",
    );
    let mut es = Document::from_text(
        "es.txt",
        "Los visitantes pueden tomar fotografías dentro del museo.\n\n\
         La tienda cierra al mediodía los domingos.\n",
    );
    en.language = Some(Language::ENGLISH);
    es.language = Some(Language::SPANISH);
    let c = compare(
        Arc::new(en),
        Arc::new(es),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    assert_eq!(
        messages(&c, FindingKind::Question),
        ["a question in the source, none in the translation"]
    );
    // ¿…? asks as ? does: no finding.
    let mut es = Document::from_text(
        "es.txt",
        "¿Pueden los visitantes tomar fotografías dentro del museo?\n\n\
         La tienda cierra al mediodía los domingos.\n",
    );
    es.language = Some(Language::SPANISH);
    let mut en = Document::from_text(
        "en.txt",
        "Can visitors take photographs inside the museum?\n\nThe shop closes at noon on Sundays.\n",
    );
    en.language = Some(Language::ENGLISH);
    let c = compare(
        Arc::new(en),
        Arc::new(es),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    );
    assert!(
        messages(&c, FindingKind::Question).is_empty(),
        "{:?}",
        c.findings
    );
}

/// An English text against its translation into `language`, the languages given.
fn translated(english: &str, translation: &str, language: Language) -> Comparison {
    let mut en = Document::from_text("en.txt", english);
    let mut tr = Document::from_text("tr.txt", translation);
    en.language = Some(Language::ENGLISH);
    tr.language = Some(language);
    compare(
        Arc::new(en),
        Arc::new(tr),
        DiffOptions::default(),
        &driftview::Knowledge::none(),
    )
}

#[test]
fn across_languages_a_date_in_words_is_the_same_date_and_a_changed_one_is_found() {
    let en_text = "The ministers met in Geneva on December 13, 2021, to discuss the border.\n\n\
                   They will meet again in September 2022, the statement said.\n";
    let pair = |es_text: &str| translated(en_text, es_text, Language::SPANISH);
    let faithful = pair(
        "Los ministros se reunieron en Ginebra el 13 de diciembre de 2021 para hablar de la \
         frontera.\n\nVolverán a reunirse en septiembre de 2022, según el comunicado.\n",
    );
    assert_eq!(
        messages(&faithful, FindingKind::Number),
        [] as [&str; 0],
        "{:?}",
        faithful.findings
    );
    let wrong_month = pair(
        "Los ministros se reunieron en Ginebra el 13 de diciembre de 2021 para hablar de la \
         frontera.\n\nVolverán a reunirse en noviembre de 2022, según el comunicado.\n",
    );
    assert_eq!(
        messages(&wrong_month, FindingKind::Number),
        ["number changed: “September 2022” → “noviembre de 2022”"]
    );
}

#[test]
fn across_languages_zero_meets_its_digit_and_is_never_missing_itself() {
    // grep(1) and its translations: "zero" written as a word, or as the digit.
    let de = translated(
        "Output a zero byte instead of the newline.\n\nThe exit status is 0 if a line is selected.\n",
        "Gibt statt des Zeilenumbruchs ein Nullbyte aus.\n\nDer Rückgabewert ist 0, wenn eine Zeile ausgewählt wurde.\n",
        Language::GERMAN,
    );
    assert_eq!(
        messages(&de, FindingKind::Number),
        [] as [&str; 0],
        "{:?}",
        de.findings
    );
    let es = translated(
        "The exit status is 0 even if an error occurred.\n\nIt prints 3 lines.\n",
        "El estado de salida será cero aunque ocurriese algún error.\n\nMuestra 4 líneas.\n",
        Language::SPANISH,
    );
    assert_eq!(
        messages(&es, FindingKind::Number),
        ["number changed: “3” → “4”"],
        "{:?}",
        es.findings
    );
}

/// Every place a number or name finding gives holds one of the items its evidence names, on
/// the side it names them (the reader marks those places).
fn spans_hold_their_evidence(c: &Comparison) -> usize {
    use driftview::Side;
    let mut checked = 0;
    for f in c
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Number || f.kind == FindingKind::Name)
    {
        let row = &c.rows[f.row];
        let new_row = row.partner.map_or(row, |p| &c.rows[p]);
        for (spans, text, items) in [
            (&f.left_spans, c.text(row, Side::Old), &f.left),
            (&f.right_spans, c.text(new_row, Side::New), &f.right),
        ] {
            let items: Vec<&str> = items.split(", ").filter(|i| !i.is_empty()).collect();
            assert_eq!(spans.is_empty(), items.is_empty(), "{f:?}");
            for span in spans {
                let held = &text[span.clone()];
                assert!(
                    items.contains(&held),
                    "{held:?} is none of {items:?}: {f:?}"
                );
                checked += 1;
            }
        }
    }
    checked
}

#[test]
fn a_finding_s_numbers_and_names_are_found_at_the_places_it_gives() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let load = |name: &str| Arc::new(load_file(&data.join(name)).unwrap());
    let knows = driftview::Knowledge::none();
    let options = DiffOptions::default();
    // One language and across two; a round trip of three versions, whose rows join the
    // pairs' rows (the places move with them).
    let genesis = compare(
        load("kjv-genesis.txt"),
        load("web-genesis.txt"),
        options,
        &knows,
    );
    let spanish = compare(
        load("kjv-genesis.txt"),
        load("rv1909-genesis.txt"),
        options,
        &knows,
    );
    // Over 100 places before names were settled over the whole pair (the WEB's "Yahweh" for
    // the KJV's "LORD" is its way, no longer a finding); the numbers and names left hold 90.
    let held = spans_hold_their_evidence(&genesis);
    assert!(held > 60, "{held} places");
    assert!(spans_hold_their_evidence(&spanish) > 20);
    let docs = ["kjv-genesis.txt", "rv1909-genesis.txt", "web-genesis.txt"].map(load);
    let trip = driftview::versions::compare_versions(
        docs.to_vec(),
        driftview::versions::Plan::RoundTrip,
        options,
        &knows,
    );
    let laid: usize = trip
        .links
        .iter()
        .map(|l| spans_hold_their_evidence(&l.comparison))
        .sum();
    assert!(laid > 0);
}

#[test]
fn across_languages_a_name_the_translation_renders_as_a_common_word_is_no_finding() {
    // Genesis 2-3 calls the man "Adam" where Reina-Valera writes "el hombre" (the Hebrew
    // "ha-adam"): learned from the pair, not a name the translation lost (five findings
    // before the renderings were learned).
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let read = |name: &str| std::fs::read_to_string(data.join(name)).unwrap();
    let pair = |translation: String| {
        let doc = |name: &str, text: String| Arc::new(Document::from_text(name, text));
        compare(
            doc("kjv-genesis.txt", read("kjv-genesis.txt")),
            doc("rv1909-genesis.txt", translation),
            DiffOptions::default(),
            &driftview::Knowledge::none(),
        )
    };
    let named = |c: &Comparison, what: &str| -> Vec<String> {
        c.findings
            .iter()
            .filter(|f| f.kind == FindingKind::Name && f.message.contains(what))
            .map(|f| f.message.clone())
            .collect()
    };
    let clean = pair(read("rv1909-genesis.txt"));
    assert_eq!(
        named(&clean, "“Adam” only in the source"),
        Vec::<String>::new()
    );
    // The renderings learned excuse a name only where its row writes one: a name swapped in
    // the same chapters is still found.
    let swapped = pair(read("rv1909-genesis.txt").replacen(
        "Y CONOCIÓ Adam á su mujer Eva",
        "Y CONOCIÓ Adam á su mujer Sara",
        1,
    ));
    assert_eq!(named(&swapped, "“Sara”").len(), 1);
}
