//! Where a case stands on a day, for `recours agenda`: its state, the date that matters and
//! the dates to put in a calendar. Decided from the case's plan; the agenda only lays it out.
//!
//! States, most urgent first: `lapsing` (a period of the law closes within the days asked),
//! `ready` (the next letter may go today), `blocked` (the case cannot go on as it is: a fault
//! of the file, or a rule of the recipient), `answer due` (the institution's deadline runs:
//! the date is its last day), `waiting` (the next level opens on the date), `done` (the last
//! level of the ladder is reached).

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::admissibility::Verdict;
use crate::procedure::plan::{Plan, PlanOptions, TakenStep, Window, WindowKind};
use crate::procedure::timeline;
use crate::registry::Registry;
use crate::text::messages::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Lapsing,
    Ready,
    Blocked,
    AnswerDue,
    Waiting,
    Done,
}

impl State {
    /// Every state, most urgent first.
    pub const ALL: [State; 6] = [
        State::Lapsing,
        State::Ready,
        State::Blocked,
        State::AnswerDue,
        State::Waiting,
        State::Done,
    ];

    /// The state as the agenda prints it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Lapsing => "lapsing",
            Self::Ready => "ready",
            Self::Blocked => "blocked",
            Self::AnswerDue => "answer due",
            Self::Waiting => "waiting",
            Self::Done => "done",
        }
    }

    /// The state in the words of the tool's language, for people (the agenda's text, the
    /// dashboard); [`State::word`] stays the same in every language, for scripts.
    pub fn words(self) -> String {
        match self {
            Self::Lapsing => tr!("state-lapsing"),
            Self::Ready => tr!("state-ready"),
            Self::Blocked => tr!("state-blocked"),
            Self::AnswerDue => tr!("state-answer-due"),
            Self::Waiting => tr!("state-waiting"),
            Self::Done => tr!("state-done"),
        }
    }
}

/// What a date in the calendar marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The last day of the institution's (or the mediator's) deadline to answer a step.
    AnswerDue,
    /// The last day of the month a letter asked for an answer in, where no source gives one.
    AnswerRequested,
    /// The first day the next level may be climbed.
    AdmissibleFrom,
    /// The last day to refer the dispute to the mediator.
    MediationWindowCloses,
    /// The last day to contest a card payment with the bank.
    CardPaymentWindowCloses,
}

impl EventKind {
    /// A stable word for identifiers (calendar UIDs).
    pub fn word(self) -> &'static str {
        match self {
            Self::AnswerDue => "answer-due",
            Self::AnswerRequested => "answer-requested",
            Self::AdmissibleFrom => "admissible-from",
            Self::MediationWindowCloses => "mediation-window",
            Self::CardPaymentWindowCloses => "card-payment-window",
        }
    }
}

/// A date that matters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    /// What it marks, stable across evaluations of the case (`answer-due-2`,
    /// `mediation-window-first`): a calendar updates the event of the same id.
    pub id: String,
    pub kind: EventKind,
    pub date: NaiveDate,
    /// The level it concerns.
    pub level: Option<u32>,
    /// What it is, in a few words, with no personal data.
    pub summary: String,
}

/// Where a case stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Standing {
    pub state: State,
    /// The date that matters for that state (none for a blocked case).
    pub date: Option<NaiveDate>,
    /// The level the state is about: the next letter's, or the last one reached.
    pub level: Option<u32>,
    pub level_id: Option<String>,
    /// What that level is (a complaint, a mediation…), for people: the id is for machines.
    #[serde(skip)]
    pub level_kind: Option<crate::registry::LevelKind>,
    /// Why, in one sentence.
    pub detail: String,
    /// Whether the next letter may go out on the day evaluated: its level is admissible (a
    /// `ready` case, or a `lapsing` one whose letter may go). `batch` writes exactly these
    /// letters, unless forced.
    pub sendable: bool,
    /// What the next letter carries besides its verdict: the assessment's warnings, as
    /// `render` prints them.
    pub warnings: Vec<String>,
    /// The dates to put in a calendar, from the day evaluated on.
    pub events: Vec<Event>,
    /// The steps taken, for a timeline (the dashboard draws them; not in the JSON).
    #[serde(skip)]
    pub steps: Vec<StepMark>,
    /// The day the next level opens, when it waits.
    #[serde(skip)]
    pub admissible_from: Option<NaiveDate>,
}

/// A step taken, as a timeline draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepMark {
    pub level: u32,
    pub date: NaiveDate,
    pub channel: crate::registry::ChannelKind,
    /// The day of its answer, when it came.
    pub answered: Option<NaiveDate>,
    /// The last day of its answer deadline, when one is known: the source's, or the month the
    /// letter asked for (`requested`).
    pub due: Option<NaiveDate>,
    pub requested: bool,
}

fn step_marks(history: &[TakenStep]) -> Vec<StepMark> {
    history
        .iter()
        .map(|s| {
            let (due, requested) = match (s.answer_due, s.requested_due) {
                (Some(d), _) => (Some(d.date), false),
                (None, Some(d)) => (Some(d.date), true),
                (None, None) => (None, false),
            };
            StepMark {
                level: s.level,
                date: s.date,
                channel: s.channel,
                answered: s.answer.as_ref().map(|a| a.date),
                due,
                requested,
            }
        })
        .collect()
}

/// The version of the JSON and CSV layouts of the agenda, raised when a field changes meaning
/// or goes.
pub const FORMAT_VERSION: u32 = 1;

/// How many days ahead a closing period counts as « expire bientôt » unless `agenda --within`
/// says otherwise: the horizon of every other command's standing.
pub const WITHIN_DAYS: u32 = 30;

/// One case of the agenda.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The case file, relative to the folder, with `/`.
    pub case: String,
    /// The institution's id, when the case could be read.
    pub institution: Option<String>,
    /// Its name for people (« Cetelem »), when the registry knows it.
    #[serde(skip)]
    pub institution_name: Option<String>,
    #[serde(flatten)]
    pub standing: Standing,
}

/// The agenda of a folder on a day.
#[derive(Debug, Clone, Serialize)]
pub struct Agenda {
    pub version: u32,
    pub evaluated_on: NaiveDate,
    pub within_days: u32,
    pub cases: Vec<Entry>,
}

impl Entry {
    /// The institution as people read it: its short name, else what the case file says.
    pub fn institution_words(&self) -> &str {
        (self.institution_name.as_deref())
            .or(self.institution.as_deref())
            .unwrap_or("-")
    }
}

impl Agenda {
    /// How many of its cases are in a state.
    pub fn count(&self, state: State) -> usize {
        self.cases
            .iter()
            .filter(|e| e.standing.state == state)
            .count()
    }
}

/// Where a planned case stands on the plan's date; `within` is how many days ahead a closing
/// period counts as lapsing.
pub fn standing(plan: &Plan, within: u32) -> Standing {
    let on = plan.date;
    let level = plan.level;
    let events = events(plan);
    let about = |state, date, detail| Standing {
        state,
        date,
        level: Some(level.level),
        level_id: Some(level.id.clone()),
        level_kind: Some(level.kind),
        detail,
        sendable: plan.assessment.verdict.is_admissible(),
        warnings: plan.assessment.warnings.clone(),
        events: events.clone(),
        steps: step_marks(&plan.history),
        admissible_from: match &plan.assessment.verdict {
            Verdict::NotYet { from, .. } => Some(*from),
            _ => None,
        },
    };
    let name = tr!(
        "agenda-level",
        level = level.level,
        kind = timeline::kind_of(level.kind)
    );
    if let Verdict::NotAdmissible { rule } = &plan.assessment.verdict {
        return about(
            State::Blocked,
            None,
            tr!("agenda-blocked", name = name, rule = rule.as_str()),
        );
    }
    let horizon = on.checked_add_days(Days::new(within.into())).unwrap_or(on);
    let closing = plan
        .windows
        .iter()
        .filter(|w| w.closes >= on && w.closes <= horizon)
        .min_by_key(|w| w.closes);
    if let Some(window) = closing {
        return about(
            State::Lapsing,
            Some(window.closes),
            tr!(
                "agenda-lapsing",
                window = window_sentence(window),
                name = name,
                ready = if plan.assessment.verdict.is_admissible() {
                    "yes"
                } else {
                    "no"
                }
            ),
        );
    }
    match (&plan.assessment.verdict, running(&plan.history, on)) {
        // The next level waits for the last step's answer, until its deadline ends.
        (Verdict::NotYet { from, .. }, Some((step, due, requested)))
            if due.checked_add_days(Days::new(1)) == Some(*from) =>
        {
            about(
                State::AnswerDue,
                Some(due),
                tr!(
                    "agenda-answer-due",
                    referral = if step.kind == crate::registry::LevelKind::Mediation {
                        "yes"
                    } else {
                        "no"
                    },
                    date = step.date.to_string(),
                    level = step.level,
                    requested = if requested { "yes" } else { "no" },
                    due = due.to_string(),
                    name = name
                ),
            )
        }
        (Verdict::NotYet { from, because }, _) => about(
            State::Waiting,
            Some(*from),
            tr!(
                "agenda-waiting",
                name = name,
                from = from.to_string(),
                because = because.as_str()
            ),
        ),
        // The letter may go: whatever answer still runs, the level is open.
        _ => about(
            State::Ready,
            Some(on),
            tr!(
                "agenda-ready",
                name = name,
                email = if plan.postal { "no" } else { "yes" }
            ),
        ),
    }
}

/// The options a case is planned with to tell where it stands `on`: whatever its level asks,
/// by post, planned even when its level is not admissible (yet) so that the verdict tells why.
pub fn standing_options(on: NaiveDate) -> PlanOptions {
    PlanOptions {
        step: None,
        date: Some(on),
        today: on,
        force: true,
        email: false,
    }
}

/// Where a case stands on `on`: the one answer to « what may go out today », computed here
/// and only here, that `agenda`, `check`, `batch`, the dashboard and the interview show.
/// `file` is the case as read (or why it could not be); `planned` its plan with
/// [`standing_options`], when the caller already made it.
pub fn of_case(
    registry: &Registry,
    file: Result<&CaseFile, &Error>,
    planned: Option<&Plan>,
    on: NaiveDate,
    within: u32,
) -> Standing {
    let file = match file {
        Ok(file) => file,
        Err(error) => return blocked(reason(error)),
    };
    if let Some(plan) = planned {
        return standing(plan, within);
    }
    let options = standing_options(on);
    match crate::procedure::plan::plan(file, registry, options) {
        Ok(plan) => standing(&plan, within),
        Err(error) => crate::procedure::plan::completed(file, registry, options)
            .map(|(plan, sent)| done(&plan, sent))
            .unwrap_or_else(|| blocked(reason(&error))),
    }
}

/// Why a case is blocked, on one line: the first fault, and how many more `check` shows.
fn reason(error: &Error) -> String {
    let more = match error {
        Error::Invalid(faults) if faults.len() > 1 => {
            tr!("agenda-more-faults", count = faults.len() - 1)
        }
        _ => String::new(),
    };
    let first = error.to_string();
    let first = first.lines().next().unwrap_or_default();
    format!("{first}{more}")
}

/// A case whose history reached the ladder's last level, as planned for that level, sent on
/// `sent`.
pub fn done(plan: &Plan, sent: NaiveDate) -> Standing {
    let (level, level_id) = (plan.level.level, &plan.level.id);
    let last = plan.history.iter().rev().find(|s| s.level == level);
    let due = last
        .and_then(|step| (step.due_date()).filter(|d| step.answer.is_none() && *d >= plan.date));
    let answered = last.and_then(|s| s.answer.as_ref()).map(|a| a.date);
    let (kind, sent_on) = (timeline::kind_of(plan.level.kind), sent.to_string());
    let detail = match (answered, due) {
        (Some(answer), _) => tr!(
            "agenda-done-answered",
            level = level,
            kind = kind.as_str(),
            sent = sent_on,
            answer = answer.to_string()
        ),
        (None, Some(due)) => tr!(
            "agenda-done-due",
            level = level,
            kind = kind.as_str(),
            sent = sent_on,
            due = due.to_string()
        ),
        (None, None) => tr!(
            "agenda-done",
            level = level,
            kind = kind.as_str(),
            sent = sent_on
        ),
    };
    Standing {
        state: State::Done,
        date: Some(due.unwrap_or(sent)),
        level: Some(level),
        level_id: Some(level_id.clone()),
        level_kind: Some(plan.level.kind),
        detail,
        sendable: false,
        warnings: Vec::new(),
        // The last level is sent: the day it opened no longer matters.
        events: (events(plan).into_iter())
            .filter(|e| e.kind != EventKind::AdmissibleFrom)
            .collect(),
        steps: step_marks(&plan.history),
        admissible_from: None,
    }
}

/// A case that cannot go on as it is, and why.
pub fn blocked(reason: String) -> Standing {
    Standing {
        state: State::Blocked,
        date: None,
        level: None,
        level_id: None,
        level_kind: None,
        detail: reason,
        sendable: false,
        warnings: Vec::new(),
        events: Vec::new(),
        steps: Vec::new(),
        admissible_from: None,
    }
}

/// The last step still awaiting its answer on `on`, the last day of its deadline, and whether
/// that deadline is the month the letter asked for rather than one a source gives.
fn running(history: &[TakenStep], on: NaiveDate) -> Option<(&TakenStep, NaiveDate, bool)> {
    let step = history.last().filter(|s| s.answer.is_none())?;
    match (step.answer_due, step.requested_due) {
        (Some(due), _) if due.date >= on => Some((step, due.date, false)),
        (None, Some(asked)) if asked.date >= on => Some((step, asked.date, true)),
        _ => None,
    }
}

fn window_sentence(window: &Window) -> String {
    match window.kind {
        WindowKind::Mediation => tr!(
            "window-mediation",
            from = window.from.to_string(),
            closes = window.closes.to_string()
        ),
        WindowKind::CardPayment => tr!(
            "window-card-payment",
            from = window.from.to_string(),
            closes = window.closes.to_string()
        ),
    }
}

/// The dates from the plan's date on: the deadlines of unanswered steps, the day the next level
/// opens, the periods closing.
fn events(plan: &Plan) -> Vec<Event> {
    let on = plan.date;
    let mut out = Vec::new();
    for step in plan.history.iter().filter(|s| s.answer.is_none()) {
        // The source's deadline, else the month the letter asked for.
        let running = |due: Option<crate::procedure::deadlines::Due>| due.filter(|d| d.date >= on);
        let (kind, due) = match (running(step.answer_due), running(step.requested_due)) {
            (Some(due), _) => (EventKind::AnswerDue, due),
            (None, Some(asked)) => (EventKind::AnswerRequested, asked),
            (None, None) => continue,
        };
        let (level, date) = (step.level, step.date.to_string());
        let summary = match kind {
            EventKind::AnswerDue => tr!("event-answer-due", level = level, date = date),
            _ => tr!("event-answer-asked", level = level, date = date),
        };
        out.push(Event {
            id: format!("{}-{}", kind.word(), step.level),
            kind,
            date: due.date,
            level: Some(step.level),
            summary,
        });
    }
    if let Verdict::NotYet { from, .. } = &plan.assessment.verdict {
        out.push(Event {
            id: format!("admissible-from-{}", plan.level.level),
            kind: EventKind::AdmissibleFrom,
            date: *from,
            level: Some(plan.level.level),
            summary: tr!(
                "event-admissible",
                level = plan.level.level,
                kind = timeline::kind_of(plan.level.kind)
            ),
        });
    }
    let mediation = |w: &Window| w.kind == WindowKind::Mediation;
    let first_mediation = plan.windows.iter().position(mediation);
    for (i, window) in plan.windows.iter().enumerate() {
        if window.closes < on {
            continue;
        }
        let id = match window.kind {
            // Counted from the first written complaint, or from the last.
            WindowKind::Mediation if Some(i) == first_mediation => "mediation-window-first",
            WindowKind::Mediation => "mediation-window-last",
            WindowKind::CardPayment => "card-payment-window",
        };
        let (kind, summary) = match window.kind {
            WindowKind::Mediation => (
                EventKind::MediationWindowCloses,
                tr!("event-mediation-window", from = window.from.to_string()),
            ),
            WindowKind::CardPayment => (
                EventKind::CardPaymentWindowCloses,
                tr!("event-card-window", from = window.from.to_string()),
            ),
        };
        out.push(Event {
            id: id.to_string(),
            kind,
            date: window.closes,
            level: window.level,
            summary,
        });
    }
    out.sort_by_key(|e| e.date);
    out
}

#[cfg(test)]
mod tests;
