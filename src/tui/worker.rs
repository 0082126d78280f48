//! Comparing off the input thread: one worker for the pair on screen, one for the list's
//! similarity column, both reporting back over a channel.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::thread;

use driftview::versions::{Plan, Versions, compare_versions};
use driftview::{Comparison, DiffOptions, Document, compare};

/// What the workers report.
pub(super) enum Report {
    /// The comparison of documents `old` and `new` under `options`.
    Compared {
        old: usize,
        new: usize,
        options: DiffOptions,
        comparison: Arc<Comparison>,
    },
    /// Similarity of document `doc` to the reference `old`, and the number of findings.
    Similarity {
        old: usize,
        doc: usize,
        value: f32,
        findings: usize,
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
    pub(super) fn compare(self, docs: &[Arc<Document>]) -> Arc<Versions> {
        let three = vec![
            docs[self.old].clone(),
            docs[self.middle].clone(),
            docs[self.new].clone(),
        ];
        Arc::new(compare_versions(three, Plan::RoundTrip, self.options))
    }
}

/// The documents in order as a history.
pub(super) fn history(docs: &[Arc<Document>], options: DiffOptions) -> Arc<Versions> {
    Arc::new(compare_versions(docs.to_vec(), Plan::History, options))
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
    /// Pairs asked of the pair worker: the list worker leaves them to it, since the app takes
    /// their similarity from the `Compared` report (no whole book is compared twice).
    asked: Arc<Mutex<HashSet<(usize, usize, DiffOptions)>>>,
    list: Sender<(u64, usize, DiffOptions)>,
    list_generation: Arc<AtomicU64>,
    pub reports: Receiver<Report>,
}

/// Above this many documents the start-up search for the most similar pair is skipped.
const BEST_PAIR_LIMIT: usize = 40;

impl Workers {
    /// Starts the workers over a fixed set of documents; `find_best_pair`: look for the most
    /// similar pair to open on (not when the user's choice is made: a round trip, a history).
    pub(super) fn start(docs: Arc<Vec<Arc<Document>>>, find_best_pair: bool) -> Workers {
        let (report_tx, reports) = channel();
        let (pair, pair_rx) = channel();
        let (list, list_rx) = channel();
        let list_generation = Arc::new(AtomicU64::new(0));
        let asked = Arc::new(Mutex::new(HashSet::new()));
        {
            let (docs, tx) = (docs.clone(), report_tx.clone());
            thread::spawn(move || pair_worker(&docs, &pair_rx, &tx));
        }
        {
            let generation = list_generation.clone();
            let asked = asked.clone();
            thread::spawn(move || {
                list_worker(
                    &docs,
                    find_best_pair,
                    &list_rx,
                    &report_tx,
                    &generation,
                    &asked,
                )
            });
        }
        Workers {
            pair,
            asked,
            list,
            list_generation,
            reports,
        }
    }

    /// Asks for a comparison; the answer arrives as `Report::Compared`.
    pub(super) fn compare(&self, old: usize, new: usize, options: DiffOptions) {
        if let Ok(mut asked) = self.asked.lock() {
            asked.insert((old, new, options));
        }
        let _ = self.pair.send(PairJob::Compare { old, new, options });
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

fn pair_worker(docs: &[Arc<Document>], jobs: &Receiver<PairJob>, tx: &Sender<Report>) {
    while let Ok(job) = jobs.recv() {
        let report = match job {
            PairJob::Compare { old, new, options } => Report::Compared {
                old,
                new,
                options,
                comparison: Arc::new(compare(docs[old].clone(), docs[new].clone(), options)),
            },
            PairJob::Trio(trio) => Report::ComparedTrio {
                trio,
                versions: trio.compare(docs),
            },
            PairJob::History(options) => Report::ComparedHistory {
                options,
                versions: history(docs, options),
            },
        };
        if tx.send(report).is_err() {
            return;
        }
    }
}

fn list_worker(
    docs: &[Arc<Document>],
    find_best_pair: bool,
    jobs: &Receiver<(u64, usize, DiffOptions)>,
    tx: &Sender<Report>,
    generation: &AtomicU64,
    asked: &Mutex<HashSet<(usize, usize, DiffOptions)>>,
) {
    // With two documents the pair is already on screen; with many the search would be too slow.
    if find_best_pair && (3..=BEST_PAIR_LIMIT).contains(&docs.len()) {
        let (old, new) = best_pair(docs);
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
                (1.0, 0)
            } else {
                let c = compare(docs[old].clone(), docs[doc].clone(), options);
                (c.similarity, c.findings.len())
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
fn best_pair(docs: &[Arc<Document>]) -> (usize, usize) {
    let mut best = (0, 1, f32::MIN);
    for i in 0..docs.len() {
        for j in i + 1..docs.len() {
            let s = compare(docs[i].clone(), docs[j].clone(), DiffOptions::default()).similarity;
            if s > best.2 {
                best = (i, j, s);
            }
        }
    }
    (best.0, best.1)
}
