//! The wording of the letters, in message files lawyers and translators can read and change:
//! `locales/fr/lettre.ftl`, `locales/nl/brief.ftl` and `locales/de/brief.ftl` (Project Fluent). Rust decides which
//! sentence a letter needs and with which values (dates, names, the voice of the writer); the
//! message files say how that sentence reads. All hold the same messages.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::{Diagnostic, Error};

/// The French messages, built into the binary.
pub const FRENCH: &str = include_str!("../../locales/fr/lettre.ftl");
/// The Dutch messages, built into the binary.
pub const DUTCH: &str = include_str!("../../locales/nl/brief.ftl");
/// The German messages, built into the binary.
pub const GERMAN: &str = include_str!("../../locales/de/brief.ftl");

/// Every language of the letters: its code, its message file under `locales/` (or
/// `--locales`), its built-in text. A language is added here, with its file.
pub const LOCALES: [(&str, &str, &str); 3] = [
    ("fr", "fr/lettre.ftl", FRENCH),
    ("nl", "nl/brief.ftl", DUTCH),
    ("de", "de/brief.ftl", GERMAN),
];

/// The messages of one language.
pub struct Wording {
    bundle: FluentBundle<FluentResource>,
}

fn bundle(text: &str, language: &str) -> Wording {
    parse(text, language, Path::new(language))
        .unwrap_or_else(|e| panic!("the built-in {language} messages: {e}"))
}

/// Every value a letter gives its messages: a message naming another one has a typo.
pub const VALUES: [&str; 47] = [
    "voice",
    "complainant",
    "of_complainant",
    "country",
    "date",
    "place",
    "number",
    "kind",
    "subject",
    "institution",
    "level",
    "id",
    "addressee",
    "internal",
    "product",
    "about",
    "to_institution",
    "channel",
    "noun",
    "to",
    "to_name",
    "tracking",
    "action",
    "reference",
    "summary",
    "due",
    "deadline",
    "of_deadline",
    "since",
    "start",
    "written",
    "amount",
    "phone",
    "email",
    "of_ack",
    "deadline_ack",
    "after_receipt",
    "longer",
    "ack",
    "extended",
    "rules",
    "first",
    "second",
    "count",
    "items",
    "outcome",
    "proof",
];

/// Reads a message file: every fault at its line and column, every message the letters need
/// present, and every value a message names one the letters give.
pub fn parse(text: &str, language: &str, origin: &Path) -> Result<Wording, Error> {
    let located = |offset: usize, problem: String| {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() as u64 + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
        Diagnostic::new(origin, "", problem).at(line, column, text)
    };
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(Error::Invalid(
                errors
                    .iter()
                    .map(|e| {
                        located(
                            e.pos.start,
                            format!("this is not a Fluent message: {}", e.kind),
                        )
                        .help("see https://projectfluent.org/fluent/guide/ for the syntax")
                    })
                    .collect(),
            ));
        }
    };
    let id: unic_langid::LanguageIdentifier = language.parse().expect("a language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Values are inserted as they are: no bidirectional isolation marks in a letter.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        return Err(Error::from(
            Diagnostic::new(origin, "", format!("{errors:?}")).help("each message is defined once"),
        ));
    }
    let wording = Wording { bundle };
    // What the letters need, and nothing they do not give.
    let mut faults = Vec::new();
    let values: Vec<(&str, &str)> = VALUES.iter().map(|v| (*v, "x")).collect();
    for id in Wording::ids(FRENCH) {
        let offset = text.find(&format!("\n{id} =")).map(|o| o + 1).unwrap_or(0);
        match wording.bundle.get_message(&id).and_then(|m| m.value()) {
            None => faults.push(
                Diagnostic::new(
                    origin,
                    id.clone(),
                    "this message, which the letters need, is missing",
                )
                .help("copy it from the built-in file (locales/ in the project) and reword it"),
            ),
            Some(pattern) => {
                let mut args = FluentArgs::new();
                for (name, value) in &values {
                    args.set(*name, FluentValue::from(*value));
                }
                let mut errors = Vec::new();
                wording
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    faults.push(
                        located(offset, format!("the message `{id}`: {errors:?}")).help(format!(
                            "a message can use these values: {}",
                            VALUES.join(", ")
                        )),
                    );
                }
            }
        }
    }
    if faults.is_empty() {
        Ok(wording)
    } else {
        Err(Error::Invalid(faults))
    }
}

/// The messages of every language a letter may be written in (in the order of [`LOCALES`]),
/// and a fingerprint of their text (a batch renders its cases again when the wording changes).
#[derive(Clone)]
pub struct Wordings {
    languages: Vec<Arc<Wording>>,
    pub fingerprint: String,
}

impl Wordings {
    /// The messages built into the binary.
    pub fn embedded() -> Self {
        static EMBEDDED: OnceLock<Wordings> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| Wordings {
                languages: LOCALES
                    .iter()
                    .map(|(code, _, text)| Arc::new(bundle(text, code)))
                    .collect(),
                fingerprint: crate::text::digest::sha256_hex(
                    LOCALES.map(|(_, _, text)| text).concat().as_bytes(),
                ),
            })
            .clone()
    }

    /// The message files of a folder (`fr/lettre.ftl`, `nl/brief.ftl`, `de/brief.ftl`); a file
    /// it does not hold is the built-in one.
    pub fn from_folder(dir: &Path) -> Result<Self, Error> {
        if !dir.is_dir() {
            return Err(Error::Read {
                path: dir.to_owned(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
            });
        }
        let mut languages = Vec::new();
        let mut all = String::new();
        for (code, relative, builtin) in LOCALES {
            let path = dir.join(relative);
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => builtin.to_string(),
                Err(source) => return Err(Error::Read { path, source }),
            };
            languages.push(Arc::new(parse(&text, code, &path)?));
            all.push_str(&text);
        }
        Ok(Wordings {
            languages,
            fingerprint: crate::text::digest::sha256_hex(all.as_bytes()),
        })
    }

    /// The messages of a language.
    pub fn of(&self, language: super::Language) -> &Wording {
        let index = LOCALES
            .iter()
            .position(|(code, _, _)| *code == language.code())
            .expect("every language has its message file");
        &self.languages[index]
    }

    pub fn french(&self) -> &Wording {
        self.of(super::Language::French)
    }

    pub fn dutch(&self) -> &Wording {
        self.of(super::Language::Dutch)
    }
}

impl Wording {
    /// The message `id` with its values. A message or a value missing is a fault of the
    /// program, caught by the tests (every message is formatted by them in every language);
    /// were one to slip through, the letter would show the message's id rather than stop.
    pub fn say(&self, id: &str, values: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message `{id}`");
            return id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, FluentValue::from(*value));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&args), &mut errors);
        assert!(errors.is_empty(), "the message `{id}`: {errors:?}");
        text.into_owned()
    }

    /// The ids of every message of the file.
    pub fn ids(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_holds_the_same_messages() {
        // The French file is the reference; a message missing from a language, or one only it
        // has, is listed by language and id.
        let reference = Wording::ids(FRENCH);
        assert!(!reference.is_empty());
        let mut differences = Vec::new();
        for (code, file, text) in LOCALES {
            let ids = Wording::ids(text);
            for id in reference.iter().filter(|id| !ids.contains(id)) {
                differences.push(format!("{file} ({code}) lacks `{id}`"));
            }
            for id in ids.iter().filter(|id| !reference.contains(id)) {
                differences.push(format!(
                    "{file} ({code}) has `{id}`, which fr/lettre.ftl lacks"
                ));
            }
        }
        assert!(differences.is_empty(), "{}", differences.join("\n"));
        // Every one parses and loads.
        Wordings::embedded();
    }

    #[test]
    fn every_message_formats_with_the_values_the_letters_give() {
        let wordings = Wordings::embedded();
        for (code, _, text) in LOCALES {
            let wording = wordings.of(match code {
                "nl" => super::super::Language::Dutch,
                "de" => super::super::Language::German,
                _ => super::super::Language::French,
            });
            let values: Vec<(&str, &str)> = VALUES.iter().map(|v| (*v, "x")).collect();
            for id in Wording::ids(text) {
                let said = wording.say(&id, &values);
                assert!(!said.is_empty() && !said.contains('{'), "{id}: {said}");
            }
        }
    }
}

#[cfg(test)]
mod folder {
    use super::*;

    #[test]
    fn a_folder_of_message_files_replaces_the_built_in_wording() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fr")).unwrap();
        std::fs::write(
            dir.path().join("fr/lettre.ftl"),
            FRENCH.replace(
                "statement-no-court = Aucune juridiction n’est saisie de ce litige.",
                "statement-no-court = Aucun tribunal n’est saisi de ce litige.",
            ),
        )
        .unwrap();
        let wordings = Wordings::from_folder(dir.path()).unwrap();
        assert_eq!(
            wordings.french().say("statement-no-court", &[]),
            "Aucun tribunal n’est saisi de ce litige."
        );
        // The Dutch file it does not hold is the built-in one.
        assert_eq!(
            wordings.dutch().say("statement-no-court", &[]),
            "Het geschil is niet bij een rechtbank aanhangig."
        );
        assert_ne!(wordings.fingerprint, Wordings::embedded().fingerprint);
    }

    #[test]
    fn a_broken_message_file_is_refused_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("fr")).unwrap();
        let missing = FRENCH.replace(
            "statement-no-court = Aucune juridiction n’est saisie de ce litige.\n",
            "",
        );
        std::fs::write(dir.path().join("fr/lettre.ftl"), &missing).unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        assert!(
            error.contains("statement-no-court: this message, which the letters need, is missing"),
            "{error}"
        );
        let typo = FRENCH.replace(
            "Montant en litige : { $amount }.",
            "Montant en litige : { $amont }.",
        );
        std::fs::write(dir.path().join("fr/lettre.ftl"), &typo).unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        let line = typo
            .lines()
            .position(|l| l.starts_with("amount ="))
            .unwrap()
            + 1;
        assert!(error.contains(&format!("lettre.ftl:{line}:1")), "{error}");
        assert!(error.contains("amont"), "{error}");
        std::fs::write(dir.path().join("fr/lettre.ftl"), "amount = { $amount").unwrap();
        let error = Wordings::from_folder(dir.path()).err().unwrap().to_string();
        assert!(error.contains("lettre.ftl:1:"), "{error}");
        assert!(error.contains("not a Fluent message"), "{error}");
    }
}
