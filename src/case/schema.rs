//! The JSON Schema of the case file, derived from the case model itself (schemars), so that
//! editors complete and check case files as they are typed. It knows the registry's
//! institutions. What a schema cannot say — a Luhn digit, the order of the history, which
//! references a level needs — is left to `recours check`.

use serde_json::{Value, json};

use crate::case::Case;
use crate::registry::Registry;

/// The schema, with the ids of `registry`'s institutions.
pub fn case_schema(registry: &Registry) -> Value {
    let mut schema = model_schema();
    let ids: Vec<&str> = registry
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    schema["properties"]["institution"]["enum"] = json!(ids);
    schema
}

/// The schema of the case model alone (any institution id): what the structure of a case file
/// must be, before the registry is consulted.
pub fn model_schema() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Case)).expect("a schema serializes");
    schema["title"] = json!("recours case file");
    schema["description"] = json!(
        "A complainant's case: who, against which institution, the dispute, the steps already taken and the letter to write. Checked fully by `recours check`."
    );
    let non_blank = json!("\\S");
    if let Some(dispute) = schema.pointer_mut("/$defs/Dispute/properties") {
        dispute["subject"]["pattern"] = non_blank.clone();
        dispute["facts"]["pattern"] = non_blank.clone();
        dispute["demands"]["minItems"] = json!(1);
        dispute["demands"]["items"]["pattern"] = non_blank.clone();
    }
    if let Some(complainant) = schema.pointer_mut("/$defs/Complainant/properties") {
        complainant["name"]["pattern"] = non_blank;
        complainant["address"]["minItems"] = json!(1);
    }
    schema
}

/// The schema as the text `recours schema` prints and `recours init` writes.
pub fn case_schema_text(registry: &Registry) -> String {
    let mut text =
        serde_json::to_string_pretty(&case_schema(registry)).expect("a schema serializes");
    text.push('\n');
    text
}
