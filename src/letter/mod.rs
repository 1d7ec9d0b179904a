//! The letter's content, decided: which sentence, every line of every block, from a case and its
//! [`Plan`]. How each sentence reads, in French or in Dutch, is in the message files
//! (`locales/`, see [`crate::letter::wording`]); templates only lay the letter out. Nothing here is
//! markup, and every string has had the typography of its language applied. Escaping for Typst
//! happens in [`crate::render::template`].

mod blocks;
mod deadline;
mod statements;
mod steps;
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
