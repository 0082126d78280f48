//! Side-by-side (or inline) text view of a comparison, for a terminal or a pager.

use crate::text::counted::counted;
use crate::text::visible;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::TextOptions;
use super::ansi::{dim, paint};
use crate::comparison::{Comparison, RowKind};
use crate::layout::{
    LayoutOptions, first_text_line, inline_pieces, layout_row, prefix_within, wrap,
};

/// Which rows a view shows: all, or the changed ones with `context` rows around them.
fn shown_rows(cmp: &Comparison, context: Option<usize>) -> Vec<bool> {
    let n = cmp.rows.len();
    let Some(context) = context else {
        return vec![true; n];
    };
    let mut shown = vec![false; n];
    for (k, row) in cmp.rows.iter().enumerate() {
        if row.kind != RowKind::Equal {
            let (from, to) = (k.saturating_sub(context), (k + context + 1).min(n));
            shown[from..to].iter_mut().for_each(|s| *s = true);
        }
    }
    shown
}

/// Walks the rows a view shows, calling `row` for each and `fold` with the count of each
/// stretch left out.
fn each_shown(
    cmp: &Comparison,
    context: Option<usize>,
    mut row: impl FnMut(usize) -> io::Result<()>,
    mut fold: impl FnMut(usize) -> io::Result<()>,
) -> io::Result<()> {
    let shown = shown_rows(cmp, context);
    let mut hidden = 0;
    for (k, &show) in shown.iter().enumerate() {
        if !show {
            hidden += 1;
            continue;
        }
        if hidden > 0 {
            fold(hidden)?;
            hidden = 0;
        }
        row(k)?;
    }
    if hidden > 0 {
        fold(hidden)?;
    }
    Ok(())
}

/// The line standing for a stretch of unchanged rows left out.
fn fold_line(hidden: usize, color: bool) -> String {
    let rows = if hidden == 1 { "row" } else { "rows" };
    dim(&format!("  ⋯ {hidden} unchanged {rows} ⋯"), color)
}

/// Columns the row numbers take (with their space), 0 when the rows are not numbered.
fn number_width(cmp: &Comparison, options: &TextOptions) -> usize {
    if options.numbered {
        cmp.rows.len().max(1).to_string().len() + 1
    } else {
        0
    }
}

/// Writes the comparison as aligned columns (or one column with `inline`).
pub fn write(out: &mut dyn Write, cmp: &Comparison, options: &TextOptions) -> io::Result<()> {
    if options.inline {
        return write_inline(out, cmp, options);
    }
    let numbers = number_width(cmp, options);
    let half = (options.width.saturating_sub(5 + numbers) / 2).max(10);
    let layout = LayoutOptions {
        width: half,
        markers: options.markers(),
        counterparts: false,
    };
    let bar = dim("│", options.color);
    let header = |t: &str| fit(t, half);
    let head = format!(
        "{:numbers$}  {} {bar} {}",
        "",
        header(&cmp.docs.old.name()),
        header(&cmp.docs.new.name())
    );
    writeln!(out, "{}", head.trim_end())?;
    let row = |out: &mut dyn Write, index: usize| -> io::Result<()> {
        let kind = cmp.rows[index].kind;
        let lines = layout_row(cmp, index, &layout);
        let first_text = first_text_line(&lines);
        for (n, pair) in lines.iter().enumerate() {
            let mark = if n == first_text { kind.cue() } else { ' ' };
            let number = match (numbers, n == first_text) {
                (0, _) => String::new(),
                (w, true) => format!("{:>width$} ", index + 1, width = w - 1),
                (w, false) => " ".repeat(w),
            };
            let pad = " ".repeat(half - pair.old.width().min(half));
            let left = paint(&pair.old, options.painter());
            let right = paint(&pair.new, options.painter());
            let line = format!("{number}{mark} {left}{pad} {bar} {right}");
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    };
    let out = std::cell::RefCell::new(out);
    each_shown(
        cmp,
        options.context,
        |k| row(*out.borrow_mut(), k),
        |hidden| writeln!(out.borrow_mut(), "{}", fold_line(hidden, options.color)),
    )
}

/// The text report: a summary, the findings, then the side-by-side view.
pub fn write_report(
    out: &mut dyn Write,
    cmp: &Comparison,
    options: &TextOptions,
) -> io::Result<()> {
    let s = &cmp.stats;
    let (old_side, new_side) = super::side_names(cmp);
    // Each side's file (a bilingual file's sides both name the file itself: "source: … (x.po)").
    for (side, doc) in [(old_side, &cmp.docs.old), (new_side, &cmp.docs.new)] {
        writeln!(
            out,
            "{side}: {} ({})",
            visible(&doc.title),
            visible(&doc.file().display().to_string())
        )?;
    }
    if cmp.across {
        // Words in common say nothing of a translation: how its sentences pair does.
        writeln!(
            out,
            "a source and its translation: {}, {} with no translation, {} with no source, {} moved",
            counted(s.changed + s.equal, "row"),
            counted(s.deleted, "source sentence"),
            counted(s.inserted, "translation sentence"),
            s.moved
        )?;
    } else {
        writeln!(
            out,
            "similarity {:.0}%: {} equal, {} changed, {} dropped, {} added, {} moved; {} deleted, {} inserted",
            cmp.similarity * 100.0,
            s.equal,
            s.changed,
            s.deleted,
            s.inserted,
            s.moved,
            counted(s.words_deleted, "word"),
            s.words_inserted
        )?;
    }
    if !cmp.findings.is_empty() {
        writeln!(out, "\nfindings:")?;
        write_findings(out, cmp)?;
    }
    writeln!(out)?;
    write(out, cmp, options)
}

/// One line per finding: row, severity, what, and where the row stands in each file
/// (`a.txt:12`, as editors and compilers name a place) for documents whose lines are their
/// file's.
pub fn write_findings(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    let lines = cmp.line_indexes();
    for f in &cmp.findings {
        let mut places: Vec<String> = crate::side::Side::BOTH
            .iter()
            .filter_map(|&side| {
                let index = lines.get(side).as_ref()?;
                let row = cmp.rows.get(f.row)?;
                let (first, _) = index.lines_of(&cmp.text_range(row, side))?;
                Some(format!("{}:{first}", cmp.docs.get(side).file_name()))
            })
            .collect();
        // A bilingual file's two sides are one file: its place once.
        places.dedup();
        let at = if places.is_empty() {
            String::new()
        } else {
            format!("  ({})", visible(&places.join(", ")))
        };
        writeln!(out, "{}{at}", finding_line(f))?;
    }
    Ok(())
}

/// A finding as the text reports list it: row (1-based), severity, kind, message.
pub(crate) fn finding_line(f: &crate::comparison::Finding) -> String {
    format!(
        "  row {:>4}  {:<7} {:<9} {}",
        f.row + 1,
        f.severity.label(),
        f.kind.label(),
        visible(&f.message)
    )
}

fn write_inline(out: &mut dyn Write, cmp: &Comparison, options: &TextOptions) -> io::Result<()> {
    let numbers = number_width(cmp, options);
    let width = options.width.saturating_sub(2 + numbers).max(10);
    let header = format!("{} → {}", cmp.docs.old.name(), cmp.docs.new.name());
    writeln!(out, "{:numbers$}  {}", "", fit(&header, width).trim_end())?;
    let out = std::cell::RefCell::new(out);
    each_shown(
        cmp,
        options.context,
        |index| {
            let kind = cmp.rows[index].kind;
            let pieces = inline_pieces(cmp, index, options.markers());
            for (n, line) in wrap(&pieces, width).iter().enumerate() {
                let mark = if n == 0 { kind.cue() } else { ' ' };
                let number = match (numbers, n) {
                    (0, _) => String::new(),
                    (w, 0) => format!("{:>width$} ", index + 1, width = w - 1),
                    (w, _) => " ".repeat(w),
                };
                let text = paint(line, options.painter());
                writeln!(out.borrow_mut(), "{number}{mark} {}", text.trim_end())?;
            }
            Ok(())
        },
        |hidden| writeln!(out.borrow_mut(), "{}", fold_line(hidden, options.color)),
    )
}

/// Cuts or pads a header to exactly `width` columns.
fn fit(text: &str, width: usize) -> String {
    let cut = prefix_within(text, width);
    format!("{cut}{}", " ".repeat(width - cut.width()))
}
