//! The batch's threads: workers that each take the next case and typeset its letter, and one
//! committer that makes the letters durable and puts them in place.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};

use super::{Record, Row, not_put_in_place};
use crate::error::Error;
use crate::render::output::{Staged, commit};

/// The stack of each worker thread: typesetting recurses deeply.
const WORKER_STACK: usize = 16 * 1024 * 1024;
/// The committer makes letters durable and puts them in place this many at a time (one flush
/// of the file system for all of them; see [`commit`]).
const COMMIT_EVERY: usize = 32;

/// What became of one case: its report row, what to remember of it, and its letter written
/// under a temporary name, if it has one.
pub(super) type Processed = (Row, Option<Record>, Option<Staged>);

/// Runs `process` for every case index below `count` on `jobs` worker threads, and calls
/// `conclude` for each case once its letter is durable and in place (or failed to be), or at
/// once when it has no letter.
///
/// One letter at a time per worker, each worker a plain thread pulling the next case. Not a
/// rayon pool: typst uses rayon inside a compilation, and a worker of the same pool would steal
/// another letter while it waits, nesting compilations on one stack. Staged letters go to one
/// committer thread, so the workers go on typesetting rather than wait for the disk; the
/// channel is bounded, so a slow disk holds the workers back instead of piling up open files.
pub(super) fn run(
    jobs: usize,
    count: usize,
    out: &Path,
    process: impl Fn(usize) -> Processed + Sync,
    conclude: impl Fn(usize, Row, Option<Record>) + Sync,
) -> Result<(), Error> {
    let jobs = jobs.clamp(1, count.max(1));
    let next = AtomicUsize::new(0);
    let (to_commit, staged) = sync_channel(COMMIT_EVERY * 2);
    let worker = |to_commit: &SyncSender<_>| {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= count {
                break;
            }
            match process(index) {
                (row, record, Some(letter)) => to_commit
                    .send((index, row, record, letter))
                    .expect("the committer runs until the workers are done"),
                (row, record, None) => conclude(index, row, record),
            }
        }
    };
    let committer = || {
        let mut pending = Vec::with_capacity(COMMIT_EVERY);
        // Ends once every worker is done and the channel closed.
        for letter in staged {
            pending.push(letter);
            if pending.len() >= COMMIT_EVERY {
                commit_all(&mut pending, &conclude);
            }
        }
        commit_all(&mut pending, &conclude);
    };
    let spawn_error = |source| Error::Write {
        path: out.to_owned(),
        source,
    };
    std::thread::scope(|scope| -> Result<(), Error> {
        let committer = std::thread::Builder::new()
            .name("recours-batch-commit".to_string())
            .spawn_scoped(scope, committer)
            .map_err(spawn_error)?;
        let worked = std::thread::scope(|scope| -> Result<(), Error> {
            let mut handles = Vec::with_capacity(jobs);
            for n in 0..jobs {
                let handle = std::thread::Builder::new()
                    .name(format!("recours-batch-{n}"))
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, || worker(&to_commit))
                    .map_err(spawn_error)?;
                handles.push(handle);
            }
            for handle in handles {
                if let Err(panic) = handle.join() {
                    std::panic::resume_unwind(panic);
                }
            }
            Ok(())
        });
        // The channel closes: the committer puts the last letters in place and returns.
        drop(to_commit);
        if let Err(panic) = committer.join() {
            std::panic::resume_unwind(panic);
        }
        worked
    })
}

/// Makes the pending letters durable and puts them in place (one flush for all), then
/// concludes each case.
fn commit_all(
    pending: &mut Vec<(usize, Row, Option<Record>, Staged)>,
    conclude: &impl Fn(usize, Row, Option<Record>),
) {
    let (done, staged): (Vec<_>, Vec<_>) = pending
        .drain(..)
        .map(|(index, row, record, staged)| ((index, row, record), staged))
        .unzip();
    for ((index, row, record), committed) in done.into_iter().zip(commit(staged)) {
        match committed {
            Ok(_) => conclude(index, row, record),
            Err(e) => conclude(index, not_put_in_place(row, &e), None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worker_that_panics_ends_the_run_with_its_panic_rather_than_hanging_it() {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let outcome = std::panic::catch_unwind(|| {
                run(
                    2,
                    100,
                    Path::new("."),
                    |index| {
                        assert_ne!(index, 3, "a fault of the program");
                        (Row::of(index.to_string()), None, None)
                    },
                    |_, _, _| {},
                )
            });
            done.send(outcome.is_err()).unwrap();
        });
        let panicked = finished
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("the run ended");
        assert!(panicked);
    }
}
