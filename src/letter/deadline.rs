//! The answer deadline a complaint or an escalation asks for (with a date only when the date
//! is true), the rules it rests on, and the next rung the letter announces.

use super::*;

/// "de deux mois", "d’un mois": the preposition elides before a vowel.
pub(super) fn de(phrase: &str) -> String {
    if phrase.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h']) {
        format!("d’{phrase}")
    } else {
        format!("de {phrase}")
    }
}

/// How the letter cites a deadline's rule: the law or recommendation it comes from (as the
/// registry cites it, in French), or the institution's own commitments.
pub(super) fn rule_of(w: &Writer, plan: &Plan, deadline: &Deadline) -> String {
    match (w.language, plan.registry.cited_as(&deadline.basis)) {
        (Language::French, Some(cited)) => cited.to_string(),
        _ => w.say("own-commitments", &[]),
    }
}

/// The sentence asking for an answer in time, for a complaint or an escalation. A date is
/// printed only when it is true: a deadline from the day of receipt, or from a start its source
/// does not give, is stated without one; one from the first written complaint is counted from
/// it, and says so.
pub(super) fn deadline_sentence(w: &Writer, plan: &Plan) -> Option<String> {
    if !matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    ) {
        return None;
    }
    // A refusal, even partial, is to be reasoned and name the mediator; then the next rung.
    let otherwise = format!(
        "{}{}",
        then(Some(w.say("refusal-reasons", &[]))),
        otherwise_sentence(w, plan)
    );
    let Some(answer) = plan.level.answer_deadline(plan.payment_dispute) else {
        return Some(format!("{}{otherwise}", requested_sentence(w)));
    };
    let first = match answer.runs_from {
        RunsFrom::FirstWritten => plan.anchors.first_written,
        RunsFrom::FirstComplaint => plan.anchors.first_complaint,
        _ => None,
    };
    // The acknowledgement of a deadline counted from an earlier complaint is long due.
    let acknowledge = plan.level.acknowledge_within.as_ref().filter(|ack| {
        !(matches!(ack.runs_from, RunsFrom::FirstWritten) && plan.anchors.first_written.is_some())
    });
    let after_receipt = |runs_from: RunsFrom| {
        then((runs_from == RunsFrom::Receipt).then(|| w.say("after-receipt", &[])))
    };
    let phrase = w.deadline(answer.count, answer.unit);
    let extended = extended_phrase(w, plan, answer);
    let rules = rules_cited(w, plan, answer, acknowledge);
    let ack = acknowledge
        .map(|ack| {
            let phrase = w.deadline(ack.count, ack.unit);
            format!(
                "{} ",
                w.say(
                    "deadline-ack",
                    &[
                        ("of_ack", &de(&phrase)),
                        ("deadline_ack", &phrase),
                        ("after_receipt", &after_receipt(ack.runs_from)),
                    ],
                )
            )
        })
        .unwrap_or_default();
    // A firm's own delay, shorter than the law's for a payment dispute, within the law's.
    if let Some(own) = shorter_own(plan, answer) {
        return Some(format!(
            "{}{otherwise}",
            own_within_law(w, plan, own, answer, &ack)
        ));
    }
    let of_deadline = de(&phrase);
    let common = [
        ("ack", ack.as_str()),
        ("deadline", phrase.as_str()),
        ("of_deadline", of_deadline.as_str()),
        ("extended", extended.as_str()),
        ("rules", rules.as_str()),
    ];
    let sentence = match (answer.runs_from, first) {
        (RunsFrom::Sending | RunsFrom::FirstWritten | RunsFrom::FirstComplaint, None) => {
            let due = w.date(answer.ends(plan.country(), plan.date));
            let mut values = common.to_vec();
            values.push(("due", &due));
            w.say("deadline-dated", &values)
        }
        (RunsFrom::Receipt | RunsFrom::Unknown, _) => {
            let after = after_receipt(answer.runs_from);
            let mut values = common.to_vec();
            values.push(("after_receipt", &after));
            w.say("deadline-undated", &values)
        }
        (_, Some(first)) => {
            let due = answer.ends(plan.country(), first);
            let written = if answer.runs_from == RunsFrom::FirstWritten {
                "yes"
            } else {
                "no"
            };
            let since = w.say("since-first", &[("written", written)]);
            let start = w.date(first);
            let due_text = w.date(due);
            let mut values = common.to_vec();
            values.extend([
                ("due", due_text.as_str()),
                ("since", since.as_str()),
                ("start", start.as_str()),
            ]);
            if due >= plan.date {
                w.say("deadline-from-first", &values)
            } else {
                lapsed_sentence(w, &values)
            }
        }
    };
    Some(format!("{sentence}{otherwise}"))
}

/// " (ou trente-cinq jours …)": a longer deadline. The law's (L133-45) is for exceptional
/// situations, with a holding answer that gives its reasons; an institution's own is announced
/// by letter, as its procedure says.
fn extended_phrase(w: &Writer, plan: &Plan, deadline: &Deadline) -> String {
    let key = match plan.registry.cited_as(&deadline.basis) {
        Some(_) => "deadline-extended-exceptional",
        None => "deadline-extended",
    };
    then(
        deadline
            .extended
            .map(|longer| w.say(key, &[("longer", &w.deadline(longer, deadline.unit))])),
    )
}

/// The institution's own answer deadline, where it commits to a shorter one than the law's
/// deadline `law` for a payment dispute (both from receipt).
fn shorter_own<'p>(plan: &'p Plan, law: &Deadline) -> Option<&'p Deadline> {
    let own = plan.level.answer_within.as_ref()?;
    let days = |d: &Deadline| match d.unit {
        crate::registry::DeadlineUnit::Months => d.count * 30,
        crate::registry::DeadlineUnit::Days => d.count,
        crate::registry::DeadlineUnit::WorkingDays => d.count * 7 / 6,
        _ => d.count * 7 / 5,
    };
    (plan.payment_dispute
        && plan.registry.cited_as(&own.basis).is_none()
        && plan.registry.cited_as(&law.basis).is_some()
        && own.runs_from == RunsFrom::Receipt
        && law.runs_from == RunsFrom::Receipt
        && days(own) < days(law))
    .then_some(own)
}

/// The sentence asking for the institution's own, shorter deadline within the law's.
fn own_within_law(w: &Writer, plan: &Plan, own: &Deadline, law: &Deadline, ack: &str) -> String {
    let phrase = w.deadline(own.count, own.unit);
    let law_phrase = w.deadline(law.count, law.unit);
    w.say(
        "deadline-own-within-law",
        &[
            ("ack", ack),
            ("deadline", &phrase),
            ("of_deadline", &de(&phrase)),
            ("after_receipt", &then(Some(w.say("after-receipt", &[])))),
            ("extended", &extended_phrase(w, plan, own)),
            ("of_law", &de(&law_phrase)),
            ("law_deadline", &law_phrase),
            ("law_extended", &extended_phrase(w, plan, law)),
            ("law", &rule_of(w, plan, law)),
        ],
    )
}

/// The deadline counted from the first complaint lapsed before this letter: it says so, and
/// asks for an answer within the month after its receipt, the period the next level then waits
/// for.
fn lapsed_sentence(w: &Writer, values: &[(&str, &str)]) -> String {
    let asked = crate::procedure::deadlines::requested_answer();
    let requested = w.deadline(asked.count, asked.unit);
    let of_requested = de(&requested);
    let mut values = values.to_vec();
    values.extend([
        ("requested", requested.as_str()),
        ("of_requested", of_requested.as_str()),
    ]);
    w.say("deadline-from-first-lapsed", &values)
}

/// No source gives the level a deadline: the letter asks for one, as its own request, so that
/// the next step has a day to count from.
fn requested_sentence(w: &Writer) -> String {
    let asked = crate::procedure::deadlines::requested_answer();
    let phrase = w.deadline(asked.count, asked.unit);
    w.say(
        "deadline-requested",
        &[("deadline", &phrase), ("of_deadline", &de(&phrase))],
    )
}

/// " À défaut de réponse satisfaisante, je m’adresserai …": the next rung, named when the
/// source names it (a mediator it does not name is not named either).
pub(super) fn otherwise_sentence(w: &Writer, plan: &Plan) -> String {
    match &plan.next {
        Some(next) if next.confirmed => {
            let named = w.named(&next.recipient);
            then(Some(w.say(
                "otherwise-named",
                &[("to", &named.to), ("to_name", &named.name)],
            )))
        }
        // A mediator the institution's source does not name is not named either.
        Some(next) if next.kind == LevelKind::Mediation => {
            then(Some(w.say("otherwise-mediator", &[])))
        }
        _ => String::new(),
    }
}

/// The rules the answer deadline (and the acknowledgement's, when it rests on another) come
/// from: the law or recommendation the registry cites, or the institution's commitments.
pub(super) fn rules_cited(
    w: &Writer,
    plan: &Plan,
    answer: &Deadline,
    acknowledge: Option<&Deadline>,
) -> String {
    let mut rules = vec![rule_of(w, plan, answer)];
    if let Some(ack) = acknowledge {
        let rule = rule_of(w, plan, ack);
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    match rules.as_slice() {
        [first, second] => w.say("rules-and", &[("first", first), ("second", second)]),
        [only] => only.clone(),
        _ => unreachable!("one or two rules"),
    }
}
