//! From which day a deadline runs, and when it ends: each deadline of the registry names the
//! event its source counts from (sending, receipt, the first written complaint, the first
//! complaint). A recorded day of receipt is used when the case gives it; otherwise the day of
//! receipt of a posted letter is assumed — generously, so that a mediator is never called
//! admissible early — and every date resting on that assumption says so.

use chrono::NaiveDate;
use serde::Serialize;

use crate::procedure::calendar::add_business_days;
use crate::registry::{ChannelKind, Country, Deadline, DeadlineUnit, RunsFrom};

/// The business days (Monday to Friday, less holidays) a posted letter is assumed to take to
/// arrive when the case does not record its receipt.
pub const POSTAL_DELAY_BUSINESS_DAYS: u32 = 4;

/// The answer deadline a letter asks for, as the writer's own request, where the registry
/// gives the level none: one month from the letter's receipt. No source sets it: it is a
/// request, never a condition (a later level written before it ends is warned about, not
/// refused).
pub fn requested_answer() -> Deadline {
    Deadline {
        count: 1,
        unit: DeadlineUnit::Months,
        runs_from: RunsFrom::Receipt,
        extended: None,
        basis: crate::registry::Basis {
            doc: String::new(),
            says: "the letter's own request: an answer within one month of its receipt".into(),
        },
    }
}

/// The days of a case a deadline may run from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchors {
    /// The first written complaint to the institution (a letter, an e-mail, a form).
    pub first_written: Option<NaiveDate>,
    /// The first complaint, by any channel.
    pub first_complaint: Option<NaiveDate>,
}

/// A step as a deadline sees it.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub date: NaiveDate,
    pub channel: ChannelKind,
    /// The recorded day of receipt.
    pub received: Option<NaiveDate>,
}

/// The day a deadline starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Start {
    pub date: NaiveDate,
    pub runs_from: RunsFrom,
    /// The day is an assumed day of receipt, not a recorded one.
    pub assumed: bool,
}

/// The end of a deadline, with where it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Due {
    /// The last day of the deadline.
    pub date: NaiveDate,
    pub start: Start,
    /// The extended deadline of a holding letter applies.
    pub extended: bool,
}

impl Due {
    /// Whether the date is certain: it rests on no assumed day of receipt.
    pub fn is_certain(&self) -> bool {
        !self.start.assumed
    }
}

/// The day a step reached its recipient: the recorded one, or the assumed one for the post.
/// A call, a chat, a visit, an e-mail or a form reach it the day they are made.
pub fn receipt(country: Country, sent: Sent) -> (NaiveDate, bool) {
    match (sent.received, sent.channel) {
        (Some(day), _) => (day, false),
        (None, ChannelKind::Letter | ChannelKind::Registered) => (
            add_business_days(
                DeadlineUnit::BusinessDays,
                country,
                sent.date,
                POSTAL_DELAY_BUSINESS_DAYS,
            ),
            true,
        ),
        (None, _) => (sent.date, false),
    }
}

/// The day a deadline starts from for a step. `None` when its event has not happened: a
/// deadline from the first written complaint does not run before there is one.
pub fn start(runs_from: RunsFrom, country: Country, sent: Sent, anchors: Anchors) -> Option<Start> {
    let (date, assumed) = match runs_from {
        RunsFrom::Sending => (sent.date, false),
        RunsFrom::Receipt | RunsFrom::Unknown => receipt(country, sent),
        RunsFrom::FirstWritten => (anchors.first_written?, false),
        RunsFrom::FirstComplaint => (anchors.first_complaint?, false),
    };
    Some(Start {
        date,
        runs_from,
        assumed,
    })
}

/// The last day of a deadline for a step, the extended one when a holding letter announced
/// it. `None` when the deadline does not run yet, or when a holding letter announced an
/// extension the registry does not know.
pub fn due(
    deadline: &Deadline,
    country: Country,
    sent: Sent,
    anchors: Anchors,
    holding_letter: bool,
) -> Option<Due> {
    let start = start(deadline.runs_from, country, sent, anchors)?;
    let count = if holding_letter {
        deadline.extended?
    } else {
        deadline.count
    };
    Some(Due {
        date: crate::procedure::calendar::deadline_end(country, start.date, count, deadline.unit),
        start,
        extended: holding_letter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Basis;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn deadline(count: u32, unit: DeadlineUnit, runs_from: RunsFrom) -> Deadline {
        Deadline {
            count,
            unit,
            runs_from,
            extended: Some(35),
            basis: Basis {
                doc: "test".into(),
                says: "test".into(),
            },
        }
    }

    fn letter(date: NaiveDate, received: Option<NaiveDate>) -> Sent {
        Sent {
            date,
            channel: ChannelKind::Letter,
            received,
        }
    }

    #[test]
    fn a_deadline_from_receipt_uses_the_recorded_day() {
        let fifteen = deadline(15, DeadlineUnit::Days, RunsFrom::Receipt);
        // Sent Thursday 2 July, received Monday 6 July: 15 days end on Tuesday 21 July.
        let due = due(
            &fifteen,
            Country::FR,
            letter(d(2026, 7, 2), Some(d(2026, 7, 6))),
            Anchors::default(),
            false,
        )
        .unwrap();
        assert_eq!(due.date, d(2026, 7, 21));
        assert!(due.is_certain());
    }

    #[test]
    fn without_a_recorded_receipt_a_posted_letter_is_assumed_received_four_business_days_later() {
        let fifteen = deadline(15, DeadlineUnit::Days, RunsFrom::Receipt);
        // Thursday 9 July 2026 + 4 business days, 14 July being a holiday: Thursday 16 July.
        let due = due(
            &fifteen,
            Country::FR,
            letter(d(2026, 7, 9), None),
            Anchors::default(),
            false,
        )
        .unwrap();
        assert_eq!(due.start.date, d(2026, 7, 16));
        assert!(!due.is_certain());
        assert_eq!(due.date, d(2026, 7, 31));
        // Counted from sending, the date would be a week early.
        assert!(due.date > d(2026, 7, 24));
    }

    #[test]
    fn an_email_is_received_the_day_it_is_sent() {
        let sent = Sent {
            date: d(2026, 7, 9),
            channel: ChannelKind::Email,
            received: None,
        };
        assert_eq!(receipt(Country::BE, sent), (d(2026, 7, 9), false));
    }

    #[test]
    fn a_deadline_from_the_first_written_complaint_is_not_restarted_by_an_escalation() {
        let two_months = deadline(2, DeadlineUnit::Months, RunsFrom::FirstWritten);
        let anchors = Anchors {
            first_written: Some(d(2026, 7, 2)),
            first_complaint: Some(d(2026, 7, 2)),
        };
        let escalation = Sent {
            date: d(2026, 11, 22),
            channel: ChannelKind::Registered,
            received: None,
        };
        let due = due(&two_months, Country::FR, escalation, anchors, false).unwrap();
        assert_eq!(due.date, d(2026, 9, 2));
        assert!(due.is_certain());
        // Without a written complaint, the deadline does not run.
        let call = Sent {
            date: d(2026, 7, 2),
            channel: ChannelKind::Phone,
            received: None,
        };
        assert_eq!(
            super::due(&two_months, Country::FR, call, Anchors::default(), false),
            None
        );
    }

    #[test]
    fn a_holding_letter_switches_to_the_extended_deadline() {
        let fifteen = deadline(15, DeadlineUnit::Days, RunsFrom::Receipt);
        let sent = letter(d(2026, 7, 2), Some(d(2026, 7, 6)));
        let due = due(&fifteen, Country::FR, sent, Anchors::default(), true).unwrap();
        assert_eq!(due.date, d(2026, 8, 10));
        assert!(due.extended);
        let mut without = fifteen.clone();
        without.extended = None;
        assert_eq!(
            super::due(&without, Country::FR, sent, Anchors::default(), true),
            None
        );
    }
}
