//! The library's one error type. Every fault in a file a person wrote is a [`Diagnostic`]:
//! the file, line and column, the field, what is wrong, what was expected and what to do.
//! Messages pass through [`redact_card_numbers`](crate::text::identifiers::redact_card_numbers)
//! before they are shown, so a card number never leaks through an error.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::text::identifiers::redact_card_numbers;
use crate::text::messages::tr;

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
            out.push_str("\n  ");
            out.push_str(&tr!("line-expected", text = expected.as_str()));
        }
        if let Some(help) = &self.help {
            out.push_str("\n  ");
            out.push_str(&tr!("line-help", text = help.as_str()));
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
        ErrorKind::PermissionDenied => tr!(help "write-permission", folder = folder),
        ErrorKind::ReadOnlyFilesystem => tr!(help "write-read-only", folder = folder),
        ErrorKind::NotFound => tr!(help "write-no-folder", folder = folder),
        ErrorKind::NotADirectory => {
            // The part of the path that is a file, where a folder is needed.
            let file = path
                .ancestors()
                .skip(1)
                .find(|a| a.is_file())
                .map_or(folder, |a| a.display().to_string());
            tr!(help "write-file-in-the-way", file = file)
        }
        ErrorKind::AlreadyExists if without_separator(path).is_file() => tr!(
            help "write-file-not-folder",
            path = without_separator(path).display().to_string()
        ),
        ErrorKind::IsADirectory => tr!(help "write-is-folder", path = path.display().to_string()),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            tr!(help "write-no-space", folder = folder)
        }
        _ => system_reason(source),
    }
}

/// Why a file could not be read, in words.
fn read_problem(source: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match source.kind() {
        ErrorKind::NotFound => tr!("read-not-found"),
        ErrorKind::PermissionDenied => tr!("read-permission"),
        ErrorKind::IsADirectory => tr!("read-is-folder"),
        ErrorKind::InvalidData => tr!("read-not-text"),
        _ => system_reason(source),
    }
}

/// The system's own words, without the temporary path some of them end with.
fn system_reason(source: &std::io::Error) -> String {
    let message = source.to_string();
    match message.split_once(" at path ") {
        Some((reason, _)) => reason.to_string(),
        None => message,
    }
}

fn typesetter_fault(detail: &str) -> String {
    tr!(help "typesetter-fault", detail = redact_card_numbers(detail))
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Faults in a file a person wrote, all of them at once.
    #[error("{}", list(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("{}", tr!("read-failed", path = .path.display().to_string(), reason = read_problem(.source)))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", .origin.display())]
    Registry { origin: PathBuf, message: String },
    #[error("{}", redact_card_numbers(.0))]
    Template(String),
    #[error("{}:\n{}", tr!("typesetting-failed"), redact_card_numbers(&markup_list(.0)))]
    Typeset(Vec<MarkupError>),
    /// The typesetter stopped on an internal fault (a panic in typst), caught so that a batch
    /// goes on and nothing is written.
    #[error("{}", typesetter_fault(.0))]
    TypesetterFault(String),
    #[error("{}", tr!("write-failed", path = .path.display().to_string(), reason = write_problem(.path, .source)))]
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
    #[error("{}", tr!(help "would-overwrite", path = .0.display().to_string()))]
    WouldOverwrite(PathBuf),
    /// The case records the letter's level as sent: the file of that level is evidence.
    #[error("{}", tr!(
        help "sent-letter-kept",
        path = .path.display().to_string(),
        level = *.level,
        sent = .sent.to_string(),
        suggestion = .suggestion.display().to_string()
    ))]
    SentLetter {
        path: PathBuf,
        level: u32,
        sent: chrono::NaiveDate,
        suggestion: PathBuf,
    },
    #[error("{}", tr!("case-file-exists", path = .0.display().to_string()))]
    CaseFileExists(PathBuf),
    /// A file an export would write is there already: nothing is written.
    #[error("{}", tr!(help "file-exists", path = .path.display().to_string(), help = .help.as_str()))]
    Exists { path: PathBuf, help: String },
    #[error("{}", tr!(help "port-in-use", port = *.port, next = .port.saturating_add(1)))]
    PortInUse { port: u16 },
    /// The command cannot be used this way (exit 2, as for a wrong command line): the message
    /// says what to do instead.
    #[error("{0}")]
    Usage(String),
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
    let case = case.display().to_string();
    match from {
        Some(from) => tr!(
            help "not-admissible-yet",
            case = case,
            level = level,
            reason = reason,
            from = from.to_string()
        ),
        None => tr!(help "not-admissible", case = case, level = level, reason = reason),
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
                "{}: {}\n  {} | {}",
                tr!("markup-place", line = self.line, column = self.column),
                self.message,
                self.line,
                self.source_line
            )?;
        } else {
            f.write_str(&self.message)?;
        }
        for hint in &self.hints {
            write!(f, "\n  {}", tr!("line-hint", text = hint.as_str()))?;
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
