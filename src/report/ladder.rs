//! The alignment alone, in the formats sentence aligners and translation-memory tools read:
//! a ladder (Vecalign's and Bertalign's `[i, j]:[k]`, one link per row, the sentence numbers
//! 0-based; with `--segmented`, the line numbers of the non-blank lines), a bitext (each
//! row's source and translation on one line, separated by a tab) and TMX 1.4 (the
//! translation-memory exchange format CAT tools and LF Aligner read).

use std::io::{self, Write};
use std::ops::Range;

use crate::comparison::{Comparison, RowKind};
use crate::side::Side;

/// Each row as a link between sentence groups: `[0, 1]:[2]`, `[3]:[]` for a sentence with
/// no counterpart. A moved sentence is one link, written where its old half stands. Across
/// languages a third field is the row's confidence, as Vecalign writes its cost there:
/// `[0, 1]:[2]:0.993`.
pub fn write_ladder(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    for (old, new, confidence) in links(cmp) {
        write!(out, "{}:{}", numbers(old), numbers(new))?;
        match confidence {
            Some(p) => writeln!(out, ":{:.3}", super::json::rounded(p))?,
            None => writeln!(out)?,
        }
    }
    Ok(())
}

/// Each link as `source<TAB>translation`, the text on one line (tabs and line breaks as
/// spaces, control characters shown); an empty side is an empty field.
pub fn write_bitext(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    for (old, new, _) in links(cmp) {
        writeln!(
            out,
            "{}\t{}",
            one_line(cmp, Side::Old, old),
            one_line(cmp, Side::New, new)
        )?;
    }
    Ok(())
}

/// The links as a TMX 1.4 document: one translation unit per link with text on both sides
/// (a sentence with no counterpart is no unit a translation memory can use), each side's
/// `xml:lang` the language detected or named (`und` when unknown).
pub fn write_tmx(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    let lang = |side: Side| cmp.docs.get(side).language.map_or("und", |l| l.code());
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<tmx version="1.4">"#)?;
    writeln!(
        out,
        r#"  <header creationtool="driftview" creationtoolversion="{}" segtype="sentence" o-tmf="driftview" adminlang="en" srclang="{}" datatype="plaintext"/>"#,
        env!("CARGO_PKG_VERSION"),
        lang(Side::Old)
    )?;
    writeln!(out, "  <body>")?;
    for (old, new, _) in links(cmp) {
        if old.is_empty() || new.is_empty() {
            continue;
        }
        writeln!(out, "    <tu>")?;
        for (side, run) in [(Side::Old, old), (Side::New, new)] {
            writeln!(
                out,
                r#"      <tuv xml:lang="{}"><seg>{}</seg></tuv>"#,
                lang(side),
                xml_escaped(&one_line(cmp, side, run))
            )?;
        }
        writeln!(out, "    </tu>")?;
    }
    writeln!(out, "  </body>")?;
    writeln!(out, "</tmx>")
}

/// Text for XML character data: `&`, `<` and `>` escaped (control characters are already
/// shown as pictures by [`one_line`], so none that XML forbids is left).
fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A run of one side's sentences as one line: white space as single spaces, control
/// characters shown.
fn one_line(cmp: &Comparison, side: Side, sentences: Range<usize>) -> String {
    let all = &cmp.sentences.get(side);
    // A side with no sentence in the link (a dropped or added row) is an empty field.
    let (Some(first), Some(last)) = (
        all.get(sentences.start),
        all.get(sentences.end.wrapping_sub(1)),
    ) else {
        return String::new();
    };
    if sentences.is_empty() {
        return String::new();
    }
    let span = first.span.start..last.span.end;
    let raw = &cmp.docs.get(side).text[span];
    crate::text::visible(raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A link: each side's sentences, and the aligner's confidence in it where it gives one.
type Link = (Range<usize>, Range<usize>, Option<f32>);

/// The rows as links between the two sides' sentence groups, in row order; a move's two
/// halves make one link.
fn links(cmp: &Comparison) -> impl Iterator<Item = Link> + '_ {
    cmp.rows.iter().filter_map(|row| {
        let (old, new) = (row.sentences.old.clone(), row.sentences.new.clone());
        match (row.kind, row.partner) {
            (RowKind::Moved, Some(p)) if !old.is_empty() => {
                Some((old, cmp.rows[p].sentences.new.clone(), row.confidence))
            }
            (RowKind::Moved, Some(_)) => None,
            _ if row.is_empty() => None,
            _ => Some((old, new, row.confidence)),
        }
    })
}

/// `[3, 4]`, `[]`.
fn numbers(run: Range<usize>) -> String {
    let list: Vec<String> = run.map(|k| k.to_string()).collect();
    format!("[{}]", list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::document::Document;
    use crate::{DiffOptions, Knowledge, compare};

    fn segmented(text: &str) -> std::sync::Arc<Document> {
        let mut doc = Document::from_text("x.txt", text.to_string());
        doc.segmented = true;
        std::sync::Arc::new(doc)
    }

    /// The two segmented texts compared, and what `write` makes of the comparison.
    fn written(
        old: &str,
        new: &str,
        write: fn(&mut dyn Write, &Comparison) -> io::Result<()>,
    ) -> String {
        let cmp = compare(
            segmented(old),
            segmented(new),
            DiffOptions::default(),
            &Knowledge::none(),
        );
        let mut out = Vec::new();
        write(&mut out, &cmp).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_segmented_document_against_itself_is_one_link_per_line() {
        let text = "The talks began on Monday.\nThey ended late\nwithout an agreement.\n";
        let ladder = written(text, text, write_ladder);
        assert_eq!(ladder, "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
        let bitext = written(text, text, write_bitext);
        assert_eq!(
            bitext.lines().nth(1),
            Some("They ended late\tThey ended late")
        );
    }

    #[test]
    fn a_sentence_without_counterpart_is_a_link_to_nothing() {
        let ladder = written(
            "One sentence here.\nA sentence only the old side has.\nThe last one.\n",
            "One sentence here.\nThe last one.\n",
            write_ladder,
        );
        assert_eq!(ladder, "[0]:[0]\n[1]:[]\n[2]:[1]\n");
    }

    #[test]
    fn a_sentence_without_counterpart_is_a_bitext_line_with_an_empty_field() {
        let bitext = written(
            "One sentence here.\nA sentence only the old side has.\nThe last one.\n",
            "One sentence here.\nThe last one.\n",
            write_bitext,
        );
        assert_eq!(
            bitext,
            "One sentence here.\tOne sentence here.\nA sentence only the old side has.\t\nThe last one.\tThe last one.\n"
        );
    }

    #[test]
    fn tmx_holds_one_unit_per_link_with_both_sides_and_parses_back() {
        let tmx = written(
            "Fish & chips <cheap>.\nOnly here.\nThe end.\n",
            "Fish & chips <cheap>.\nThe end.\n",
            write_tmx,
        );
        let doc = roxmltree::Document::parse(&tmx).expect("well-formed TMX");
        let units: Vec<Vec<String>> = doc
            .descendants()
            .filter(|n| n.has_tag_name("tu"))
            .map(|tu| {
                tu.descendants()
                    .filter(|n| n.has_tag_name("seg"))
                    .map(|seg| seg.text().unwrap_or("").to_string())
                    .collect()
            })
            .collect();
        assert_eq!(
            units,
            [
                vec![
                    "Fish & chips <cheap>.".to_string(),
                    "Fish & chips <cheap>.".into()
                ],
                vec!["The end.".into(), "The end.".into()]
            ]
        );
        assert_eq!(doc.root_element().attribute("version"), Some("1.4"));
    }
}
