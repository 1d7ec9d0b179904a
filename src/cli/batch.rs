//! A folder of cases at once, for a legal clinic: every case's next admissible letter (or the
//! one its `letter.step` asks), rendered in parallel, each failure isolated and reported, with a
//! report (CSV, JSON) and an evidence manifest (`SHA256SUMS`). A rerun skips the cases whose
//! inputs have not changed; `--shard K/N` takes a stable slice of the cases for one machine.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{BatchArgs, Globals, Report};
use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::agenda::Agenda;
use crate::render::output::{default_output, write_atomically};
use crate::render::today;
use crate::text::identifiers::redact_card_numbers;
use crate::text::messages::tr;
use crate::{Engine, PlanOptions};

mod placing;
mod progress;
mod reports;
mod shard;
mod standings;
mod state;
mod workers;

use placing::place_letter;
pub use progress::ConsoleProgress;
pub use reports::Summary;
pub(crate) use reports::csv_field;
use reports::*;
pub use shard::Shard;
use standings::Standings;
use state::*;
use workers::{Case, Processed};

#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub input: PathBuf,
    pub output: PathBuf,
    /// Threads; all cores when `None`.
    pub jobs: Option<usize>,
    /// Render every case again, write the letters whose level is not admissible (yet), and
    /// replace a PDF in the way that no batch wrote.
    pub force: bool,
    pub shard: Option<Shard>,
    /// The letters' date, for cases that give none.
    pub date: Option<NaiveDate>,
    pub today: NaiveDate,
    /// `report.csv` as a French spreadsheet opens it: a byte-order mark, `;` between fields,
    /// CRLF line ends.
    pub excel: bool,
    /// Each letter's e-mail draft beside it.
    pub email: bool,
}

/// What happened to one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Written,
    Unchanged,
    /// The case is sound, and its next level is not admissible yet: no letter today, one from
    /// `admissible_from`. Not a failure.
    Waiting,
    /// The case reached the last level of its ladder: no letter is left to write. Not a
    /// failure.
    Done,
    Failed,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Self::Written => "written",
            Self::Unchanged => "unchanged",
            Self::Waiting => "waiting",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    /// The status in the words of the tool's language, for people; [`Status::word`] is the
    /// same in every language (the reports' `status` column).
    pub fn words(self) -> String {
        match self {
            Self::Written => tr!("batch-written"),
            Self::Unchanged => tr!("batch-unchanged"),
            Self::Waiting => tr!("batch-waiting"),
            Self::Done => tr!("batch-done"),
            Self::Failed => tr!("batch-failed"),
        }
    }
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The case file, as found under the batch folder.
    pub case: String,
    pub institution: Option<String>,
    pub level: Option<u32>,
    /// The PDF, relative to the output folder.
    pub output: Option<String>,
    pub status: Status,
    pub message: String,
    pub sha256: Option<String>,
    /// For a waiting case: the first day its next letter may be sent.
    pub admissible_from: Option<NaiveDate>,
    /// For a waiting case: why not before.
    pub reason: Option<String>,
    /// What the letter written carries besides its verdict, as `render` prints it (in the
    /// report, part of `message`).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Row {
    /// A case's row before anything is known of it: failed until it is written.
    fn of(case: String) -> Self {
        Row {
            case,
            institution: None,
            level: None,
            output: None,
            status: Status::Failed,
            message: String::new(),
            sha256: None,
            admissible_from: None,
            reason: None,
            warnings: Vec::new(),
        }
    }
}

/// Hears about each case as it is done.
pub trait Progress: Sync {
    fn start(&self, total: usize);
    fn done(&self, row: &Row);
    fn finish(&self);
}

pub use crate::text::digest::sha256_hex;

/// The case files under a folder, relative to it, in order: `*.yaml` and `*.yml`, hidden
/// files and folders skipped, and so is the output folder when it lies inside.
pub fn find_cases(input: &Path, skip: Option<&Path>) -> Result<Vec<PathBuf>, Error> {
    let skip = skip.and_then(|s| s.canonicalize().ok());
    let mut found = Vec::new();
    let walker = walkdir::WalkDir::new(input)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter();
    let walker = walker.filter_entry(|entry| {
        let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
        // Only a folder can be the one skipped (links are not followed).
        let is_skipped = skip.as_ref().is_some_and(|s| {
            entry.file_type().is_dir() && entry.path().canonicalize().ok().as_ref() == Some(s)
        });
        !hidden && !is_skipped
    });
    for entry in walker {
        let entry = entry.map_err(|e| Error::Read {
            path: e.path().unwrap_or(input).to_owned(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("a loop of links")),
        })?;
        let is_case = entry.file_type().is_file()
            && entry
                .path()
                .extension()
                .is_some_and(|e| e == "yaml" || e == "yml");
        if is_case {
            found.push(
                entry
                    .path()
                    .strip_prefix(input)
                    .expect("under the root")
                    .to_owned(),
            );
        }
    }
    Ok(found)
}

fn slash(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Runs a batch. Errors are those of the batch itself (the folders); each case's own failure
/// is a row of the summary.
pub fn run(
    engine: &Engine,
    options: &BatchOptions,
    progress: &dyn Progress,
) -> Result<Summary, Error> {
    let out = &options.output;
    prepare_output(out)?;
    let mut cases = find_cases(&options.input, Some(out))?;
    if let Some(shard) = options.shard {
        cases.retain(|c| shard.holds(&slash(c)));
    }
    let previous = load_state(out);
    let engine_fingerprint = engine_fingerprint(engine, options);

    let state = Mutex::new(State::default());
    let saving = Mutex::new(Saving::new());
    let state_name = format!(
        "{STATE_PREFIX}{}.json",
        options.shard.map(|s| s.suffix()).unwrap_or_default()
    );
    progress.start(cases.len());
    let rows: Mutex<Vec<(usize, Row)>> = Mutex::new(Vec::with_capacity(cases.len()));
    // A case done: its letter in place (or none), remembered, shown, reported.
    let conclude = |index: usize, row: Row, record: Option<Record>| {
        if let Some(record) = record {
            let mut state = state.lock().expect("no panic while holding the state");
            state.remember(&previous, slash(&cases[index]), record, options.today);
        }
        // Progress is saved now and then, for a rerun after an interruption to skip what is
        // done (the typesetter keeps its own memory bounded).
        let mut saving = saving.lock().expect("no panic while saving");
        if saving.due() {
            let state = state.lock().expect("no panic while holding the state");
            saving.save(|| save_state(out, &state_name, &previous, &state));
        }
        drop(saving);
        progress.done(&row);
        rows.lock()
            .expect("no panic while holding the rows")
            .push((index, row));
    };
    let jobs = options
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let standings = Standings::new(&engine.registry, options, letter_options(options));
    let prepared = |index: usize| {
        let relative = &cases[index];
        standings.note(index, relative, |read| {
            prepare_case(
                engine,
                options,
                &engine_fingerprint,
                &previous,
                relative,
                read,
            )
        })
    };
    let finished = |ready: Ready| finish_case(engine, options, &previous, ready);
    workers::run(jobs, cases.len(), out, prepared, finished, conclude)?;
    let mut rows = rows.into_inner().expect("no panic while holding the rows");
    rows.sort_by_key(|(index, _)| *index);
    let rows: Vec<Row> = rows.into_iter().map(|(_, row)| row).collect();
    progress.finish();
    let state = state
        .into_inner()
        .expect("no panic while holding the state");
    save_state(out, &state_name, &previous, &state);

    let summary = Summary::of(rows);
    let mut recorded = load_state(out);
    if let Some(shard) = options.shard {
        recorded.letters.retain(|_, w| shard.holds(&w.case));
    }
    write_reports(out, options, &summary, &recorded)?;
    write_dashboard(options, standings.agenda(), &summary)?;
    Ok(summary)
}

/// `report.html` beside `report.csv`: the agenda of the batch's cases on its date, each
/// linking to the letter the batch wrote for it.
fn write_dashboard(options: &BatchOptions, agenda: Agenda, summary: &Summary) -> Result<(), Error> {
    let out = &options.output;
    let letters: BTreeMap<&str, &str> = (summary.rows.iter())
        .filter_map(|r| Some((r.case.as_str(), r.output.as_deref()?)))
        .collect();
    let suffix = options.shard.map(|s| s.suffix()).unwrap_or_default();
    super::agenda::write_dashboard(&agenda, &out.join(format!("report{suffix}.html")), &|e| {
        let case = slash(&options.input.join(&e.case));
        letters.get(case.as_str()).map(|o| out.join(o))
    })
}

/// The report's row of a case whose letter could not be made durable or put in place.
fn not_put_in_place(mut row: Row, error: &Error) -> Row {
    row.status = Status::Failed;
    row.sha256 = None;
    row.message = redact_card_numbers(&error.to_string());
    row
}

/// A case that ends without a letter, for this reason.
fn failed(mut row: Row, message: String) -> Processed {
    row.message = redact_card_numbers(&message);
    (row, None, None)
}

/// A case read, checked, decided and laid out, its letter still to typeset.
struct Ready {
    row: Row,
    relative: PathBuf,
    fingerprint: String,
    file: CaseFile,
    prepared: crate::Prepared,
}

/// Reads a case and prepares its letter: ready to typeset, or done already (unchanged since
/// the last run, failed, or not admissible yet).
fn prepare_case(
    engine: &Engine,
    options: &BatchOptions,
    engine_fingerprint: &str,
    previous: &State,
    relative: &Path,
    read: &mut standings::Read,
) -> Case<Ready> {
    let path = options.input.join(relative);
    let key = slash(relative);
    let row = Row::of(slash(&path));
    let text = match crate::case::read_case_text(&path) {
        Ok(text) => text,
        Err(e) => {
            read(Err(&e), None);
            return Case::Done(failed(row, e.to_string()));
        }
    };
    let fingerprint =
        sha256_hex(format!("{engine_fingerprint}|{}", sha256_hex(text.as_bytes())).as_bytes());

    if !options.force
        && !text.contains("signature_image")
        && let Some(record) = unchanged(options, previous, &key, &fingerprint)
    {
        return Case::Done((resumed_row(row, record), Some(record.clone()), None));
    }

    let file = match CaseFile::parse(text, &path) {
        Ok(file) => file,
        Err(e) => {
            read(Err(&e), None);
            return Case::Done(failed(row, e.to_string()));
        }
    };
    let mut row = row;
    row.institution = Some(file.case.institution.value.clone());
    let plan_options = letter_options(options);
    let planned = engine.plan(&file, plan_options);
    let finished = read(Ok(&file), planned.as_ref().ok());
    match planned.and_then(|plan| engine.prepare_planned(&file, plan, plan_options)) {
        Ok(prepared) => {
            let heavy = prepared.signature.is_some();
            let ready = Ready {
                row,
                relative: relative.to_owned(),
                fingerprint,
                file,
                prepared,
            };
            if heavy {
                Case::Heavy(ready)
            } else {
                Case::Ready(ready)
            }
        }
        Err(Error::NotAdmissible {
            from: Some(from),
            reason,
            level,
            ..
        }) => Case::Done((waiting_row(row, &level, from, &reason), None, None)),
        Err(e) => match finished.0 {
            // No letter is left to write: the standing says so, as the agenda does.
            Some((level, detail)) => {
                row.status = Status::Done;
                row.level = level;
                row.message = redact_card_numbers(&detail);
                Case::Done((row, None, None))
            }
            None => Case::Done(failed(row, e.to_string())),
        },
    }
}

/// Typesets a prepared letter and stages it beside its place.
fn finish_case(
    engine: &Engine,
    options: &BatchOptions,
    previous: &State,
    ready: Ready,
) -> Processed {
    let Ready {
        mut row,
        relative,
        fingerprint,
        file,
        prepared,
    } = ready;
    let rendered = match engine.typeset(prepared) {
        Ok(rendered) => rendered,
        Err(e) => return failed(row, e.to_string()),
    };
    row.level = Some(rendered.letter.level);
    let default_relative = default_output(&relative, rendered.letter.level);
    let sha = sha256_hex(&rendered.pdf.bytes);
    let (output_relative, status, message, staged) =
        match place_letter(options, previous, &default_relative, &rendered) {
            Ok(placed) => placed,
            Err(message) => {
                row.output = Some(slash(&default_relative));
                return failed(row, message);
            }
        };
    let output_key = slash(&output_relative);
    row.output = Some(output_key.clone());
    if let Err(e) = placing::write_draft(options, &file, &rendered, &output_relative) {
        return failed(row, e.to_string());
    }
    row.warnings = super::render::verdict_warnings(&rendered.assessment, rendered.letter.level)
        .iter()
        .map(|w| redact_card_numbers(w))
        .collect();
    let warnings: String = (row.warnings.iter())
        .map(|w| format!("; {}", tr!("shown-warning", message = w.as_str())))
        .collect();
    let message = format!("{message}{warnings}");
    row.status = status;
    row.message = redact_card_numbers(&message);
    row.sha256 = Some(sha.clone());
    let institution = row.institution.clone();
    let level = row.level;
    (
        row,
        Some(Record {
            fingerprint,
            output: output_key,
            sha256: sha,
            institution,
            level,
            // A rerun that skips the case still shows its warnings.
            message: (!warnings.is_empty())
                .then(|| redact_card_numbers(warnings.trim_start_matches("; "))),
        }),
        staged,
    )
}

/// The options each letter of a batch is planned with.
fn letter_options(options: &BatchOptions) -> PlanOptions {
    PlanOptions {
        step: None,
        date: options.date,
        today: options.today,
        // As `render --force`: a level not admissible (yet) is written all the same, with its
        // warning; without it, only what may go out today is written.
        force: options.force,
        email: options.email,
    }
}

/// The report's row of a sound case whose level is not admissible yet: no letter today, one
/// from `from`. Not a failure.
fn waiting_row(mut row: Row, level: &str, from: NaiveDate, reason: &str) -> Row {
    row.status = Status::Waiting;
    row.admissible_from = Some(from);
    row.message = redact_card_numbers(&tr!(
        "batch-not-yet",
        level = level,
        from = from.to_string()
    ));
    row.reason = Some(redact_card_numbers(reason));
    row
}

/// What every letter of a run depends on besides its case: the tool's version, the registry,
/// the templates, the wording and the date asked.
fn engine_fingerprint(engine: &Engine, options: &BatchOptions) -> String {
    format!(
        "{}|{}|{}|{}|{}{}",
        env!("CARGO_PKG_VERSION"),
        engine.registry.fingerprint,
        engine.templates.fingerprint(),
        engine.wordings.fingerprint,
        options.date.map(|d| d.to_string()).unwrap_or_default(),
        // Drafts asked for: a run that wrote none renders again.
        if options.email { "|email" } else { "" }
    )
}

/// Creates the output folder and makes sure it can be written — a folder that cannot be
/// written fails the batch once, before any case is rendered — and removes the temporary
/// files a killed run may have left.
fn prepare_output(out: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(out).map_err(|source| Error::Write {
        path: out.to_owned(),
        source,
    })?;
    tempfile::Builder::new()
        .prefix(".recours-")
        .suffix(".part")
        .tempfile_in(out)
        .map_err(|source| Error::Write {
            path: out.join("report.csv"),
            source,
        })?;
    remove_stale_parts(out);
    Ok(())
}

/// Removes the temporary files a killed run may have left.
fn remove_stale_parts(out: &Path) {
    for entry in walkdir::WalkDir::new(out).into_iter().flatten() {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.starts_with(".recours-") && name.ends_with(".part") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The command `recours batch`.
pub fn command(globals: &Globals, args: BatchArgs) -> Result<Report, Error> {
    let BatchArgs {
        dir,
        output,
        jobs,
        force,
        shard,
        date,
        excel,
        email,
    } = args;
    let engine = globals.engine()?;
    let options = BatchOptions {
        input: dir,
        output,
        jobs,
        force,
        shard,
        date,
        today: today(),
        excel,
        email,
    };
    let summary = run(&engine, &options, &ConsoleProgress::for_stderr())?;
    Ok(Report {
        stdout: summary.to_text(),
        warnings: Vec::new(),
        failed: summary.failed > 0,
    })
}

#[cfg(test)]
mod tests;
