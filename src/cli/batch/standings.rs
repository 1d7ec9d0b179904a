//! Where each case of a batch stands on its date, for the dashboard (`report.html`): taken from
//! the case as the worker read it, so that no case is read twice.

use std::path::Path;
use std::sync::Mutex;

use chrono::NaiveDate;

use super::BatchOptions;
use crate::case::CaseFile;
use crate::cli::agenda;
use crate::error::Error;
use crate::procedure::agenda::{Agenda, Entry};
use crate::registry::Registry;

/// The dashboard shows what falls due within this many days.
const WITHIN: u32 = 30;

pub(super) struct Standings<'a> {
    registry: &'a Registry,
    input: &'a Path,
    on: NaiveDate,
    entries: Mutex<Vec<(usize, Entry)>>,
}

impl<'a> Standings<'a> {
    pub(super) fn new(registry: &'a Registry, options: &'a BatchOptions) -> Self {
        Self {
            registry,
            input: &options.input,
            on: options.date.unwrap_or(options.today),
            entries: Mutex::new(Vec::new()),
        }
    }

    /// Runs `work` on the case numbered `index`, which tells what it read of the case file (or
    /// why it could not); a case `work` had no need to read (unchanged since the last run) is
    /// read here.
    pub(super) fn note<T>(
        &self,
        index: usize,
        relative: &Path,
        work: impl FnOnce(&mut dyn FnMut(Result<&CaseFile, &Error>)) -> T,
    ) -> T {
        let mut entry = None;
        let done = work(&mut |file| {
            entry = Some(agenda::entry_of(
                self.registry,
                relative,
                file,
                self.on,
                WITHIN,
            ));
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
