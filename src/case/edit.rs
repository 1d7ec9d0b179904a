//! Lossless edits of a case file: a step appended to `history`, an answer recorded on a step.
//! The file is never re-serialised: new lines are inserted where they belong, in the file's
//! own indentation and line ends, and every other byte stays as it was (a clinic's notes live
//! in the comments). The caller checks the result as any case before writing it.

use crate::text::messages::tr;

/// A step to append to `history`, its values already written as YAML scalars.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewStep {
    pub step: u32,
    pub date: String,
    pub channel: String,
    pub tracking: Option<String>,
    pub reference: Option<String>,
    pub received: Option<String>,
}

/// An answer to record on a step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewAnswer {
    pub date: String,
    pub reference: Option<String>,
    pub summary: Option<String>,
}

/// Why an edit cannot be made without rewriting what the person wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditError {
    /// The line (from 1) the edit stopped at.
    pub line: usize,
    pub problem: String,
}

impl EditError {
    /// The error for people, at its line of the case file `text` at `path`.
    pub fn located(self, path: &std::path::Path, text: &str) -> crate::error::Error {
        crate::error::Error::from(
            crate::error::Diagnostic::new(path, "history", self.problem)
                .at(self.line as u64, 1, text)
                .help(tr!("edit-by-hand")),
        )
    }
}

/// A YAML double-quoted string: the text as it is, escaped as JSON escapes it (a JSON string is
/// a YAML double-quoted scalar).
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string serialises")
}

/// The lines of a file with their ends, and the end the file uses.
struct Lines<'t> {
    lines: Vec<&'t str>,
    end: &'static str,
}

impl<'t> Lines<'t> {
    fn of(text: &'t str) -> Self {
        let end = if text.contains("\r\n") { "\r\n" } else { "\n" };
        Self {
            lines: text.split_inclusive('\n').collect(),
            end,
        }
    }

    /// A line without its end.
    fn bare(&self, i: usize) -> &'t str {
        self.lines[i].trim_end_matches(['\n', '\r'])
    }

    /// Whether a line holds nothing but spaces or a comment.
    fn is_blank(&self, i: usize) -> bool {
        let t = self.bare(i).trim_start();
        t.is_empty() || t.starts_with('#')
    }

    /// The indentation of a line.
    fn indent(&self, i: usize) -> usize {
        self.bare(i).len() - self.bare(i).trim_start_matches(' ').len()
    }

    /// The line of a top-level key (`history:`), if the file has one.
    fn top_level(&self, key: &str) -> Option<usize> {
        (0..self.lines.len()).find(|&i| {
            let line = self.bare(i);
            line.strip_prefix(key)
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
        })
    }

    /// The last line of the block that starts after line `start` and holds lines indented more
    /// than `indent` (a block sequence at the key's own indentation counts too, for a list
    /// under a top-level key): comments and blank lines after it are not part of it.
    fn block_end(&self, start: usize, indent: usize, sequence_at_indent: bool) -> usize {
        let mut last = start;
        for i in start + 1..self.lines.len() {
            if self.is_blank(i) {
                continue;
            }
            let deeper = self.indent(i) > indent;
            let item = sequence_at_indent
                && self.indent(i) == indent
                && self.bare(i).trim_start().starts_with('-');
            if deeper || item {
                last = i;
            } else {
                break;
            }
        }
        last
    }

    fn join(&self, before: usize, inserted: &[String]) -> String {
        let mut out = String::new();
        for line in &self.lines[..before] {
            out.push_str(line);
        }
        if before > 0 && !self.lines[before - 1].ends_with('\n') {
            out.push_str(self.end);
        }
        for line in inserted {
            out.push_str(line);
            out.push_str(self.end);
        }
        for line in &self.lines[before..] {
            out.push_str(line);
        }
        out
    }
}

/// The lines of a block mapping at `indent`: `key: value` for each value given.
fn mapping(indent: usize, first_prefix: &str, fields: &[(&str, Option<&String>)]) -> Vec<String> {
    let mut out = Vec::new();
    for (key, value) in fields {
        let Some(value) = value else { continue };
        let prefix = if out.is_empty() {
            first_prefix.to_string()
        } else {
            " ".repeat(indent)
        };
        out.push(format!("{prefix}{key}: {value}"));
    }
    out
}

/// Appends a step to the case's `history`: after its last item (a block list), in place of
/// `[]`, or as a new `history:` at the end of the file when it has none.
pub fn append_step(text: &str, step: &NewStep) -> Result<String, EditError> {
    let lines = Lines::of(text);
    let number = step.step.to_string();
    let fields = [
        ("step", Some(&number)),
        ("date", Some(&step.date)),
        ("channel", Some(&step.channel)),
        ("tracking", step.tracking.as_ref()),
        ("reference", step.reference.as_ref()),
        ("received", step.received.as_ref()),
    ];
    let Some(key) = lines.top_level("history") else {
        // No history yet: a new block at the end of the file.
        let mut inserted = vec!["history:".to_string()];
        inserted.extend(mapping(4, "  - ", &fields));
        return Ok(lines.join(lines.lines.len(), &inserted));
    };
    // A block list under the key gets one more item; `history: []`, or a key with nothing
    // under it yet, gets its first.
    let value = history_value(&lines, key)?;
    let end = lines.block_end(key, 0, true);
    if value.is_empty() && end > key {
        let (item_indent, _) = item_indent(&lines, key + 1, end)?;
        // Comment lines right under the last step (the rest of a commented example, a note)
        // stay with it: the new step goes after them.
        let mut end = end;
        while end + 1 < lines.lines.len()
            && lines.indent(end + 1) > 0
            && lines.bare(end + 1).trim_start().starts_with('#')
        {
            end += 1;
        }
        return Ok(append_after(&lines, end, item_indent, &fields));
    }
    // The new item goes after the comments under the key (an example to copy stays
    // above it), before the blank lines and the next key.
    let mut at = (key + 1..lines.lines.len())
        .find(|&i| !lines.is_blank(i) && lines.indent(i) == 0)
        .unwrap_or(lines.lines.len());
    while at > key + 1 && lines.bare(at - 1).trim().is_empty() {
        at -= 1;
    }
    let mut out = String::new();
    for line in &lines.lines[..key] {
        out.push_str(line);
    }
    let bare = lines.bare(key);
    if value == "[]" {
        // `history: []` becomes `history:`, its comment kept.
        let brackets = bare.find("[]").expect("found above");
        let rest = bare[brackets + 2..].trim_start();
        out.push_str(bare[..brackets].trim_end());
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(rest);
        }
        out.push_str(&lines.lines[key][bare.len()..]);
    } else {
        out.push_str(lines.lines[key]);
    }
    if !out.ends_with('\n') {
        out.push_str(lines.end);
    }
    for line in &lines.lines[key + 1..at] {
        out.push_str(line);
    }
    if at > key + 1 && !lines.lines[at - 1].ends_with('\n') {
        out.push_str(lines.end);
    }
    for line in mapping(4, "  - ", &fields) {
        out.push_str(&line);
        out.push_str(lines.end);
    }
    for line in &lines.lines[at..] {
        out.push_str(line);
    }
    Ok(out)
}

/// What follows `history:` on its own line: nothing (a block list under it, or nothing yet) or
/// `[]`. A list written on that line is refused rather than rewritten.
fn history_value<'t>(lines: &Lines<'t>, key: usize) -> Result<&'t str, EditError> {
    let after_key = lines.bare(key)["history:".len()..].trim_start();
    let value = if after_key.starts_with('#') {
        ""
    } else {
        after_key.split(" #").next().unwrap_or("").trim()
    };
    match value {
        "" | "[]" => Ok(value),
        _ => Err(EditError {
            line: key + 1,
            problem: tr!("edit-flow-list"),
        }),
    }
}

/// The indentation of the list's `- ` and of an item's keys, from the list's first item.
fn item_indent(lines: &Lines, from: usize, to: usize) -> Result<(usize, usize), EditError> {
    let first = (from..=to).find(|&i| !lines.is_blank(i)).ok_or(EditError {
        line: from + 1,
        problem: tr!("edit-no-item"),
    })?;
    let line = lines.bare(first);
    let dash = lines.indent(first);
    if !line.trim_start().starts_with('-') {
        return Err(EditError {
            line: first + 1,
            problem: tr!("edit-not-list"),
        });
    }
    let after = &line[dash + 1..];
    let key = dash + 1 + (after.len() - after.trim_start().len());
    Ok((dash, key))
}

/// A new item after line `end`, in the list's own indentation.
fn append_after(
    lines: &Lines,
    end: usize,
    dash: usize,
    fields: &[(&str, Option<&String>)],
) -> String {
    let first = format!("{}- ", " ".repeat(dash));
    lines.join(end + 1, &mapping(dash + 2, &first, fields))
}

/// A step of `history` as the file writes it: its lines and its form.
struct Item {
    /// Its first line (the one with `- `) and its last, from 0.
    start: usize,
    end: usize,
    /// The indentation of its `- `.
    dash: usize,
    /// Written on one line in braces (`- {step: 1, …}`).
    flow: bool,
}

impl Item {
    /// The step at `index` (from 0) of the file's `history`.
    fn find(lines: &Lines, index: usize) -> Result<Self, EditError> {
        let Some(key) = lines.top_level("history") else {
            return Err(EditError {
                line: 1,
                problem: tr!("edit-no-history"),
            });
        };
        history_value(lines, key)?;
        let end = lines.block_end(key, 0, true);
        let (dash, _) = item_indent(lines, key + 1, end)?;
        // The lines where each item starts.
        let starts: Vec<usize> = (key + 1..=end)
            .filter(|&i| lines.indent(i) == dash && lines.bare(i).trim_start().starts_with("- "))
            .collect();
        let Some(&start) = starts.get(index) else {
            return Err(EditError {
                line: key + 1,
                problem: tr!("edit-no-step", number = index + 1),
            });
        };
        let item_end = starts.get(index + 1).map_or(end, |&next| {
            (start..next)
                .rev()
                .find(|&i| !lines.is_blank(i))
                .unwrap_or(start)
        });
        let item = lines.bare(start).trim_start()[2..].trim_start();
        Ok(Self {
            start,
            end: item_end,
            dash,
            flow: item.starts_with('{'),
        })
    }

    /// Whether the step already has this key.
    fn has(&self, lines: &Lines, key: &str) -> bool {
        let prefix = format!("{key}:");
        (self.start..=self.end).any(|i| {
            let line = lines.bare(i).trim_start();
            let line = if i == self.start { &line[2..] } else { line };
            line.trim_start().starts_with(&prefix)
                || (self.flow && i == self.start && line.contains(&format!(" {prefix}")))
        })
    }

    /// The step with a key added: `key: value` on the last line of a block item, or
    /// `, key: value` inside the braces of a one-line item. `block` are the lines under the key
    /// for a block item (`answer:` and its fields), `flow` its value in braces.
    fn add(
        &self,
        lines: &Lines,
        key: &str,
        flow: &str,
        block: &[(&str, Option<&String>)],
        scalar: Option<&String>,
    ) -> Result<String, EditError> {
        if self.flow {
            let line = lines.bare(self.start);
            let close = line.rfind('}').ok_or(EditError {
                line: self.start + 1,
                problem: tr!("edit-brace"),
            })?;
            let edited = format!(
                "{}, {key}: {flow}{}",
                line[..close].trim_end(),
                &line[close..]
            );
            let mut out = String::new();
            for (i, l) in lines.lines.iter().enumerate() {
                if i == self.start {
                    out.push_str(&edited);
                    out.push_str(&l[line.len()..]);
                } else {
                    out.push_str(l);
                }
            }
            return Ok(out);
        }
        let keys = self.dash + 2;
        let pad = " ".repeat(keys);
        let inserted = match scalar {
            Some(value) => vec![format!("{pad}{key}: {value}")],
            None => {
                let mut inserted = vec![format!("{pad}{key}:")];
                inserted.extend(mapping(keys + 2, &" ".repeat(keys + 2), block));
                inserted
            }
        };
        Ok(lines.join(self.end + 1, &inserted))
    }
}

/// Records an answer on the step at `index` (from 0) of `history`: `answer:` and its lines at
/// the end of a block item, or `, answer: {…}` inside a one-line item.
pub fn record_answer(text: &str, index: usize, answer: &NewAnswer) -> Result<String, EditError> {
    let lines = Lines::of(text);
    let item = Item::find(&lines, index)?;
    if item.has(&lines, "answer") {
        return Err(EditError {
            line: item.start + 1,
            problem: tr!("edit-has-answer", number = index + 1),
        });
    }
    let mut parts = vec![format!("date: {}", answer.date)];
    if let Some(r) = &answer.reference {
        parts.push(format!("reference: {r}"));
    }
    if let Some(s) = &answer.summary {
        parts.push(format!("summary: {s}"));
    }
    item.add(
        &lines,
        "answer",
        &format!("{{{}}}", parts.join(", ")),
        &[
            ("date", Some(&answer.date)),
            ("reference", answer.reference.as_ref()),
            ("summary", answer.summary.as_ref()),
        ],
        None,
    )
}

/// Records the day the step at `index` (from 0) of `history` was received (the avis de
/// réception): `received: D` at the end of a block item, or inside a one-line item.
pub fn record_received(text: &str, index: usize, date: &str) -> Result<String, EditError> {
    let lines = Lines::of(text);
    let item = Item::find(&lines, index)?;
    if item.has(&lines, "received") {
        return Err(EditError {
            line: item.start + 1,
            problem: tr!("edit-has-receipt", number = index + 1),
        });
    }
    let date = date.to_string();
    item.add(&lines, "received", &date, &[], Some(&date))
}

/// Adds to the step at `index` (from 0) of `history` the keys it lacks (`tracking`,
/// `reference`, `received`, their values written as YAML scalars), and replaces its `channel`
/// when `channel` is given; a key it already has is refused, at its line.
pub fn complete_step(
    text: &str,
    index: usize,
    added: &[(&str, String)],
    channel: Option<&str>,
) -> Result<String, EditError> {
    let mut text = text.to_string();
    for (key, value) in added {
        let lines = Lines::of(&text);
        let item = Item::find(&lines, index)?;
        if item.has(&lines, key) {
            return Err(EditError {
                line: item.start + 1,
                problem: tr!("edit-has-key", number = index + 1, key = *key),
            });
        }
        text = item.add(&lines, key, value, &[], Some(value))?;
    }
    if let Some(channel) = channel {
        let lines = Lines::of(&text);
        let item = Item::find(&lines, index)?;
        text = item.replace(&lines, "channel", channel)?;
    }
    Ok(text)
}

impl Item {
    /// The step with the value of `key` replaced, its comment and every other byte kept.
    fn replace(&self, lines: &Lines, key: &str, value: &str) -> Result<String, EditError> {
        let prefix = format!("{key}:");
        for i in self.start..=self.end {
            let bare = lines.bare(i);
            // Where the key starts on the line: after the dash on the first line, inside the
            // braces of a one-line item.
            let at = if self.flow && i == self.start {
                bare.find(&format!("{{{prefix}"))
                    .map(|p| p + 1)
                    .or_else(|| bare.find(&format!(" {prefix}")).map(|p| p + 1))
            } else {
                let content = if i == self.start {
                    bare.trim_start()[1..].trim_start()
                } else {
                    bare.trim_start()
                };
                content
                    .starts_with(&prefix)
                    .then(|| bare.len() - content.len())
            };
            let Some(at) = at else { continue };
            let start = at + prefix.len();
            let rest = &bare[start..];
            let old_len = rest
                .trim_start()
                .find([',', '}', '#'])
                .unwrap_or(rest.trim_start().len());
            let old = rest.trim_start()[..old_len].trim_end();
            let from = start + (rest.len() - rest.trim_start().len());
            let mut edited = String::new();
            edited.push_str(&bare[..from]);
            edited.push_str(value);
            edited.push_str(&bare[from + old.len()..]);
            let mut out = String::new();
            for (j, line) in lines.lines.iter().enumerate() {
                if j == i {
                    out.push_str(&edited);
                    out.push_str(&line[bare.len()..]);
                } else {
                    out.push_str(line);
                }
            }
            return Ok(out);
        }
        Err(EditError {
            line: self.start + 1,
            problem: tr!("edit-no-key", key = key),
        })
    }
}

#[cfg(test)]
mod tests;
