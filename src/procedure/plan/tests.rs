//! Unit tests of the module above.

use std::path::Path;

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn case(institution: &str, extra: &str) -> CaseFile {
    let text = format!(
        "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\n{extra}\ninstitution: {institution}\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n"
    );
    CaseFile::parse(text, Path::new("case.yaml")).unwrap()
}

fn plan_of(file: &CaseFile) -> Result<Plan<'static>, Error> {
    let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().unwrap()));
    plan(
        file,
        registry,
        PlanOptions {
            today: today(),
            ..PlanOptions::default()
        },
    )
}

fn messages(result: Result<Plan<'static>, Error>) -> String {
    match result {
        Ok(plan) => panic!("expected a refusal, got level {}", plan.level.level),
        Err(e) => e.to_string(),
    }
}

#[test]
fn checking_reports_every_fault_at_once_and_decides_nothing() {
    let registry = Registry::embedded().unwrap();
    let options = PlanOptions {
        today: today(),
        step: Some(3),
        ..PlanOptions::default()
    };
    let file = case(
        "cetelem-fr",
        "references: {card_number: '4111 1111 1111 1112'}\nletter: {language: de}",
    );
    let Err(Error::Invalid(faults)) = check(&file, &registry, options) else {
        panic!("the case has faults");
    };
    let fields: Vec<&str> = faults.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "references.card_number",
            "--step 3",
            "--step 3",
            "letter.language"
        ],
        "the card, the two levels level 3 needs, the language: {faults:?}"
    );
    // A sound case is checked without deciding admissibility: that is the plan's part.
    let sound = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
    );
    let on_the_test_day = PlanOptions {
        today: today(),
        ..PlanOptions::default()
    };
    let checked = check(&sound, &registry, on_the_test_day).unwrap();
    assert_eq!(checked.level.level, 2);
    assert_eq!(checked.recipient_lines[0], "Service consommateurs Cetelem");
    let planned = plan(&sound, &registry, on_the_test_day).unwrap();
    assert_eq!(planned.level.level, checked.level.level);
}

#[test]
fn the_next_level_follows_the_highest_one_taken() {
    let file = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
    );
    let plan = plan_of(&file).unwrap();
    assert_eq!(plan.level.level, 2);
    assert_eq!(
        plan.recipient_lines,
        [
            "Service consommateurs Cetelem",
            "95908 Cergy Pontoise Cedex 9"
        ]
    );
    assert_eq!(plan.date, today());
    assert_eq!(
        plan.history[0].recipient,
        "recipient-cetelem-fr-service-client"
    );
}

#[test]
fn a_level_id_names_a_step() {
    let file = case(
        "cetelem-fr",
        "history:\n  - {step: service-client, date: 2026-07-02, channel: letter}\n  - {step: service-consommateurs, date: 2026-08-02, channel: registered}",
    );
    assert_eq!(plan_of(&file).unwrap().level.level, 3);
}

#[test]
fn the_mediator_of_cetelem_needs_both_internal_levels() {
    let file = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter:\n  step: 3",
    );
    let message = messages(plan_of(&file));
    assert!(
        message.contains("comes after level 2 (escalation)"),
        "{message}"
    );
}

#[test]
fn business_customers_write_to_the_b2b_service() {
    let consumer = case("stellantis-fs-belux", "references: {file_number: F-1}");
    assert_eq!(plan_of(&consumer).unwrap().recipient.id, "b2c");
    let business = CaseFile::parse(
        consumer.text.replace(
            "address: [12 rue des Lilas, 59000 Lille]",
            "address: [12 rue des Lilas, 59000 Lille]\n  type: business",
        ),
        Path::new("case.yaml"),
    )
    .unwrap();
    let plan = plan_of(&business).unwrap();
    assert_eq!(plan.recipient.id, "b2b");
    assert_eq!(plan.recipient_lines[1], "Service des opérations / BU Lease");
}

#[test]
fn an_alternative_recipient_is_chosen_by_id_and_a_typo_is_caught() {
    let history = "references: {file_number: F-1}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: letter}\n  - {step: 2, date: 2026-08-02, channel: letter}";
    let file = case(
        "stellantis-fs-belux",
        &format!("{history}\nletter:\n  recipient: ombudsman-assurances"),
    );
    let plan = plan_of(&file).unwrap();
    assert_eq!(
        plan.recipient_lines,
        [
            "Ombudsman des Assurances",
            "Square de Meeûs 35",
            "1000 Bruxelles"
        ]
    );
    let file = case(
        "stellantis-fs-belux",
        &format!("{history}\nletter:\n  recipient: ombudsfn"),
    );
    let message = messages(plan_of(&file));
    assert!(message.contains("did you mean `ombudsfin`?"), "{message}");
    let file = case(
        "stellantis-fs-belux",
        &format!("{history}\nletter:\n  recipient: consumerconnect"),
    );
    assert!(messages(plan_of(&file)).contains("online portal"));
}

#[test]
fn insurance_products_go_to_the_insurance_ombudsman() {
    let history = "references: {file_number: F-1}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-10}}";
    let file = case(
        "stellantis-fs-belux",
        &format!("product: assurance Solde Restant Dû\n{history}\nletter: {{step: 3}}"),
    );
    assert_eq!(plan_of(&file).unwrap().recipient.id, "ombudsman-assurances");
    let file = case(
        "stellantis-fs-belux",
        &format!(
            "product: assurance RC Auto\n{history}\nletter: {{step: 3, recipient: ombudsfin}}"
        ),
    );
    assert_eq!(
        plan_of(&file).unwrap().recipient.id,
        "ombudsfin",
        "the case may choose otherwise"
    );
    let file = case(
        "stellantis-fs-belux",
        &format!("product: crédit automobile\n{history}\nletter: {{step: 3}}"),
    );
    assert_eq!(plan_of(&file).unwrap().recipient.id, "ombudsfin");
    assert_eq!(
        product_family("Verzekering"),
        Some(ProductFamily::Insurance)
    );
    assert_eq!(product_family("carte Cpay"), None);
}

#[test]
fn an_address_the_case_vouches_for_replaces_an_unknown_one() {
    let file = case(
        "madame-courtage",
        "letter:\n  recipient_address: [Cabinet Madame Courtage, 10 rue de l'Exemple, 75001 Paris]",
    );
    let plan = plan_of(&file).unwrap();
    assert_eq!(
        plan.recipient_lines,
        [
            "Cabinet Madame Courtage",
            "10 rue de l'Exemple",
            "75001 Paris"
        ]
    );
    let file = case("madame-courtage", "");
    assert!(messages(plan_of(&file)).contains("never invents an address"));
}

#[test]
fn a_mediator_refuses_a_dispute_before_a_court() {
    let file = case(
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email}\nletter:\n  step: 3",
    );
    assert!(plan_of(&file).is_ok());
    let text = file.text.replace(
        "  demands: [le remboursement]",
        "  demands: [le remboursement]\n  court_action: true",
    );
    let file = CaseFile::parse(text, Path::new("case.yaml")).unwrap();
    let plan = plan_of(&file).unwrap();
    let crate::procedure::admissibility::Verdict::NotAdmissible { rule } = &plan.assessment.verdict
    else {
        panic!("refused: {:?}", plan.assessment)
    };
    assert!(rule.contains("a court is already seized"), "{rule}");
}

#[test]
fn every_fault_is_reported_at_once() {
    let file = case(
        "cetelem-be",
        "references: {file_number: '123', national_register: '93051822362'}\nhistory:\n  - {step: 1, date: 2027-01-01, channel: letter}",
    );
    let Err(Error::Invalid(faults)) = plan_of(&file) else {
        panic!("refused")
    };
    let fields: Vec<&str> = faults.iter().map(|d| d.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "references.file_number",
            "references.national_register",
            "history[0].date"
        ]
    );
}

#[test]
fn cited_references_are_those_of_the_level() {
    let file = case(
        "cetelem-be",
        "references: {file_number: '4012 3456 7890', national_register: '93.05.18-223.61'}\nhistory:\n  - {step: 1, date: 2026-07-01, channel: email}",
    );
    let plan = plan_of(&file).unwrap();
    // The mediator (level 2) does not need the national register number: it is left out.
    assert_eq!(plan.level.level, 2);
    let labels: Vec<&str> = plan.references.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["N° de dossier"]);
}

#[test]
fn the_same_plan_is_told_from_the_options_that_make_it() {
    let registry = Registry::embedded().unwrap();
    let history = "history:\n  - {step: 1, date: 2026-07-02, channel: letter}";
    let undated = case("cetelem-fr", history);
    let dated = case(
        "cetelem-fr",
        &format!("{history}\nletter: {{date: 2026-11-02}}"),
    );
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let options =
        |date: Option<NaiveDate>, today: NaiveDate, force: bool, email: bool| PlanOptions {
            step: None,
            date,
            today,
            force,
            email,
        };
    let plain = options(None, today(), false, false);
    // (the case, the other options, whether `same_plan` says so, whether the plans are equal)
    let checks = [
        // The letter's date given by --date or taken from the day; force is not the plan's.
        (
            &undated,
            options(Some(today()), today(), true, false),
            true,
            true,
        ),
        (&undated, options(None, today(), true, false), true, true),
        // The case's own letter date beats the day, not --date.
        (
            &dated,
            options(Some(today()), today(), true, false),
            false,
            false,
        ),
        (&dated, options(None, today(), true, false), true, true),
        (
            &dated,
            options(Some(day(2)), today(), false, false),
            true,
            true,
        ),
        // Another channel, another level.
        (&undated, options(None, today(), false, true), false, false),
        (
            &undated,
            PlanOptions {
                step: Some(3),
                ..plain
            },
            false,
            false,
        ),
        // Another day for the same letter date: equal here, but the day decides which steps
        // are spent, so it is not told the same.
        (
            &undated,
            options(Some(today()), day(23), false, false),
            false,
            true,
        ),
    ];
    for (n, (file, other, same, equal)) in checks.into_iter().enumerate() {
        assert_eq!(same_plan(file, plain, other), same, "check {n}");
        let planned = |o| format!("{:?}", plan(file, &registry, o).map_err(|e| e.to_string()));
        assert_eq!(planned(plain) == planned(other), equal, "check {n}");
    }
}

#[test]
fn an_address_ends_with_its_postcode_and_an_e_mail_address_has_a_domain() {
    use super::{is_email_address, is_postcode_line};
    for good in [
        "59000 Lille",
        "1000 Bruxelles",
        "B-5590 Ciney",
        "75854 Paris Cedex 17",
    ] {
        assert!(is_postcode_line(good), "{good}");
    }
    for bad in [
        "Lille",
        "59000",
        "rue des Lilas 12",
        "590 Lille",
        "59000Lille",
    ] {
        assert!(!is_postcode_line(bad), "{bad}");
    }
    assert!(is_email_address("marie.dubois@example.org"));
    for bad in [
        "marie.dubois",
        "marie@example",
        "@example.org",
        "a b@example.org",
        "a@b@c.fr",
    ] {
        assert!(!is_email_address(bad), "{bad}");
    }
}
