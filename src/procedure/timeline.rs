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

fn channel(c: ChannelKind) -> &'static str {
    match c {
        ChannelKind::Phone => "phone",
        ChannelKind::Email => "e-mail",
        ChannelKind::Letter => "letter",
        ChannelKind::Registered => "registered letter",
        ChannelKind::Portal => "online form",
        ChannelKind::Chat => "chat",
        ChannelKind::InPerson => "in person",
    }
}

fn kind(k: LevelKind) -> &'static str {
    k.template_name()
}

impl Timeline {
    /// The case's verdict in a line or two, for `check` of many cases: the next level, whether
    /// it may be climbed and from when, and how many warnings there are.
    pub fn verdict_line(&self) -> String {
        let n = &self.next;
        let verdict = match &n.verdict {
            Verdict::Admissible => match n.admissible_from {
                Some(from) => format!("admissible since {from}"),
                None => "admissible".to_string(),
            },
            Verdict::NotYet { from, .. } => format!("not yet: admissible from {from}"),
            Verdict::NotAdmissible { rule } => format!("not admissible: {rule}"),
        };
        let mut out = format!(
            "{}: valid — next: level {} {} ({}), {verdict}\n",
            self.case,
            n.level,
            n.level_id,
            kind(n.kind)
        );
        if !self.warnings.is_empty() {
            let (s, them) = if self.warnings.len() == 1 {
                ("", "it")
            } else {
                ("s", "them")
            };
            out.push_str(&format!(
                "  {} warning{s} (`recours check {}` shows {them})\n",
                self.warnings.len(),
                self.case
            ));
        }
        out
    }

    /// The timeline as text for a person.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}: valid — {} ({}, {:?})",
            self.case, self.institution, self.institution_name, self.country
        );
        let _ = writeln!(out, "evaluated on {}", self.evaluated_on);
        let _ = writeln!(out, "\nsteps taken:");
        if self.steps.is_empty() {
            let _ = writeln!(out, "  none");
        }
        for s in &self.steps {
            s.write_text(&mut out);
        }
        self.next.write_text(&mut out, self.evaluated_on);
        if !self.warnings.is_empty() {
            let _ = writeln!(out, "\nwarnings:");
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
            "  {}  level {} {} ({}), {}",
            s.date,
            s.level,
            s.level_id,
            kind(s.kind),
            channel(s.channel)
        );
        if let Some(t) = &s.tracking {
            head.push_str(&format!(" n° {t}"));
        }
        if let Some(r) = &s.reference {
            head.push_str(&format!(", ref. {r}"));
        }
        if let Some(r) = s.received {
            head.push_str(&format!(", received {r}"));
        }
        let _ = writeln!(out, "{head}");
        let pad = "              ";
        if let Some(a) = &s.answer {
            let mut line = format!("{pad}answered {}", a.date);
            if let Some(r) = &a.reference {
                line.push_str(&format!(", ref. {r}"));
            }
            if let Some(summary) = &a.summary {
                line.push_str(&format!(": {summary}"));
            }
            let _ = writeln!(out, "{line}");
        }
        if let Some(e) = s.extended {
            let _ = writeln!(
                out,
                "{pad}holding letter of {e}: the longer deadline applies"
            );
        }
        let deadline = match (s.answer_due, &s.deadline, &s.deadline_runs_from) {
            (Some(due), Some(d), Some(from)) => {
                format!("answer due by {due} ({d} from {from})")
            }
            (Some(due), Some(d), None) => format!("answer due by {due} ({d})"),
            _ => "no answer deadline known".to_string(),
        };
        let status = match s.status {
            StepStatus::Answered => "answered",
            StepStatus::AnsweredLate => "answered after the deadline",
            StepStatus::Waiting => "no answer yet, the deadline runs",
            StepStatus::Lapsed => "no answer, the deadline lapsed",
            StepStatus::Unanswered => "no answer",
        };
        let _ = writeln!(out, "{pad}{deadline}: {status}");
    }
}

impl NextReport {
    /// The next level's lines in `check`'s timeline.
    fn write_text(&self, out: &mut String, evaluated_on: NaiveDate) {
        let n = self;
        let _ = writeln!(
            out,
            "\nnext: level {} {} ({})",
            n.level,
            n.level_id,
            kind(n.kind)
        );
        let _ = writeln!(
            out,
            "  to, as the envelope will show it{}:",
            if n.address_from_case {
                " (the address the case gives in letter.recipient_address)"
            } else {
                ""
            }
        );
        for line in &n.recipient {
            let _ = writeln!(out, "    {line}");
        }
        let verdict = match &n.verdict {
            Verdict::Admissible => match n.admissible_from {
                Some(from) => format!("admissible since {from}"),
                None => "admissible".to_string(),
            },
            Verdict::NotYet { from, because } => {
                format!("not yet: admissible from {from}, because {because}")
            }
            Verdict::NotAdmissible { rule } => format!("not admissible: {rule}"),
        };
        let _ = writeln!(out, "  {verdict}");
        if let Some(due) = n.answer_due_if_sent {
            let from = n
                .answer_due_runs_from
                .as_deref()
                .map(|f| format!(" (counted from {f})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  sent on {}, it must be answered by {due}{from}",
                evaluated_on
            );
        }
    }
}
