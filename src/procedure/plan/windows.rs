//! The periods the law gives a case that close on a known day, for the agenda to announce
//! before they do: the year to refer a dispute to the mediator after the written complaint
//! (Code de la consommation L612-2 4°, where the mediator's source makes it a rule), and the 13
//! months to contest an unauthorised card payment (Code monétaire et financier L133-24).

use serde::Serialize;

use super::*;
use crate::procedure::admissibility::is_written;
use crate::procedure::calendar::add_months;

/// Which period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WindowKind {
    /// One year from a written complaint to refer the dispute to the mediator.
    Mediation,
    /// Thirteen months from the debit to contest an unauthorised card payment.
    CardPayment,
}

/// A period and its last day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Window {
    pub kind: WindowKind,
    /// The day it runs from: the written complaint, the debit.
    pub from: NaiveDate,
    /// Its last day: after it, the mediator may refuse (or refuses), the bank may refuse.
    pub closes: NaiveDate,
    /// The level it concerns (the mediator's), when it concerns one.
    pub level: Option<u32>,
}

/// The case's windows. The mediator's year is counted from the first written complaint and,
/// where a later one exists, from the last as well: which one it runs from is not settled
/// (see [`crate::procedure::admissibility`]), so both closing days are given.
pub(super) fn windows(
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    history: &[TakenStep],
) -> Vec<Window> {
    let mut out = Vec::new();
    // The ladder's first mediation level the history has not reached.
    let mediation = institution
        .ladder
        .iter()
        .find(|l| l.kind == LevelKind::Mediation && !history.iter().any(|s| s.level >= l.level));
    if let Some(level) = mediation {
        let recipient = default_recipient(registry, level, Profile::of(file));
        let yearly = registry
            .conditions_of(&recipient)
            .is_some_and(|c| c.within_one_year.is_some());
        let written: Vec<NaiveDate> = history
            .iter()
            .filter(|s| {
                s.level < level.level
                    && matches!(s.kind, LevelKind::Complaint | LevelKind::Escalation)
                    && is_written(s.channel)
            })
            .map(|s| s.date)
            .collect();
        if let (true, Some(first), Some(last)) = (yearly, written.first(), written.last()) {
            let mut from = vec![*first];
            if last != first {
                from.push(*last);
            }
            out.extend(from.into_iter().map(|from| Window {
                kind: WindowKind::Mediation,
                from,
                closes: add_months(from, 12),
                level: Some(level.level),
            }));
        }
    }
    if let (Some(payment), Country::FR) = (&file.case.dispute.payment_date, institution.country) {
        let from = payment.value.0;
        out.push(Window {
            kind: WindowKind::CardPayment,
            from,
            closes: add_months(from, 13),
            level: None,
        });
    }
    out
}
