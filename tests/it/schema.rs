//! The case file's JSON Schema: the committed copy editors use is the one the model gives;
//! it accepts every example and rejects the bad inputs a schema can express (the others —
//! a Luhn digit, a date order, the references a level needs — are `recours check`'s).

use crate::common::*;

fn schema() -> serde_json::Value {
    recours::case::schema::case_schema(&recours::Registry::embedded().unwrap())
}

fn validator() -> (boon::Schemas, boon::SchemaIndex) {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("file:///case.schema.json", schema())
        .unwrap();
    let index = compiler
        .compile("file:///case.schema.json", &mut schemas)
        .unwrap();
    (schemas, index)
}

fn accepts(text: &str) -> bool {
    let Ok(instance) = serde_saphyr::from_str::<serde_json::Value>(text) else {
        return false;
    };
    let (schemas, index) = validator();
    schemas.validate(&instance, index).is_ok()
}

#[test]
fn the_committed_schema_is_the_models() {
    let committed = std::fs::read_to_string(root().join("examples/case.schema.json")).unwrap();
    assert_eq!(
        committed,
        recours::case::schema::case_schema_text(&recours::Registry::embedded().unwrap()),
        "examples/case.schema.json is stale: run `cargo run -- schema > examples/case.schema.json`"
    );
}

#[test]
fn every_example_is_accepted() {
    for path in example_paths() {
        assert!(
            accepts(&std::fs::read_to_string(&path).unwrap()),
            "{} is refused",
            path.display()
        );
    }
}

#[test]
fn bad_inputs_a_schema_can_express_are_rejected() {
    let base = std::fs::read_to_string(example("cetelem-fr-mediation.yaml")).unwrap();
    assert!(accepts(&base));
    let bad = [
        (
            "unknown key",
            "  name: Marie Dubois",
            "  nmae: Marie Dubois",
        ),
        ("wrong type", "  amount: 45.00", "  amount: [45]"),
        (
            "impossible date",
            "    date: 2026-07-20",
            "    date: 2026-02-30",
        ),
        (
            "unknown institution",
            "institution: cetelem-fr",
            "institution: cetelem-fx",
        ),
        (
            "unknown channel",
            "    channel: registered",
            "    channel: pigeon",
        ),
        (
            "empty demands",
            "  demands:\n    - le remboursement des frais de retard de 45,00 €\n    - la rectification de l'historique de paiement de mon compte\n",
            "  demands: []\n",
        ),
    ];
    for (what, from, to) in bad {
        assert!(base.contains(from), "{what}: the example has no «{from}»");
        let text = base.replacen(from, to, 1);
        assert!(!accepts(&text), "{what} is accepted");
    }
    let start = base.find("  facts: |").unwrap();
    let end = base.find("  demands:").unwrap();
    let blank_facts = format!("{}  facts: \"   \"\n{}", &base[..start], &base[end..]);
    assert!(!accepts(&blank_facts), "blank facts are accepted");
}
