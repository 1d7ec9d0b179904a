//! Whether a case may climb a level of the ladder now, later, or not at all — computed once,
//! and used by `check`, `render` and the letter's text.
//!
//! The rules, in order: a mediator steps aside when a court is seized; French consumer
//! mediators and Ombudsfin need a prior *written* complaint (a call is not one, Code de la
//! consommation L612-2 1°) and refuse, or may refuse, a referral more than one year after it
//! (L612-2 4°); an escalation or a referral waits until the previous level answered or its
//! answer deadline lapsed; a business waits 30 days without an answer before seizing
//! Ombudsfin. Warnings flag what does not block: the 13 months to contest a card payment
//! (Code monétaire et financier L133-24), a registered-only level reached another way.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::calendar::add_months;
use crate::ladder::TakenStep;
use crate::registry::{
    Audience, ChannelKind, Country, Institution, Level, LevelKind, MediatorConditions, Strictness,
};

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
    pub institution: &'a Institution,
    pub level: &'a Level,
    /// The conditions of the mediator the letter goes to, when it is one.
    pub conditions: Option<&'a MediatorConditions>,
    pub history: &'a [TakenStep],
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
    let institution = &s.institution.short_name;
    let internal: Vec<&TakenStep> = s
        .history
        .iter()
        .filter(|step| {
            step.level < s.level.level
                && matches!(step.kind, LevelKind::Complaint | LevelKind::Escalation)
        })
        .collect();
    let first_written = internal
        .iter()
        .find(|step| is_written(step.channel))
        .copied();

    if let Some(payment) = s
        .payment_date
        .filter(|_| s.institution.country == Country::FR)
    {
        let limit = add_months(payment, 13);
        if s.on > limit {
            warnings.push(format!(
                "the card payment of {} was debited more than 13 months ago (limit {}): an unauthorised payment can no longer be contested with the bank (Code monétaire et financier L133-24)",
                iso(payment),
                iso(limit)
            ));
        } else {
            warnings.push(format!(
                "an unauthorised card payment debited on {} must be contested with the bank by {} (13 months, Code monétaire et financier L133-24)",
                iso(payment),
                iso(limit)
            ));
        }
    }

    for step in s.history {
        let level = s.institution.level(step.level);
        if level.is_some_and(|l| l.registered) && step.channel != ChannelKind::Registered {
            warnings.push(format!(
                "level {} of {} is only reached by registered letter; the step of {} went another way and may be disregarded",
                step.level,
                s.institution.id,
                iso(step.date)
            ));
        }
    }

    let refuse = |rule: String, warnings: Vec<String>| Assessment {
        verdict: Verdict::NotAdmissible { rule },
        admissible_from: None,
        warnings,
    };

    if s.level.kind == LevelKind::Mediation {
        let basis = s
            .conditions
            .map(|c| c.basis.as_str())
            .unwrap_or("the mediator's conditions");
        if s.court_action {
            return refuse(
                format!(
                    "a court is already seized of this dispute (dispute.court_action), and a mediator then steps aside ({basis})"
                ),
                warnings,
            );
        }
        if let Some(conditions) = s.conditions {
            if conditions.written_complaint_first && first_written.is_none() {
                return refuse(
                    format!(
                        "no written complaint was made to {institution} before: a call, a chat or a visit is not one ({basis}); write to {institution} first and record it in the history"
                    ),
                    warnings,
                );
            }
            if let (Some(strictness), Some(written)) = (conditions.within_one_year, first_written) {
                let limit = add_months(written.date, 12);
                if s.on > limit {
                    let text = format!(
                        "the written complaint of {} is more than one year old (the referral was due by {}; {basis})",
                        iso(written.date),
                        iso(limit)
                    );
                    match strictness {
                        Strictness::Refuse => return refuse(text, warnings),
                        Strictness::Warn => {
                            warnings.push(format!("{text}: the mediator may refuse the case"))
                        }
                    }
                }
            }
        }
    }

    let mut from: Option<(NaiveDate, String)> = None;
    if matches!(s.level.kind, LevelKind::Escalation | LevelKind::Mediation) {
        match waiting_for(s.history, s.level.level) {
            Wait::Ready => {}
            Wait::Until(due, step) => {
                let phrase = step.deadline.clone().unwrap_or_default();
                from = Some((
                    due + Duration::days(1),
                    format!(
                        "the step of {} (level {}) is unanswered and its answer deadline of {phrase} runs until {}",
                        iso(step.date),
                        step.level,
                        iso(due)
                    ),
                ));
            }
            Wait::Unknown => warnings.push(
                "no answer deadline is known for the steps taken and none was answered: the recipient may ask you to wait for an answer first".to_string(),
            ),
        }
        if s.audience == Audience::Business
            && let Some(wait) = s.conditions.and_then(|c| c.business_wait.as_ref())
            && let Some(written) = internal.iter().rev().find(|step| is_written(step.channel))
            && written.answer.is_none()
        {
            let end = wait.ends(s.institution.country, written.date);
            let candidate = end + Duration::days(1);
            if from.as_ref().is_none_or(|(date, _)| candidate > *date) {
                from = Some((
                    candidate,
                    format!(
                        "a business waits {} without an answer after its written complaint of {} before seizing the mediator",
                        crate::letter::deadline_phrase(wait.count, wait.unit)
                            .replace('\u{a0}', " "),
                        iso(written.date)
                    ),
                ));
            }
        }
    }

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

/// What an escalation or a referral waits for.
enum Wait<'a> {
    Ready,
    Until(NaiveDate, &'a TakenStep),
    Unknown,
}

/// Walks back from the latest step below the level: an answer means ready; an unanswered step
/// with a deadline means waiting until it lapses; a step without a known deadline defers to
/// the one before it.
fn waiting_for(history: &[TakenStep], level: u32) -> Wait<'_> {
    for step in history.iter().rev().filter(|s| s.level < level) {
        if step.answer.is_some() {
            return Wait::Ready;
        }
        if let Some(due) = step.answer_due {
            return Wait::Until(due, step);
        }
    }
    Wait::Unknown
}
