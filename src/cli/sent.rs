//! `recours sent`: records in the case's history the letter just sent, without hand-editing
//! the YAML (see [`crate::case::edit`]): by default the level `render` writes now, dated as the
//! letter is, by registered mail where the level asks for it, with the letter's registered-mail
//! number. The case's next `render` writes the following level (see
//! [`crate::procedure::plan::spent`]).

use chrono::NaiveDate;

use crate::case::CaseFile;
use crate::case::edit::{NewStep, append_step, quoted};
use crate::error::{Diagnostic, Error};
use crate::procedure::plan::{self, PlanOptions};
use crate::registry::{ChannelKind, Registry};
use crate::text::messages::tr;
use crate::{Plan, Verdict};

use super::answered::{diff, replace_unchanged};
use super::{Report, SentArgs};

/// What the letter `render` writes now says of the step to record: its level, date and number.
struct Defaults {
    level: u32,
    date: NaiveDate,
    tracking: Option<String>,
}

pub fn command(globals: &super::Globals, args: SentArgs) -> Result<Report, Error> {
    let registry = super::load_registry(globals.registry.as_deref())?;
    let path = &args.case;
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
    let defaults = defaults(&file, &registry, args.step, today)?;
    let institution = (registry.institution(&file.case.institution.value))
        .expect("a case with a plan names an institution of the registry");
    let level = institution.level(defaults.level).ok_or_else(|| {
        Error::from(Diagnostic::new(
            path,
            format!("--step {}", defaults.level),
            tr!(
                "no-such-level-number",
                institution = institution.id.as_str(),
                level = defaults.level
            ),
        ))
    })?;
    let date = args.date.unwrap_or(defaults.date);
    check_dates(path, date, args.received, today)?;
    if let Some(i) = (file.case.history.iter()).position(|s| {
        plan::level_of(institution, &s.step.value) == Some(level.level) && s.date.value.0 == date
    }) {
        return Err(Error::from(
            Diagnostic::new(
                path,
                format!("history[{i}]"),
                tr!("sent-already", level = level.level, date = date.to_string()),
            )
            .help(tr!("sent-already.help")),
        ));
    }
    let tracking = args.tracking.or(defaults.tracking);
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
    let how = match &tracking {
        Some(number) => format!("{} {number}", channel.key()),
        None => channel.key().to_string(),
    };
    let mut out = tr!(
        "sent-recorded",
        level = level.level,
        id = level.id.as_str(),
        date = date.to_string(),
        how = how,
        path = path.display().to_string()
    );
    out.push('\n');
    out.push_str(&next_letter(&edited_file, &registry, today));
    Ok(Report::from(out))
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

/// The level `render` writes now (or the one asked), and what its letter says of its date and
/// registered-mail number; for another level, today and no number.
fn defaults(
    file: &CaseFile,
    registry: &Registry,
    step: Option<u32>,
    today: NaiveDate,
) -> Result<Defaults, Error> {
    let options = PlanOptions {
        step,
        date: None,
        today,
        force: true,
        email: false,
    };
    match (plan::plan(file, registry, options), step) {
        (Ok(plan), _) => Ok(Defaults {
            level: plan.level.level,
            date: plan.date,
            tracking: plan.tracking,
        }),
        // A level named on the command line is recorded even when its letter could not be
        // written (an e-mail sent to a recipient without a postal address).
        (Err(_), Some(level)) => {
            plan::check_history(file, registry, today)?;
            Ok(Defaults {
                level,
                date: today,
                tracking: None,
            })
        }
        (Err(e), None) => Err(e),
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

/// What the case's next `render` writes, now that the step is recorded.
fn next_letter(file: &CaseFile, registry: &Registry, today: NaiveDate) -> String {
    let options = PlanOptions {
        step: None,
        date: None,
        today,
        force: true,
        email: false,
    };
    let command = format!("recours render {}", file.path.display());
    let line = match plan::plan(file, registry, options) {
        Ok(Plan {
            level, assessment, ..
        }) => match assessment.verdict {
            Verdict::Admissible => tr!(
                "sent-next-today",
                level = level.level,
                id = level.id.as_str(),
                command = command
            ),
            Verdict::NotYet { from, .. } => tr!(
                "sent-next-from",
                level = level.level,
                id = level.id.as_str(),
                from = from.to_string()
            ),
            Verdict::NotAdmissible { rule } => tr!(
                "sent-next-not-admissible",
                level = level.level,
                id = level.id.as_str(),
                rule = rule
            ),
        },
        Err(e) => match plan::completed(file, registry, options) {
            Some((plan, _)) => tr!(
                "sent-next-none",
                level = plan.level.level,
                id = plan.level.id.as_str()
            ),
            None => tr!("sent-next-nothing", problem = first_line(&e)),
        },
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
