//! The case's history resolved against the ladder: each step's level, recipient and answer
//! deadline, its dates checked against each other and against the letter's; the level asked.

use super::*;
use crate::procedure::admissibility::is_written;
use crate::text::messages::tr;

/// The level a step of the history names, by number or id, when the ladder has it.
pub fn level_of(institution: &Institution, step: &StepRef) -> Option<u32> {
    match step {
        StepRef::Level(n) => institution.level(*n).map(|l| l.level),
        StepRef::Id(id) => institution.level_by_id(id).map(|l| l.level),
    }
}

/// The levels as a case file may name them in `step:` (number or id), for an « expected ».
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
        tr!("letter-date-cli", date = letter_date.to_string())
    } else if file.case.letter.date.is_some() {
        tr!("letter-date-case", date = letter_date.to_string())
    } else {
        tr!("letter-date-today", date = letter_date.to_string())
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
                        tr!(
                            "no-such-level",
                            institution = institution.short_name.as_str(),
                            level = step.step.value.to_string()
                        ),
                    )
                    .expected(tr!("one-of-levels", levels = levels_list(institution))),
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
            deadline: deadline.map(|d| crate::registry::phrases::deadline_words(count(d), d.unit)),
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
                .at(
                    &step.date,
                    format!("history[{i}].date"),
                    tr!(
                        "step-after-letter",
                        date = date.to_string(),
                        letter = letter_date_said
                    ),
                )
                .help(tr!("step-after-letter.help")),
        );
    }
    if let Some(before) = previous.filter(|p| *p > date) {
        faults.push(
            faults
                .at(
                    &step.date,
                    format!("history[{i}].date"),
                    tr!(
                        "history-out-of-order",
                        date = date.to_string(),
                        before = before.to_string()
                    ),
                )
                .help(tr!("history-out-of-order.help")),
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
                tr!(
                    "received-before-step",
                    on = on.to_string(),
                    date = date.to_string()
                ),
            ));
        } else if on > letter_date {
            faults.push(faults.at(
                spanned,
                format!("history[{i}].received"),
                tr!(
                    "received-after-letter",
                    on = on.to_string(),
                    letter = letter_date_said
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
                tr!(
                    "answer-before-step",
                    answered = answered.to_string(),
                    date = date.to_string()
                ),
            ));
        } else if answered > letter_date {
            faults.push(faults.at(
                &answer.date,
                format!("history[{i}].answer.date"),
                tr!(
                    "answer-after-letter",
                    answered = answered.to_string(),
                    letter = letter_date_said
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
                        tr!(
                            "holding-before-step",
                            on = on.to_string(),
                            date = date.to_string()
                        )
                    } else {
                        tr!(
                            "holding-after-letter",
                            on = on.to_string(),
                            letter = letter_date.to_string()
                        )
                    },
                )
                .help(tr!("holding-before-step.help")),
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
        // A deadline that had lapsed before the step was sent (one counted from the first
        // complaint) does not run for it: the letter asked for an answer within a month of its
        // receipt instead, as where no source gives the level a deadline.
        let lapsed_before = step.answer_due.is_some_and(|due| due.date < step.date);
        if lapsed_before {
            step.answer_due = None;
        }
        step.requested_due = ((deadline.is_none() || lapsed_before) && step.is_written_complaint())
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
                    tr!(
                        "no-such-level-number",
                        institution = institution.short_name.as_str(),
                        level = n
                    ),
                )
                .expected(tr!("one-of-levels", levels = levels_list(institution))),
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
                        tr!(
                            "no-such-level",
                            institution = institution.short_name.as_str(),
                            level = step.value.to_string()
                        ),
                    )
                    .expected(tr!("one-of-levels", levels = levels_list(institution))),
            );
        }
        return level;
    }
    let top = history.iter().map(|s| s.level).max().unwrap_or(0);
    // A level reached only by a call, a chat or a visit took no written complaint: its letter
    // comes next, where the level takes one (a mediator refuses a file without it).
    if let Some(level) = institution.level(top).filter(|level| {
        matches!(level.kind, LevelKind::Complaint | LevelKind::Escalation)
            && level.channels.iter().any(|c| is_written(c.kind))
            && !history
                .iter()
                .any(|s| s.level == top && is_written(s.channel))
    }) {
        return Some(level);
    }
    let next = top + 1;
    let level = institution.level(next);
    if level.is_none() {
        faults.push(locate_key(
            Diagnostic::new(
                &file.path,
                "history",
                tr!(
                    "ladder-climbed",
                    institution = institution.short_name.as_str(),
                    levels = (institution.ladder.iter())
                        .map(|l| format!(
                            "{} ({})",
                            l.level,
                            crate::procedure::timeline::kind_of(l.kind)
                        ))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .help(tr!("ladder-climbed.help")),
            file,
            "history",
        ));
    }
    level
}
