//! `recours templates check`: renders the templates for every letter they can serve — every
//! institution, level and alternative recipient of the registry, written by the complainant and
//! by a clinic — and for every example case, and reports all the errors at once, each at its
//! template's line where it can be found.

use std::path::{Path, PathBuf};

use crate::case::CaseFile;
use crate::error::Error;
use crate::registry::{Institution, Level};
use crate::render::template::TemplateSource;
use crate::render::typeset::Typesetter;
use crate::{Engine, PlanOptions, today};

/// What a check found: each distinct error once, with the letters it spoils.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub letters: usize,
    pub errors: Vec<String>,
    /// For each error (same index), the letters it was found in.
    pub found_in: Vec<Vec<String>>,
}

impl CheckReport {
    fn push(&mut self, error: String, letter: &str) {
        match self.errors.iter().position(|e| *e == error) {
            Some(i) => self.found_in[i].push(letter.to_string()),
            None => {
                self.errors.push(error);
                self.found_in.push(vec![letter.to_string()]);
            }
        }
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (error, letters) in self.errors.iter().zip(&self.found_in) {
            out.push_str(error);
            let shown: Vec<&str> = letters
                .iter()
                .filter(|l| !l.is_empty())
                .take(3)
                .map(String::as_str)
                .collect();
            let more = letters.len().saturating_sub(shown.len());
            if !shown.is_empty() {
                out.push_str(&format!("\n  in: {}", shown.join("; ")));
            }
            if more > 0 && !shown.is_empty() {
                out.push_str(&format!(
                    " and {more} other letter{}",
                    if more == 1 { "" } else { "s" }
                ));
            }
            out.push_str("\n\n");
        }
        out.push_str(&format!(
            "{} letter{} rendered, {} error{}\n",
            self.letters,
            if self.letters == 1 { "" } else { "s" },
            self.errors.len(),
            if self.errors.len() == 1 { "" } else { "s" }
        ));
        out
    }
}

/// Checks the engine's templates against the registry and the case files of `cases`.
pub fn check(engine: &Engine, cases: &[PathBuf]) -> CheckReport {
    let mut report = CheckReport::default();
    for name in engine.templates.names() {
        if let Some(problem) = serves_nothing(engine, name) {
            report.push(format!("{}: {problem}", place(engine, name)), "");
        }
    }
    for institution in &engine.registry.institutions {
        for level in &institution.ladder {
            for entry in &level.recipients {
                for clinic in [false, true] {
                    let vouched = engine.registry.resolve(entry).address.is_none();
                    let text = synthetic_case(institution, level, &entry.id, clinic, vouched);
                    let label = format!(
                        "{} level {} ({}), to `{}`{}",
                        institution.id,
                        level.level,
                        level.id,
                        entry.id,
                        if clinic { ", written by a clinic" } else { "" }
                    );
                    match CaseFile::parse(text, Path::new("(generated case)")) {
                        Ok(file) => try_render(engine, &file, &label, &mut report),
                        Err(e) => {
                            report.push(format!("the generated case is refused: {e}"), &label)
                        }
                    }
                }
            }
        }
    }
    for path in cases {
        match CaseFile::load(path) {
            Ok(file) => try_render(engine, &file, &path.display().to_string(), &mut report),
            Err(e) => report.push(e.to_string(), &path.display().to_string()),
        }
    }
    report
}

fn place(engine: &Engine, name: &str) -> String {
    match engine.templates.source() {
        TemplateSource::Folder(dir) => dir.join(name).display().to_string(),
        TemplateSource::Embedded => format!("{name} (built in)"),
    }
}

/// A template named for an institution or a level that does not exist serves no letter.
fn serves_nothing(engine: &Engine, name: &str) -> Option<String> {
    let stem = name.strip_suffix(".typ")?;
    let mut parts = stem.split('.');
    let _kind = parts.next()?;
    let institution = parts.next()?;
    let Some(found) = engine.registry.institution(institution) else {
        return Some(format!(
            "named for the institution `{institution}`, which the registry does not have: it serves no letter"
        ));
    };
    let level = parts.next()?;
    match level.parse::<u32>().ok().and_then(|n| found.level(n)) {
        Some(_) => None,
        None => Some(format!(
            "named for level `{level}` of {institution}, which has no such level: it serves no letter"
        )),
    }
}

fn try_render(engine: &Engine, file: &CaseFile, label: &str, report: &mut CheckReport) {
    let options = PlanOptions {
        step: None,
        date: None,
        today: today(),
        force: true,
        email: false,
    };
    let prepared = match engine.prepare(file, options) {
        Ok(prepared) => prepared,
        Err(e) => {
            report.push(e.to_string(), label);
            return;
        }
    };
    match Typesetter::shared().layout(
        &prepared.markup,
        prepared.identity.date,
        prepared.signature.as_ref(),
    ) {
        Ok(_) => report.letters += 1,
        Err(Error::Typeset(errors)) => {
            let name = engine
                .templates
                .template_for(&prepared.letter)
                .unwrap_or_default();
            let chain = engine.templates.chain(&name);
            for e in errors {
                let at = match engine.templates.origin_of(&chain, &e.source_line) {
                    Some((template, line)) => format!("{}:{line}", place(engine, &template)),
                    None => format!(
                        "{} (generated markup line {})",
                        place(engine, &name),
                        e.line
                    ),
                };
                report.push(
                    format!("{at}: {}\n  markup: {}", e.message, e.source_line.trim()),
                    label,
                );
            }
        }
        Err(e) => report.push(e.to_string(), label),
    }
}

/// A case that reaches `level` of `institution` through every level below it, answered, with
/// every reference and the chosen recipient; an address the registry lacks is vouched for.
fn synthetic_case(
    institution: &Institution,
    level: &Level,
    recipient: &str,
    clinic: bool,
    vouched: bool,
) -> String {
    let mut history = String::new();
    for below in institution.ladder.iter().filter(|l| l.level < level.level) {
        let month = below.level.min(9);
        history.push_str(&format!(
            "  - {{step: {}, date: 2026-0{month}-02, channel: letter, reference: R-{}, answer: {{date: 2026-0{month}-20, summary: refus}}}}\n",
            below.level, below.level
        ));
    }
    let representative = if clinic {
        "representative:\n  name: Clinique juridique (exemple)\n  address: [1 place de l'Essai, 59000 Lille]\n  mandate_date: 2026-01-05\n  reference: CJ-1\n"
    } else {
        ""
    };
    let file_number = if institution.file_number_digits.is_some() {
        "401234567890"
    } else {
        "F-1234"
    };
    let history = if history.is_empty() {
        String::new()
    } else {
        format!("history:\n{history}")
    };
    let address = if vouched {
        "  recipient_address: [Destinataire d'essai, 1 rue de l'Essai, 75001 Paris]\n"
    } else {
        ""
    };
    format!(
        "complainant:\n  civility: Madame\n  name: Camille Essai\n  address: [1 rue de l'Essai, 59000 Lille]\n  email: camille@example.org\n{representative}\
         institution: {}\nproduct: produit d'essai\n\
         references:\n  file_number: '{file_number}'\n  contract_number: C-1\n  member_number: A-1\n  card_number: '4111111111111111'\n  national_register: '93051822361'\n\
         dispute:\n  subject: Objet d'essai\n  facts: |\n    Premier paragraphe.\n\n    Second paragraphe.\n  demands: [une demande, une autre]\n  amount: 12.5\n\
         {history}attachments: [Une pièce]\n\
         letter:\n  step: {}\n  date: 2026-11-20\n  recipient: {recipient}\n  tracking: 1A 000\n{address}",
        institution.id, level.level
    )
}
