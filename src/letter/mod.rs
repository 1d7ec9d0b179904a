//! The letter's content, decided: which sentence, every line of every block, from a case and its
//! [`Plan`]. How each sentence reads, in French or in Dutch, is in the message files
//! (`locales/`, see [`crate::letter::wording`]); templates only lay the letter out. Nothing here is
//! markup, and every string has had the typography of its language applied. Escaping for Typst
//! happens in [`crate::render::template`].

mod blocks;
mod deadline;
mod statements;
mod steps;
mod typeset;
use typeset::set_in_type;
pub mod wording;
mod writer;

use writer::*;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::case::{Case, CaseFile, Civility};
use crate::letter::wording::{Wording, Wordings};
use crate::procedure::plan::{CitedReference, Plan, TakenStep};
use crate::registry::phrases::deadline_phrase;
use crate::registry::{ChannelKind, Country, Deadline, DeadlineUnit, LevelKind, RunsFrom};
use crate::text::french::{self, typography};
use crate::text::identifiers::{mask_card_numbers, mask_card_numbers_unbreakable};
use blocks::*;
use deadline::*;
use statements::*;
use steps::*;

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
    /// The institution's name, as its registry entry gives it.
    pub institution_name: String,
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
    /// The rule the institution broke, as the case states it (`dispute.basis`).
    pub basis: Vec<String>,
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
    /// A preview of a letter that may not be sent yet (its level is not admissible): the
    /// pages carry the draft mark. Never set on a letter `render` writes.
    pub draft: bool,
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
    /// « Fondement » / « Rechtsgrond »: the heading of `dispute.basis`.
    pub basis: String,
    /// "Pièces jointes :" / "Bijlagen:".
    pub attachments: String,
    /// The mark across a preview whose level may not be sent yet: "PROJET" / "ONTWERP".
    pub draft: String,
    /// The headings of the text a web form is filled from.
    pub form: FormLabels,
}

/// The headings of the text a web form is filled from (`render --format text`), in the
/// letter's language: the fields the mediators' forms ask for, then the letter.
#[derive(Debug, Clone, Serialize)]
pub struct FormLabels {
    pub professional: String,
    pub references: String,
    pub facts: String,
    pub demands: String,
    /// The statements a mediator's conditions ask for (no court seized, within a year…).
    pub statements: String,
    pub letter: String,
}

impl Labels {
    /// The headings and labels of a letter of this kind, in its language.
    fn of(w: &Writer, kind: &str) -> Self {
        Labels {
            subject: w.say("label-subject", &[]),
            prior_steps: w.say("label-prior-steps", &[("kind", kind)]),
            facts: w.say("label-facts", &[]),
            basis: w.say("label-basis", &[]),
            attachments: w.say("label-attachments", &[]),
            draft: w.say("label-draft", &[]),
            form: FormLabels {
                professional: w.say("form-professional", &[]),
                references: w.say("form-references", &[]),
                facts: w.say("form-facts", &[]),
                demands: w.say("form-demands", &[]),
                statements: w.say("form-statements", &[]),
                letter: w.say("form-letter", &[]),
            },
        }
    }
}

impl DocumentInfo {
    /// The PDF's metadata: the subject as its title, the writer as its author, the letter's
    /// date; a card number is masked in each.
    fn of(plan: &Plan, subject: &str, author: &str, description: &str) -> Self {
        DocumentInfo {
            title: mask_card_numbers(subject),
            author: mask_card_numbers(author),
            description: mask_card_numbers(description),
            keywords: vec![
                plan.institution.id.clone(),
                plan.level.id.clone(),
                "recours".into(),
            ],
            year: plan.date.year(),
            month: plan.date.month(),
            day: plan.date.day(),
        }
    }
}

/// The PDF's description: the kind of letter, the institution, the level.
fn description(w: &Writer, plan: &Plan, kind: &str) -> String {
    let level = plan.level.level.to_string();
    w.say(
        "description",
        &[
            ("kind", kind),
            ("institution", &plan.institution.name),
            ("level", &level),
            ("id", &plan.level.id),
        ],
    )
}

/// The language a letter is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    French,
    Dutch,
    German,
}

impl Language {
    /// The language a case asks for (`letter.language`): `nl`, `de` (or `nl-BE`, `de-BE`),
    /// French otherwise; `check` refuses any other.
    pub fn of(asked: Option<&str>) -> Self {
        match asked {
            Some("nl" | "nl-BE") => Language::Dutch,
            Some("de" | "de-BE") => Language::German,
            _ => Language::French,
        }
    }

    /// Its code, for the PDF and the templates.
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::Dutch => "nl",
            Language::German => "de",
        }
    }

    /// « n° » with its number, as the language abbreviates it.
    fn number_sign(self) -> &'static str {
        match self {
            Language::French => "n°\u{a0}",
            Language::Dutch => "nr.\u{a0}",
            Language::German => "Nr.\u{a0}",
        }
    }
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

/// Composes the letter for a planned level of a case, in the built-in wording.
pub fn compose(file: &CaseFile, plan: &Plan) -> Letter {
    compose_with(file, plan, &Wordings::embedded())
}

/// Composes the letter for a planned level of a case, in the wording of `wordings`.
pub fn compose_with(file: &CaseFile, plan: &Plan, wordings: &Wordings) -> Letter {
    let case = &file.case;
    let country = plan.country();
    let language = Language::of(case.letter.language.as_ref().map(|l| l.value.as_str()));
    let wording = wordings.of(language);
    let (name, voice) = Voice::of(case, wording);
    let w = Writer {
        wording,
        voice: &voice,
        language,
        country,
    };

    let Sender {
        lines: sender,
        on_behalf,
        signature,
        author,
        address: sender_address,
    } = sender(&w, case, &name);
    let date = w.date(plan.date);
    let place_date = place_date(&w, case, sender_address, &date);
    let registered = registered_line(&w, plan);
    let references = cited_references(&w, case, plan);

    let kind = kind_key(plan.level.kind);
    let subject = subject(&w, plan, case);
    let (salutation, closing) = salutation_and_closing(&w, plan);

    let opening = opening(&w, plan, case);
    let prior_steps = plan
        .history
        .iter()
        .map(|s| prior_step_sentence(&w, s, plan.date))
        .collect();
    let facts = paragraphs(&case.dispute.facts.value);
    let basis = case
        .dispute
        .basis
        .as_ref()
        .map(|b| paragraphs(&b.value))
        .unwrap_or_default();
    let amount =
        (case.dispute.amount.as_ref()).map(|a| w.say("amount", &[("amount", &w.amount(a.value))]));
    let demands_intro = w.say("demands-intro", &[("kind", kind)]);
    // An authority settles no individual dispute: a report asks it to examine the practice and
    // lists no demands addressed to it.
    let demands = if plan.level.kind == LevelKind::Authority {
        Vec::new()
    } else {
        demands(case, language)
    };
    let deadline = deadline_sentence(&w, plan);
    let statements = mediation_statements(&w, plan);
    let attachments = attachments(&w, plan, case);
    let labels = Labels::of(&w, kind);
    let description = description(&w, plan, kind);

    let head = running_head(sender.first().map_or("", String::as_str), date, &references);
    let raw = Letter {
        kind: plan.level.kind.template_name(),
        language: language.code(),
        labels,
        institution: plan.institution.id.clone(),
        institution_name: plan.institution.name.clone(),
        level: plan.level.level,
        country,
        sender,
        on_behalf,
        recipient: plan.recipient_lines.clone(),
        recipient_name: plan.recipient.name.clone(),
        place_date,
        registered,
        running_head: head,
        references,
        document: DocumentInfo::of(plan, &subject, &author, &description),
        subject,
        salutation,
        opening,
        prior_steps,
        facts,
        basis,
        amount,
        demands_intro,
        demands,
        deadline,
        statements,
        closing,
        signature,
        signature_image: plan.signature.as_ref().map(|s| s.format.virtual_path()),
        draft: false,
        attachment_groups: Vec::new(),
        attachments,
    };
    set_in_type(raw, language)
}

/// The demands, one item each, their spacing tidied.
/// The demands as a list inside the sentence that introduces them: each item ends with « ; »,
/// the last with « . ». A separator the case put (« ; », « , ») is replaced; an item that
/// already ends a sentence (« . », « ! », « ? », « … ») is left as written.
fn demands(case: &Case, language: Language) -> Vec<String> {
    let items: Vec<String> = case
        .dispute
        .demands
        .value
        .iter()
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .map(|d| d.trim_end_matches([';', ',', ' ']).to_string())
        .filter(|d| !d.is_empty())
        .collect();
    // French sets a space (made a narrow no-break one) before « ; ».
    let separator = match language {
        Language::French => " ;",
        Language::Dutch | Language::German => ";",
    };
    let last = items.len().saturating_sub(1);
    items
        .into_iter()
        .enumerate()
        .map(
            |(i, d)| match (d.ends_with(['.', '!', '?', '…']), i == last) {
                (true, _) => d,
                (false, true) => format!("{d}."),
                (false, false) => format!("{d}{separator}"),
            },
        )
        .collect()
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

/// The subject line: the kind of letter and the case's subject; an escalation names the
/// written complaint it follows and its date, a referral takes the mediator's own word for it
/// (« Plainte contre … » to Ombudsfin).
fn subject(w: &Writer, plan: &Plan, case: &Case) -> String {
    let first = plan
        .anchors
        .first_written
        .map_or_else(|| "none".to_string(), |d| w.date(d));
    let referral = match plan.recipient.referral {
        crate::registry::Referral::Complaint => "complaint",
        crate::registry::Referral::Mediation => "mediation",
    };
    let institution = w.named(&plan.institution.message());
    w.say(
        "subject",
        &[
            ("kind", kind_key(plan.level.kind)),
            ("subject", case.dispute.subject.value.trim()),
            ("first", &first),
            ("referral", referral),
            ("institution", &institution.name),
        ],
    )
}

/// A fragment that follows a word: a space, then the fragment; nothing when there is none.
fn then(fragment: Option<String>) -> String {
    fragment.map(|f| format!(" {f}")).unwrap_or_default()
}

fn opening(w: &Writer, plan: &Plan, case: &Case) -> Vec<String> {
    let product = case.product.as_deref();
    let mandate = case.representative.as_ref().map(|r| r.mandate_date.value.0);
    let why_unsatisfied = (case.dispute.why_unsatisfied.as_ref())
        .map(|w| w.value.trim())
        .filter(|w| !w.is_empty());
    let product = product.map(str::trim).filter(|p| !p.is_empty());
    // After an institution's name, which may end in brackets, the product is not bracketed.
    let about = then(product.map(|p| w.say("product-about", &[("product", p)])));
    let concerned = then(product.map(|p| w.say("product-concerned", &[("product", p)])));
    let mut out = Vec::new();
    if w.voice.representative
        && let Some(mandate) = mandate
    {
        out.push(w.say("opening-mandate", &[("date", &w.date(mandate))]));
    }
    let institution = w.named(&plan.institution.message());
    let values = [
        ("product", concerned.as_str()),
        ("about", about.as_str()),
        ("institution", institution.name.as_str()),
        ("to_institution", institution.to.as_str()),
    ];
    match plan.level.kind {
        LevelKind::Complaint => {
            out.push(w.say("opening-complaint", &values));
            if let [first, ..] = plan.history.as_slice() {
                let count = if plan.history.len() == 1 {
                    "one"
                } else {
                    "other"
                };
                out.push(w.say(
                    "opening-earlier-steps",
                    &[
                        ("count", count),
                        ("channel", channel_key(first.channel)),
                        ("date", &w.date(first.date)),
                    ],
                ));
            }
        }
        LevelKind::Escalation => {
            let answered = plan.history.last().is_some_and(|s| s.answer.is_some());
            out.push(w.say(
                if answered {
                    "opening-answered"
                } else {
                    "opening-unanswered"
                },
                &[],
            ));
            // Why that answer does not settle the dispute, in the case's words.
            if let Some(why) = why_unsatisfied.filter(|_| answered) {
                out.push(w.say("opening-why", &[("why", why)]));
            }
            out.push(w.say("opening-escalation", &values));
        }
        // Written to directly, as the recipient's source allows: no step is said to have
        // failed that the case does not show.
        LevelKind::Mediation if plan.history.iter().all(|s| s.level >= plan.level.level) => {
            out.push(w.say("opening-mediation-direct", &values))
        }
        LevelKind::Mediation => out.push(w.say("opening-mediation", &values)),
        LevelKind::Authority => out.push(w.say("opening-authority", &values)),
    }
    out
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

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_composed;
