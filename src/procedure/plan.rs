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
}

/// A step already taken, resolved against the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct TakenStep {
    pub level: u32,
    pub level_id: String,
    pub kind: LevelKind,
    /// The level's recipient as a sentence names it ("au service client de Cetelem").
    pub dative: String,
    /// The level's recipient's name, for languages that do not use `dative`.
    pub recipient_name: String,
    pub date: NaiveDate,
    /// When the institution received it, if the case says.
    pub received: Option<NaiveDate>,
    pub channel: ChannelKind,
    pub tracking: Option<String>,
    pub reference: Option<String>,
    pub answer: Option<TakenAnswer>,
    /// The day of a holding letter announcing a longer deadline, when the case records one.
    pub holding_letter: Option<NaiveDate>,
    /// The end of the answer deadline of the step's level, when it has one and it runs.
    pub answer_due: Option<Due>,
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
    /// Its recipient as a sentence names it ("à la Médiation de l’Assurance").
    pub dative: String,
    /// Its recipient's name in the letter's language.
    pub name: String,
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

/// A warning for each card number written elsewhere than `references.card_number` (in the
/// facts, a step's reference…): letters print it masked, but the case file still holds it.
fn card_numbers_outside_their_field(file: &CaseFile) -> Vec<String> {
    let mut warnings = Vec::new();
    for (number, line) in file.text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (offset, masked) in crate::text::identifiers::card_numbers_in(line) {
            let field = crate::yaml::key_path_at(&file.text, number + 1).here;
            if field == "references.card_number" {
                continue;
            }
            let column = line[..offset].chars().count() + 1;
            warnings.push(format!(
                "{}:{}:{column}: {} holds a card number ({masked}); the letter prints it masked \
                 like this — write only its last four digits, or give it as `references.card_number`",
                file.path.display(),
                number + 1,
                if field.is_empty() { "the case" } else { &field },
            ));
        }
    }
    warnings
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
    /// The recipient's postal lines, name first.
    pub recipient_lines: Vec<String>,
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
    let mut advice = required_levels(&mut faults, file, registry, institution, level, &history);
    advice.extend(required_references(
        &mut faults,
        file,
        registry,
        institution,
        level,
    ));
    check_language(&mut faults, file, institution);
    let signature = load_signature(&mut faults, file);
    let recipient = choose_recipient(&mut faults, file, registry, institution, level);
    let recipient_lines = recipient
        .as_ref()
        .and_then(|r| postal_lines(&mut faults, file, institution, level, r));
    if !faults.list.is_empty() {
        return Err(Error::Invalid(faults.list));
    }
    let (Some(recipient), Some(recipient_lines)) = (recipient, recipient_lines) else {
        unreachable!("a missing recipient is always reported as a fault");
    };
    let address_warnings = check_envelopes(
        &mut faults,
        file,
        registry,
        institution,
        level,
        &recipient_lines,
    );
    if !faults.list.is_empty() {
        return Err(Error::Invalid(faults.list));
    }
    Ok(Checked {
        institution,
        level,
        date,
        history,
        references,
        recipient,
        recipient_lines,
        signature,
        advice,
        address_warnings,
    })
}

/// Checks the case against the registry ([`check`]), then decides the letter's plan: whether
/// its level may be climbed on its date, with the warnings to show, the references it cites
/// and the next rung it announces.
pub fn plan<'r>(
    file: &CaseFile,
    registry: &'r Registry,
    options: PlanOptions,
) -> Result<Plan<'r>, Error> {
    let checked = check(file, registry, options)?;
    Ok(decide(file, registry, checked))
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
    let dutch = is_dutch(file);
    let next = institution.level(level.level + 1).map(|next| {
        let recipient = default_recipient(registry, next, Profile::of(file));
        NextLevel {
            kind: next.kind,
            dative: recipient.dative.clone(),
            name: recipient.name_in(dutch).to_string(),
            confirmed: recipient.unconfirmed.is_none(),
        }
    });
    Plan {
        registry,
        institution,
        level,
        recipient,
        recipient_lines,
        date,
        history,
        references: cited,
        assessment,
        signature,
        next,
        anchors,
        payment_dispute,
        no_court_stated: case.dispute.court_action.as_ref().is_some_and(|c| !c.value),
    }
}

/// The case's institution in the registry, or the fault of naming one it does not know.
fn find_institution<'r>(
    faults: &Faults,
    file: &CaseFile,
    registry: &'r Registry,
) -> Result<&'r Institution, Error> {
    let case = &file.case;
    registry
        .institution(&case.institution.value)
        .ok_or_else(|| {
            let known: Vec<&str> = registry
                .institutions
                .iter()
                .map(|i| i.id.as_str())
                .collect();
            let mut d = faults
                .at(
                    &case.institution,
                    "institution",
                    format!("unknown institution `{}`", case.institution.value),
                )
                .expected(format!("one of {}", known.join(", ")));
            if let Some(near) = registry.nearest_institution(&case.institution.value) {
                d = d.help(format!(
                    "did you mean `{near}`? `recours institutions` lists them all"
                ));
            } else {
                d = d.help("`recours institutions` lists the institutions recours knows");
            }
            Error::from(d)
        })
}

/// The levels the source makes a condition (faults when the history lacks them), and those
/// it only advises taking first (advice, returned).
fn required_levels(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    history: &[TakenStep],
) -> Vec<String> {
    let mut advice = Vec::new();
    // The levels that must come first, and those an answer given in time is contested at
    // before going further.
    let answered_in_time = crate::procedure::admissibility::answered_in_time(
        level,
        history,
        institution.country,
        anchors(history),
    );
    let requirements = level.after_levels().iter().map(|r| (*r, false)).chain(
        level
            .after_if_answered
            .iter()
            .filter(|_| answered_in_time)
            .flat_map(|rule| rule.levels.iter().map(|r| (*r, true))),
    );
    for (required, because_answered) in requirements {
        if history.iter().any(|s| s.level == required) {
            continue;
        }
        let name = institution
            .level(required)
            .map(|l| l.id.as_str())
            .unwrap_or("?");
        let (lead, help) = if because_answered {
            (
                "an answer was received in time: ",
                format!("contest the answer at level {required} first"),
            )
        } else {
            (
                "",
                format!(
                    "take level {required} first, or record it in `history` with its date and channel (a condition of the source: --force does not override it)"
                ),
            )
        };
        let rule = if because_answered {
            level.after_if_answered.as_ref()
        } else {
            level.after.as_ref()
        };
        let basis = rule
            .map(|r| format!(" ({})", registry.basis_text(&r.basis)))
            .unwrap_or_default();
        let d = faults.at_step(
            file,
            format!(
                "{lead}level {} ({}) of {} comes after level {required} ({name}), which is not in the history{basis}",
                level.level, level.id, institution.id
            ),
        );
        faults.push(d.help(help));
    }
    // The levels the source advises taking first: advice, not a condition.
    if let Some(rule) = &level.advised_after {
        for advised in rule
            .levels
            .iter()
            .filter(|n| !history.iter().any(|s| s.level == **n))
        {
            let name = institution
                .level(*advised)
                .map(|l| l.id.as_str())
                .unwrap_or("?");
            advice.push(format!(
                "advice, not a condition: {} advises taking level {advised} ({name}) before level {} ({}) — {}",
                institution.short_name,
                level.level,
                level.id,
                registry.basis_text(&rule.basis)
            ));
        }
    }

    advice
}

/// The references the level cannot do without (faults), and those its source advises giving
/// (advice, returned). A reference given but invalid is reported by `check_references`.
fn required_references(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
) -> Vec<String> {
    let case = &file.case;
    let mut advice = Vec::new();
    // References the level cannot do without (a given but invalid one is reported above), and
    // those its source advises giving.
    let refs = &level.references;
    let basis = refs
        .basis
        .as_ref()
        .map(|b| format!(" ({})", registry.basis_text(b)))
        .unwrap_or_default();
    for kind in &refs.required {
        if !reference_given(&case.references, *kind) {
            let d = Diagnostic::new(
                &file.path,
                format!("references.{}", kind.key()),
                format!(
                    "{} level {} ({}) needs the {}, which the case does not give{basis}",
                    institution.id,
                    level.level,
                    level.id,
                    kind.noun(),
                ),
            )
            .help(format!("add `{}:` under `references`", kind.key()));
            faults.push(locate_references(d, file));
        }
    }
    for group in &refs.required_any {
        if !group.iter().any(|k| reference_given(&case.references, *k)) {
            let nouns: Vec<&str> = group.iter().map(|k| k.noun()).collect();
            let keys: Vec<String> = group.iter().map(|k| format!("`{}:`", k.key())).collect();
            let d = Diagnostic::new(
                &file.path,
                "references",
                format!(
                    "{} level {} ({}) needs the {}, which the case does not give{basis}",
                    institution.id,
                    level.level,
                    level.id,
                    nouns.join(" or the "),
                ),
            )
            .help(format!(
                "add one of {} under `references`",
                keys.join(" or ")
            ));
            faults.push(locate_references(d, file));
        }
    }
    for kind in &refs.advised {
        if !reference_given(&case.references, *kind) {
            advice.push(format!(
                "advice, not a condition: {} asks for the {} (`references.{}`) to deal with the letter quickly; the case does not give it{basis}",
                institution.short_name,
                kind.noun(),
                kind.key()
            ));
        }
    }

    advice
}

/// The letter's language: French, or Dutch for a Belgian institution.
fn check_language(faults: &mut Faults, file: &CaseFile, institution: &Institution) {
    let case = &file.case;
    if let Some(language) = &case.letter.language {
        let belgian = institution.country == Country::BE;
        let expected = if belgian {
            "`fr`, `nl` or `de`"
        } else {
            "`fr`"
        };
        match language.value.as_str() {
            "fr" => {}
            "nl" | "nl-BE" | "de" | "de-BE" if belgian => {}
            asked @ ("nl" | "nl-BE" | "de" | "de-BE") => faults.push(
                faults
                    .at(
                        language,
                        "letter.language",
                        format!(
                            "{} letters are for the Belgian institutions; {} is French",
                            if asked.starts_with("nl") {
                                "Dutch"
                            } else {
                                "German"
                            },
                            institution.id
                        ),
                    )
                    .expected(expected)
                    .help("remove `language` to write in French"),
            ),
            other => faults.push(
                faults
                    .at(
                        language,
                        "letter.language",
                        format!("unknown language `{other}`"),
                    )
                    .expected(expected),
            ),
        }
    }
}

/// The scanned signature, read from the case's folder.
fn load_signature(
    faults: &mut Faults,
    file: &CaseFile,
) -> Option<crate::case::signature::Signature> {
    let case = &file.case;
    case.letter.signature_image.as_ref().and_then(|given| {
        match crate::case::signature::load(&file.path, &given.value) {
            Ok(signature) => Some(signature),
            Err(problem) => {
                faults.push(
                    faults
                        .at(given, "letter.signature_image", problem.to_string())
                        .expected("the path of a PNG or JPEG file in the case's folder")
                        .help(problem.help()),
                );
                None
            }
        }
    })
}

/// Whether the blocks fit the envelope: a recipient block overflowing the window is a fault,
/// lines longer than the post asks are warnings (returned).
fn check_envelopes(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    recipient_lines: &[String],
) -> Vec<String> {
    let case = &file.case;
    // Blocks that fit the envelope.
    let mut address_warnings = Vec::new();
    let check = crate::case::address::check_block("the recipient block", recipient_lines, true);
    address_warnings.extend(check.warnings);
    if let Some(overflow) = check.overflow {
        let d = match &case.letter.recipient_address {
            Some(given) => faults.at(given, "letter.recipient_address", overflow),
            None => Diagnostic::new(
                &registry.origin,
                format!("{} level {}", institution.id, level.level),
                overflow,
            ),
        };
        faults.push(
            d.help("shorten the lines (abbreviate « boulevard », « bâtiment »…) or drop one"),
        );
    }
    let sender = sender_lines(case);
    address_warnings
        .extend(crate::case::address::check_block("the sender block", &sender, false).warnings);

    address_warnings
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

/// What the registry says of the recipient the letter goes to that the writer should know:
/// a recipient the institution's source does not name, a recipient that asks for its web form.
fn recipient_warnings(
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    recipient: &Recipient,
) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(why) = &recipient.unconfirmed {
        out.push(format!(
            "unconfirmed: {why}; check that {} is competent before sending ({} level {})",
            recipient.name, institution.id, level.level
        ));
    }
    if let Some(channel) = &recipient.preferred {
        let basis = channel
            .basis
            .as_ref()
            .map(|b| format!(" — {}", registry.basis_text(b)))
            .unwrap_or_default();
        out.push(format!(
            "{} asks for complaints through its web form: {}. File the referral there (the letter's text can be pasted into it, the PDF attached); post it only if the form cannot be used{basis}",
            recipient.name,
            channel.detail.as_deref().unwrap_or("its website")
        ));
    }
    out
}

/// The sender block's name and postal lines: the representative's when one acts.
fn sender_lines(case: &crate::case::Case) -> Vec<String> {
    let (name, address) = match &case.representative {
        Some(rep) => (&rep.name.value, &rep.address.value),
        None => (
            &case.complainant.name.value,
            &case.complainant.address.value,
        ),
    };
    std::iter::once(name.trim().to_string())
        .chain(
            address
                .iter()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty()),
        )
        .collect()
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

fn check_text(faults: &mut Faults, file: &CaseFile) {
    check_placeholders(faults, file);
    let case = &file.case;
    let blank = |s: &str| s.trim().is_empty();
    if blank(&case.complainant.name.value) {
        faults.push(
            faults
                .at(
                    &case.complainant.name,
                    "complainant.name",
                    "the name is empty",
                )
                .help("write the complainant's full name"),
        );
    }
    if case.complainant.address.value.iter().all(|l| blank(l)) {
        faults.push(
            faults
                .at(
                    &case.complainant.address,
                    "complainant.address",
                    "the address is empty",
                )
                .expected("the postal lines as on an envelope, the last one \"CODE LOCALITÉ\""),
        );
    }
    if blank(&case.dispute.subject.value) {
        faults.push(faults.at(&case.dispute.subject, "dispute.subject", "the subject is empty").help("say in a few words what the dispute is about; it becomes the letter's « Objet »"));
    }
    let facts_length = case.dispute.facts.value.chars().count();
    if facts_length > crate::case::MAX_FACTS_CHARS {
        faults.push(
            faults
                .at(
                    &case.dispute.facts,
                    "dispute.facts",
                    format!(
                        "the facts run to {facts_length} characters; a letter holds at most {}",
                        crate::case::MAX_FACTS_CHARS
                    ),
                )
                .help("summarise the facts and enclose the long documents as attachments"),
        );
    }
    if blank(&case.dispute.facts.value) {
        faults.push(
            faults
                .at(&case.dispute.facts, "dispute.facts", "the facts are empty")
                .expected("the facts in plain text, paragraphs separated by a blank line")
                .help("a mediator or a complaints service decides on the facts: dates, amounts, what went wrong"),
        );
    }
    let demands = &case.dispute.demands;
    if demands.value.iter().all(|d| blank(d)) {
        faults.push(
            faults
                .at(demands, "dispute.demands", "no demand is given")
                .expected(
                    "a list of what is asked, one item each (e.g. - le remboursement de 45,00 €)",
                ),
        );
    } else if let Some(i) = demands.value.iter().position(|d| blank(d)) {
        faults.push(
            faults
                .at(
                    demands,
                    format!("dispute.demands[{i}]"),
                    "this demand is empty",
                )
                .help("remove the empty item"),
        );
    }
    if let Some(representative) = &case.representative {
        if blank(&representative.name.value) {
            faults.push(faults.at(
                &representative.name,
                "representative.name",
                "the representative's name is empty",
            ));
        }
        if representative.address.value.iter().all(|l| blank(l)) {
            faults.push(faults.at(
                &representative.address,
                "representative.address",
                "the representative's address is empty",
            ));
        }
    }
}

/// Every « À COMPLÉTER » of `recours init` left in the file (comments aside), at its place.
fn check_placeholders(faults: &mut Faults, file: &CaseFile) {
    for (number, line) in file.text.lines().enumerate() {
        if let Some(column) = line
            .find(crate::case::PLACEHOLDER)
            .filter(|_| !line.trim_start().starts_with('#'))
        {
            let column = line[..column].chars().count() as u64 + 1;
            let field = crate::yaml::key_path_at(&file.text, number + 1).here;
            faults.push(
                Diagnostic::new(
                    &file.path,
                    field,
                    "a value of `recours init` is still to be filled in",
                )
                .at(number as u64 + 1, column, &file.text)
                .help(
                    "replace « À COMPLÉTER … » by the value, or remove the line if it is optional",
                ),
            );
        }
    }
}

/// Checks every reference given and returns them in the order of the references block.
fn check_references(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &Institution,
) -> Vec<(ReferenceKind, CitedReference)> {
    let refs = &file.case.references;
    let mut out = Vec::new();
    let mut cite = |kind: ReferenceKind, value: String| {
        out.push((
            kind,
            CitedReference {
                label: kind.label().to_string(),
                value,
                kind: Some(kind),
            },
        ));
    };
    if let Some(file_number) = &refs.file_number {
        match institution.file_number_digits {
            Some(len) => match identifiers::check_fixed_digits(&file_number.value, len) {
                Ok(digits) => cite(ReferenceKind::FileNumber, digits),
                Err(why) => faults.push(
                    faults
                        .at(
                            file_number,
                            "references.file_number",
                            format!(
                                "the file number of {} has {len} digits; {why}",
                                institution.name
                            ),
                        )
                        .expected(format!(
                            "{len} digits, e.g. {}",
                            "123456789012".chars().cycle().take(len).collect::<String>()
                        ))
                        .help("copy it from a statement or a letter of the institution"),
                ),
            },
            None => cite(
                ReferenceKind::FileNumber,
                file_number.value.trim().to_string(),
            ),
        }
    }
    if let Some(contract) = &refs.contract_number {
        cite(
            ReferenceKind::ContractNumber,
            contract.value.trim().to_string(),
        );
    }
    if let Some(member) = &refs.member_number {
        cite(ReferenceKind::MemberNumber, member.value.trim().to_string());
    }
    if let Some(card) = &refs.card_number {
        match identifiers::check_card_number(&card.value) {
            Ok(digits) => cite(ReferenceKind::CardNumber, identifiers::masked_card_number(&digits)),
            Err(problem) => faults.push(
                faults
                    .at(card, "references.card_number", problem.to_string())
                    .expected("the 13 to 19 digits printed on the card")
                    .help("copy the number again from the card; the letter prints only its last four digits"),
            ),
        }
    }
    if let Some(register) = &refs.national_register {
        match identifiers::check_national_register(&register.value) {
            Ok(digits) => cite(ReferenceKind::NationalRegister, identifiers::format_national_register(&digits)),
            Err(problem) => faults.push(
                faults
                    .at(register, "references.national_register", problem.to_string())
                    .expected("11 digits written YY.MM.DD-SSS.CC, as on the back of the Belgian identity card")
                    .help("copy the number again from the identity card"),
            ),
        }
    }
    out
}

fn reference_given(references: &crate::case::References, kind: ReferenceKind) -> bool {
    let field = match kind {
        ReferenceKind::FileNumber => &references.file_number,
        ReferenceKind::ContractNumber => &references.contract_number,
        ReferenceKind::MemberNumber => &references.member_number,
        ReferenceKind::CardNumber => &references.card_number,
        ReferenceKind::NationalRegister => &references.national_register,
    };
    field.as_ref().is_some_and(|v| !v.value.trim().is_empty())
}

fn level_of(institution: &Institution, step: &StepRef) -> Option<u32> {
    match step {
        StepRef::Level(n) => institution.level(*n).map(|l| l.level),
        StepRef::Id(id) => institution.level_by_id(id).map(|l| l.level),
    }
}

fn levels_list(institution: &Institution) -> String {
    institution
        .ladder
        .iter()
        .map(|l| format!("{} ({})", l.level, l.id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn resolve_history(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    letter_date: NaiveDate,
) -> Vec<TakenStep> {
    let dutch = is_dutch(file);
    let mut out = Vec::new();
    let mut previous: Option<NaiveDate> = None;
    // The letter's date as the person gave it: on the command line, in the case, or today.
    let letter_date_said = if faults.cli_date {
        format!("{letter_date} (given with --date)")
    } else if file.case.letter.date.is_some() {
        format!("{letter_date} (letter.date)")
    } else {
        format!("{letter_date} (today)")
    };
    for (i, step) in file.case.history.iter().enumerate() {
        let date = step.date.value.0;
        check_order(
            faults,
            i,
            step,
            letter_date,
            &letter_date_said,
            &mut previous,
        );
        let received = step.received.as_ref().map(|r| r.value.0);
        check_step_dates(faults, i, step, letter_date, &letter_date_said);
        let Some(number) = level_of(institution, &step.step.value) else {
            faults.push(
                faults
                    .at(
                        &step.step,
                        format!("history[{i}].step"),
                        format!("{} has no level `{}`", institution.id, step.step.value),
                    )
                    .expected(format!("one of the levels {}", levels_list(institution))),
            );
            continue;
        };
        let level = institution.level(number).expect("resolved above");
        let default = default_recipient(registry, level, Profile::of(file));
        let deadline = level.answer_deadline(file.case.dispute.payment_date.is_some());
        let holding_letter = step.extended.as_ref().map(|e| e.value.0);
        // After a holding letter, the extended deadline (when the registry knows one).
        let count = |d: &crate::registry::Deadline| match holding_letter {
            Some(_) => d.extended.unwrap_or(d.count),
            None => d.count,
        };
        out.push(TakenStep {
            level: number,
            level_id: level.id.clone(),
            kind: level.kind,
            recipient_name: default.name_in(dutch).to_string(),
            dative: default.dative,
            date,
            received,
            answer_due: None,
            holding_letter,
            deadline: deadline.map(|d| crate::registry::phrases::deadline_phrase(count(d), d.unit)),
            deadline_length: deadline.map(|d| (count(d), d.unit)),
            channel: step.channel.value,
            tracking: step.tracking.clone().filter(|t| !t.trim().is_empty()),
            reference: step.reference.clone().filter(|t| !t.trim().is_empty()),
            answer: step.answer.as_ref().map(|a| TakenAnswer {
                date: a.date.value.0,
                reference: a.reference.clone().filter(|t| !t.trim().is_empty()),
                summary: a.summary.clone().filter(|t| !t.trim().is_empty()),
            }),
        });
    }
    set_answer_dues(&mut out, institution, file);
    out
}

/// A step's date against the letter's and the step before it: a letter cites only steps
/// already taken, oldest first.
fn check_order(
    faults: &mut Faults,
    i: usize,
    step: &crate::case::Step,
    letter_date: NaiveDate,
    letter_date_said: &str,
    previous: &mut Option<NaiveDate>,
) {
    let date = step.date.value.0;
    if date > letter_date {
        faults.push(
            faults
                .at(&step.date, format!("history[{i}].date"), format!(
                    "this step is dated {date}, after the letter's date {letter_date_said}"
                ))
                .help("a letter can only cite steps already taken: correct the date, or date the letter later with `letter.date` or --date"),
        );
    }
    if let Some(before) = previous.filter(|p| *p > date) {
        faults.push(
            faults
                .at(&step.date, format!("history[{i}].date"), format!(
                    "the history is out of order: this step ({date}) comes after one dated {before}"
                ))
                .help("list the steps oldest first"),
        );
    }
    *previous = Some(previous.map_or(date, |p| p.max(date)));
}

/// The dates a step records besides its own — received, answered, a holding letter — fall
/// between the step and the letter.
fn check_step_dates(
    faults: &mut Faults,
    i: usize,
    step: &crate::case::Step,
    letter_date: NaiveDate,
    letter_date_said: &str,
) {
    let date = step.date.value.0;
    let received = step.received.as_ref().map(|r| r.value.0);
    if let (Some(spanned), Some(on)) = (&step.received, received) {
        if on < date {
            faults.push(faults.at(
                spanned,
                format!("history[{i}].received"),
                format!("the step is said received on {on}, before it was made ({date})"),
            ));
        } else if on > letter_date {
            faults.push(faults.at(
                spanned,
                format!("history[{i}].received"),
                format!(
                    "the step is said received on {on}, after the letter's date {letter_date_said}"
                ),
            ));
        }
    }
    if let Some(answer) = &step.answer {
        let answered = answer.date.value.0;
        if answered < date {
            faults.push(faults.at(
                &answer.date,
                format!("history[{i}].answer.date"),
                format!("the answer is dated {answered}, before the step it answers ({date})"),
            ));
        } else if answered > letter_date {
            faults.push(faults.at(
                &answer.date,
                format!("history[{i}].answer.date"),
                format!(
                    "the answer is dated {answered}, after the letter's date {letter_date_said}"
                ),
            ));
        }
    }
    let holding_letter = step.extended.as_ref().map(|e| e.value.0);
    if let (Some(spanned), Some(on)) = (&step.extended, holding_letter)
        && (on < date || on > letter_date)
    {
        faults.push(
            faults
                .at(
                    spanned,
                    format!("history[{i}].extended"),
                    if on < date {
                        format!(
                            "the holding letter is dated {on}, before the step it answers ({date})"
                        )
                    } else {
                        format!(
                            "the holding letter is dated {on}, after the letter's date {letter_date}"
                        )
                    },
                )
                .help("give the date printed on the letter announcing the longer deadline"),
        );
    }
}

/// Each step's answer deadline, from the event its source names.
fn set_answer_dues(out: &mut [TakenStep], institution: &Institution, file: &CaseFile) {
    // Each deadline runs from the event its source names.
    let anchors = anchors(out);
    for step in out.iter_mut() {
        let level = institution.level(step.level).expect("resolved above");
        step.answer_due = level
            .answer_deadline(file.case.dispute.payment_date.is_some())
            .and_then(|d| {
                crate::procedure::deadlines::due(
                    d,
                    institution.country,
                    Sent {
                        date: step.date,
                        channel: step.channel,
                        received: step.received,
                    },
                    anchors,
                    step.holding_letter.is_some(),
                )
            });
    }
}

/// The level asked (`--step`, then `letter.step`), or the one after the highest level climbed.
fn target_level<'r>(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &'r Institution,
    history: &[TakenStep],
    cli_step: Option<u32>,
) -> Option<&'r Level> {
    if let Some(n) = cli_step {
        let level = institution.level(n);
        if level.is_none() {
            faults.push(
                Diagnostic::new(
                    &file.path,
                    "--step",
                    format!("{} has no level {n}", institution.id),
                )
                .expected(format!("one of the levels {}", levels_list(institution))),
            );
        }
        return level;
    }
    if let Some(step) = &file.case.letter.step {
        let level = level_of(institution, &step.value).and_then(|n| institution.level(n));
        if level.is_none() {
            faults.push(
                faults
                    .at(
                        step,
                        "letter.step",
                        format!("{} has no level `{}`", institution.id, step.value),
                    )
                    .expected(format!("one of the levels {}", levels_list(institution))),
            );
        }
        return level;
    }
    let next = history.iter().map(|s| s.level).max().unwrap_or(0) + 1;
    let level = institution.level(next);
    if level.is_none() {
        faults.push(locate_key(
            Diagnostic::new(&file.path, "history", format!(
                "the history has climbed every level of {} ({}): there is no next level",
                institution.id,
                levels_list(institution)
            ))
            .help("to write one of these letters again, name its level in `letter.step` or with --step"),
            file,
            "history",
        ));
    }
    level
}

/// The recipient a level serves a complainant of this type by default.
/// Who a case is for, as far as choosing among a level's recipients goes.
#[derive(Debug, Clone, Copy)]
struct Profile {
    audience: Audience,
    products: Option<ProductFamily>,
}

impl Profile {
    fn of(file: &CaseFile) -> Self {
        Self {
            audience: file.case.complainant.audience,
            products: file.case.product.as_deref().and_then(product_family),
        }
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

/// The recipient a level serves a case with by default: the one for its product family if the
/// level has one, else the one for its audience (consumer or business), else the first.
fn default_recipient(registry: &Registry, level: &Level, profile: Profile) -> Recipient {
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

fn choose_recipient(
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
            let (serves, is) = match file.case.complainant.audience {
                Audience::Consumer => ("businesses", "a consumer"),
                Audience::Business => ("consumers", "a business (`complainant.type: business`)"),
            };
            faults.push(
                faults
                    .at(
                        asked,
                        "letter.recipient",
                        format!(
                            "`{}` serves {serves} only; the complainant is {is}{basis}",
                            asked.value
                        ),
                    )
                    .help(
                        "remove `recipient:` to write to the recipient that serves the complainant",
                    ),
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
                    format!(
                        "level {} ({}) of {} has no recipient `{}`",
                        level.level, level.id, institution.id, asked.value
                    ),
                )
                .expected(format!(
                    "one of {}",
                    ids.iter()
                        .map(|i| format!("`{i}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            if let Some(near) = crate::registry::nearest(&asked.value, ids.iter().copied()) {
                d = d.help(format!("did you mean `{near}`?"));
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
fn postal_lines(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &Institution,
    level: &Level,
    recipient: &Recipient,
) -> Option<Vec<String>> {
    let known = registry_lines(recipient, is_dutch(file));
    if let Some(given) = &file.case.letter.recipient_address {
        let lines: Vec<String> = given
            .value
            .iter()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if let Some(known) = known {
            if same_address(&lines, &known) {
                return Some(known);
            }
            faults.push(
                faults
                    .at(
                        given,
                        "letter.recipient_address",
                        format!(
                            "the registry knows the address of {} ({} level {}): « {} »; a different one would send the letter to someone else under its name",
                            recipient.name,
                            institution.id,
                            level.level,
                            known.join(" / ")
                        ),
                    )
                    .expected("no `recipient_address` where the registry knows the address")
                    .help(
                        "remove `recipient_address` to write to the registry's address; if the institution has moved, \
                         correct a copy of the registry and pass it with `--registry FILE` (`recours institutions --export FILE` writes one)",
                    ),
            );
            return None;
        }
        if lines.len() < 2 {
            faults.push(
                faults
                    .at(
                        given,
                        "letter.recipient_address",
                        "the recipient's address needs the name and at least one postal line",
                    )
                    .expected(
                        "the lines as on an envelope, name first, the last one \"CODE LOCALITÉ\"",
                    ),
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
        .unwrap_or_else(|| "no source gives it".to_string());
    let d = Diagnostic::new(&file.path, "letter.recipient_address", format!(
        "the postal address of {} ({} level {}, {}) is not known: {why}",
        recipient.name, institution.id, level.level, level.id
    ))
    .help(
        "recours never invents an address. If you have it from the contract or a letter of the institution, \
         give it under `letter:` as `recipient_address:` (the lines as on the envelope, name first)",
    );
    faults.push(match &file.case.letter.step {
        Some(step) if faults.cli_step.is_none() => faults
            .at(step, "letter.recipient_address", d.problem.clone())
            .help(d.help.clone().unwrap_or_default()),
        _ => locate_key(d, file, "institution"),
    });
    None
}

/// The envelope lines the registry gives for a recipient, in the letter's language; `None`
/// when no source gives its postal address.
fn registry_lines(recipient: &Recipient, dutch: bool) -> Option<Vec<String>> {
    let address = recipient.address.as_ref()?;
    // A Dutch letter names a Belgian body in Dutch; its address is the one the sources give.
    if dutch && let Some(envelope) = &recipient.envelope_nl {
        return Some(envelope.clone());
    }
    if let Some(envelope) = recipient
        .envelope
        .as_ref()
        .filter(|_| !dutch || recipient.name_nl.is_none())
    {
        return Some(envelope.clone());
    }
    let mut lines = vec![recipient.name_in(dutch).to_string()];
    lines.extend(address.iter().cloned());
    Some(lines)
}

/// Whether two envelopes are the same address, written alike but for case, spacing and
/// punctuation (a case copying the registry's address is not at fault).
fn same_address(given: &[String], known: &[String]) -> bool {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn case(institution: &str, extra: &str) -> CaseFile {
        let text = format!(
            "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\n{extra}\ninstitution: {institution}\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n"
        );
        CaseFile::parse(text, Path::new("case.yaml")).unwrap()
    }

    fn plan_of(file: &CaseFile) -> Result<Plan<'static>, Error> {
        let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().unwrap()));
        plan(
            file,
            registry,
            PlanOptions {
                today: today(),
                ..PlanOptions::default()
            },
        )
    }

    fn messages(result: Result<Plan<'static>, Error>) -> String {
        match result {
            Ok(plan) => panic!("expected a refusal, got level {}", plan.level.level),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn checking_reports_every_fault_at_once_and_decides_nothing() {
        let registry = Registry::embedded().unwrap();
        let options = PlanOptions {
            today: today(),
            step: Some(3),
            ..PlanOptions::default()
        };
        let file = case(
            "cetelem-fr",
            "references: {card_number: '4111 1111 1111 1112'}\nletter: {language: de}",
        );
        let Err(Error::Invalid(faults)) = check(&file, &registry, options) else {
            panic!("the case has faults");
        };
        let fields: Vec<&str> = faults.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "references.card_number",
                "--step 3",
                "--step 3",
                "letter.language"
            ],
            "the card, the two levels level 3 needs, the language: {faults:?}"
        );
        // A sound case is checked without deciding admissibility: that is the plan's part.
        let sound = case(
            "cetelem-fr",
            "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        );
        let checked = check(
            &sound,
            &registry,
            PlanOptions {
                today: today(),
                ..PlanOptions::default()
            },
        )
        .unwrap();
        assert_eq!(checked.level.level, 2);
        assert_eq!(checked.recipient_lines[0], "Service consommateurs Cetelem");
        let planned = plan(
            &sound,
            &registry,
            PlanOptions {
                today: today(),
                ..PlanOptions::default()
            },
        )
        .unwrap();
        assert_eq!(planned.level.level, checked.level.level);
    }

    #[test]
    fn the_next_level_follows_the_highest_one_taken() {
        let file = case(
            "cetelem-fr",
            "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        );
        let plan = plan_of(&file).unwrap();
        assert_eq!(plan.level.level, 2);
        assert_eq!(
            plan.recipient_lines,
            [
                "Service consommateurs Cetelem",
                "95908 Cergy Pontoise Cedex 9"
            ]
        );
        assert_eq!(plan.date, today());
        assert_eq!(plan.history[0].dative, "au service client de Cetelem");
    }

    #[test]
    fn a_level_id_names_a_step() {
        let file = case(
            "cetelem-fr",
            "history:\n  - {step: service-client, date: 2026-07-02, channel: letter}\n  - {step: service-consommateurs, date: 2026-08-02, channel: registered}",
        );
        assert_eq!(plan_of(&file).unwrap().level.level, 3);
    }

    #[test]
    fn the_mediator_of_cetelem_needs_both_internal_levels() {
        let file = case(
            "cetelem-fr",
            "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter:\n  step: 3",
        );
        let message = messages(plan_of(&file));
        assert!(
            message.contains("comes after level 2 (service-consommateurs)"),
            "{message}"
        );
    }

    #[test]
    fn business_customers_write_to_the_b2b_service() {
        let consumer = case("stellantis-fs-belux", "references: {file_number: F-1}");
        assert_eq!(plan_of(&consumer).unwrap().recipient.id, "b2c");
        let business = CaseFile::parse(
            consumer.text.replace(
                "address: [12 rue des Lilas, 59000 Lille]",
                "address: [12 rue des Lilas, 59000 Lille]\n  type: business",
            ),
            Path::new("case.yaml"),
        )
        .unwrap();
        let plan = plan_of(&business).unwrap();
        assert_eq!(plan.recipient.id, "b2b");
        assert_eq!(plan.recipient_lines[1], "Service des opérations / BU Lease");
    }

    #[test]
    fn an_alternative_recipient_is_chosen_by_id_and_a_typo_is_caught() {
        let history = "references: {file_number: F-1}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: letter}\n  - {step: 2, date: 2026-08-02, channel: letter}";
        let file = case(
            "stellantis-fs-belux",
            &format!("{history}\nletter:\n  recipient: ombudsman-assurances"),
        );
        let plan = plan_of(&file).unwrap();
        assert_eq!(
            plan.recipient_lines,
            [
                "Ombudsman des Assurances",
                "Square de Meeûs 35",
                "1000 Bruxelles"
            ]
        );
        let file = case(
            "stellantis-fs-belux",
            &format!("{history}\nletter:\n  recipient: ombudsfn"),
        );
        let message = messages(plan_of(&file));
        assert!(message.contains("did you mean `ombudsfin`?"), "{message}");
        let file = case(
            "stellantis-fs-belux",
            &format!("{history}\nletter:\n  recipient: consumerconnect"),
        );
        assert!(messages(plan_of(&file)).contains("online portal"));
    }

    #[test]
    fn insurance_products_go_to_the_insurance_ombudsman() {
        let history = "references: {file_number: F-1}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: letter, answer: {date: 2026-07-10}}";
        let file = case(
            "stellantis-fs-belux",
            &format!("product: assurance Solde Restant Dû\n{history}\nletter: {{step: 3}}"),
        );
        assert_eq!(plan_of(&file).unwrap().recipient.id, "ombudsman-assurances");
        let file = case(
            "stellantis-fs-belux",
            &format!(
                "product: assurance RC Auto\n{history}\nletter: {{step: 3, recipient: ombudsfin}}"
            ),
        );
        assert_eq!(
            plan_of(&file).unwrap().recipient.id,
            "ombudsfin",
            "the case may choose otherwise"
        );
        let file = case(
            "stellantis-fs-belux",
            &format!("product: crédit automobile\n{history}\nletter: {{step: 3}}"),
        );
        assert_eq!(plan_of(&file).unwrap().recipient.id, "ombudsfin");
        assert_eq!(
            product_family("Verzekering"),
            Some(ProductFamily::Insurance)
        );
        assert_eq!(product_family("carte Cpay"), None);
    }

    #[test]
    fn an_address_the_case_vouches_for_replaces_an_unknown_one() {
        let file = case(
            "madame-courtage",
            "letter:\n  recipient_address: [Cabinet Madame Courtage, 10 rue de l'Exemple, 75001 Paris]",
        );
        let plan = plan_of(&file).unwrap();
        assert_eq!(
            plan.recipient_lines,
            [
                "Cabinet Madame Courtage",
                "10 rue de l'Exemple",
                "75001 Paris"
            ]
        );
        let file = case("madame-courtage", "");
        assert!(messages(plan_of(&file)).contains("never invents an address"));
    }

    #[test]
    fn a_mediator_refuses_a_dispute_before_a_court() {
        let file = case(
            "madame-courtage",
            "history:\n  - {step: 1, date: 2026-06-03, channel: email}\nletter:\n  step: 3",
        );
        assert!(plan_of(&file).is_ok());
        let text = file.text.replace(
            "  demands: [le remboursement]",
            "  demands: [le remboursement]\n  court_action: true",
        );
        let file = CaseFile::parse(text, Path::new("case.yaml")).unwrap();
        let plan = plan_of(&file).unwrap();
        let crate::procedure::admissibility::Verdict::NotAdmissible { rule } =
            &plan.assessment.verdict
        else {
            panic!("refused: {:?}", plan.assessment)
        };
        assert!(rule.contains("a court is already seized"), "{rule}");
    }

    #[test]
    fn every_fault_is_reported_at_once() {
        let file = case(
            "cetelem-be",
            "references: {file_number: '123', national_register: '93051822362'}\nhistory:\n  - {step: 1, date: 2027-01-01, channel: letter}",
        );
        let Err(Error::Invalid(faults)) = plan_of(&file) else {
            panic!("refused")
        };
        let fields: Vec<&str> = faults.iter().map(|d| d.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "references.file_number",
                "references.national_register",
                "history[0].date"
            ]
        );
    }

    #[test]
    fn cited_references_are_those_of_the_level() {
        let file = case(
            "cetelem-be",
            "references: {file_number: '4012 3456 7890', national_register: '93.05.18-223.61'}\nhistory:\n  - {step: 1, date: 2026-07-01, channel: email}",
        );
        let plan = plan_of(&file).unwrap();
        // The mediator (level 2) does not need the national register number: it is left out.
        assert_eq!(plan.level.level, 2);
        let labels: Vec<&str> = plan.references.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["N° de dossier"]);
    }
}
