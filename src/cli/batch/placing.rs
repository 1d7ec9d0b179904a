//! Where a batch puts a case's letter: its place, or beside an earlier version kept as
//! evidence.

use std::path::{Path, PathBuf};

use super::{BatchOptions, State, Status, slash};
use crate::error::Error;
use crate::render::output::{Staged, stage};
use crate::text::digest::sha256_hex;
use crate::text::messages::tr;

/// Where a case's letter goes, and what became of it. A letter a batch wrote here is never
/// replaced, whatever became of its case: it may have been posted (a case's history is often
/// brought up to date after the post). A new version is written beside it under the letter's
/// date (`…-niveau-2-2026-11-30.pdf`, then `…-2026-11-30-2.pdf`). A file no batch wrote is
/// kept unless `--force`. The letter is staged beside its place, to be committed.
pub(super) fn place_letter(
    options: &BatchOptions,
    previous: &State,
    default_relative: &Path,
    rendered: &crate::Rendered,
) -> Result<(PathBuf, Status, String, Option<Staged>), String> {
    let bytes = &rendered.pdf.bytes;
    let ours = |key: &str, existing: &[u8]| {
        let sha = sha256_hex(existing);
        previous.letters.get(key).is_some_and(|w| w.sha256 == sha)
            || previous
                .cases
                .values()
                .any(|r| r.output == key && r.sha256 == sha)
    };
    let mut kept: Option<PathBuf> = None;
    for n in 0..1000 {
        let candidate = match n {
            0 => default_relative.to_owned(),
            n => crate::render::output::numbered_name(default_relative, rendered.date, n),
        };
        let target = options.output.join(&candidate);
        let key = slash(&candidate);
        let replace = match std::fs::read(&target) {
            Ok(existing) if existing == *bytes => {
                return Ok((candidate, Status::Unchanged, tr!("batch-same-letter"), None));
            }
            Ok(existing) if ours(&key, &existing) => {
                // Evidence: kept; the new version goes beside it.
                kept.get_or_insert(candidate);
                continue;
            }
            Ok(_) if n == 0 && !options.force => {
                return Err(tr!(
                    "batch-foreign-file",
                    path = target.display().to_string()
                ));
            }
            Ok(_) if n == 0 => true,
            // A file someone put at a dated name: left alone, the next name is tried.
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(source) => {
                return Err(Error::Write {
                    path: target,
                    source,
                }
                .to_string());
            }
        };
        if let Some(parent) = target.parent()
            && let Err(source) = std::fs::create_dir_all(parent)
        {
            return Err(Error::Write {
                path: parent.to_owned(),
                source,
            }
            .to_string());
        }
        let staged = stage(&target, bytes, replace).map_err(|e| e.to_string())?;
        let message = match (&kept, replace) {
            (_, true) => tr!("batch-replaced-foreign"),
            (Some(earlier), false) => {
                let beside = tr!("batch-beside", earlier = slash(earlier));
                match rendered.sent_on {
                    Some(sent) => format!(
                        "{beside}{}",
                        tr!(
                            "batch-beside-sent",
                            level = rendered.letter.level,
                            sent = sent.to_string()
                        )
                    ),
                    None => beside,
                }
            }
            (None, false) => tr!("batch-written"),
        };
        return Ok((candidate, Status::Written, message, Some(staged)));
    }
    Err(tr!(
        "batch-thousand",
        path = options.output.join(default_relative).display().to_string()
    ))
}

/// The letter's e-mail draft beside it, when the batch asks for drafts (`--email`) or the
/// letter goes by e-mail only (no postal address).
pub(super) fn write_draft(
    options: &BatchOptions,
    file: &crate::case::CaseFile,
    rendered: &crate::Rendered,
    output_relative: &Path,
) -> Result<(), Error> {
    if !options.email && rendered.delivery.postal {
        return Ok(());
    }
    let pdf_name = output_relative
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let draft = crate::render::email::of_rendered(file, rendered, &pdf_name)
        .expect("a letter planned --email has its recipient's e-mail address");
    let eml = options.output.join(output_relative).with_extension("eml");
    crate::render::output::write_atomically(&eml, &draft, true).map(|_| ())
}
