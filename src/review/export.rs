//! The reviewed discrepancies as a reviewer hands them back: each finding with its row, both
//! sides' text, its verdict and note, grouped by verdict (errors first), with a summary of
//! counts per kind and verdict. Markdown reads as a report, CSV opens in a spreadsheet, JSON
//! feeds a tool.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::alignment_fixes::{AlignmentFix, FixAction};
use super::anchor::Attached;
use super::record::{Entry, Review, Verdict};
use super::scoring::{self, ErrorSeverity, Score, ScoringModel, points};
use crate::comparison::{Comparison, Finding};
use crate::report::csv::field;
use crate::report::markdown::line_label;
use crate::side::{Pair, Side};
use crate::text::typography::single_spaced;

/// One finding of the export.
#[derive(Debug)]
pub struct Item<'a> {
    /// 1-based, as the reader and the reports number rows.
    pub row: usize,
    /// The finding.
    pub finding: &'a Finding,
    /// The old side's text of the row.
    pub old_text: &'a str,
    /// The new side's text of the row.
    pub new_text: &'a str,
    /// The first and last lines of its file each side's text is on, where the file's lines
    /// are its text's (`Document::file_lines`) and the side has a sentence.
    pub lines: Pair<Option<(usize, usize)>>,
    /// `None`: not reviewed yet.
    pub verdict: Option<Verdict>,
    /// The reviewer's note.
    pub note: Option<&'a str>,
    /// An error's category and severity (an error or verified verdict only).
    pub error: Option<(String, ErrorSeverity)>,
}

/// Every finding (those `keep` lets through) with its verdict, note, and an error's
/// category and severity.
pub fn items<'a>(
    cmp: &'a Comparison,
    review: &'a Review,
    attached: &Attached,
    model: &ScoringModel,
    keep: impl Fn(&Finding, Option<Verdict>) -> bool,
) -> Vec<Item<'a>> {
    let indexes = cmp.line_indexes();
    let lines_of = |row, side: Side| {
        indexes
            .get(side)
            .as_ref()
            .and_then(|l| l.lines_of(&cmp.text_range(row, side)))
    };
    cmp.findings
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let entry = attached.entries[k].map(|i| &review.entries[i]);
            let row = &cmp.rows[f.row];
            Item {
                row: f.row + 1,
                finding: f,
                old_text: cmp.text(row, Side::Old),
                new_text: cmp.text(row, Side::New),
                lines: Pair::new(lines_of(row, Side::Old), lines_of(row, Side::New)),
                verdict: entry.and_then(|e| e.verdict),
                note: entry.and_then(|e| e.note.as_deref()),
                error: entry
                    .filter(|e| e.is_error())
                    .map(|e| scoring::judged(model, e, f)),
            }
        })
        .filter(|item| keep(item.finding, item.verdict))
        .collect()
}

/// The heading of a verdict's group.
fn group_name(verdict: Option<Verdict>) -> &'static str {
    match verdict {
        Some(Verdict::Error) => "Errors to fix",
        Some(Verdict::Acceptable) => "Acceptable",
        Some(Verdict::Verified) => "Verified (fixed)",
        None => "Not reviewed",
    }
}

/// The groups in the order a reader acts on them.
const GROUPS: [Option<Verdict>; 4] = [
    Some(Verdict::Error),
    None,
    Some(Verdict::Acceptable),
    Some(Verdict::Verified),
];

/// Counts per kind and verdict.
fn summary(items: &[Item<'_>]) -> BTreeMap<&'static str, [usize; 4]> {
    let mut counts: BTreeMap<&'static str, [usize; 4]> = BTreeMap::new();
    for item in items {
        let column = GROUPS.iter().position(|g| *g == item.verdict).unwrap_or(1);
        counts.entry(item.finding.kind.label()).or_default()[column] += 1;
    }
    counts
}

/// Text on one line, for a table cell: line breaks as spaces, what markdown would read as
/// markup (a `|` that ends the cell among it) escaped, control characters shown.
fn cell(text: &str) -> String {
    crate::report::markdown::escape(&single_spaced(text))
}

/// The score as markdown: the line that says pass or fail, then the errors per category.
fn write_score(out: &mut dyn Write, score: &Score) -> io::Result<()> {
    let [minor, major, critical] = score.errors;
    let weights = score.weights.map(points).join("/");
    writeln!(
        out,
        "- score: **{}** penalty points per 1,000 source words · **{}** (threshold {}): \
         {minor} minor, {major} major, {critical} critical {} to fix in {} source words, \
         weights {weights}\n",
        points(score.per_thousand),
        if score.passed { "pass" } else { "fail" },
        points(score.pass_threshold),
        if score.errors.iter().sum::<usize>() == 1 {
            "error"
        } else {
            "errors"
        },
        score.source_words,
    )?;
    if score.by_category.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "| error category | minor | major | critical | points |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|")?;
    for (category, c) in &score.by_category {
        let points_of: f64 = c
            .iter()
            .zip(score.weights)
            .map(|(&n, w)| n as f64 * w)
            .sum();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(category),
            c[0],
            c[1],
            c[2],
            points(points_of)
        )?;
    }
    writeln!(out)
}

/// What the exports list after the findings: the review's alignment fixes, each with whether
/// it was applied, and the verdicts about sentences no longer found (orphaned: kept, never
/// dropped, so the export says what the file holds).
#[derive(Debug, Clone, Default)]
pub struct Appendix<'a> {
    /// The fixes, in the order they were made.
    pub fixes: &'a [AlignmentFix],
    /// For each, whether it was laid (false: its sentences are gone).
    pub applied: &'a [bool],
    /// The entries no finding took.
    pub orphaned: Vec<&'a Entry>,
}

impl<'a> Appendix<'a> {
    /// The fixes of `review` as laid (`applied`), and its entries `attached` left orphaned.
    pub fn of(review: &'a Review, applied: &'a [bool], attached: &Attached) -> Appendix<'a> {
        Appendix {
            fixes: &review.fixes,
            applied,
            orphaned: attached
                .orphaned
                .iter()
                .map(|&i| &review.entries[i])
                .collect(),
        }
    }

    fn each(&self) -> impl Iterator<Item = (&AlignmentFix, bool)> {
        self.fixes
            .iter()
            .enumerate()
            .map(|(k, f)| (f, self.applied.get(k).copied().unwrap_or(false)))
    }
}

/// The markdown export's list of verdicts about sentences no longer found.
fn write_orphans(out: &mut dyn Write, orphaned: &[&Entry]) -> io::Result<()> {
    if orphaned.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "\n## Verdicts about sentences no longer found ({})",
        orphaned.len()
    )?;
    for e in orphaned {
        let verdict = e.verdict.map_or("a note", Verdict::label);
        writeln!(out, "\n### {} · {verdict}\n", e.anchor.kind.label())?;
        writeln!(out, "- old: {}", quote_or_none(&e.anchor.old_text))?;
        writeln!(out, "- new: {}", quote_or_none(&e.anchor.new_text))?;
        if let Some(note) = &e.note {
            writeln!(out, "- note: {}", cell(note))?;
        }
    }
    Ok(())
}

/// A fixed row's sentences of one side as one quoted line.
fn fixed_side(sentences: &[String]) -> String {
    quote_or_none(&sentences.join(" "))
}

/// The markdown export's list of alignment fixes; `sides` names the two sides.
fn write_fixes(out: &mut dyn Write, appendix: &Appendix<'_>, sides: [&str; 2]) -> io::Result<()> {
    if appendix.fixes.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Alignment fixes ({})", appendix.fixes.len())?;
    for (k, (fix, applied)) in appendix.each().enumerate() {
        let state = if applied {
            ""
        } else {
            " · not applied: its sentences are no longer in the documents"
        };
        writeln!(
            out,
            "\n### Fix {} · {}{state}\n",
            k + 1,
            fix.action.describe(sides)
        )?;
        for (r, row) in fix.rows.iter().enumerate() {
            let label = if fix.rows.len() > 1 {
                format!("row {}", r + 1)
            } else {
                "row".to_string()
            };
            writeln!(out, "- {label}, old: {}", fixed_side(&row.old))?;
            writeln!(out, "- {label}, new: {}", fixed_side(&row.new))?;
        }
    }
    Ok(())
}

/// The export as a markdown review document.
pub fn write_markdown(
    out: &mut dyn Write,
    cmp: &Comparison,
    items: &[Item<'_>],
    score: &Score,
    appendix: Appendix<'_>,
) -> io::Result<()> {
    writeln!(
        out,
        "# Review: {} → {}\n",
        cell(&cmp.docs.old.name()),
        cell(&cmp.docs.new.name())
    )?;
    use crate::report::markdown::{code_span, file_lines};
    writeln!(out, "- old: {}", code_span(&cmp.docs.old.path))?;
    writeln!(out, "- new: {}", code_span(&cmp.docs.new.path))?;
    let reviewed = items.iter().filter(|i| i.verdict.is_some()).count();
    let findings = crate::text::counted::counted(items.len(), "finding");
    writeln!(out, "- {reviewed} of {findings} reviewed")?;
    write_score(out, score)?;
    writeln!(
        out,
        "| kind | errors | not reviewed | acceptable | verified |"
    )?;
    writeln!(out, "|---|---:|---:|---:|---:|")?;
    for (kind, c) in summary(items) {
        writeln!(
            out,
            "| {kind} | {} | {} | {} | {} |",
            c[0], c[1], c[2], c[3]
        )?;
    }
    for group in GROUPS {
        let members: Vec<&Item> = items.iter().filter(|i| i.verdict == group).collect();
        if members.is_empty() {
            continue;
        }
        writeln!(out, "\n## {} ({})", group_name(group), members.len())?;
        for item in members {
            let f = item.finding;
            writeln!(
                out,
                "\n### Row {} · {} · {}\n\n{}\n",
                item.row,
                f.kind.label(),
                f.severity.label(),
                cell(&f.message)
            )?;
            let at = |side: Side| {
                item.lines.get(side).map_or(String::new(), |lines| {
                    format!(" ({})", file_lines(&cmp.docs.get(side).path, lines))
                })
            };
            writeln!(
                out,
                "- old{}: {}",
                at(Side::Old),
                quote_or_none(item.old_text)
            )?;
            writeln!(
                out,
                "- new{}: {}",
                at(Side::New),
                quote_or_none(item.new_text)
            )?;
            if let Some((category, severity)) = &item.error {
                writeln!(out, "- error: {} · {}", cell(category), severity.label())?;
            }
            if let Some(note) = item.note {
                writeln!(out, "- note: {}", cell(note))?;
            }
        }
    }
    write_fixes(out, &appendix, FixAction::sides(cmp.across))?;
    write_orphans(out, &appendix.orphaned)
}

/// A sentence quoted, or "(nothing)" for an empty side.
fn quote_or_none(text: &str) -> String {
    if text.trim().is_empty() {
        "(nothing)".to_string()
    } else {
        cell(text)
    }
}

/// A CSV field on one line, quoted when it must be.
fn csv_field(text: &str) -> String {
    field(&single_spaced(text), ',')
}

/// The export as CSV, one line per finding, grouped as the markdown is.
pub fn write_csv(out: &mut dyn Write, items: &[Item<'_>]) -> io::Result<()> {
    writeln!(
        out,
        "row,verdict,error_category,error_severity,kind,severity,message,old,new,note,old_lines,new_lines"
    )?;
    for group in GROUPS {
        for item in items.iter().filter(|i| i.verdict == group) {
            let f = item.finding;
            let fields = [
                item.row.to_string(),
                item.verdict.map_or("", Verdict::label).to_string(),
                csv_field(item.error.as_ref().map_or("", |e| e.0.as_str())),
                item.error.as_ref().map_or("", |e| e.1.label()).to_string(),
                f.kind.label().to_string(),
                f.severity.label().to_string(),
                csv_field(&f.message),
                csv_field(item.old_text),
                csv_field(item.new_text),
                csv_field(item.note.unwrap_or("")),
                item.lines.old.map_or(String::new(), line_label),
                item.lines.new.map_or(String::new(), line_label),
            ];
            writeln!(out, "{}", fields.join(","))?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonExport<'a> {
    old: String,
    new: String,
    reviewed: usize,
    score: &'a Score,
    findings: Vec<JsonItem<'a>>,
    summary: BTreeMap<&'static str, BTreeMap<&'static str, usize>>,
    alignment_fixes: Vec<JsonFix<'a>>,
    orphaned: &'a [&'a Entry],
}

/// An alignment fix as the JSON export writes it.
#[derive(Serialize)]
struct JsonFix<'a> {
    action: FixAction,
    applied: bool,
    rows: Vec<JsonFixedRow<'a>>,
}

#[derive(Serialize)]
struct JsonFixedRow<'a> {
    old: &'a [String],
    new: &'a [String],
}

/// One finding as the JSON export writes it: the row once, 1-based as every export numbers
/// rows (a flattened finding wrote its own 0-based `row` beside it, a key twice).
#[derive(Serialize)]
struct JsonItem<'a> {
    row: usize,
    kind: crate::comparison::FindingKind,
    severity: crate::comparison::Severity,
    left: &'a str,
    right: &'a str,
    message: &'a str,
    old_text: &'a str,
    new_text: &'a str,
    verdict: Option<Verdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_category: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_severity: Option<ErrorSeverity>,
    note: Option<&'a str>,
}

impl<'a> JsonItem<'a> {
    fn of(item: &'a Item<'_>) -> JsonItem<'a> {
        let f = item.finding;
        JsonItem {
            row: item.row,
            kind: f.kind,
            severity: f.severity,
            left: &f.left,
            right: &f.right,
            message: &f.message,
            old_text: item.old_text,
            new_text: item.new_text,
            verdict: item.verdict,
            error_category: item.error.as_ref().map(|e| e.0.as_str()),
            error_severity: item.error.as_ref().map(|e| e.1),
            note: item.note,
        }
    }
}

/// The export as JSON: the findings grouped as the markdown is, and the summary.
pub fn write_json(
    out: &mut dyn Write,
    cmp: &Comparison,
    items: &[Item<'_>],
    score: &Score,
    appendix: Appendix<'_>,
) -> io::Result<()> {
    let ordered: Vec<JsonItem> = GROUPS
        .iter()
        .flat_map(|g| items.iter().filter(move |i| i.verdict == *g))
        .map(JsonItem::of)
        .collect();
    let labels = ["error", "unreviewed", "acceptable", "verified"];
    let summary = summary(items)
        .into_iter()
        .map(|(kind, c)| (kind, labels.iter().copied().zip(c).collect()))
        .collect();
    let export = JsonExport {
        old: cmp.docs.old.path.display().to_string(),
        new: cmp.docs.new.path.display().to_string(),
        reviewed: items.iter().filter(|i| i.verdict.is_some()).count(),
        score,
        findings: ordered,
        summary,
        alignment_fixes: appendix
            .each()
            .map(|(fix, applied)| JsonFix {
                action: fix.action,
                applied,
                rows: fix
                    .rows
                    .iter()
                    .map(|r| JsonFixedRow {
                        old: &r.old,
                        new: &r.new,
                    })
                    .collect(),
            })
            .collect(),
        orphaned: &appendix.orphaned,
    };
    serde_json::to_writer_pretty(&mut *out, &export)?;
    writeln!(out)
}
