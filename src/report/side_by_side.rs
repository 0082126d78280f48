//! Side-by-side (or inline) text view of a comparison, for a terminal or a pager.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::TextOptions;
use super::ansi::{dim, paint};
use crate::comparison::Comparison;
use crate::layout::{
    LayoutOptions, first_text_line, inline_pieces, layout_row, prefix_within, wrap,
};

/// Writes the comparison as aligned columns (or one column with `inline`).
pub fn write(out: &mut dyn Write, cmp: &Comparison, options: &TextOptions) -> io::Result<()> {
    if options.inline {
        return write_inline(out, cmp, options);
    }
    let half = (options.width.saturating_sub(5) / 2).max(10);
    let layout = LayoutOptions {
        width: half,
        markers: !options.color,
    };
    let bar = dim("│", options.color);
    let header = |t: &str| fit(t, half);
    let head = format!(
        "  {} {bar} {}",
        header(&cmp.docs.old.name()),
        header(&cmp.docs.new.name())
    );
    writeln!(out, "{}", head.trim_end())?;
    for index in 0..cmp.rows.len() {
        let kind = cmp.rows[index].kind;
        let lines = layout_row(cmp, index, &layout);
        let first_text = first_text_line(&lines);
        for (n, pair) in lines.iter().enumerate() {
            let mark = if n == first_text { kind.cue() } else { ' ' };
            let pad = " ".repeat(half - pair.old.width().min(half));
            let left = paint(&pair.old, options.color);
            let right = paint(&pair.new, options.color);
            let line = format!("{mark} {left}{pad} {bar} {right}");
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// The text report: a summary, the findings, then the side-by-side view.
pub fn write_report(
    out: &mut dyn Write,
    cmp: &Comparison,
    options: &TextOptions,
) -> io::Result<()> {
    let s = &cmp.stats;
    writeln!(
        out,
        "old: {} ({})",
        cmp.docs.old.title,
        cmp.docs.old.path.display()
    )?;
    writeln!(
        out,
        "new: {} ({})",
        cmp.docs.new.title,
        cmp.docs.new.path.display()
    )?;
    writeln!(
        out,
        "similarity {:.0}%: {} equal, {} changed, {} dropped, {} added, {} moved; {} words deleted, {} inserted",
        cmp.similarity * 100.0,
        s.equal,
        s.changed,
        s.deleted,
        s.inserted,
        s.moved,
        s.words_deleted,
        s.words_inserted
    )?;
    if !cmp.findings.is_empty() {
        writeln!(out, "\nfindings:")?;
        write_findings(out, cmp)?;
    }
    writeln!(out)?;
    write(out, cmp, options)
}

/// One line per finding: row, severity, what.
pub fn write_findings(out: &mut dyn Write, cmp: &Comparison) -> io::Result<()> {
    for f in &cmp.findings {
        writeln!(
            out,
            "  row {:>4}  {:<7} {:<9} {}",
            f.row + 1,
            f.severity.label(),
            f.kind.label(),
            f.message
        )?;
    }
    Ok(())
}

fn write_inline(out: &mut dyn Write, cmp: &Comparison, options: &TextOptions) -> io::Result<()> {
    let width = options.width.saturating_sub(2).max(10);
    let header = format!("{} → {}", cmp.docs.old.name(), cmp.docs.new.name());
    writeln!(out, "  {}", fit(&header, width).trim_end())?;
    for index in 0..cmp.rows.len() {
        let kind = cmp.rows[index].kind;
        let pieces = inline_pieces(cmp, index, !options.color);
        for (n, line) in wrap(&pieces, width).iter().enumerate() {
            let mark = if n == 0 { kind.cue() } else { ' ' };
            writeln!(out, "{mark} {}", paint(line, options.color).trim_end())?;
        }
    }
    Ok(())
}

/// Cuts or pads a header to exactly `width` columns.
fn fit(text: &str, width: usize) -> String {
    let cut = prefix_within(text, width);
    format!("{cut}{}", " ".repeat(width - cut.width()))
}
