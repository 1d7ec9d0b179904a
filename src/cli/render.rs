//! `recours render`: one case's letter, written beside the case (or where `-o` says).

use std::fmt::Write as _;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::plan::PlanOptions;
use crate::render::output::{Written, default_output, write_atomically};
use crate::render::text::{self, Style};
use crate::{Verdict, today};

use super::{Globals, RenderArgs, Report};

/// The assessment's warnings, and the verdict's when the letter is written all the same.
fn verdict_warnings(assessment: &crate::Assessment, level: u32) -> Vec<String> {
    let mut warnings = assessment.warnings.clone();
    match &assessment.verdict {
        Verdict::Admissible => {}
        Verdict::NotYet { from, because } => warnings.push(format!(
            "level {level} is not admissible before {from} ({because}); written anyway (--force)"
        )),
        Verdict::NotAdmissible { rule } => warnings.push(format!(
            "level {level} is not admissible ({rule}); written anyway (--force)"
        )),
    }
    warnings
}

/// What `render` makes of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LetterFormat {
    Pdf,
    Text,
    Md,
    Json,
}

/// The version of `render --format json`, raised when a field changes meaning or goes.
pub const LETTER_JSON_VERSION: u32 = 1;

pub fn command(globals: &Globals, args: RenderArgs) -> Result<Report, Error> {
    let RenderArgs {
        case,
        output,
        step,
        date,
        force,
        emit_typst,
        pdf_standard,
        format,
    } = args;
    let engine = globals.engine()?.with_standard(pdf_standard);
    let file = CaseFile::load(&case)?;
    let options = PlanOptions {
        step,
        date,
        today: today(),
        force,
        email: false,
    };
    if format != LetterFormat::Pdf {
        let (plan, letter) = engine.decide(&file, options)?;
        let stdout = match format {
            LetterFormat::Text => text::form(&letter, Style::Plain),
            LetterFormat::Md => text::form(&letter, Style::Markdown),
            _ => {
                let value = serde_json::json!({ "version": LETTER_JSON_VERSION, "letter": letter });
                let mut out = serde_json::to_string_pretty(&value).expect("a letter serialises");
                out.push('\n');
                out
            }
        };
        return Ok(Report {
            stdout,
            warnings: verdict_warnings(&plan.assessment, letter.level),
            failed: false,
        });
    }
    let rendered = engine.render(&file, options)?;
    let mut warnings = verdict_warnings(&rendered.assessment, rendered.letter.level);
    if let Some(path) = emit_typst {
        std::fs::write(&path, &rendered.markup).map_err(|source| Error::Write { path, source })?;
    }
    let level = rendered.letter.level;
    let path = match output {
        // An existing folder, or one named as a folder (`-o lettres/`), created then.
        Some(folder) if folder.is_dir() || ends_with_separator(&folder) => {
            crate::render::output::create_folder(&folder)?;
            folder.join(default_output(&case, level).file_name().unwrap_or_default())
        }
        Some(file) => file,
        None => default_output(&case, level),
    };
    if let Some(sent) = rendered.sent_on
        && std::fs::read(&path).is_ok_and(|existing| existing != rendered.pdf.bytes)
    {
        return Err(Error::SentLetter {
            suggestion: crate::render::output::dated_name(&path, rendered.date),
            path,
            level,
            sent,
        });
    }
    let written = write_atomically(&path, &rendered.pdf.bytes, force)?;
    if written == Written::Replaced {
        warnings.push(format!(
            "{} held another letter; replaced (--force)",
            path.display()
        ));
    }
    let verb = match written {
        Written::Created => "wrote",
        Written::Replaced => "replaced",
        Written::Unchanged => "unchanged (the same letter is already there)",
    };
    let letter = &rendered.letter;
    let pages = rendered.pdf.pages;
    let mut stdout = format!(
        "{verb}: {}\n  {} level {} ({}), to {}; {pages} page{}\n  envelope{}:\n",
        path.display(),
        letter.institution,
        letter.level,
        letter.kind,
        letter.recipient_name,
        if pages > 1 { "s" } else { "" },
        if rendered.address_from_case {
            " (the address the case gives in letter.recipient_address)"
        } else {
            ""
        }
    );
    for line in &letter.recipient {
        let _ = writeln!(stdout, "    {line}");
    }
    Ok(Report {
        stdout,
        warnings,
        failed: false,
    })
}

/// Whether a path is written as a folder: `lettres/`.
fn ends_with_separator(path: &std::path::Path) -> bool {
    let text = path.as_os_str().to_string_lossy();
    text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR)
}
