//! The letter's blocks: the sender (the complainant, or a clinic for them), the place and
//! date, the registered-mail line, the references cited, the salutation and the closing
//! formula, the running head of continuation pages.

use super::*;

/// The salutation and the closing formula that repeats it: the recipient's own in French
/// ("Madame la Médiatrice,"), the language's in Dutch and German.
pub(super) fn salutation_and_closing(w: &Writer, plan: &Plan) -> (String, String) {
    let salutation = if w.language != Language::French {
        w.say("salutation", &[])
    } else {
        plan.recipient.salutation.trim().to_string()
    };
    let addressee = salutation.trim_end_matches(',').trim().to_string();
    let internal = matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    );
    let closing = w.say(
        "closing",
        &[
            ("addressee", &addressee),
            ("internal", if internal { "yes" } else { "no" }),
        ],
    );
    (salutation, closing)
}

/// The complainant's civility as the letter's language abbreviates it: « Mme », « de heer ».
fn civility(case: &Case, wording: &Wording) -> Option<String> {
    case.complainant.civility.map(|c| match c {
        Civility::Madame => wording.say("civility-madame", &[]),
        Civility::Monsieur => wording.say("civility-monsieur", &[]),
    })
}

/// The complainant's name, with the civility ("Mme Marie Dubois"), and as a French sentence
/// names them (an organisation with its article: « la Société coopérative … »).
pub(super) fn names(case: &Case, wording: &Wording) -> (String, String, String) {
    let civility = civility(case, wording);
    let name = case.complainant.name.value.trim().to_string();
    let complainant_full = match &civility {
        Some(c) => format!("{c} {name}"),
        None => name.clone(),
    };
    // An organisation (no civility, and a business or a name that says so) is named with its
    // article in a French sentence.
    let named = if civility.is_none()
        && (case.complainant.audience == crate::registry::Audience::Business
            || french::with_article(&name) != name)
    {
        french::with_article(&name)
    } else {
        complainant_full.clone()
    };
    (name, complainant_full, named)
}

/// How a letter names the complainant once it has named them in full: the civility and the
/// family name (« Mme Dubois »), when the name is a given name and a family name; else the
/// name as first written (a longer name is not cut where a family name might start).
pub(super) fn short_name(case: &Case, wording: &Wording, named: &str) -> String {
    let words: Vec<&str> = case.complainant.name.value.split_whitespace().collect();
    match (civility(case, wording), words.as_slice()) {
        (Some(civility), [_, family]) => format!("{civility} {family}"),
        _ => named.to_string(),
    }
}

/// The sender's block and what follows from who writes: the complainant, or a clinic for them.
pub(super) struct Sender<'c> {
    pub(super) lines: Vec<String>,
    /// "Agissant pour le compte de …", under a clinic's block.
    pub(super) on_behalf: Option<String>,
    pub(super) signature: Vec<String>,
    /// The PDF's author.
    pub(super) author: String,
    /// The postal lines the letter's place is taken from.
    pub(super) address: &'c [String],
}

pub(super) fn sender<'c>(w: &Writer, case: &'c Case, name: &str) -> Sender<'c> {
    let mut sender = Vec::new();
    let mut on_behalf = None;
    let mut signature = Vec::new();
    let author;
    let sender_address: &[String];
    match &case.representative {
        Some(rep) => {
            sender.push(rep.name.value.trim().to_string());
            sender.extend(non_empty(&rep.address.value));
            sender.extend(contacts(w, rep.email.as_deref(), rep.phone.as_deref()));
            let mut behalf = w.say("on-behalf", &[]);
            let address = non_empty(&case.complainant.address.value);
            if !address.is_empty() {
                behalf.push_str(", ");
                // Each line of the address stays whole: a house number with its street.
                let lines: Vec<String> = address.iter().map(|l| french::unbreakable(l)).collect();
                behalf.push_str(&lines.join(", "));
            }
            on_behalf = Some(behalf);
            match &rep.signatory {
                Some(signatory) => {
                    signature.extend(signed_for(w, rep.name.value.trim(), signatory));
                }
                None => {
                    signature.push(rep.name.value.trim().to_string());
                    signature.push(w.say("signature-on-behalf", &[]));
                }
            }
            author = rep.name.value.trim().to_string();
            sender_address = &rep.address.value;
        }
        None => {
            sender.push(w.say("sender-name", &[("name", name)]));
            sender.extend(non_empty(&case.complainant.address.value));
            sender.extend(contacts(
                w,
                case.complainant.email.as_deref(),
                case.complainant.phone.as_deref(),
            ));
            match &case.complainant.signatory {
                Some(signatory) => signature.extend(signed_for(w, name, signatory)),
                None => signature.push(name.to_string()),
            }
            author = name.to_string();
            sender_address = &case.complainant.address.value;
        }
    }

    Sender {
        lines: sender,
        on_behalf,
        signature,
        author,
        address: sender_address,
    }
}

/// The signature of a person signing for an organisation: « Pour la Clinique juridique … »,
/// then « Sophie Martin, juriste ».
fn signed_for(w: &Writer, organisation: &str, signatory: &crate::case::Signatory) -> [String; 2] {
    let name = signatory.name.value.trim();
    let signer = match signatory.role.as_deref().map(str::trim) {
        Some(role) if !role.is_empty() => {
            w.say("signature-signatory", &[("name", name), ("role", role)])
        }
        _ => name.to_string(),
    };
    [
        w.say(
            "signature-for",
            &[
                ("name", organisation),
                ("named", &french::with_article(organisation)),
                ("named_nl", &crate::text::dutch::with_article(organisation)),
            ],
        ),
        signer,
    ]
}

/// "Lille, le 21 novembre 2026": the letter's place (`letter.place`, else the sender's
/// locality) and date.
pub(super) fn place_date(w: &Writer, case: &Case, sender_address: &[String], date: &str) -> String {
    let place = case
        .letter
        .place
        .clone()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| locality(sender_address));
    if place.is_empty() {
        w.say("date-alone", &[("date", date)])
    } else {
        w.say("place-date", &[("place", &place), ("date", date)])
    }
}

/// The registered-mail line, when the level asks for registered mail or the letter has a number.
pub(super) fn registered_line(w: &Writer, plan: &Plan) -> Option<String> {
    let tracking = plan.tracking.as_deref();
    (plan.level.registered.is_some() || tracking.is_some()).then(|| match tracking {
        Some(number) => w.say(
            "registered-number",
            &[("number", &french::unbreakable(number))],
        ),
        None => w.say("registered", &[]),
    })
}

/// The references the level cites, after "N/Réf." (the clinic's) and "V/Réf." (the last
/// answer's, for a complaint or an escalation).
pub(super) fn cited_references(w: &Writer, case: &Case, plan: &Plan) -> Vec<CitedReference> {
    let mut references: Vec<CitedReference> = plan
        .references
        .iter()
        .map(|r| CitedReference {
            label: match r.kind {
                Some(kind) => w.say("reference-label", &[("kind", kind.key())]),
                None => r.label.clone(),
            },
            value: r.value.clone(),
            kind: r.kind,
        })
        .collect();
    if matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    ) && let Some(theirs) = plan
        .history
        .iter()
        .rev()
        .find_map(|s| s.answer.as_ref()?.reference.clone())
    {
        references.insert(
            0,
            CitedReference {
                label: w.say("their-reference", &[]),
                value: theirs,
                kind: None,
            },
        );
    }
    if let Some(ours) = case
        .representative
        .as_ref()
        .and_then(|r| r.reference.clone())
    {
        references.insert(
            0,
            CitedReference {
                label: w.say("our-reference", &[]),
                value: ours,
                kind: None,
            },
        );
    }
    references
}

/// "Marie Dubois · 21 novembre 2026 · N° de dossier : 123456789012": the sender, the date and
/// the institution's reference (or the first one given).
pub(super) fn running_head(sender: &str, date: String, references: &[CitedReference]) -> String {
    let mut parts = vec![sender.to_string(), date];
    if let Some(main) = references
        .iter()
        .find(|r| r.kind.is_some())
        .or(references.first())
    {
        parts.push(format!("{} {}", main.label, main.value));
    }
    parts.join(" · ")
}

pub(super) fn non_empty(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

pub(super) fn contacts(w: &Writer, email: Option<&str>, phone: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(phone) = phone.map(str::trim).filter(|p| !p.is_empty()) {
        out.push(w.say("contact-phone", &[("phone", phone)]));
    }
    if let Some(email) = email.map(str::trim).filter(|e| !e.is_empty()) {
        out.push(w.say("contact-email", &[("email", email)]));
    }
    out
}
