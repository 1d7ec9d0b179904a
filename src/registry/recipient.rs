//! A recipient of a level as the letters see it: the level's entry merged with its body.

use serde::Deserialize;

use super::{Audience, Channel, ProductFamily};

/// What a mediator calls the letter that seizes it: a request for mediation (the French
/// mediators), or a complaint (Ombudsfin: « introduire une plainte »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Referral {
    #[default]
    Mediation,
    Complaint,
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
    /// The id of the message that names it in the letters, in each language (`locales/*/`).
    pub message: String,
    pub audience: Option<Audience>,
    pub products: Option<ProductFamily>,
    /// Why this recipient is not confirmed by the institution's source, when it is not.
    pub unconfirmed: Option<String>,
    /// Its source lets it be written to without the levels its level requires first.
    pub direct: bool,
    /// The address of a Dutch letter.
    pub address_nl: Option<Vec<String>>,
    /// The envelope's lines of a Dutch letter.
    pub envelope_nl: Option<Vec<String>>,
    /// The channel the recipient asks complaints to come by, when it is not a letter.
    pub preferred: Option<Channel>,
    /// What it calls a letter that seizes it.
    pub referral: Referral,
    /// Its e-mail address, when the registry knows one (its own, or its body's e-mail channel).
    pub email: Option<String>,
}
