//! Three and more versions on the command line: `report A B C` (a round trip),
//! `report --history V1 … VN`, and `history FILE` (a file's versions in git).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Result, anyhow};

use driftview::Document;
use driftview::load::LoadOptions;
use driftview::report::versions::{write_json, write_text};
use driftview::report::versions_tables::{write_csv, write_markdown};
use driftview::review::{self, Attached, Review};
use driftview::versions::{Plan, VersionFinding, Versions, compare_versions};

use crate::environment::Environment;

use super::args::{FormatArg, HistoryArgs, ViewFlags};
use super::loading::load_one;
use super::output::emit;
use super::reviewed::Filter;

/// How the documents of a report relate, as asked (`--history`, `--roundtrip`) or else as
/// their languages tell: three where the middle one is in another language than the two
/// around it are a round trip, anything else versions in order.
fn plan(docs: &[Arc<Document>], asked: Option<Plan>) -> Plan {
    if let Some(plan) = asked {
        return plan;
    }
    match docs {
        [original, translation, back]
            if original.in_another_language(translation) && !original.in_another_language(back) =>
        {
            Plan::RoundTrip
        }
        _ => Plan::History,
    }
}

/// What a report of many versions is asked to write.
pub(super) struct Request<'a> {
    pub format: FormatArg,
    pub findings_only: bool,
    pub filter: &'a Filter,
    pub view: &'a ViewFlags,
    /// With `--format csv`: a byte order mark first.
    pub bom: bool,
}

/// Loads the versions (each in its language, `--lang` naming them in order).
pub(super) fn load_versions(paths: &[PathBuf], load: &LoadOptions) -> Result<Vec<Arc<Document>>> {
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err(anyhow!("only one of the documents can be read from stdin"));
    }
    let mut docs = Vec::with_capacity(paths.len());
    for (k, path) in paths.iter().enumerate() {
        let mut doc = load_one(path, load)?;
        load.name_language(k, &mut doc);
        docs.push(Arc::new(doc));
    }
    Ok(docs)
}

/// The versions `history` reads, oldest first: one file's commits in git, a folder's files by
/// name (or modification time), or the files named in order; for commits, what the reader's
/// list calls each (hash, date, subject).
pub(crate) fn history_documents(
    paths: &[PathBuf],
    by_time: bool,
    load: &LoadOptions,
) -> Result<(Vec<Document>, Option<Vec<String>>)> {
    let mut labels = None;
    let docs: Vec<Document> = match paths {
        [one] if one.is_file() => {
            let versions = driftview::load::file_history(one, load)?;
            if versions.len() < 2 {
                return Err(anyhow!(
                    "{}: git has one version of it, a history needs two",
                    one.display()
                ));
            }
            labels = Some(
                versions
                    .iter()
                    .map(|(rev, _)| format!("{} {} {}", rev.commit, rev.date, rev.subject))
                    .collect(),
            );
            versions.into_iter().map(|(_, doc)| doc).collect()
        }
        [folder] if folder.is_dir() => {
            let mut docs = super::loading::load_many(paths, load)?;
            if by_time {
                let time =
                    |d: &Document| std::fs::metadata(&d.path).and_then(|m| m.modified()).ok();
                docs.sort_by_key(time);
            } else {
                docs.sort_by(|a, b| a.path.cmp(&b.path));
            }
            docs
        }
        _ => paths
            .iter()
            .map(|p| load_one(p, load).map_err(anyhow::Error::from))
            .collect::<Result<_>>()?,
    };
    if docs.len() < 2 {
        return Err(anyhow!("a history needs at least two versions"));
    }
    let mut docs = docs;
    load.name_languages(&mut docs);
    Ok((docs, labels))
}

/// Compares the versions and writes the report; exit 1 when any pair differs.
pub(super) fn report(
    paths: &[PathBuf],
    plan: Option<Plan>,
    env: &Environment,
    request: &Request,
) -> Result<ExitCode> {
    if paths.len() < 2 {
        return Err(anyhow!("a history needs at least two versions"));
    }
    let docs = load_versions(paths, &env.load)?;
    if asked_round_trip(plan) && docs.len() != 3 {
        return Err(anyhow!(
            "--roundtrip takes three documents (original, translation, back-translation); {} given",
            docs.len()
        ));
    }
    let plan = self::plan(&docs, plan);
    let versions = compare_versions(docs, plan, env.options, &env.knowledge);
    write(versions, env, request)
}

/// `history --format F`: the versions' report (without a format the reader opens, `main.rs`).
pub(super) fn history_report(args: HistoryArgs, env: &Environment) -> Result<ExitCode> {
    let (docs, _) = history_documents(&args.paths, args.by_time, &env.load)?;
    let filter = Filter {
        min_severity: None,
        kinds: Vec::new(),
        verdicts: Vec::new(),
    };
    let request = Request {
        format: args.format.unwrap_or(FormatArg::Text),
        findings_only: args.findings_only,
        filter: &filter,
        view: &args.view,
        bom: false,
    };
    let docs = docs.into_iter().map(Arc::new).collect();
    let versions = compare_versions(docs, Plan::History, env.options, &env.knowledge);
    write(versions, env, &request)
}

/// For each finding, the verdict the reader's review of its pair gives it, in words ("error ·
/// accuracy/mistranslation · minor", "acceptable"), where the reader has saved a review of
/// that pair (a round trip's verdicts are made on its original and back-translation); empty
/// when no pair has one.
fn verdicts(
    versions: &Versions,
    findings: &[&VersionFinding],
    env: &Environment,
) -> Vec<Option<String>> {
    let reviews: Vec<Option<(Review, Attached)>> = versions
        .links
        .iter()
        .map(|link| {
            let [a, b] = link.versions.map(|v| versions.docs[v].path.as_path());
            let file = env.review_places.file_for(a, b).filter(|p| p.is_file())?;
            // A review that cannot be read is said, and the report goes on without it.
            let review = match review::load(&file) {
                Ok(review) => review?,
                Err(e) => {
                    eprintln!("driftview: {}", driftview::text::visible(&e.to_string()));
                    return None;
                }
            };
            let attached = review::attach(&review, &link.comparison);
            Some((review, attached))
        })
        .collect();
    if reviews.iter().all(Option::is_none) {
        return Vec::new();
    }
    findings
        .iter()
        .map(|f| {
            let k = versions
                .links
                .iter()
                .position(|l| l.versions == f.versions)?;
            let (review, attached) = reviews[k].as_ref()?;
            let cmp = &versions.links[k].comparison;
            let range = cmp.findings_range(f.finding.row);
            let i = range.start + cmp.findings[range].iter().position(|g| *g == f.finding)?;
            let entry = &review.entries[attached.entries[i]?];
            let verdict = entry.verdict?;
            let mut words = vec![verdict.label().to_string()];
            words.extend(entry.category.clone());
            words.extend(entry.error_severity.map(|s| s.label().to_string()));
            words.extend(entry.note.as_ref().map(|n| format!("note: {n}")));
            Some(words.join(" · "))
        })
        .collect()
}

fn asked_round_trip(plan: Option<Plan>) -> bool {
    plan == Some(Plan::RoundTrip)
}

/// Writes the report of versions already compared.
pub(super) fn write(versions: Versions, env: &Environment, request: &Request) -> Result<ExitCode> {
    if env.review.is_some() {
        return Err(anyhow!(
            "--review takes two documents; a report of {} versions has no review file yet",
            versions.docs.len()
        ));
    }
    let json = request.format == FormatArg::Json;
    let findings: Vec<&VersionFinding> = versions
        .findings
        .iter()
        .filter(|f| request.filter.keeps(&f.finding, !json))
        .collect();
    match request.format {
        FormatArg::Json => emit(request.view, env, |out| {
            write_json(out, &versions, &findings, request.findings_only)
        })?,
        FormatArg::Text => emit(request.view, env, |out| {
            write_text(out, &versions, &findings)
        })?,
        FormatArg::Markdown => {
            let verdicts = verdicts(&versions, &findings, env);
            emit(request.view, env, |out| {
                write_markdown(out, &versions, &findings, &verdicts)
            })?
        }
        FormatArg::Csv => emit(request.view, env, |out| {
            write_csv(out, &versions, &findings, request.bom)
        })?,
        FormatArg::Ladder | FormatArg::Bitext | FormatArg::Tmx => {
            return Err(anyhow!(
                "a report of {} versions is written as text, json, markdown or csv",
                versions.docs.len()
            ));
        }
    }
    let differs = versions
        .links
        .iter()
        .any(|l| l.comparison.stats.has_differences());
    Ok(ExitCode::from(u8::from(differs)))
}
