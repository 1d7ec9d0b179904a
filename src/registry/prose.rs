//! The registry's own sentences for people — why an address is unknown (`missing`), why a
//! recipient is not confirmed (`unconfirmed`), a `note` — in the tool's language: a field is a
//! text (English), or a text per language (`{en: …, fr: …, nl: …}`), read in the language of
//! the tool's messages, else in English.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A sentence of the registry, in one language or several.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Prose {
    /// One text, in English.
    Text(String),
    /// A text per language (`en`, `fr`, `nl`), `en` required.
    Languages(BTreeMap<String, String>),
}

impl Prose {
    /// The text in the tool's language, else in English.
    pub fn text(&self) -> String {
        match self {
            Prose::Text(text) => text.clone(),
            Prose::Languages(texts) => {
                let lang = crate::text::messages::language().code();
                texts
                    .get(lang)
                    .or_else(|| texts.get("en"))
                    .or_else(|| texts.values().next())
                    .cloned()
                    .unwrap_or_default()
            }
        }
    }

    /// The languages it is written in, for the registry's check.
    pub fn languages(&self) -> Vec<&str> {
        match self {
            Prose::Text(_) => vec!["en"],
            Prose::Languages(texts) => texts.keys().map(String::as_str).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_per_language_reads_in_english_where_nothing_else_is_chosen() {
        let prose: Prose =
            serde_saphyr::from_str("{en: no source gives it, fr: aucune source ne la donne}")
                .unwrap();
        assert_eq!(prose.text(), "no source gives it");
        assert_eq!(prose.languages(), ["en", "fr"]);
        let plain: Prose = serde_saphyr::from_str("no source gives it").unwrap();
        assert_eq!(plain.text(), "no source gives it");
    }
}
