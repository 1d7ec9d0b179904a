//! The wording of the letters, in message files lawyers and translators can read and change:
//! `locales/fr/lettre.ftl`, `locales/nl/brief.ftl` and `locales/de/brief.ftl` (Project Fluent). Rust decides which
//! sentence a letter needs and with which values (dates, names, the voice of the writer); the
//! message files say how that sentence reads. All hold the same messages.
//!
//! Beside each, the names of the registry's recipients in that language
//! (`fr/destinataires.ftl`, `nl/ontvangers.ftl`, `de/empfaenger.ftl`): each institution,
//! recipient and body, its name as a sentence says it and, as `.to`, how a sentence names it as
//! the one written to (« au service client de Cetelem »).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::{Diagnostic, Error};
use crate::registry::Registry;

/// The French messages, built into the binary.
pub const FRENCH: &str = include_str!("../../locales/fr/lettre.ftl");
/// The Dutch messages, built into the binary.
pub const DUTCH: &str = include_str!("../../locales/nl/brief.ftl");
/// The German messages, built into the binary.
pub const GERMAN: &str = include_str!("../../locales/de/brief.ftl");

/// One language of the letters: its code, its message files under `locales/` (or
/// `--locales`) and their built-in text.
pub struct Locale {
    pub code: &'static str,
    /// The sentences of the letters.
    pub letters: (&'static str, &'static str),
    /// The names of the registry's recipients.
    pub names: (&'static str, &'static str),
}

/// Every language of the letters. A language is added here, with its files.
pub const LOCALES: [Locale; 3] = [
    Locale {
        code: "fr",
        letters: ("fr/lettre.ftl", FRENCH),
        names: (
            "fr/destinataires.ftl",
            include_str!("../../locales/fr/destinataires.ftl"),
        ),
    },
    Locale {
        code: "nl",
        letters: ("nl/brief.ftl", DUTCH),
        names: (
            "nl/ontvangers.ftl",
            include_str!("../../locales/nl/ontvangers.ftl"),
        ),
    },
    Locale {
        code: "de",
        letters: ("de/brief.ftl", GERMAN),
        names: (
            "de/empfaenger.ftl",
            include_str!("../../locales/de/empfaenger.ftl"),
        ),
    },
];

/// The messages of one language.
pub struct Wording {
    bundle: FluentBundle<FluentResource>,
}

/// How a sentence names a recipient of the registry, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// Its name (`$to_name`).
    pub name: String,
    /// How a sentence names it as the one written to (`$to`): the message's `.to`, else its
    /// name.
    pub to: String,
}

fn bundle(locale: &Locale) -> Wording {
    let mut wording = load(locale.letters.1, locale.code, Path::new(locale.letters.0))
        .unwrap_or_else(|e| panic!("the built-in {} messages: {e}", locale.code));
    wording
        .add_names(locale.names.1, Path::new(locale.names.0), false)
        .unwrap_or_else(|e| panic!("the built-in {} names: {e}", locale.code));
    wording
}

/// The line and column of a byte offset of a message file, for a located fault.
fn located(text: &str, origin: &Path, offset: usize, problem: String) -> Diagnostic {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() as u64 + 1;
    Diagnostic::new(origin, "", problem).at(line, column, text)
}

/// A message file parsed, every syntax fault at its line and column.
fn resource(text: &str, origin: &Path) -> Result<FluentResource, Error> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        Error::Invalid(
            errors
                .iter()
                .map(|e| {
                    located(
                        text,
                        origin,
                        e.pos.start,
                        format!("this is not a Fluent message: {}", e.kind),
                    )
                    .help("see https://projectfluent.org/fluent/guide/ for the syntax")
                })
                .collect(),
        )
    })
}

/// Every value a letter gives its messages: a message naming another one has a typo.
pub const VALUES: [&str; 67] = [
    "voice",
    "recent",
    "why",
    "referral",
    "first",
    "by",
    "named",
    "role",
    "client",
    "of_client",
    "gender",
    "name",
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
    "requested",
    "of_requested",
    "complainant_dative",
    "named_nl",
    "client_dative",
    "of_law",
    "law_deadline",
    "law_extended",
    "law",
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
    let wording = load(text, language, origin)?;
    wording.check(text, origin)?;
    Ok(wording)
}

/// A message file read into a bundle, without checking what it holds (the built-in files are
/// checked by the tests, not at each start: checking takes milliseconds).
fn load(text: &str, language: &str, origin: &Path) -> Result<Wording, Error> {
    let resource = resource(text, origin)?;
    let id: unic_langid::LanguageIdentifier = language.parse().expect("a language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Values are inserted as they are: no bidirectional isolation marks in a letter.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        return Err(Error::from(
            Diagnostic::new(origin, "", format!("{errors:?}")).help("each message is defined once"),
        ));
    }
    Ok(Wording { bundle })
}

impl Wording {
    /// Every message the letters need is there, and every value a message names is one the
    /// letters give: each fault at its line and column.
    fn check(&self, text: &str, origin: &Path) -> Result<(), Error> {
        let wording = self;
        let located = |offset: usize, problem: String| located(text, origin, offset, problem);
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
                            located(offset, format!("the message `{id}`: {errors:?}")).help(
                                format!("a message can use these values: {}", VALUES.join(", ")),
                            ),
                        );
                    }
                }
            }
        }
        if faults.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(faults))
        }
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
                languages: LOCALES.iter().map(|l| Arc::new(bundle(l))).collect(),
                fingerprint: crate::text::digest::sha256_hex(
                    LOCALES
                        .iter()
                        .flat_map(|l| [l.letters.1, l.names.1])
                        .collect::<String>()
                        .as_bytes(),
                ),
            })
            .clone()
    }

    /// The message files of a folder (`fr/lettre.ftl`, `nl/brief.ftl`, `de/brief.ftl`): a
    /// file it does not hold is the built-in one. Its files of names (`fr/destinataires.ftl`…)
    /// come on top of the built-in ones: they add recipients and reword those they name again.
    pub fn from_folder(dir: &Path) -> Result<Self, Error> {
        Self::load(Some(dir), &[])
    }

    /// The letters' messages of `letters` (a file it does not hold is the built-in one), and
    /// the names of its files of names and of each folder of `names` (a clinic's registry
    /// folder), in that order, on top of the built-in names.
    pub fn load(letters: Option<&Path>, names: &[&Path]) -> Result<Self, Error> {
        for dir in letters.iter().chain(names) {
            if !dir.is_dir() {
                return Err(Error::Read {
                    path: dir.to_path_buf(),
                    source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
                });
            }
        }
        let read = |dir: &Path, relative: &str| -> Result<Option<(PathBuf, String)>, Error> {
            let path = dir.join(relative);
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok(Some((path, text))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(source) => Err(Error::Read { path, source }),
            }
        };
        let mut languages = Vec::new();
        let mut all = String::new();
        for locale in &LOCALES {
            let given = match letters {
                Some(dir) => read(dir, locale.letters.0)?,
                None => None,
            };
            let (path, text) = given.unwrap_or_else(|| {
                (
                    PathBuf::from(locale.letters.0),
                    locale.letters.1.to_string(),
                )
            });
            let mut wording = parse(&text, locale.code, &path)?;
            all.push_str(&text);
            wording.add_names(locale.names.1, Path::new(locale.names.0), false)?;
            all.push_str(locale.names.1);
            for dir in letters.iter().chain(names) {
                if let Some((path, text)) = read(dir, locale.names.0)? {
                    wording.add_names(&text, &path, true)?;
                    all.push_str(&text);
                }
            }
            languages.push(Arc::new(wording));
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
            .position(|l| l.code == language.code())
            .expect("every language has its message file");
        &self.languages[index]
    }

    pub fn french(&self) -> &Wording {
        self.of(super::Language::French)
    }

    pub fn dutch(&self) -> &Wording {
        self.of(super::Language::Dutch)
    }

    /// Every institution, recipient and body of the registry is named in every language: a
    /// registry that adds one, and does not name it in the message files, is refused at once
    /// with the message to add.
    pub fn name_every_recipient(&self, registry: &Registry) -> Result<(), Error> {
        let mut faults = Vec::new();
        let all = registry.messages();
        for (locale, wording) in LOCALES.iter().zip(&self.languages) {
            for named in &all {
                if wording.named(&named.message).is_some() {
                    continue;
                }
                let (origin, text, line) = registry.place_of(named);
                // A clinic's entry is named beside its registry file; a built-in one in a
                // folder of --locales.
                let clinic = origin != registry.origin.as_path();
                let (field, help) = match clinic {
                    true => (
                        String::new(),
                        format!(
                            "add it to {} in the registry folder, beside {} (it comes on top \
                             of the built-in names)",
                            locale.names.0,
                            origin.display()
                        ),
                    ),
                    false => (
                        named.field.clone(),
                        format!(
                            "add it to {} in a folder given with --locales (it comes on top of \
                             the built-in names)",
                            locale.names.0
                        ),
                    ),
                };
                let mut fault = Diagnostic::new(
                    origin,
                    field,
                    format!("{} has no name in {}", named.what, locale.names.0),
                )
                .expected(format!("a message `{} = …` (and `.to = …`)", named.message))
                .help(help);
                if let Some(line) = line {
                    fault = fault.at(line as u64, 1, text);
                }
                faults.push(fault);
            }
        }
        if faults.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(faults))
        }
    }
}

impl Wording {
    /// Adds a file of recipients' names; `over` lets it reword names already given.
    fn add_names(&mut self, text: &str, origin: &Path, over: bool) -> Result<(), Error> {
        let resource = resource(text, origin)?;
        if over {
            self.bundle.add_resource_overriding(resource);
            return Ok(());
        }
        self.bundle.add_resource(resource).map_err(|errors| {
            Error::from(
                Diagnostic::new(origin, "", format!("{errors:?}"))
                    .help("each message is defined once, and not in the letters' file"),
            )
        })
    }

    /// How this language names a recipient of the registry (its message id: see
    /// [`crate::registry::Registry::messages`]).
    pub fn named(&self, id: &str) -> Option<Named> {
        self.named_by(id, "own")
    }

    /// As [`Wording::named`], for a letter in a voice (`own`, `representative`, `company`): a
    /// name may depend on who writes (« mon interlocuteur habituel »).
    pub fn named_by(&self, id: &str, voice: &str) -> Option<Named> {
        let message = self.bundle.get_message(id)?;
        let mut args = FluentArgs::with_capacity(1);
        args.set("voice", FluentValue::from(voice));
        let format = |pattern| {
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, Some(&args), &mut errors);
            errors.is_empty().then(|| text.into_owned())
        };
        let name = format(message.value()?)?;
        let to = match message.get_attribute("to") {
            Some(attribute) => format(attribute.value())?,
            None => name.clone(),
        };
        Some(Named { name, to })
    }

    /// The message `id` with its values. A message or a value missing is a fault of the
    /// program, caught by the tests (every message is formatted by them in every language);
    /// were one to slip through, the letter would show the message's id rather than stop.
    pub fn say(&self, id: &str, values: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            debug_assert!(false, "no message `{id}`");
            return id.to_string();
        };
        let mut args = FluentArgs::with_capacity(values.len());
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
mod tests;
