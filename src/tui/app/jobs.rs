//! The reader's background work: the requests waiting to go to the workers, the comparisons
//! and round trips that came back (kept, so a pair seen again shows at once), and since when
//! the pair on screen has been waited for.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use driftview::versions::Versions;
use driftview::{Comparison, DiffOptions};

use super::Request;
use crate::tui::worker::Trio;

/// Work handed off and its results.
#[derive(Debug, Default)]
pub(in crate::tui) struct Jobs {
    /// Requests for the loop to hand to the workers.
    pub outbox: Vec<Request>,
    /// Every pair compared so far, by (old, new, options).
    pub compared: HashMap<(usize, usize, DiffOptions), Arc<Comparison>>,
    /// Every round trip compared so far.
    pub trios: HashMap<Trio, Arc<Versions>>,
    /// Since when the pair on screen has been waited for.
    pub waiting_since: Option<Instant>,
}
