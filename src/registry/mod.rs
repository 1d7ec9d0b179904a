//! The registry: `institutions.yaml`, the complaint ladders of the institutions recours knows
//! and the mediators and authorities they lead to. The binary embeds the project's own file;
//! `--registry FILE` replaces it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Error;
use crate::yaml;

/// A registry written for an earlier recours names its recipients in `dative` and `name_nl`,
/// which are now in the message files: its fault says where they went.
fn moved_to_messages(error: Error) -> Error {
    let Error::Invalid(mut faults) = error else {
        return error;
    };
    for fault in &mut faults {
        if fault.problem == "unknown key `dative`" || fault.problem == "unknown key `name_nl`" {
            fault.help = Some(
                "how a letter names a recipient is now in the message files \
                 (fr/destinataires.ftl, nl/ontvangers.ftl, de/empfaenger.ftl, under \
                 `institution-<id>`, `recipient-<institution>-<id>` or `body-<id>`): remove the \
                 line, and name a recipient the built-in files lack in a folder given with \
                 --locales"
                    .to_string(),
            );
        }
    }
    Error::Invalid(faults)
}

/// The registry built into the binary.
pub const EMBEDDED: &str = include_str!("../../institutions.yaml");

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    pub documents: Vec<Document>,
    pub bodies: Vec<Body>,
    pub institutions: Vec<Institution>,
    /// Where the registry was read from, for messages.
    #[serde(skip)]
    pub origin: PathBuf,
    /// SHA-256 of the registry's text: a batch re-renders its cases when it changes.
    #[serde(skip)]
    pub fingerprint: String,
    /// The registry's text, to point at a line of it in messages.
    #[serde(skip)]
    pub text: String,
    /// The files of a clinic's folder read on top of it ([`Registry::with_additions`]).
    #[serde(skip)]
    pub additions: Vec<Addition>,
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
        let mut registry: Registry = yaml::from_str(text, origin).map_err(moved_to_messages)?;
        registry.origin = origin.to_owned();
        registry.fingerprint = crate::text::digest::sha256_hex(text.as_bytes());
        registry.text = text.to_string();
        registry.check()?;
        registry.name_messages();
        Ok(registry)
    }

    /// The message that names each level's recipient in the letters.
    fn name_messages(&mut self) {
        for institution in &mut self.institutions {
            for level in &mut institution.ladder {
                for entry in &mut level.recipients {
                    entry.message = match &entry.body {
                        Some(body) => format!("body-{body}"),
                        None => format!("recipient-{}-{}", institution.id, entry.id),
                    };
                }
            }
        }
    }

    /// Consistency of the registry itself: unique ids, bodies that exist, levels in order.
    fn check(&self) -> Result<(), Error> {
        // Each problem begins with the id at fault: it is said of the file that gives it.
        let problem = |message: String| {
            let id = message.split([':', ' ']).next().unwrap_or_default();
            Err(Error::Registry {
                origin: self.source_of(id).0.to_owned(),
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
                for rule in [&level.after, &level.advised_after, &level.after_if_answered]
                    .into_iter()
                    .flatten()
                {
                    if let Some(bad) = rule.levels.iter().find(|a| **a >= level.level) {
                        return problem(format!(
                            "{} level {}: a rule names level {bad}, which does not come before it",
                            institution.id, level.level
                        ));
                    }
                }
                for entry in &level.recipients {
                    match &entry.body {
                        Some(body) if self.body(body).is_none() => {
                            return problem(format!(
                                "{} level {}: recipient `{}` names the body `{body}`, which is not in `bodies`",
                                institution.id, level.level, entry.id
                            ));
                        }
                        None if entry.name.is_none() => {
                            return problem(format!(
                                "{} level {}: recipient `{}` needs `name`, or `body`",
                                institution.id, level.level, entry.id
                            ));
                        }
                        _ => {}
                    }
                }
            }
            if let Some(unknown) = institution
                .sources
                .iter()
                .find(|d| self.document(d).is_none())
            {
                return problem(format!(
                    "{}: the source `{unknown}` is not in `documents`",
                    institution.id
                ));
            }
        }
        self.check_salutations()?;
        for (place, basis) in self.conditions() {
            match basis {
                None => {
                    return problem(format!(
                        "{place}: this condition has no `basis` (the document and the words it rests on)"
                    ));
                }
                Some(b) if self.document(&b.doc).is_none() => {
                    return problem(format!(
                        "{place}: the basis names the document `{}`, which is not in `documents`",
                        b.doc
                    ));
                }
                Some(b) if b.says.trim().is_empty() => {
                    return problem(format!(
                        "{place}: the basis does not say what its document says"
                    ));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// Every condition the registry imposes, where it is, and the basis it rests on (`None`
    /// when it has none: the registry is then refused).
    pub fn conditions(&self) -> Vec<(String, Option<&Basis>)> {
        let mut out = Vec::new();
        for body in &self.bodies {
            if let Some(c) = &body.conditions {
                out.push((format!("{}: conditions", body.id), Some(&c.basis)));
                if let Some(wait) = &c.business_wait {
                    out.push((format!("{}: business_wait", body.id), Some(&wait.basis)));
                }
                if let Some(rule) = &c.consumers_only {
                    out.push((format!("{}: consumers_only", body.id), Some(&rule.basis)));
                }
            }
            for channel in body.channels.iter().filter(|c| c.preferred) {
                out.push((
                    format!("{}: preferred channel", body.id),
                    channel.basis.as_ref(),
                ));
            }
        }
        for institution in &self.institutions {
            for level in &institution.ladder {
                let at = |what: &str| format!("{} level {}: {what}", institution.id, level.level);
                for recipient in &level.recipients {
                    if let Some(channel) = &recipient.prefers {
                        out.push((at("preferred channel"), channel.basis.as_ref()));
                    }
                }
                if let Some(r) = &level.registered {
                    out.push((at("registered"), Some(&r.basis)));
                }
                if let Some(r) = &level.consumers_only {
                    out.push((at("consumers_only"), Some(&r.basis)));
                }
                for (name, rule) in [
                    ("after", &level.after),
                    ("advised_after", &level.advised_after),
                    ("after_if_answered", &level.after_if_answered),
                ] {
                    if let Some(rule) = rule {
                        out.push((at(name), Some(&rule.basis)));
                    }
                }
                for (name, deadline) in [
                    ("acknowledge_within", &level.acknowledge_within),
                    ("answer_within", &level.answer_within),
                    ("payment_answer_within", &level.payment_answer_within),
                    ("unanswered_after", &level.unanswered_after),
                ] {
                    if let Some(d) = deadline {
                        out.push((at(name), Some(&d.basis)));
                    }
                }
                let refs = &level.references;
                if !refs.required.is_empty()
                    || !refs.required_any.is_empty()
                    || !refs.advised.is_empty()
                {
                    out.push((at("references"), refs.basis.as_ref()));
                }
                for entry in &level.recipients {
                    if entry.audience.is_some() || entry.products.is_some() {
                        out.push((
                            at(&format!("recipient `{}` (audience, products)", entry.id)),
                            entry.basis.as_ref(),
                        ));
                    }
                }
            }
        }
        out
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

    /// « Madame, Monsieur le Médiateur, » names no one: a title is given only when the registry
    /// knows who holds the office (« Madame la Médiatrice, »).
    fn check_salutations(&self) -> Result<(), Error> {
        let salutations = self
            .bodies
            .iter()
            .map(|b| (b.id.as_str(), b.salutation.as_str()))
            .chain(self.institutions.iter().flat_map(|i| {
                i.ladder.iter().flat_map(|l| {
                    l.recipients
                        .iter()
                        .filter_map(|r| r.salutation.as_deref().map(|s| (r.id.as_str(), s)))
                })
            }));
        for (id, salutation) in salutations {
            let rest = salutation
                .trim()
                .strip_prefix("Madame, Monsieur")
                .unwrap_or(",");
            if rest.trim() != "," {
                return Err(Error::Registry {
                    origin: self.origin.clone(),
                    message: format!(
                        "{id}: the salutation « {salutation} » mixes « Madame, Monsieur » with a title: write « Madame, Monsieur, », or the title of whoever holds the office (« Madame la Médiatrice, »)"
                    ),
                });
            }
        }
        Ok(())
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
                .or_else(|| body.and_then(|b| b.address.clone()))
                .filter(|_| !entry.withhold_address),
            envelope: entry
                .envelope
                .clone()
                .or_else(|| body.and_then(|b| b.envelope.clone())),
            missing: (entry.missing.as_ref())
                .or_else(|| body.and_then(|b| b.missing.as_ref()))
                .map(Prose::text),
            salutation: entry
                .salutation
                .clone()
                .or_else(|| body.map(|b| b.salutation.clone()))
                .unwrap_or_else(|| "Madame, Monsieur,".to_string()),
            message: entry.message.clone(),
            audience: entry.audience,
            products: entry.products,
            direct: entry.direct.is_some(),
            unconfirmed: (entry.unconfirmed.as_ref())
                .or_else(|| body.and_then(|b| b.unconfirmed.as_ref()))
                .map(Prose::text),
            address_nl: entry
                .address_nl
                .clone()
                .or_else(|| body.and_then(|b| b.address_nl.clone())),
            envelope_nl: body.and_then(|b| b.envelope_nl.clone()),
            // The channel the institution's source says to use, else the body's own.
            preferred: (entry.prefers.as_ref())
                .and_then(|p| {
                    let channel = body?.channels.iter().find(|c| c.kind == p.kind)?;
                    Some(Channel {
                        preferred: true,
                        basis: p.basis.clone(),
                        ..channel.clone()
                    })
                })
                .or_else(|| {
                    body.and_then(|b| b.channels.iter().find(|c| c.preferred))
                        .cloned()
                })
                .filter(|c| !matches!(c.kind, ChannelKind::Letter | ChannelKind::Registered)),
            referral: body.map(|b| b.referral).unwrap_or_default(),
            email: entry.email.clone().or_else(|| {
                body.and_then(|b| b.channels.iter().find(|c| c.kind == ChannelKind::Email))
                    .and_then(|c| c.address.clone())
            }),
        }
    }

    /// A document of the registry.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// How a letter cites the rule a basis is: the document's `cited_as`, or the institution's
    /// own commitments.
    pub fn cited_as(&self, basis: &Basis) -> Option<&str> {
        self.document(&basis.doc)
            .and_then(|d| d.cited_as.as_deref())
    }

    /// A basis in words for people: the document's title and what it says.
    pub fn basis_text(&self, basis: &Basis) -> String {
        let title = self
            .document(&basis.doc)
            .map_or(basis.doc.as_str(), |d| d.title.as_str());
        format!("{title}: {}", basis.says)
    }
}

pub use additions::{Addition, registry_files, user_registry_dir};
pub use channel_words::CHANNEL_ALIASES;
pub mod phrases;
pub mod prose;

pub use crate::text::similar::nearest;
pub use prose::Prose;

mod additions;
mod channel_words;
mod model;
mod names;
mod recipient;
pub use model::*;
pub use names::Named;
pub use recipient::*;

#[cfg(test)]
mod tests;
