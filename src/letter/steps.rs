//! The sentences about the steps already taken: what was sent, to whom, how; the answer, or
//! its absence — with the deadline that lapsed, counted from the event its source names.

use super::*;

/// One prior step as a sentence (or two: the step, then its answer or their absence).
pub(super) fn prior_step_sentence(w: &Writer, step: &TakenStep, on: NaiveDate) -> String {
    let noun = w.say("step-noun", &[("kind", kind_key(step.kind))]);
    let tracking = then(
        step.tracking
            .as_deref()
            .map(|t| w.say("step-tracking", &[("number", &french::unbreakable(t))])),
    );
    let named = w.named(&step.recipient);
    let action = w.say(
        "step-action",
        &[
            ("channel", channel_key(step.channel)),
            ("noun", &noun),
            ("to", &named.to),
            ("to_name", &named.name),
            ("tracking", &tracking),
        ],
    );
    let reference = then(
        step.reference
            .as_deref()
            .map(|r| w.say("step-reference", &[("reference", &french::unbreakable(r))])),
    );
    let mut sentence = w.say(
        "step-made",
        &[
            ("date", &w.date(step.date)),
            ("action", &action),
            ("reference", &reference),
        ],
    );
    let deadline = step
        .deadline_length
        .map(|(count, unit)| w.deadline(count, unit));
    let oral = matches!(
        step.channel,
        ChannelKind::Phone | ChannelKind::Chat | ChannelKind::InPerson
    );
    let sentence_after = match &step.answer {
        Some(answer) => {
            let mut said = answer_sentence(w, &named.name, answer);
            said.push_str(&late_answer(w, step, answer, deadline.as_deref()));
            Some(said)
        }
        // A call, a chat or a visit is not a written complaint: it opened no deadline to lapse
        // and is not « unanswered »; the letter's opening says the steps settled nothing.
        None if oral => None,
        None => Some(unanswered_sentence(w, step, deadline.as_deref(), on)),
    };
    if let Some(after) = sentence_after {
        sentence.push(' ');
        sentence.push_str(&after);
    }
    if let Some(holding) = step.holding_letter {
        let text = match (deadline.as_deref(), step.answer_due) {
            (Some(deadline), Some(due)) if due.extended => w.say(
                "step-extended",
                &[("date", &w.date(holding)), ("deadline", deadline)],
            ),
            _ => w.say("step-extension-announced", &[("date", &w.date(holding))]),
        };
        sentence.push(' ');
        sentence.push_str(&text);
    }
    sentence
}

/// " Cette réponse est venue après l’expiration, le 3 août 2026, du délai de deux mois.": an
/// answer after its step's deadline (the date only when it is certain), which is why a later
/// level may be climbed without the one that answered late.
fn late_answer(
    w: &Writer,
    step: &TakenStep,
    answer: &crate::procedure::plan::TakenAnswer,
    deadline: Option<&str>,
) -> String {
    let (Some(due), Some(deadline)) = (step.answer_due, deadline) else {
        return String::new();
    };
    if answer.date <= due.date {
        return String::new();
    }
    let of_deadline = de(deadline);
    let text = match due.is_certain() {
        true => w.say(
            "step-answered-late",
            &[
                ("due", &w.date(due.date)),
                ("deadline", deadline),
                ("of_deadline", &of_deadline),
            ],
        ),
        false => w.say(
            "step-answered-late-after-receipt",
            &[("deadline", deadline), ("of_deadline", &of_deadline)],
        ),
    };
    format!(" {text}")
}

/// "Le 20 juillet 2026, le service client de Cetelem m’a répondu (référence : …) : refus.":
/// who answered, when, and what.
pub(super) fn answer_sentence(
    w: &Writer,
    by: &str,
    answer: &crate::procedure::plan::TakenAnswer,
) -> String {
    let reference = then(
        answer
            .reference
            .as_deref()
            .map(|r| w.say("step-reference", &[("reference", &french::unbreakable(r))])),
    );
    let summary = answer
        .summary
        .as_deref()
        .map(|s| w.say("step-summary", &[("summary", s.trim())]))
        .unwrap_or_default();
    let mut text = w.say(
        "step-answer",
        &[
            ("by", by),
            ("date", &w.date(answer.date)),
            ("reference", &reference),
            ("summary", &summary),
        ],
    );
    if !text.ends_with(['.', '!', '?', '…']) {
        text.push('.');
    }
    text
}

/// An unanswered step: its deadline lapsed (counted from the step, from the first complaint,
/// or from an assumed receipt, which prints no date), or not yet.
pub(super) fn unanswered_sentence(
    w: &Writer,
    step: &TakenStep,
    deadline: Option<&str>,
    on: NaiveDate,
) -> String {
    match (step.answer_due, deadline) {
        (Some(due), Some(deadline)) if due.date < on && !due.is_certain() => w.say(
            "step-unanswered-after-receipt",
            &[("deadline", deadline), ("of_deadline", &de(deadline))],
        ),
        (Some(due), Some(deadline))
            if due.date < on
                && matches!(
                    due.start.runs_from,
                    RunsFrom::FirstWritten | RunsFrom::FirstComplaint
                )
                && due.start.date != step.date =>
        {
            let written = if due.start.runs_from == RunsFrom::FirstWritten {
                "yes"
            } else {
                "no"
            };
            w.say(
                "step-unanswered-since-first",
                &[
                    ("due", &w.date(due.date)),
                    ("deadline", deadline),
                    ("of_deadline", &de(deadline)),
                    ("since", &w.say("since-first", &[("written", written)])),
                    ("start", &w.date(due.start.date)),
                ],
            )
        }
        (Some(due), Some(deadline)) if due.date < on => w.say(
            "step-unanswered-lapsed",
            &[
                ("due", &w.date(due.date)),
                ("deadline", deadline),
                ("of_deadline", &de(deadline)),
            ],
        ),
        _ => w.say("step-unanswered", &[]),
    }
}
