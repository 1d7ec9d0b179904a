//! The tool's own messages (`locales/*/recours.ftl`): every message and every attribute
//! (`.help`) exists in each language, and every message the code asks for exists — so a
//! person never meets an English sentence, nor an id, in French or Dutch. Adding a language
//! is adding its file: this test lists what it lacks.

use std::collections::BTreeSet;

use crate::common::root;

const LANGUAGES: [&str; 3] = ["fr", "nl", "en"];

/// `id` and `id.attribute` for each message of a Fluent file.
fn ids(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            if let Some((id, _)) = line.split_once('=') {
                current = id.trim().to_string();
                ids.insert(current.clone());
            }
        } else if let Some(rest) = line.trim_start().strip_prefix('.')
            && line.starts_with(' ')
            && let Some((attribute, _)) = rest.split_once('=')
        {
            ids.insert(format!("{current}.{}", attribute.trim()));
        }
    }
    ids
}

fn file(lang: &str) -> String {
    std::fs::read_to_string(root().join("locales").join(lang).join("recours.ftl")).unwrap()
}

#[test]
fn every_message_exists_in_every_language() {
    let all: Vec<(&str, BTreeSet<String>)> =
        LANGUAGES.iter().map(|l| (*l, ids(&file(l)))).collect();
    let union: BTreeSet<&String> = all.iter().flat_map(|(_, ids)| ids).collect();
    assert!(union.len() > 30, "{} messages", union.len());
    let mut missing = Vec::new();
    for (lang, ids) in &all {
        for id in &union {
            if !ids.contains(*id) {
                missing.push(format!("{lang}/recours.ftl lacks {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every `tr!("id"…)` and `tr!(help "id"…)` of `src/`, outside comments.
fn asked_for() -> BTreeSet<String> {
    let mut asked = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root().join("src")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for (at, _) in text.match_indices("tr!(") {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // include_str!(, …
            }
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..at].trim_start().starts_with("//") {
                continue;
            }
            let rest = text[at + "tr!(".len()..].trim_start();
            let (help, rest) = match rest.strip_prefix("help") {
                Some(rest) => (true, rest.trim_start()),
                None => (false, rest),
            };
            let Some(rest) = rest.strip_prefix('"') else {
                continue; // the macro's own definition
            };
            let id = &rest[..rest.find('"').unwrap()];
            asked.insert(id.to_string());
            if help {
                asked.insert(format!("{id}.help"));
            }
        }
    }
    asked
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let english = ids(&file("en"));
    let asked = asked_for();
    assert!(asked.len() > 30, "{} messages asked for", asked.len());
    let missing: Vec<&String> = asked.iter().filter(|id| !english.contains(*id)).collect();
    assert!(missing.is_empty(), "not in en/recours.ftl: {missing:?}");
}
