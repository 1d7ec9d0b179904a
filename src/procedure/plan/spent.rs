//! The `letter:` block once its letter is sent. The block describes the letter being written
//! (`step`, `date`, `tracking`, and its `recipient`/`recipient_address`); once the history
//! records that letter as sent, those fields no longer apply, so the case's next `render`
//! writes the following level, dated the day it is written. The rule:
//!
//! - the letter's level is `letter.step`; without it, the one after the highest level the
//!   history records before `letter.date`;
//! - the letter is recorded as sent when the history holds a step of that level dated on or
//!   after `letter.date` (any date when the block gives none);
//! - a block with neither `step` nor `date` is spent by a step carrying its `tracking` number;
//! - a step dated after today records nothing sent (it is a mistake, reported as such).
//!
//! `place`, `language` and `signature_image` are the writer's, not the letter's: they stay.
//! To write a sent level's letter again, `--step N` on the command line.

use std::borrow::Cow;

use super::*;
use crate::text::messages::tr;

/// The step that records the `letter:` block's letter as sent, when the history holds one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spent {
    /// Its place in `history` (from 0).
    pub index: usize,
    pub level: u32,
    pub date: NaiveDate,
}

/// Finds the step recording the `letter:` block's letter as sent.
pub fn spent(file: &CaseFile, institution: &Institution, today: NaiveDate) -> Option<Spent> {
    let letter = &file.case.letter;
    let history = &file.case.history;
    let date = letter.date.as_ref().map(|d| d.value.0);
    let level_of_step = |s: &crate::case::Step| level_of(institution, &s.step.value);
    let level = match (&letter.step, date) {
        (Some(step), _) => Some(level_of(institution, &step.value)?),
        (None, Some(date)) => Some(
            history
                .iter()
                .filter(|s| s.date.value.0 < date)
                .filter_map(level_of_step)
                .max()
                .unwrap_or(0)
                + 1,
        ),
        (None, None) => None,
    };
    let tracking = letter
        .tracking
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let found = history.iter().enumerate().find(|(_, s)| {
        s.date.value.0 <= today
            && match level {
                Some(level) => {
                    level_of_step(s) == Some(level) && date.is_none_or(|d| s.date.value.0 >= d)
                }
                None => tracking.is_some_and(|t| s.tracking.as_deref().map(str::trim) == Some(t)),
            }
    })?;
    let (index, step) = found;
    Some(Spent {
        index,
        level: level_of_step(step)?,
        date: step.date.value.0,
    })
}

/// The case as the next letter sees it: the `letter:` block's `step`, `date`, `tracking`,
/// `recipient` and `recipient_address` cleared once their letter is recorded as sent, with the
/// warning that says so.
/// Asked to write the sent level again (`--step`), the block applies to that letter as before.
pub(super) fn settle<'f>(
    file: &'f CaseFile,
    registry: &Registry,
    options: PlanOptions,
) -> (Cow<'f, CaseFile>, Option<String>) {
    let Some(institution) = registry.institution(&file.case.institution.value) else {
        return (Cow::Borrowed(file), None);
    };
    let Some(spent) =
        spent(file, institution, options.today).filter(|s| options.step != Some(s.level))
    else {
        return (Cow::Borrowed(file), None);
    };
    let letter = &file.case.letter;
    let fields: Vec<&str> = [
        ("step", letter.step.is_some()),
        ("date", letter.date.is_some()),
        ("tracking", letter.tracking.is_some()),
        ("recipient", letter.recipient.is_some()),
        ("recipient_address", letter.recipient_address.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, given)| given.then_some(name))
    .collect();
    let mut settled = file.clone();
    let letter = &mut settled.case.letter;
    letter.step = None;
    letter.date = None;
    letter.tracking = None;
    letter.recipient = None;
    letter.recipient_address = None;
    let warning = tr!(
        "letter-block-spent",
        level = spent.level,
        date = spent.date.to_string(),
        index = spent.index,
        fields = fields.join(", letter."),
        count = fields.len()
    );
    (Cow::Owned(settled), Some(warning))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    /// A Cetelem case with this history and `letter:` block.
    fn case(history: &str, letter: &str) -> CaseFile {
        let text = format!(
            "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\nhistory:\n{history}letter:\n{letter}"
        );
        CaseFile::parse(text, Path::new("case.yaml")).unwrap()
    }

    fn spent_of(file: &CaseFile) -> Option<Spent> {
        let registry = Registry::embedded().unwrap();
        let institution = registry.institution("cetelem-fr").unwrap();
        spent(file, institution, today())
    }

    fn planned(file: &CaseFile, step: Option<u32>) -> Plan<'static> {
        let registry: &'static Registry = Box::leak(Box::new(Registry::embedded().unwrap()));
        let options = PlanOptions {
            today: today(),
            step,
            force: true,
            ..PlanOptions::default()
        };
        plan(file, registry, options).unwrap()
    }

    const LEVEL_1: &str = "  - {step: 1, date: 2026-06-02, channel: letter}\n";
    const LEVEL_2: &str =
        "  - {step: 2, date: 2026-07-03, channel: registered, tracking: \"1A 111\"}\n";

    #[test]
    fn a_block_naming_a_level_is_spent_by_a_step_of_that_level_on_or_after_its_date() {
        let letter = "  step: 2\n  date: 2026-07-01\n  tracking: \"1A 111\"\n";
        assert_eq!(spent_of(&case(LEVEL_1, letter)), None);
        let sent = case(&format!("{LEVEL_1}{LEVEL_2}"), letter);
        let expected = Spent {
            index: 1,
            level: 2,
            date: NaiveDate::from_ymd_opt(2026, 7, 3).unwrap(),
        };
        assert_eq!(spent_of(&sent), Some(expected));
        // A step of that level dated before the letter is an earlier one, not this letter.
        let later = "  step: 2\n  date: 2026-07-10\n";
        assert_eq!(spent_of(&case(&format!("{LEVEL_1}{LEVEL_2}"), later)), None);
    }

    #[test]
    fn without_a_level_the_letters_level_follows_the_steps_before_its_date() {
        // Dated 2026-07-01: level 1 came before, so the letter was level 2, sent on 07-03.
        let dated = "  date: 2026-07-01\n";
        let sent = spent_of(&case(&format!("{LEVEL_1}{LEVEL_2}"), dated)).unwrap();
        assert_eq!((sent.index, sent.level), (1, 2));
        assert_eq!(spent_of(&case(LEVEL_1, dated)), None);
        // Neither level nor date: the tracking number alone.
        let tracked = "  tracking: \"1A 111\"\n";
        assert_eq!(
            spent_of(&case(&format!("{LEVEL_1}{LEVEL_2}"), tracked)).map(|s| s.level),
            Some(2)
        );
        assert_eq!(spent_of(&case(LEVEL_1, tracked)), None);
        assert_eq!(spent_of(&case(LEVEL_1, "  place: Lille\n")), None);
    }

    #[test]
    fn a_step_dated_after_today_records_nothing_sent() {
        let future = "  - {step: 2, date: 2026-12-01, channel: registered}\n";
        assert_eq!(
            spent_of(&case(&format!("{LEVEL_1}{future}"), "  step: 2\n")),
            None
        );
    }

    #[test]
    fn once_spent_the_next_letter_climbs_and_prints_no_old_number() {
        let letter = "  step: 2\n  date: 2026-07-03\n  tracking: \"1A 111\"\n  place: Roubaix\n";
        let before = planned(&case(LEVEL_1, letter), None);
        assert_eq!(before.level.level, 2);
        assert_eq!(before.tracking.as_deref(), Some("1A 111"));
        assert_eq!(before.date.to_string(), "2026-07-03");

        let file = case(&format!("{LEVEL_1}{LEVEL_2}"), letter);
        let after = planned(&file, None);
        assert_eq!(after.level.level, 3);
        assert_eq!(after.tracking, None);
        assert_eq!(after.date, today());
        assert_eq!(
            after.assessment.warnings[0],
            "the history records the letter of level 2 as sent on 3 July 2026 (history[1]): letter.step, letter.date, letter.tracking no longer apply; remove them from `letter:`, or write that letter again with --step 2"
        );
        // Written again on purpose, the block applies to that letter as before.
        let again = planned(&file, Some(2));
        assert_eq!(again.tracking.as_deref(), Some("1A 111"));
        assert_eq!(again.date.to_string(), "2026-07-03");
        assert!(
            !again
                .assessment
                .warnings
                .iter()
                .any(|w| w.contains("as sent on"))
        );
    }
}
