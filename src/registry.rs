//! The registry: `institutions.yaml`, the complaint ladders of the institutions recours knows
//! and the mediators and authorities they lead to. The binary embeds the project's own file;
//! `--registry FILE` replaces it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Error;
use crate::yaml;

/// The registry built into the binary.
pub const EMBEDDED: &str = include_str!("../institutions.yaml");

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
pub enum Country {
    FR,
    BE,
}

/// What a level of a ladder is, which decides the letter's kind and template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LevelKind {
    /// A first written complaint to the institution.
    Complaint,
    /// A second look inside the institution, after an unsatisfying or missing answer.
    Escalation,
    /// A referral to an independent mediator.
    Mediation,
    /// A report to the supervising authority.
    Authority,
}

impl LevelKind {
    /// The template name of this kind of letter.
    pub fn template_name(self) -> &'static str {
        match self {
            Self::Complaint => "complaint",
            Self::Escalation => "escalation",
            Self::Mediation => "mediation",
            Self::Authority => "authority",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BodyKind {
    Mediator,
    Authority,
}

/// How a complainant can reach a level.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    Phone,
    Email,
    Letter,
    Registered,
    Portal,
    Chat,
    InPerson,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    #[serde(default)]
    pub detail: Option<String>,
}

/// The unit a deadline is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineUnit {
    Months,
    Days,
    /// French jours ouvrables: Monday to Saturday, less public holidays.
    WorkingDays,
    /// French jours ouvrés: Monday to Friday, less public holidays.
    BusinessDays,
    /// Belgian jours ouvrables: Monday to Friday, less public holidays.
    BeWorkingDays,
}

/// A deadline an institution commits to, e.g. two months to answer a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub count: u32,
    pub unit: DeadlineUnit,
    /// The longer deadline allowed in exceptional cases, in the same unit.
    #[serde(default)]
    pub extended: Option<u32>,
    /// The rule the deadline comes from, cited in the letter.
    #[serde(default)]
    pub basis: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(default)]
    pub seed: Option<String>,
    #[serde(default)]
    pub page: Option<String>,
}

/// Who a case is for: consumers and businesses are sometimes served by different services.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    #[default]
    Consumer,
    Business,
}

/// A family of products served by a particular recipient (e.g. insurance products).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProductFamily {
    Insurance,
}

/// How strictly a mediator applies a condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strictness {
    /// The mediator refuses the case.
    Refuse,
    /// The mediator may refuse it: a warning.
    Warn,
}

/// The conditions a mediator sets before it takes a case.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct MediatorConditions {
    /// A written complaint to the institution must come first (a call is not one).
    #[serde(default)]
    pub written_complaint_first: bool,
    /// The mediator steps aside once a court is seized.
    #[serde(default)]
    pub no_court: bool,
    /// What happens to a referral made more than one year after the written complaint.
    #[serde(default)]
    pub within_one_year: Option<Strictness>,
    /// For business complainants: how long without an answer before the mediator is seized.
    #[serde(default)]
    pub business_wait: Option<Deadline>,
    /// The rule these conditions come from, cited in messages.
    pub basis: String,
}

/// A mediator or an authority a ladder leads to.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    pub kind: BodyKind,
    pub country: Country,
    pub name: String,
    pub address: Option<Vec<String>>,
    /// The envelope's lines when the name does not fit one line.
    #[serde(default)]
    pub envelope: Option<Vec<String>>,
    #[serde(default)]
    pub missing: Option<String>,
    pub salutation: String,
    /// How a sentence names it after "à": "à la Médiation de l'Assurance".
    pub dative: String,
    #[serde(default)]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub conditions: Option<MediatorConditions>,
    pub verified: NaiveDate,
}

/// One possible recipient of a level: either written out, or a body of the registry.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecipientEntry {
    pub id: String,
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub address: Option<Vec<String>>,
    #[serde(default)]
    pub envelope: Option<Vec<String>>,
    #[serde(default)]
    pub missing: Option<String>,
    #[serde(default)]
    pub dative: Option<String>,
    #[serde(default)]
    pub salutation: Option<String>,
    #[serde(default)]
    pub audience: Option<Audience>,
    #[serde(default)]
    pub products: Option<ProductFamily>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelReferences {
    #[serde(default)]
    pub required: Vec<ReferenceKind>,
    #[serde(default)]
    pub cited: Vec<ReferenceKind>,
}

/// The references a case can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    FileNumber,
    ContractNumber,
    MemberNumber,
    CardNumber,
    NationalRegister,
}

impl ReferenceKind {
    /// The key of the case file that holds it.
    pub fn key(self) -> &'static str {
        match self {
            Self::FileNumber => "file_number",
            Self::ContractNumber => "contract_number",
            Self::MemberNumber => "member_number",
            Self::CardNumber => "card_number",
            Self::NationalRegister => "national_register",
        }
    }

    /// Its label in a French letter's references block.
    pub fn label(self) -> &'static str {
        match self {
            Self::FileNumber => "N° de dossier",
            Self::ContractNumber => "N° de contrat",
            Self::MemberNumber => "N° d’adhérent",
            Self::CardNumber => "Carte n°",
            Self::NationalRegister => "N° de registre national",
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub level: u32,
    pub id: String,
    pub kind: LevelKind,
    pub recipients: Vec<RecipientEntry>,
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// The level is only reached by registered letter.
    #[serde(default)]
    pub registered: bool,
    #[serde(default)]
    pub acknowledge_within: Option<Deadline>,
    #[serde(default)]
    pub answer_within: Option<Deadline>,
    /// The levels that must have been climbed before this one.
    #[serde(default)]
    pub after: Vec<u32>,
    /// Levels that must also come first when an earlier level was answered (an answer is
    /// contested at these levels before going further).
    #[serde(default)]
    pub after_if_answered: Vec<u32>,
    #[serde(default)]
    pub references: LevelReferences,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// How a sentence names it after "à": "au Cabinet Madame Courtage".
    pub dative: String,
    pub country: Country,
    #[serde(default)]
    pub products: Option<String>,
    /// The exact number of digits of the institution's file numbers, when it has one.
    #[serde(default)]
    pub file_number_digits: Option<usize>,
    pub sources: Vec<Source>,
    pub verified: NaiveDate,
    pub ladder: Vec<Level>,
}

impl Institution {
    pub fn level(&self, number: u32) -> Option<&Level> {
        self.ladder.iter().find(|l| l.level == number)
    }

    pub fn level_by_id(&self, id: &str) -> Option<&Level> {
        self.ladder.iter().find(|l| l.id == id)
    }

    pub fn last_level(&self) -> u32 {
        self.ladder.iter().map(|l| l.level).max().unwrap_or(0)
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub bodies: Vec<Body>,
    pub institutions: Vec<Institution>,
    /// Where the registry was read from, for messages.
    #[serde(skip)]
    pub origin: PathBuf,
    /// SHA-256 of the registry's text: a batch re-renders its cases when it changes.
    #[serde(skip)]
    pub fingerprint: String,
}

/// A recipient resolved from a level: the body looked up, the fields merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub id: String,
    /// The body of the registry it is, when it is one.
    pub body: Option<String>,
    pub name: String,
    pub address: Option<Vec<String>>,
    /// The envelope's lines (name included), when the registry gives them.
    pub envelope: Option<Vec<String>>,
    pub missing: Option<String>,
    pub salutation: String,
    pub dative: String,
    pub audience: Option<Audience>,
    pub products: Option<ProductFamily>,
}

impl Registry {
    /// The registry built into the binary.
    pub fn embedded() -> Result<Self, Error> {
        Self::parse(EMBEDDED, Path::new("institutions.yaml (built in)"))
    }

    /// Reads a registry file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, path)
    }

    pub fn parse(text: &str, origin: &Path) -> Result<Self, Error> {
        let mut registry: Registry = yaml::from_str(text, origin)?;
        registry.origin = origin.to_owned();
        registry.fingerprint = crate::batch::sha256_hex(text.as_bytes());
        registry.check()?;
        Ok(registry)
    }

    /// Consistency of the registry itself: unique ids, bodies that exist, levels in order.
    fn check(&self) -> Result<(), Error> {
        let problem = |message: String| {
            Err(Error::Registry {
                origin: self.origin.clone(),
                message,
            })
        };
        for (i, institution) in self.institutions.iter().enumerate() {
            if self.institutions[..i]
                .iter()
                .any(|o| o.id == institution.id)
                || self.bodies.iter().any(|b| b.id == institution.id)
            {
                return problem(format!("the id `{}` is used twice", institution.id));
            }
            for (n, level) in institution.ladder.iter().enumerate() {
                if level.level as usize != n + 1 {
                    return problem(format!(
                        "{}: the levels must be numbered 1, 2, 3… in order; found {} in position {}",
                        institution.id,
                        level.level,
                        n + 1
                    ));
                }
                if level.recipients.is_empty() {
                    return problem(format!(
                        "{} level {}: no recipient",
                        institution.id, level.level
                    ));
                }
                if let Some(bad) = level
                    .after
                    .iter()
                    .chain(&level.after_if_answered)
                    .find(|a| **a >= level.level)
                {
                    return problem(format!(
                        "{} level {}: `after` names level {bad}, which does not come before it",
                        institution.id, level.level
                    ));
                }
                for entry in &level.recipients {
                    match &entry.body {
                        Some(body) if self.body(body).is_none() => {
                            return problem(format!(
                                "{} level {}: recipient `{}` names the body `{body}`, which is not in `bodies`",
                                institution.id, level.level, entry.id
                            ));
                        }
                        None if entry.name.is_none() || entry.dative.is_none() => {
                            return problem(format!(
                                "{} level {}: recipient `{}` needs `name` and `dative`, or `body`",
                                institution.id, level.level, entry.id
                            ));
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions.iter().find(|i| i.id == id)
    }

    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id == id)
    }

    /// The conditions of the mediator a recipient is, if any.
    pub fn conditions_of(&self, recipient: &Recipient) -> Option<&MediatorConditions> {
        recipient
            .body
            .as_deref()
            .and_then(|id| self.body(id))
            .and_then(|b| b.conditions.as_ref())
    }

    /// The known id closest to a mistyped one, for "did you mean" hints.
    pub fn nearest_institution(&self, id: &str) -> Option<&str> {
        nearest(id, self.institutions.iter().map(|i| i.id.as_str()))
    }

    /// A level's recipient with its body's fields filled in.
    pub fn resolve(&self, entry: &RecipientEntry) -> Recipient {
        let body = entry.body.as_deref().and_then(|id| self.body(id));
        Recipient {
            id: entry.id.clone(),
            body: entry.body.clone(),
            name: entry
                .name
                .clone()
                .or_else(|| body.map(|b| b.name.clone()))
                .unwrap_or_default(),
            address: entry
                .address
                .clone()
                .or_else(|| body.and_then(|b| b.address.clone())),
            envelope: entry
                .envelope
                .clone()
                .or_else(|| body.and_then(|b| b.envelope.clone())),
            missing: entry
                .missing
                .clone()
                .or_else(|| body.and_then(|b| b.missing.clone())),
            salutation: entry
                .salutation
                .clone()
                .or_else(|| body.map(|b| b.salutation.clone()))
                .unwrap_or_else(|| "Madame, Monsieur,".to_string()),
            dative: entry
                .dative
                .clone()
                .or_else(|| body.map(|b| b.dative.clone()))
                .unwrap_or_default(),
            audience: entry.audience,
            products: entry.products,
        }
    }
}

/// The candidate nearest to `wanted` by edit distance, if it is close enough to be a typo.
pub fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(wanted, c), c))
        .filter(|(distance, c)| *distance <= (c.len() / 2).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_registry_has_the_five_seed_ladders() {
        let registry = Registry::embedded().unwrap();
        let ladders: Vec<(&str, usize)> = registry
            .institutions
            .iter()
            .map(|i| (i.id.as_str(), i.ladder.len()))
            .collect();
        assert_eq!(
            ladders,
            [
                ("cetelem-fr", 3),
                ("amex-fr", 3),
                ("cetelem-be", 2),
                ("stellantis-fs-belux", 4),
                ("madame-courtage", 3)
            ]
        );
    }

    #[test]
    fn cetelem_fr_second_level_is_registered_and_mediator_needs_both_levels() {
        let registry = Registry::embedded().unwrap();
        let cetelem = registry.institution("cetelem-fr").unwrap();
        assert!(cetelem.level(2).unwrap().registered);
        assert_eq!(cetelem.level(3).unwrap().after, [1, 2]);
        let mediator = registry.resolve(&cetelem.level(3).unwrap().recipients[0]);
        assert_eq!(mediator.salutation, "Madame la Médiatrice,");
        assert_eq!(
            mediator.address.unwrap(),
            ["ACI FCL 9065", "92595 Levallois-Perret Cedex"]
        );
    }

    #[test]
    fn unknown_facts_stay_unknown() {
        let registry = Registry::embedded().unwrap();
        let amex = registry.institution("amex-fr").unwrap();
        let mediator = registry.resolve(&amex.level(3).unwrap().recipients[0]);
        assert_eq!(mediator.address, None);
        assert!(mediator.missing.unwrap().contains("unconfirmed"));
    }

    #[test]
    fn typos_find_the_nearest_id() {
        let registry = Registry::embedded().unwrap();
        assert_eq!(
            registry.nearest_institution("cetelem-fx"),
            Some("cetelem-fr")
        );
        assert_eq!(registry.nearest_institution("amex"), Some("amex-fr"));
        assert_eq!(
            registry.nearest_institution("zzzzzzzzzzzzzzzzzzzzzzz"),
            None
        );
    }

    #[test]
    fn a_broken_registry_is_refused_with_its_reason() {
        let text = EMBEDDED.replace("body: ombudsfin }", "body: ombudsfinn }");
        let err = Registry::parse(&text, Path::new("r.yaml")).unwrap_err();
        assert!(
            err.to_string().contains("names the body `ombudsfinn`"),
            "{err}"
        );
    }
}
