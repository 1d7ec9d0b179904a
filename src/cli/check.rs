//! `recours check`: a case's timeline, or one verdict per case for several files and folders.

use std::path::PathBuf;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::agenda::{Standing, State};
use crate::procedure::plan::PlanOptions;
use crate::procedure::timeline::timeline;
use crate::text::messages::tr;
use crate::{Engine, today};

use super::{CheckArgs, Format, Globals, Report};

pub fn command(globals: &Globals, args: CheckArgs) -> Result<Report, Error> {
    let CheckArgs {
        cases,
        step,
        date,
        format,
    } = args;
    let engine = Engine::new(globals.registry.as_deref(), None)?
        .with_registry_dir(globals.registry_dir.as_deref())?
        .with_locales(globals.locales.as_deref())?;
    let options = PlanOptions {
        step,
        date,
        today: today(),
        force: false,
        email: false,
    };
    if let [case] = cases.as_slice()
        && !case.is_dir()
    {
        return check_one(&engine, case, options, format);
    }
    check_many(&engine, &cases, options, format)
}

/// The agenda's horizon, in days, for a case's standing in `check`: the same as the agenda's
/// and the dashboard's by default.
const WITHIN: u32 = crate::procedure::agenda::WITHIN_DAYS;

/// Where a case stands on the day `check` evaluates it: the one standing every command shows.
fn standing_of(
    engine: &Engine,
    file: &CaseFile,
    options: PlanOptions,
) -> crate::procedure::agenda::Standing {
    let on = options.date.unwrap_or(options.today);
    crate::procedure::agenda::of_case(&engine.registry, Ok(file), None, on, WITHIN)
}

/// `check` of one case file: its timeline.
fn check_one(
    engine: &Engine,
    case: &std::path::Path,
    options: PlanOptions,
    format: Format,
) -> Result<Report, Error> {
    let file = CaseFile::load(case)?;
    let standing = standing_of(engine, &file, options);
    let plan = match engine.plan(&file, options) {
        Ok(plan) => plan,
        Err(error) => {
            let done = standing;
            if done.state != State::Done {
                return Err(error);
            }
            return Ok(match format {
                Format::Text => format!(
                    "{}\n",
                    tr!(
                        "check-done",
                        case = case.display().to_string(),
                        detail = done.detail.as_str()
                    )
                ),
                Format::Json => {
                    let value = serde_json::json!({ "case": case.display().to_string(), "done": true, "detail": done.detail, "date": done.date });
                    format!("{}\n", serde_json::to_string_pretty(&value).expect("it serializes"))
                }
            }
            .into());
        }
    };
    let timeline = timeline(&file, &plan);
    let stdout = match format {
        Format::Text => format!("{}\n{}\n", timeline.to_text(), standing_line(&standing)),
        Format::Json => {
            /// The timeline, then where the case stands today.
            #[derive(serde::Serialize)]
            struct WithStanding<'a> {
                #[serde(flatten)]
                timeline: &'a crate::procedure::timeline::Timeline,
                standing: &'a Standing,
            }
            let value = WithStanding {
                timeline: &timeline,
                standing: &standing,
            };
            let mut json = serde_json::to_string_pretty(&value).expect("a timeline serializes");
            json.push('\n');
            json
        }
    };
    Ok(stdout.into())
}

/// `check` of several case files and folders: one verdict per case, every case checked
/// whatever the others give; the exit code is 1 when any is invalid.
fn check_many(
    engine: &Engine,
    paths: &[PathBuf],
    options: PlanOptions,
    format: Format,
) -> Result<Report, Error> {
    let mut cases = Vec::new();
    for path in paths {
        if path.is_dir() {
            cases.extend(
                super::batch::find_cases(path, None)?
                    .into_iter()
                    .map(|relative| path.join(relative)),
            );
        } else {
            cases.push(path.clone());
        }
    }
    let mut text = String::new();
    let mut json = Vec::new();
    let mut invalid = 0;
    for case in &cases {
        let outcome = CaseFile::load(case).and_then(|file| {
            let standing = standing_of(engine, &file, options);
            match engine.plan(&file, options) {
                Ok(plan) => Ok(Ok((timeline(&file, &plan), standing))),
                Err(_) if standing.state == State::Done => Ok(Err(standing)),
                Err(error) => Err(error),
            }
        });
        match outcome {
            Ok(Err(done)) => {
                text.push_str(&tr!(
                    "check-done",
                    case = case.display().to_string(),
                    detail = done.detail.as_str()
                ));
                text.push('\n');
                json.push(serde_json::json!({ "case": case.display().to_string(), "valid": true, "done": true, "detail": done.detail, "standing": done }));
            }
            Ok(Ok((timeline, standing))) => {
                text.push_str(&timeline.verdict_line());
                text.push_str("  ");
                text.push_str(&standing_line(&standing));
                text.push('\n');
                json.push(serde_json::json!({ "case": case.display().to_string(), "valid": true, "timeline": timeline, "standing": standing }));
            }
            Err(error) => {
                invalid += 1;
                let message = error.to_string();
                text.push_str(&tr!("check-invalid", case = case.display().to_string()));
                text.push_str(&format!("\n  {}\n", message.replace('\n', "\n  ")));
                json.push(serde_json::json!({ "case": case.display().to_string(), "valid": false, "error": message }));
            }
        }
    }
    text.push('\n');
    text.push_str(&tr!(
        "check-count",
        count = cases.len(),
        valid = cases.len() - invalid,
        invalid = invalid
    ));
    text.push('\n');
    let stdout = match format {
        Format::Text => text,
        Format::Json => {
            let mut out = serde_json::to_string_pretty(&json).expect("the verdicts serialize");
            out.push('\n');
            out
        }
    };
    Ok(Report {
        stdout,
        warnings: Vec::new(),
        failed: invalid > 0,
    })
}

/// Where the case stands today, as the agenda says it: « aujourd'hui : prêt — … ».
fn standing_line(standing: &Standing) -> String {
    tr!(
        "check-standing",
        state = standing.state.words(),
        date = standing.date.map(|d| d.to_string()).unwrap_or_default(),
        detail = standing.detail.as_str()
    )
}
