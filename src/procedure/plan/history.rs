//! The case's history resolved against the ladder: each step's level, recipient and answer
//! deadline, its dates checked against each other and against the letter's; the level asked.

use super::*;

/// The level a step of the history names, by number or id, when the ladder has it.
pub fn level_of(institution: &Institution, step: &StepRef) -> Option<u32> {
    match step {
        StepRef::Level(n) => institution.level(*n).map(|l| l.level),
        StepRef::Id(id) => institution.level_by_id(id).map(|l| l.level),
    }
}

pub(super) fn levels_list(institution: &Institution) -> String {
    institution
        .ladder
        .iter()
        .map(|l| format!("{} ({})", l.level, l.id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn resolve_history(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    letter_date: NaiveDate,
) -> Vec<TakenStep> {
    let mut out = Vec::new();
    let mut previous: Option<NaiveDate> = None;
    // The letter's date as the person gave it: on the command line, in the case, or today.
    let letter_date_said = if faults.cli_date {
        format!("{letter_date} (given with --date)")
    } else if file.case.letter.date.is_some() {
        format!("{letter_date} (letter.date)")
    } else {
        format!("{letter_date} (today)")
    };
    for (i, step) in file.case.history.iter().enumerate() {
        let date = step.date.value.0;
        check_order(
            faults,
            i,
            step,
            letter_date,
            &letter_date_said,
            &mut previous,
        );
        let received = step.received.as_ref().map(|r| r.value.0);
        check_step_dates(faults, i, step, letter_date, &letter_date_said);
        let Some(number) = level_of(institution, &step.step.value) else {
            faults.push(
                faults
                    .at(
                        &step.step,
                        format!("history[{i}].step"),
                        format!("{} has no level `{}`", institution.id, step.step.value),
                    )
                    .expected(format!("one of the levels {}", levels_list(institution))),
            );
            continue;
        };
        let level = institution.level(number).expect("resolved above");
        let default = default_recipient(registry, level, Profile::of(file));
        let deadline = level.answer_deadline(file.case.dispute.payment_date.is_some());
        let holding_letter = step.extended.as_ref().map(|e| e.value.0);
        // After a holding letter, the extended deadline (when the registry knows one).
        let count = |d: &crate::registry::Deadline| match holding_letter {
            Some(_) => d.extended.unwrap_or(d.count),
            None => d.count,
        };
        out.push(TakenStep {
            level: number,
            level_id: level.id.clone(),
            kind: level.kind,
            recipient: default.message,
            date,
            received,
            answer_due: None,
            requested_due: None,
            holding_letter,
            deadline: deadline.map(|d| crate::registry::phrases::deadline_phrase(count(d), d.unit)),
            deadline_length: deadline.map(|d| (count(d), d.unit)),
            channel: step.channel.value,
            tracking: step.tracking.clone().filter(|t| !t.trim().is_empty()),
            reference: step.reference.clone().filter(|t| !t.trim().is_empty()),
            answer: step.answer.as_ref().map(|a| TakenAnswer {
                date: a.date.value.0,
                reference: a.reference.clone().filter(|t| !t.trim().is_empty()),
                summary: a.summary.clone().filter(|t| !t.trim().is_empty()),
            }),
        });
    }
    set_answer_dues(&mut out, institution, file);
    out
}

/// A step's date against the letter's and the step before it: a letter cites only steps
/// already taken, oldest first.
pub(super) fn check_order(
    faults: &mut Faults,
    i: usize,
    step: &crate::case::Step,
    letter_date: NaiveDate,
    letter_date_said: &str,
    previous: &mut Option<NaiveDate>,
) {
    let date = step.date.value.0;
    if date > letter_date {
        faults.push(
            faults
                .at(&step.date, format!("history[{i}].date"), format!(
                    "this step is dated {date}, after the letter's date {letter_date_said}"
                ))
                .help("a letter can only cite steps already taken: correct the date, or date the letter later with `letter.date` or --date"),
        );
    }
    if let Some(before) = previous.filter(|p| *p > date) {
        faults.push(
            faults
                .at(&step.date, format!("history[{i}].date"), format!(
                    "the history is out of order: this step ({date}) comes after one dated {before}"
                ))
                .help("list the steps oldest first"),
        );
    }
    *previous = Some(previous.map_or(date, |p| p.max(date)));
}

/// The dates a step records besides its own — received, answered, a holding letter — fall
/// between the step and the letter.
pub(super) fn check_step_dates(
    faults: &mut Faults,
    i: usize,
    step: &crate::case::Step,
    letter_date: NaiveDate,
    letter_date_said: &str,
) {
    let date = step.date.value.0;
    let received = step.received.as_ref().map(|r| r.value.0);
    if let (Some(spanned), Some(on)) = (&step.received, received) {
        if on < date {
            faults.push(faults.at(
                spanned,
                format!("history[{i}].received"),
                format!("the step is said received on {on}, before it was made ({date})"),
            ));
        } else if on > letter_date {
            faults.push(faults.at(
                spanned,
                format!("history[{i}].received"),
                format!(
                    "the step is said received on {on}, after the letter's date {letter_date_said}"
                ),
            ));
        }
    }
    if let Some(answer) = &step.answer {
        let answered = answer.date.value.0;
        if answered < date {
            faults.push(faults.at(
                &answer.date,
                format!("history[{i}].answer.date"),
                format!("the answer is dated {answered}, before the step it answers ({date})"),
            ));
        } else if answered > letter_date {
            faults.push(faults.at(
                &answer.date,
                format!("history[{i}].answer.date"),
                format!(
                    "the answer is dated {answered}, after the letter's date {letter_date_said}"
                ),
            ));
        }
    }
    let holding_letter = step.extended.as_ref().map(|e| e.value.0);
    if let (Some(spanned), Some(on)) = (&step.extended, holding_letter)
        && (on < date || on > letter_date)
    {
        faults.push(
            faults
                .at(
                    spanned,
                    format!("history[{i}].extended"),
                    if on < date {
                        format!(
                            "the holding letter is dated {on}, before the step it answers ({date})"
                        )
                    } else {
                        format!(
                            "the holding letter is dated {on}, after the letter's date {letter_date}"
                        )
                    },
                )
                .help("give the date printed on the letter announcing the longer deadline"),
        );
    }
}

/// Each step's answer deadline, from the event its source names.
pub(super) fn set_answer_dues(out: &mut [TakenStep], institution: &Institution, file: &CaseFile) {
    // Each deadline runs from the event its source names.
    let anchors = anchors(out);
    for step in out.iter_mut() {
        let level = institution.level(step.level).expect("resolved above");
        let sent = Sent {
            date: step.date,
            channel: step.channel,
            received: step.received,
        };
        let deadline = level.answer_deadline(file.case.dispute.payment_date.is_some());
        step.answer_due = deadline.and_then(|d| {
            crate::procedure::deadlines::due(
                d,
                institution.country,
                sent,
                anchors,
                step.holding_letter.is_some(),
            )
        });
        step.requested_due = (deadline.is_none() && step.is_written_complaint())
            .then(|| {
                crate::procedure::deadlines::due(
                    &crate::procedure::deadlines::requested_answer(),
                    institution.country,
                    sent,
                    anchors,
                    false,
                )
            })
            .flatten();
    }
}

/// The level asked (`--step`, then `letter.step`), or the one after the highest level climbed.
pub(super) fn target_level<'r>(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &'r Institution,
    history: &[TakenStep],
    cli_step: Option<u32>,
) -> Option<&'r Level> {
    if let Some(n) = cli_step {
        let level = institution.level(n);
        if level.is_none() {
            faults.push(
                Diagnostic::new(
                    &file.path,
                    "--step",
                    format!("{} has no level {n}", institution.id),
                )
                .expected(format!("one of the levels {}", levels_list(institution))),
            );
        }
        return level;
    }
    if let Some(step) = &file.case.letter.step {
        let level = level_of(institution, &step.value).and_then(|n| institution.level(n));
        if level.is_none() {
            faults.push(
                faults
                    .at(
                        step,
                        "letter.step",
                        format!("{} has no level `{}`", institution.id, step.value),
                    )
                    .expected(format!("one of the levels {}", levels_list(institution))),
            );
        }
        return level;
    }
    let next = history.iter().map(|s| s.level).max().unwrap_or(0) + 1;
    let level = institution.level(next);
    if level.is_none() {
        faults.push(locate_key(
            Diagnostic::new(&file.path, "history", format!(
                "the history has climbed every level of {} ({}): there is no next level",
                institution.id,
                levels_list(institution)
            ))
            .help("to write one of these letters again, name its level in `letter.step` or with --step"),
            file,
            "history",
        ));
    }
    level
}
