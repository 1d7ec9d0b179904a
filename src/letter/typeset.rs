//! The typography of a letter's every text, in its language.

use super::*;

/// Every text of a letter with the typography of its language, a card number pasted into any
/// text (the facts, a step's reference) masked — `procedure::plan` warns where the case holds
/// one — and the enclosures grouped to keep together on paper.
pub(super) fn set_in_type(letter: Letter, language: Language) -> Letter {
    let typeset = |s: &str| {
        let s = mask_card_numbers_unbreakable(s);
        // A dash never ends a line: « Réclamation – Frais … » breaks before it, not after.
        let s = if s.contains("– ") {
            s.replace("– ", "–\u{a0}")
        } else {
            s
        };
        if language == Language::French {
            typography(&s)
        } else {
            // « nr. 123 »: the number stays with its sign, as « n° » does in French.
            let sign = language.number_sign();
            let bare = format!("{} ", sign.trim_end_matches('\u{a0}'));
            let s = s.replace("n° ", sign).replace(&bare, sign);
            // Dutch amounts one way throughout, the sign first, as the letter's own.
            let s = match language {
                Language::Dutch => crate::text::dutch::euro_first(&s),
                _ => s,
            };
            french::common_typography(&s)
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
            basis: t(letter.labels.basis),
            attachments: t(letter.labels.attachments),
            draft: t(letter.labels.draft),
            form: letter.labels.form,
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
        basis: tv(letter.basis),
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
