//! The letter's content, decided: which sentence, every line of every block, from a case and its
//! [`Plan`]. How each sentence reads, in French or in Dutch, is in the message files
//! (`locales/`, see [`crate::letter::wording`]); templates only lay the letter out. Nothing here is
//! markup, and every string has had the typography of its language applied. Escaping for Typst
//! happens in [`crate::render::template`].

pub mod wording;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::case::{Case, CaseFile, Civility};
use crate::letter::wording::{Wording, Wordings};
use crate::procedure::plan::{CitedReference, Plan, TakenStep};
use crate::registry::phrases::deadline_phrase;
use crate::registry::{ChannelKind, Country, Deadline, DeadlineUnit, LevelKind, RunsFrom};
use crate::text::french::{self, typography};
use crate::text::identifiers::{mask_card_numbers, mask_card_numbers_unbreakable};

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
    /// "Pièces jointes :" / "Bijlagen:".
    pub attachments: String,
    /// The mark across a preview whose level may not be sent yet: "PROJET" / "ONTWERP".
    pub draft: String,
}

impl Labels {
    /// The headings and labels of a letter of this kind, in its language.
    fn of(w: &Writer, kind: &str) -> Self {
        Labels {
            subject: w.say("label-subject", &[]),
            prior_steps: w.say("label-prior-steps", &[("kind", kind)]),
            facts: w.say("label-facts", &[]),
            attachments: w.say("label-attachments", &[]),
            draft: w.say("label-draft", &[]),
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

/// Who speaks in the letter: the complainant, or a representative for them.
struct Voice {
    representative: bool,
    /// "Mme Marie Dubois", "Société coopérative Les Jardins": as the blocks print it.
    complainant_full: String,
    /// As a French sentence names the complainant: "Mme Marie Dubois", "la Société
    /// coopérative Les Jardins".
    named: String,
    /// "de Mme Marie Dubois", "de la Société …", "du Cabinet …".
    of_complainant: String,
}

impl Voice {
    fn new(representative: bool, complainant_full: String, named: String) -> Self {
        Self {
            representative,
            complainant_full,
            of_complainant: french::de_name(&named),
            named,
        }
    }

    /// The value the message files select on.
    fn key(&self) -> &'static str {
        if self.representative {
            "representative"
        } else {
            "own"
        }
    }
}

/// Writes the sentences of one letter: its messages, its voice, its language and country.
struct Writer<'a> {
    wording: &'a Wording,
    voice: &'a Voice,
    language: Language,
    country: Country,
}

impl Writer<'_> {
    /// A message with the voice, the complainant's names and the country among its values.
    fn say(&self, id: &str, values: &[(&str, &str)]) -> String {
        let complainant = match self.language {
            Language::French => self.voice.named.as_str(),
            Language::Dutch | Language::German => self.voice.complainant_full.as_str(),
        };
        let mut all: Vec<(&str, &str)> = vec![
            ("voice", self.voice.key()),
            ("complainant", complainant),
            ("of_complainant", &self.voice.of_complainant),
            ("country", country_key(self.country)),
        ];
        all.extend_from_slice(values);
        self.wording.say(id, &all)
    }

    /// A date as the letter's language writes it: "1er août 2026", "1 augustus 2026".
    fn date(&self, d: NaiveDate) -> String {
        match self.language {
            Language::French => french::date(d),
            Language::Dutch => crate::text::dutch::date(d),
            Language::German => crate::text::german::date(d),
        }
    }

    /// A deadline in words: "deux mois", "twee maanden".
    fn deadline(&self, count: u32, unit: DeadlineUnit) -> String {
        match self.language {
            Language::French => deadline_phrase(count, unit),
            Language::Dutch => crate::registry::phrases::deadline_phrase_nl(count, unit),
            Language::German => crate::registry::phrases::deadline_phrase_de(count, unit),
        }
    }
}

fn country_key(country: Country) -> &'static str {
    match country {
        Country::FR => "FR",
        Country::BE => "BE",
    }
}

fn kind_key(kind: LevelKind) -> &'static str {
    kind.template_name()
}

fn channel_key(channel: ChannelKind) -> &'static str {
    match channel {
        ChannelKind::Phone => "phone",
        ChannelKind::Email => "email",
        ChannelKind::Letter => "letter",
        ChannelKind::Registered => "registered",
        ChannelKind::Portal => "portal",
        ChannelKind::Chat => "chat",
        ChannelKind::InPerson => "in-person",
    }
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
    let (name, complainant_full, named) = names(case, wording);
    let voice = Voice::new(
        case.representative.is_some(),
        complainant_full.clone(),
        named,
    );
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
    } = sender(&w, case, &complainant_full, &name);
    let date = w.date(plan.date);
    let place_date = place_date(&w, case, sender_address, &date);
    let registered = registered_line(&w, case, plan);
    let references = cited_references(&w, case, plan);

    let kind = kind_key(plan.level.kind);
    let subject = w.say(
        "subject",
        &[
            ("kind", kind),
            ("subject", case.dispute.subject.value.trim()),
        ],
    );
    let (salutation, closing) = salutation_and_closing(&w, plan);

    let opening = opening(
        &w,
        plan,
        case.product.as_deref(),
        case.representative.as_ref().map(|r| r.mandate_date.value.0),
    );
    let prior_steps = plan
        .history
        .iter()
        .map(|s| prior_step_sentence(&w, s, plan.date))
        .collect();
    let facts = paragraphs(&case.dispute.facts.value);
    let amount = (case.dispute.amount.as_ref())
        .map(|a| w.say("amount", &[("amount", &french::amount(a.value))]));
    let demands_intro = w.say("demands-intro", &[("kind", kind)]);
    let demands = demands(case);
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

/// Every text of a letter with the typography of its language, a card number pasted into any
/// text (the facts, a step's reference) masked — `procedure::plan` warns where the case holds
/// one — and the enclosures grouped to keep together on paper.
fn set_in_type(letter: Letter, language: Language) -> Letter {
    let typeset = |s: &str| {
        let s = mask_card_numbers_unbreakable(s);
        if language == Language::French {
            typography(&s)
        } else {
            french::common_typography(&s.replace("n° ", language.number_sign()))
        }
    };
    let t = |s: String| typeset(&s);
    let tv = |v: Vec<String>| v.into_iter().map(|s| typeset(&s)).collect::<Vec<_>>();
    let attachments = tv(letter.attachments);
    Letter {
        labels: Labels {
            subject: t(letter.labels.subject),
            prior_steps: t(letter.labels.prior_steps),
            facts: t(letter.labels.facts),
            attachments: t(letter.labels.attachments),
            draft: t(letter.labels.draft),
        },
        sender: tv(letter.sender),
        on_behalf: letter.on_behalf.map(t),
        recipient: tv(letter.recipient),
        place_date: t(letter.place_date),
        registered: letter.registered.map(t),
        running_head: t(letter.running_head),
        references: letter
            .references
            .into_iter()
            .map(|r| CitedReference {
                label: typeset(&r.label),
                // An identifier stays on one line.
                value: french::unbreakable(&typeset(&r.value)),
                kind: r.kind,
            })
            .collect(),
        subject: t(letter.subject),
        salutation: t(letter.salutation),
        opening: tv(letter.opening),
        prior_steps: tv(letter.prior_steps),
        facts: tv(letter.facts),
        amount: letter.amount.map(t),
        demands_intro: t(letter.demands_intro),
        demands: tv(letter.demands),
        deadline: letter.deadline.map(t),
        statements: tv(letter.statements),
        closing: t(letter.closing),
        signature: tv(letter.signature),
        attachment_groups: keep_together(&attachments),
        attachments,
        ..letter
    }
}

/// The salutation and the closing formula that repeats it: the recipient's own in French
/// ("Madame la Médiatrice,"), the language's in Dutch and German.
fn salutation_and_closing(w: &Writer, plan: &Plan) -> (String, String) {
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

/// The demands, one item each, their spacing tidied.
fn demands(case: &Case) -> Vec<String> {
    case.dispute
        .demands
        .value
        .iter()
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|d| !d.is_empty())
        .collect()
}

/// The complainant's name, with the civility ("Mme Marie Dubois"), and as a French sentence
/// names them (an organisation with its article: « la Société coopérative … »).
fn names(case: &Case, wording: &Wording) -> (String, String, String) {
    let civility = case.complainant.civility.map(|c| match c {
        Civility::Madame => wording.say("civility-madame", &[]),
        Civility::Monsieur => wording.say("civility-monsieur", &[]),
    });
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

/// The sender's block and what follows from who writes: the complainant, or a clinic for them.
struct Sender<'c> {
    lines: Vec<String>,
    /// "Agissant pour le compte de …", under a clinic's block.
    on_behalf: Option<String>,
    signature: Vec<String>,
    /// The PDF's author.
    author: String,
    /// The postal lines the letter's place is taken from.
    address: &'c [String],
}

fn sender<'c>(w: &Writer, case: &'c Case, complainant_full: &str, name: &str) -> Sender<'c> {
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
                behalf.push_str(&address.join(", "));
            }
            on_behalf = Some(behalf);
            signature.push(rep.name.value.trim().to_string());
            signature.push(w.say("signature-on-behalf", &[]));
            author = rep.name.value.trim().to_string();
            sender_address = &rep.address.value;
        }
        None => {
            sender.push(complainant_full.to_string());
            sender.extend(non_empty(&case.complainant.address.value));
            sender.extend(contacts(
                w,
                case.complainant.email.as_deref(),
                case.complainant.phone.as_deref(),
            ));
            signature.push(name.to_string());
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

/// "Lille, le 21 novembre 2026": the letter's place (`letter.place`, else the sender's
/// locality) and date.
fn place_date(w: &Writer, case: &Case, sender_address: &[String], date: &str) -> String {
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
fn registered_line(w: &Writer, case: &Case, plan: &Plan) -> Option<String> {
    let tracking = case
        .letter
        .tracking
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
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
fn cited_references(w: &Writer, case: &Case, plan: &Plan) -> Vec<CitedReference> {
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
fn running_head(sender: &str, date: String, references: &[CitedReference]) -> String {
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

fn non_empty(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn contacts(w: &Writer, email: Option<&str>, phone: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(phone) = phone.map(str::trim).filter(|p| !p.is_empty()) {
        out.push(w.say("contact-phone", &[("phone", phone)]));
    }
    if let Some(email) = email.map(str::trim).filter(|e| !e.is_empty()) {
        out.push(w.say("contact-email", &[("email", email)]));
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

/// A fragment that follows a word: a space, then the fragment; nothing when there is none.
fn then(fragment: Option<String>) -> String {
    fragment.map(|f| format!(" {f}")).unwrap_or_default()
}

fn opening(
    w: &Writer,
    plan: &Plan,
    product: Option<&str>,
    mandate: Option<NaiveDate>,
) -> Vec<String> {
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
    let values = [
        ("product", concerned.as_str()),
        ("about", about.as_str()),
        ("institution", plan.institution.name.as_str()),
        ("to_institution", plan.institution.dative.as_str()),
    ];
    match plan.level.kind {
        LevelKind::Complaint => {
            out.push(w.say("opening-complaint", &values));
            if !plan.history.is_empty() {
                out.push(w.say("opening-earlier-steps", &[]));
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
            out.push(w.say("opening-escalation", &values));
        }
        LevelKind::Mediation => out.push(w.say("opening-mediation", &values)),
        LevelKind::Authority => out.push(w.say("opening-authority", &values)),
    }
    out
}

/// One prior step as a sentence (or two: the step, then its answer or their absence).
fn prior_step_sentence(w: &Writer, step: &TakenStep, on: NaiveDate) -> String {
    let noun = w.say("step-noun", &[("kind", kind_key(step.kind))]);
    let tracking = then(
        step.tracking
            .as_deref()
            .map(|t| w.say("step-tracking", &[("number", &french::unbreakable(t))])),
    );
    let action = w.say(
        "step-action",
        &[
            ("channel", channel_key(step.channel)),
            ("noun", &noun),
            ("to", &step.dative),
            ("to_name", &step.recipient_name),
            ("tracking", &tracking),
        ],
    );
    let reference = then(
        step.reference
            .as_deref()
            .map(|r| w.say("step-reference", &[("reference", r)])),
    );
    let mut sentence = w.say(
        "step-made",
        &[
            ("date", &w.date(step.date)),
            ("action", &action),
            ("reference", &reference),
        ],
    );
    let deadline = step
        .deadline_length
        .map(|(count, unit)| w.deadline(count, unit));
    let sentence_after = match &step.answer {
        Some(answer) => answer_sentence(w, answer),
        None => unanswered_sentence(w, step, deadline.as_deref(), on),
    };
    sentence.push(' ');
    sentence.push_str(&sentence_after);
    if let Some(holding) = step.holding_letter {
        let text = match (deadline.as_deref(), step.answer_due) {
            (Some(deadline), Some(due)) if due.extended => w.say(
                "step-extended",
                &[("date", &w.date(holding)), ("deadline", deadline)],
            ),
            _ => w.say("step-extension-announced", &[("date", &w.date(holding))]),
        };
        sentence.push(' ');
        sentence.push_str(&text);
    }
    sentence
}

/// "Une réponse m’a été adressée le …", with its reference and summary.
fn answer_sentence(w: &Writer, answer: &crate::procedure::plan::TakenAnswer) -> String {
    let reference = then(
        answer
            .reference
            .as_deref()
            .map(|r| w.say("step-reference", &[("reference", r)])),
    );
    let summary = answer
        .summary
        .as_deref()
        .map(|s| w.say("step-summary", &[("summary", s.trim())]))
        .unwrap_or_default();
    let mut text = w.say(
        "step-answer",
        &[
            ("date", &w.date(answer.date)),
            ("reference", &reference),
            ("summary", &summary),
        ],
    );
    if !text.ends_with(['.', '!', '?', '…']) {
        text.push('.');
    }
    text
}

/// An unanswered step: its deadline lapsed (counted from the step, from the first complaint,
/// or from an assumed receipt, which prints no date), or not yet.
fn unanswered_sentence(
    w: &Writer,
    step: &TakenStep,
    deadline: Option<&str>,
    on: NaiveDate,
) -> String {
    match (step.answer_due, deadline) {
        (Some(due), Some(deadline)) if due.date < on && !due.is_certain() => w.say(
            "step-unanswered-after-receipt",
            &[("deadline", deadline), ("of_deadline", &de(deadline))],
        ),
        (Some(due), Some(deadline))
            if due.date < on
                && matches!(
                    due.start.runs_from,
                    RunsFrom::FirstWritten | RunsFrom::FirstComplaint
                )
                && due.start.date != step.date =>
        {
            let written = if due.start.runs_from == RunsFrom::FirstWritten {
                "yes"
            } else {
                "no"
            };
            w.say(
                "step-unanswered-since-first",
                &[
                    ("due", &w.date(due.date)),
                    ("deadline", deadline),
                    ("of_deadline", &de(deadline)),
                    ("since", &w.say("since-first", &[("written", written)])),
                    ("start", &w.date(due.start.date)),
                ],
            )
        }
        (Some(due), Some(deadline)) if due.date < on => w.say(
            "step-unanswered-lapsed",
            &[
                ("due", &w.date(due.date)),
                ("deadline", deadline),
                ("of_deadline", &de(deadline)),
            ],
        ),
        _ => w.say("step-unanswered", &[]),
    }
}

/// "de deux mois", "d’un mois": the preposition elides before a vowel.
fn de(phrase: &str) -> String {
    if phrase.starts_with(['a', 'e', 'i', 'o', 'u', 'é', 'h']) {
        format!("d’{phrase}")
    } else {
        format!("de {phrase}")
    }
}

/// How the letter cites a deadline's rule: the law or recommendation it comes from (as the
/// registry cites it, in French), or the institution's own commitments.
fn rule_of(w: &Writer, plan: &Plan, deadline: &Deadline) -> String {
    match (w.language, plan.registry.cited_as(&deadline.basis)) {
        (Language::French, Some(cited)) => cited.to_string(),
        _ => w.say("own-commitments", &[]),
    }
}

/// The sentence asking for an answer in time, for a complaint or an escalation. A date is
/// printed only when it is true: a deadline from the day of receipt, or from a start its source
/// does not give, is stated without one; one from the first written complaint is counted from
/// it, and says so.
fn deadline_sentence(w: &Writer, plan: &Plan) -> Option<String> {
    if !matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    ) {
        return None;
    }
    let otherwise = otherwise_sentence(w, plan);
    let Some(answer) = plan.level.answer_deadline(plan.payment_dispute) else {
        return Some(format!("{}{otherwise}", w.say("deadline-prompt", &[])));
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
    let after_receipt = |runs_from: RunsFrom| {
        then((runs_from == RunsFrom::Receipt).then(|| w.say("after-receipt", &[])))
    };
    let phrase = w.deadline(answer.count, answer.unit);
    let extended = then(answer.extended.map(|longer| {
        w.say(
            "deadline-extended",
            &[("longer", &w.deadline(longer, answer.unit))],
        )
    }));
    let rules = rules_cited(w, plan, answer, acknowledge);
    let ack = acknowledge
        .map(|ack| {
            let phrase = w.deadline(ack.count, ack.unit);
            format!(
                "{} ",
                w.say(
                    "deadline-ack",
                    &[
                        ("of_ack", &de(&phrase)),
                        ("deadline_ack", &phrase),
                        ("after_receipt", &after_receipt(ack.runs_from)),
                    ],
                )
            )
        })
        .unwrap_or_default();
    let of_deadline = de(&phrase);
    let common = [
        ("ack", ack.as_str()),
        ("deadline", phrase.as_str()),
        ("of_deadline", of_deadline.as_str()),
        ("extended", extended.as_str()),
        ("rules", rules.as_str()),
    ];
    let sentence = match (answer.runs_from, first) {
        (RunsFrom::Sending | RunsFrom::FirstWritten | RunsFrom::FirstComplaint, None) => {
            let due = w.date(answer.ends(plan.country(), plan.date));
            let mut values = common.to_vec();
            values.push(("due", &due));
            w.say("deadline-dated", &values)
        }
        (RunsFrom::Receipt | RunsFrom::Unknown, _) => {
            let after = after_receipt(answer.runs_from);
            let mut values = common.to_vec();
            values.push(("after_receipt", &after));
            w.say("deadline-undated", &values)
        }
        (_, Some(first)) => {
            let due = answer.ends(plan.country(), first);
            let written = if answer.runs_from == RunsFrom::FirstWritten {
                "yes"
            } else {
                "no"
            };
            let since = w.say("since-first", &[("written", written)]);
            let start = w.date(first);
            let due_text = w.date(due);
            let mut values = common.to_vec();
            values.extend([
                ("due", due_text.as_str()),
                ("since", since.as_str()),
                ("start", start.as_str()),
            ]);
            if due >= plan.date {
                w.say("deadline-from-first", &values)
            } else {
                w.say("deadline-from-first-lapsed", &values)
            }
        }
    };
    Some(format!("{sentence}{otherwise}"))
}

/// " À défaut de réponse satisfaisante, je m’adresserai …": the next rung, named when the
/// source names it (a mediator it does not name is not named either).
fn otherwise_sentence(w: &Writer, plan: &Plan) -> String {
    match &plan.next {
        Some(next) if next.confirmed => then(Some(w.say(
            "otherwise-named",
            &[("to", &next.dative), ("to_name", &next.name)],
        ))),
        // A mediator the institution's source does not name is not named either.
        Some(next) if next.kind == LevelKind::Mediation => {
            then(Some(w.say("otherwise-mediator", &[])))
        }
        _ => String::new(),
    }
}

/// The rules the answer deadline (and the acknowledgement's, when it rests on another) come
/// from: the law or recommendation the registry cites, or the institution's commitments.
fn rules_cited(
    w: &Writer,
    plan: &Plan,
    answer: &Deadline,
    acknowledge: Option<&Deadline>,
) -> String {
    let mut rules = vec![rule_of(w, plan, answer)];
    if let Some(ack) = acknowledge {
        let rule = rule_of(w, plan, ack);
        if !rules.contains(&rule) {
            rules.push(rule);
        }
    }
    match rules.as_slice() {
        [first, second] => w.say("rules-and", &[("first", first), ("second", second)]),
        [only] => only.clone(),
        _ => unreachable!("one or two rules"),
    }
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

/// What a referral to a mediator states: the written complaints made, with their dates and
/// outcome; « épuisées » only when every internal level was taken; « aucune juridiction »
/// only when the case says so. Nothing for another kind of letter.
fn mediation_statements(w: &Writer, plan: &Plan) -> Vec<String> {
    if plan.level.kind != LevelKind::Mediation {
        return Vec::new();
    }
    let record = internal_record(plan);
    let mut out = Vec::new();
    if !record.written.is_empty() {
        let items: Vec<String> = record
            .written
            .iter()
            .map(|s| {
                let outcome = match &s.answer {
                    Some(a) => w.say("outcome-answered", &[("date", &w.date(a.date))]),
                    None => w.say("outcome-unanswered", &[]),
                };
                w.say(
                    "statement-item",
                    &[
                        ("date", &w.date(s.date)),
                        ("to", &s.dative),
                        ("to_name", &s.recipient_name),
                        ("outcome", &outcome),
                    ],
                )
            })
            .collect();
        let count = if items.len() == 1 { "one" } else { "other" };
        let items = items.join(&w.say("statement-items-separator", &[]));
        let mut sentence = w.say("statement-written", &[("count", count), ("items", &items)]);
        // A sentence starts with a capital, whoever its subject is (« La Société … »).
        sentence = capitalise(&sentence);
        out.push(sentence);
    }
    if record.exhausted {
        out.push(w.say("statement-exhausted", &[]));
    }
    if plan.no_court_stated {
        out.push(w.say("statement-no-court", &[]));
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn attachments(w: &Writer, plan: &Plan, case: &crate::case::Case) -> Vec<String> {
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
            let proof = then(
                (step.channel == ChannelKind::Registered).then(|| w.say("proof-registered", &[])),
            );
            out.push(w.say(
                "attachment-step",
                &[
                    ("kind", kind_key(step.kind)),
                    ("date", &w.date(step.date)),
                    ("proof", &proof),
                ],
            ));
        }
        if let Some(answer) = &step.answer {
            let reference = then(
                answer
                    .reference
                    .as_deref()
                    .map(|r| w.say("step-reference", &[("reference", r)])),
            );
            out.push(w.say(
                "attachment-answer",
                &[("date", &w.date(answer.date)), ("reference", &reference)],
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
        out.push(w.say(
            "attachment-mandate",
            &[("date", &w.date(rep.mandate_date.value.0))],
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::plan::TakenAnswer;
    use crate::text::french::NBSP;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// A prior step's sentence as a French letter of this voice and country says it.
    fn sentence(step: &TakenStep, representative: bool, country: Country, on: NaiveDate) -> String {
        let voice = voice(representative);
        let wordings = Wordings::embedded();
        let w = Writer {
            wording: wordings.french(),
            voice: &voice,
            language: Language::French,
            country,
        };
        prior_step_sentence(&w, step, on)
    }

    fn voice(representative: bool) -> Voice {
        Voice::new(
            representative,
            "Mme Marie Dubois".into(),
            "Mme Marie Dubois".into(),
        )
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
            deadline_length: None,
        }
    }

    fn due_from_sending(date: NaiveDate, start: NaiveDate) -> crate::procedure::deadlines::Due {
        crate::procedure::deadlines::Due {
            date,
            start: crate::procedure::deadlines::Start {
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
        let s = sentence(
            &step(ChannelKind::Registered, Some("1A 123"), None),
            false,
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
        s.deadline_length = Some((2, DeadlineUnit::Months));
        let before = sentence(&s, false, Country::FR, day(2026, 11, 2));
        assert!(
            plain(&before).ends_with("Cette démarche est restée sans réponse à ce jour."),
            "{before}"
        );
        let after = sentence(&s, false, Country::FR, day(2026, 11, 3));
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
        s.deadline_length = Some((2, DeadlineUnit::Months));
        let text = plain(&sentence(&s, false, Country::FR, day(2026, 11, 20)));
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
        s.deadline_length = Some((2, DeadlineUnit::Months));
        let text = plain(&sentence(&s, false, Country::FR, day(2026, 11, 20)));
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
        let s = sentence(
            &step(ChannelKind::Registered, Some("RR 1"), Some(answer)),
            true,
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
            plain(&sentence(&s, false, Country::FR, day(2026, 11, 1))),
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
    use crate::procedure::plan::{PlanOptions, plan};
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
