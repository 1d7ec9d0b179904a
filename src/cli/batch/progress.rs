//! A batch's progress on standard error: a bar on a terminal, a line a case otherwise.

use super::*;

/// A progress bar on a terminal, a plain line per case otherwise.
pub enum ConsoleProgress {
    Bar(indicatif::ProgressBar),
    Lines {
        done: AtomicUsize,
        total: AtomicUsize,
    },
}

impl ConsoleProgress {
    pub fn for_stderr() -> Self {
        if std::io::stderr().is_terminal() {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} letters  {per_sec}  eta {eta}  {msg}",
                )
                .expect("a valid progress template"),
            );
            Self::Bar(bar)
        } else {
            Self::Lines {
                done: AtomicUsize::new(0),
                total: AtomicUsize::new(0),
            }
        }
    }
}

impl Progress for ConsoleProgress {
    fn start(&self, total: usize) {
        match self {
            Self::Bar(bar) => bar.set_length(total as u64),
            Self::Lines { total: t, .. } => t.store(total, Ordering::Relaxed),
        }
    }

    fn done(&self, row: &Row) {
        match self {
            Self::Bar(bar) => {
                if row.status == Status::Failed {
                    bar.set_message(tr!("batch-failed-case", case = row.case.as_str()));
                }
                bar.inc(1);
            }
            Self::Lines { done, total } => {
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                let status = row.status.words();
                let target = row
                    .output
                    .as_deref()
                    .map(|o| format!(" → {o}"))
                    .unwrap_or_default();
                let line = format!(
                    "[{n}/{}] {status} {}{target}\n",
                    total.load(Ordering::Relaxed),
                    row.case
                );
                // One write a line (standard error is unbuffered: a line formatted straight
                // onto it is written piece by piece, ten system calls a case).
                eprint!("{line}");
            }
        }
    }

    fn finish(&self) {
        if let Self::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
