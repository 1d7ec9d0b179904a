//! Unit tests of the registry: the embedded ladders, and broken registries refused.

use super::*;

#[test]
fn a_salutation_never_mixes_madame_monsieur_with_a_title() {
    let text = EMBEDDED.replacen(
        "    salutation: Madame, Monsieur,\n",
        "    salutation: Madame, Monsieur le Médiateur,\n",
        1,
    );
    let error = Registry::parse(&text, Path::new("r.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("mixes « Madame, Monsieur » with a title"),
        "{error}"
    );
    let registry = Registry::embedded().unwrap();
    assert_eq!(
        registry.body("mediatrice-bnpp-pf").unwrap().salutation,
        "Madame la Médiatrice,"
    );
}

#[test]
fn a_registry_naming_its_recipients_the_old_way_is_told_where_the_names_went() {
    let text = EMBEDDED.replacen(
        "    salutation: Madame la Médiatrice,\n",
        "    salutation: Madame la Médiatrice,\n    dative: à la Médiatrice\n",
        1,
    );
    let error = Registry::parse(&text, Path::new("ancien.yaml"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("unknown key `dative`"), "{error}");
    assert!(error.contains("fr/destinataires.ftl"), "{error}");
    assert!(error.contains("`body-<id>`"), "{error}");
}

#[test]
fn every_recipient_has_the_id_of_the_message_naming_it() {
    let registry = Registry::embedded().unwrap();
    let cetelem = registry.institution("cetelem-fr").unwrap();
    assert_eq!(cetelem.message(), "institution-cetelem-fr");
    assert_eq!(
        cetelem.level(1).unwrap().recipients[0].message,
        "recipient-cetelem-fr-service-client"
    );
    assert_eq!(
        registry
            .resolve(&cetelem.level(3).unwrap().recipients[0])
            .message,
        "body-mediatrice-bnpp-pf"
    );
    let named = registry.messages();
    // Each with its place in the registry's text.
    let service = named
        .iter()
        .find(|n| n.message == "recipient-cetelem-fr-service-client")
        .unwrap();
    assert_eq!(service.field, "institutions[0].ladder[0].recipients[0]");
    let line = registry.place_of(service).2.unwrap();
    assert_eq!(
        EMBEDDED.lines().nth(line - 1).unwrap().trim(),
        "- id: service-client"
    );
    let body = named
        .iter()
        .find(|n| n.message == "body-ombudsfin")
        .unwrap();
    assert_eq!(
        EMBEDDED
            .lines()
            .nth(registry.place_of(body).2.unwrap() - 1)
            .unwrap(),
        "  - id: ombudsfin"
    );
    let ids: Vec<String> = named.into_iter().map(|n| n.message).collect();
    assert!(ids.contains(&"body-spf-economie".to_string()));
    // A body is named once, however many levels lead to it.
    let ombudsfin = ids.iter().filter(|id| *id == "body-ombudsfin").count();
    assert_eq!(ombudsfin, 1);
}

#[test]
fn embedded_registry_has_the_five_seed_ladders() {
    let registry = Registry::embedded().unwrap();
    let ladders: Vec<(&str, usize)> = registry
        .institutions
        .iter()
        .map(|i| (i.id.as_str(), i.ladder.len()))
        .collect();
    assert_eq!(
        ladders,
        [
            ("cetelem-fr", 3),
            ("amex-fr", 3),
            ("cetelem-be", 2),
            ("stellantis-fs-belux", 4),
            ("madame-courtage", 3)
        ]
    );
}

#[test]
fn cetelem_fr_second_level_is_registered_and_mediator_needs_both_levels() {
    let registry = Registry::embedded().unwrap();
    let cetelem = registry.institution("cetelem-fr").unwrap();
    assert!(cetelem.level(2).unwrap().registered.is_some());
    assert_eq!(cetelem.level(3).unwrap().after_levels(), [1, 2]);
    let mediator = registry.resolve(&cetelem.level(3).unwrap().recipients[0]);
    assert_eq!(mediator.salutation, "Madame la Médiatrice,");
    assert_eq!(
        mediator.address.unwrap(),
        ["ACI FCL 9065", "92595 Levallois-Perret Cedex"]
    );
}

#[test]
fn unknown_facts_stay_unknown() {
    let registry = Registry::embedded().unwrap();
    let amex = registry.institution("amex-fr").unwrap();
    let mediator = registry.resolve(&amex.level(3).unwrap().recipients[0]);
    assert_eq!(mediator.address, None);
    assert!(mediator.missing.unwrap().contains("unconfirmed"));
}

#[test]
fn typos_find_the_nearest_id() {
    let registry = Registry::embedded().unwrap();
    assert_eq!(
        registry.nearest_institution("cetelem-fx"),
        Some("cetelem-fr")
    );
    assert_eq!(registry.nearest_institution("amex"), Some("amex-fr"));
    assert_eq!(
        registry.nearest_institution("zzzzzzzzzzzzzzzzzzzzzzz"),
        None
    );
}

#[test]
fn every_condition_of_the_registry_rests_on_a_document() {
    let registry = Registry::embedded().unwrap();
    let conditions = registry.conditions();
    assert!(conditions.len() > 30, "{}", conditions.len());
    for (place, basis) in conditions {
        let basis = basis.unwrap_or_else(|| panic!("{place} has no basis"));
        assert!(registry.document(&basis.doc).is_some(), "{place}");
        assert!(!basis.says.trim().is_empty(), "{place}");
    }
}

#[test]
fn advice_is_not_a_condition() {
    let registry = Registry::embedded().unwrap();
    let amex = registry.institution("amex-fr").unwrap();
    let complaint = amex.level(2).unwrap();
    assert!(complaint.after.is_none());
    assert_eq!(complaint.advised_after.as_ref().unwrap().levels, [1]);
    assert!(complaint.references.required.is_empty());
    assert_eq!(
        complaint.references.advised,
        [ReferenceKind::MemberNumber, ReferenceKind::CardNumber]
    );
    let stellantis = registry.institution("stellantis-fs-belux").unwrap();
    assert_eq!(
        stellantis.level(1).unwrap().references.required_any,
        [vec![
            ReferenceKind::FileNumber,
            ReferenceKind::ContractNumber
        ]]
    );
    for level in stellantis
        .ladder
        .iter()
        .chain(&registry.institution("cetelem-be").unwrap().ladder)
    {
        if level.kind == LevelKind::Mediation {
            assert!(level.references.required.is_empty(), "{}", level.id);
            assert!(level.references.required_any.is_empty(), "{}", level.id);
        }
    }
}

#[test]
fn a_basis_naming_an_unknown_document_is_refused() {
    let text = EMBEDDED.replacen("doc: seed-004,", "doc: seed-404,", 1);
    let err = Registry::parse(&text, Path::new("r.yaml")).unwrap_err();
    assert!(
        err.to_string().contains("names the document `seed-404`"),
        "{err}"
    );
}

#[test]
fn a_broken_registry_is_refused_with_its_reason() {
    let text = EMBEDDED.replacen("body: ombudsfin\n", "body: ombudsfinn\n", 1);
    let err = Registry::parse(&text, Path::new("r.yaml")).unwrap_err();
    assert!(
        err.to_string().contains("names the body `ombudsfinn`"),
        "{err}"
    );
}
