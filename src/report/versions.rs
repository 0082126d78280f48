//! Reports of three and more versions: the JSON contract's `versions` / `rows[].cells[]`
//! form (README), and a text summary for people that leads with where drift entered.

use std::io::{self, Write};

use serde::Serialize;

use crate::comparison::{Finding, Stats};
use crate::side::Side;
use crate::versions::{Plan, VersionFinding, VersionRowKind, Versions};

use super::json::{DocInfo, OpOut, doc_info, ops, write_array};

#[derive(Serialize)]
struct PairOut<'a> {
    versions: [usize; 2],
    /// Across languages, the dictionary the aligner weighed (`null` for none); absent within
    /// one language.
    #[serde(skip_serializing_if = "Option::is_none")]
    dictionary: Option<Option<&'a std::path::Path>>,
    similarity: f64,
    stats: &'a Stats,
}

#[derive(Serialize)]
struct RowOut<'a> {
    kind: VersionRowKind,
    cells: Vec<CellOut<'a>>,
    /// Word ops of each compared pair in one language (none across languages).
    ops: Vec<PairOps<'a>>,
}

#[derive(Serialize)]
struct CellOut<'a> {
    sentences: Vec<usize>,
    text: &'a str,
}

#[derive(Serialize)]
struct PairOps<'a> {
    versions: [usize; 2],
    ops: Vec<OpOut<'a>>,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    versions: [usize; 2],
    #[serde(flatten)]
    finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    introduced_by: Option<usize>,
}

fn plan_name(plan: Plan) -> &'static str {
    match plan {
        Plan::RoundTrip => "roundtrip",
        Plan::History => "history",
    }
}

fn versions_info(v: &Versions) -> Vec<DocInfo> {
    (0..v.docs.len())
        .map(|k| {
            let (words, sentences) = counts(v, k);
            doc_info(&v.docs[k], words, sentences)
        })
        .collect()
}

/// Version `k`'s words and sentences, from a pair that compared it.
fn counts(v: &Versions, k: usize) -> (usize, usize) {
    v.links
        .iter()
        .find_map(|l| {
            let side = if l.versions[0] == k {
                Side::Old
            } else if l.versions[1] == k {
                Side::New
            } else {
                return None;
            };
            let cmp = &l.comparison;
            Some((*cmp.words.get(side), cmp.sentences.get(side).len()))
        })
        .unwrap_or((0, 0))
}

fn row_out(v: &Versions, k: usize) -> RowOut<'_> {
    let cells = (0..v.docs.len())
        .map(|d| CellOut {
            sentences: v.rows[k].0[d].clone().collect(),
            text: v.text(k, d),
        })
        .collect();
    let ops = v
        .links
        .iter()
        .filter(|l| !l.comparison.across)
        .map(|l| PairOps {
            versions: l.versions,
            ops: ops(&l.comparison, k),
        })
        .collect();
    RowOut {
        kind: v.kind(k),
        cells,
        ops,
    }
}

fn finding_out(f: &VersionFinding) -> FindingOut<'_> {
    FindingOut {
        versions: f.versions,
        finding: &f.finding,
        introduced_by: f.introduced_by,
    }
}

/// Writes the versions as one line of compact JSON: `versions`, `plan`, `pairs` (each
/// compared pair's similarity and counts), `rows` and `findings`; or, `findings_only`, the
/// findings alone as an array.
pub fn write_json(
    out: &mut dyn Write,
    v: &Versions,
    findings: &[&VersionFinding],
    findings_only: bool,
) -> io::Result<()> {
    if findings_only {
        let all: Vec<FindingOut> = findings.iter().map(|f| finding_out(f)).collect();
        serde_json::to_writer_pretty(&mut *out, &all)?;
        return writeln!(out);
    }
    out.write_all(b"{\"versions\":")?;
    serde_json::to_writer(&mut *out, &versions_info(v))?;
    out.write_all(b",\"plan\":")?;
    serde_json::to_writer(&mut *out, plan_name(v.plan))?;
    out.write_all(b",\"pairs\":")?;
    let pairs: Vec<PairOut> = v
        .links
        .iter()
        .map(|l| PairOut {
            versions: l.versions,
            dictionary: l
                .comparison
                .across
                .then_some(l.comparison.dictionary.as_deref()),
            similarity: (f64::from(l.comparison.similarity) * 1000.0).round() / 1000.0,
            stats: &l.comparison.stats,
        })
        .collect();
    serde_json::to_writer(&mut *out, &pairs)?;
    out.write_all(b",\"rows\":")?;
    write_array(out, v.rows.len(), |k| row_out(v, k))?;
    out.write_all(b",\"findings\":")?;
    write_array(out, findings.len(), |k| finding_out(findings[k]))?;
    out.write_all(b"}\n")
}

/// The role of each version in a round trip, or its number in a history.
pub fn role(v: &Versions, k: usize) -> String {
    match (v.plan, k) {
        (Plan::RoundTrip, 0) => "original".into(),
        (Plan::RoundTrip, 1) => "translation".into(),
        (Plan::RoundTrip, _) => "back-translation".into(),
        (Plan::History, k) => format!("v{}", k + 1),
    }
}

/// Writes a summary for people: the versions, each pair's counts, and the findings, those
/// the translation brought in first.
pub fn write_text(
    out: &mut dyn Write,
    v: &Versions,
    findings: &[&VersionFinding],
) -> io::Result<()> {
    for (k, doc) in v.docs.iter().enumerate() {
        let lang = doc
            .language
            .map_or(String::new(), |l| format!(" [{}]", l.code()));
        writeln!(out, "{:<17} {}{lang}", role(v, k), doc.name())?;
    }
    writeln!(out)?;
    for l in &v.links {
        let s = &l.comparison.stats;
        // Across languages the words in common say nothing of the translation.
        let common = if l.comparison.across {
            "across languages".to_string()
        } else {
            format!("{:.0}% of words in common", l.comparison.similarity * 100.0)
        };
        writeln!(
            out,
            "{} → {}: {} changed, {} dropped, {} added, {} moved; {common}",
            role(v, l.versions[0]),
            role(v, l.versions[1]),
            s.changed,
            s.deleted,
            s.inserted,
            s.moved,
        )?;
    }
    for (title, these) in finding_groups(v, findings) {
        writeln!(out, "\n{title} ({})", these.len())?;
        for f in these {
            writeln!(out, "{}", super::side_by_side::finding_line(&f.finding))?;
        }
    }
    Ok(())
}

/// The findings as people read them, in titled groups: in a round trip, those the
/// translation brought in first, then the back-translation's, the unattributed, and the
/// translation's own checks; in a history, each pair of neighbouring versions in order.
pub(crate) fn finding_groups<'a>(
    v: &Versions,
    findings: &[&'a VersionFinding],
) -> Vec<(String, Vec<&'a VersionFinding>)> {
    if v.plan == Plan::RoundTrip {
        let of = |pred: &dyn Fn(&VersionFinding) -> bool| -> Vec<&VersionFinding> {
            findings.iter().copied().filter(|f| pred(f)).collect()
        };
        vec![
            (
                "Introduced by the translation".into(),
                of(&|f| f.versions == [0, 2] && f.introduced_by == Some(1)),
            ),
            (
                "Introduced by the back-translation".into(),
                of(&|f| f.versions == [0, 2] && f.introduced_by == Some(2)),
            ),
            (
                "Original → back-translation, not attributed".into(),
                of(&|f| f.versions == [0, 2] && f.introduced_by.is_none()),
            ),
            (
                "Original → translation (translation checks)".into(),
                of(&|f| f.versions == [0, 1]),
            ),
        ]
    } else {
        v.links
            .iter()
            .map(|l| {
                let title = format!("{} → {}", role(v, l.versions[0]), role(v, l.versions[1]));
                let these = findings
                    .iter()
                    .copied()
                    .filter(|f| f.versions == l.versions)
                    .collect();
                (title, these)
            })
            .collect()
    }
}
