//! The letter's content, decided: every sentence, every line of every block, in French, from a
//! case and its [`Plan`]. Templates only lay this out; nothing here is markup, and every string
//! has had French typography applied. Escaping for Typst happens in [`crate::template`].

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::case::{CaseFile, Civility};
use crate::french::{self, le_date, typography};
use crate::identifiers::{mask_card_numbers, mask_card_numbers_unbreakable};
use crate::ladder::{CitedReference, Plan, TakenStep};
use crate::registry::{ChannelKind, Country, Deadline, DeadlineUnit, LevelKind, RunsFrom};

/// Everything the letter says, in reading order.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    /// The template family: complaint, escalation, mediation or authority.
    pub kind: &'static str,
    /// "fr" or "nl".
    pub language: &'static str,
    /// The headings the layout prints, in the letter's language.
    pub labels: Labels,
    pub institution: String,
    pub level: u32,
    pub country: Country,
    pub sender: Vec<String>,
    /// "Agissant pour le compte de …" under the sender, when a representative writes.
    pub on_behalf: Option<String>,
    pub recipient: Vec<String>,
    /// Who the letter is for, in one phrase (the registry's name), for summaries.
    pub recipient_name: String,
    pub place_date: String,
    /// "Lettre recommandée avec avis de réception n° …" / "Envoi recommandé n° …".
    pub registered: Option<String>,
    pub references: Vec<CitedReference>,
    pub subject: String,
    pub salutation: String,
    pub opening: Vec<String>,
    pub prior_steps: Vec<String>,
    pub facts: Vec<String>,
    pub amount: Option<String>,
    pub demands_intro: String,
    pub demands: Vec<String>,
    pub deadline: Option<String>,
    pub statements: Vec<String>,
    pub closing: String,
    pub signature: Vec<String>,
    /// The name of the scanned signature image the layout shows above the signature lines (a
    /// fixed name decided here, never the case's path).
    pub signature_image: Option<&'static str>,
    pub attachments: Vec<String>,
    /// The enclosures in the groups the layout keeps on one page: the first two (with the
    /// heading), each middle one, the last two.
    pub attachment_groups: Vec<Vec<String>>,
    /// The small header of continuation pages: sender, date, main reference.
    pub running_head: String,
    pub document: DocumentInfo,
}

/// The headings of a letter, in its language.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    /// "Objet :" / "Betreft:".
    pub subject: String,
    pub prior_steps: String,
    pub facts: String,
    /// "Pièces jointes :" / "Bijlagen:".
    pub attachments: String,
}

/// The language a letter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    French,
    Dutch,
}

/// The PDF's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    pub title: String,
    pub author: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Who speaks in the letter: the complainant, or a representative for them.
struct Voice {
    representative: bool,
    /// "Mme Marie Dubois", "Société coopérative Les Jardins": as the blocks print it.
    complainant_full: String,
    /// As a French sentence names the complainant: "Mme Marie Dubois", "la Société
    /// coopérative Les Jardins".
    named: String,
}

impl Voice {
    /// "de Mme Marie Dubois", "de la Société …", "du Cabinet …".
    fn of_complainant(&self) -> String {
        french::de_name(&self.named)
    }

    fn pick<'a>(&self, own: &'a str, for_someone: &'a str) -> &'a str {
        if self.representative {
            for_someone
        } else {
            own
        }
    }
}

/// Composes the letter for a planned level of a case.
pub fn compose(file: &CaseFile, plan: &Plan) -> Letter {
    let case = &file.case;
    let country = plan.country();
    let language = match case.letter.language.as_ref().map(|l| l.value.as_str()) {
        Some("nl") => Language::Dutch,
        _ => Language::French,
    };
    let nl = language == Language::Dutch;
    let civility = case.complainant.civility.map(|c| match (c, nl) {
        (Civility::Madame, false) => "Mme",
        (Civility::Monsieur, false) => "M.",
        (Civility::Madame, true) => "mevrouw",
        (Civility::Monsieur, true) => "de heer",
    });
    let name = case.complainant.name.value.trim().to_string();
    let complainant_full = match civility {
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
    let voice = Voice {
        representative: case.representative.is_some(),
        complainant_full: complainant_full.clone(),
        named,
    };

    let mut sender = Vec::new();
    let mut on_behalf = None;
    let mut signature = Vec::new();
    let author;
    let sender_address: &[String];
    match &case.representative {
        Some(rep) => {
            sender.push(rep.name.value.trim().to_string());
            sender.extend(non_empty(&rep.address.value));
            sender.extend(contacts(rep.email.as_deref(), rep.phone.as_deref(), nl));
            let mut behalf = if nl {
                format!("Namens {complainant_full}")
            } else {
                format!("Agissant pour le compte {}", voice.of_complainant())
            };
            let address = non_empty(&case.complainant.address.value);
            if !address.is_empty() {
                behalf.push_str(", ");
                behalf.push_str(&address.join(", "));
            }
            on_behalf = Some(behalf);
            signature.push(rep.name.value.trim().to_string());
            signature.push(if nl {
                format!("namens {complainant_full}")
            } else {
                format!("pour le compte {}", voice.of_complainant())
            });
            author = rep.name.value.trim().to_string();
            sender_address = &rep.address.value;
        }
        None => {
            sender.push(complainant_full.clone());
            sender.extend(non_empty(&case.complainant.address.value));
            sender.extend(contacts(
                case.complainant.email.as_deref(),
                case.complainant.phone.as_deref(),
                nl,
            ));
            signature.push(name.clone());
            author = name.clone();
            sender_address = &case.complainant.address.value;
        }
    }

    let place = case
        .letter
        .place
        .clone()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| locality(sender_address));
    let place_date = match (place.is_empty(), nl) {
        (true, false) => capitalise(&le_date(plan.date)),
        (false, false) => format!("{place}, {}", le_date(plan.date)),
        (true, true) => crate::dutch::date(plan.date),
        (false, true) => format!("{place}, {}", crate::dutch::date(plan.date)),
    };

    let tracking = case
        .letter
        .tracking
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let registered = (plan.level.registered.is_some() || tracking.is_some()).then(|| {
        let kind = match (country, nl) {
            (_, true) => "Aangetekende zending",
            (Country::FR, false) => "Lettre recommandée avec avis de réception",
            (Country::BE, false) => "Envoi recommandé",
        };
        match (tracking.map(french::unbreakable), nl) {
            (Some(number), false) => format!("{kind} n° {number}"),
            (Some(number), true) => format!("{kind} nr. {number}"),
            (None, _) => kind.to_string(),
        }
    });

    let mut references = plan.references.clone();
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
                label: if nl { "Uw ref." } else { "V/Réf." }.into(),
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
                label: if nl { "Onze ref." } else { "N/Réf." }.into(),
                value: ours,
                kind: None,
            },
        );
    }

    let subject_text = case.dispute.subject.value.trim();
    let subject = match (plan.level.kind, nl) {
        (LevelKind::Complaint, true) => format!("Klacht – {subject_text}"),
        (LevelKind::Escalation, true) => {
            format!("Verzoek tot herziening van een klacht – {subject_text}")
        }
        (LevelKind::Mediation, true) => format!("Verzoek tot bemiddeling – {subject_text}"),
        (LevelKind::Authority, true) => format!("Melding – {subject_text}"),
        (LevelKind::Complaint, false) => format!("Réclamation – {subject_text}"),
        (LevelKind::Escalation, false) => {
            format!("Demande de réexamen d’une réclamation – {subject_text}")
        }
        (LevelKind::Mediation, false) => format!("Demande de médiation – {subject_text}"),
        (LevelKind::Authority, false) => format!("Signalement – {subject_text}"),
    };

    let salutation = if nl {
        "Geachte mevrouw, geachte heer,".to_string()
    } else {
        plan.recipient.salutation.trim().to_string()
    };
    let addressee = salutation.trim_end_matches(',').trim().to_string();
    let formula = match (plan.level.kind, voice.representative) {
        (LevelKind::Complaint | LevelKind::Escalation, false) => "mes salutations distinguées",
        (LevelKind::Complaint | LevelKind::Escalation, true) => "nos salutations distinguées",
        (_, false) => "ma considération distinguée",
        (_, true) => "notre considération distinguée",
    };
    let closing = if nl {
        "Met vriendelijke groeten,".to_string()
    } else {
        format!(
            "{} d’agréer, {addressee}, l’expression de {formula}.",
            voice.pick("Je vous prie", "Nous vous prions")
        )
    };

    let opening = if nl { opening_nl } else { opening }(
        &voice,
        plan,
        case.product.as_deref(),
        case.representative.as_ref().map(|r| r.mandate_date.value.0),
    );
    let prior_steps = plan
        .history
        .iter()
        .map(|s| {
            if nl {
                prior_step_sentence_nl(s, &voice, plan.date)
            } else {
                prior_step_sentence(s, &voice, country, plan.date)
            }
        })
        .collect();
    let facts = paragraphs(&case.dispute.facts.value);
    let amount = case.dispute.amount.as_ref().map(|a| {
        if nl {
            format!("Bedrag van het geschil: {}.", french::amount(a.value))
        } else {
            format!("Montant en litige : {}.", french::amount(a.value))
        }
    });
    let demands_intro = if nl {
        match (plan.level.kind, voice.representative) {
            (LevelKind::Mediation, false) => {
                "Ik verzoek u een oplossing voor te stellen die het volgende mogelijk maakt:"
            }
            (LevelKind::Mediation, true) => {
                "Wij verzoeken u een oplossing voor te stellen die het volgende mogelijk maakt:"
            }
            (LevelKind::Authority, false) => {
                "Ik verzoek u deze feiten te onderzoeken; van de onderneming verwacht ik:"
            }
            (LevelKind::Authority, true) => {
                "Wij verzoeken u deze feiten te onderzoeken; van de onderneming verwachten wij:"
            }
            (_, false) => "Bijgevolg verzoek ik u om:",
            (_, true) => "",
        }
        .to_string()
    } else {
        match (plan.level.kind, voice.representative) {
            (LevelKind::Mediation, false) => {
                "Je vous demande de bien vouloir proposer une solution permettant d’obtenir :"
            }
            (LevelKind::Mediation, true) => {
                "Nous vous demandons de bien vouloir proposer une solution permettant d’obtenir :"
            }
            (LevelKind::Authority, false) => {
                "Je vous demande d’examiner ces faits ; j’attends du professionnel :"
            }
            (LevelKind::Authority, true) => {
                "Nous vous demandons d’examiner ces faits ; nous attendons du professionnel :"
            }
            (_, false) => "En conséquence, je vous demande :",
            (_, true) => "",
        }
        .to_string()
    };
    // A representative asks in the complainant's name, whom the letter names.
    let demands_intro = match (demands_intro.is_empty(), nl) {
        (false, _) => demands_intro,
        (true, true) => format!(
            "Bijgevolg verzoeken wij u, namens {}, om:",
            voice.complainant_full
        ),
        (true, false) => format!(
            "En conséquence, nous vous demandons, pour le compte {} :",
            voice.of_complainant()
        ),
    };
    let demands: Vec<String> = case
        .dispute
        .demands
        .value
        .iter()
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|d| !d.is_empty())
        .collect();
    let deadline = if nl {
        deadline_sentence_nl(plan, &voice)
    } else {
        deadline_sentence(plan, &voice)
    };
    let statements = if plan.level.kind == LevelKind::Mediation {
        if nl {
            mediation_statements_nl(plan, &voice)
        } else {
            mediation_statements(plan, &voice)
        }
    } else {
        Vec::new()
    };
    let attachments = if nl { attachments_nl } else { attachments }(plan, &voice, case);
    let labels = labels(plan.level.kind, language);

    let description = format!(
        "{} – {} – niveau {} ({})",
        match plan.level.kind {
            LevelKind::Complaint => "Réclamation",
            LevelKind::Escalation => "Demande de réexamen",
            LevelKind::Mediation => "Demande de médiation",
            LevelKind::Authority => "Signalement",
        },
        plan.institution.name,
        plan.level.level,
        plan.level.id
    );

    // A card number pasted into any text (the facts, a step's reference) is printed masked;
    // `ladder::plan` warns where the case holds one.
    let typeset = |s: &str| {
        let s = mask_card_numbers_unbreakable(s);
        if nl {
            french::common_typography(&s.replace("n° ", "nr.\u{a0}"))
        } else {
            typography(&s)
        }
    };
    let t = |s: String| typeset(&s);
    let tv = |v: Vec<String>| v.into_iter().map(|s| typeset(&s)).collect::<Vec<_>>();
    let head = running_head(
        sender.first().map(String::as_str).unwrap_or_default(),
        if nl {
            crate::dutch::date(plan.date)
        } else {
            french::date(plan.date)
        },
        &references,
        language,
    );
    Letter {
        kind: plan.level.kind.template_name(),
        language: if nl { "nl" } else { "fr" },
        labels,
        institution: plan.institution.id.clone(),
        level: plan.level.level,
        country,
        sender: tv(sender),
        on_behalf: on_behalf.map(t),
        recipient: tv(plan.recipient_lines.clone()),
        recipient_name: plan.recipient.name.clone(),
        place_date: t(place_date),
        registered: registered.map(t),
        running_head: t(head),
        references: references
            .into_iter()
            .map(|r| CitedReference {
                label: reference_label(&r, language),
                // An identifier stays on one line.
                value: french::unbreakable(&typeset(&r.value)),
                kind: r.kind,
            })
            .collect(),
        subject: t(subject.clone()),
        salutation: t(salutation),
        opening: tv(opening),
        prior_steps: tv(prior_steps),
        facts: tv(facts),
        amount: amount.map(t),
        demands_intro: t(demands_intro),
        demands: tv(demands),
        deadline: deadline.map(t),
        statements: tv(statements),
        closing: t(closing),
        signature: tv(signature),
        signature_image: plan.signature.as_ref().map(|s| s.format.virtual_path()),
        attachment_groups: keep_together(&tv(attachments.clone())),
        attachments: tv(attachments),
        document: DocumentInfo {
            title: mask_card_numbers(&subject),
            author: mask_card_numbers(&author),
            description: mask_card_numbers(&description),
            keywords: vec![
                plan.institution.id.clone(),
                plan.level.id.clone(),
                "recours".into(),
            ],
            year: plan.date.year(),
            month: plan.date.month(),
            day: plan.date.day(),
        },
    }
}

/// The groups of enclosures a page must not split: with four or fewer, all of them; else the
/// first two, each of the middle ones, the last two.
fn keep_together(items: &[String]) -> Vec<Vec<String>> {
    let n = items.len();
    if n <= 4 {
        return if n == 0 {
            Vec::new()
        } else {
            vec![items.to_vec()]
        };
    }
    let mut groups = vec![items[..2].to_vec()];
    groups.extend(items[2..n - 2].iter().map(|item| vec![item.clone()]));
    groups.push(items[n - 2..].to_vec());
    groups
}

/// "Marie Dubois · 21 novembre 2026 · N° de dossier : 123456789012": the sender, the date and
/// the institution's reference (or the first one given).
fn running_head(
    sender: &str,
    date: String,
    references: &[CitedReference],
    language: Language,
) -> String {
    let mut parts = vec![sender.to_string(), date];
    if let Some(main) = references
        .iter()
        .find(|r| r.kind.is_some())
        .or(references.first())
    {
        parts.push(format!(
            "{} {}",
            reference_label(main, language),
            main.value
        ));
    }
    parts.join(" · ")
}

/// The headings of the layout, by kind of letter and language.
fn labels(kind: LevelKind, language: Language) -> Labels {
    let (subject, facts, attachments) = match language {
        Language::French => ("Objet\u{a0}:", "Exposé des faits", "Pièces jointes\u{a0}:"),
        Language::Dutch => ("Betreft:", "Feiten", "Bijlagen:"),
    };
    let prior_steps = match (kind, language) {
        (LevelKind::Complaint, Language::French) => "Démarches effectuées",
        (LevelKind::Escalation, Language::French) => "Réclamation initiale et suites données",
        (LevelKind::Mediation, Language::French) => "Démarches préalables auprès du professionnel",
        (LevelKind::Authority, Language::French) => "Démarches préalables",
        (LevelKind::Complaint, Language::Dutch) => "Ondernomen stappen",
        (LevelKind::Escalation, Language::Dutch) => "Oorspronkelijke klacht en gevolg",
        (LevelKind::Mediation, Language::Dutch) => "Voorafgaande stappen bij de onderneming",
        (LevelKind::Authority, Language::Dutch) => "Voorafgaande stappen",
    };
    Labels {
        subject: subject.into(),
        prior_steps: prior_steps.into(),
        facts: facts.into(),
        attachments: attachments.into(),
    }
}

/// A reference's label with its colon, in the letter's language.
fn reference_label(reference: &CitedReference, language: Language) -> String {
    match language {
        Language::French => format!("{}\u{a0}:", reference.label),
        Language::Dutch => {
            let label = match reference.kind {
                Some(crate::registry::ReferenceKind::FileNumber) => "Dossiernummer",
                Some(crate::registry::ReferenceKind::ContractNumber) => "Contractnummer",
                Some(crate::registry::ReferenceKind::MemberNumber) => "Lidnummer",
                Some(crate::registry::ReferenceKind::CardNumber) => "Kaartnummer",
                Some(crate::registry::ReferenceKind::NationalRegister) => "Rijksregisternummer",
                None => reference.label.as_str(),
            };
            format!("{label}:")
        }
    }
}

fn non_empty(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn contacts(email: Option<&str>, phone: Option<&str>, nl: bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(phone) = phone.map(str::trim).filter(|p| !p.is_empty()) {
        out.push(if nl {
            format!("Tel.: {phone}")
        } else {
            format!("Tél. : {phone}")
        });
    }
    if let Some(email) = email.map(str::trim).filter(|e| !e.is_empty()) {
        out.push(if nl {
            format!("E-mail: {email}")
        } else {
            format!("Courriel : {email}")
        });
    }
    out
}

/// The locality of an address's last line: "59000 Lille" → "Lille", "B-1000 Bruxelles" →
/// "Bruxelles", "92561 Rueil-Malmaison Cedex" → "Rueil-Malmaison".
pub fn locality(address: &[String]) -> String {
    let Some(last) = address
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
    else {
        return String::new();
    };
    let mut words: Vec<&str> = last.split_whitespace().collect();
    if words
        .first()
        .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        words.remove(0);
    }
    if let Some(cedex) = words.iter().position(|w| w.eq_ignore_ascii_case("cedex")) {
        words.truncate(cedex);
    }
    words.join(" ")
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Paragraphs of a free text: blank lines separate them, single line breaks are spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.extend(line.split_whitespace());
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

fn opening(
    voice: &Voice,
    plan: &Plan,
    product: Option<&str>,
    mandate: Option<NaiveDate>,
) -> Vec<String> {
    let product = product.map(str::trim).filter(|p| !p.is_empty());
    // After an institution's name, which may end in brackets, the product is not bracketed.
    let about = product
        .map(|p| format!(" au sujet du produit « {p} »"))
        .unwrap_or_default();
    let product = product
        .map(|p| format!(" (produit concerné : {p})"))
        .unwrap_or_default();
    let institution = &plan.institution.name;
    let dative = &plan.institution.dative;
    let mut out = Vec::new();
    if voice.representative {
        let mandate = mandate.map(le_date).unwrap_or_default();
        out.push(format!(
            "Nous intervenons pour le compte {}, qui nous a donné mandat {mandate} (copie jointe).",
            voice.of_complainant()
        ));
    }
    let last_answered = plan.history.last().map(|s| s.answer.is_some());
    match plan.level.kind {
        LevelKind::Complaint => {
            out.push(format!(
                "Par la présente, {} une réclamation écrite concernant le litige décrit ci-dessous{product}.",
                voice.pick("je vous adresse", "nous vous adressons en son nom")
            ));
            if !plan.history.is_empty() {
                out.push("Les démarches déjà effectuées n’ont pas permis de régler ce litige.".to_string());
            }
        }
        LevelKind::Escalation => {
            let status = match last_answered {
                Some(true) => voice.pick(
                    "La réponse apportée à ma réclamation ne me donne pas satisfaction.",
                    "La réponse apportée à sa réclamation ne lui donne pas satisfaction.",
                ),
                _ => voice.pick("Ma réclamation est restée sans réponse.", "Sa réclamation est restée sans réponse."),
            };
            out.push(status.to_string());
            out.push(format!(
                "Conformément à votre procédure de traitement des réclamations, {} de réexaminer le litige décrit ci-dessous{product}.",
                voice.pick("je vous demande", "nous vous demandons")
            ));
        }
        LevelKind::Mediation => out.push(format!(
            "{} votre intervention dans le litige qui {} {dative}{about}, que les démarches effectuées auprès de ce professionnel n’ont pas permis de résoudre.",
            voice.pick("Je sollicite", "Nous sollicitons"),
            voice.pick("m’oppose", "l’oppose")
        )),
        LevelKind::Authority => out.push(format!(
            "{} les difficultés {} avec {institution}{about}, malgré les démarches décrites ci-dessous.",
            voice.pick("Je porte à votre connaissance", "Nous portons à votre connaissance"),
            if voice.representative {
                format!("que rencontre {}", voice.named)
            } else {
                "que je rencontre".to_string()
            }
        )),
    }
    out
}

/// One prior step as a French sentence (or two: the step, then its answer or their absence).
fn prior_step_sentence(step: &TakenStep, voice: &Voice, country: Country, on: NaiveDate) -> String {
    let who = voice
        .pick("j’ai", &format!("{} a", voice.named))
        .to_string();
    let noun = match step.kind {
        LevelKind::Complaint => "une réclamation",
        LevelKind::Escalation => "une demande de réexamen",
        LevelKind::Mediation => "une demande de médiation",
        LevelKind::Authority => "un signalement",
    };
    let dative = &step.dative;
    let tracking = step
        .tracking
        .as_deref()
        .map(|t| format!(" n° {}", french::unbreakable(t)))
        .unwrap_or_default();
    let action = match step.channel {
        ChannelKind::Phone => format!("signalé ce litige par téléphone {dative}"),
        ChannelKind::Chat => format!("exposé ce litige par messagerie instantanée (chat) {dative}"),
        ChannelKind::InPerson => format!("exposé ce litige en personne {dative}"),
        ChannelKind::Email => format!("adressé {noun} par courriel {dative}"),
        ChannelKind::Portal => format!("adressé {noun} {dative} par le formulaire en ligne"),
        ChannelKind::Letter => format!("adressé {noun} par courrier{tracking} {dative}"),
        ChannelKind::Registered => match country {
            Country::FR => format!(
                "adressé {noun} par lettre recommandée avec avis de réception{tracking} {dative}"
            ),
            Country::BE => format!("adressé {noun} par envoi recommandé{tracking} {dative}"),
        },
    };
    let reference = step
        .reference
        .as_deref()
        .map(|r| format!(" (référence : {r})"))
        .unwrap_or_default();
    let mut sentence = capitalise(&format!(
        "{}, {who} {action}{reference}.",
        le_date(step.date)
    ));
    match &step.answer {
        Some(answer) => {
            let reference = answer
                .reference
                .as_deref()
                .map(|r| format!(" (référence : {r})"))
                .unwrap_or_default();
            let summary = answer
                .summary
                .as_deref()
                .map(|s| format!(" : {}", s.trim()))
                .unwrap_or_default();
            sentence.push_str(&format!(
                " Une réponse {} été adressée {}{reference}{summary}",
                voice.pick("m’a", "lui a"),
                le_date(answer.date)
            ));
            if !sentence.ends_with(['.', '!', '?', '…']) {
                sentence.push('.');
            }
        }
        None => match (step.answer_due, &step.deadline) {
            (Some(due), Some(deadline)) if due.date < on && !due.is_certain() => sentence
                .push_str(&format!(
                    " Cette démarche est restée sans réponse au-delà du délai {} suivant sa réception.",
                    de(deadline)
                )),
            (Some(due), Some(deadline))
                if due.date < on
                    && matches!(
                        due.start.runs_from,
                        RunsFrom::FirstWritten | RunsFrom::FirstComplaint
                    )
                    && due.start.date != step.date =>
            {
                sentence.push_str(&format!(
                    " Cette démarche est restée sans réponse malgré l’expiration, {}, du délai {} qui court depuis {} du {}.",
                    le_date(due.date),
                    de(deadline),
                    match (due.start.runs_from, voice.representative) {
                        (RunsFrom::FirstWritten, false) => "ma première réclamation écrite",
                        (RunsFrom::FirstWritten, true) => "sa première réclamation écrite",
                        (_, false) => "ma première réclamation",
                        (_, true) => "sa première réclamation",
                    },
                    french::date(due.start.date)
                ))
            }
            (Some(due), Some(deadline)) if due.date < on => sentence.push_str(&format!(
                " Cette démarche est restée sans réponse malgré l’expiration, {}, du délai {}.",
                le_date(due.date),
                de(deadline)
            )),
            _ => sentence.push_str(" Cette démarche est restée sans réponse à ce jour."),
        },
    }
    if let Some(holding) = step.holding_letter {
        match (&step.deadline, step.answer_due) {
            (Some(deadline), Some(due)) if due.extended => sentence.push_str(&format!(
                " Par courrier du {}, le délai de réponse a été porté à {deadline}.",
                french::date(holding)
            )),
            _ => sentence.push_str(&format!(
                " Par courrier du {}, un délai de réponse plus long a été annoncé.",
                french::date(holding)
            )),
        }
    }
    sentence
}

/// "deux mois", "quinze jours ouvrables".
pub fn deadline_phrase(count: u32, unit: DeadlineUnit) -> String {
    let words = french::number_in_words(count);
    let unit = match unit {
        DeadlineUnit::Months => "mois",
        DeadlineUnit::Days if count == 1 => "jour",
        DeadlineUnit::Days => "jours",
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays if count == 1 => "jour ouvrable",
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays => "jours ouvrables",
        DeadlineUnit::BusinessDays if count == 1 => "jour ouvré",
        DeadlineUnit::BusinessDays => "jours ouvrés",
    };
    format!("{words} {unit}")
}

/// "de deux mois", "d’un mois": the preposition elides before a vowel.
fn de(phrase: &str) -> String {
    if phrase.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h']) {
        format!("d’{phrase}")
    } else {
        format!("de {phrase}")
    }
}

/// How the letter cites a deadline's rule: the law or recommendation it comes from, or the
/// institution's own commitments.
fn rule_of(plan: &Plan, deadline: &Deadline) -> String {
    plan.registry
        .cited_as(&deadline.basis)
        .unwrap_or("vos engagements")
        .to_string()
}

/// The sentence asking for an answer in time, for a complaint or an escalation. A date is
/// printed only when it is true: a deadline from the day of receipt, or from a start its source
/// does not give, is stated without one; one from the first written complaint is counted from
/// it, and says so.
fn deadline_sentence(plan: &Plan, voice: &Voice) -> Option<String> {
    if !matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    ) {
        return None;
    }
    let thanks = voice.pick("Je vous remercie", "Nous vous remercions");
    let otherwise = match &plan.next {
        Some(next) if next.confirmed => format!(
            " À défaut de réponse satisfaisante, {} {}.",
            voice.pick("je m’adresserai", "nous nous adresserons"),
            next.dative
        ),
        // A mediator the institution's source does not name is not named either.
        Some(next) if next.kind == LevelKind::Mediation => format!(
            " À défaut de réponse satisfaisante, {} {}.",
            voice.pick("je saisirai", "nous saisirons"),
            match plan.country() {
                Country::FR => "le médiateur de la consommation",
                Country::BE => "un service de médiation",
            }
        ),
        _ => String::new(),
    };
    let Some(answer) = plan.level.answer_deadline(plan.payment_dispute) else {
        return Some(format!(
            "{thanks} de bien vouloir y répondre dans les meilleurs délais.{otherwise}"
        ));
    };
    let first = match answer.runs_from {
        RunsFrom::FirstWritten => plan.anchors.first_written,
        RunsFrom::FirstComplaint => plan.anchors.first_complaint,
        _ => None,
    };
    // The acknowledgement of a deadline counted from an earlier complaint is long due.
    let acknowledge = plan.level.acknowledge_within.as_ref().filter(|ack| {
        !(matches!(ack.runs_from, RunsFrom::FirstWritten) && plan.anchors.first_written.is_some())
    });
    let phrase = deadline_phrase(answer.count, answer.unit);
    let extended = answer
        .extended
        .map(|longer| {
            format!(
                " (ou {} si vous {} informez par écrit d’un traitement plus long)",
                deadline_phrase(longer, answer.unit),
                voice.pick("m’en", "nous en")
            )
        })
        .unwrap_or_default();
    let mut rules = vec![rule_of(plan, answer)];
    if let Some(ack) = acknowledge {
        let rule = rule_of(plan, ack);
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    let rules = rules.join(" et à ");
    let after_receipt = |runs_from: RunsFrom| {
        if runs_from == RunsFrom::Receipt {
            " suivant sa réception"
        } else {
            ""
        }
    };
    let mut asks = String::new();
    if let Some(ack) = acknowledge {
        asks.push_str(&format!(
            "d’accuser réception de la présente dans un délai {}{} et ",
            de(&deadline_phrase(ack.count, ack.unit)),
            after_receipt(ack.runs_from)
        ));
    }
    let sentence = match (answer.runs_from, first) {
        (RunsFrom::Sending | RunsFrom::FirstWritten | RunsFrom::FirstComplaint, None) => {
            let due = answer.ends(plan.country(), plan.date);
            format!(
                "{thanks} {asks}d’y répondre dans un délai {}{extended}, conformément à {rules}, soit au plus tard {}.",
                de(&phrase),
                le_date(due)
            )
        }
        (RunsFrom::Receipt | RunsFrom::Unknown, _) => format!(
            "{thanks} {asks}d’y répondre dans un délai {}{}{extended}, conformément à {rules}.",
            de(&phrase),
            after_receipt(answer.runs_from)
        ),
        (_, Some(first)) => {
            let due = answer.ends(plan.country(), first);
            let since = match (answer.runs_from, voice.representative) {
                (RunsFrom::FirstWritten, false) => "ma première réclamation écrite",
                (RunsFrom::FirstWritten, true) => "sa première réclamation écrite",
                (_, false) => "ma première réclamation",
                (_, true) => "sa première réclamation",
            };
            if due >= plan.date {
                format!(
                    "{thanks} {asks}d’y répondre au plus tard {} : conformément à {rules}, le délai {} court à compter de {since}, du {}.",
                    le_date(due),
                    de(&phrase),
                    french::date(first)
                )
            } else {
                format!(
                    "Conformément à {rules}, le délai {} qui courait à compter de {since}, du {}, a expiré {} : {} de bien vouloir y répondre sans délai.",
                    de(&phrase),
                    french::date(first),
                    le_date(due),
                    thanks.to_lowercase()
                )
            }
        }
    };
    Some(format!("{sentence}{otherwise}"))
}

/// What a referral states about the steps taken inside the institution: the written
/// complaints, their dates and outcome; that the internal remedies are exhausted only when
/// every internal level was taken; that no court is seized only when the case says so.
pub struct InternalRecord<'a> {
    /// The written complaints to the institution, oldest first.
    pub written: Vec<&'a TakenStep>,
    /// Every internal level below the referral's was taken.
    pub exhausted: bool,
}

pub fn internal_record<'a>(plan: &'a Plan) -> InternalRecord<'a> {
    let below = |kind: LevelKind, level: u32| {
        level < plan.level.level && matches!(kind, LevelKind::Complaint | LevelKind::Escalation)
    };
    let written = plan
        .history
        .iter()
        .filter(|s| below(s.kind, s.level) && s.is_written_complaint())
        .collect();
    let exhausted = plan
        .institution
        .ladder
        .iter()
        .filter(|l| below(l.kind, l.level))
        .all(|l| plan.history.iter().any(|s| s.level == l.level));
    InternalRecord { written, exhausted }
}

fn mediation_statements(plan: &Plan, voice: &Voice) -> Vec<String> {
    let record = internal_record(plan);
    let mut out = Vec::new();
    if !record.written.is_empty() {
        let items: Vec<String> = record
            .written
            .iter()
            .map(|s| {
                let outcome = match &s.answer {
                    Some(a) => format!("réponse du {}", french::date(a.date)),
                    None => "sans réponse".to_string(),
                };
                format!("{}, {} ({outcome})", le_date(s.date), s.dative)
            })
            .collect();
        let what = if items.len() == 1 {
            "une réclamation écrite"
        } else {
            "des réclamations écrites"
        };
        out.push(format!(
            "{} préalablement adressé {what} à ce professionnel : {}.",
            voice.pick("J’ai", &format!("{} a", capitalise(&voice.named))),
            items.join(" ; ")
        ));
    }
    if record.exhausted {
        out.push(format!(
            "{} que les voies de recours internes auprès de ce professionnel sont épuisées.",
            voice.pick("Je certifie", "Nous certifions")
        ));
    }
    if plan.no_court_stated {
        out.push("Aucune juridiction n’est saisie de ce litige.".to_string());
    }
    out
}

fn mediation_statements_nl(plan: &Plan, voice: &Voice) -> Vec<String> {
    let record = internal_record(plan);
    let mut out = Vec::new();
    if !record.written.is_empty() {
        let items: Vec<String> = record
            .written
            .iter()
            .map(|s| {
                let outcome = match &s.answer {
                    Some(a) => format!("antwoord van {}", crate::dutch::date(a.date)),
                    None => "onbeantwoord".to_string(),
                };
                format!(
                    "op {} bij {} ({outcome})",
                    crate::dutch::date(s.date),
                    s.recipient_name
                )
            })
            .collect();
        out.push(format!(
            "{} vooraf schriftelijk klacht ingediend bij deze onderneming: {}.",
            voice.pick("Ik heb", &format!("{} heeft", voice.complainant_full)),
            items.join("; ")
        ));
    }
    if record.exhausted {
        out.push(format!(
            "{} dat de interne klachtenprocedure bij deze onderneming is uitgeput.",
            voice.pick("Ik verklaar", "Wij verklaren")
        ));
    }
    if plan.no_court_stated {
        out.push("Het geschil is niet bij een rechtbank aanhangig.".to_string());
    }
    out
}

fn attachments(plan: &Plan, voice: &Voice, case: &crate::case::Case) -> Vec<String> {
    let mut out = Vec::new();
    for step in &plan.history {
        let written = matches!(
            step.channel,
            ChannelKind::Email
                | ChannelKind::Letter
                | ChannelKind::Registered
                | ChannelKind::Portal
                | ChannelKind::Chat
        );
        if written {
            let what = match step.kind {
                LevelKind::Complaint => voice.pick("ma réclamation", "sa réclamation"),
                LevelKind::Escalation => {
                    voice.pick("ma demande de réexamen", "sa demande de réexamen")
                }
                LevelKind::Mediation => {
                    voice.pick("ma demande de médiation", "sa demande de médiation")
                }
                LevelKind::Authority => voice.pick("mon signalement", "son signalement"),
            };
            let proof = match (step.channel, plan.country()) {
                (ChannelKind::Registered, Country::FR) => " et de l’avis de réception",
                (ChannelKind::Registered, Country::BE) => {
                    " et de la preuve de dépôt de l’envoi recommandé"
                }
                _ => "",
            };
            out.push(format!(
                "Copie de {what} du {}{proof}",
                french::date(step.date)
            ));
        }
        if let Some(answer) = &step.answer {
            let reference = answer
                .reference
                .as_deref()
                .map(|r| format!(" (référence : {r})"))
                .unwrap_or_default();
            out.push(format!(
                "Copie de la réponse du {}{reference}",
                french::date(answer.date)
            ));
        }
    }
    out.extend(
        case.attachments
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty()),
    );
    if let Some(rep) = &case.representative {
        out.push(format!(
            "Mandat {} du {}",
            voice.of_complainant(),
            french::date(rep.mandate_date.value.0)
        ));
    }
    out
}

fn opening_nl(
    voice: &Voice,
    plan: &Plan,
    product: Option<&str>,
    mandate: Option<NaiveDate>,
) -> Vec<String> {
    let product = product
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!(" (betrokken product: {p})"))
        .unwrap_or_default();
    let institution = &plan.institution.name;
    let mut out = Vec::new();
    if voice.representative {
        let mandate = mandate
            .map(|d| format!(" op {}", crate::dutch::date(d)))
            .unwrap_or_default();
        out.push(format!(
            "Wij treden op namens {}, die ons{mandate} een schriftelijk mandaat heeft gegeven (kopie in bijlage).",
            voice.complainant_full
        ));
    }
    let last_answered = plan.history.last().map(|s| s.answer.is_some());
    match plan.level.kind {
        LevelKind::Complaint => {
            out.push(format!(
                "Hierbij {} een schriftelijke klacht in over het hieronder beschreven geschil{product}.",
                if voice.representative {
                    format!("dienen wij namens {}", voice.complainant_full)
                } else {
                    "dien ik".to_string()
                }
            ));
            if !plan.history.is_empty() {
                out.push("De reeds ondernomen stappen hebben het geschil niet opgelost.".to_string());
            }
        }
        LevelKind::Escalation => {
            out.push(
                match last_answered {
                    Some(true) if voice.representative => format!(
                        "Het antwoord op de klacht van {} is niet bevredigend.",
                        voice.complainant_full
                    ),
                    Some(true) => "Het antwoord op mijn klacht is niet bevredigend.".to_string(),
                    _ if voice.representative => format!(
                        "De klacht van {} is onbeantwoord gebleven.",
                        voice.complainant_full
                    ),
                    _ => "Mijn klacht is onbeantwoord gebleven.".to_string(),
                }
                .to_string(),
            );
            out.push(format!(
                "Overeenkomstig uw klachtenprocedure {} u het hieronder beschreven geschil opnieuw te onderzoeken{product}.",
                voice.pick("verzoek ik", "verzoeken wij")
            ));
        }
        LevelKind::Mediation => out.push(format!(
            "{} u te bemiddelen in het geschil met {institution}{product}, dat de stappen bij deze onderneming niet hebben opgelost.",
            voice.pick("Ik verzoek", "Wij verzoeken")
        )),
        LevelKind::Authority => out.push(format!(
            "{} u op de hoogte van de problemen met {institution}{product}, ondanks de hieronder beschreven stappen.",
            voice.pick("Ik breng", "Wij brengen")
        )),
    }
    out
}

fn prior_step_sentence_nl(step: &TakenStep, voice: &Voice, on: NaiveDate) -> String {
    let who = voice
        .pick("heb ik", &format!("heeft {}", voice.complainant_full))
        .to_string();
    let noun = match step.kind {
        LevelKind::Complaint => "een klacht",
        LevelKind::Escalation => "een verzoek tot herziening",
        LevelKind::Mediation => "een verzoek tot bemiddeling",
        LevelKind::Authority => "een melding",
    };
    let to = step.recipient_name.clone();
    let tracking = step
        .tracking
        .as_deref()
        .map(|t| format!(" nr. {}", french::unbreakable(t)))
        .unwrap_or_default();
    let action = match step.channel {
        ChannelKind::Phone => format!("het geschil telefonisch gemeld bij {to}"),
        ChannelKind::Chat => format!("het geschil via de chat gemeld bij {to}"),
        ChannelKind::InPerson => format!("het geschil persoonlijk gemeld bij {to}"),
        ChannelKind::Email => format!("per e-mail {noun} ingediend bij {to}"),
        ChannelKind::Portal => format!("via het onlineformulier {noun} ingediend bij {to}"),
        ChannelKind::Letter => format!("per brief{tracking} {noun} ingediend bij {to}"),
        ChannelKind::Registered => {
            format!("per aangetekende zending{tracking} {noun} ingediend bij {to}")
        }
    };
    let reference = step
        .reference
        .as_deref()
        .map(|r| format!(" (referentie: {r})"))
        .unwrap_or_default();
    let mut sentence = format!(
        "Op {} {who} {action}{reference}.",
        crate::dutch::date(step.date)
    );
    match &step.answer {
        Some(answer) => {
            let reference = answer.reference.as_deref().map(|r| format!(" (referentie: {r})")).unwrap_or_default();
            let summary = answer.summary.as_deref().map(|s| format!(": {}", s.trim())).unwrap_or_default();
            sentence.push_str(&format!(" Op {} werd geantwoord{reference}{summary}", crate::dutch::date(answer.date)));
            if !sentence.ends_with(['.', '!', '?', '…']) {
                sentence.push('.');
            }
        }
        None => match (step.answer_due, step.deadline_nl.as_deref()) {
            (Some(due), Some(deadline)) if due.date < on && !due.is_certain() => sentence
                .push_str(&format!(
                    " Deze stap is onbeantwoord gebleven na afloop van de termijn van {deadline} na ontvangst."
                )),
            (Some(due), Some(deadline))
                if due.date < on
                    && matches!(
                        due.start.runs_from,
                        RunsFrom::FirstWritten | RunsFrom::FirstComplaint
                    )
                    && due.start.date != step.date =>
            {
                sentence.push_str(&format!(
                    " Deze stap is onbeantwoord gebleven, hoewel de termijn van {deadline} vanaf de eerste klacht van {} op {} is verstreken.",
                    crate::dutch::date(due.start.date),
                    crate::dutch::date(due.date)
                ))
            }
            (Some(due), Some(deadline)) if due.date < on => sentence.push_str(&format!(
                " Deze stap is onbeantwoord gebleven, hoewel de termijn van {deadline} op {} is verstreken.",
                crate::dutch::date(due.date)
            )),
            _ => sentence.push_str(" Deze stap is tot op heden onbeantwoord gebleven."),
        },
    }
    if let Some(holding) = step.holding_letter {
        match (step.deadline_nl.as_deref(), step.answer_due) {
            (Some(deadline), Some(due)) if due.extended => sentence.push_str(&format!(
                " Bij brief van {} werd de antwoordtermijn verlengd tot {deadline}.",
                crate::dutch::date(holding)
            )),
            _ => sentence.push_str(&format!(
                " Bij brief van {} werd een langere antwoordtermijn aangekondigd.",
                crate::dutch::date(holding)
            )),
        }
    }
    sentence
}

/// The Dutch sentence asking for an answer in time; dates only when true, as in French.
fn deadline_sentence_nl(plan: &Plan, voice: &Voice) -> Option<String> {
    if !matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    ) {
        return None;
    }
    let otherwise = match &plan.next {
        Some(next) if next.confirmed => format!(
            " Zonder bevredigend antwoord {} tot {}.",
            voice.pick("wend ik mij", "wenden wij ons"),
            next.name
        ),
        Some(next) if next.kind == LevelKind::Mediation => format!(
            " Zonder bevredigend antwoord {} tot een ombudsdienst.",
            voice.pick("wend ik mij", "wenden wij ons")
        ),
        _ => String::new(),
    };
    let ask = voice.pick("Ik verzoek", "Wij verzoeken");
    let Some(answer) = plan.level.answer_deadline(plan.payment_dispute) else {
        return Some(format!(
            "{ask} u zo spoedig mogelijk te antwoorden.{otherwise}"
        ));
    };
    let first = match answer.runs_from {
        RunsFrom::FirstWritten => plan.anchors.first_written,
        RunsFrom::FirstComplaint => plan.anchors.first_complaint,
        _ => None,
    };
    let acknowledge = plan.level.acknowledge_within.as_ref().filter(|ack| {
        !(matches!(ack.runs_from, RunsFrom::FirstWritten) && plan.anchors.first_written.is_some())
    });
    let after_receipt = |runs_from: RunsFrom| {
        if runs_from == RunsFrom::Receipt {
            " na ontvangst"
        } else {
            ""
        }
    };
    let mut asks = String::new();
    if let Some(ack) = acknowledge {
        asks.push_str(&format!(
            "de ontvangst van deze brief binnen {}{} te bevestigen en ",
            crate::dutch::deadline_phrase(ack.count, ack.unit),
            after_receipt(ack.runs_from)
        ));
    }
    let phrase = crate::dutch::deadline_phrase(answer.count, answer.unit);
    let extended = answer
        .extended
        .map(|longer| {
            format!(
                " (of {} als u {} schriftelijk meedeelt dat de behandeling langer duurt)",
                crate::dutch::deadline_phrase(longer, answer.unit),
                voice.pick("mij", "ons")
            )
        })
        .unwrap_or_default();
    let sentence = match (answer.runs_from, first) {
        (RunsFrom::Sending | RunsFrom::FirstWritten | RunsFrom::FirstComplaint, None) => {
            format!(
                "{ask} u {asks}binnen {phrase}{extended} te antwoorden, overeenkomstig uw verbintenissen, dus uiterlijk op {}.",
                crate::dutch::date(answer.ends(plan.country(), plan.date))
            )
        }
        (RunsFrom::Receipt | RunsFrom::Unknown, _) => format!(
            "{ask} u {asks}binnen {phrase}{}{extended} te antwoorden, overeenkomstig uw verbintenissen.",
            after_receipt(answer.runs_from)
        ),
        (_, Some(first)) => {
            let due = answer.ends(plan.country(), first);
            if due >= plan.date {
                format!(
                    "{ask} u {asks}uiterlijk op {} te antwoorden: de termijn van {phrase} loopt vanaf de eerste klacht van {}.",
                    crate::dutch::date(due),
                    crate::dutch::date(first)
                )
            } else {
                format!(
                    "De termijn van {phrase} vanaf de eerste klacht van {} is op {} verstreken; {} u onverwijld te antwoorden.",
                    crate::dutch::date(first),
                    crate::dutch::date(due),
                    ask.to_lowercase()
                )
            }
        }
    };
    Some(format!("{sentence}{otherwise}"))
}

fn attachments_nl(plan: &Plan, voice: &Voice, case: &crate::case::Case) -> Vec<String> {
    let mut out = Vec::new();
    for step in &plan.history {
        if crate::admissibility::is_written(step.channel) || step.channel == ChannelKind::Chat {
            let what = match step.kind {
                LevelKind::Complaint => voice.pick("mijn klacht", "de klacht"),
                LevelKind::Escalation => {
                    voice.pick("mijn verzoek tot herziening", "het verzoek tot herziening")
                }
                LevelKind::Mediation => voice.pick(
                    "mijn verzoek tot bemiddeling",
                    "het verzoek tot bemiddeling",
                ),
                LevelKind::Authority => voice.pick("mijn melding", "de melding"),
            };
            let proof = if step.channel == ChannelKind::Registered {
                " en van het bewijs van afgifte van de aangetekende zending"
            } else {
                ""
            };
            out.push(format!(
                "Kopie van {what} van {}{proof}",
                crate::dutch::date(step.date)
            ));
        }
        if let Some(answer) = &step.answer {
            let reference = answer
                .reference
                .as_deref()
                .map(|r| format!(" (referentie: {r})"))
                .unwrap_or_default();
            out.push(format!(
                "Kopie van het antwoord van {}{reference}",
                crate::dutch::date(answer.date)
            ));
        }
    }
    out.extend(
        case.attachments
            .iter()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty()),
    );
    if let Some(rep) = &case.representative {
        out.push(format!(
            "Mandaat van {} van {}",
            voice.complainant_full,
            crate::dutch::date(rep.mandate_date.value.0)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::french::NBSP;
    use crate::ladder::TakenAnswer;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn voice(representative: bool) -> Voice {
        Voice {
            representative,
            complainant_full: "Mme Marie Dubois".into(),
            named: "Mme Marie Dubois".into(),
        }
    }

    fn step(
        channel: ChannelKind,
        tracking: Option<&str>,
        answer: Option<TakenAnswer>,
    ) -> TakenStep {
        TakenStep {
            level: 2,
            level_id: "service-consommateurs".into(),
            kind: LevelKind::Escalation,
            dative: "au service consommateurs de Cetelem".into(),
            recipient_name: "Service consommateurs Cetelem".into(),
            date: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            received: None,
            channel,
            tracking: tracking.map(Into::into),
            reference: Some("REC-1".into()),
            answer,
            holding_letter: None,
            answer_due: None,
            deadline: None,
            deadline_nl: None,
        }
    }

    fn due_from_sending(date: NaiveDate, start: NaiveDate) -> crate::deadlines::Due {
        crate::deadlines::Due {
            date,
            start: crate::deadlines::Start {
                date: start,
                runs_from: RunsFrom::Sending,
                assumed: false,
            },
            extended: false,
        }
    }

    fn plain(s: &str) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn an_unanswered_registered_step() {
        let s = prior_step_sentence(
            &step(ChannelKind::Registered, Some("1A 123"), None),
            &voice(false),
            Country::FR,
            day(2026, 11, 1),
        );
        assert_eq!(
            plain(&s),
            "Le 1er septembre 2026, j’ai adressé une demande de réexamen par lettre recommandée avec avis de réception n° 1A 123 au service consommateurs de Cetelem (référence : REC-1). Cette démarche est restée sans réponse à ce jour."
        );
    }

    #[test]
    fn an_unanswered_step_whose_deadline_lapsed() {
        let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
        s.answer_due = Some(due_from_sending(day(2026, 11, 2), day(2026, 9, 1)));
        s.deadline = Some("deux mois".into());
        let before = prior_step_sentence(&s, &voice(false), Country::FR, day(2026, 11, 2));
        assert!(
            plain(&before).ends_with("Cette démarche est restée sans réponse à ce jour."),
            "{before}"
        );
        let after = prior_step_sentence(&s, &voice(false), Country::FR, day(2026, 11, 3));
        assert!(
            plain(&after).ends_with("Cette démarche est restée sans réponse malgré l’expiration, le 2 novembre 2026, du délai de deux mois."),
            "{after}"
        );
    }

    #[test]
    fn a_lapse_resting_on_an_assumed_receipt_prints_no_date() {
        let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
        let mut due = due_from_sending(day(2026, 11, 6), day(2026, 9, 7));
        due.start.runs_from = RunsFrom::Receipt;
        due.start.assumed = true;
        s.answer_due = Some(due);
        s.deadline = Some("deux mois".into());
        let text = plain(&prior_step_sentence(
            &s,
            &voice(false),
            Country::FR,
            day(2026, 11, 20),
        ));
        assert!(
            text.ends_with("Cette démarche est restée sans réponse au-delà du délai de deux mois suivant sa réception."),
            "{text}"
        );
        assert!(!text.contains("novembre"), "{text}");
    }

    #[test]
    fn a_lapse_counted_from_the_first_written_complaint_says_so() {
        let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
        let mut due = due_from_sending(day(2026, 9, 2), day(2026, 7, 2));
        due.start.runs_from = RunsFrom::FirstWritten;
        s.answer_due = Some(due);
        s.deadline = Some("deux mois".into());
        let text = plain(&prior_step_sentence(
            &s,
            &voice(false),
            Country::FR,
            day(2026, 11, 20),
        ));
        assert!(
            text.ends_with("Cette démarche est restée sans réponse malgré l’expiration, le 2 septembre 2026, du délai de deux mois qui court depuis ma première réclamation écrite du 2 juillet 2026."),
            "{text}"
        );
    }

    #[test]
    fn an_answered_step_told_by_a_representative_in_belgium() {
        let answer = TakenAnswer {
            date: NaiveDate::from_ymd_opt(2026, 9, 20).unwrap(),
            reference: Some("REP-9".into()),
            summary: Some("refus".into()),
        };
        let s = prior_step_sentence(
            &step(ChannelKind::Registered, Some("RR 1"), Some(answer)),
            &voice(true),
            Country::BE,
            day(2026, 11, 1),
        );
        assert_eq!(
            plain(&s),
            "Le 1er septembre 2026, Mme Marie Dubois a adressé une demande de réexamen par envoi recommandé n° RR 1 au service consommateurs de Cetelem (référence : REC-1). Une réponse lui a été adressée le 20 septembre 2026 (référence : REP-9) : refus."
        );
    }

    #[test]
    fn a_phone_call() {
        let mut s = step(ChannelKind::Phone, None, None);
        s.reference = None;
        s.kind = LevelKind::Complaint;
        s.dative = "au service clients d’American Express".into();
        assert_eq!(
            plain(&prior_step_sentence(
                &s,
                &voice(false),
                Country::FR,
                day(2026, 11, 1)
            )),
            "Le 1er septembre 2026, j’ai signalé ce litige par téléphone au service clients d’American Express. Cette démarche est restée sans réponse à ce jour."
        );
    }

    #[test]
    fn enclosures_are_kept_in_groups_no_page_splits() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(keep_together(&items(0)), Vec::<Vec<String>>::new());
        assert_eq!(keep_together(&items(3)), [items(3)]);
        assert_eq!(
            keep_together(&items(6)),
            [
                vec!["1".to_string(), "2".into()],
                vec!["3".into()],
                vec!["4".into()],
                vec!["5".into(), "6".into()]
            ]
        );
    }

    #[test]
    fn deadlines_in_words() {
        assert_eq!(deadline_phrase(2, DeadlineUnit::Months), "deux mois");
        assert_eq!(deadline_phrase(1, DeadlineUnit::Months), "un mois");
        assert_eq!(
            deadline_phrase(15, DeadlineUnit::WorkingDays),
            "quinze jours ouvrables"
        );
        assert_eq!(de("un mois"), "d’un mois");
        assert_eq!(de("deux mois"), "de deux mois");
    }

    #[test]
    fn localities_and_paragraphs() {
        assert_eq!(
            locality(&["12 rue des Lilas".into(), "59000 Lille".into()]),
            "Lille"
        );
        assert_eq!(
            locality(&["92561 Rueil-Malmaison Cedex".into()]),
            "Rueil-Malmaison"
        );
        assert_eq!(locality(&["B-1000 Bruxelles".into()]), "Bruxelles");
        assert_eq!(
            paragraphs("a\nb\n\n\nc  d\n"),
            vec!["a b".to_string(), "c d".to_string()]
        );
    }
}

#[cfg(test)]
mod composed {
    use std::path::Path;

    use super::*;
    use crate::case::CaseFile;
    use crate::ladder::{PlanOptions, plan};
    use crate::registry::Registry;

    fn letter(institution: &str, extra: &str) -> Letter {
        let text = format!(
            "complainant:\n  civility: Monsieur\n  name: Luc Janssens\n  address: [Avenue des Nerviens 44, 1040 Etterbeek]\n{extra}\ninstitution: {institution}\ndispute:\n  subject: Indemnité\n  facts: |\n    Premier.\n\n    Second.\n  demands: [le remboursement]\n"
        );
        let file = CaseFile::parse(text, Path::new("case.yaml")).unwrap();
        let registry = Registry::embedded().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let plan = plan(
            &file,
            &registry,
            PlanOptions {
                today,
                ..PlanOptions::default()
            },
        )
        .unwrap();
        compose(&file, &plan)
    }

    fn plain(s: &str) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn a_complaint_asks_for_the_acknowledgement_and_the_answer_in_time() {
        let l = letter("stellantis-fs-belux", "references: {file_number: F-1}");
        assert_eq!(l.kind, "complaint");
        assert_eq!(
            plain(l.deadline.as_deref().unwrap()),
            "Je vous remercie d’accuser réception de la présente dans un délai de cinq jours ouvrables et d’y répondre dans un délai d’un mois, conformément à vos engagements. À défaut de réponse satisfaisante, je m’adresserai au service des plaintes de Stellantis Financial Services Belux."
        );
        assert_eq!(plain(&l.place_date), "Etterbeek, le 22 novembre 2026");
        assert_eq!(l.facts, ["Premier.", "Second."]);
        assert_eq!(l.sender[0], "M. Luc Janssens");
        assert_eq!(l.signature, ["Luc Janssens"]);
        assert!(l.registered.is_none());
    }

    #[test]
    fn an_escalation_after_silence_says_so() {
        let l = letter(
            "cetelem-fr",
            "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter:\n  tracking: 1A 222",
        );
        assert_eq!(l.kind, "escalation");
        assert_eq!(l.opening[0], "Ma réclamation est restée sans réponse.");
        assert_eq!(
            plain(l.registered.as_deref().unwrap()),
            "Lettre recommandée avec avis de réception n° 1A 222"
        );
        assert_eq!(
            plain(&l.subject),
            "Demande de réexamen d’une réclamation – Indemnité"
        );
        assert_eq!(
            plain(l.deadline.as_deref().unwrap()),
            "Conformément à la recommandation 2022-R-01 de l’ACPR, le délai de deux mois qui courait à compter de ma première réclamation écrite, du 2 juillet 2026, a expiré le 2 septembre 2026 : je vous remercie de bien vouloir y répondre sans délai. À défaut de réponse satisfaisante, je m’adresserai à la Médiatrice auprès de BNP Paribas Personal Finance."
        );
    }

    #[test]
    fn without_a_known_deadline_the_letter_asks_for_a_prompt_answer() {
        let l = letter("cetelem-be", "references: {file_number: '401234567890'}");
        assert_eq!(
            plain(l.deadline.as_deref().unwrap()),
            "Je vous remercie de bien vouloir y répondre dans les meilleurs délais. À défaut de réponse satisfaisante, je saisirai un service de médiation."
        );
    }

    #[test]
    fn a_mediator_referral_states_the_written_complaint_and_what_the_case_shows() {
        let l = letter(
            "cetelem-be",
            "references: {file_number: '401234567890'}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: email, answer: {date: 2026-07-10, reference: R-9}}",
        );
        assert_eq!(l.kind, "mediation");
        assert!(l.deadline.is_none());
        // The only internal level was taken; the case does not say whether a court is seized.
        assert_eq!(
            l.statements.iter().map(|s| plain(s)).collect::<Vec<_>>(),
            [
                "J’ai préalablement adressé une réclamation écrite à ce professionnel : le 2 juillet 2026, à Cetelem (réponse du 10 juillet 2026).",
                "Je certifie que les voies de recours internes auprès de ce professionnel sont épuisées."
            ]
        );
        // V/Réf. is for the institution's own services, not for the mediator.
        assert!(l.references.iter().all(|r| r.label != "V/Réf."));
        assert_eq!(
            l.attachments,
            [
                "Copie de ma réclamation du 2\u{a0}juillet\u{a0}2026",
                "Copie de la réponse du 10\u{a0}juillet\u{a0}2026 (référence\u{a0}: R-9)"
            ]
        );
        assert_eq!(
            plain(&l.closing),
            "Je vous prie d’agréer, Madame, Monsieur, l’expression de ma considération distinguée."
        );
    }
}
