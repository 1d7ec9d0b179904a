//! The timeline `recours check` prints: each step taken with the answer deadline it opened and
//! whether it lapsed, the next level with its recipient and the day from which it may be
//! climbed, and the warnings. As text for people, as JSON for scripts.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::case::CaseFile;
use crate::procedure::admissibility::{Verdict, describe_start};
use crate::procedure::plan::Plan;
use crate::registry::{ChannelKind, Country, LevelKind};
use crate::text::messages::tr;

#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub case: String,
    pub institution: String,
    pub institution_name: String,
    pub country: Country,
    pub evaluated_on: NaiveDate,
    pub steps: Vec<StepReport>,
    pub next: NextReport,
    pub warnings: Vec<String>,
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    /// Answered by the end of its deadline (or with no deadline known).
    Answered,
    /// Answered after its deadline lapsed.
    AnsweredLate,
    /// No answer yet; the deadline still runs.
    Waiting,
    /// No answer, and the deadline lapsed.
    Lapsed,
    /// No answer, and no deadline is known.
    Unanswered,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnswerReport {
    pub date: NaiveDate,
    pub reference: Option<String>,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepReport {
    pub level: u32,
    pub level_id: String,
    pub kind: LevelKind,
    pub date: NaiveDate,
    pub received: Option<NaiveDate>,
    pub channel: ChannelKind,
    pub tracking: Option<String>,
    pub reference: Option<String>,
    pub answer: Option<AnswerReport>,
    /// The last day of the answer deadline the step opened.
    pub answer_due: Option<NaiveDate>,
    pub deadline: Option<String>,
    /// The event that deadline runs from, in words ("receipt, assumed on 2026-07-08").
    pub deadline_runs_from: Option<String>,
    /// The date rests on an assumed day of receipt.
    pub answer_due_assumed: bool,
    /// The day of a holding letter that extended the deadline.
    pub extended: Option<NaiveDate>,
    /// Where no deadline of a source runs for the step: the last day of the month it asked an
    /// answer in, and the event that month runs from, in words.
    pub answer_asked_by: Option<NaiveDate>,
    pub answer_asked_from: Option<String>,
    pub status: StepStatus,
}

#[derive(Debug, Clone, Serialize)]
pub struct NextReport {
    pub level: u32,
    pub level_id: String,
    pub kind: LevelKind,
    /// The recipient's lines as the envelope's window shows them.
    pub recipient: Vec<String>,
    /// Those lines are the case's `letter.recipient_address` (the registry does not know them).
    pub address_from_case: bool,
    /// The letter goes by e-mail: its recipient lines are a name and an e-mail address.
    pub by_email: bool,
    #[serde(flatten)]
    pub verdict: Verdict,
    pub admissible_from: Option<NaiveDate>,
    /// For a complaint or an escalation sent on the evaluation day: the last day to answer.
    pub answer_due_if_sent: Option<NaiveDate>,
    /// The event that deadline runs from, in words; an assumed day of receipt is said.
    pub answer_due_runs_from: Option<String>,
}

/// The timeline of a planned case.
pub fn timeline(file: &CaseFile, plan: &Plan) -> Timeline {
    let on = plan.date;
    let steps = plan
        .history
        .iter()
        .map(|s| {
            let status = match (&s.answer, s.due_date()) {
                (Some(a), Some(due)) if a.date > due => StepStatus::AnsweredLate,
                (Some(_), _) => StepStatus::Answered,
                (None, Some(due)) if due < on => StepStatus::Lapsed,
                (None, Some(_)) => StepStatus::Waiting,
                (None, None) => StepStatus::Unanswered,
            };
            StepReport {
                level: s.level,
                level_id: s.level_id.clone(),
                kind: s.kind,
                date: s.date,
                received: s.received,
                channel: s.channel,
                tracking: s.tracking.clone(),
                reference: s.reference.clone(),
                answer: s.answer.as_ref().map(|a| AnswerReport {
                    date: a.date,
                    reference: a.reference.clone(),
                    summary: a.summary.clone(),
                }),
                answer_due: s.due_date(),
                deadline: s.deadline.as_ref().map(|d| plain(d)),
                deadline_runs_from: s.answer_due.as_ref().map(describe_start),
                answer_due_assumed: s.answer_due.is_some_and(|d| !d.is_certain()),
                extended: s.holding_letter,
                answer_asked_by: s.requested_due.map(|d| d.date),
                answer_asked_from: s.requested_due.as_ref().map(describe_start),
                status,
            }
        })
        .collect();
    // The deadline a letter sent today would open, from the event its source names.
    let due_if_sent = matches!(
        plan.level.kind,
        LevelKind::Complaint | LevelKind::Escalation
    )
    .then(|| {
        let deadline = plan.level.answer_deadline(plan.payment_dispute)?;
        let mut anchors = plan.anchors;
        anchors.first_written.get_or_insert(on);
        anchors.first_complaint.get_or_insert(on);
        let channel = if plan.level.registered.is_some() {
            ChannelKind::Registered
        } else {
            ChannelKind::Letter
        };
        crate::procedure::deadlines::due(
            deadline,
            plan.country(),
            crate::procedure::deadlines::Sent {
                date: on,
                channel,
                received: None,
            },
            anchors,
            false,
        )
    })
    .flatten();
    let answer_due_if_sent = due_if_sent.map(|d| d.date);
    let answer_due_runs_from = due_if_sent.as_ref().map(describe_start);
    Timeline {
        case: file.path.display().to_string(),
        institution: plan.institution.id.clone(),
        institution_name: plan.institution.name.clone(),
        country: plan.country(),
        evaluated_on: on,
        steps,
        next: NextReport {
            level: plan.level.level,
            level_id: plan.level.id.clone(),
            kind: plan.level.kind,
            recipient: plan.recipient_lines.clone(),
            address_from_case: plan.recipient.address.is_none(),
            by_email: !plan.postal,
            verdict: plan.assessment.verdict.clone(),
            admissible_from: plan.assessment.admissible_from,
            answer_due_if_sent,
            answer_due_runs_from,
        },
        warnings: plan.assessment.warnings.clone(),
    }
}

fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// A channel in words, in the tool's language.
pub fn channel_words(c: ChannelKind) -> String {
    match c {
        ChannelKind::Phone => tr!("channel-phone"),
        ChannelKind::Email => tr!("channel-email"),
        ChannelKind::Letter => tr!("channel-letter"),
        ChannelKind::Registered => tr!("channel-registered"),
        ChannelKind::Portal => tr!("channel-portal"),
        ChannelKind::Chat => tr!("channel-chat"),
        ChannelKind::InPerson => tr!("channel-in-person"),
    }
}

/// A kind of letter named by its template (`complaint`, `mediation`…), in words.
pub fn kind_words(template: &str) -> String {
    match template {
        "complaint" => kind_of(LevelKind::Complaint),
        "escalation" => kind_of(LevelKind::Escalation),
        "mediation" => kind_of(LevelKind::Mediation),
        "authority" => kind_of(LevelKind::Authority),
        other => other.to_string(),
    }
}

/// What a level of this kind is, in words: « réclamation », « médiation ».
pub fn kind_of(k: LevelKind) -> String {
    match k {
        LevelKind::Complaint => tr!("kind-complaint"),
        LevelKind::Escalation => tr!("kind-escalation"),
        LevelKind::Mediation => tr!("kind-mediation"),
        LevelKind::Authority => tr!("kind-authority"),
    }
}

/// The verdict on the next level, in words.
fn verdict_words(verdict: &Verdict, since: Option<NaiveDate>, with_reason: bool) -> String {
    match verdict {
        Verdict::Admissible => match since {
            Some(from) => tr!("verdict-admissible-since", from = from.to_string()),
            None => tr!("verdict-admissible"),
        },
        Verdict::NotYet { from, because } if with_reason => tr!(
            "verdict-not-yet-because",
            from = from.to_string(),
            because = because.as_str()
        ),
        Verdict::NotYet { from, .. } => tr!("verdict-not-yet", from = from.to_string()),
        Verdict::NotAdmissible { rule } => tr!("verdict-not-admissible", rule = rule.as_str()),
    }
}

impl Timeline {
    /// The case's verdict in a line or two, for `check` of many cases: the next level, whether
    /// it may be climbed and from when, and how many warnings there are.
    pub fn verdict_line(&self) -> String {
        let n = &self.next;
        let mut out = tr!(
            "check-verdict-line",
            case = self.case.as_str(),
            level = n.level,
            kind = kind_of(n.kind),
            verdict = verdict_words(&n.verdict, n.admissible_from, false)
        );
        out.push('\n');
        if !self.warnings.is_empty() {
            out.push_str("  ");
            out.push_str(&tr!(
                "check-warning-count",
                count = self.warnings.len(),
                case = self.case.as_str()
            ));
            out.push('\n');
        }
        out
    }

    /// The timeline as text for a person.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}",
            tr!(
                "check-valid",
                case = self.case.as_str(),
                institution = self.institution.as_str(),
                name = self.institution_name.as_str(),
                country = format!("{:?}", self.country)
            )
        );
        let _ = writeln!(
            out,
            "{}",
            tr!("check-evaluated-on", date = self.evaluated_on.to_string())
        );
        let _ = writeln!(out, "\n{}", tr!("check-steps-taken"));
        if self.steps.is_empty() {
            let _ = writeln!(out, "  {}", tr!("check-no-step"));
        }
        for s in &self.steps {
            s.write_text(&mut out);
        }
        self.next.write_text(&mut out, self.evaluated_on);
        if !self.warnings.is_empty() {
            let _ = writeln!(out, "\n{}", tr!("check-warnings"));
            for w in &self.warnings {
                let _ = writeln!(out, "  - {w}");
            }
        }
        out
    }
}
impl StepReport {
    /// The step's lines in `check`'s timeline.
    fn write_text(&self, out: &mut String) {
        let s = self;
        let mut head = format!(
            "  {}  {}",
            s.date,
            tr!(
                "check-step",
                level = s.level,
                kind = kind_of(s.kind),
                channel = channel_words(s.channel)
            )
        );
        if let Some(t) = &s.tracking {
            head.push_str(&tr!("check-step-tracking", tracking = t.as_str()));
        }
        if let Some(r) = &s.reference {
            head.push_str(&tr!("check-step-reference", reference = r.as_str()));
        }
        if let Some(r) = s.received {
            head.push_str(&tr!("check-step-received", date = r.to_string()));
        }
        let _ = writeln!(out, "{head}");
        let pad = "              ";
        if let Some(a) = &s.answer {
            let mut line = format!("{pad}{}", tr!("check-answered", date = a.date.to_string()));
            if let Some(r) = &a.reference {
                line.push_str(&tr!("check-step-reference", reference = r.as_str()));
            }
            if let Some(summary) = &a.summary {
                line.push_str(&tr!("check-answer-summary", summary = summary.as_str()));
            }
            let _ = writeln!(out, "{line}");
        }
        if let Some(e) = s.extended {
            let _ = writeln!(
                out,
                "{pad}{}",
                tr!("check-holding-letter", date = e.to_string())
            );
        }
        let deadline = match (s.answer_due, &s.deadline, &s.deadline_runs_from) {
            (Some(due), Some(d), Some(from)) => tr!(
                "check-answer-due-from",
                due = due.to_string(),
                deadline = d.as_str(),
                from = from.as_str()
            ),
            (Some(due), Some(d), None) => tr!(
                "check-answer-due",
                due = due.to_string(),
                deadline = d.as_str()
            ),
            _ => match (s.answer_asked_by, &s.answer_asked_from) {
                (Some(due), Some(from)) => tr!(
                    "check-answer-asked",
                    due = due.to_string(),
                    from = from.as_str()
                ),
                _ => tr!("check-no-deadline"),
            },
        };
        let status = match s.status {
            StepStatus::Answered => tr!("status-answered"),
            StepStatus::AnsweredLate => tr!("status-answered-late"),
            StepStatus::Waiting => tr!("status-waiting"),
            StepStatus::Lapsed => tr!("status-lapsed"),
            StepStatus::Unanswered => tr!("status-unanswered"),
        };
        let _ = writeln!(
            out,
            "{pad}{}",
            tr!(
                "check-deadline-status",
                deadline = deadline,
                status = status
            )
        );
    }
}

impl NextReport {
    /// The next level's lines in `check`'s timeline.
    fn write_text(&self, out: &mut String, evaluated_on: NaiveDate) {
        let n = self;
        let _ = writeln!(
            out,
            "\n{}",
            tr!("check-next", level = n.level, kind = kind_of(n.kind))
        );
        let _ = writeln!(
            out,
            "  {}",
            if n.by_email {
                tr!("check-by-email")
            } else if n.address_from_case {
                tr!("check-envelope-from-case")
            } else {
                tr!("check-envelope")
            }
        );
        for line in &n.recipient {
            let _ = writeln!(out, "    {line}");
        }
        let _ = writeln!(
            out,
            "  {}",
            verdict_words(&n.verdict, n.admissible_from, true)
        );
        if let Some(due) = n.answer_due_if_sent {
            let line = match n.answer_due_runs_from.as_deref() {
                // Lapsed before the letter leaves: it asks for a month of its own.
                Some(from) if due < evaluated_on => tr!(
                    "check-if-sent-lapsed",
                    date = evaluated_on.to_string(),
                    due = due.to_string(),
                    from = from
                ),
                Some(from) => tr!(
                    "check-if-sent-from",
                    date = evaluated_on.to_string(),
                    due = due.to_string(),
                    from = from
                ),
                None => tr!(
                    "check-if-sent",
                    date = evaluated_on.to_string(),
                    due = due.to_string()
                ),
            };
            let _ = writeln!(out, "  {line}");
        }
    }
}
