//! Reading YAML with located errors. Built on serde-saphyr: maintained (serde_yaml is
//! archived), panic-free on malformed input, with parsing budgets against alias bombs and deep
//! nesting, and `Spanned<T>` values so that a check made after parsing (a Luhn digit, a date
//! order) can still point at its line and column.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error as YamlError, Location, Options};

use crate::error::{Diagnostic, Error};
use crate::text::messages::tr;
use crate::text::similar::nearest;

mod slips;
mod words;
use slips::{extra_indent, unclosed_quote};

/// Parses `text` (read from `origin`) into `T`, turning any fault into a located diagnostic.
pub fn from_str<T: DeserializeOwned>(text: &str, origin: &Path) -> Result<T, Error> {
    let mut options = Options::default();
    options.with_snippet = false;
    serde_saphyr::from_str_with_options(text, options)
        .map_err(|e| Error::from(diagnostic(&e, text, origin)))
}

/// A 1-based (line, column) pair, (0, 0) when unknown.
pub fn line_column(location: &Location) -> (u64, u64) {
    (location.line(), location.column())
}

fn diagnostic(error: &YamlError, text: &str, origin: &Path) -> Diagnostic {
    let error = error.without_snippet();
    let (line, column) = error.location().map(|l| line_column(&l)).unwrap_or((0, 0));
    let path = key_path_at(text, line as usize);
    let (field, problem, expected, help) = match error {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => unknown_field(&path, field, expected),
        YamlError::SerdeMissingField { field, .. } => (
            path.container.clone(),
            tr!("yaml-missing-key", field = *field),
            None,
            Some(tr!("yaml-missing-key.help", field = *field)),
        ),
        YamlError::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let help = nearest(variant, expected.iter().copied())
                .map(|near| tr!("yaml-did-you-mean", near = near));
            (
                path.here.clone(),
                tr!("yaml-not-accepted", value = variant.as_str()),
                Some(one_of(expected)),
                help,
            )
        }
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            path.here.clone(),
            tr!("yaml-wrong-type", found = unexpected.as_str()),
            Some(expected.clone()),
            None,
        ),
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (
            path.here.clone(),
            tr!("yaml-invalid-value", found = unexpected.as_str()),
            Some(expected.clone()),
            None,
        ),
        YamlError::DuplicateMappingKey { key, .. } => (
            path.here.clone(),
            match key {
                Some(k) => tr!("yaml-duplicate-key", key = k.as_str()),
                None => tr!("yaml-duplicate"),
            },
            None,
            Some(tr!("yaml-duplicate.help")),
        ),
        YamlError::Unexpected { .. }
        | YamlError::InvalidScalar { .. }
        | YamlError::InvalidBooleanStrict { .. } => scalar_fault(text, line, column, &path),
        YamlError::Message { msg, .. } => (path.here.clone(), msg.clone(), None, None),
        other => {
            let message = other.to_string();
            if let Some(known) = syntax_fault(text, line, column, strip_location_prefix(&message)) {
                let path = key_path_at(text, known.line as usize);
                let mut d = Diagnostic::new(origin, path.here, known.problem).at(
                    known.line,
                    known.column,
                    text,
                );
                d.help = Some(known.help);
                return d;
            }
            (
                path.here.clone(),
                tr!(
                    "yaml-invalid",
                    detail = words::parser_words(strip_location_prefix(&message))
                ),
                None,
                Some(tr!("yaml-invalid.help")),
            )
        }
    };
    let mut d = Diagnostic::new(origin, field, problem).at(line, column, text);
    d.expected = expected;
    d.help = help;
    d
}

/// What a fault says: the field, the problem, what was expected, what to do.
type Said = (String, String, Option<String>, Option<String>);

/// An unknown key, with the nearest known one.
fn unknown_field(path: &KeyPath, field: &str, expected: &[&str]) -> Said {
    let full = join(&path.parent, field);
    let help = match nearest(field, expected.iter().copied()) {
        Some(near) => tr!("yaml-unknown-key-near", near = near),
        None => tr!("yaml-unknown-key.help"),
    };
    (
        full,
        tr!("yaml-unknown-key", field = field),
        Some(one_of(expected)),
        Some(help),
    )
}

/// A value of the wrong kind: what was found instead, and for an amount written as French
/// writes it (« 45,00 »), the way YAML writes it.
fn scalar_fault(text: &str, line: u64, column: u64, path: &KeyPath) -> Said {
    let found = found_at(text, line, column);
    // An amount written as French writes it (« 45,00 ») gets the way YAML writes it.
    let amount = (path.here.ends_with("amount"))
        .then(|| scalar_at(text, line, column))
        .flatten()
        .and_then(|value| crate::text::french::parse_amount(&value).err());
    match amount {
        Some(problem) => (
            path.here.clone(),
            problem,
            Some(expected_for("amount")),
            Some(tr!("yaml-amount-help")),
        ),
        None => (
            path.here.clone(),
            tr!("yaml-wrong-type", found = found),
            Some(expected_for(&path.here)),
            None,
        ),
    }
}

/// A syntax fault a person makes, said in words and placed where it was made.
#[derive(Debug, PartialEq, Eq)]
struct SyntaxFault {
    line: u64,
    column: u64,
    problem: String,
    help: String,
}

/// Recognises the usual syntax faults behind a parser's message: a tab indenting a line, a
/// colon inside an unquoted text, items written below an empty `[]` or `{}`.
fn syntax_fault(text: &str, line: u64, column: u64, message: &str) -> Option<SyntaxFault> {
    let lines: Vec<&str> = text.lines().collect();
    let at = (line as usize).checked_sub(1)?;
    // A tab in the indentation of the line, or of the next one (the parser stops on the line
    // before it).
    for n in [at, at + 1] {
        let Some(source) = lines.get(n) else { continue };
        let indentation: String = source.chars().take_while(|c| c.is_whitespace()).collect();
        if let Some(tab) = indentation.find('\t') {
            return Some(SyntaxFault {
                line: n as u64 + 1,
                column: indentation[..tab].chars().count() as u64 + 1,
                problem: tr!("yaml-tab"),
                help: tr!("yaml-tab.help"),
            });
        }
    }
    // Items below an empty `[]` or `{}`: the nearest line above that is not blank nor a comment.
    let above = lines[..at.min(lines.len())]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        });
    if let Some((n, source)) = above {
        let value = source.split(" #").next().unwrap_or("").trim();
        let empty = if value == "[]" || value.ends_with(": []") {
            Some(("[]", tr!("yaml-empty-list")))
        } else if value == "{}" || value.ends_with(": {}") {
            Some(("{}", tr!("yaml-empty-mapping")))
        } else {
            None
        };
        let indent = |l: &str| l.len() - l.trim_start().len();
        let next = lines.get(at).copied().unwrap_or("");
        // Items of that key: indented as the `[]` on its own line, or deeper than `key: []`.
        let below = if value == "[]" || value == "{}" {
            indent(next) >= indent(source)
        } else {
            indent(next) > indent(source)
        };
        if let Some((mark, what)) = empty
            && !next.trim().is_empty()
            && below
        {
            let column = source
                .find(mark)
                .map_or(1, |c| source[..c].chars().count() + 1);
            return Some(SyntaxFault {
                line: n as u64 + 1,
                column: column as u64,
                problem: tr!(
                    "yaml-empty-then-items",
                    mark = mark,
                    what = what,
                    line = line
                ),
                help: tr!("yaml-empty-then-items.help", mark = mark),
            });
        }
    }
    if let Some(fault) = unclosed_quote(&lines, at, message)
        .or_else(|| extra_indent(&lines, at, line, above.map(|(_, l)| *l), message))
    {
        return Some(fault);
    }
    // A colon followed by a space inside an unquoted text: `subject: Frais: retard`.
    if message.contains("mapping values are not allowed") {
        let source = lines.get(at)?;
        let (key, value) = source.split_once(": ")?;
        // The comment after the value stays a comment, outside the quotes.
        let (value, comment) = match value.find(" #") {
            Some(at) => (&value[..at], value[at..].trim_start()),
            None => (value, ""),
        };
        let value = value.trim();
        if !key.trim().is_empty() && !value.starts_with(['"', '\'', '[', '{', '|', '>']) {
            let quoted = format!(
                "{key}: \"{}\"{}",
                value.replace('\\', "\\\\").replace('"', "\\\""),
                if comment.is_empty() {
                    String::new()
                } else {
                    format!("   {comment}")
                }
            );
            return Some(SyntaxFault {
                line,
                column,
                problem: tr!("yaml-colon"),
                help: tr!("yaml-colon.help", quoted = quoted.trim_start()),
            });
        }
    }
    None
}

/// What a field of a case file holds, from the last key of its path (`history[1].date`).
pub(crate) fn expected_for(path: &str) -> String {
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = key.split('[').next().unwrap_or(key);
    match key {
        "date" | "mandate_date" | "payment_date" | "verified" | "received" | "extended" => {
            tr!("expected-date")
        }
        "amount" => tr!("expected-amount"),
        "court_action" | "registered" => tr!("expected-bool"),
        "demands" | "attachments" | "address" | "history" | "recipient_address" => {
            tr!("expected-list")
        }
        "step" => tr!("expected-step"),
        "channel" => tr!("expected-channel"),
        "civility" => tr!("expected-civility"),
        "type" => tr!("expected-type"),
        "country" => tr!("expected-country"),
        _ => tr!("expected-text"),
    }
}

/// The plain scalar written at a place, when it is one (not a list nor a mapping).
fn scalar_at(text: &str, line: u64, column: u64) -> Option<String> {
    let source = text.lines().nth(line.saturating_sub(1) as usize)?;
    let rest: String = source
        .chars()
        .skip(column.saturating_sub(1) as usize)
        .collect();
    let rest = rest.split(" #").next().unwrap_or("").trim();
    let rest = rest.trim_matches(['"', '\'']);
    (!rest.is_empty() && !rest.starts_with(['[', '{', '-'])).then(|| rest.to_string())
}

/// A few words on what the YAML holds at a place: "a list", "a mapping", "`beaucoup`".
fn found_at(text: &str, line: u64, column: u64) -> String {
    let Some(source) = text.lines().nth(line.saturating_sub(1) as usize) else {
        return tr!("found-other");
    };
    let rest: String = source
        .chars()
        .skip(column.saturating_sub(1) as usize)
        .collect();
    let rest = rest.trim();
    if rest.starts_with('[') || rest.starts_with("- ") || rest.is_empty() {
        tr!("found-list")
    } else if rest.starts_with('{') || rest.contains(": ") {
        tr!("found-mapping")
    } else {
        let value: String = rest.chars().take(40).collect();
        format!("`{value}`")
    }
}

fn one_of(expected: &[&str]) -> String {
    match expected {
        [] => tr!("expected-nothing"),
        [one] => format!("`{one}`"),
        many => tr!(
            "expected-one-of",
            list = many
                .iter()
                .map(|e| format!("`{e}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn strip_location_prefix(text: &str) -> &str {
    // serde-saphyr renders "line N column M: message" when no snippet is attached.
    match text.split_once(": ") {
        Some((head, rest)) if head.starts_with("line ") && head.contains(" column ") => rest,
        _ => text,
    }
}

/// The key path around a line of a block-style YAML document.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct KeyPath {
    /// The path of the key on this line (`history[1].date`).
    pub here: String,
    /// The path of the mapping holding this line's key (`history[1]`).
    pub parent: String,
    /// The path of the mapping that starts at this line (for a missing key reported there).
    pub container: String,
}

/// Follows a block-style YAML document line by line, keeping the path of keys and sequence
/// items open at each line.
#[derive(Default)]
struct KeyWalker {
    /// (indent, segment); sequence items are "[i]" segments.
    stack: Vec<(usize, String)>,
    /// (indent of "- ", index of the current item).
    seq_counters: Vec<(usize, usize)>,
}

impl KeyWalker {
    /// The key path of one more line; `None` for a blank line, a comment or a document marker.
    fn line(&mut self, raw: &str) -> Option<KeyPath> {
        let content = raw.trim_start();
        if content.is_empty() || content.starts_with('#') || content.starts_with("---") {
            return None;
        }
        let mut indent = raw.len() - content.len();
        let mut rest = content;
        // Sequence items: "- key: value" opens item [i] at this indent.
        while let Some(after) =
            rest.strip_prefix("- ")
                .or(if rest == "-" { Some("") } else { None })
        {
            self.stack.retain(|(i, _)| *i < indent);
            self.seq_counters.retain(|(i, _)| *i <= indent);
            let index = match self.seq_counters.iter_mut().find(|(i, _)| *i == indent) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    self.seq_counters.push((indent, 0));
                    0
                }
            };
            self.stack.push((indent, format!("[{index}]")));
            let consumed = rest.len() - after.trim_start().len();
            indent += consumed;
            rest = after.trim_start();
        }
        let key = rest
            .split_once(':')
            .map(|(k, _)| k.trim())
            .filter(|k| !k.is_empty() && !k.starts_with(['"', '\'', '{', '[']) && !k.contains(' '));
        match key {
            Some(key) => {
                self.stack.retain(|(i, _)| *i < indent);
                self.seq_counters.retain(|(i, _)| *i <= indent);
                let parent = render(&self.stack);
                self.stack.push((indent, key.to_string()));
                Some(KeyPath {
                    here: render(&self.stack),
                    container: parent.clone(),
                    parent,
                })
            }
            // A line without a key (a value continued, a scalar item) belongs to what encloses
            // it, and leaves the path open for the lines after it.
            None => {
                let enclosing: Vec<(usize, String)> = self
                    .stack
                    .iter()
                    .filter(|(i, _)| *i < indent)
                    .cloned()
                    .collect();
                let here = render(&enclosing);
                Some(KeyPath {
                    parent: here.clone(),
                    container: here.clone(),
                    here,
                })
            }
        }
    }

    /// The path still open after the lines read so far.
    fn open(&self) -> KeyPath {
        let here = render(&self.stack);
        KeyPath {
            parent: here.clone(),
            container: here.clone(),
            here,
        }
    }
}

/// The key path of every line (`here`), in one pass: index 0 is line 1.
pub fn key_paths(text: &str) -> Vec<String> {
    let mut walker = KeyWalker::default();
    text.lines()
        .map(|raw| match walker.line(raw) {
            Some(path) => path.here,
            None => walker.open().here,
        })
        .collect()
}

/// Reconstructs the key path of `line` (1-based) from indentation: case files are written in
/// block style, where this is exact; flow style gives the nearest enclosing block key.
pub fn key_path_at(text: &str, line: usize) -> KeyPath {
    let mut walker = KeyWalker::default();
    for (number, raw) in text.lines().enumerate().take(line.max(1)) {
        let path = walker.line(raw);
        if number + 1 == line
            && let Some(path) = path
        {
            return path;
        }
    }
    walker.open()
}

fn render(stack: &[(usize, String)]) -> String {
    let mut out = String::new();
    for (_, segment) in stack {
        if !segment.starts_with('[') && !out.is_empty() {
            out.push('.');
        }
        out.push_str(segment);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_syntax_faults_are_said_in_words_where_they_were_made() {
        let fault = |text: &str, line, column, message| syntax_fault(text, line, column, message);
        let tab = fault("a:\n  b: 1\n\tc: 2\n", 2, 6, "found a tab");
        assert_eq!(
            tab.map(|f| (f.line, f.column, f.help)),
            Some((
                3,
                1,
                "replace the tab by spaces, as many as on the lines around it (two per level)"
                    .into()
            ))
        );
        let colon = fault(
            "dispute:\n  subject: Frais: retard\n",
            2,
            17,
            "mapping values are not allowed in this context",
        )
        .unwrap();
        assert_eq!(
            colon.help,
            "put this text in quotes:\n        subject: \"Frais: retard\""
        );
        let empty_list = fault("history:\n  []\n  # - step: 1\n  - step: 1\n", 4, 3, "x").unwrap();
        assert_eq!((empty_list.line, empty_list.column), (2, 3));
        assert!(empty_list.problem.starts_with("`[]` (an empty list)"));
        let inline = fault("letter: {}\n  date: 2026-01-02\n", 2, 7, "x").unwrap();
        assert_eq!((inline.line, inline.column), (1, 9));
        assert!(inline.problem.starts_with("`{}` (an empty mapping)"));
        // A key after `attachments: []` at the same depth is not an item of it.
        assert_eq!(fault("attachments: []\nletter: x: y\n", 2, 10, "x"), None);
    }

    const CASE: &str = "complainant:\n  name: A\n  address:\n    - 1 rue X\nhistory:\n  - step: 1\n    date: 2026-07-02\n    answer:\n      date: 2026-07-20\n  - step: 2\n    date: 2026-08-01\n";

    #[test]
    fn every_lines_key_path_in_one_pass_is_each_lines_own() {
        let all = key_paths(CASE);
        for (n, here) in all.iter().enumerate() {
            let line = CASE.lines().nth(n).unwrap();
            if !line.trim().is_empty() {
                assert_eq!(*here, key_path_at(CASE, n + 1).here, "line {}", n + 1);
            }
        }
    }

    #[test]
    fn key_paths_follow_indentation_and_sequences() {
        assert_eq!(key_path_at(CASE, 2).here, "complainant.name");
        assert_eq!(key_path_at(CASE, 4).here, "complainant.address[0]");
        assert_eq!(key_path_at(CASE, 7).here, "history[0].date");
        assert_eq!(key_path_at(CASE, 9).here, "history[0].answer.date");
        assert_eq!(key_path_at(CASE, 9).parent, "history[0].answer");
        assert_eq!(key_path_at(CASE, 10).here, "history[1].step");
        assert_eq!(key_path_at(CASE, 11).here, "history[1].date");
    }
}
