//! Comparing off the input thread: one worker for the pair on screen, one for the list's
//! similarity column, both reporting back over a channel.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread;

use driftview::compare::{checked, compare_unchecked};
use driftview::versions::{Plan, Versions, compare_versions};
use driftview::{Comparison, DiffOptions, Document, Knowledge, compare};

/// Documents this long together (bytes) are shown in two steps: their rows as soon as they
/// are aligned and diffed, their findings when the checks are done (the checks are a third of
/// the Bible's comparison; on an article both steps take a few milliseconds, and one pass
/// tokenizes each row once).
const STAGED_BYTES: usize = 1 << 20;
/// How long the checks of a book wait for its rows to be on screen.
const SHOWN_PATIENCE: std::time::Duration = std::time::Duration::from_secs(1);

/// What the workers report.
pub(super) enum Report {
    /// The comparison of documents `old` and `new` under `options`.
    Compared {
        old: usize,
        new: usize,
        options: DiffOptions,
        comparison: Arc<Comparison>,
    },
    /// Similarity of document `doc` to the reference `old`, and its findings counted.
    Similarity {
        old: usize,
        doc: usize,
        value: f32,
        findings: SeverityCounts,
    },
    /// The most similar pair of distinct documents.
    BestPair { old: usize, new: usize },
    /// A round trip: `old` the original, `middle` its translation, `new` the back-translation.
    ComparedTrio { trio: Trio, versions: Arc<Versions> },
    /// Every document as a version of the one before (a history), under `options`.
    ComparedHistory {
        options: DiffOptions,
        versions: Arc<Versions>,
    },
}

/// How many findings a pair has at each severity, lowest first: the list counts those the
/// findings panel's severity filter shows, so the list and the panel agree.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct SeverityCounts([usize; 3]);

impl SeverityCounts {
    pub(super) fn of(findings: &[driftview::Finding]) -> SeverityCounts {
        let mut counts = [0; 3];
        for f in findings {
            counts[f.severity as usize] += 1;
        }
        SeverityCounts(counts)
    }

    /// The findings of severity `min` and above.
    pub(super) fn at_least(self, min: driftview::Severity) -> usize {
        self.0[min as usize..].iter().sum()
    }
}

/// The three documents of a round trip on screen (original, translation, back-translation)
/// and the options they were compared under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Trio {
    pub old: usize,
    pub middle: usize,
    pub new: usize,
    pub options: DiffOptions,
}

impl Trio {
    /// The round trip compared.
    pub(super) fn compare(self, docs: &[Arc<Document>], knowledge: &Knowledge) -> Arc<Versions> {
        let three = vec![
            docs[self.old].clone(),
            docs[self.middle].clone(),
            docs[self.new].clone(),
        ];
        Arc::new(compare_versions(
            three,
            Plan::RoundTrip,
            self.options,
            knowledge,
        ))
    }
}

/// The documents in order as a history.
pub(super) fn history(
    docs: &[Arc<Document>],
    options: DiffOptions,
    knowledge: &Knowledge,
) -> Arc<Versions> {
    Arc::new(compare_versions(
        docs.to_vec(),
        Plan::History,
        options,
        knowledge,
    ))
}

enum PairJob {
    Compare {
        old: usize,
        new: usize,
        options: DiffOptions,
    },
    Trio(Trio),
    History(DiffOptions),
}

/// Handles to the worker threads.
pub(super) struct Workers {
    pair: Sender<PairJob>,
    /// The reader's word that a book's rows, sent before their checks, are on screen.
    shown: Sender<()>,
    /// Pairs asked of the pair worker: the list worker leaves them to it, since the app takes
    /// their similarity from the `Compared` report (no whole book is compared twice).
    asked: Arc<Mutex<HashSet<(usize, usize, DiffOptions)>>>,
    list: Sender<(u64, usize, DiffOptions)>,
    list_generation: Arc<AtomicU64>,
    pub reports: Receiver<Report>,
    /// What every comparison is given (dictionaries, glossary).
    knowledge: Knowledge,
}

/// Above this many documents the start-up search for the most similar pair is skipped.
const BEST_PAIR_LIMIT: usize = 40;

impl Workers {
    /// Starts the workers over a fixed set of documents; `find_best_pair`: look for the most
    /// similar pair to open on (not when the user's choice is made: a round trip, a history).
    pub(super) fn start(
        docs: Arc<Vec<Arc<Document>>>,
        find_best_pair: bool,
        knowledge: &Knowledge,
    ) -> Workers {
        let (report_tx, reports) = channel();
        let (pair, pair_rx) = channel();
        let (shown, shown_rx) = channel();
        let (list, list_rx) = channel();
        let list_generation = Arc::new(AtomicU64::new(0));
        let asked = Arc::new(Mutex::new(HashSet::new()));
        {
            let (docs, tx, knows) = (docs.clone(), report_tx.clone(), knowledge.clone());
            thread::spawn(move || pair_worker(&docs, &knows, (&pair_rx, &shown_rx), &tx));
        }
        {
            let generation = list_generation.clone();
            let asked = asked.clone();
            let knows = knowledge.clone();
            thread::spawn(move || {
                let list = ListJobs {
                    jobs: &list_rx,
                    generation: &generation,
                    asked: &asked,
                };
                list_worker(&docs, &knows, find_best_pair, &list, &report_tx)
            });
        }
        Workers {
            pair,
            shown,
            asked,
            list,
            list_generation,
            reports,
            knowledge: knowledge.clone(),
        }
    }

    /// Fresh workers over new documents, with the same knowledge.
    pub(super) fn restarted(&self, docs: Arc<Vec<Arc<Document>>>, find_best_pair: bool) -> Workers {
        Workers::start(docs, find_best_pair, &self.knowledge)
    }

    /// Asks for a comparison; the answer arrives as `Report::Compared`.
    pub(super) fn compare(&self, old: usize, new: usize, options: DiffOptions) {
        if let Ok(mut asked) = self.asked.lock() {
            asked.insert((old, new, options));
        }
        let _ = self.pair.send(PairJob::Compare { old, new, options });
    }

    /// Says that the rows of a comparison sent before its checks are on screen.
    pub(super) fn shown(&self) {
        let _ = self.shown.send(());
    }

    /// Asks for a round trip; the answer arrives as `Report::ComparedTrio`.
    pub(super) fn compare_trio(&self, trio: Trio) {
        // The round trip compares the original with the other two: the list takes their
        // figures from it (see `App::on_report`), so the list worker leaves them alone.
        if let Ok(mut asked) = self.asked.lock() {
            asked.insert((trio.old, trio.middle, trio.options));
            asked.insert((trio.old, trio.new, trio.options));
        }
        let _ = self.pair.send(PairJob::Trio(trio));
    }

    /// Asks for the documents as a history; the answer arrives as `Report::ComparedHistory`.
    pub(super) fn compare_history(&self, options: DiffOptions) {
        let _ = self.pair.send(PairJob::History(options));
    }

    /// Asks for every document's similarity to `old`, abandoning any earlier such request.
    pub(super) fn similarities(&self, old: usize, options: DiffOptions) {
        let generation = self.list_generation.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.list.send((generation, old, options));
    }
}

fn pair_worker(
    docs: &[Arc<Document>],
    knowledge: &Knowledge,
    (jobs, shown): (&Receiver<PairJob>, &Receiver<()>),
    tx: &Sender<Report>,
) {
    while let Ok(job) = jobs.recv() {
        let report = match job {
            PairJob::Compare { old, new, options } => {
                let (a, b) = (docs[old].clone(), docs[new].clone());
                let comparison = if a.text.len() + b.text.len() >= STAGED_BYTES {
                    // A book's rows first, its findings when the checks are done.
                    let rows = Arc::new(compare_unchecked(a, b, options, knowledge));
                    let first = Report::Compared {
                        old,
                        new,
                        options,
                        comparison: rows.clone(),
                    };
                    // An acknowledgement left from an earlier book is no news of this one.
                    while shown.try_recv().is_ok() {}
                    if tx.send(first).is_err() {
                        return;
                    }
                    // The reader lays out every row to scroll by lines, on all cores: the
                    // checks wait until the rows are on screen (or a moment, if they never
                    // are: another pair chosen meanwhile).
                    let _ = shown.recv_timeout(SHOWN_PATIENCE);
                    checked(&rows, knowledge)
                } else {
                    compare(a, b, options, knowledge)
                };
                Report::Compared {
                    old,
                    new,
                    options,
                    comparison: Arc::new(comparison),
                }
            }
            PairJob::Trio(trio) => Report::ComparedTrio {
                trio,
                versions: trio.compare(docs, knowledge),
            },
            PairJob::History(options) => Report::ComparedHistory {
                options,
                versions: history(docs, options, knowledge),
            },
        };
        if tx.send(report).is_err() {
            return;
        }
    }
}

/// The list worker's queue: its jobs, the newest job's generation (older ones are abandoned),
/// and the pairs left to the pair worker.
struct ListJobs<'a> {
    jobs: &'a Receiver<(u64, usize, DiffOptions)>,
    generation: &'a AtomicU64,
    asked: &'a Mutex<HashSet<(usize, usize, DiffOptions)>>,
}

fn list_worker(
    docs: &[Arc<Document>],
    knowledge: &Knowledge,
    find_best_pair: bool,
    queue: &ListJobs,
    tx: &Sender<Report>,
) {
    let ListJobs {
        jobs,
        generation,
        asked,
    } = queue;
    // With two documents the pair is already on screen; with many the search would be too slow.
    if find_best_pair && (3..=BEST_PAIR_LIMIT).contains(&docs.len()) {
        let (old, new) = best_pair(docs, knowledge);
        if tx.send(Report::BestPair { old, new }).is_err() {
            return;
        }
    }
    while let Ok((job_generation, old, options)) = jobs.recv() {
        for doc in 0..docs.len() {
            if generation.load(Ordering::SeqCst) != job_generation {
                break;
            }
            let left_to_pair_worker = asked.lock().is_ok_and(|a| a.contains(&(old, doc, options)));
            if left_to_pair_worker {
                continue;
            }
            let (value, findings) = if doc == old {
                (1.0, SeverityCounts::default())
            } else {
                let c = compare(docs[old].clone(), docs[doc].clone(), options, knowledge);
                (c.similarity, SeverityCounts::of(&c.findings))
            };
            if tx
                .send(Report::Similarity {
                    old,
                    doc,
                    value,
                    findings,
                })
                .is_err()
            {
                return;
            }
        }
    }
}

/// The pair of distinct documents with the highest similarity (first found wins ties).
fn best_pair(docs: &[Arc<Document>], knowledge: &Knowledge) -> (usize, usize) {
    let mut best = (0, 1, f32::MIN);
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            let (a, b) = (docs[i].clone(), docs[j].clone());
            let s = compare(a, b, DiffOptions::default(), knowledge).similarity;
            if s > best.2 {
                best = (i, j, s);
            }
        }
    }
    (best.0, best.1)
}

#[cfg(test)]
mod severity_counts_tests {
    use super::SeverityCounts;
    use driftview::Severity;

    #[test]
    fn the_list_counts_the_findings_the_panel_s_severity_filter_shows() {
        let finding = |severity| driftview::Finding {
            kind: driftview::FindingKind::Split,
            severity,
            row: 0,
            left: String::new(),
            right: String::new(),
            message: String::new(),
            left_spans: Vec::new(),
            right_spans: Vec::new(),
        };
        let counts = SeverityCounts::of(&[
            finding(Severity::Low),
            finding(Severity::High),
            finding(Severity::Medium),
            finding(Severity::Low),
        ]);
        assert_eq!(counts.at_least(Severity::Low), 4);
        assert_eq!(counts.at_least(Severity::Medium), 2);
        assert_eq!(counts.at_least(Severity::High), 1);
    }
}
