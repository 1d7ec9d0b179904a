//! `recours render`: one case's letter, written beside the case (or where `-o` says).

use crate::text::messages::tr;
use std::fmt::Write as _;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::plan::PlanOptions;
use crate::render::output::{Written, default_output, write_atomically};
use crate::render::text::{self, Style};
use crate::{Verdict, today};

use super::{Globals, RenderArgs, Report};

/// `--format text|md|json`: the letter printed, nothing written.
fn print_letter(
    engine: &crate::Engine,
    file: &CaseFile,
    options: PlanOptions,
    format: LetterFormat,
) -> Result<Report, Error> {
    let (plan, letter) = engine.decide(file, options)?;
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
    Ok(Report {
        stdout,
        warnings: verdict_warnings(&plan.assessment, letter.level),
        failed: false,
    })
}

/// The assessment's warnings, and the verdict's when the letter is written all the same.
pub(crate) fn verdict_warnings(assessment: &crate::Assessment, level: u32) -> Vec<String> {
    let mut warnings = assessment.warnings.clone();
    match &assessment.verdict {
        Verdict::Admissible => {}
        Verdict::NotYet { from, because } => warnings.push(tr!(
            "render-forced-not-yet",
            level = level,
            from = from.to_string(),
            because = because.as_str()
        )),
        Verdict::NotAdmissible { rule } => warnings.push(tr!(
            "render-forced-not-admissible",
            level = level,
            rule = rule.as_str()
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
        email,
    } = args;
    let engine = globals.engine()?.with_standard(pdf_standard);
    let file = CaseFile::load(&case)?;
    let options = PlanOptions {
        step,
        date,
        today: today(),
        force,
        email,
    };
    if format != LetterFormat::Pdf {
        return print_letter(&engine, &file, options, format);
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
        warnings.push(tr!(
            "render-replaced-warning",
            path = path.display().to_string()
        ));
    }
    let path_text = path.display().to_string();
    let verb = match written {
        Written::Created => tr!("render-wrote", path = path_text),
        Written::Replaced => tr!("render-replaced", path = path_text),
        Written::Unchanged => tr!("render-unchanged", path = path_text),
    };
    let letter = &rendered.letter;
    let summary = tr!(
        "render-summary",
        institution = letter.institution_name.as_str(),
        level = letter.level,
        kind = crate::procedure::timeline::kind_words(letter.kind),
        recipient = letter.recipient_name.as_str(),
        pages = rendered.pdf.pages
    );
    let envelope = if !rendered.delivery.postal {
        tr!("render-by-email")
    } else if rendered.address_from_case {
        tr!("render-envelope-from-case")
    } else {
        tr!("render-envelope")
    };
    let mut stdout = format!("{verb}\n  {summary}\n  {envelope}\n");
    for line in &letter.recipient {
        let _ = writeln!(stdout, "    {line}");
    }
    // A letter with no postal address goes by e-mail: its draft is written as if asked.
    let draft = match email || !rendered.delivery.postal {
        true => Some(write_draft(&file, &rendered, &path, force)?),
        false => None,
    };
    let again = again(&case, &options);
    stdout.push_str(&routes(&rendered.delivery, &again, draft.as_deref()));
    Ok(Report {
        stdout,
        warnings,
        failed: false,
    })
}

/// Writes the e-mail draft beside the PDF (`.eml`), replaced only as the PDF is; returns its
/// path.
fn write_draft(
    file: &CaseFile,
    rendered: &crate::Rendered,
    pdf: &std::path::Path,
    force: bool,
) -> Result<std::path::PathBuf, Error> {
    let pdf_name = pdf.file_name().unwrap_or_default().to_string_lossy();
    let bytes = crate::render::email::of_rendered(file, rendered, &pdf_name)
        .expect("a letter planned --email has its recipient's e-mail address");
    let path = pdf.with_extension("eml");
    write_atomically(&path, &bytes, force)?;
    Ok(path)
}

/// How the letter travels, for the person: the way to use first, then the others.
fn routes(
    delivery: &crate::procedure::delivery::Delivery,
    case: &str,
    draft: Option<&std::path::Path>,
) -> String {
    use crate::procedure::delivery::Route;
    let mut out = String::new();
    for (i, route) in delivery.routes.iter().enumerate() {
        let how = match route {
            Route::Registered => tr!("route-registered"),
            Route::Post => tr!("route-post"),
            Route::Email { address } => match draft {
                Some(draft) => tr!(
                    "route-email-draft",
                    draft = draft.display().to_string(),
                    address = address.as_str()
                ),
                None => tr!("route-email", address = address.as_str(), case = case),
            },
            Route::Form { address, detail } => tr!(
                "route-form",
                place = match (address, detail) {
                    (Some(a), _) => tr!("route-form-at", address = a.as_str()),
                    (None, Some(d)) => format!(" ({d})"),
                    (None, None) => String::new(),
                },
                case = case
            ),
        };
        let line = if i == 0 {
            tr!("route-send", how = how)
        } else {
            tr!("route-or", how = how)
        };
        let _ = writeln!(out, "  {line}");
    }
    out
}

/// The case and the options this `render` was given, for a hint to run it again.
fn again(case: &std::path::Path, options: &PlanOptions) -> String {
    let mut again = case.display().to_string();
    if let Some(step) = options.step {
        again.push_str(&format!(" --step {step}"));
    }
    if let Some(date) = options.date {
        again.push_str(&format!(" --date {date}"));
    }
    if options.force {
        again.push_str(" --force");
    }
    again
}

/// Whether a path is written as a folder: `lettres/`.
fn ends_with_separator(path: &std::path::Path) -> bool {
    let text = path.as_os_str().to_string_lossy();
    text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR)
}
