//! Where each case of a batch stands on its date, for the dashboard (`report.html`): taken from
//! the case as the worker read it, so that no case is read twice.

use std::path::Path;
use std::sync::Mutex;

use chrono::NaiveDate;

use super::BatchOptions;
use crate::case::CaseFile;
use crate::cli::agenda;
use crate::error::Error;
use crate::procedure::agenda::{Agenda, Entry, Standing, State};
use crate::procedure::plan::{self, Plan, PlanOptions};
use crate::registry::Registry;

/// The dashboard shows what falls due within this many days.
const WITHIN: u32 = crate::procedure::agenda::WITHIN_DAYS;

pub(super) struct Standings<'a> {
    registry: &'a Registry,
    input: &'a Path,
    on: NaiveDate,
    /// The options the batch plans each letter with.
    letters: PlanOptions,
    entries: Mutex<Vec<(usize, Entry)>>,
}

/// What a worker read of a case file (or why it could not), and the plan of its letter, when
/// it made one.
/// It answers with where the case stands.
pub(super) type Read<'r> = dyn FnMut(Result<&CaseFile, &Error>, Option<&Plan>) -> Finished + 'r;

/// What a batch needs of a case's standing for its row, without copying the standing: when its
/// ladder is climbed to the end, the last level and why.
pub(super) struct Finished(pub(super) Option<(Option<u32>, String)>);

impl Finished {
    fn of(standing: &Standing) -> Self {
        Self((standing.state == State::Done).then(|| (standing.level, standing.detail.clone())))
    }
}

impl<'a> Standings<'a> {
    /// Standings on the batch's date, for a batch that plans each letter with `letters`.
    pub(super) fn new(
        registry: &'a Registry,
        options: &'a BatchOptions,
        letters: PlanOptions,
    ) -> Self {
        Self {
            registry,
            input: &options.input,
            on: options.date.unwrap_or(options.today),
            letters,
            entries: Mutex::new(Vec::new()),
        }
    }

    /// Runs `work` on the case numbered `index`, which tells what it read of the case file (or
    /// why it could not) and its letter's plan; a case `work` had no need to read (unchanged
    /// since the last run) is read here. The letter's plan stands for the case's standing when
    /// it is the plan the standing would make (no other date, no e-mail): a case is then
    /// planned once.
    pub(super) fn note<T>(
        &self,
        index: usize,
        relative: &Path,
        work: impl FnOnce(&mut Read) -> T,
    ) -> T {
        let mut entry = None;
        let own = crate::procedure::agenda::standing_options(self.on);
        let done = work(&mut |file, letter_plan| {
            let planned = letter_plan
                .filter(|_| file.is_ok_and(|file| plan::same_plan(file, self.letters, own)));
            let made = agenda::entry_of(self.registry, relative, file, planned, self.on, WITHIN);
            let finished = Finished::of(&made.standing);
            entry = Some(made);
            finished
        });
        let entry = entry
            .unwrap_or_else(|| agenda::entry(self.registry, self.input, relative, self.on, WITHIN));
        (self.entries.lock())
            .expect("no panic while holding the standings")
            .push((index, entry));
        done
    }

    /// The agenda of every case noted.
    pub(super) fn agenda(self) -> Agenda {
        let entries = (self.entries.into_inner()).expect("no panic while holding the standings");
        agenda::in_order(entries, self.on, WITHIN)
    }
}
