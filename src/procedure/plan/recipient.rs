//! Who the letter goes to: the level's recipient for this case (by audience, product, or
//! `letter.recipient`), its postal lines — the registry's, or those the case vouches for where
//! the registry has none — and what its source says of it.

use super::*;
use crate::text::messages::tr;

/// What the registry says of the recipient the letter goes to that the writer should know:
/// a recipient the institution's source does not name, a recipient that asks for its web form.
pub(super) fn recipient_warnings(
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    recipient: &Recipient,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(why) = &recipient.unconfirmed {
        out.push(tr!(
            "recipient-unconfirmed",
            why = why.as_str(),
            recipient = recipient.name.as_str(),
            institution = institution.short_name.as_str(),
            level = level.level
        ));
    }
    if let Some(channel) = &recipient.preferred {
        let basis = channel
            .basis
            .as_ref()
            .map(|b| format!(" — {}", registry.basis_text(b)))
            .unwrap_or_default();
        let form = match channel.address.as_deref().or(channel.detail.as_deref()) {
            Some(form) => form.to_string(),
            None => tr!("its-website"),
        };
        out.push(tr!(
            "recipient-prefers-form",
            recipient = recipient.name.as_str(),
            form = form,
            basis = basis
        ));
    }
    out
}

/// The recipient a level serves a complainant of this type by default.
/// Who a case is for, as far as choosing among a level's recipients goes.
#[derive(Debug, Clone, Copy)]
pub(super) struct Profile {
    audience: Audience,
    products: Option<ProductFamily>,
}

impl Profile {
    pub(super) fn of(file: &CaseFile) -> Self {
        Self {
            audience: file.case.complainant.audience,
            products: file.case.product.as_deref().and_then(product_family),
        }
    }
}

/// The recipient a level serves a case with by default: the one for its product family if the
/// level has one, else the one for its audience (consumer or business), else the first.
pub(super) fn default_recipient(registry: &Registry, level: &Level, profile: Profile) -> Recipient {
    let for_audience =
        |r: &&crate::registry::RecipientEntry| r.audience.is_none_or(|a| a == profile.audience);
    let entry = profile
        .products
        .and_then(|family| {
            level
                .recipients
                .iter()
                .filter(for_audience)
                .find(|r| r.products == Some(family))
        })
        .or_else(|| {
            level
                .recipients
                .iter()
                .filter(for_audience)
                .find(|r| r.products.is_none())
        })
        .unwrap_or(&level.recipients[0]);
    registry.resolve(entry)
}

pub(super) fn choose_recipient(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
) -> Option<Recipient> {
    let Some(asked) = &file.case.letter.recipient else {
        return Some(default_recipient(registry, level, Profile::of(file)));
    };
    match level.recipients.iter().find(|r| r.id == asked.value) {
        // A mediator or a platform that serves one audience only does not take the other's
        // case (ConsumerConnect is for consumers); an institution's own services forward a
        // letter sent to the wrong one, so the case's choice stands there.
        Some(entry)
            if entry.body.is_some()
                && entry
                    .audience
                    .is_some_and(|a| a != file.case.complainant.audience) =>
        {
            let basis = entry
                .basis
                .as_ref()
                .map(|b| format!(" ({})", registry.basis_text(b)))
                .unwrap_or_default();
            let problem = match file.case.complainant.audience {
                Audience::Consumer => tr!(
                    "recipient-businesses-only",
                    id = asked.value.as_str(),
                    basis = basis
                ),
                Audience::Business => tr!(
                    "recipient-consumers-only",
                    id = asked.value.as_str(),
                    basis = basis
                ),
            };
            faults.push(
                faults
                    .at(asked, "letter.recipient", problem)
                    .help(tr!("recipient-audience-help")),
            );
            None
        }
        Some(entry) => Some(registry.resolve(entry)),
        None => {
            let ids: Vec<&str> = level.recipients.iter().map(|r| r.id.as_str()).collect();
            let mut d = faults
                .at(
                    asked,
                    "letter.recipient",
                    tr!(
                        "no-such-recipient",
                        level = level.level,
                        kind = crate::procedure::timeline::kind_of(level.kind),
                        institution = institution.short_name.as_str(),
                        recipient = asked.value.as_str()
                    ),
                )
                .expected(tr!(
                    "expected-one-of",
                    list = ids
                        .iter()
                        .map(|i| format!("`{i}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            if let Some(near) = crate::registry::nearest(&asked.value, ids.iter().copied()) {
                d = d.help(tr!("yaml-did-you-mean", near = near));
            }
            faults.push(d);
            None
        }
    }
}

/// The recipient's postal lines: the registry's, or those the case vouches for when the
/// registry does not know them. Never invented, and never replaced: a `recipient_address`
/// other than the address the registry knows is refused (it would put the letter in another
/// firm's envelope under this recipient's name).
pub(super) fn postal_lines(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &Institution,
    level: &Level,
    recipient: &Recipient,
) -> Option<Vec<String>> {
    let known = registry_lines(recipient, is_dutch(file));
    // The registry's address in another language of the letters is the same address.
    let other = registry_lines(recipient, !is_dutch(file));
    if let Some(given) = &file.case.letter.recipient_address {
        let lines: Vec<String> = given
            .value
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if let Some(known) = known {
            if same_address(&lines, &known)
                || other.as_ref().is_some_and(|o| same_address(&lines, o))
            {
                return Some(known);
            }
            faults.push(
                faults
                    .at(
                        given,
                        "letter.recipient_address",
                        tr!(
                            "address-known",
                            recipient = recipient.name.as_str(),
                            institution = institution.short_name.as_str(),
                            level = level.level,
                            address = known.join(" / ")
                        ),
                    )
                    .expected(tr!("address-known.expected"))
                    .help(tr!("address-known.help")),
            );
            return None;
        }
        if lines.len() < 2 {
            faults.push(
                faults
                    .at(given, "letter.recipient_address", tr!("address-too-short"))
                    .expected(tr!("address-too-short.expected")),
            );
            return None;
        }
        return Some(lines);
    }
    if let Some(known) = known {
        return Some(known);
    }
    let why = recipient
        .missing
        .clone()
        .unwrap_or_else(|| tr!("no-source-gives-it"));
    let d = Diagnostic::new(
        &file.path,
        "letter.recipient_address",
        tr!(
            "address-unknown",
            recipient = recipient.name.as_str(),
            institution = institution.short_name.as_str(),
            level = level.level,
            kind = crate::procedure::timeline::kind_of(level.kind),
            why = why
        ),
    )
    // A level that takes e-mail can be written to by e-mail.
    .help(
        match level.channels.iter().any(|c| c.kind == ChannelKind::Email) {
            true => tr!("address-unknown.help-email"),
            false => tr!("address-unknown.help"),
        },
    );
    faults.push(match &file.case.letter.step {
        Some(step) if faults.cli_step.is_none() => faults
            .at(step, "letter.recipient_address", d.problem.clone())
            .help(d.help.clone().unwrap_or_default()),
        _ => locate_key(d, file, "institution"),
    });
    None
}

/// The address the letter may be e-mailed to: the registry's (the recipient's own, or its
/// level's e-mail channel), else the case's `letter.recipient_email`, which the complainant
/// vouches for — as for a postal address, a different one from the registry's is refused.
/// `needed` (`--email`): an unknown address is a fault.
pub(super) fn email_address(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &Institution,
    level: &Level,
    recipient: &Recipient,
    needed: bool,
) -> Option<String> {
    let known = recipient.email.clone().or_else(|| {
        (level.channels.iter())
            .find(|c| c.kind == ChannelKind::Email)
            .and_then(|c| c.address.clone())
    });
    let given = file.case.letter.recipient_email.as_ref();
    match (given, known) {
        (Some(given), Some(known)) if !given.value.trim().eq_ignore_ascii_case(&known) => {
            faults.push(
                faults
                    .at(
                        given,
                        "letter.recipient_email",
                        tr!(
                            "email-known",
                            recipient = recipient.name.as_str(),
                            institution = institution.short_name.as_str(),
                            level = level.level,
                            known = known.as_str()
                        ),
                    )
                    .expected(tr!("email-known.expected"))
                    .help(tr!("email-known.help")),
            );
            None
        }
        (Some(given), None) => {
            let address = given.value.trim();
            let plausible = address.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !address.contains(char::is_whitespace)
            });
            if !plausible {
                faults.push(
                    faults
                        .at(
                            given,
                            "letter.recipient_email",
                            tr!("email-not-address", address = address),
                        )
                        .expected(tr!("email-not-address.expected")),
                );
                return None;
            }
            Some(address.to_string())
        }
        (_, Some(known)) => Some(known),
        (None, None) => {
            if needed {
                let d = Diagnostic::new(
                    &file.path,
                    "letter.recipient_email",
                    tr!(
                        "email-unknown",
                        recipient = recipient.name.as_str(),
                        institution = institution.short_name.as_str(),
                        level = level.level,
                        kind = crate::procedure::timeline::kind_of(level.kind)
                    ),
                )
                .help(tr!("email-unknown.help"));
                faults.push(locate_key(d, file, "institution"));
            }
            None
        }
    }
}

/// The envelope lines the registry gives for a recipient, in the letter's language; `None`
/// when no source gives its postal address.
pub(super) fn registry_lines(recipient: &Recipient, dutch: bool) -> Option<Vec<String>> {
    let address = recipient.address.as_ref()?;
    // A Dutch letter names a Belgian body in Dutch; its address is the one the sources give.
    if dutch && let Some(envelope) = &recipient.envelope_nl {
        return Some(envelope.clone());
    }
    if dutch && let Some(address) = &recipient.address_nl {
        let mut lines = vec![recipient.name.clone()];
        lines.extend(address.iter().cloned());
        return Some(lines);
    }
    if let Some(envelope) = &recipient.envelope {
        return Some(envelope.clone());
    }
    let mut lines = vec![recipient.name.clone()];
    lines.extend(address.iter().cloned());
    Some(lines)
}

/// Whether two envelopes are the same address, written alike but for case, spacing and
/// punctuation (a case copying the registry's address is not at fault).
pub(super) fn same_address(given: &[String], known: &[String]) -> bool {
    let words = |lines: &[String]| -> Vec<String> {
        lines
            .iter()
            .flat_map(|l| {
                l.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    words(given) == words(known)
}
