//! The markdown report: a review document with a summary, the findings, and every row that
//! differs, deletions struck through and insertions in bold.

use std::io::{self, Write};

use crate::comparison::{Comparison, RowKind};
use crate::diff::ops::OpTag;
use crate::layout::Highlight;
use crate::side::Side;
use crate::text::counted::counted;
use crate::text::visible;

/// Escapes characters markdown would read as formatting (emphasis, links and images — an
/// image's `!` is harmless once its `[` is escaped —, HTML tags and entities, code, table
/// cells, headings); control characters are shown, not sent.
pub(crate) fn escape(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '|' | '`' | '#' | '&'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// A file path as inline code in a table cell: a backtick inside it would end the span (a
/// double-backtick span then), a bar would end the cell, a newline the table.
pub(crate) fn code_span(path: &std::path::Path) -> String {
    let text = visible(&path.display().to_string())
        .replace('|', "\\|")
        .replace('\n', "␊");
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// Lines of a file as a reader's editor takes them: "12", or "12-14" for a stretch.
pub(crate) fn line_label((first, last): (usize, usize)) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}-{last}")
    }
}

/// Where a stretch stands in its file, as inline code: `` `path:12-14` ``.
pub(crate) fn file_lines(path: &std::path::Path, lines: (usize, usize)) -> String {
    code_span(std::path::Path::new(&format!(
        "{}:{}",
        path.display(),
        line_label(lines)
    )))
}

/// Wraps text in a markdown mark, keeping surrounding spaces outside it.
fn emphasise(text: &str, mark: &str) -> String {
    let core = text.trim();
    if core.is_empty() {
        return escape(text);
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{mark}{}{mark}{trail}", escape(core))
}

/// One side of a row with its changes marked: in one language the word diff (deleted words
/// struck, inserted ones bold); across languages the text as written, as the reader shows it,
/// with what a finding says the other side lacks in bold and the anchors both keep in italics
/// (a source and its translation share no words: a word diff would strike every one).
fn marked_side(cmp: &Comparison, index: usize, side: Side) -> String {
    let row = &cmp.rows[index];
    if cmp.across && row.partner.is_none() {
        if row.sentences.get(side).is_empty() {
            return "*(nothing)*".to_string();
        }
        return crate::layout::translation_side(cmp, index, side)
            .iter()
            .map(|p| match p.style {
                Highlight::Deleted | Highlight::Inserted => emphasise(&p.text, "**"),
                Highlight::Anchor => emphasise(&p.text, "*"),
                _ => escape(&p.text),
            })
            .collect();
    }
    if row.sentences.get(side).is_empty() {
        return match row.partner {
            Some(p) => format!(
                "*(moved {} row {})*",
                if side == Side::New { "to" } else { "from" },
                p + 1
            ),
            None => "*(nothing)*".to_string(),
        };
    }
    let mut out = String::new();
    for op in &row.ops {
        match (side, op.tag) {
            (Side::Old, OpTag::Equal) => out.push_str(&escape(&cmp.shown(side, op.old.clone()))),
            (Side::New, OpTag::Equal) => out.push_str(&escape(&cmp.shown(side, op.new.clone()))),
            (Side::Old, OpTag::Delete) => {
                out.push_str(&emphasise(&cmp.shown(side, op.old.clone()), "~~"))
            }
            (Side::New, OpTag::Insert) => {
                out.push_str(&emphasise(&cmp.shown(side, op.new.clone()), "**"))
            }
            _ => {}
        }
    }
    out
}

fn percent(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Writes the markdown review document.
pub fn write(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    let (old, new) = (&cmp.docs.old, &cmp.docs.new);
    let s = &cmp.stats;
    writeln!(
        out,
        "# driftview: {} → {}\n",
        escape(&old.title),
        escape(&new.title)
    )?;
    let heads = if cmp.across {
        let language = |d: &crate::load::document::Document| {
            d.language
                .map_or(String::new(), |l| format!(" ({})", l.code()))
        };
        (
            format!("source{}", language(old)),
            format!("translation{}", language(new)),
        )
    } else {
        ("left (old)".to_string(), "right (new)".to_string())
    };
    writeln!(out, "| | {} | {} |\n|---|---|---|", heads.0, heads.1)?;
    writeln!(
        out,
        "| file | {} | {} |",
        code_span(old.file()),
        code_span(new.file())
    )?;
    writeln!(out, "| words | {} | {} |", cmp.words.old, cmp.words.new)?;
    writeln!(
        out,
        "| sentences | {} | {} |\n",
        cmp.sentences.old.len(),
        cmp.sentences.new.len()
    )?;
    if cmp.across {
        // Words in common say nothing of a translation: how its sentences pair does.
        writeln!(
            out,
            "**A source and its translation**: {} of sentences facing their translation, {} with none, {} with no source, {} moved. Both sides are shown as written: **bold** is what a finding says the other side lacks, *italics* the numbers and names both keep.\n",
            counted(s.changed + s.equal, "row"),
            counted(s.deleted, "source sentence"),
            counted(s.inserted, "translation sentence"),
            s.moved
        )?;
        write_findings(out, cmp)?;
        return write_rows(out, cmp);
    }
    writeln!(
        out,
        "**Similarity {}**: {} equal, {} changed, {} dropped, {} added, {} moved sentence groups; {} deleted, {} inserted.\n",
        percent(cmp.similarity),
        s.equal,
        s.changed,
        s.deleted,
        s.inserted,
        s.moved,
        counted(s.words_deleted, "word"),
        s.words_inserted
    )?;
    write_findings(out, cmp)?;
    write_rows(out, cmp)
}

/// The findings table (also the whole output of `--findings-only`).
pub fn write_findings(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    writeln!(out, "## Findings\n")?;
    if cmp.findings.is_empty() {
        return writeln!(out, "None.\n");
    }
    writeln!(out, "| row | kind | severity | what |\n|---|---|---|---|")?;
    for f in &cmp.findings {
        writeln!(
            out,
            "| [{}](#row-{}) | {} | {} | {} |",
            f.row + 1,
            f.row + 1,
            f.kind.label(),
            f.severity.label(),
            escape(&f.message)
        )?;
    }
    writeln!(out)
}

fn write_rows(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    writeln!(out, "## Rows\n")?;
    let lines = cmp.line_indexes();
    let mut unchanged_from: Option<usize> = None;
    for (k, row) in cmp.rows.iter().enumerate() {
        if row.kind == RowKind::Equal {
            unchanged_from.get_or_insert(k);
            continue;
        }
        if let Some(start) = unchanged_from.take() {
            write_unchanged(out, start, k)?;
        }
        let label = match (row.kind, cmp.across) {
            (RowKind::Changed, false) => "changed",
            (RowKind::Changed, true) => "translated",
            (RowKind::Deleted, false) => "dropped",
            (RowKind::Deleted, true) => "not in the translation",
            (RowKind::Inserted, false) => "added",
            (RowKind::Inserted, true) => "not in the source",
            (RowKind::Moved, _) => "moved",
            (RowKind::Equal, _) => unreachable!("equal rows are summarised"),
        };
        let (old_side, new_side) = super::side_names(cmp);
        // Where each side stands in its file, for documents whose lines are their file's.
        let named = |side: Side, name: &str| {
            let at = lines.get(side).as_ref().and_then(|index| {
                index
                    .lines_of(&cmp.text_range(row, side))
                    .map(|l| file_lines(cmp.docs.get(side).file(), l))
            });
            match at {
                Some(at) => format!("**{name}** ({at}):"),
                None => format!("**{name}:**"),
            }
        };
        writeln!(out, "### Row {}\n\n*{label}*\n", k + 1)?;
        writeln!(
            out,
            "- {} {}",
            named(Side::Old, old_side),
            marked_side(cmp, k, Side::Old)
        )?;
        writeln!(
            out,
            "- {} {}\n",
            named(Side::New, new_side),
            marked_side(cmp, k, Side::New)
        )?;
    }
    if let Some(start) = unchanged_from {
        write_unchanged(out, start, cmp.rows.len())?;
    }
    Ok(())
}

fn write_unchanged(out: &mut dyn Write, start: usize, end: usize) -> io::Result<()> {
    if end - start == 1 {
        writeln!(out, "*Row {} unchanged.*\n", start + 1)
    } else {
        writeln!(out, "*Rows {}–{} unchanged.*\n", start + 1, end)
    }
}
