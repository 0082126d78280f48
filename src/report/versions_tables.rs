//! Reports of three and more versions as documents to send and sheets to sort: markdown (the
//! versions, each pair's counts, the findings in the text report's groups, then every row
//! that differs with each version's text side by side) and CSV (one line per finding, with
//! each version's text of its row).

use std::io::{self, Write};

use super::csv::field;
use super::markdown::{code_span, escape};
use super::versions::{finding_groups, role};
use crate::versions::{Plan, VersionFinding, VersionRowKind, Versions};

/// The markdown review of versions.
pub fn write_markdown(
    out: &mut dyn Write,
    v: &Versions,
    findings: &[&VersionFinding],
    verdicts: &[Option<String>],
) -> io::Result<()> {
    let what = match v.plan {
        Plan::RoundTrip => "a round trip",
        Plan::History => "versions in order",
    };
    writeln!(out, "# driftview: {what}\n")?;
    writeln!(out, "| version | file | language | words |")?;
    writeln!(out, "|---|---|---|---|")?;
    for (k, doc) in v.docs.iter().enumerate() {
        let language = doc.language.map_or("", |l| l.code());
        let words = crate::text::word_count(&doc.text);
        writeln!(
            out,
            "| {} | {} | {language} | {words} |",
            role(v, k),
            code_span(&doc.path)
        )?;
    }
    writeln!(
        out,
        "\n| pair | changed | dropped | added | moved | words in common |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|")?;
    for l in &v.links {
        let s = &l.comparison.stats;
        // Across languages the words in common say nothing of the translation.
        let common = if l.comparison.across {
            "— (across languages)".to_string()
        } else {
            format!("{:.0}%", l.comparison.similarity * 100.0)
        };
        writeln!(
            out,
            "| {} → {} | {} | {} | {} | {} | {common} |",
            role(v, l.versions[0]),
            role(v, l.versions[1]),
            s.changed,
            s.deleted,
            s.inserted,
            s.moved,
        )?;
    }
    // The reader's verdicts, where a review of a pair was saved: a column of their own.
    let judged = !verdicts.is_empty();
    if judged {
        let reviewed = verdicts.iter().flatten().count();
        writeln!(
            out,
            "\n{reviewed} of {} reviewed in the reader.",
            crate::text::counted::counted(findings.len(), "finding")
        )?;
    }
    // The groups below hold the same findings: each one's verdict by its place in memory.
    let by_finding: std::collections::HashMap<*const VersionFinding, &str> = findings
        .iter()
        .zip(verdicts)
        .filter_map(|(f, v)| Some((std::ptr::from_ref(*f), v.as_deref()?)))
        .collect();
    let verdict_of = |f: &VersionFinding| -> &str {
        by_finding
            .get(&std::ptr::from_ref(f))
            .copied()
            .unwrap_or("")
    };
    for (title, these) in finding_groups(v, findings) {
        writeln!(out, "\n## {title} ({})\n", these.len())?;
        if these.is_empty() {
            writeln!(out, "*None.*")?;
            continue;
        }
        if judged {
            writeln!(out, "| row | kind | severity | what | verdict |")?;
            writeln!(out, "|---|---|---|---|---|")?;
        } else {
            writeln!(out, "| row | kind | severity | what |")?;
            writeln!(out, "|---|---|---|---|")?;
        }
        for f in these {
            let verdict = if judged {
                format!(" {} |", escape(verdict_of(f)))
            } else {
                String::new()
            };
            writeln!(
                out,
                "| [{row}](#row-{row}) | {} | {} | {} |{verdict}",
                f.finding.kind.label(),
                f.finding.severity.label(),
                escape(&f.finding.message),
                row = f.finding.row + 1
            )?;
        }
    }
    writeln!(out, "\n## Rows\n")?;
    let mut unchanged = 0;
    for k in 0..v.rows.len() {
        if v.kind(k) == VersionRowKind::Equal {
            unchanged += 1;
            continue;
        }
        writeln!(out, "### Row {}\n", k + 1)?;
        for d in 0..v.docs.len() {
            let text = v.text(k, d);
            let shown = if text.trim().is_empty() {
                "*(nothing)*".to_string()
            } else {
                escape(text)
            };
            writeln!(out, "- **{}:** {shown}", role(v, d))?;
        }
        writeln!(out)?;
    }
    if unchanged > 0 {
        writeln!(out, "*{unchanged} rows the same in every version.*")?;
    }
    Ok(())
}

/// One CSV line per finding: the two versions it concerns, the version that brought it in
/// (a round trip's, where the evidence tells), the row, what it is, and each version's text
/// of the row.
pub fn write_csv(
    out: &mut dyn Write,
    v: &Versions,
    findings: &[&VersionFinding],
    bom: bool,
) -> io::Result<()> {
    if bom {
        out.write_all(super::csv::BOM.as_bytes())?;
    }
    let roles: Vec<String> = (0..v.docs.len()).map(|k| role(v, k)).collect();
    let mut header = vec![
        "between".to_string(),
        "introduced_by".to_string(),
        "row".to_string(),
        "kind".to_string(),
        "severity".to_string(),
        "message".to_string(),
    ];
    header.extend(roles.iter().cloned());
    writeln!(out, "{}", csv_line(&header))?;
    for f in findings {
        let mut line = vec![
            format!("{} → {}", roles[f.versions[0]], roles[f.versions[1]]),
            f.introduced_by.map_or(String::new(), |k| roles[k].clone()),
            (f.finding.row + 1).to_string(),
            f.finding.kind.label().to_string(),
            f.finding.severity.label().to_string(),
            f.finding.message.clone(),
        ];
        line.extend((0..v.docs.len()).map(|d| v.text(f.finding.row, d).to_string()));
        writeln!(out, "{}", csv_line(&line))?;
    }
    Ok(())
}

fn csv_line(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| field(f, ','))
        .collect::<Vec<_>>()
        .join(",")
}
