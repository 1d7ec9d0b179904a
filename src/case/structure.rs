//! Every structural fault of a case file at once. Deserialising stops at the first fault;
//! when it does, the YAML tree is validated against the case file's JSON Schema (the one
//! `recours schema` prints, derived from the model), which sees them all: unknown keys, missing
//! keys, wrong types, bad dates and amounts, empty texts. Each is located at its line, as the
//! deserialiser's own message is.

use std::path::Path;
use std::sync::OnceLock;

use boon::{Compiler, ErrorKind, InstanceToken, SchemaIndex, Schemas, ValidationError};
use serde_json::Value;

use crate::error::Diagnostic;
use crate::registry::nearest;
use crate::text::messages::tr;

/// The compiled schema of the case model, built once.
fn validator() -> &'static (Schemas, SchemaIndex, Value) {
    static VALIDATOR: OnceLock<(Schemas, SchemaIndex, Value)> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        let schema = crate::case::schema::model_schema();
        let mut schemas = Schemas::new();
        let mut compiler = Compiler::new();
        compiler.enable_format_assertions();
        compiler
            .add_resource("file:///case.schema.json", schema.clone())
            .expect("the model's schema is a resource");
        let index = compiler
            .compile("file:///case.schema.json", &mut schemas)
            .expect("the model's schema compiles");
        (schemas, index, schema)
    })
}

/// The most faults reported for one file.
const MAX_FAULTS: usize = 50;

/// A fault found in the tree: where (key path segments) and what.
#[derive(Debug, Clone, PartialEq)]
struct Fault {
    path: Vec<Segment>,
    kind: FaultKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Item(usize),
}

#[derive(Debug, Clone, PartialEq)]
enum FaultKind {
    Unknown(String),
    Missing(String),
    /// The value at the path is not what the field takes.
    Value,
    Empty,
}

/// Every structural fault of a case file's text, located, in the order of the file. Empty when
/// the text is not YAML at all (the parser's own message says where) or when the schema sees
/// nothing wrong (a fault only the model sees).
pub fn faults(text: &str, origin: &Path) -> Vec<Diagnostic> {
    let Ok(tree) = serde_saphyr::from_str::<Value>(text) else {
        return Vec::new();
    };
    let (schemas, index, schema) = validator();
    let Err(error) = schemas.validate(&tree, *index) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    collect(&error, &mut found);
    // A key mistyped is both unknown and missing: say it once, as the unknown key (whose help
    // names the key it stands for).
    let typos: Vec<(Vec<Segment>, String)> = found
        .iter()
        .filter_map(|f| match &f.kind {
            FaultKind::Unknown(key) => {
                let allowed = keys_at(schema, &f.path);
                nearest(key, allowed.iter().map(String::as_str))
                    .map(|near| (f.path.clone(), near.to_string()))
            }
            _ => None,
        })
        .collect();
    found.retain(|f| match &f.kind {
        FaultKind::Missing(key) => !typos.iter().any(|(p, k)| *p == f.path && k == key),
        _ => true,
    });
    // A file with a great many faults is reported by its first ones.
    found.truncate(MAX_FAULTS);
    let paths = crate::yaml::key_paths(text);
    let mut out: Vec<Diagnostic> = Vec::new();
    for fault in found {
        let d = describe(&fault, &tree, schema, text, &paths, origin);
        if !out
            .iter()
            .any(|o| o.line == d.line && o.field == d.field && o.problem == d.problem)
        {
            out.push(d);
        }
    }
    out.sort_by_key(|d| (d.line, d.column));
    out
}

/// The leaves of boon's error tree; an `anyOf` (a field that takes this or that) is one fault.
fn collect(error: &ValidationError, out: &mut Vec<Fault>) {
    let path: Vec<Segment> = error
        .instance_location
        .tokens
        .iter()
        .map(|t| match t {
            InstanceToken::Prop(p) => Segment::Key(p.to_string()),
            InstanceToken::Item(i) => Segment::Item(*i),
        })
        .collect();
    match &error.kind {
        ErrorKind::AdditionalProperties { got } => {
            for key in got {
                out.push(Fault {
                    path: path.clone(),
                    kind: FaultKind::Unknown(key.to_string()),
                });
            }
        }
        ErrorKind::Required { want } => {
            for key in want {
                out.push(Fault {
                    path: path.clone(),
                    kind: FaultKind::Missing(key.to_string()),
                });
            }
        }
        ErrorKind::AnyOf | ErrorKind::OneOf(_) => out.push(Fault {
            path,
            kind: FaultKind::Value,
        }),
        ErrorKind::MinItems { .. } | ErrorKind::MinLength { .. } => out.push(Fault {
            path,
            kind: FaultKind::Empty,
        }),
        ErrorKind::Pattern { want, .. } if *want == "\\S" => out.push(Fault {
            path,
            kind: FaultKind::Empty,
        }),
        _ if error.causes.is_empty() => out.push(Fault {
            path,
            kind: FaultKind::Value,
        }),
        _ => {
            for cause in &error.causes {
                collect(cause, out);
            }
        }
    }
}

/// `history[1].date`.
fn render(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Segment::Item(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The line (1-based) where a key path is written, and the column of its value or key; the
/// nearest enclosing path written on a line of its own when it is written in flow style.
fn locate(text: &str, paths: &[String], path: &[Segment]) -> (u64, u64) {
    let lines: Vec<&str> = text.lines().collect();
    for depth in (1..=path.len()).rev() {
        let wanted = render(&path[..depth]);
        for (n, line) in lines.iter().enumerate() {
            let content = line.trim_start();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if paths.get(n) == Some(&wanted) {
                let column = match &path[depth - 1] {
                    Segment::Key(key) if depth == path.len() => line
                        .find(&format!("{key}:"))
                        .map(|c| {
                            let after = &line[c + key.len() + 1..];
                            let value = after.len() - after.trim_start().len();
                            if after.trim().is_empty() {
                                c
                            } else {
                                c + key.len() + 1 + value
                            }
                        })
                        .unwrap_or(line.len() - content.len()),
                    _ => line.len() - content.len(),
                };
                return (n as u64 + 1, line[..column].chars().count() as u64 + 1);
            }
        }
    }
    (0, 0)
}

fn value_at<'v>(tree: &'v Value, path: &[Segment]) -> Option<&'v Value> {
    path.iter().try_fold(tree, |value, segment| match segment {
        Segment::Key(k) => value.get(k),
        Segment::Item(i) => value.get(*i),
    })
}

/// The keys the schema allows in the mapping at `path`.
fn keys_at(schema: &Value, path: &[Segment]) -> Vec<String> {
    fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
        let mut node = node;
        for _ in 0..8 {
            if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
                match reference
                    .strip_prefix('#')
                    .and_then(|pointer| root.pointer(pointer))
                {
                    Some(target) => node = target,
                    None => break,
                }
            } else if let Some(variants) = node.get("anyOf").and_then(Value::as_array) {
                match variants
                    .iter()
                    .find(|v| v.get("type").and_then(Value::as_str) != Some("null"))
                {
                    Some(variant) => node = variant,
                    None => break,
                }
            } else {
                break;
            }
        }
        node
    }
    let mut node = resolve(schema, schema);
    for segment in path {
        let next = match segment {
            Segment::Key(k) => node.get("properties").and_then(|p| p.get(k)),
            Segment::Item(_) => node.get("items"),
        };
        let Some(next) = next else {
            return Vec::new();
        };
        node = resolve(schema, next);
    }
    node.get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn describe(
    fault: &Fault,
    tree: &Value,
    schema: &Value,
    text: &str,
    paths: &[String],
    origin: &Path,
) -> Diagnostic {
    match &fault.kind {
        FaultKind::Unknown(key) => {
            let mut path = fault.path.clone();
            let allowed = keys_at(schema, &fault.path);
            path.push(Segment::Key(key.clone()));
            let (line, column) = locate(text, paths, &path);
            let column = text
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .and_then(|l| {
                    l.find(&format!("{key}:"))
                        .map(|c| l[..c].chars().count() as u64 + 1)
                })
                .unwrap_or(column);
            let help = match nearest(key, allowed.iter().map(String::as_str)) {
                Some(near) => tr!("yaml-unknown-key-near", near = near),
                None => tr!("yaml-unknown-key.help"),
            };
            let expected = tr!(
                "expected-one-of",
                list = allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Diagnostic::new(
                origin,
                render(&path),
                tr!("yaml-unknown-key", field = key.as_str()),
            )
            .at(line, column, text)
            .expected(expected)
            .help(help)
        }
        FaultKind::Missing(key) => {
            let (line, _) = locate(text, paths, &fault.path);
            Diagnostic::new(
                origin,
                render(&fault.path),
                tr!("yaml-missing-key", field = key.as_str()),
            )
            .at(line.max(1), 1, text)
            .help(tr!("yaml-missing-key.help", field = key.as_str()))
        }
        FaultKind::Empty => {
            let (line, column) = locate(text, paths, &fault.path);
            Diagnostic::new(origin, render(&fault.path), tr!("case-empty"))
                .at(line, column, text)
                .expected(expected_for(&fault.path))
        }
        FaultKind::Value => {
            let (line, column) = locate(text, paths, &fault.path);
            let field = render(&fault.path);
            let value = value_at(tree, &fault.path);
            let key = fault.path.iter().rev().find_map(|s| match s {
                Segment::Key(k) => Some(k.as_str()),
                Segment::Item(_) => None,
            });
            let shown = match value {
                Some(Value::String(s)) => format!("`{s}`"),
                Some(Value::Number(n)) => format!("`{n}`"),
                Some(Value::Bool(b)) => format!("`{b}`"),
                Some(Value::Array(_)) => tr!("found-a-list"),
                Some(Value::Object(_)) => tr!("found-mapping"),
                Some(Value::Null) | None => tr!("found-nothing"),
            };
            let problem = match (key, value) {
                (Some(k), Some(Value::String(s))) if k.ends_with("date") => {
                    crate::case::parse_date(s).err()
                }
                (Some("amount"), Some(Value::String(s))) => crate::case::parse_amount(s).err(),
                (Some("channel"), Some(Value::String(_))) => {
                    Some(tr!("case-not-accepted", shown = shown.as_str()))
                }
                _ => None,
            }
            .unwrap_or_else(|| tr!("yaml-wrong-type", found = shown));
            Diagnostic::new(origin, field, problem)
                .at(line, column, text)
                .expected(expected_for(&fault.path))
        }
    }
}

fn expected_for(path: &[Segment]) -> String {
    crate::yaml::expected_for(&render(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = "complainant:\n  nmae: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  amount: 45,00\nhistory:\n  - step: 1\n    date: 12/07/2026\n    channel: courriel\n  - step: 2\n    date: 2026-08-01\n    channel: pigeon\n";

    #[test]
    fn every_structural_fault_is_found_and_located() {
        let found = faults(BROKEN, Path::new("case.yaml"));
        let summary: Vec<(u64, &str, &str)> = found
            .iter()
            .map(|d| (d.line, d.field.as_str(), d.problem.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (2, "complainant.nmae", "unknown key `nmae`"),
                (5, "dispute", "the key `demands` is missing"),
                (
                    8,
                    "dispute.amount",
                    "`45,00` is not a number as YAML writes it: write 45.00"
                ),
                (
                    11,
                    "history[0].date",
                    "`12/07/2026` is not a date written YYYY-MM-DD: write 2026-07-12"
                ),
                (
                    15,
                    "history[1].channel",
                    "`pigeon` is not an accepted value"
                ),
            ]
        );
        assert_eq!(
            found[0]
                .help
                .as_deref()
                .map(|h| h.starts_with("did you mean `name`?")),
            Some(true)
        );
    }

    #[test]
    fn a_sound_tree_has_no_fault() {
        let good = BROKEN
            .replace("nmae", "name")
            .replace("45,00", "45.00")
            .replace("12/07/2026", "2026-07-12")
            .replace("pigeon", "lettre recommandée")
            .replace("  amount", "  demands: [le remboursement]\n  amount");
        assert_eq!(
            faults(&good, Path::new("case.yaml")),
            Vec::<Diagnostic>::new()
        );
    }
}
