//! Unit tests of the module above: one case per state, on a Cetelem ladder.

use std::path::Path;

use super::*;
use crate::case::CaseFile;
use crate::procedure::plan::{PlanOptions, plan};
use crate::registry::Registry;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Where a case of `institution` with these lines after `dispute:` stands on `on`.
fn standing_of(institution: &str, extra: &str, on: &str) -> Standing {
    let text = format!(
        "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\ninstitution: {institution}\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n{extra}"
    );
    let file = CaseFile::parse(text, Path::new("case.yaml")).unwrap();
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().unwrap()));
    let options = PlanOptions {
        step: None,
        date: Some(day(on)),
        today: day(on),
        force: true,
        email: false,
    };
    standing(&plan(&file, registry, options).unwrap(), 30)
}

#[test]
fn ready_when_nothing_runs() {
    let s = standing_of("cetelem-fr", "", "2026-11-30");
    assert_eq!(s.state, State::Ready);
    assert_eq!(s.date, Some(day("2026-11-30")));
    assert_eq!(s.detail, "level 1 (complaint) may be sent today");
    assert!(s.events.is_empty());
}

#[test]
fn answer_due_until_the_institutions_deadline_has_run() {
    // Cetelem's consumer service answers within two months of the first written complaint:
    // the answer is due until then, and the escalation opens the day after.
    let s = standing_of(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-11-20, channel: letter}\n",
        "2026-11-30",
    );
    assert_eq!(s.state, State::AnswerDue);
    assert_eq!(s.date, Some(day("2027-01-20")));
    assert_eq!(s.admissible_from, Some(day("2027-01-21")));
    assert!(!s.sendable);
    assert_eq!(s.level_id.as_deref(), Some("service-consommateurs"));
    let kinds: Vec<(EventKind, NaiveDate)> = s.events.iter().map(|e| (e.kind, e.date)).collect();
    assert_eq!(
        kinds,
        [
            (EventKind::AnswerDue, day("2027-01-20")),
            (EventKind::AdmissibleFrom, day("2027-01-21")),
            (EventKind::MediationWindowCloses, day("2027-11-20")),
        ]
    );
}

#[test]
fn answer_due_while_the_month_a_letter_asked_for_runs() {
    // Cetelem Belgium's source gives its complaints service no deadline: the letter asked for
    // an answer within a month of its (assumed) receipt.
    let history = "history:\n  - {step: 1, date: 2026-10-20, channel: letter}\n";
    let s = standing_of("cetelem-be", history, "2026-11-22");
    assert_eq!(s.state, State::AnswerDue);
    assert_eq!(s.date, Some(day("2026-11-26")));
    assert!(
        s.detail
            .starts_with("the step of 20 October 2026 (level 1) awaits its answer within the month it asked for, until 26 November 2026; then level 2"),
        "{}",
        s.detail
    );
    assert_eq!(s.events[0].kind, EventKind::AnswerRequested);
    assert!(
        !s.sendable,
        "waiting for that month is practice: no letter goes before it"
    );
    // Once that month is over, the mediator's letter may go.
    let s = standing_of("cetelem-be", history, "2026-11-27");
    assert_eq!(s.state, State::Ready);
    assert!(s.sendable);
}

#[test]
fn an_escalation_sent_after_the_deadline_lapsed_opens_a_month_of_its_own() {
    // Two months from the first complaint of 2026-08-03 ended on 2026-10-05; the escalation
    // of 2026-11-20 asked for an answer within a month of its (assumed) receipt, 2026-11-26.
    let history = "history:\n  - {step: 1, date: 2026-08-03, channel: letter}\n  - {step: 2, date: 2026-11-20, channel: registered}\n";
    let s = standing_of("cetelem-fr", history, "2026-11-22");
    assert_eq!(s.state, State::AnswerDue);
    // The month ends on a Saturday, 2026-12-26: the next business day.
    assert_eq!(s.date, Some(day("2026-12-28")));
    assert_eq!(s.admissible_from, Some(day("2026-12-29")));
    assert!(!s.sendable);
    let s = standing_of("cetelem-fr", history, "2026-12-29");
    assert_eq!(s.state, State::Ready);
}

#[test]
fn lapsing_when_the_mediators_year_closes_within_the_days_asked() {
    let history = "history:\n  - {step: 1, date: 2025-12-10, channel: letter}\n  - {step: 2, date: 2026-01-10, channel: registered, answer: {date: 2026-02-01}}\n";
    let s = standing_of("cetelem-fr", history, "2026-11-30");
    assert_eq!(s.state, State::Lapsing);
    assert_eq!(s.date, Some(day("2026-12-10")));
    assert_eq!(
        s.detail,
        "the year to refer the dispute to the mediator after the written complaint of 10 December 2025 closes on 10 December 2026; next: level 3 (mediation), which may be sent today"
    );
    assert!(s.sendable);
    let ids: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["mediation-window-first", "mediation-window-last"]);
    // Eleven days earlier, with 30 days ahead, it is not lapsing yet.
    assert_eq!(
        standing_of("cetelem-fr", history, "2026-11-09").state,
        State::Ready
    );
}

#[test]
fn lapsing_when_the_card_payment_can_soon_no_longer_be_contested() {
    let s = standing_of("cetelem-fr", "  payment_date: 2025-11-20\n", "2026-11-30");
    assert_eq!(s.state, State::Lapsing);
    assert_eq!(s.date, Some(day("2026-12-20")));
    assert_eq!(s.events[0].id, "card-payment-window");
}

#[test]
fn blocked_by_a_rule_of_the_recipient() {
    let s = standing_of(
        "cetelem-fr",
        "  court_action: true\nhistory:\n  - {step: 1, date: 2026-06-10, channel: letter}\n  - {step: 2, date: 2026-07-10, channel: registered, answer: {date: 2026-08-01}}\n",
        "2026-11-30",
    );
    assert_eq!(s.state, State::Blocked);
    assert_eq!(s.date, None);
    assert!(
        s.detail
            .starts_with("level 3 (mediation): a court is already seized"),
        "{}",
        s.detail
    );
}

#[test]
fn states_sort_most_urgent_first() {
    let mut states = State::ALL;
    states.reverse();
    states.sort();
    let words: Vec<&str> = states.iter().map(|s| s.word()).collect();
    assert_eq!(
        words,
        [
            "lapsing",
            "ready",
            "blocked",
            "answer due",
            "waiting",
            "done"
        ]
    );
}
