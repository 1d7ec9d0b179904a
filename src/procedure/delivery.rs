//! How a letter travels: by post (registered where its level asks for it), as an e-mail
//! draft, or pasted into the recipient's web form — decided from the registry's channels for
//! the level and its recipient, and what the person asked for (`--email`).

use serde::Serialize;

use crate::procedure::plan::Plan;
use crate::registry::{ChannelKind, Level, Recipient, Registry};

/// A way for the letter to reach its recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "way")]
pub enum Route {
    /// Posted with avis de réception: the level asks for it.
    Registered,
    /// Posted.
    Post,
    /// The e-mail draft, sent from the person's mailbox to this address.
    Email { address: String },
    /// Pasted into the recipient's web form (its address, when the source gives it; else
    /// where the source says it is).
    Form {
        address: Option<String>,
        detail: Option<String>,
    },
}

/// How the letter goes: the way to use first, then the others the registry lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    pub routes: Vec<Route>,
    /// The address the letter may be e-mailed to, when one is known.
    pub email: Option<String>,
    /// Whether the letter's recipient block is a postal address.
    pub postal: bool,
}

/// The ways a planned letter travels; `by_email`: the person asked for an e-mail draft.
pub fn delivery(plan: &Plan, by_email: bool) -> Delivery {
    Delivery {
        routes: routes(
            plan.registry,
            plan.level,
            &plan.recipient,
            plan.email.as_deref(),
            plan.postal,
            by_email,
        ),
        email: plan.email.clone(),
        postal: plan.postal,
    }
}

/// The ways a letter reaches a level's recipient, the one to use first: the draft when the
/// person asked for one, the recipient's web form where it asks for it, the post (registered
/// where the level asks) where there is a postal address, then e-mail and form as others.
pub fn routes(
    registry: &Registry,
    level: &Level,
    recipient: &Recipient,
    email: Option<&str>,
    postal: bool,
    by_email: bool,
) -> Vec<Route> {
    let body_channels = (recipient.body.as_deref())
        .and_then(|id| registry.body(id))
        .map(|b| b.channels.as_slice())
        .unwrap_or_default();
    let channels = || level.channels.iter().chain(body_channels);
    let form = (recipient.preferred.as_ref())
        .filter(|c| c.kind == ChannelKind::Portal)
        .or_else(|| channels().find(|c| c.kind == ChannelKind::Portal))
        .map(|c| Route::Form {
            address: c.address.clone(),
            detail: c.detail.clone(),
        });
    let post = match level.registered.is_some() {
        true => Route::Registered,
        false => Route::Post,
    };
    let email = email.map(|address| Route::Email {
        address: address.to_string(),
    });
    let mut routes = Vec::new();
    if by_email {
        routes.extend(email.clone());
    }
    if recipient.preferred.is_some() {
        routes.extend(form.clone());
    }
    if postal {
        routes.push(post);
    }
    routes.extend(email);
    routes.extend(form);
    let mut seen = Vec::new();
    routes.retain(|r| {
        let new = !seen.contains(r);
        seen.push(r.clone());
        new
    });
    routes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ways(institution: &str, level: u32, recipient: usize, by_email: bool) -> Vec<Route> {
        let registry = Registry::embedded().unwrap();
        let level = registry
            .institution(institution)
            .unwrap()
            .level(level)
            .unwrap();
        let recipient = registry.resolve(&level.recipients[recipient]);
        let email = recipient.email.clone();
        let postal = recipient.address.is_some();
        routes(
            &registry,
            level,
            &recipient,
            email.as_deref(),
            postal,
            by_email,
        )
    }

    #[test]
    fn the_recipients_own_form_first_then_the_post_then_e_mail() {
        // Ombudsfin asks for its web form; it takes letters, and e-mail when the form fails.
        let ombudsfin = ways("stellantis-fs-belux", 3, 0, false);
        assert_eq!(
            ombudsfin,
            [
                Route::Form {
                    address: Some("https://www.ombudsfin.be/fr/introduire-une-plainte".into()),
                    detail: None
                },
                Route::Post,
                Route::Email {
                    address: "ombudsman@ombudsfin.be".into()
                },
            ]
        );
        // Asked for a draft, the e-mail comes first.
        assert!(matches!(
            ways("stellantis-fs-belux", 3, 0, true)[0],
            Route::Email { .. }
        ));
        // Cetelem's consumer service: registered letters only.
        assert_eq!(ways("cetelem-fr", 2, 0, false), [Route::Registered]);
    }
}
