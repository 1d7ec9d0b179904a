//! The answers of the interview written into the case file `init` writes: every « À
//! COMPLÉTER » the person answered gets its value, what they left out goes, the comments stay,
//! and the steps already taken are appended to `history` by the same lossless editor as
//! `recours sent` and `recours answered`. Every value is a YAML double-quoted string or a date:
//! what a person types is data, never YAML.

use crate::case::PLACEHOLDER;
use crate::case::edit::{self, NewAnswer, NewStep, quoted};
use crate::registry::ReferenceKind;

/// The clinic or association acting for the complainant.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: String,
    pub address: Vec<String>,
    /// YYYY-MM-DD.
    pub mandate_date: String,
    pub reference: Option<String>,
    pub email: Option<String>,
    /// Who signs for the clinic, and their function.
    pub signatory: Option<(String, Option<String>)>,
}

/// A step already taken, as the interview asked it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taken {
    pub level: u32,
    /// YYYY-MM-DD.
    pub date: String,
    /// The channel's key in a case file: `letter`, `registered`, `email`…
    pub channel: String,
    pub tracking: Option<String>,
    /// The answer's date (YYYY-MM-DD) and what it said.
    pub answer: Option<(String, Option<String>)>,
}

/// Everything the interview asked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub civility: Option<String>,
    pub name: String,
    pub address: Vec<String>,
    pub business: bool,
    pub email: Option<String>,
    pub clinic: Option<Clinic>,
    pub product: String,
    pub references: Vec<(ReferenceKind, String)>,
    pub subject: String,
    /// Paragraphs.
    pub facts: Vec<String>,
    pub demands: Vec<String>,
    /// As typed and checked: `45.00`.
    pub amount: Option<String>,
    pub history: Vec<Taken>,
    /// The recipient's address, where the registry knows none for the first letter.
    pub recipient_address: Vec<String>,
    /// The letter's language where it is not French (`nl`, `de`: Belgian institutions).
    pub letter_language: Option<String>,
}

/// The key before the colon of a YAML line, and the text after it.
fn key_of(line: &str) -> Option<(&str, &str)> {
    let trimmed = line.trim_start().trim_start_matches("- ");
    let (key, rest) = trimmed.split_once(':')?;
    key.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_')
        .then_some((key, rest))
}

/// The comment at the end of a template line (`   # …`), to keep it.
fn comment_of(line: &str) -> &str {
    line.find("  #").map_or("", |at| &line[at..])
}

fn list(indent: &str, items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| format!("{indent}- {}", quoted(item)))
        .collect()
}

/// The case file: the template `init` writes for the institution, filled with the answers.
pub fn case_text(template: &str, answers: &Answers) -> Result<String, edit::EditError> {
    let mut out: Vec<String> = Vec::new();
    let mut section = "";
    let mut lines = template.lines().peekable();
    while let Some(line) = lines.next() {
        if !line.starts_with([' ', '#']) {
            section = key_of(line).map_or("", |(k, _)| k);
        }
        let placeholder = line.contains(PLACEHOLDER);
        // The civility, commented out by `init` (it guesses none), is given by the answer.
        let key = match line.trim_start().strip_prefix("# civility:") {
            Some(rest) if section == "complainant" => Some(("civility", rest)),
            _ => key_of(line),
        };
        match (section, key) {
            ("complainant", Some(("civility", _))) => {
                if let Some(civility) = &answers.civility {
                    out.push(format!("  civility: {civility}"));
                }
            }
            ("complainant", Some(("name", _))) => {
                out.push(format!("  name: {}", quoted(&answers.name)));
            }
            ("complainant", Some(("type", _))) if answers.business => {
                out.push(format!("  type: business{}", pad_comment(line)));
            }
            ("complainant", _) if line.starts_with("  # email:") => match &answers.email {
                Some(email) => out.push(format!("  email: {}", quoted(email))),
                None => out.push(line.to_string()),
            },
            ("complainant", _) if line.starts_with("# representative:") => {
                representative(&mut out, answers.clinic.as_ref(), line, &mut lines);
            }
            ("complainant", _) if placeholder && line.trim_start().starts_with("- ") => {
                // The two address lines to fill: the complainant's lines instead.
                if lines.peek().is_some_and(|l| l.contains(PLACEHOLDER)) {
                    lines.next();
                }
                out.extend(list("    ", &answers.address));
            }
            ("product", _) => out.push(format!("product: {}", quoted(&answers.product))),
            ("references", Some((key, _))) if placeholder => {
                let given = answers.references.iter().find(|(k, _)| k.key() == key);
                if let Some((_, value)) = given {
                    out.push(format!("  {key}: {}{}", quoted(value), pad_comment(line)));
                }
            }
            ("dispute", Some(("subject", _))) => {
                out.push(format!(
                    "  subject: {}{}",
                    quoted(&answers.subject),
                    pad_comment(line)
                ));
            }
            ("dispute", Some(("facts", _))) => {
                out.push(line.to_string());
                lines.next(); // the placeholder paragraph
                facts_block(&mut out, &answers.facts);
            }
            ("dispute", Some(("demands", _))) => {
                out.push(line.to_string());
                lines.next(); // the placeholder demand
                out.extend(list("    ", &answers.demands));
            }
            ("dispute", _) if line.starts_with("  # amount:") => match &answers.amount {
                Some(amount) => out.push(format!("  amount: {amount}")),
                None => out.push(line.to_string()),
            },
            ("history", Some(("step", _))) if !line.trim_start().starts_with('#') => {
                // The placeholder call to fill (`- step: 1`, its date, its channel): the steps
                // the person gave are appended below instead.
                while lines.peek().is_some_and(|l| l.starts_with("    ")) {
                    lines.next();
                }
            }
            ("letter", Some(("letter", _))) => {
                out.push(line.to_string());
                if let Some(language) = &answers.letter_language {
                    out.push(format!("  language: {language}"));
                }
            }
            // The recipient's address, commented out where the first level also takes e-mail:
            // written with the interview's answers (the commented example dropped).
            ("letter", _) if line.trim_start().starts_with("# recipient_address:") => {
                commented_address(&mut out, line, &mut lines, &answers.recipient_address);
            }
            ("letter", _) if placeholder && line.trim_start().starts_with("- ") => {
                if out.last().is_some_and(|l| l.contains("recipient_address")) {
                    out.extend(list("    ", &answers.recipient_address));
                }
            }
            _ => out.push(line.to_string()),
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    with_history(text, &answers.history)
}

/// The steps already taken, appended to `history` as `recours sent` appends one.
fn with_history(mut text: String, history: &[Taken]) -> Result<String, edit::EditError> {
    for (index, step) in history.iter().enumerate() {
        text = edit::append_step(
            &text,
            &NewStep {
                step: step.level,
                date: step.date.clone(),
                channel: step.channel.clone(),
                tracking: step.tracking.as_deref().map(quoted),
                ..NewStep::default()
            },
        )?;
        if let Some((date, summary)) = &step.answer {
            text = edit::record_answer(
                &text,
                index,
                &NewAnswer {
                    date: date.clone(),
                    reference: None,
                    summary: summary.as_deref().map(quoted),
                },
            )?;
        }
    }
    Ok(text)
}

/// The template line's comment, set apart by a few spaces.
fn pad_comment(line: &str) -> String {
    match comment_of(line) {
        "" => String::new(),
        comment => format!(" {}", comment.trim_start()),
    }
}

/// The facts as a literal block: each paragraph's lines indented, a blank line between.
fn facts_block(out: &mut Vec<String>, paragraphs: &[String]) {
    for (i, paragraph) in paragraphs.iter().enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        for line in paragraph.lines() {
            out.push(format!("    {}", line.trim_end()));
        }
    }
}

/// The recipient's address `init` leaves commented out (the first level also takes e-mail):
/// left as it is, or written with the interview's answers, the commented lines dropped.
fn commented_address<'t>(
    out: &mut Vec<String>,
    first: &str,
    lines: &mut std::iter::Peekable<impl Iterator<Item = &'t str>>,
    address: &[String],
) {
    if address.is_empty() {
        out.push(first.to_string());
        return;
    }
    out.push("  recipient_address:".to_string());
    out.extend(list("    ", address));
    while lines
        .peek()
        .is_some_and(|l| l.trim_start().starts_with("#   - "))
    {
        lines.next();
    }
}

/// The commented `representative:` block: left as it is, or replaced by the clinic's.
fn representative<'t>(
    out: &mut Vec<String>,
    clinic: Option<&Clinic>,
    first: &str,
    lines: &mut std::iter::Peekable<impl Iterator<Item = &'t str>>,
) {
    let Some(clinic) = clinic else {
        out.push(first.to_string());
        return;
    };
    while lines.peek().is_some_and(|l| l.starts_with("#   ")) {
        lines.next();
    }
    out.push(format!(
        "representative: {}",
        comment_of(first).trim_start()
    ));
    out.push(format!("  name: {}", quoted(&clinic.name)));
    out.push("  address:".to_string());
    out.extend(list("    ", &clinic.address));
    out.push(format!("  mandate_date: {}", clinic.mandate_date));
    if let Some(reference) = &clinic.reference {
        out.push(format!("  reference: {}", quoted(reference)));
    }
    if let Some(email) = &clinic.email {
        out.push(format!("  email: {}", quoted(email)));
    }
    if let Some((name, role)) = &clinic.signatory {
        out.push("  signatory:".to_string());
        out.push(format!("    name: {}", quoted(name)));
        if let Some(role) = role {
            out.push(format!("    role: {}", quoted(role)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    fn template(id: &str) -> String {
        let registry = Registry::embedded().unwrap();
        crate::cli::init::case_template(&registry, registry.institution(id).unwrap())
    }

    /// The institution's template filled with the answers: no value is left to fill in, and
    /// the file reads back as YAML.
    fn filled(id: &str, answers: &Answers) -> (String, serde_json::Value) {
        let text = case_text(&template(id), answers).unwrap();
        assert!(
            !text
                .lines()
                .any(|l| l.contains(PLACEHOLDER) && !l.starts_with('#')),
            "{text}"
        );
        let case = serde_saphyr::from_str(&text).unwrap();
        (text, case)
    }

    fn answers() -> Answers {
        Answers {
            civility: Some("Madame".into()),
            name: "Léa \"Lou\" Martin: # pas un commentaire".into(),
            address: vec!["12 rue des Lilas".into(), "59000 Lille".into()],
            product: "Carte Gold".into(),
            references: vec![(ReferenceKind::CardNumber, "3782 822463 10005".into())],
            subject: "Frais contestés".into(),
            facts: vec![
                "Le 2 mai, un débit.\nSans accord.".into(),
                "Deux appels.".into(),
            ],
            demands: vec!["Rembourser 45 €".into(), "{{ x }} #[y]".into()],
            amount: Some("45.00".into()),
            history: vec![Taken {
                level: 1,
                date: "2026-05-12".into(),
                channel: "phone".into(),
                tracking: None,
                answer: Some(("2026-05-20".into(), Some("refus".into()))),
            }],
            ..Answers::default()
        }
    }

    #[test]
    fn the_answers_fill_the_template_and_read_back_as_given() {
        let (text, case) = filled("amex-fr", &answers());
        assert_eq!(
            case["complainant"]["name"],
            "Léa \"Lou\" Martin: # pas un commentaire"
        );
        assert_eq!(case["complainant"]["address"][1], "59000 Lille");
        assert_eq!(case["references"]["card_number"], "3782 822463 10005");
        assert!(case["references"].get("member_number").is_none());
        assert_eq!(
            case["dispute"]["facts"],
            "Le 2 mai, un débit.\nSans accord.\n\nDeux appels.\n"
        );
        assert_eq!(case["dispute"]["demands"][1], "{{ x }} #[y]");
        assert_eq!(case["dispute"]["amount"], 45.0);
        assert_eq!(case["history"][0]["channel"], "phone");
        assert_eq!(case["history"][0]["answer"]["summary"], "refus");
        assert_eq!(case["history"].as_array().unwrap().len(), 1);
        // The comments stay.
        assert!(text.contains("# Dossier de réclamation — American Express Carte France"));
    }

    #[test]
    fn a_clinic_replaces_the_commented_block_and_a_missing_address_is_asked() {
        let mut answers = answers();
        answers.clinic = Some(Clinic {
            name: "Clinique du droit".into(),
            address: vec!["1 place X".into(), "59000 Lille".into()],
            mandate_date: "2026-01-31".into(),
            reference: Some("CJ-1".into()),
            email: None,
            signatory: Some(("Sophie Martin".into(), Some("juriste".into()))),
        });
        answers.recipient_address = vec!["Cabinet".into(), "2 rue Y".into(), "75001 Paris".into()];
        answers.history.clear();
        let (_, case) = filled("madame-courtage", &answers);
        assert_eq!(case["representative"]["mandate_date"], "2026-01-31");
        assert_eq!(case["representative"]["reference"], "CJ-1");
        assert_eq!(case["representative"]["signatory"]["name"], "Sophie Martin");
        assert_eq!(case["representative"]["signatory"]["role"], "juriste");
        assert_eq!(case["letter"]["recipient_address"][2], "75001 Paris");
    }
}
