//! `recours answered`: records the institution's answer on a step of the case's history,
//! without hand-editing the YAML: the new lines are inserted, every other byte of the file is
//! kept (see [`crate::case::edit`]), the result is checked before it replaces the file.

use std::path::Path;

use crate::case::edit::{NewAnswer, quoted, record_answer};
use crate::case::{CaseFile, StepRef};
use crate::error::{Diagnostic, Error};
use crate::registry::Registry;
use crate::text::messages::tr;

use super::{AnsweredArgs, Globals, Report};

pub fn command(globals: &Globals, args: AnsweredArgs) -> Result<Report, Error> {
    let registry = super::load_registry(globals)?;
    let path = &args.case;
    if args.undo {
        return super::undo::take_back(path, super::undo::Recorded::Answer, args.dry_run);
    }
    let text = crate::case::read_case_text(path)?;
    let file = CaseFile::parse(text.clone(), path)?;
    let index = which_step(&file, &registry, args.step)?;
    let step = &file.case.history[index];
    let date = args.date.expect("clap asks for --date unless --undo");
    if date < step.date.value.0 {
        return Err(Error::from(
            Diagnostic::new(
                path,
                "--date",
                tr!(
                    "answer-before-step",
                    answered = date.to_string(),
                    date = step.date.value.0.to_string()
                ),
            )
            .help(tr!("answered-date.help")),
        ));
    }
    if date > crate::today() {
        return Err(Error::from(
            Diagnostic::new(
                path,
                "--date",
                tr!("answered-future", date = date.to_string()),
            )
            .help(tr!("answered-future.help")),
        ));
    }
    let answer = NewAnswer {
        date: date.to_string(),
        reference: args.reference.as_deref().map(quoted),
        summary: args.summary.as_deref().map(quoted),
    };
    let edited = record_answer(&text, index, &answer).map_err(|e| e.located(path, &text))?;
    // The result is a case like any other: checked before it is written.
    let edited_file = CaseFile::parse(edited.clone(), path)?;
    crate::procedure::plan::check_history(&edited_file, &registry, crate::today())?;
    let level = match &step.step.value {
        StepRef::Level(n) => n.to_string(),
        StepRef::Id(id) => id.clone(),
    };
    if args.dry_run {
        return Ok(Report::from(diff(path, &text, &edited)));
    }
    replace_unchanged(path, &text, &edited)?;
    super::undo::remember(path, super::undo::Recorded::Answer, &text, &edited);
    Ok(Report::from(format!(
        "{}\n",
        tr!(
            "answered-recorded",
            date = date.to_string(),
            step = step.date.value.0.to_string(),
            level = level,
            path = path.display().to_string()
        )
    )))
}

/// The step an answer is for: the last one of the level asked (by number or id), else the last
/// one without an answer.
fn which_step(file: &CaseFile, registry: &Registry, level: Option<u32>) -> Result<usize, Error> {
    let history = &file.case.history;
    let institution = registry.institution(&file.case.institution.value);
    let is_level = |s: &crate::case::Step, n: u32| {
        institution.and_then(|i| crate::procedure::plan::level_of(i, &s.step.value)) == Some(n)
    };
    let found = match level {
        Some(n) => history.iter().rposition(|s| is_level(s, n)),
        None => history.iter().rposition(|s| s.answer.is_none()),
    };
    found.ok_or_else(|| {
        let problem = match level {
            Some(n) => tr!("answered-no-step-of-level", level = n),
            None if history.is_empty() => tr!("answered-no-step"),
            None => tr!("answered-all-answered"),
        };
        Error::from(
            Diagnostic::new(&file.path, "history", problem).help(tr!("answered-no-step.help")),
        )
    })
}

/// The change as a unified diff, for `--dry-run`.
pub(super) fn diff(path: &Path, before: &str, after: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .header(&name, &name)
        .to_string()
}

/// Replaces the case file atomically, refusing when it changed on disk since it was read.
pub(super) fn replace_unchanged(path: &Path, read: &str, edited: &str) -> Result<(), Error> {
    let now = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    if now != read {
        return Err(Error::from(
            Diagnostic::new(path, "", tr!("file-changed")).help(tr!("file-changed.help")),
        ));
    }
    crate::render::output::write_atomically(path, edited.as_bytes(), true).map(|_| ())
}
