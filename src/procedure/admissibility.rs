//! Whether a case may climb a level of the ladder now, later, or not at all — computed once,
//! and used by `check`, `render` and the letter's text.
//!
//! The rules, in order: a mediator steps aside when a court is seized; French consumer
//! mediators and Ombudsfin need a prior *written* complaint (a call is not one, Code de la
//! consommation L612-2 1°) and refuse, or may refuse, a referral more than one year after it
//! (L612-2 4°: when later written complaints exist, which one the year runs from is not
//! settled, so both readings are given and only a referral late on both is refused); an
//! escalation or a referral waits until the previous level answered or its answer deadline
//! lapsed — or, where the level's source sets its own wait (`unanswered_after`), until that
//! wait lapsed without an answer; a business waits 30 days without an answer before seizing
//! Ombudsfin. Warnings flag what does not block: the 13 months to contest a card payment
//! (Code monétaire et financier L133-24), a registered-only level reached another way, a level
//! open to consumers only, a date resting on an assumed day of receipt.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::procedure::calendar::add_months;
use crate::procedure::deadlines::{Anchors, Due, Sent};
use crate::procedure::plan::TakenStep;
use crate::registry::{
    Audience, ChannelKind, Country, Institution, Level, LevelKind, MediatorConditions, Recipient,
    Registry, RunsFrom, Strictness,
};
use crate::text::messages::tr;

/// The answer to "may this level be climbed on this day?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "kebab-case")]
pub enum Verdict {
    Admissible,
    /// Not yet: admissible from a date.
    NotYet {
        from: NaiveDate,
        because: String,
    },
    /// Not admissible, whatever the date.
    NotAdmissible {
        rule: String,
    },
}

impl Verdict {
    pub fn is_admissible(&self) -> bool {
        matches!(self, Verdict::Admissible)
    }
}

/// A verdict and the warnings that go with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    #[serde(flatten)]
    pub verdict: Verdict,
    /// The first day the level may be climbed, when the verdict depends on a date.
    pub admissible_from: Option<NaiveDate>,
    pub warnings: Vec<String>,
}

/// What the rules look at.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'a> {
    pub registry: &'a Registry,
    pub institution: &'a Institution,
    pub level: &'a Level,
    /// The recipient the letter goes to.
    pub recipient: &'a Recipient,
    /// The conditions of the mediator the letter goes to, when it is one.
    pub conditions: Option<&'a MediatorConditions>,
    pub history: &'a [TakenStep],
    /// The days the case's deadlines may run from.
    pub anchors: Anchors,
    pub audience: Audience,
    pub court_action: bool,
    pub payment_date: Option<NaiveDate>,
    /// The day the letter would be sent.
    pub on: NaiveDate,
}

/// Whether a step is a written complaint: a letter, an e-mail, a form. A call, a chat or a
/// visit is not (L612-2 1°).
pub fn is_written(channel: ChannelKind) -> bool {
    matches!(
        channel,
        ChannelKind::Letter | ChannelKind::Registered | ChannelKind::Email | ChannelKind::Portal
    )
}

/// Dates in messages are written as in the case file.
fn iso(d: NaiveDate) -> String {
    d.to_string()
}

/// Assesses a situation.
pub fn assess(s: &Situation) -> Assessment {
    let mut warnings = Vec::new();
    let written = WrittenComplaints::of(s);
    warnings.extend(payment_warning(s));
    warnings.extend(channel_warnings(s));
    warnings.extend(early_step_warnings(s));
    warnings.extend(consumers_only_warning(s));
    if let Some(rule) = mediator_refusal(s, &written, &mut warnings) {
        return Assessment {
            verdict: Verdict::NotAdmissible { rule },
            admissible_from: None,
            warnings,
        };
    }
    let from = opens_from(s, &written, &mut warnings);
    match from {
        Some((date, because)) if s.on < date => Assessment {
            verdict: Verdict::NotYet {
                from: date,
                because,
            },
            admissible_from: Some(date),
            warnings,
        },
        Some((date, _)) => Assessment {
            verdict: Verdict::Admissible,
            admissible_from: Some(date),
            warnings,
        },
        None => Assessment {
            verdict: Verdict::Admissible,
            admissible_from: None,
            warnings,
        },
    }
}

/// The written complaints made to the institution's own levels before the level assessed.
struct WrittenComplaints<'s> {
    /// Every step at an internal level (complaint, escalation) below the level assessed.
    internal: Vec<&'s TakenStep>,
    first: Option<&'s TakenStep>,
    last: Option<&'s TakenStep>,
}

impl<'s> WrittenComplaints<'s> {
    fn of(s: &Situation<'s>) -> Self {
        let internal: Vec<&TakenStep> = s
            .history
            .iter()
            .filter(|step| {
                step.level < s.level.level
                    && matches!(step.kind, LevelKind::Complaint | LevelKind::Escalation)
            })
            .collect();
        let first = internal
            .iter()
            .find(|step| is_written(step.channel))
            .copied();
        let last = internal
            .iter()
            .rev()
            .find(|step| is_written(step.channel))
            .copied();
        Self {
            internal,
            first,
            last,
        }
    }
}

/// The 13 months to contest an unauthorised card payment (Code monétaire et financier
/// L133-24), for a French case that gives `dispute.payment_date`.
fn payment_warning(s: &Situation) -> Option<String> {
    let payment = s
        .payment_date
        .filter(|_| s.institution.country == Country::FR)?;
    let limit = add_months(payment, 13);
    Some(if s.on > limit {
        tr!(
            "warn-card-payment-late",
            payment = iso(payment),
            limit = iso(limit)
        )
    } else {
        tr!(
            "warn-card-payment",
            payment = iso(payment),
            limit = iso(limit)
        )
    })
}

/// Steps that went another way than their level asks (registered mail), and holding letters
/// whose longer deadline no source gives.
fn channel_warnings(s: &Situation) -> Vec<String> {
    let mut warnings = Vec::new();
    for step in s.history {
        let level = s.institution.level(step.level);
        if level.is_some_and(|l| l.registered.is_some()) && step.channel != ChannelKind::Registered
        {
            warnings.push(tr!(
                "warn-not-registered",
                level = step.level,
                institution = s.institution.short_name.as_str(),
                date = iso(step.date)
            ));
        }
        if let Some(holding) = step.holding_letter
            && step.answer_due.is_none()
            && level.is_some_and(|l| l.answer_within.is_some())
        {
            warnings.push(tr!(
                "warn-holding-letter-unknown",
                date = iso(step.date),
                holding = iso(holding),
                level = step.level,
                institution = s.institution.short_name.as_str()
            ));
        }
    }

    warnings
}

/// A step taken early: an escalation or a referral sent while the level before it could still
/// answer, and had not.
fn early_step_warnings(s: &Situation) -> Vec<String> {
    let mut warnings = Vec::new();
    for (i, step) in s.history.iter().enumerate() {
        if !matches!(step.kind, LevelKind::Escalation | LevelKind::Mediation) {
            continue;
        }
        let Some(before) = s.history[..i].iter().rev().find(|b| b.level < step.level) else {
            continue;
        };
        let answered = before.answer.as_ref().is_some_and(|a| a.date <= step.date);
        if let Some(due) = before
            .answer_due
            .filter(|due| !answered && step.date <= due.date)
        {
            warnings.push(tr!(
                "warn-early-step",
                date = iso(step.date),
                level = step.level,
                before = iso(before.date),
                before_level = before.level,
                due = iso(due.date),
                deadline = plain(before.deadline.as_deref().unwrap_or_default()),
                from = describe_start(&due)
            ));
        }
    }

    warnings
}

/// A level open to consumers, reached by a business: advice, never a refusal.
fn consumers_only_warning(s: &Situation) -> Option<String> {
    // The level's own source, else its mediator's law (a consumer mediator, L612-1).
    let rule = (s.level.consumers_only.as_ref())
        .or_else(|| s.conditions.and_then(|c| c.consumers_only.as_ref()))
        .filter(|_| s.audience == Audience::Business)?;
    {
        let business_rule = s
            .conditions
            .and_then(|c| c.business_wait.as_ref())
            .map(|w| {
                tr!(
                    "warn-business-rule",
                    recipient = s.recipient.name.as_str(),
                    wait = plain_phrase(w.count, w.unit),
                    basis = s.registry.basis_text(&w.basis)
                )
            })
            .unwrap_or_default();
        Some(tr!(
            "warn-consumers-only",
            level = s.level.level,
            institution = s.institution.short_name.as_str(),
            basis = s.registry.basis_text(&rule.basis),
            business_rule = business_rule
        ))
    }
}

/// What makes a mediator refuse the case (a court seized, no prior written complaint, the
/// one-year rule where its source makes it a condition); the one-year rule where the source
/// only warns, or where the year's start is not settled, adds a warning.
fn mediator_refusal(
    s: &Situation,
    written: &WrittenComplaints,
    warnings: &mut Vec<String>,
) -> Option<String> {
    if s.level.kind != LevelKind::Mediation {
        return None;
    }
    let institution = &s.institution.short_name;
    let basis = s
        .conditions
        .map(|c| s.registry.basis_text(&c.basis))
        .unwrap_or_else(|| tr!("basis-mediator-conditions"));
    if s.court_action {
        return Some(tr!("refuse-court-seized", basis = basis));
    }
    let conditions = s.conditions?;
    if conditions.written_complaint_first && written.first.is_none() {
        return Some(tr!(
            "refuse-no-written-complaint",
            institution = institution.as_str(),
            basis = basis
        ));
    }
    let (Some(strictness), Some(first), Some(last)) =
        (conditions.within_one_year, written.first, written.last)
    else {
        return None;
    };
    one_year_rule(s.on, strictness, first, last, &basis, warnings)
}

/// The mediator's one-year rule (Code de la consommation L612-2 4°): a referral more than a
/// year after the written complaint. Late counted from the *last* written complaint, it is
/// refused where the source makes the rule a condition (`Strictness::Refuse`) and warned
/// about where it only warns; late counted from the *first* only, it is warned about with the
/// date each reading gives — which one the year runs from is not settled.
fn one_year_rule(
    on: NaiveDate,
    strictness: Strictness,
    first: &TakenStep,
    last: &TakenStep,
    basis: &str,
    warnings: &mut Vec<String>,
) -> Option<String> {
    let from_first = add_months(first.date, 12);
    let from_last = add_months(last.date, 12);
    if on > from_last {
        let (last, due) = (iso(last.date), iso(from_last));
        match strictness {
            Strictness::Refuse => {
                return Some(tr!("refuse-year", last = last, due = due, basis = basis));
            }
            Strictness::Warn => {
                warnings.push(tr!("warn-year", last = last, due = due, basis = basis));
            }
        }
    } else if on > from_first {
        warnings.push(tr!(
            "warn-year-unsettled",
            basis = basis,
            first = iso(first.date),
            first_end = iso(from_first),
            last = iso(last.date),
            last_end = iso(from_last)
        ));
    }
    None
}

/// The day the level opens, and why, when it waits: for the level before it to answer or its
/// deadline to lapse, for its own wait (`unanswered_after`), or for a business's wait.
fn opens_from(
    s: &Situation,
    written: &WrittenComplaints,
    warnings: &mut Vec<String>,
) -> Option<(NaiveDate, String)> {
    let internal = &written.internal;
    let mut from: Option<(NaiveDate, String)> = None;
    if matches!(s.level.kind, LevelKind::Escalation | LevelKind::Mediation) {
        let own_wait = s
            .level
            .unanswered_after
            .as_ref()
            .and_then(|wait| own_wait(s, wait));
        // A step below the level taken after that wait ended (an escalation sent late) is
        // given its own time to be answered, as the step before any level is.
        let taken_after = |due: &Due| {
            (s.history.iter()).any(|step| step.level < s.level.level && step.date > due.date)
        };
        match own_wait {
            // The level's own source says when it opens: after its wait without an answer in
            // it (a later answer does not close it).
            Some(due) if !answered_by(s.history, s.level.level, due.date) && !taken_after(&due) => {
                let start = describe_start(&due);
                from = Some((
                    due.date + Duration::days(1),
                    tr!(
                        "opens-own-wait",
                        start = start,
                        wait = plain_phrase(
                            s.level.unanswered_after.as_ref().map_or(0, |w| w.count),
                            s.level
                                .unanswered_after
                                .as_ref()
                                .map_or(crate::registry::DeadlineUnit::Days, |w| w.unit)
                        ),
                        until = iso(due.date)
                    ),
                ));
            }
            _ => match waiting_for(s.history, s.level.level) {
                Wait::Ready => {}
                Wait::Until(due, step) => {
                    let phrase = step.deadline.clone().unwrap_or_default();
                    let start = describe_start(&due);
                    from = Some((
                        due.date + Duration::days(1),
                        tr!(
                            "opens-after-deadline",
                            date = iso(step.date),
                            level = step.level,
                            deadline = plain(&phrase),
                            start = start.as_str(),
                            until = iso(due.date)
                        ),
                    ));
                    if !due.is_certain() {
                        warnings.push(assumed_receipt_note(step, &due));
                    }
                }
                // Where the recipient's own rules give a business its wait, they say when.
                Wait::Asked(..) | Wait::Unknown if business_wait(s).is_some() => {}
                Wait::Asked(asked, step) => from = Some(month_asked(s, step, &asked)),
                // Written to directly, as its source allows: nothing to wait for.
                Wait::Unknown if s.recipient.direct => {}
                // No step asked for an answer in a month (calls only): advice.
                Wait::Unknown => warnings.push(tr!("warn-no-deadline-known")),
            },
        }
        if let Some(wait) = business_wait(s)
            && let Some(written) = internal.iter().rev().find(|step| is_written(step.channel))
            && written.answer.is_none()
            && let Some(due) = crate::procedure::deadlines::due(
                wait,
                s.institution.country,
                sent(written),
                s.anchors,
                false,
            )
        {
            let candidate = due.date + Duration::days(1);
            if from.as_ref().is_none_or(|(date, _)| candidate > *date) {
                from = Some((
                    candidate,
                    tr!(
                        "opens-business-wait",
                        wait = plain_phrase(wait.count, wait.unit),
                        date = iso(written.date),
                        start = describe_start(&due)
                    ),
                ));
                if !due.is_certain() {
                    warnings.push(assumed_receipt_note(written, &due));
                }
            }
        }
    }

    from
}

/// The wait the recipient's rules give a business before it may be seized, for a business.
fn business_wait<'s>(s: &Situation<'s>) -> Option<&'s crate::registry::Deadline> {
    (s.audience == Audience::Business)
        .then(|| s.conditions.and_then(|c| c.business_wait.as_ref()))
        .flatten()
}

/// The day a level opens after the month a step asked for, and why. No source makes that month
/// a condition: waiting for it is mediators' practice (they send back a file the institution
/// was given no time to answer), which `--force` overrides; the reason says so.
fn month_asked(s: &Situation, step: &TakenStep, asked: &Due) -> (NaiveDate, String) {
    let opens = asked.date + Duration::days(1);
    (
        opens,
        tr!(
            "opens-month-asked",
            date = iso(step.date),
            level = step.level,
            start = describe_start(asked),
            until = iso(asked.date),
            opens = iso(opens),
            next = s.level.level
        ),
    )
}

fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

fn plain_phrase(count: u32, unit: crate::registry::DeadlineUnit) -> String {
    plain(&crate::registry::phrases::deadline_words(count, unit))
}

fn sent(step: &TakenStep) -> Sent {
    Sent {
        date: step.date,
        channel: step.channel,
        received: step.received,
    }
}

/// The event a deadline ran from, in words for `check`: "receipt on 2026-07-06".
pub fn describe_start(due: &Due) -> String {
    let day = iso(due.start.date);
    match due.start.runs_from {
        RunsFrom::Sending => tr!("start-sending", day = day),
        RunsFrom::Receipt if due.start.assumed => tr!("start-receipt-assumed", day = day),
        RunsFrom::Receipt => tr!("start-receipt", day = day),
        RunsFrom::Unknown if due.start.assumed => tr!("start-unknown-assumed", day = day),
        RunsFrom::Unknown => tr!("start-unknown", day = day),
        RunsFrom::FirstWritten => tr!("start-first-written", day = day),
        RunsFrom::FirstComplaint => tr!("start-first-complaint", day = day),
    }
}

/// The warning that a date rests on an assumed day of receipt.
fn assumed_receipt_note(step: &TakenStep, due: &Due) -> String {
    tr!(
        "warn-assumed-receipt",
        date = iso(step.date),
        received = iso(due.start.date),
        days = crate::procedure::deadlines::POSTAL_DELAY_BUSINESS_DAYS,
        due = iso(due.date)
    )
}

/// The end of a level's own wait (`unanswered_after`), from the event its source names.
fn own_wait(s: &Situation, wait: &crate::registry::Deadline) -> Option<Due> {
    let first = s.history.iter().find(|step| step.level < s.level.level)?;
    crate::procedure::deadlines::due(wait, s.institution.country, sent(first), s.anchors, false)
}

/// Whether a step below `level` was answered by `day`.
fn answered_by(history: &[TakenStep], level: u32, day: NaiveDate) -> bool {
    history
        .iter()
        .filter(|step| step.level < level)
        .any(|step| step.answer.as_ref().is_some_and(|a| a.date <= day))
}

/// Whether an earlier level was answered in time: within the level's own wait when its source
/// sets one (`unanswered_after`), else within the answered step's deadline. An answer after the
/// deadline does not make the complainant contest it at `after_if_answered` levels first.
pub fn answered_in_time(
    level: &Level,
    history: &[TakenStep],
    country: Country,
    anchors: Anchors,
) -> bool {
    if let Some(wait) = &level.unanswered_after {
        let Some(first) = history.iter().find(|step| step.level < level.level) else {
            return false;
        };
        return match crate::procedure::deadlines::due(wait, country, sent(first), anchors, false) {
            Some(due) => answered_by(history, level.level, due.date),
            None => history
                .iter()
                .any(|step| step.level < level.level && step.answer.is_some()),
        };
    }
    history
        .iter()
        .filter(|step| step.level < level.level)
        .any(|step| match (&step.answer, step.answer_due) {
            (Some(answer), Some(due)) => answer.date <= due.date,
            (Some(_), None) => true,
            (None, _) => false,
        })
}

/// What an escalation or a referral waits for.
enum Wait<'a> {
    Ready,
    /// The deadline a source gives the step's level.
    Until(Due, &'a TakenStep),
    /// The month a written step asked for, where no deadline of a source runs for it: waiting
    /// for it is practice, not a condition.
    Asked(Due, &'a TakenStep),
    Unknown,
}

/// Walks back from the latest step below the level: an answer means ready; an unanswered step
/// with a deadline means waiting until it lapses; one that asked for an answer within a month
/// means waiting until that month ends, unless an earlier level answered already (the
/// institution has spoken: the sources open the next level to whoever that answer did not
/// satisfy); a step without either (a call) defers to the one before it.
fn waiting_for(history: &[TakenStep], level: u32) -> Wait<'_> {
    let below = || history.iter().filter(|s| s.level < level);
    let answered = below().any(|s| s.answer.is_some());
    for step in below().rev() {
        if step.answer.is_some() {
            return Wait::Ready;
        }
        if let Some(due) = step.answer_due {
            return Wait::Until(due, step);
        }
        if let Some(asked) = step.requested_due.filter(|_| !answered) {
            return Wait::Asked(asked, step);
        }
    }
    Wait::Unknown
}
