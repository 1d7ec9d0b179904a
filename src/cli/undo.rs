//! `sent --undo` and `answered --undo`: the latest record taken back, losslessly, then the one
//! before it. Each record keeps, beside the case in a hidden file
//! (`.dossier.yaml.recours-undo`), the case's text before it and the digest of the text it
//! wrote; taking it back restores that text byte for byte, and only while the case is still
//! what the record wrote (an edit made since is never lost).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error};
use crate::text::digest::sha256_hex;
use crate::text::messages::tr;

use super::Report;

/// What a record added to the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recorded {
    /// A step, or what `sent` added to one (a number, a receipt).
    Step,
    /// An answer.
    Answer,
}

/// The file that remembers the last record of a case.
#[derive(Debug, Serialize, Deserialize)]
struct Memory {
    recorded: Recorded,
    /// The digest of the case's text the record wrote.
    after: String,
    /// The case's text before it.
    before: String,
}

fn memory_path(case: &Path) -> PathBuf {
    let name = case.file_name().unwrap_or_default().to_string_lossy();
    case.with_file_name(format!(".{name}.recours-undo"))
}

/// How many records of a case can be taken back, the latest first.
const KEPT: usize = 20;

/// The records remembered for a case, oldest first.
fn memories(case: &Path) -> Vec<Memory> {
    std::fs::read(memory_path(case))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn keep(case: &Path, memories: &[Memory]) {
    let path = memory_path(case);
    if memories.is_empty() {
        let _ = std::fs::remove_file(path);
        return;
    }
    let json = serde_json::to_vec(memories).expect("memories serialise");
    let _ = crate::render::output::write_atomically(&path, &json, true);
}

/// Remembers a record just written: `before` the case's text before it, `after` the text it
/// wrote. A record that cannot be remembered is still made: only its undo is lost.
pub fn remember(case: &Path, recorded: Recorded, before: &str, after: &str) {
    let mut memories = memories(case);
    // Records made before an edit by hand can no longer be taken back.
    if memories
        .last()
        .is_some_and(|m| m.after != sha256_hex(before.as_bytes()))
    {
        memories.clear();
    }
    memories.push(Memory {
        recorded,
        after: sha256_hex(after.as_bytes()),
        before: before.to_string(),
    });
    let extra = memories.len().saturating_sub(KEPT);
    memories.drain(..extra);
    keep(case, &memories);
}

/// Takes back the last record of this kind, if the case is still what it wrote.
pub fn take_back(case: &Path, recorded: Recorded, dry_run: bool) -> Result<Report, Error> {
    let refuse = |problem: String, help: String| {
        Err(Error::from(
            Diagnostic::new(case, "--undo", problem).help(help),
        ))
    };
    let mut memories = memories(case);
    let command = match recorded {
        Recorded::Step => "sent",
        Recorded::Answer => "answered",
    };
    // Only the latest record can be taken back: an earlier one lies under it.
    let Some(memory) = memories.pop().filter(|m| m.recorded == recorded) else {
        return refuse(
            tr!("undo-nothing", command = command),
            tr!("undo-nothing.help"),
        );
    };
    let now = crate::case::read_case_text(case)?;
    if sha256_hex(now.as_bytes()) != memory.after {
        return refuse(
            tr!("undo-changed", command = command),
            tr!("undo-changed.help"),
        );
    }
    if dry_run {
        return Ok(Report::from(super::answered::diff(
            case,
            &now,
            &memory.before,
        )));
    }
    super::answered::replace_unchanged(case, &now, &memory.before)?;
    keep(case, &memories);
    Ok(Report::from(format!(
        "{}\n",
        tr!(
            "undo-done",
            command = command,
            path = case.display().to_string()
        )
    )))
}
