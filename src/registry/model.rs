//! The registry's vocabulary: countries, kinds of level and of body, channels and their
//! French aliases, deadlines and the event each runs from, the sources and bases of rules,
//! recipients, levels, institutions.

use super::*;

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
    /// Its name in French, for people: « réclamation », « médiation ».
    pub fn french(self) -> &'static str {
        match self {
            Self::Complaint => "réclamation",
            Self::Escalation => "demande de réexamen",
            Self::Mediation => "médiation",
            Self::Authority => "signalement à l’autorité",
        }
    }

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
    /// An online platform that forwards complaints (ConsumerConnect): it takes no letters.
    Portal,
}

impl BodyKind {
    /// Its name in French, for people.
    pub fn french(self) -> &'static str {
        match self {
            Self::Mediator => "médiateur",
            Self::Authority => "autorité",
            Self::Portal => "plateforme en ligne",
        }
    }
}

impl ChannelKind {
    /// Its name as a case file writes it: `registered`, `in-person`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Email => "email",
            Self::Letter => "letter",
            Self::Registered => "registered",
            Self::Portal => "portal",
            Self::Chat => "chat",
            Self::InPerson => "in-person",
        }
    }

    /// Its name in French, for people: « courriel », « lettre recommandée ».
    pub fn french(self) -> &'static str {
        match self {
            Self::Phone => "téléphone",
            Self::Email => "courriel",
            Self::Letter => "courrier",
            Self::Registered => "lettre recommandée",
            Self::Portal => "formulaire en ligne",
            Self::Chat => "messagerie instantanée (chat)",
            Self::InPerson => "en personne",
        }
    }
}

impl Audience {
    /// Whom it is, in French, for people.
    pub fn french(self) -> &'static str {
        match self {
            Self::Consumer => "consommateurs",
            Self::Business => "professionnels",
        }
    }
}

/// How a complainant can reach a level. A case file may name it in French as well
/// (`courriel`, `lettre recommandée`…): see [`CHANNEL_ALIASES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    #[serde(alias = "téléphone", alias = "telephone", alias = "appel")]
    Phone,
    #[serde(alias = "courriel", alias = "e-mail", alias = "mail")]
    Email,
    #[serde(alias = "courrier", alias = "lettre", alias = "lettre simple")]
    Letter,
    #[serde(
        alias = "lettre recommandée",
        alias = "lettre recommandee",
        alias = "recommandé",
        alias = "recommandée",
        alias = "recommande",
        alias = "envoi recommandé"
    )]
    Registered,
    #[serde(alias = "formulaire", alias = "formulaire en ligne")]
    Portal,
    #[serde(alias = "messagerie")]
    Chat,
    #[serde(alias = "en personne", alias = "sur place")]
    InPerson,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// Where it reaches: the e-mail address, the web form's address, the phone number, as the
    /// source gives it in full. Absent where the source gives none or cuts it off (`detail`
    /// then says so).
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
    /// The channel the recipient asks complaints to come by, when its source says so.
    #[serde(default)]
    pub preferred: bool,
    /// The source of `preferred`.
    #[serde(default)]
    pub basis: Option<Basis>,
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

/// The event a deadline runs from, as its source names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunsFrom {
    /// The day the step was sent (or made, for a call).
    Sending,
    /// The day the recipient received it.
    Receipt,
    /// The day of the first written complaint to the institution, whatever the level (ACPR
    /// recommendation 2022-R-01: not restarted at each internal level).
    FirstWritten,
    /// The day of the first complaint, by any channel.
    FirstComplaint,
    /// The source does not say: the letter states the rule without a date, and `check`
    /// counts from the assumed day of receipt, saying so.
    Unknown,
}

/// A deadline an institution commits to, e.g. two months to answer a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub count: u32,
    pub unit: DeadlineUnit,
    /// The event the deadline runs from.
    pub runs_from: RunsFrom,
    /// The longer deadline announced by a holding letter, in the same unit.
    #[serde(default)]
    pub extended: Option<u32>,
    /// The document and the words the deadline rests on.
    pub basis: Basis,
}

/// A document the registry's facts come from: a procedure of the seeds, a law, a mediator's
/// pages.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    /// In a clinic's registry folder: the built-in entry of that id this one replaces.
    #[serde(default)]
    pub replaces: Option<String>,
    /// Its title, as a person would look it up.
    pub title: String,
    /// How a French letter cites it after « conformément à », with its article; a document
    /// without it (an institution's own procedure) is cited as « vos engagements ».
    #[serde(default)]
    pub cited_as: Option<String>,
    /// Where it is published.
    #[serde(default)]
    pub url: Option<String>,
}

/// What a rule of the registry rests on: a document and its words, short.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// The id of a document of `documents`.
    pub doc: String,
    /// The words of the document the rule rests on (quoted « … » when verbatim).
    pub says: String,
}

/// A rule that needs nothing but its source (e.g. "by registered letter only").
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub basis: Basis,
}

/// Levels that come first, and the source that says so.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelsRule {
    pub levels: Vec<u32>,
    pub basis: Basis,
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
    /// A consumer mediator, open to consumers by its law (advice for a business).
    #[serde(default)]
    pub consumers_only: Option<Rule>,
    /// The rule these conditions come from, cited in messages.
    pub basis: Basis,
}

/// A mediator or an authority a ladder leads to.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub id: String,
    /// In a clinic's registry folder: the built-in entry of that id this one replaces.
    #[serde(default)]
    pub replaces: Option<String>,
    pub kind: BodyKind,
    pub country: Country,
    pub name: String,
    pub address: Option<Vec<String>>,
    /// The address as a Dutch letter writes it (a Brussels street has a Dutch name too).
    #[serde(default)]
    pub address_nl: Option<Vec<String>>,
    /// The envelope's lines when the name does not fit one line.
    #[serde(default)]
    pub envelope: Option<Vec<String>>,
    /// The envelope's lines of a Dutch letter, when the Dutch name does not fit one line.
    #[serde(default)]
    pub envelope_nl: Option<Vec<String>>,
    #[serde(default)]
    pub missing: Option<Prose>,
    pub salutation: String,
    /// What it calls a letter that seizes it (`complaint` where its source says « plainte »).
    #[serde(default)]
    pub referral: Referral,
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// Its website, when a source gives it.
    #[serde(default)]
    pub website: Option<String>,
    /// The ids of the documents its facts come from.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Why the body itself is not confirmed by a source, when it is not.
    #[serde(default)]
    pub unconfirmed: Option<Prose>,
    #[serde(default)]
    pub note: Option<Prose>,
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
    /// Its body's address is not printed at this level: the institution's source does not
    /// name the body, so the case gives the address it has confirmed.
    #[serde(default)]
    pub withhold_address: bool,
    /// The address as a Dutch letter writes it.
    #[serde(default)]
    pub address_nl: Option<Vec<String>>,
    #[serde(default)]
    pub envelope: Option<Vec<String>>,
    #[serde(default)]
    pub missing: Option<Prose>,
    #[serde(default)]
    pub salutation: Option<String>,
    #[serde(default)]
    pub audience: Option<Audience>,
    #[serde(default)]
    pub products: Option<ProductFamily>,
    /// The source of `audience` or `products`.
    #[serde(default)]
    pub basis: Option<Basis>,
    /// Why this recipient at this level is not confirmed by the institution's source, when it
    /// is not (e.g. a mediator the procedure does not name). Letters then do not name it
    /// before it is written to.
    #[serde(default)]
    pub unconfirmed: Option<Prose>,
    /// Its body's channel this level's source asks complaints to come by (kind and words).
    #[serde(default)]
    pub prefers: Option<Channel>,
    /// Written to directly, without the levels `after` requires, where its source says so.
    #[serde(default)]
    pub direct: Option<Rule>,
    #[serde(default)]
    pub note: Option<Prose>,
    /// Its own e-mail address, where it differs from the level's e-mail channel (the insurance
    /// complaints of Cetelem Belgique).
    #[serde(default)]
    pub email: Option<String>,
    /// The id of the message that names it in the letters (`locales/*/`): its body's, or
    /// `recipient-<institution>-<id>`. Set when the registry is read.
    #[serde(skip)]
    pub message: String,
}

#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelReferences {
    /// References the case must give, every one of them.
    #[serde(default)]
    pub required: Vec<ReferenceKind>,
    /// Groups of references of which the case must give at least one.
    #[serde(default)]
    pub required_any: Vec<Vec<ReferenceKind>>,
    /// References the source advises giving: a warning when missing, never a refusal.
    #[serde(default)]
    pub advised: Vec<ReferenceKind>,
    /// References printed when the case gives them.
    #[serde(default)]
    pub cited: Vec<ReferenceKind>,
    /// The source of `required`, `required_any` and `advised`.
    #[serde(default)]
    pub basis: Option<Basis>,
}

impl LevelReferences {
    /// Whether the level prints this reference when the case gives it.
    pub fn cites(&self, kind: ReferenceKind) -> bool {
        self.required.contains(&kind)
            || self.advised.contains(&kind)
            || self.cited.contains(&kind)
            || self.required_any.iter().any(|group| group.contains(&kind))
    }
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

    /// Its name in a French sentence of a message: « le numéro de dossier ».
    pub fn noun(self) -> &'static str {
        match self {
            Self::FileNumber => "file number (numéro de dossier)",
            Self::ContractNumber => "contract number (numéro de contrat)",
            Self::MemberNumber => "member number (numéro d’adhérent)",
            Self::CardNumber => "card number (numéro de carte)",
            Self::NationalRegister => "national register number (numéro de registre national)",
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
    pub registered: Option<Rule>,
    #[serde(default)]
    pub acknowledge_within: Option<Deadline>,
    #[serde(default)]
    pub answer_within: Option<Deadline>,
    /// The answer deadline of a payment-services dispute (an unauthorised or wrongly executed
    /// payment: the case gives `dispute.payment_date`), over `answer_within`.
    #[serde(default)]
    pub payment_answer_within: Option<Deadline>,
    /// The levels that must have been climbed before this one: a condition.
    #[serde(default)]
    pub after: Option<LevelsRule>,
    /// The levels the source advises climbing first: a warning when skipped, never a refusal.
    #[serde(default)]
    pub advised_after: Option<LevelsRule>,
    /// Levels that must also come first when an earlier level was answered in time (within
    /// `unanswered_after` when the level has it, else within that level's own deadline): an
    /// answer is contested at these levels before going further; a late one is not.
    #[serde(default)]
    pub after_if_answered: Option<LevelsRule>,
    /// How long the earlier levels may stay without an answer before this level opens, when
    /// its source sets that itself (instead of the earlier levels' answer deadlines).
    #[serde(default)]
    pub unanswered_after: Option<Deadline>,
    /// The level is open to consumers only; a business case gets a warning.
    #[serde(default)]
    pub consumers_only: Option<Rule>,
    #[serde(default)]
    pub references: LevelReferences,
}

impl Level {
    /// The levels `after` requires.
    pub fn after_levels(&self) -> &[u32] {
        self.after.as_ref().map_or(&[], |r| &r.levels)
    }

    /// The answer deadline that applies to a case: the payment-services one for a contested
    /// payment, when the level has one.
    pub fn answer_deadline(&self, payment_dispute: bool) -> Option<&Deadline> {
        match (&self.payment_answer_within, payment_dispute) {
            (Some(payment), true) => Some(payment),
            _ => self.answer_within.as_ref(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    /// In a clinic's registry folder: the built-in entry of that id this one replaces.
    #[serde(default)]
    pub replaces: Option<String>,
    pub name: String,
    pub short_name: String,
    pub country: Country,
    #[serde(default)]
    pub products: Option<String>,
    /// The exact number of digits of the institution's file numbers, when it has one.
    #[serde(default)]
    pub file_number_digits: Option<usize>,
    /// The ids of the documents its ladder comes from.
    pub sources: Vec<String>,
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

    /// The id of the message that names it in the letters (`locales/*/`).
    pub fn message(&self) -> String {
        format!("institution-{}", self.id)
    }
}
