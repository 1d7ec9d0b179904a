//! The tool's own messages (`locales/*/recours.ftl`): every message and every attribute
//! (`.help`) exists in each language, and every message the code asks for exists — so a
//! person never meets an English sentence, nor an id, in French or Dutch. Adding a language
//! is adding its file: this test lists what it lacks.

use std::collections::BTreeSet;

use crate::common::root;
use recours::registry::Prose;

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

/// The ids of the command line's help: every command and option (English is their doc
/// comments, so `en/recours.ftl` has none of them).
fn help_ids() -> BTreeSet<String> {
    use clap::CommandFactory;
    use recours::cli::help::help_id;
    fn walk(command: &clap::Command, path: &mut Vec<String>, ids: &mut BTreeSet<String>) {
        let parts: Vec<&str> = path.iter().map(String::as_str).collect();
        ids.insert(help_id(&parts, None));
        for arg in command.get_arguments() {
            if path.is_empty() || !arg.is_global_set() {
                ids.insert(help_id(&parts, Some(arg.get_id().as_str())));
            }
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, ids);
            path.pop();
        }
    }
    let mut ids = BTreeSet::new();
    walk(&recours::cli::Cli::command(), &mut Vec::new(), &mut ids);
    ids
}

#[test]
fn the_help_of_every_command_and_option_exists_in_french_and_dutch() {
    let wanted = help_ids();
    assert!(wanted.len() > 70, "{} commands and options", wanted.len());
    let mut faults = Vec::new();
    for lang in ["fr", "nl"] {
        let have = ids(&file(lang));
        faults.extend(
            (wanted.iter())
                .filter(|id| !have.contains(*id))
                .map(|id| format!("{lang}/recours.ftl lacks {id}")),
        );
        // A help for an option or a command the tool no longer has.
        faults.extend(
            (have.iter())
                .filter(|id| is_command_help(id) && !wanted.contains(*id))
                .map(|id| format!("{lang}/recours.ftl has {id}, which no option or command uses")),
        );
    }
    let english = ids(&file("en"));
    faults.extend(
        (wanted.iter())
            .filter(|id| english.contains(*id))
            .map(|id| format!("en/recours.ftl has {id}: English is the option's doc comment")),
    );
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// A command's or an option's help (not one of clap's own words: `help-usage`…).
fn is_command_help(id: &str) -> bool {
    const CLAP_WORDS: [&str; 8] = [
        "help-usage",
        "help-commands",
        "help-arguments",
        "help-options",
        "help-flag-help",
        "help-flag-version",
        "help-default",
        "help-possible",
    ];
    id.starts_with("help-") && !CLAP_WORDS.contains(&id)
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
            // English is the options' doc comments (the test above).
            if *lang == "en" && is_command_help(id) {
                continue;
            }
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

#[test]
fn the_help_reads_in_the_language_asked() {
    let help = |args: &[&str]| {
        let run = crate::common::recours().args(args).output().unwrap();
        assert!(run.status.success(), "{args:?}");
        String::from_utf8(run.stdout).unwrap()
    };
    let french = help(&["--lang", "fr", "render", "--help"]);
    for said in [
        "Utilisation : recours render",
        "Options :",
        "Afficher l'aide",
        "Le niveau pour lequel écrire, au lieu du suivant",
        "[valeurs possibles : pdf, text, md, json] [par défaut : pdf]",
    ] {
        assert!(french.contains(said), "« {said} » missing:\n{french}");
    }
    for english in [
        "Usage:",
        "Print help",
        "default:",
        "possible values",
        "The level",
    ] {
        assert!(!french.contains(english), "« {english} » in:\n{french}");
    }
    // `recours help X`, as in English.
    assert_eq!(
        help(&["--lang", "nl", "help", "sent"]),
        help(&["--lang", "nl", "sent", "--help"])
    );
    assert!(help(&["--lang", "nl", "--help"]).contains("Gebruik: recours"));
    // English is clap's own page, from the doc comments.
    assert!(help(&["--lang", "en", "render", "--help"]).contains("Usage: recours render"));
}

#[test]
fn a_mistyped_command_line_is_explained_in_the_language_asked() {
    let refused = |args: &[&str]| {
        let run = crate::common::recours().args(args).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        String::from_utf8(run.stderr).unwrap()
    };
    let said = refused(&["--lang", "fr", "rendre", "x.yaml"]);
    assert!(
        said.starts_with(
            "erreur : commande inconnue 'rendre'\n  aide : vouliez-vous dire `render` ?"
        ),
        "{said}"
    );
    assert!(
        said.contains("Pour en savoir plus, essayez '--help'."),
        "{said}"
    );
    let said = refused(&["--lang", "fr", "render", "x.yaml", "--date", "02/07/2026"]);
    assert!(
        said.contains("écrivez 2026-07-02") && !said.contains("invalid value"),
        "{said}"
    );
    let said = refused(&["--lang", "nl", "render"]);
    assert!(
        said.starts_with("fout: deze verplichte argumenten ontbreken: <CASE>"),
        "{said}"
    );
    // English is clap's own words.
    let said = refused(&["--lang", "en", "rendre"]);
    assert!(
        said.starts_with("error: unrecognized subcommand 'rendre'"),
        "{said}"
    );
}

/// The registry's sentences for people (`missing`, `unconfirmed`, `note`) are written in each
/// language of the tool's messages.
#[test]
fn the_registrys_sentences_exist_in_every_language() {
    let registry = recours::registry::Registry::embedded().unwrap();
    let mut proses: Vec<(String, &Prose)> = Vec::new();
    for body in &registry.bodies {
        for (field, prose) in sentences(&body.missing, &body.unconfirmed, &body.note) {
            proses.push((format!("{}.{field}", body.id), prose));
        }
    }
    for institution in &registry.institutions {
        for level in &institution.ladder {
            for entry in &level.recipients {
                let place = format!("{} level {} {}", institution.id, level.level, entry.id);
                for (field, prose) in sentences(&entry.missing, &entry.unconfirmed, &entry.note) {
                    proses.push((format!("{place}.{field}"), prose));
                }
            }
        }
    }
    assert!(proses.len() >= 15, "{} sentences", proses.len());
    let lacking: Vec<String> = proses
        .iter()
        .filter(|(_, prose)| LANGUAGES.iter().any(|l| !prose.languages().contains(l)))
        .map(|(place, prose)| format!("{place}: {:?}", prose.languages()))
        .collect();
    assert!(lacking.is_empty(), "{}", lacking.join("\n"));
}

/// The sentences for people a body or a recipient has, by field.
fn sentences<'a>(
    missing: &'a Option<Prose>,
    unconfirmed: &'a Option<Prose>,
    note: &'a Option<Prose>,
) -> impl Iterator<Item = (&'static str, &'a Prose)> {
    [
        ("missing", missing),
        ("unconfirmed", unconfirmed),
        ("note", note),
    ]
    .into_iter()
    .filter_map(|(field, prose)| Some((field, prose.as_ref()?)))
}
