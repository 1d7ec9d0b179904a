//! Batch throughput and memory, measured (not asserted): `cargo bench --bench batch`.
//!
//! Generates 1,000 and 10,000 invented cases, runs `recours batch` on each set as a separate
//! process on all cores, and reports letters per second and the process's peak resident memory.
//! `RECOURS_BENCH_CASES=1000` takes one size only; `RECOURS_BENCH_ROUNDS` (3) how many times
//! each is measured.
//!
//! In the same run it typesets the same letters with bare typst — the markup recours generated
//! for each case (prepared beforehand, not timed), compiled and written as PDF in memory by a
//! minimal typst world with the same fonts, on as many threads, with the same memo-cache
//! eviction — as a process of its own, as the batch is (this benchmark's binary started again
//! with `--bare-typst-process`, reading the markup from files): both pay a program's start.
//! It prints the ratio: recours's own share of the time (reading, checking and deciding the
//! cases, templating, hashing, writing the files, the process itself) is what the batch takes
//! beyond bare typst. A ratio survives a slower or busier machine; an absolute figure does not.
//! Beside it, the same ratio by processor time (user and system, every thread, from `wait4`),
//! which a busy machine's scheduling moves less, and against bare typst run inside this
//! benchmark's process (warm from the previous rounds: its memory already grown).
//!
//! A third program splits the gap in two: recours's work on the same cases in memory (read,
//! check, decide, lay out, typeset; no file written) as a process of its own (this binary
//! with `--recours-in-memory`). Bare typst / it is what reading and deciding the cases costs,
//! with their effect on typesetting; it / the batch is what the batch adds: writing and
//! hashing the letters, the reports, the dashboard, the state.
//!
//! Each round runs every measure one after the other, and the figures given are the medians
//! over the rounds (a ratio's median is of each round's own ratio), with the 90 % interval of
//! the median by the bootstrap: what the machine's drift leaves uncertain.
//! `--write-markup CASES FOLDER` writes the markup of a folder of cases for
//! `--bare-typst-process` (the README's instruction counts use both).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

mod shared;
use shared::{generate, wait_with_peak_memory};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match &args[..] {
        [_, mode, folder] if mode == BARE_PROCESS => {
            bare_typst(&markups_in(Path::new(folder)));
            return;
        }
        [_, mode, cases] if mode == IN_MEMORY_PROCESS => {
            in_process(Path::new(cases));
            return;
        }
        [_, mode, cases, folder] if mode == WRITE_MARKUP => {
            write_markups(&markups_of(Path::new(cases)), Path::new(folder));
            return;
        }
        _ => {}
    }
    let exe = env!("CARGO_BIN_EXE_recours");
    let counts = from_env("RECOURS_BENCH_CASES", "1000,10000");
    let rounds = from_env("RECOURS_BENCH_ROUNDS", "3")[0].max(1);
    // Every size's folders are removed at the very end, not after its own rounds: removing
    // thousands of files slows the creation of files for minutes after (this machine's ext4
    // has no journal and steps over recently freed inodes), which would handicap the batch of
    // the next size against bare typst.
    let mut folders = Vec::new();
    for count in counts {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cases = dir.path().join("cases");
        generate(exe, count, &cases);
        let markups = markups_of(&cases);
        let markup_folder = dir.path().join("markup");
        write_markups(&markups, &markup_folder);
        let measured: Vec<Round> = (1..=rounds)
            .map(|round| {
                // Each round writes its own folder, all removed at the end: removing thousands
                // of files just before a round would slow its own file creation (ext4 without
                // a journal steps over recently freed inodes), which no batch of a clinic meets.
                let out = dir.path().join(format!("out-{round}"));
                let measured = one_round(exe, round, &cases, &markup_folder, &markups, &out);
                measured.print(count, round);
                measured
            })
            .collect();
        summary(count, markups.len(), &measured);
        folders.push(dir);
    }
    drop(folders);
}

/// What one round measured.
struct Round {
    /// `recours batch` as a process.
    batch: Run,
    /// Bare typst as a process, on the markup of the same cases.
    bare: Run,
    /// Recours's work on the cases in memory as a process: no file written.
    memory: Run,
    /// Bare typst inside this benchmark's process: its seconds, its threads' typesetting time.
    bare_inside: (f64, f64),
    /// Recours in memory inside this benchmark's process: its seconds, its threads' steps.
    in_process: (f64, Steps),
}

/// Runs every measure once. The three programs take turns at going first, so that a machine
/// speeding up or slowing down within a round favours none.
fn one_round(
    exe: &str,
    round: usize,
    cases: &Path,
    markup_folder: &Path,
    markups: &[String],
    out: &Path,
) -> Round {
    let (mut batch, mut bare, mut memory) = (None, None, None);
    for turn in 0..3 {
        match (round + turn) % 3 {
            0 => batch = Some(recours_batch(exe, cases, out)),
            1 => bare = Some(bare_typst_process(markup_folder)),
            _ => memory = Some(in_memory_process(cases)),
        }
    }
    Round {
        batch: batch.expect("the batch ran"),
        bare: bare.expect("bare typst ran"),
        memory: memory.expect("recours in memory ran"),
        bare_inside: bare_typst(markups),
        in_process: in_process(cases),
    }
}

impl Round {
    fn print(&self, count: usize, round: usize) {
        let (run, bare_process, memory) = (&self.batch, &self.bare, &self.memory);
        let (bare_seconds, bare_typesetting) = self.bare_inside;
        let (in_process_seconds, steps) = &self.in_process;
        println!(
            "{count:>6} cases, round {round}: recours batch {:>6.2} s ({:>4.0} letters/s, {:.2} s of processor time, peak RSS {:>5.1} MB); bare typst as a process {:>6.2} s ({:.2} s of processor time, peak RSS {:>5.1} MB), inside the benchmark {bare_seconds:>6.2} s; recours in-process {in_process_seconds:>6.2} s; batch speed / bare typst {:.2} (by processor time {:.2}; / bare typst inside the benchmark {:.2})",
            run.seconds,
            count as f64 / run.seconds,
            run.cpu_seconds,
            run.peak_kib as f64 / 1024.0,
            bare_process.seconds,
            bare_process.cpu_seconds,
            bare_process.peak_kib as f64 / 1024.0,
            bare_process.seconds / run.seconds,
            bare_process.cpu_seconds / run.cpu_seconds,
            bare_seconds / run.seconds,
        );
        println!(
            "{count:>6} cases, round {round}: recours in memory as a process (read, check, decide, lay out, typeset; no file written) {:>6.2} s ({:.2} s of processor time): / bare typst {:.2}; batch / it {:.2}",
            memory.seconds,
            memory.cpu_seconds,
            bare_process.seconds / memory.seconds,
            memory.seconds / run.seconds,
        );
        println!(
            "{count:>6} cases, round {round}: threads' time in each step: bare typst typesetting {bare_typesetting:.2} s; recours in-process typesetting {:.2} s ({:.2}x bare typst's), reading the cases {:.2} s, deciding and laying out {:.2} s: its own work {:.1} % of its typesetting",
            steps.typesetting,
            steps.typesetting / bare_typesetting,
            steps.reading,
            steps.preparing,
            own_share(steps) * 100.0,
        );
    }
}

/// The medians over the rounds. Each round's ratio compares runs made one after the other,
/// seconds apart: the median of those ratios survives a machine whose speed drifts.
fn summary(count: usize, letters: usize, rounds: &[Round]) {
    let n = rounds.len();
    let of = |ratio: &dyn Fn(&Round) -> f64| -> Vec<f64> { rounds.iter().map(ratio).collect() };
    let speed = of(&|r| r.bare.seconds / r.batch.seconds);
    let by_cpu = of(&|r| r.bare.cpu_seconds / r.batch.cpu_seconds);
    let inside = of(&|r| r.bare_inside.0 / r.batch.seconds);
    let in_process_ratio = of(&|r| r.in_process.0 / r.bare_inside.0);
    let memory_vs_bare = of(&|r| r.bare.seconds / r.memory.seconds);
    let batch_vs_memory = of(&|r| r.memory.seconds / r.batch.seconds);
    let own_shares = of(&|r| own_share(&r.in_process.1));
    let batch_seconds = median(&of(&|r| r.batch.seconds));
    println!(
        "{count:>6} cases, median of {n}: recours batch {batch_seconds:.2} s ({:.0} letters/s), bare typst as a process {:.2} s, {letters} letters; batch speed / bare typst {:.2} (90 % interval of the median {}; rounds {}); recours's own share {:.0} %",
        count as f64 / batch_seconds,
        median(&of(&|r| r.bare.seconds)),
        median(&speed),
        interval(&speed),
        listed(&speed),
        (1.0 - median(&speed)) * 100.0,
    );
    println!(
        "{count:>6} cases, median of {n}: the gap in two: recours in memory / bare typst {:.2} ({}: reading, checking, deciding, laying out, and their effect on typesetting); batch / recours in memory {:.2} ({}: writing the letters, hashing, the reports, the dashboard, the state)",
        median(&memory_vs_bare),
        interval(&memory_vs_bare),
        median(&batch_vs_memory),
        interval(&batch_vs_memory),
    );
    println!(
        "{count:>6} cases, median of {n}: by processor time {:.2} ({}; rounds {}); / bare typst inside the benchmark {:.2} (rounds {}); recours in-process {:.2}x bare typst, its own work {:.1} % of its typesetting time",
        median(&by_cpu),
        interval(&by_cpu),
        listed(&by_cpu),
        median(&inside),
        listed(&inside),
        median(&in_process_ratio),
        median(&own_shares) * 100.0,
    );
}

/// The ratios of each round, for a line of output.
fn listed(ratios: &[f64]) -> String {
    let listed: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
    listed.join(", ")
}

/// Reading and preparing a case, as a fraction of typesetting its letter.
fn own_share(steps: &Steps) -> f64 {
    (steps.reading + steps.preparing) / steps.typesetting
}

/// The 90 % interval of the median of `values` by the bootstrap (2,000 resamplings, a fixed
/// seed: the same rounds always give the same interval), for a line of output.
fn interval(values: &[f64]) -> String {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    let mut medians: Vec<f64> = (0..2000)
        .map(|_| {
            let resampled: Vec<f64> = (0..values.len())
                .map(|_| values[(next() % values.len() as u64) as usize])
                .collect();
            median(&resampled)
        })
        .collect();
    medians.sort_by(f64::total_cmp);
    format!("{:.2}–{:.2}", medians[100], medians[1899])
}

/// A list of numbers from the environment, or the default.
fn from_env(name: &str, default: &str) -> Vec<usize> {
    std::env::var(name)
        .unwrap_or_else(|_| default.to_string())
        .split(',')
        .map(|n| n.trim().parse().expect("a number"))
        .collect()
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    }
}

/// `recours batch` of a folder as a separate process.
fn recours_batch(exe: &str, cases: &Path, out: &Path) -> Run {
    let mut batch = Command::new(exe);
    batch
        .args([
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .stderr(Stdio::null());
    timed(&mut batch, "recours batch")
}

/// A program's run: its seconds, the processor time it used and its peak memory (KiB).
struct Run {
    seconds: f64,
    cpu_seconds: f64,
    peak_kib: i64,
}

/// Runs a command to its end, its output discarded.
fn timed(command: &mut Command, what: &str) -> Run {
    let start = Instant::now();
    // Reaped by `wait_with_peak_memory`, which reads its memory on the way.
    #[allow(clippy::zombie_processes)]
    let child = command
        .stdout(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{what} runs: {e}"));
    let waited = wait_with_peak_memory(child.id() as libc::pid_t);
    assert_eq!(waited.status, 0, "{what} succeeded");
    Run {
        seconds: (waited.ended - start).as_secs_f64(),
        cpu_seconds: waited.cpu_seconds,
        peak_kib: waited.peak_kib,
    }
}

/// Seconds recours takes in-process to render every case of a folder (read, checked, decided,
/// laid out with the templates, typeset to PDF in memory), on as many threads as the batch,
/// and the time its threads spent in each step.
fn in_process(cases: &Path) -> (f64, Steps) {
    let engine = recours::Engine::new(None, None).expect("the built-in engine");
    let paths = case_paths(cases);
    let (reading, preparing, typesetting) = Default::default();
    let seconds = on_every_core(paths.len(), |n| {
        let start = Instant::now();
        let file = recours::CaseFile::load(&paths[n]).expect("a generated case reads");
        let read = add_since(&reading, start);
        let prepared = engine.prepare(&file, letter_options());
        let prepared_at = add_since(&preparing, read);
        std::hint::black_box(prepared.and_then(|p| engine.typeset(p)).ok());
        add_since(&typesetting, prepared_at);
    });
    let steps = Steps {
        reading: seconds_of(&reading),
        preparing: seconds_of(&preparing),
        typesetting: seconds_of(&typesetting),
    };
    (seconds, steps)
}

/// The time the threads of a run spent in each step of a letter, added up over the letters.
#[derive(Debug, Clone, Copy)]
struct Steps {
    /// Reading and parsing the case file.
    reading: f64,
    /// Checking and deciding the case, and laying its letter out as markup.
    preparing: f64,
    /// Typesetting the markup to PDF.
    typesetting: f64,
}

/// Adds the nanoseconds since `start` to `total`; returns now.
fn add_since(total: &AtomicU64, start: Instant) -> Instant {
    let now = Instant::now();
    total.fetch_add((now - start).as_nanos() as u64, Ordering::Relaxed);
    now
}

fn seconds_of(total: &AtomicU64) -> f64 {
    total.load(Ordering::Relaxed) as f64 / 1e9
}

/// The markup recours generates for every case of a folder (those with a letter today).
fn markups_of(cases: &Path) -> Vec<String> {
    let engine = recours::Engine::new(None, None).expect("the built-in engine");
    (case_paths(cases).iter())
        .map(|path| recours::CaseFile::load(path).expect("a generated case reads"))
        .filter_map(|file| engine.prepare(&file, letter_options()).ok())
        .map(|prepared| prepared.markup)
        .collect()
}

/// The case files of a folder, in the order the batch takes them.
fn case_paths(cases: &Path) -> Vec<PathBuf> {
    (walkdir::WalkDir::new(cases).sort_by_file_name().into_iter())
        .map(|e| e.expect("a generated case folder").into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect()
}

/// The options every measure plans a letter with: the day the batch's `SOURCE_DATE_EPOCH`
/// gives it (2026-11-22).
fn letter_options() -> recours::PlanOptions {
    recours::PlanOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a day"),
        ..recours::PlanOptions::default()
    }
}

/// The argument that makes this benchmark's binary typeset the markup files of a folder as
/// bare typst, and nothing else.
const BARE_PROCESS: &str = "--bare-typst-process";
/// The argument that makes this benchmark's binary read, check, decide, lay out and typeset
/// every case of a folder in memory (recours's work without the batch's files), and nothing
/// else.
const IN_MEMORY_PROCESS: &str = "--recours-in-memory";
/// The argument that makes this benchmark's binary write the markup recours generates for each
/// case of a folder, as [`BARE_PROCESS`] reads it (to count instructions, say).
const WRITE_MARKUP: &str = "--write-markup";

/// Writes each markup to a file of its own, in order.
fn write_markups(markups: &[String], folder: &Path) {
    std::fs::create_dir_all(folder).expect("a folder for the markup");
    for (n, markup) in markups.iter().enumerate() {
        std::fs::write(folder.join(format!("{n:06}.typ")), markup).expect("the markup is written");
    }
}

/// The markup files of a folder, in order.
fn markups_in(folder: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(folder)
        .expect("the markup folder")
        .map(|e| e.expect("a markup file").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a markup file reads"))
        .collect()
}

/// Recours's work on every case of a folder in memory, as a process of its own (this binary,
/// [`IN_MEMORY_PROCESS`]): what [`in_process`] measures, with a program's start and end.
fn in_memory_process(cases: &Path) -> Run {
    this_binary(IN_MEMORY_PROCESS, cases, "recours in memory")
}

/// Bare typst as a process of its own (this binary, [`BARE_PROCESS`]) on the markup files of
/// a folder.
fn bare_typst_process(folder: &Path) -> Run {
    this_binary(BARE_PROCESS, folder, "bare typst")
}

/// This benchmark's binary started again in one of its modes on a folder, timed.
fn this_binary(mode: &str, folder: &Path, what: &str) -> Run {
    let mut child = Command::new(std::env::current_exe().expect("this benchmark's binary"));
    child.args([mode, folder.to_str().unwrap()]);
    timed(&mut child, what)
}

/// Seconds bare typst takes to compile every markup and write its PDF (in memory), on as many
/// threads as the batch uses, and the time its threads spent typesetting, added up.
fn bare_typst(markups: &[String]) -> (f64, f64) {
    let shared = Shared::new();
    let typesetting = AtomicU64::default();
    let seconds = on_every_core(markups.len(), |n| {
        let start = Instant::now();
        if (n + 1).is_multiple_of(8) {
            typst::comemo::evict(4);
        }
        let world = BareWorld {
            shared: &shared,
            source: Source::new(shared.main, markups[n].clone()),
        };
        let document = typst::compile::<PagedDocument>(&world)
            .output
            .expect("the markup compiles");
        let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
            .expect("the PDF is written");
        std::hint::black_box(pdf);
        add_since(&typesetting, start);
    });
    (seconds, seconds_of(&typesetting))
}

/// Seconds `work` takes for every index below `count`, on as many threads as there are cores,
/// each taking the next index (as `recours batch` does).
fn on_every_core(count: usize, work: impl Fn(usize) + Sync) -> f64 {
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            std::thread::Builder::new()
                .stack_size(16 * 1024 * 1024)
                .spawn_scoped(scope, || {
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        if n >= count {
                            break;
                        }
                        work(n);
                    }
                })
                .expect("a thread");
        }
    });
    start.elapsed().as_secs_f64()
}

/// What every bare letter shares: the library and the fonts of `fonts/`.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
}

impl Shared {
    fn new() -> Self {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
        let fonts: Vec<Font> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ttf"))
            .flat_map(|p| Font::iter(Bytes::new(std::fs::read(p).unwrap())))
            .collect();
        let main =
            RootedPath::new(VirtualRoot::Project, VirtualPath::new("/main.typ").unwrap()).intern();
        Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main,
        }
    }
}

struct BareWorld<'a> {
    shared: &'a Shared,
    source: Source,
}

impl World for BareWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.shared.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, _id: FileId) -> FileResult<Bytes> {
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(2026, 11, 22)
    }
}
