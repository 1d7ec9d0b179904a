//! The library's one error type. Every fault in a file a person wrote is a [`Diagnostic`]:
//! the file, line and column, the field, what is wrong, what was expected and what to do.
//! Messages pass through [`redact_card_numbers`](crate::text::identifiers::redact_card_numbers)
//! before they are shown, so a card number never leaks through an error.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::text::identifiers::redact_card_numbers;

/// One located fault in a case file, a registry or a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the place is unknown.
    pub line: u64,
    /// 1-based; 0 when the place is unknown.
    pub column: u64,
    /// The key path of the field at fault, e.g. `references.card_number` or `history[1].date`.
    pub field: String,
    pub problem: String,
    pub expected: Option<String>,
    pub help: Option<String>,
    /// The source line, shown under the message with a caret.
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn new(
        file: impl Into<PathBuf>,
        field: impl Into<String>,
        problem: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            line: 0,
            column: 0,
            field: field.into(),
            problem: problem.into(),
            expected: None,
            help: None,
            source_line: None,
        }
    }

    pub fn at(mut self, line: u64, column: u64, source: &str) -> Self {
        self.line = line;
        self.column = column;
        self.source_line = source
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .filter(|_| line > 0)
            .map(str::to_string);
        self
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Composed whole, then redacted whole: the field path and the file name are the
        // writer's text too. Redaction keeps every character's place, so the caret still
        // points at the column.
        let mut out = if self.line > 0 {
            format!("{}:{}:{}", self.file.display(), self.line, self.column)
        } else {
            self.file.display().to_string()
        };
        if !self.field.is_empty() {
            out.push_str(": ");
            out.push_str(&self.field);
        }
        out.push_str(": ");
        out.push_str(&self.problem);
        if let Some(line) = &self.source_line {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad: String = line
                .chars()
                .take(self.column.saturating_sub(1) as usize)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            out.push_str(&format!(
                "\n {pad} |\n {number} | {line}\n {pad} | {caret_pad}^"
            ));
        }
        if let Some(expected) = &self.expected {
            out.push_str("\n  expected: ");
            out.push_str(expected);
        }
        if let Some(help) = &self.help {
            out.push_str("\n  help: ");
            out.push_str(help);
        }
        f.write_str(&redact_card_numbers(&out))
    }
}

/// Why a file could not be written, and what to do, in words: the system's message names the
/// temporary file the letter was being written to, which the person never asked for.
/// `lettres/` as `lettres`: the path of the thing itself.
fn without_separator(path: &Path) -> std::path::PathBuf {
    let text = path.to_string_lossy();
    let trimmed = text.trim_end_matches(['/', std::path::MAIN_SEPARATOR]);
    if trimmed.is_empty() {
        path.to_owned()
    } else {
        std::path::PathBuf::from(trimmed)
    }
}

fn write_problem(path: &Path, source: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => ".".to_string(),
    };
    match source.kind() {
        ErrorKind::PermissionDenied => format!(
            "permission denied: the folder {folder} cannot be written by this user\n  help: choose another output folder, or ask for write access to this one"
        ),
        ErrorKind::ReadOnlyFilesystem => format!(
            "the folder {folder} is on a read-only file system\n  help: choose another output folder"
        ),
        ErrorKind::NotFound => format!(
            "the folder {folder} does not exist\n  help: create it first, or choose another output folder"
        ),
        ErrorKind::NotADirectory => {
            // The part of the path that is a file, where a folder is needed.
            let file = path
                .ancestors()
                .skip(1)
                .find(|a| a.is_file())
                .map_or(folder, |a| a.display().to_string());
            format!(
                "{file} is a file, and it stands where a folder is needed\n  help: choose another output folder, or move the file {file} out of the way"
            )
        }
        ErrorKind::AlreadyExists if without_separator(path).is_file() => format!(
            "{} is a file, and a folder is needed here\n  help: give a folder (it is created if need be), e.g. -o lettres/",
            without_separator(path).display()
        ),
        ErrorKind::IsADirectory => format!(
            "{} is a folder\n  help: give a file name ending in .pdf",
            path.display()
        ),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            format!(
                "no space left for it in {folder}\n  help: free some space, or choose another output folder"
            )
        }
        _ => {
            let message = source.to_string();
            match message.split_once(" at path ") {
                Some((reason, _)) => reason.to_string(),
                None => message,
            }
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Faults in a file a person wrote, all of them at once.
    #[error("{}", list(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", .origin.display())]
    Registry { origin: PathBuf, message: String },
    #[error("{}", redact_card_numbers(.0))]
    Template(String),
    #[error("typesetting failed:\n{}", redact_card_numbers(&markup_list(.0)))]
    Typeset(Vec<MarkupError>),
    /// The typesetter stopped on an internal fault (a panic in typst), caught so that a batch
    /// goes on and nothing is written.
    #[error(
        "the typesetter stopped on an internal fault while laying out this letter ({}); nothing was written\n  help: look for unusual characters in the case's texts (the facts, the demands) and remove them; please report the case, its texts anonymised",
        redact_card_numbers(.0)
    )]
    TypesetterFault(String),
    #[error("cannot write {}: {}", .path.display(), write_problem(.path, .source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The level asked may not be climbed: not before `from` when it is given, else not at
    /// all; `reason` says why.
    #[error("{}", not_admissible(.case, .level, .from.as_ref(), .reason))]
    NotAdmissible {
        case: PathBuf,
        level: String,
        from: Option<chrono::NaiveDate>,
        reason: String,
    },
    #[error(
        "{} already exists with different content; a letter already sent is evidence, so it is kept\n  help: if that letter was never sent (a draft you are correcting), pass --force to replace it — or, while drafting, let `recours watch` rewrite a preview at each save; if it was sent, keep it and write the new one elsewhere with -o",
        .0.display()
    )]
    WouldOverwrite(PathBuf),
    /// The case records the letter's level as sent: the file of that level is evidence.
    #[error(
        "{} holds a letter of level {level}, which the case's history records as sent on {sent}: it is evidence and is never replaced, not even with --force\n  help: write the new letter elsewhere with -o (e.g. -o {suggestion})",
        .path.display(),
        suggestion = .suggestion.display()
    )]
    SentLetter {
        path: PathBuf,
        level: u32,
        sent: chrono::NaiveDate,
        suggestion: PathBuf,
    },
    #[error(
        "{} exists; choose another name with -o, or delete it",
        .0.display()
    )]
    CaseFileExists(PathBuf),
    /// A file an export would write is there already: nothing is written.
    #[error("{} exists; nothing was written\n  help: {help}", .path.display())]
    Exists { path: PathBuf, help: String },
    #[error(
        "the port {port} of 127.0.0.1 is already in use (another preview?)\n  help: pass another one with --port, e.g. --port {next}, or --port 0 to take any free one",
        next = .port.saturating_add(1)
    )]
    PortInUse { port: u16 },
    /// A registry or templates that could not be read again: the last good ones are in use.
    #[error("{0}")]
    Stale(String),
}

fn not_admissible(
    case: &std::path::Path,
    level: &str,
    from: Option<&chrono::NaiveDate>,
    reason: &str,
) -> String {
    let case = case.display();
    match from {
        Some(from) => format!(
            "{case}: {level} is not admissible yet: {reason}; it will be from {from}\n  help: `recours check {case}` shows the timeline; --force writes the letter anyway"
        ),
        None => format!(
            "{case}: {level} is not admissible: {reason}\n  help: --force writes the letter anyway"
        ),
    }
}

/// An error of typst in the generated markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    /// 1-based line of the generated markup; 0 when unknown.
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The markup line at fault.
    pub source_line: String,
    pub hints: Vec<String>,
}

impl fmt::Display for MarkupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "generated markup line {}, column {}: {}\n  {} | {}",
                self.line, self.column, self.message, self.line, self.source_line
            )?;
        } else {
            f.write_str(&self.message)?;
        }
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

fn markup_list(errors: &[MarkupError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

fn list(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Invalid(vec![d])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_points_at_the_fault_and_hides_card_numbers() {
        let source = "references:\n  card_number: \"4111 1111 1111 1111\"\n";
        let d = Diagnostic::new("case.yaml", "references.card_number", "wrong")
            .at(2, 16, source)
            .help("copy it again");
        assert_eq!(
            d.to_string(),
            "case.yaml:2:16: references.card_number: wrong\n   |\n 2 |   card_number: \"XXXX XXXX XXXX 1111\"\n   |                ^\n  help: copy it again"
        );
        // A key is the writer's text too (found by fuzzing): the field path is redacted, and
        // the caret keeps its column.
        let source = "x\n4111.1111.1111.1111 y: 1\n";
        let d = Diagnostic::new("case.yaml", "4111.1111.1111.1111 y", "unknown key")
            .at(2, 21, source)
            .expected("a known key");
        assert_eq!(
            d.to_string(),
            "case.yaml:2:21: XXXX.XXXX.XXXX.1111 y: unknown key\n   |\n 2 | XXXX.XXXX.XXXX.1111 y: 1\n   |                     ^\n  expected: a known key"
        );
    }
}
