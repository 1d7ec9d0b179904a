//! `recours agenda DIR`: one line per case of a folder, most urgent first — which letters may
//! go today, which deadlines end, which periods close, which cases are stuck — as text, JSON,
//! CSV or an iCalendar file. Where each case stands is decided in
//! [`crate::procedure::agenda`]; this module walks the folder and lays the answer out.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::agenda::{self, Agenda, Entry, FORMAT_VERSION, State};
use crate::procedure::plan;
use crate::registry::Registry;
use crate::text::messages::tr;

use super::{AgendaArgs, Globals, Report};

mod calendar;

/// The output formats of `agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    Text,
    Json,
    Csv,
    Ics,
}

pub fn command(globals: &Globals, args: AgendaArgs) -> Result<Report, Error> {
    let registry = super::load_registry(globals)?;
    if args.dir.is_file() {
        return Err(Error::from(
            crate::error::Diagnostic::new(&args.dir, "DIR", tr!("agenda-not-folder")).help(tr!(
                "agenda-not-folder.help",
                case = args.dir.display().to_string()
            )),
        ));
    }
    let on = args.date.unwrap_or_else(crate::today);
    let agenda = build(&registry, &args.dir, None, on, args.within)?;
    let stdout = match args.format {
        AgendaFormat::Text => text(&agenda),
        AgendaFormat::Json => {
            let mut out = serde_json::to_string_pretty(&agenda).expect("the agenda serialises");
            out.push('\n');
            out
        }
        AgendaFormat::Csv => csv(&agenda),
        AgendaFormat::Ics => calendar::ics(&agenda),
    };
    if let Some(out) = &args.html {
        let letters = latest_letters(&args.dir, &agenda);
        write_dashboard(&agenda, out, &|entry| letters.get(&entry.case).cloned())?;
    }
    Ok(Report::from(stdout))
}

/// Writes the dashboard to `out` (replacing it), its links to letters relative to its folder;
/// `letter_of` finds a case's latest letter.
pub fn write_dashboard(
    agenda: &Agenda,
    out: &Path,
    letter_of: &(dyn Fn(&Entry) -> Option<PathBuf> + Sync),
) -> Result<(), Error> {
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    // Its folder is made if need be, as `render -o FOLDER/` makes its own.
    std::fs::create_dir_all(&folder).map_err(|source| Error::Write {
        path: folder.clone(),
        source,
    })?;
    let base = folder.canonicalize().map_err(|source| Error::Read {
        path: folder.clone(),
        source,
    })?;
    let link = |entry: &Entry| {
        let pdf = letter_of(entry)?.canonicalize().ok()?;
        Some(relative_link(&base, &pdf))
    };
    // Written a few hundred cases at a time beside it, then put in its place: no partial page,
    // and the memory of a few hundred cases whatever the caseload.
    crate::render::output::write_streamed(out, |file| {
        crate::render::dashboard::write(agenda, &link, file)
    })
}

/// The latest letter written beside each case: `<stem>-niveau-<N>….pdf` of the highest level.
/// Each folder is read once, however many cases it holds.
fn latest_letters(dir: &Path, agenda: &Agenda) -> std::collections::HashMap<String, PathBuf> {
    let mut by_folder: std::collections::HashMap<PathBuf, Vec<String>> = Default::default();
    let mut found = std::collections::HashMap::new();
    for entry in &agenda.cases {
        let case = dir.join(&entry.case);
        let (Some(folder), Some(stem)) = (case.parent(), case.file_stem().and_then(|s| s.to_str()))
        else {
            continue;
        };
        let names = by_folder.entry(folder.to_owned()).or_insert_with(|| {
            std::fs::read_dir(folder)
                .map(|read| {
                    read.flatten()
                        .filter_map(|e| e.file_name().into_string().ok())
                        .filter(|n| n.ends_with(".pdf"))
                        .collect()
                })
                .unwrap_or_default()
        });
        let prefix = format!("{stem}-niveau-");
        let latest = names
            .iter()
            .filter_map(|name| {
                let rest = name.strip_prefix(&prefix)?.strip_suffix(".pdf")?;
                let level: u32 = rest.split('-').next()?.parse().ok()?;
                Some((level, name))
            })
            .max();
        if let Some((_, name)) = latest {
            found.insert(entry.case.clone(), folder.join(name));
        }
    }
    found
}

/// `to` as a link from the folder `from` (both absolute): `../lettres/a%20b.pdf`.
fn relative_link(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let ups = std::iter::repeat_n("..".to_string(), from.len() - common);
    let downs = to_parts[common..]
        .iter()
        .map(|c| encode_segment(&c.as_os_str().to_string_lossy()));
    ups.chain(downs).collect::<Vec<_>>().join("/")
}

/// A path segment for a URL: what is not unreserved (RFC 3986) percent-encoded, UTF-8 bytes
/// included.
fn encode_segment(segment: &str) -> String {
    let mut out = String::new();
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// Where every case of the folder stands on `on`, most urgent first. One case that cannot be
/// read is `blocked`, with its message; only a folder that cannot be read is an error.
/// `skip` is a folder under `dir` that holds no cases (a batch's output).
pub fn build(
    registry: &Registry,
    dir: &Path,
    skip: Option<&Path>,
    on: NaiveDate,
    within: u32,
) -> Result<Agenda, Error> {
    let cases = super::batch::find_cases(dir, skip)?;
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let entries: Vec<(usize, Entry)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(relative) = cases.get(i) else { break };
                        mine.push((i, entry(registry, dir, relative, on, within)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("an agenda worker does not panic"))
            .collect()
    });
    Ok(in_order(entries, on, within))
}

/// The agenda of entries numbered in the order their cases were found: by state, then date,
/// then that order.
pub(crate) fn in_order(mut entries: Vec<(usize, Entry)>, on: NaiveDate, within: u32) -> Agenda {
    entries.sort_by(|(i, a), (j, b)| {
        (a.standing.state, a.standing.date, i).cmp(&(b.standing.state, b.standing.date, j))
    });
    Agenda {
        version: FORMAT_VERSION,
        evaluated_on: on,
        within_days: within,
        cases: entries.into_iter().map(|(_, e)| e).collect(),
    }
}

/// Where one case stands.
pub(crate) fn entry(
    registry: &Registry,
    dir: &Path,
    relative: &Path,
    on: NaiveDate,
    within: u32,
) -> Entry {
    let file = CaseFile::load(&dir.join(relative));
    entry_of(registry, relative, file.as_ref(), None, on, within)
}

/// Where one case stands, once its file is read (or failed to be); `planned` is its plan with
/// [`agenda::standing_options`], when already made.
pub(crate) fn entry_of(
    registry: &Registry,
    relative: &Path,
    file: Result<&CaseFile, &Error>,
    planned: Option<&plan::Plan>,
    on: NaiveDate,
    within: u32,
) -> Entry {
    Entry {
        case: relative.to_string_lossy().replace('\\', "/"),
        institution: file.ok().map(|f| f.case.institution.value.clone()),
        institution_name: (file.ok())
            .and_then(|f| registry.institution(&f.case.institution.value))
            .map(|i| {
                // « Cetelem (BE) » beside « Cetelem (FR) »: a short name two firms share.
                let shared = (registry.institutions.iter())
                    .filter(|other| other.short_name == i.short_name)
                    .count()
                    > 1;
                match shared {
                    true => format!("{} ({:?})", i.short_name, i.country),
                    false => i.short_name.clone(),
                }
            }),
        standing: agenda::of_case(registry, file, planned, on, within),
    }
}

/// The agenda for people: a line per case, then the count of each state.
fn text(agenda: &Agenda) -> String {
    let mut out = tr!(
        "agenda-head",
        date = agenda.evaluated_on.to_string(),
        days = agenda.within_days
    );
    out.push_str("\n\n");
    let width = |f: fn(&Entry) -> usize| agenda.cases.iter().map(f).max().unwrap_or(0);
    let state_width = State::ALL
        .iter()
        .map(|s| s.words().chars().count())
        .max()
        .unwrap_or(10);
    let case_width = width(|e| e.case.chars().count());
    let institution_width = width(|e| e.institution_words().chars().count());
    for e in &agenda.cases {
        let date = e.standing.date.map_or("-".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "{:<state_width$}  {date:<10}  {:<case_width$}  {:<institution_width$}  {}",
            e.standing.state.words(),
            e.case,
            e.institution_words(),
            e.standing.detail,
        );
    }
    let counts: Vec<String> = State::ALL
        .iter()
        .map(|s| format!("{} {}", agenda.count(*s), s.words()))
        .collect();
    let n = agenda.cases.len();
    let _ = writeln!(
        out,
        "\n{}",
        tr!("agenda-count", count = n, states = counts.join(", "))
    );
    out
}

/// The agenda as CSV (RFC 4180, `,`), one line per case; the first column names the layout's
/// version.
fn csv(agenda: &Agenda) -> String {
    let mut out = String::from("version,case,institution,state,date,level,level_id,detail\r\n");
    for e in &agenda.cases {
        let s = &e.standing;
        let fields = [
            FORMAT_VERSION.to_string(),
            e.case.clone(),
            e.institution.clone().unwrap_or_default(),
            s.state.word().to_string(),
            s.date.map(|d| d.to_string()).unwrap_or_default(),
            s.level.map(|l| l.to_string()).unwrap_or_default(),
            s.level_id.clone().unwrap_or_default(),
            s.detail.clone(),
        ];
        let line: Vec<String> = fields
            .iter()
            .map(|f| super::batch::csv_field(f, ','))
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
