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

/// A case once read and decided: ready for its letter to be typeset, or done already (no
/// letter: unchanged since the last run, failed, or not admissible yet).
// The lint sees a generic `R` as empty; the batch's ready case (its file, its letter, its
// markup) is larger than `Processed`, and boxing either would add an allocation per case.
#[allow(clippy::large_enum_variant)]
pub(super) enum Case<R> {
    Ready(R),
    /// Ready, and carrying an image (a scanned signature, up to 2 MB): the worker typesets
    /// the letters it holds before preparing more, so that it never holds two such images.
    Heavy(R),
    Done(Processed),
}

/// A worker reads and decides this many cases, then typesets their letters, rather than one
/// case then its letter: the typesetting then finds its data in the processor's caches more
/// often. 1,000 generated cases in memory, 24 alternated runs: 0.93 of bare typst's speed
/// (90 % interval 0.92–0.95) against 0.89 (0.86–0.91) one case at a time; `recours batch`,
/// 14 alternated runs: 0.89 (0.86–0.91) against 0.86 (0.83–0.87).
const PREPARED_AT_ONCE: usize = 16;

/// Runs `prepare` then `finish` for every case index below `count` on `jobs` worker threads,
/// and calls `conclude` for each case once its letter is durable and in place (or failed to
/// be), or at once when it has no letter. `prepare` either readies a case for `finish` or is
/// done with it (no letter).
///
/// Each worker is a plain thread taking the next few cases ([`PREPARED_AT_ONCE`], fewer
/// towards the end so that the workers finish together): it prepares them, then finishes them
/// one letter at a time. Not a rayon pool: typst uses rayon inside a compilation, and a worker
/// of the same pool would steal another letter while it waits, nesting compilations on one
/// stack. Staged letters go to one committer thread, so the workers go on typesetting rather
/// than wait for the disk; the channel is bounded, so a slow disk holds the workers back
/// instead of piling up open files.
pub(super) fn run<R>(
    jobs: usize,
    count: usize,
    out: &Path,
    prepare: impl Fn(usize) -> Case<R> + Sync,
    finish: impl Fn(R) -> Processed + Sync,
    conclude: impl Fn(usize, Row, Option<Record>) + Sync,
) -> Result<(), Error> {
    let jobs = jobs.clamp(1, count.max(1));
    let next = AtomicUsize::new(0);
    let (to_commit, staged) = sync_channel(COMMIT_EVERY * 2);
    let worker = |to_commit: &SyncSender<_>| {
        let done = |index: usize, processed: Processed| match processed {
            (row, record, Some(letter)) => to_commit
                .send((index, row, record, letter))
                .expect("the committer runs until the workers are done"),
            (row, record, None) => conclude(index, row, record),
        };
        let finish_held = |ready: &mut Vec<(usize, R)>| {
            for (index, case) in ready.drain(..) {
                done(index, finish(case));
            }
        };
        let mut ready = Vec::with_capacity(PREPARED_AT_ONCE);
        loop {
            let left = count.saturating_sub(next.load(Ordering::Relaxed));
            let take = (left / (jobs * 4)).clamp(1, PREPARED_AT_ONCE);
            let first = next.fetch_add(take, Ordering::Relaxed);
            if first >= count {
                break;
            }
            for index in first..(first + take).min(count) {
                match prepare(index) {
                    Case::Ready(case) => ready.push((index, case)),
                    Case::Heavy(case) => {
                        ready.push((index, case));
                        finish_held(&mut ready);
                    }
                    Case::Done(processed) => done(index, processed),
                }
            }
            finish_held(&mut ready);
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
        // The run keeps a letter's row and record to its end. Made on a worker amid the memory
        // each typesetting takes and frees, they would stay strewn through that worker's heap
        // (glibc gives each thread its own) and slow the allocator for every later letter;
        // copied here, they stay in the committer's. 10,000 letters under `perf`:
        // `_int_malloc` 8.0 % of the batch's samples without the copy, 6.3 % with it.
        let (row, record) = (row.clone(), record.clone());
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
    fn every_case_is_prepared_once_and_only_a_ready_case_is_finished() {
        for jobs in [1, 2, 3] {
            for count in [0, 1, 5, 37, 200] {
                let prepared = std::sync::Mutex::new(Vec::new());
                let finished = std::sync::Mutex::new(Vec::new());
                let concluded = std::sync::Mutex::new(Vec::new());
                // What each thread did, in order: (case, prepared or finished).
                let events = std::sync::Mutex::new(Vec::new());
                let event = |index: usize, prepared: bool| {
                    let thread = std::thread::current().id();
                    events.lock().unwrap().push((thread, index, prepared));
                };
                run(
                    jobs,
                    count,
                    Path::new("."),
                    |index| {
                        prepared.lock().unwrap().push(index);
                        event(index, true);
                        // Every third case is done without a letter; every fifth other one
                        // carries an image.
                        if index % 3 == 0 {
                            Case::Done((Row::of(format!("early {index}")), None, None))
                        } else if index % 5 == 0 {
                            Case::Heavy(index)
                        } else {
                            Case::Ready(index)
                        }
                    },
                    |index| {
                        finished.lock().unwrap().push(index);
                        event(index, false);
                        (Row::of(format!("finished {index}")), None, None)
                    },
                    |index, row, _| concluded.lock().unwrap().push((index, row.case)),
                )
                .unwrap();
                // A worker prepares nothing more before a heavy case of its own is finished.
                let events = events.into_inner().unwrap();
                for (at, (thread, index, prepared)) in events.iter().enumerate() {
                    if *prepared && index % 3 != 0 && index % 5 == 0 {
                        let later = events[at + 1..].iter().filter(|e| e.0 == *thread);
                        let before_its_end = later.take_while(|e| e.1 != *index);
                        assert!(
                            before_its_end.clone().all(|e| !e.2),
                            "case {index} held while its worker prepared more"
                        );
                    }
                }
                let mut prepared = prepared.into_inner().unwrap();
                prepared.sort_unstable();
                assert_eq!(prepared, (0..count).collect::<Vec<_>>());
                let mut finished = finished.into_inner().unwrap();
                finished.sort_unstable();
                let ready: Vec<usize> = (0..count).filter(|i| i % 3 != 0).collect();
                assert_eq!(finished, ready, "{jobs} workers, {count} cases");
                let mut concluded = concluded.into_inner().unwrap();
                concluded.sort_unstable();
                let expected: Vec<(usize, String)> = (0..count)
                    .map(|i| {
                        let how = if i % 3 == 0 { "early" } else { "finished" };
                        (i, format!("{how} {i}"))
                    })
                    .collect();
                assert_eq!(concluded, expected);
            }
        }
    }

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
                        Case::Ready(index)
                    },
                    |index| (Row::of(index.to_string()), None, None),
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
