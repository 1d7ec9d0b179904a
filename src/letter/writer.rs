//! Who speaks in a letter, and the writer of its sentences: the messages of its language,
//! with its voice and country, its dates, amounts and deadlines.

use super::*;

/// Who speaks in the letter: the complainant, or a representative for them.
pub(super) struct Voice {
    pub(super) representative: bool,
    /// A company writing in its own name: « nous ».
    pub(super) company: bool,
    /// "Mme Marie Dubois", "Société coopérative Les Jardins": as the blocks print it.
    pub(super) complainant_full: String,
    /// As a French sentence names the complainant: "Mme Marie Dubois", "la Société
    /// coopérative Les Jardins".
    pub(super) named: String,
    /// "de Mme Marie Dubois", "de la Société …", "du Cabinet …".
    pub(super) of_complainant: String,
    /// Once named in full: "Mme Dubois" (see [`blocks::short_name`]).
    pub(super) client: String,
    /// "de Mme Dubois".
    pub(super) of_client: String,
    /// The complainant's civility, for the messages to agree with: madame, monsieur, none.
    pub(super) gender: &'static str,
}

impl Voice {
    pub(super) fn new(
        representative: bool,
        complainant_full: String,
        named: String,
        client: String,
        gender: &'static str,
    ) -> Self {
        Self {
            representative,
            company: false,
            complainant_full,
            of_complainant: french::de_name(&named),
            named,
            of_client: french::de_name(&client),
            client,
            gender,
        }
    }

    /// Who speaks in the letter of a case, and how it names the complainant; with the name
    /// alone ("Marie Dubois").
    pub(super) fn of(case: &Case, wording: &Wording) -> (String, Self) {
        let (name, complainant_full, named) = names(case, wording);
        let gender = match case.complainant.civility {
            Some(Civility::Madame) => "madame",
            Some(Civility::Monsieur) => "monsieur",
            None => "none",
        };
        let client = short_name(case, wording, &named);
        let mut voice = Voice::new(
            case.representative.is_some(),
            complainant_full,
            named,
            client,
            gender,
        );
        // A business with no civility is a company: it speaks as « nous ».
        voice.company = case.representative.is_none()
            && case.complainant.civility.is_none()
            && case.complainant.audience == crate::registry::Audience::Business;
        (name, voice)
    }

    /// The value the message files select on.
    pub(super) fn key(&self) -> &'static str {
        if self.representative {
            "representative"
        } else if self.company {
            "company"
        } else {
            "own"
        }
    }
}

/// Writes the sentences of one letter: its messages, its voice, its language and country.
pub(super) struct Writer<'a> {
    pub(super) wording: &'a Wording,
    pub(super) voice: &'a Voice,
    pub(super) language: Language,
    pub(super) country: Country,
}

impl Writer<'_> {
    /// A message with the voice, the complainant's names and the country among its values.
    pub(super) fn say(&self, id: &str, values: &[(&str, &str)]) -> String {
        let complainant = match self.language {
            Language::French => self.voice.named.as_str(),
            Language::Dutch | Language::German => self.voice.complainant_full.as_str(),
        };
        // German: the name after « von » is in the dative (« Herrn Lukas Kreutz »).
        let dative = crate::text::german::dative(complainant);
        let client_dative = crate::text::german::dative(&self.voice.client);
        let mut all: Vec<(&str, &str)> = vec![
            ("voice", self.voice.key()),
            ("complainant", complainant),
            ("complainant_dative", &dative),
            ("client_dative", &client_dative),
            ("of_complainant", &self.voice.of_complainant),
            ("client", &self.voice.client),
            ("of_client", &self.voice.of_client),
            ("gender", self.voice.gender),
            ("country", country_key(self.country)),
        ];
        all.extend_from_slice(values);
        self.wording.say(id, &all)
    }

    /// How the letter's language names a recipient of the registry (checked for every one
    /// when the engine is built; were one missing, the letter would show its message id).
    pub(super) fn named(&self, id: &str) -> wording::Named {
        self.wording
            .named_by(id, self.voice.key())
            .unwrap_or_else(|| {
                debug_assert!(false, "no name `{id}`");
                wording::Named {
                    name: id.to_string(),
                    to: id.to_string(),
                }
            })
    }

    /// A date as the letter's language writes it: "1er août 2026", "1 augustus 2026".
    pub(super) fn date(&self, d: NaiveDate) -> String {
        match self.language {
            Language::French => french::date(d),
            Language::Dutch => crate::text::dutch::date(d),
            Language::German => crate::text::german::date(d),
        }
    }

    /// An amount as the letter's language writes it: "182,40 €", "€ 182,40".
    pub(super) fn amount(&self, euros: f64) -> String {
        match self.language {
            Language::Dutch => crate::text::dutch::amount(euros),
            Language::French | Language::German => french::amount(euros),
        }
    }

    /// A deadline in words: "deux mois", "twee maanden".
    pub(super) fn deadline(&self, count: u32, unit: DeadlineUnit) -> String {
        match self.language {
            Language::French => deadline_phrase(count, unit),
            Language::Dutch => crate::registry::phrases::deadline_phrase_nl(count, unit),
            Language::German => crate::registry::phrases::deadline_phrase_de(count, unit),
        }
    }
}

pub(super) fn country_key(country: Country) -> &'static str {
    match country {
        Country::FR => "FR",
        Country::BE => "BE",
    }
}

pub(super) fn kind_key(kind: LevelKind) -> &'static str {
    kind.template_name()
}

pub(super) fn channel_key(channel: ChannelKind) -> &'static str {
    match channel {
        ChannelKind::Phone => "phone",
        ChannelKind::Email => "email",
        ChannelKind::Letter => "letter",
        ChannelKind::Registered => "registered",
        ChannelKind::Portal => "portal",
        ChannelKind::Chat => "chat",
        ChannelKind::InPerson => "in-person",
    }
}
