//! The wording of the letters, in message files lawyers and translators can read and change:
//! `locales/fr/lettre.ftl` and `locales/nl/brief.ftl` (Project Fluent). Rust decides which
//! sentence a letter needs and with which values (dates, names, the voice of the writer); the
//! message files say how that sentence reads. Both files hold the same messages.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The French messages, built into the binary.
pub const FRENCH: &str = include_str!("../locales/fr/lettre.ftl");
/// The Dutch messages, built into the binary.
pub const DUTCH: &str = include_str!("../locales/nl/brief.ftl");

/// The messages of one language.
pub struct Wording {
    bundle: FluentBundle<FluentResource>,
}

fn bundle(text: &str, language: &str) -> Wording {
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the {language} messages parse: {errors:?}"));
    let id: unic_langid::LanguageIdentifier = language.parse().expect("a language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Values are inserted as they are: no bidirectional isolation marks in a letter.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("the {language} messages load: {errors:?}"));
    Wording { bundle }
}

impl Wording {
    /// The French messages.
    pub fn french() -> &'static Wording {
        static FR: OnceLock<Wording> = OnceLock::new();
        FR.get_or_init(|| bundle(FRENCH, "fr"))
    }

    /// The Dutch messages.
    pub fn dutch() -> &'static Wording {
        static NL: OnceLock<Wording> = OnceLock::new();
        NL.get_or_init(|| bundle(DUTCH, "nl"))
    }

    /// The message `id` with its values. A message or a value missing is a fault of the
    /// program, caught by the tests (every message is formatted by them in both languages);
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
    fn both_languages_hold_the_same_messages() {
        let mut french = Wording::ids(FRENCH);
        let mut dutch = Wording::ids(DUTCH);
        french.sort();
        dutch.sort();
        assert!(!french.is_empty());
        assert_eq!(french, dutch);
        // Both parse and load.
        Wording::french();
        Wording::dutch();
    }

    /// Every message formats with the values the letters give, in both languages: a value the
    /// message files name that no letter gives (a typo) is caught here.
    #[test]
    fn every_message_formats_with_the_values_the_letters_give() {
        const VALUES: [&str; 47] = [
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
        for (wording, text) in [(Wording::french(), FRENCH), (Wording::dutch(), DUTCH)] {
            let values: Vec<(&str, &str)> = VALUES.iter().map(|v| (*v, "x")).collect();
            for id in Wording::ids(text) {
                let said = wording.say(&id, &values);
                assert!(!said.is_empty() && !said.contains('{'), "{id}: {said}");
            }
        }
    }
}
