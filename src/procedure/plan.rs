//! Which rung of the ladder a case climbs next, and whether the case may climb it: the case is
//! checked against the registry (references, dates, the levels that must come first, the
//! recipient's address) and the result is a [`Plan`] — everything the letter needs to know
//! about the institution, the level and the steps already taken.

use chrono::NaiveDate;
use serde_saphyr::Spanned;

use crate::case::{CaseFile, StepRef};
use crate::error::{Diagnostic, Error};
use crate::procedure::admissibility::{Assessment, Situation, assess};
use crate::procedure::deadlines::{Anchors, Due, Sent};
use crate::registry::{
    Audience, ChannelKind, Country, Institution, Level, LevelKind, ProductFamily, Recipient,
    ReferenceKind, Registry,
};
use crate::text::identifiers;

mod history;
mod recipient;
mod requirements;
mod spent;
mod texts;
mod windows;

pub use history::level_of;
use history::*;
use recipient::*;
use requirements::*;
pub use spent::{Spent, spent};
use texts::*;
pub use texts::{is_email_address, is_postcode_line};
pub use windows::{Window, WindowKind};

/// What the command line adds to a case file.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions {
    /// `--step`: the level to write for, over `letter.step`.
    pub step: Option<u32>,
    /// `--date`: the letter's date, over `letter.date`.
    pub date: Option<NaiveDate>,
    /// The day it is (or `SOURCE_DATE_EPOCH`'s), the letter's date when nothing else gives it.
    pub today: NaiveDate,
    /// `--force`: write the letter even when its level is not admissible (yet).
    pub force: bool,
    /// `--email`: the letter also leaves by e-mail; its recipient's e-mail address is needed,
    /// and a recipient without a postal address is written to by name and e-mail.
    pub email: bool,
}

/// A step already taken, resolved against the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenStep {
    pub level: u32,
    pub level_id: String,
    pub kind: LevelKind,
    /// The message naming the level's recipient in the letters (`recipient-cetelem-fr-service-client`).
    pub recipient: String,
    pub date: NaiveDate,
    /// When the institution received it, if the case says.
    pub received: Option<NaiveDate>,
    pub channel: ChannelKind,
    pub tracking: Option<String>,
    pub reference: Option<String>,
    pub answer: Option<TakenAnswer>,
    /// The day of a holding letter announcing a longer deadline, when the case records one.
    pub holding_letter: Option<NaiveDate>,
    /// The end of the answer deadline of the step's level, when it has one and it runs (a
    /// deadline that had lapsed before the step was sent does not).
    pub answer_due: Option<Due>,
    /// Where no source gives the level a deadline, or where its deadline had lapsed before the
    /// step was sent: the end of the one month a letter of recours asks for (see
    /// [`crate::procedure::deadlines::requested_answer`]), for a written step.
    pub requested_due: Option<Due>,
    /// That deadline in words ("deux mois").
    pub deadline: Option<String>,
    /// That deadline as a count and its unit, for a letter to write in its own language.
    pub deadline_length: Option<(u32, crate::registry::DeadlineUnit)>,
}

impl TakenStep {
    /// Whether the step is a written complaint to the institution (not a call, a chat, a
    /// visit, nor a referral to a mediator).
    pub fn is_written_complaint(&self) -> bool {
        matches!(self.kind, LevelKind::Complaint | LevelKind::Escalation)
            && crate::procedure::admissibility::is_written(self.channel)
    }

    /// The day the step's deadline ends, when it is known.
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.answer_due.map(|d| d.date)
    }
}

/// The next level after the letter's, as the letter announces it.
#[derive(Debug, Clone)]
pub struct NextLevel {
    pub kind: LevelKind,
    /// The message naming its recipient in the letters (`body-mediation-assurance`).
    pub recipient: String,
    /// The institution's source names this recipient; when it does not, letters do not name
    /// it.
    pub confirmed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TakenAnswer {
    pub date: NaiveDate,
    pub reference: Option<String>,
    pub summary: Option<String>,
}

/// A reference as the letter prints it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CitedReference {
    pub label: String,
    pub value: String,
    /// Which reference it is (none for "V/Réf." and "N/Réf.").
    #[serde(skip)]
    pub kind: Option<ReferenceKind>,
}

/// The decided frame of a letter: who writes to whom, at which level, on which date.
#[derive(Debug, Clone)]
pub struct Plan<'r> {
    pub registry: &'r Registry,
    pub institution: &'r Institution,
    /// The scanned signature to print, read from the case's folder.
    pub signature: Option<crate::case::signature::Signature>,
    pub level: &'r Level,
    pub recipient: Recipient,
    /// The recipient's postal lines, name first (by e-mail to a recipient without a postal
    /// address: its name and e-mail address).
    pub recipient_lines: Vec<String>,
    /// The address the letter may be e-mailed to, when one is known.
    pub email: Option<String>,
    /// Whether the letter goes to a postal address.
    pub postal: bool,
    pub date: NaiveDate,
    pub history: Vec<TakenStep>,
    pub references: Vec<CitedReference>,
    /// May the level be climbed on the letter's date?
    pub assessment: Assessment,
    /// The next level, for "À défaut, je m’adresserai …".
    pub next: Option<NextLevel>,
    /// The days the case's deadlines may run from.
    pub anchors: Anchors,
    /// The case contests a payment (`dispute.payment_date`): payment-services deadlines apply.
    pub payment_dispute: bool,
    /// Whether the case says no court is seized (`dispute.court_action: false`).
    pub no_court_stated: bool,
    /// The case says no other mediator has examined the dispute (`other_mediator: false`).
    pub no_other_mediator_stated: bool,
    /// The registered-mail number the letter prints (`letter.tracking`, until the history
    /// records the letter as sent).
    pub tracking: Option<String>,
    /// The periods of the law that close on a known day (the mediator's year, the 13 months
    /// to contest a card payment).
    pub windows: Vec<Window>,
}

impl Plan<'_> {
    pub fn country(&self) -> Country {
        self.institution.country
    }
}

/// What checking a case against the registry establishes: the ground its plan is built on.
pub struct Checked<'r> {
    pub institution: &'r Institution,
    pub level: &'r Level,
    /// The letter's date.
    pub date: NaiveDate,
    pub history: Vec<TakenStep>,
    references: Vec<(ReferenceKind, CitedReference)>,
    pub recipient: Recipient,
    /// The recipient's postal lines, name first.
    pub recipient_lines: Vec<String>,
    /// The address the letter may be e-mailed to, when one is known.
    pub email: Option<String>,
    /// Whether `recipient_lines` are a postal address (else the name and e-mail address).
    pub postal: bool,
    pub signature: Option<crate::case::signature::Signature>,
    /// What the sources advise and the case does not do: warnings, never faults.
    pub advice: Vec<String>,
    /// Address blocks longer than the post asks.
    pub address_warnings: Vec<String>,
}

/// Checks a case against the registry: the institution, the texts, the references, the
/// history, the level asked and what it requires, the language, the signature, the recipient
/// and its address. Every fault found is reported at once, each at its place in the case file.
pub fn check<'r>(
    file: &CaseFile,
    registry: &'r Registry,
    options: PlanOptions,
) -> Result<Checked<'r>, Error> {
    let mut faults = Faults {
        file,
        list: Vec::new(),
        cli_step: options.step,
        cli_date: options.date.is_some(),
    };
    let case = &file.case;
    let institution = find_institution(&faults, file, registry)?;
    check_text(&mut faults, file);
    let references = check_references(&mut faults, file, institution);
    let date = options
        .date
        .or(case.letter.date.as_ref().map(|d| d.value.0))
        .unwrap_or(options.today);
    let history = resolve_history(&mut faults, file, registry, institution, date);
    let Some(level) = target_level(&mut faults, file, institution, &history, options.step) else {
        return Err(Error::Invalid(faults.list));
    };
    let recipient = choose_recipient(&mut faults, file, registry, institution, level);
    // A recipient its source lets be written to directly needs no earlier level.
    let mut advice = match recipient.as_ref().is_some_and(|r| r.direct) {
        true => Vec::new(),
        false => required_levels(&mut faults, file, registry, institution, level, &history),
    };
    advice.extend(required_references(
        &mut faults,
        file,
        registry,
        institution,
        level,
    ));
    check_language(&mut faults, file, institution);
    let signature = load_signature(&mut faults, file);
    // A level reached only by e-mail is written to by e-mail, as if `--email` were asked,
    // unless the case gives a postal address.
    let email_only = !level.channels.is_empty()
        && level.channels.iter().all(|c| c.kind == ChannelKind::Email)
        && case.letter.recipient_address.is_none();
    let by_email = options.email || email_only;
    let email = (recipient.as_ref())
        .and_then(|r| email_address(&mut faults, file, institution, level, r, by_email));
    // By e-mail, a recipient no source gives a postal address for is written to by name and
    // e-mail address.
    let postal = !by_email
        || case.letter.recipient_address.is_some()
        || (recipient.as_ref()).is_some_and(|r| registry_lines(r, is_dutch(file)).is_some());
    let recipient_lines = match (&recipient, postal) {
        (Some(r), true) => postal_lines(&mut faults, file, institution, level, r),
        (Some(r), false) => email.as_ref().map(|e| vec![r.name.clone(), e.clone()]),
        (None, _) => None,
    };
    if !faults.list.is_empty() {
        return Err(Error::Invalid(faults.list));
    }
    let (Some(recipient), Some(recipient_lines)) = (recipient, recipient_lines) else {
        unreachable!("a missing recipient is always reported as a fault");
    };
    let address_warnings = match postal {
        true => check_envelopes(
            &mut faults,
            file,
            registry,
            institution,
            level,
            &recipient_lines,
        ),
        false => Vec::new(),
    };
    if !faults.list.is_empty() {
        return Err(Error::Invalid(faults.list));
    }
    if let Some(address) = email.as_deref().filter(|a| by_email && !a.is_ascii()) {
        advice.push(crate::text::messages::tr!(
            "warn-email-not-ascii",
            address = address,
            ascii = crate::text::without_accents(address)
        ));
    }
    Ok(Checked {
        institution,
        level,
        date,
        history,
        references,
        recipient,
        recipient_lines,
        email,
        postal,
        signature,
        advice,
        address_warnings,
    })
}

/// Checks what the case's history says alone — its institution, each step's level, the
/// steps' dates against each other and against `on` — for an edit of the history
/// (`recours sent`, `recours answered`) whose next letter may not be writable yet.
pub fn check_history(file: &CaseFile, registry: &Registry, on: NaiveDate) -> Result<(), Error> {
    // The history is checked against the day, not against a `letter.date` it may have passed.
    let mut undated = file.clone();
    undated.case.letter.date = None;
    let file = &undated;
    let mut faults = Faults {
        file,
        list: Vec::new(),
        cli_step: None,
        cli_date: false,
    };
    let institution = find_institution(&faults, file, registry)?;
    resolve_history(&mut faults, file, registry, institution, on);
    match faults.list.is_empty() {
        true => Ok(()),
        false => Err(Error::Invalid(faults.list)),
    }
}

/// Checks the case against the registry ([`check`]), then decides the letter's plan: whether
/// its level may be climbed on its date, with the warnings to show, the references it cites
/// and the next rung it announces.
pub fn plan<'r>(
    file: &CaseFile,
    registry: &'r Registry,
    options: PlanOptions,
) -> Result<Plan<'r>, Error> {
    let (settled, spent_warning) = spent::settle(file, registry, options);
    let file = settled.as_ref();
    let checked = check(file, registry, options)?;
    let mut plan = decide(file, registry, checked);
    plan.assessment.warnings.splice(0..0, spent_warning);
    Ok(plan)
}

/// Whether [`plan`] decides the same plan of `file` under both options: the same level asked,
/// the same channel, the same day and the same letter date, however each is given (`force` is
/// not read here: refusing a level is the caller's).
pub fn same_plan(file: &CaseFile, a: PlanOptions, b: PlanOptions) -> bool {
    let letter_date = |o: PlanOptions| {
        (o.date)
            .or(file.case.letter.date.as_ref().map(|d| d.value.0))
            .unwrap_or(o.today)
    };
    a.step == b.step && a.email == b.email && a.today == b.today && letter_date(a) == letter_date(b)
}

/// A case whose history records the ladder's last level as sent, with no level asked: the plan
/// of that last level (the case checked, its history resolved) and the day it was sent. Such a
/// case has no next letter; `check` and `agenda` say it is done.
pub fn completed<'r>(
    file: &CaseFile,
    registry: &'r Registry,
    options: PlanOptions,
) -> Option<(Plan<'r>, NaiveDate)> {
    if options.step.is_some() {
        return None;
    }
    let institution = registry.institution(&file.case.institution.value)?;
    let last = institution.ladder.last()?;
    let sent = (file.case.history.iter().rev())
        .find(|s| level_of(institution, &s.step.value) == Some(last.level))?;
    let again = PlanOptions {
        step: Some(last.level),
        ..options
    };
    let plan = plan(file, registry, again).ok()?;
    Some((plan, sent.date.value.0))
}

/// The plan of a checked case.
fn decide<'r>(file: &CaseFile, registry: &'r Registry, checked: Checked<'r>) -> Plan<'r> {
    let case = &file.case;
    let Checked {
        institution,
        level,
        date,
        history,
        references,
        recipient,
        recipient_lines,
        email,
        postal,
        signature,
        advice,
        address_warnings,
    } = checked;
    let payment_dispute = case.dispute.payment_date.is_some();
    let anchors = anchors(&history);
    let mut assessment = assess(&Situation {
        registry,
        institution,
        level,
        recipient: &recipient,
        conditions: registry.conditions_of(&recipient),
        history: &history,
        anchors,
        audience: case.complainant.audience,
        court_action: case.dispute.court_action.as_ref().is_some_and(|c| c.value),
        payment_date: case.dispute.payment_date.as_ref().map(|d| d.value.0),
        on: date,
    });
    assessment.warnings.extend(advice);
    assessment
        .warnings
        .extend(recipient_warnings(registry, institution, level, &recipient));
    assessment.warnings.extend(address_warnings);
    assessment
        .warnings
        .extend(card_numbers_outside_their_field(file));
    let cited: Vec<CitedReference> = references
        .into_iter()
        .filter(|(kind, _)| level.references.cites(*kind))
        .map(|(_, r)| r)
        .collect();
    let next = institution.level(level.level + 1).map(|next| {
        let recipient = default_recipient(registry, next, Profile::of(file));
        NextLevel {
            kind: next.kind,
            recipient: recipient.message.clone(),
            confirmed: recipient.unconfirmed.is_none(),
        }
    });
    let windows = windows::windows(file, registry, institution, &history);
    Plan {
        windows,
        registry,
        institution,
        level,
        recipient,
        recipient_lines,
        email,
        postal,
        date,
        history,
        references: cited,
        assessment,
        signature,
        next,
        anchors,
        payment_dispute,
        no_court_stated: case.dispute.court_action.as_ref().is_some_and(|c| !c.value),
        no_other_mediator_stated: (case.dispute.other_mediator.as_ref()).is_some_and(|m| !m.value),
        tracking: (case.letter.tracking.as_deref().map(str::trim))
            .filter(|t| !t.is_empty())
            .map(str::to_string),
    }
}

/// Whether the case asks for a Dutch letter.
fn is_dutch(file: &CaseFile) -> bool {
    file.case
        .letter
        .language
        .as_ref()
        .is_some_and(|l| l.value == "nl")
}

/// The days a case's deadlines may run from: its first written complaint and its first
/// complaint to the institution.
pub fn anchors(history: &[TakenStep]) -> Anchors {
    let internal = || {
        history
            .iter()
            .filter(|s| matches!(s.kind, LevelKind::Complaint | LevelKind::Escalation))
    };
    Anchors {
        first_written: internal()
            .filter(|s| crate::procedure::admissibility::is_written(s.channel))
            .map(|s| s.date)
            .min(),
        first_complaint: internal().map(|s| s.date).min(),
    }
}

/// The faults found so far, with helpers to locate them in the case file.
struct Faults<'a> {
    file: &'a CaseFile,
    list: Vec<Diagnostic>,
    /// The level asked on the command line (`--step`), which faults about it point at.
    cli_step: Option<u32>,
    /// The letter's date given on the command line (`--date`), which faults about it name.
    cli_date: bool,
}

impl Faults<'_> {
    fn at<T>(
        &self,
        spanned: &Spanned<T>,
        field: impl Into<String>,
        problem: impl Into<String>,
    ) -> Diagnostic {
        let location = &spanned.referenced;
        Diagnostic::new(&self.file.path, field, problem).at(
            location.line(),
            location.column(),
            &self.file.text,
        )
    }

    /// A fault about the level asked: at `--step` when the command line asks it, at
    /// `letter.step` when the case does, else at `history`.
    fn at_step(&self, file: &CaseFile, problem: String) -> Diagnostic {
        if let Some(n) = self.cli_step {
            return Diagnostic::new(&file.path, format!("--step {n}"), problem);
        }
        match &file.case.letter.step {
            Some(step) => self.at(step, "letter.step", problem),
            None => locate_key(
                Diagnostic::new(&file.path, "letter.step", problem),
                file,
                "history",
            ),
        }
    }

    fn push(&mut self, d: Diagnostic) {
        self.list.push(d);
    }
}

/// Points a diagnostic at the line of a top-level key, when the case has it.
fn locate_key(d: Diagnostic, file: &CaseFile, key: &str) -> Diagnostic {
    let prefix = format!("{key}:");
    match file.text.lines().position(|l| l.starts_with(&prefix)) {
        Some(n) => d.at(n as u64 + 1, 1, &file.text),
        None => d,
    }
}

/// Points a diagnostic about a missing reference at `references:`, or at `institution:` when
/// the case has no references at all (the block goes beside it).
fn locate_references(d: Diagnostic, file: &CaseFile) -> Diagnostic {
    if file.text.lines().any(|l| l.starts_with("references:")) {
        locate_key(d, file, "references")
    } else {
        locate_key(d, file, "institution")
    }
}

/// The family of a product named in free text: insurance products ("assurance RC Auto",
/// "verzekering") are served by their own recipients at some levels.
pub fn product_family(product: &str) -> Option<ProductFamily> {
    let lower = product.to_lowercase();
    ["assurance", "insurance", "verzekering"]
        .iter()
        .any(|word| lower.contains(word))
        .then_some(ProductFamily::Insurance)
}

#[cfg(test)]
mod tests;
