//! `recours render`: one case's letter, written beside the case (or where `-o` says).

use std::fmt::Write as _;

use crate::case::CaseFile;
use crate::error::Error;
use crate::procedure::plan::PlanOptions;
use crate::render::output::{Written, default_output, write_atomically};
use crate::{Verdict, today};

use super::{Globals, RenderArgs, Report};

pub fn command(globals: &Globals, args: RenderArgs) -> Result<Report, Error> {
    let RenderArgs {
        case,
        output,
        step,
        date,
        force,
        emit_typst,
        pdf_standard,
    } = args;
    let engine = globals.engine()?.with_standard(pdf_standard);
    let file = CaseFile::load(&case)?;
    let options = PlanOptions {
        step,
        date,
        today: today(),
        force,
    };
    let rendered = engine.render(&file, options)?;
    let mut warnings = rendered.assessment.warnings.clone();
    match &rendered.assessment.verdict {
        Verdict::Admissible => {}
        Verdict::NotYet { from, because } => warnings.push(format!(
            "level {} is not admissible before {from} ({because}); written anyway (--force)",
            rendered.letter.level
        )),
        Verdict::NotAdmissible { rule } => warnings.push(format!(
            "level {} is not admissible ({rule}); written anyway (--force)",
            rendered.letter.level
        )),
    }
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
