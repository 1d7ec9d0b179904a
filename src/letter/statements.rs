//! What a referral to a mediator states, and the enclosures of every letter.

use super::*;

/// The groups of enclosures a page must not split: with four or fewer, all of them; else the
/// first two, each of the middle ones, the last two.
pub(super) fn keep_together(items: &[String]) -> Vec<Vec<String>> {
    let n = items.len();
    if n <= 4 {
        return if n == 0 {
            Vec::new()
        } else {
            vec![items.to_vec()]
        };
    }
    let mut groups = vec![items[..2].to_vec()];
    groups.extend(items[2..n - 2].iter().map(|item| vec![item.clone()]));
    groups.push(items[n - 2..].to_vec());
    groups
}

/// What a referral to a mediator states: the written complaints made, with their dates and
/// outcome; « épuisées » only when every internal level was taken; « aucune juridiction »
/// only when the case says so. Nothing for another kind of letter.
pub(super) fn mediation_statements(w: &Writer, plan: &Plan) -> Vec<String> {
    if plan.level.kind != LevelKind::Mediation {
        return Vec::new();
    }
    let record = internal_record(plan);
    let mut out = Vec::new();
    if !record.written.is_empty() {
        let items: Vec<String> = record
            .written
            .iter()
            .map(|s| {
                let outcome = match &s.answer {
                    Some(a) => w.say("outcome-answered", &[("date", &w.date(a.date))]),
                    None => w.say("outcome-unanswered", &[]),
                };
                let named = w.named(&s.recipient);
                w.say(
                    "statement-item",
                    &[
                        ("date", &w.date(s.date)),
                        ("to", &named.to),
                        ("to_name", &named.name),
                        ("outcome", &outcome),
                    ],
                )
            })
            .collect();
        let count = if items.len() == 1 { "one" } else { "other" };
        let items = items.join(&w.say("statement-items-separator", &[]));
        // The first written complaint less than a year ago (L612-2 4°), when it is: the year
        // counted as the mediator's one-year rule counts it.
        let recent = record
            .written
            .first()
            .map(|s| crate::procedure::calendar::add_months(s.date, 12))
            .filter(|year| plan.date <= *year)
            .map(|_| w.say("statement-recent", &[("count", count)]))
            .unwrap_or_default();
        let mut sentence = w.say(
            "statement-written",
            &[("count", count), ("items", &items), ("recent", &recent)],
        );
        // A sentence starts with a capital, whoever its subject is (« La Société … »).
        sentence = capitalise(&sentence);
        out.push(sentence);
    }
    // The other conditions of the law (L612-2), as the case shows them: no other mediator, no
    // court.
    if record.exhausted {
        out.push(w.say("statement-exhausted", &[]));
    }
    match (plan.no_court_stated, plan.no_other_mediator_stated) {
        (true, true) => out.push(w.say("statement-not-examined", &[])),
        (true, false) => out.push(w.say("statement-no-court", &[])),
        _ => {}
    }
    out
}

pub(super) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) fn attachments(w: &Writer, plan: &Plan, case: &crate::case::Case) -> Vec<String> {
    let mut out = Vec::new();
    for step in &plan.history {
        let written = matches!(
            step.channel,
            ChannelKind::Email
                | ChannelKind::Letter
                | ChannelKind::Registered
                | ChannelKind::Portal
        );
        if step.channel == ChannelKind::Chat {
            // A chat is a conversation kept in writing, not a complaint.
            out.push(w.say("attachment-chat", &[("date", &w.date(step.date))]));
        } else if written {
            let proof = then(
                (step.channel == ChannelKind::Registered).then(|| w.say("proof-registered", &[])),
            );
            out.push(w.say(
                "attachment-step",
                &[
                    ("kind", kind_key(step.kind)),
                    ("date", &w.date(step.date)),
                    ("proof", &proof),
                ],
            ));
        }
        // A holding letter is an answer too, enclosed as one.
        if let Some(holding) = step.holding_letter {
            out.push(w.say("attachment-holding", &[("date", &w.date(holding))]));
        }
        if let Some(answer) = &step.answer {
            let reference = then(
                answer
                    .reference
                    .as_deref()
                    .map(|r| w.say("step-reference", &[("reference", &french::unbreakable(r))])),
            );
            out.push(w.say(
                "attachment-answer",
                &[("date", &w.date(answer.date)), ("reference", &reference)],
            ));
        }
    }
    out.extend(
        case.attachments
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty()),
    );
    if let Some(rep) = &case.representative {
        out.push(w.say(
            "attachment-mandate",
            &[("date", &w.date(rep.mandate_date.value.0))],
        ));
    }
    out
}
