//! `recours sent`: records in the case's history the letter just sent, without hand-editing
//! the YAML (see [`crate::case::edit`]): by default the level `render` writes now, dated as the
//! letter is, by registered mail where the level asks for it, with the letter's registered-mail
//! number. The case's next `render` writes the following level (see
//! [`crate::procedure::plan::spent`]).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::Verdict;
use crate::case::CaseFile;
use crate::case::edit::{NewStep, append_step, quoted};
use crate::error::{Diagnostic, Error};
use crate::procedure::plan::{self, PlanOptions};
use crate::registry::{ChannelKind, Registry};
use crate::text::messages::tr;

use super::answered::{diff, replace_unchanged};
use super::undo::Recorded;
use super::{Report, SentArgs};

/// What the letter of the level recorded says of its step: its date and number; and why the
/// level was not admissible on that day, if it was not.
struct Defaults {
    date: NaiveDate,
    tracking: Option<String>,
    refusal: Option<Error>,
}

pub fn command(globals: &super::Globals, args: SentArgs) -> Result<Report, Error> {
    let registry = super::load_registry(globals)?;
    let path = &args.case;
    if args.undo {
        return super::undo::take_back(path, Recorded::Step, args.dry_run);
    }
    let text = crate::case::read_case_text(path)?;
    let file = CaseFile::parse(text.clone(), path)?;
    let today = crate::today();
    let receipt_only = args.received.is_some()
        && args.date.is_none()
        && args.channel.is_none()
        && args.tracking.is_none()
        && args.reference.is_none();
    if let (true, Some(received)) = (receipt_only, args.received) {
        return record_receipt(&file, &registry, args.step, received, args.dry_run);
    }
    plan::check_history(&file, &registry, today)?;
    let institution = (registry.institution(&file.case.institution.value))
        .expect("a case whose history is checked names an institution of the registry");
    // The level: the one asked, else the one of the letter last written for the case.
    let number = match args.step {
        Some(n) => n,
        None => match latest_letter(path) {
            Some((_, level)) => level,
            None => return Err(no_letter(path)),
        },
    };
    let level = institution.level(number).ok_or_else(|| {
        Error::from(Diagnostic::new(
            path,
            format!("--step {number}"),
            tr!(
                "no-such-level-number",
                institution = institution.short_name.as_str(),
                level = number
            ),
        ))
    })?;
    // That level's letter already recorded: a number, a reference or a receipt completes its
    // step. (A call at that level is no letter: the letter written after it is a new step.)
    let history = &file.case.history;
    if let Some(i) = (history.iter()).rposition(|s| {
        plan::level_of(institution, &s.step.value) == Some(level.level)
            && crate::procedure::admissibility::is_written(s.channel.value)
            && args.date.is_none_or(|d| d == s.date.value.0)
    }) {
        return complete(&file, &registry, level, i, &args);
    }
    let defaults = defaults(&file, &registry, level.level, args.date, today)?;
    let date = defaults.date;
    check_dates(path, date, args.received, today)?;
    if let Some(refusal) = defaults.refusal.filter(|_| !args.force) {
        return Err(refusal);
    }
    let tracking = args.tracking.clone().or(defaults.tracking);
    // A letter with a registered-mail number went by registered mail.
    let channel = args
        .channel
        .unwrap_or(if level.registered.is_some() || tracking.is_some() {
            ChannelKind::Registered
        } else {
            ChannelKind::Letter
        });
    let step = NewStep {
        step: level.level,
        date: date.to_string(),
        channel: channel.key().to_string(),
        tracking: tracking.as_deref().map(quoted),
        reference: args.reference.as_deref().map(quoted),
        received: args.received.map(|d| d.to_string()),
    };
    let edited = append_step(&text, &step).map_err(|e| e.located(path, &text))?;
    // The result is a case like any other: checked before it is written.
    let edited_file = CaseFile::parse(edited.clone(), path)?;
    plan::check_history(&edited_file, &registry, today)?;
    if args.dry_run {
        return Ok(Report::from(diff(path, &text, &edited)));
    }
    replace_unchanged(path, &text, &edited)?;
    super::undo::remember(path, Recorded::Step, &text, &edited);
    // In the user's words: « lettre recommandée 1A … », not the file's key.
    let words = crate::procedure::timeline::channel_words(channel);
    let how = match &tracking {
        Some(number) => format!("{words} {number}"),
        None => words,
    };
    let mut out = tr!(
        "sent-recorded",
        level = level.level,
        kind = crate::procedure::timeline::kind_of(level.kind),
        date = date.to_string(),
        how = how,
        path = path.display().to_string()
    );
    out.push('\n');
    out.push_str(&next_letter(&edited_file, &registry, today));
    Ok(Report::from(out))
}

/// `sent --step N --tracking …` (or `--reference`, `--received`, `--channel`) on a level the
/// history records already: its step is completed, not recorded twice.
fn complete(
    file: &CaseFile,
    registry: &Registry,
    level: &crate::registry::Level,
    index: usize,
    args: &SentArgs,
) -> Result<Report, Error> {
    let (path, text) = (&file.path, &file.text);
    let step = &file.case.history[index];
    let date = step.date.value.0;
    let mut added = Vec::new();
    if let Some(tracking) = &args.tracking {
        added.push(("tracking", quoted(tracking)));
    }
    if let Some(reference) = &args.reference {
        added.push(("reference", quoted(reference)));
    }
    if let Some(received) = args.received {
        check_dates(path, date, Some(received), crate::today())?;
        added.push(("received", received.to_string()));
    }
    // A registered-mail number means the letter went by registered mail.
    let channel = match (args.channel, &args.tracking) {
        (Some(channel), _) => Some(channel),
        (None, Some(_)) if step.channel.value == ChannelKind::Letter => {
            Some(ChannelKind::Registered)
        }
        _ => None,
    }
    .filter(|c| *c != step.channel.value);
    if added.is_empty() && channel.is_none() {
        return Err(Error::from(
            Diagnostic::new(
                path,
                format!("history[{index}]"),
                tr!("sent-already", level = level.level, date = date.to_string()),
            )
            .help(tr!("sent-already.help")),
        ));
    }
    let edited = crate::case::edit::complete_step(text, index, &added, channel.map(|c| c.key()))
        .map_err(|e| e.located(path, text))?;
    let edited_file = CaseFile::parse(edited.clone(), path)?;
    plan::check_history(&edited_file, registry, crate::today())?;
    if args.dry_run {
        return Ok(Report::from(diff(path, text, &edited)));
    }
    replace_unchanged(path, text, &edited)?;
    super::undo::remember(path, Recorded::Step, text, &edited);
    let mut what: Vec<String> = added.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    what.extend(channel.map(|c| format!("channel: {}", c.key())));
    Ok(Report::from(format!(
        "{}\n",
        tr!(
            "sent-edited",
            level = level.level,
            date = date.to_string(),
            index = index,
            what = what.join(", "),
            path = path.display().to_string()
        )
    )))
}

/// The refusal when no letter written for the case is found.
fn no_letter(case: &Path) -> Error {
    let expected = crate::render::output::default_output(case, 1)
        .file_name()
        .map(|n| n.to_string_lossy().replace("-niveau-1", "-niveau-N"))
        .unwrap_or_default();
    Error::from(
        Diagnostic::new(case, "--step", tr!("sent-no-letter", expected = expected)).help(tr!(
            "sent-no-letter.help",
            case = case.display().to_string()
        )),
    )
}

/// The letter recours last wrote for a case, and its level: beside the case
/// (`<stem>-niveau-<N>….pdf`, as `render` writes it), or in a batch's output folder whose
/// evidence manifest (`SHA256SUMS`) lists it for this case — a folder near the case: its own,
/// its parent, or one of theirs. The latest by the time it was written.
pub fn latest_letter(case: &Path) -> Option<(PathBuf, u32)> {
    let stem = case.file_stem()?.to_string_lossy().into_owned();
    let name = case.file_name()?.to_owned();
    let folder = match case.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let prefix = format!("{stem}-niveau-");
    let level_of = |letter: &Path| -> Option<u32> {
        let file = letter.file_name()?.to_str()?;
        let rest = file.strip_prefix(&prefix)?.strip_suffix(".pdf")?;
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    };
    let mut letters: Vec<PathBuf> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    let folder = folder.canonicalize().unwrap_or(folder);
    let near = [Some(folder.as_path()), folder.parent()];
    for root in near.into_iter().flatten() {
        let walker = walkdir::WalkDir::new(root).max_depth(2).follow_links(false);
        let hidden = |e: &walkdir::DirEntry| {
            e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.')
        };
        for entry in walker.into_iter().filter_entry(|e| !hidden(e)).flatten() {
            if entry.file_name() == "SHA256SUMS" {
                letters.extend(listed_for(entry.path(), &name));
            }
        }
    }
    letters
        .into_iter()
        .filter_map(|letter| {
            let level = level_of(&letter)?;
            let written = std::fs::metadata(&letter).and_then(|m| m.modified()).ok()?;
            Some((written, level, letter))
        })
        .max_by_key(|(written, level, _)| (*written, *level))
        .map(|(_, level, letter)| (letter, level))
}

/// The letters an evidence manifest lists for a case file of this name (`# written … for
/// CASE`, then the letter's line).
fn listed_for(manifest: &Path, case_name: &std::ffi::OsStr) -> Vec<PathBuf> {
    let Ok(text) = std::fs::read_to_string(manifest) else {
        return Vec::new();
    };
    let folder = manifest.parent().unwrap_or(Path::new("."));
    let mut found = Vec::new();
    let mut for_case = false;
    for line in text.lines() {
        if let Some(comment) = line.strip_prefix("# ") {
            for_case = comment
                .rsplit_once(" for ")
                .is_some_and(|(_, case)| Path::new(case).file_name() == Some(case_name));
        } else if for_case && let Some((_, letter)) = line.split_once("  ") {
            found.push(folder.join(letter));
            for_case = false;
        }
    }
    found
}

/// `sent --received D` alone: the avis de réception of the last step (of level `--step`).
fn record_receipt(
    file: &CaseFile,
    registry: &Registry,
    step: Option<u32>,
    received: NaiveDate,
    dry_run: bool,
) -> Result<Report, Error> {
    let path = &file.path;
    let institution = registry.institution(&file.case.institution.value);
    let history = &file.case.history;
    let index = match step {
        None => history.len().checked_sub(1),
        Some(n) => history
            .iter()
            .rposition(|s| institution.and_then(|i| plan::level_of(i, &s.step.value)) == Some(n)),
    };
    let Some(index) = index else {
        return Err(Error::from(
            Diagnostic::new(path, "--received", tr!("received-no-step"))
                .help(tr!("received-no-step.help")),
        ));
    };
    let sent = &history[index];
    check_dates(path, sent.date.value.0, Some(received), crate::today())?;
    if sent.received.is_some() {
        return Err(Error::from(
            Diagnostic::new(
                path,
                format!("history[{index}].received"),
                tr!("received-already"),
            )
            .help(tr!("received-already.help")),
        ));
    }
    let text = &file.text;
    let edited = crate::case::edit::record_received(text, index, &received.to_string())
        .map_err(|e| e.located(path, text))?;
    let edited_file = CaseFile::parse(edited.clone(), path)?;
    plan::check_history(&edited_file, registry, crate::today())?;
    if dry_run {
        return Ok(Report::from(diff(path, text, &edited)));
    }
    replace_unchanged(path, text, &edited)?;
    super::undo::remember(path, Recorded::Step, text, &edited);
    Ok(Report::from(format!(
        "{}\n",
        tr!(
            "received-recorded",
            date = sent.date.value.0.to_string(),
            index = index,
            received = received.to_string(),
            path = path.display().to_string()
        )
    )))
}

/// What the letter of a level says of the step to record — its date (the one given, else the
/// letter's) and registered-mail number — and why that level was not admissible on that day,
/// if it was not.
fn defaults(
    file: &CaseFile,
    registry: &Registry,
    level: u32,
    date: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Defaults, Error> {
    let options = PlanOptions {
        step: Some(level),
        date,
        today,
        force: true,
        email: false,
    };
    match plan::plan(file, registry, options) {
        Ok(plan) => {
            let reason = match &plan.assessment.verdict {
                Verdict::Admissible => None,
                Verdict::NotYet { because, .. } => Some(because.clone()),
                Verdict::NotAdmissible { rule } => Some(rule.clone()),
            };
            let refusal = reason.map(|reason| {
                Error::from(
                    Diagnostic::new(
                        &file.path,
                        format!("--step {level}"),
                        tr!(
                            "sent-not-admissible",
                            level = level,
                            kind = crate::procedure::timeline::kind_of(plan.level.kind),
                            date = plan.date.to_string(),
                            reason = reason
                        ),
                    )
                    .help(tr!("sent-not-admissible.help", level = level)),
                )
            });
            Ok(Defaults {
                date: plan.date,
                tracking: plan.tracking,
                refusal,
            })
        }
        // A fault of the case elsewhere (a value still to fill in) does not stop a record.
        Err(error) if !about_the_level(&error, level) => Ok(Defaults {
            date: date.unwrap_or(today),
            tracking: None,
            refusal: None,
        }),
        // The level itself cannot be reached (an earlier level the source makes a condition,
        // a recipient without a postal address reached by e-mail): recorded only with --force.
        Err(error) => {
            let kind = (registry.institution(&file.case.institution.value))
                .and_then(|i| i.level(level))
                .map(|l| crate::procedure::timeline::kind_of(l.kind))
                .unwrap_or_default();
            // The reason without the place the refusal names already.
            let place = format!("{}: --step {level}: ", file.path.display());
            let reason = first_line(&error);
            let reason = reason.strip_prefix(&place).unwrap_or(&reason).to_string();
            let date = date.unwrap_or(today);
            let refusal = Diagnostic::new(
                &file.path,
                format!("--step {level}"),
                tr!(
                    "sent-not-admissible",
                    level = level,
                    kind = kind,
                    date = date.to_string(),
                    reason = reason
                ),
            )
            .help(tr!("sent-not-admissible.help", level = level));
            Ok(Defaults {
                date,
                tracking: None,
                refusal: Some(Error::from(refusal)),
            })
        }
    }
}

/// Whether a plan's error is about the level asked itself (said at `--step N`), rather than a
/// fault of the case elsewhere.
fn about_the_level(error: &Error, level: u32) -> bool {
    let field = format!("--step {level}");
    match error {
        Error::Invalid(faults) => faults.iter().any(|f| f.field == field),
        _ => false,
    }
}

/// A step is recorded once it is made: not after today, received after it was sent.
fn check_dates(
    path: &std::path::Path,
    date: NaiveDate,
    received: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(), Error> {
    let refuse = |field: &str, problem: String, help: String| {
        Err(Error::from(
            Diagnostic::new(path, field, problem).help(help),
        ))
    };
    if date > today {
        return refuse(
            "--date",
            tr!(
                "sent-future",
                date = date.to_string(),
                today = today.to_string()
            ),
            tr!("sent-future.help"),
        );
    }
    match received {
        Some(r) if r < date => refuse(
            "--received",
            tr!(
                "sent-received-before",
                received = r.to_string(),
                date = date.to_string()
            ),
            tr!("sent-received-before.help"),
        ),
        Some(r) if r > today => refuse(
            "--received",
            tr!(
                "sent-received-future",
                received = r.to_string(),
                today = today.to_string()
            ),
            tr!("sent-received-future.help"),
        ),
        _ => Ok(()),
    }
}

/// A channel as given on the command line, in English or French (`registered`, `recommandé`).
pub fn parse_channel(text: &str) -> Result<ChannelKind, String> {
    serde_json::from_value(serde_json::Value::String(text.trim().to_lowercase()))
        .map_err(|_| tr!("sent-channel"))
}

/// What comes next for the case, now that the step is recorded: its standing, as `agenda`,
/// `check` and `batch` give it (one decision, [`crate::procedure::agenda::of_case`]), with the
/// command that writes the letter when it may go out today.
fn next_letter(file: &CaseFile, registry: &Registry, today: NaiveDate) -> String {
    use crate::procedure::agenda::{self, State, of_case};
    let standing = of_case(registry, Ok(file), None, today, agenda::WITHIN_DAYS);
    let detail = standing.detail.as_str();
    let line = match standing.state {
        _ if standing.sendable => tr!(
            "sent-next-ready",
            detail = detail,
            command = format!("recours render {}", file.path.display())
        ),
        State::Done => tr!("sent-next-done", detail = detail),
        State::Blocked => tr!("sent-next-blocked", detail = detail),
        State::Lapsing | State::Ready | State::AnswerDue | State::Waiting => {
            tr!("sent-next-later", detail = detail)
        }
    };
    format!("  {line}\n")
}

fn first_line(e: &Error) -> String {
    e.to_string().lines().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_channels_key_is_the_name_a_case_file_reads() {
        use ChannelKind::*;
        // What `sent` writes is what a case file reads back, and what --channel accepts.
        for kind in [Phone, Email, Letter, Registered, Portal, Chat, InPerson] {
            let read: ChannelKind =
                serde_json::from_value(serde_json::Value::String(kind.key().into())).unwrap();
            assert_eq!(read, kind);
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.key());
            assert_eq!(parse_channel(kind.key()), Ok(kind));
        }
    }
}
