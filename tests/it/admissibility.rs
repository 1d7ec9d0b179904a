//! The admissibility matrix: scenarios across the five ladders, each with the verdict and the
//! date expected on a given day.

use std::path::Path;

use chrono::NaiveDate;
use recours::{CaseFile, Engine, Error, PlanOptions, Verdict};

#[derive(Debug)]
enum Expect {
    /// Admissible, with no date condition.
    Admissible,
    /// Admissible since this date.
    Since(&'static str),
    /// Not yet: admissible from this date.
    NotYet(&'static str),
    /// Not admissible: the rule says this.
    Refused(&'static str),
    /// Admissible, with a warning saying this.
    Warned(&'static str),
    /// The case cannot be planned: the fault says this.
    Fault(&'static str),
}

use Expect::*;

/// (scenario, institution, YAML added to the case, day of evaluation, expected).
const SCENARIOS: &[(&str, &str, &str, &str, Expect)] = &[
    // Cetelem France: 1 service client (2 months) → 2 service consommateurs (registered, ACPR
    // 2 months) → 3 médiatrice, after 1 and 2.
    (
        "cetelem-fr: first complaint",
        "cetelem-fr",
        "",
        "2026-07-01",
        Admissible,
    ),
    (
        "cetelem-fr: escalation while level 1 may still answer",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        "2026-08-01",
        NotYet("2026-09-03"),
    ),
    (
        "cetelem-fr: escalation on the deadline's last day",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        "2026-09-02",
        NotYet("2026-09-03"),
    ),
    (
        "cetelem-fr: escalation the day after the deadline",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        "2026-09-03",
        Since("2026-09-03"),
    ),
    (
        "cetelem-fr: escalation after an answer",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}",
        "2026-07-21",
        Admissible,
    ),
    (
        "cetelem-fr: a phone call opens no ACPR deadline (it runs from a written complaint)",
        "cetelem-fr",
        // (A call is no written complaint: level 1's letter comes next; level 2 is asked.)
        "history:\n  - {step: 1, date: 2026-07-02, channel: phone}\nletter: {step: 2}",
        "2026-07-10",
        Warned("no answer deadline is known"),
    ),
    (
        "cetelem-fr: the ACPR deadline runs from the written complaint, not from its receipt",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, received: 2026-07-06, channel: letter}",
        "2026-09-03",
        Since("2026-09-03"),
    ),
    (
        "cetelem-fr: mediator after a lapsed registered letter (two months from the first written complaint)",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}\n  - {step: 2, date: 2026-08-01, channel: registered}",
        "2026-11-21",
        Since("2026-09-03"),
    ),
    (
        "cetelem-fr: mediator before the registered letter's deadline",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}\n  - {step: 2, date: 2026-08-01, channel: registered}",
        "2026-08-15",
        NotYet("2026-09-03"),
    ),
    (
        "cetelem-fr: mediator after both answers",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}\n  - {step: 2, date: 2026-08-01, channel: registered, answer: {date: 2026-08-20}}",
        "2026-08-21",
        Admissible,
    ),
    (
        "cetelem-fr: an escalation sent while level 1 could still answer is warned about",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\n  - {step: 2, date: 2026-08-01, channel: registered}",
        "2026-11-21",
        Warned(
            "was taken before the deadline of the step of 2 July 2026 (level 1) lapsed (2 September 2026",
        ),
    ),
    (
        "cetelem-fr: mediator with a court seized",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}\n  - {step: 2, date: 2026-08-01, channel: registered, answer: {date: 2026-08-20}}\ncourt: yes",
        "2026-09-01",
        Refused("a court is already seized"),
    ),
    (
        "cetelem-fr: mediator without a written complaint",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: phone, answer: {date: 2026-07-02}}\n  - {step: 2, date: 2026-07-03, channel: in-person, answer: {date: 2026-07-03}}\nletter: {step: 3}",
        "2026-09-01",
        Refused("no written complaint"),
    ),
    (
        "cetelem-fr: mediator more than a year after the written complaint",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2025-01-10, channel: letter, answer: {date: 2025-01-20}}\n  - {step: 2, date: 2025-02-01, channel: registered, answer: {date: 2025-02-20}}",
        "2026-03-01",
        Refused("more than one year old"),
    ),
    (
        "cetelem-fr: a year after the first written complaint, not after the last: warned",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2025-01-10, channel: letter, answer: {date: 2025-01-20}}\n  - {step: 2, date: 2025-06-01, channel: registered, answer: {date: 2025-06-20}}",
        "2026-03-01",
        Warned("Which one it runs from is not settled"),
    ),
    (
        "cetelem-fr: mediator exactly one year after",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2025-03-01, channel: letter, answer: {date: 2025-03-10}}\n  - {step: 2, date: 2025-04-01, channel: registered, answer: {date: 2025-04-20}}",
        "2026-03-01",
        Admissible,
    ),
    (
        "cetelem-fr: mediator before level 2",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter: {step: 3}",
        "2026-11-01",
        Fault("comes after level 2"),
    ),
    (
        "cetelem-fr: level 2 by e-mail instead of registered letter",
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-20}}\n  - {step: 2, date: 2026-08-01, channel: email, answer: {date: 2026-08-05}}",
        "2026-09-01",
        Warned("only reached by registered letter"),
    ),
    // American Express: 1 service clients (phone, chat) → 2 relations clients (15 jours
    // ouvrables, 35 when extended) → 3 mediator (address unconfirmed).
    (
        "amex-fr: level 1 has no postal address",
        "amex-fr",
        "letter: {step: 1}",
        "2026-06-01",
        Fault("gives no postal address for its customer"),
    ),
    (
        "amex-fr: a written complaint without a call is advised against, not refused",
        "amex-fr",
        "letter: {step: 2}",
        "2026-06-01",
        Warned("advice, not a condition"),
    ),
    (
        "amex-fr: written complaint after a call",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}",
        "2026-06-01",
        Admissible,
    ),
    (
        "amex-fr: the mediator's address is not known",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, channel: letter}",
        "2026-07-01",
        Fault("never invents an address"),
    ),
    (
        "amex-fr: mediator while the 15 days from the assumed receipt run",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, channel: letter}\nmediator: given",
        "2026-06-10",
        NotYet("2026-06-23"),
    ),
    (
        "amex-fr: mediator once they lapsed",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, channel: letter}\nmediator: given",
        "2026-06-23",
        Since("2026-06-23"),
    ),
    (
        "amex-fr: 15 days from the recorded receipt",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, received: 2026-06-03, channel: letter}\nmediator: given",
        "2026-06-10",
        NotYet("2026-06-19"),
    ),
    (
        "amex-fr: 35 days after a holding letter",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, received: 2026-06-03, channel: letter, extended: 2026-06-12}\nmediator: given",
        "2026-06-20",
        NotYet("2026-07-09"),
    ),
    (
        "amex-fr: mediator after an answer",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, channel: letter, answer: {date: 2026-06-05}}\nmediator: given",
        "2026-06-06",
        Admissible,
    ),
    (
        "amex-fr: mediator before the written complaint",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\nletter: {step: 3}",
        "2026-06-06",
        Fault("comes after level 2"),
    ),
    (
        "amex-fr: card payment more than 13 months old",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\npayment: 2025-01-15",
        "2026-06-01",
        Warned("more than 13 months ago"),
    ),
    (
        "amex-fr: card payment within 13 months",
        "amex-fr",
        "history:\n  - {step: 1, date: 2026-05-12, channel: phone}\npayment: 2026-05-05",
        "2026-06-01",
        Warned("by 2027-06-05"),
    ),
    // Cetelem Belgique: 1 complaint (no deadline given) → 2 Ombudsfin (or the Ombudsman des
    // Assurances for insurance products).
    (
        "cetelem-be: first complaint",
        "cetelem-be",
        "",
        "2026-07-01",
        Admissible,
    ),
    (
        // No source gives level 1 a deadline; waiting for the month a letter of recours asks
        // for is practice: not yet (overridable with --force), the reason says so.
        "cetelem-be: Ombudsfin within the month the complaint asked for",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: email}",
        "2026-07-02",
        NotYet("2026-08-04"),
    ),
    (
        "cetelem-be: Ombudsfin once that month has passed",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: email}",
        "2026-08-04",
        Since("2026-08-04"),
    ),
    (
        "cetelem-be: Ombudsfin after an answer",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: email, answer: {date: 2026-07-10}}",
        "2026-07-11",
        Admissible,
    ),
    (
        "cetelem-be: Ombudsfin after a call only",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: phone, answer: {date: 2026-07-01}}\nletter: {step: 2}",
        "2026-07-11",
        Refused("no written complaint"),
    ),
    (
        // A call took no written complaint: level 1's letter is the next one, and may go.
        "cetelem-be: the complaint in writing after a call",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: phone, answer: {date: 2026-07-01}}",
        "2026-07-11",
        Admissible,
    ),
    (
        "cetelem-be: Ombudsfin more than a year later",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2025-01-10, channel: letter, answer: {date: 2025-01-20}}",
        "2026-03-01",
        Warned("may refuse the case"),
    ),
    (
        "cetelem-be: a business waits 30 days for an answer",
        "cetelem-be",
        "business: yes\nhistory:\n  - {step: 1, date: 2026-07-01, channel: email}",
        "2026-07-20",
        NotYet("2026-08-01"),
    ),
    (
        "cetelem-be: a business after 30 days",
        "cetelem-be",
        "business: yes\nhistory:\n  - {step: 1, date: 2026-07-01, channel: email}",
        "2026-08-01",
        Since("2026-08-01"),
    ),
    (
        "cetelem-be: a business with an answer",
        "cetelem-be",
        "business: yes\nhistory:\n  - {step: 1, date: 2026-07-01, channel: email, answer: {date: 2026-07-05}}",
        "2026-07-06",
        Admissible,
    ),
    (
        "cetelem-be: Ombudsfin with a court seized",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: email, answer: {date: 2026-07-05}}\ncourt: yes",
        "2026-07-06",
        Refused("a court is already seized"),
    ),
    (
        "cetelem-be: the insurance ombudsman needs no written complaint",
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-07-01, channel: phone, answer: {date: 2026-07-01}}\nletter: {step: 2, recipient: ombudsman-assurances}",
        "2026-07-06",
        Admissible,
    ),
    // Stellantis Financial Services Belux: 1 operations (acknowledgement 5 jours ouvrables,
    // answer 1 month) → 2 complaints service → 3 mediation, after 1 → 4 regulator.
    (
        "stellantis: first complaint",
        "stellantis-fs-belux",
        "",
        "2026-06-01",
        Admissible,
    ),
    (
        "stellantis: review while the month runs",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal}",
        "2026-07-01",
        NotYet("2026-07-21"),
    ),
    (
        "stellantis: review after an answer",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal, answer: {date: 2026-07-10}}",
        "2026-07-11",
        Admissible,
    ),
    (
        "stellantis: mediation straight after an answer",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal, answer: {date: 2026-07-10}}\nletter: {step: 3}",
        "2026-07-11",
        Admissible,
    ),
    (
        "stellantis: mediation while the month runs",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal}\nletter: {step: 3}",
        "2026-07-10",
        NotYet("2026-07-21"),
    ),
    (
        "stellantis: mediation after an answered complaint and an unanswered review",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal, answer: {date: 2026-07-10}}\n  - {step: 2, date: 2026-08-01, channel: registered}",
        "2026-08-02",
        Admissible,
    ),
    (
        "stellantis: the regulator after mediation",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal, answer: {date: 2026-07-10}}\n  - {step: 3, date: 2026-08-01, channel: portal}",
        "2026-08-02",
        Admissible,
    ),
    (
        "stellantis: ConsumerConnect takes no letter",
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-06-20, channel: portal, answer: {date: 2026-07-10}}\nletter: {step: 3, recipient: consumerconnect}",
        "2026-07-11",
        Fault("online portal"),
    ),
    // Cabinet Madame Courtage: 1 usual contact (10 jours ouvrables, 2 months) → 2 complaints
    // manager (ACPR defaults) → 3 Médiation de l'Assurance: no answer within two months of
    // the first complaint, or level 2's answer still unsatisfying.
    (
        "madame-courtage: mediator while the two months run",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email}\nletter: {step: 3}",
        "2026-07-01",
        NotYet("2026-08-04"),
    ),
    (
        "madame-courtage: mediator once they lapsed",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email}\nletter: {step: 3}",
        "2026-08-04",
        Since("2026-08-04"),
    ),
    (
        // Level 2 went after the two months had run out: it asked for a month of its own,
        // which the mediator waits for, by practice.
        "madame-courtage: mediator days after a late level 2",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email}\n  - {step: 2, date: 2026-09-01, channel: email}\nletter: {step: 3}",
        "2026-09-03",
        NotYet("2026-10-02"),
    ),
    (
        "madame-courtage: an answered complaint goes to level 2 first",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-06-20}}\nletter: {step: 3}",
        "2026-07-01",
        Fault("comes after level 2"),
    ),
    (
        "madame-courtage: mediator after level 2 answered",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-06-20}}\n  - {step: 2, date: 2026-06-25, channel: email, answer: {date: 2026-07-10}}\nletter: {step: 3}",
        "2026-07-11",
        Admissible,
    ),
    (
        "madame-courtage: mediator while level 2 may still answer (ACPR: two months from the first written complaint)",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-06-20}}\n  - {step: 2, date: 2026-07-01, channel: email}\nletter: {step: 3}",
        "2026-08-01",
        NotYet("2026-08-04"),
    ),
    (
        "madame-courtage: an answer after two months leaves the mediator open without level 2",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-08-20}}\nletter: {step: 3}",
        "2026-09-01",
        Since("2026-08-04"),
    ),
    (
        "madame-courtage: mediator after a call only",
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: phone}\nletter: {step: 3}",
        "2026-09-01",
        Refused("no written complaint"),
    ),
    (
        "madame-courtage: mediator with no complaint at all",
        "madame-courtage",
        "letter: {step: 3}",
        "2026-09-01",
        Fault("comes after level 1"),
    ),
];

/// Builds a case from a scenario's shorthand: `court: yes`, `business: yes`, `payment: DATE`
/// and `mediator: given` stand for the case fields they set.
fn case_text(institution: &str, extra: &str) -> String {
    let mut dispute_extra = String::new();
    let mut complainant_extra = String::new();
    let mut letter_extra = String::new();
    let mut rest = Vec::new();
    for line in extra.lines() {
        match line {
            "court: yes" => dispute_extra.push_str("  court_action: true\n"),
            "business: yes" => complainant_extra.push_str("  type: business\n"),
            "mediator: given" => letter_extra
                .push_str("recipient_address: [Médiateur confirmé, 1 rue de la Paix, 75002 Paris]"),
            l if l.starts_with("payment: ") => {
                dispute_extra.push_str(&format!("  payment_date: {}\n", &l["payment: ".len()..]))
            }
            l => rest.push(l),
        }
    }
    let mut rest = rest.join("\n");
    if !letter_extra.is_empty() {
        rest = if rest.contains("letter: {") {
            rest.replace("letter: {", &format!("letter: {{{letter_extra}, "))
        } else {
            format!("{rest}\nletter: {{{letter_extra}}}")
        };
    }
    let references = match institution {
        "amex-fr" => "references: {member_number: A-1, card_number: '378282246310005'}",
        "cetelem-be" => "references: {file_number: '401234567890'}",
        "stellantis-fs-belux" => "references: {file_number: SFS-1}",
        _ => "references: {}",
    };
    format!(
        "complainant:\n  name: Camille Test\n  address: [1 rue de l'Essai, 59000 Lille]\n{complainant_extra}institution: {institution}\n{references}\ndispute:\n  subject: Litige\n  facts: Des faits.\n  demands: [une demande]\n{dispute_extra}{rest}\n"
    )
}

#[test]
fn admissibility_matrix() {
    assert!(SCENARIOS.len() >= 46);
    let engine = Engine::new(None, None).unwrap();
    let mut failures = Vec::new();
    for (name, institution, extra, on, expect) in SCENARIOS {
        let text = case_text(institution, extra);
        let file = CaseFile::parse(text.clone(), Path::new("case.yaml"))
            .unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        let on = NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap();
        let options = PlanOptions {
            date: Some(on),
            today: on,
            ..PlanOptions::default()
        };
        let outcome = engine.plan(&file, options);
        let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let ok = match (&outcome, expect) {
            (Err(Error::Invalid(faults)), Fault(text)) => {
                faults.iter().any(|f| f.to_string().contains(text))
            }
            (Ok(plan), Admissible) => {
                plan.assessment.verdict == Verdict::Admissible
                    && plan.assessment.admissible_from.is_none()
            }
            (Ok(plan), Since(d)) => {
                plan.assessment.verdict == Verdict::Admissible
                    && plan.assessment.admissible_from == Some(date(d))
            }
            (Ok(plan), NotYet(d)) => {
                matches!(&plan.assessment.verdict, Verdict::NotYet { from, .. } if *from == date(d))
            }
            (Ok(plan), Refused(text)) => {
                matches!(&plan.assessment.verdict, Verdict::NotAdmissible { rule } if rule.contains(text))
            }
            (Ok(plan), Warned(text)) => {
                plan.assessment.verdict == Verdict::Admissible
                    && plan.assessment.warnings.iter().any(|w| w.contains(text))
            }
            _ => false,
        };
        if !ok {
            let got = match &outcome {
                Ok(plan) => format!("{:?}", plan.assessment),
                Err(e) => e.to_string(),
            };
            failures.push(format!("{name}: expected {expect:?}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} scenario(s) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
