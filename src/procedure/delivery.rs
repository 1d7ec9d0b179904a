//! How a letter travels: by post (registered where its level asks for it), as an e-mail
//! draft, or pasted into the recipient's web form — decided from the registry's channels for
//! the level and its recipient, and what the person asked for (`--email`).

use serde::Serialize;

use crate::procedure::plan::Plan;
use crate::registry::ChannelKind;

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
    let body_channels = plan
        .recipient
        .body
        .as_deref()
        .and_then(|id| plan.registry.body(id))
        .map(|b| b.channels.as_slice())
        .unwrap_or_default();
    let channels = || plan.level.channels.iter().chain(body_channels);
    let form = (plan.recipient.preferred.as_ref())
        .filter(|c| c.kind == ChannelKind::Portal)
        .or_else(|| channels().find(|c| c.kind == ChannelKind::Portal))
        .map(|c| Route::Form {
            address: c.address.clone(),
            detail: c.detail.clone(),
        });
    let post = match plan.level.registered.is_some() {
        true => Route::Registered,
        false => Route::Post,
    };
    let email = plan.email.clone().map(|address| Route::Email { address });
    let mut routes = Vec::new();
    if by_email {
        routes.extend(email.clone());
    }
    if plan.recipient.preferred.is_some() {
        routes.extend(form.clone());
    }
    if plan.postal {
        routes.push(post);
    }
    routes.extend(email);
    routes.extend(form);
    routes.dedup();
    let mut seen = Vec::new();
    routes.retain(|r| {
        let new = !seen.contains(r);
        seen.push(r.clone());
        new
    });
    Delivery {
        routes,
        email: plan.email.clone(),
        postal: plan.postal,
    }
}
