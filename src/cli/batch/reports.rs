//! What a batch leaves beside its letters: `report.csv` (one line a case; `--excel` for a
//! French spreadsheet), `report.json`, the append-only evidence manifest `SHA256SUMS`, and
//! the summary for a person.

use std::collections::HashSet;

use super::*;

/// The outcome of a batch.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub cases: usize,
    pub written: usize,
    pub unchanged: usize,
    pub waiting: usize,
    /// Cases whose ladder is climbed to its last level.
    pub done: usize,
    pub failed: usize,
    pub rows: Vec<Row>,
}

/// A field of `report.csv`: on one line (a message's source excerpt is left to
/// `report.json` and the terminal), quoted when it holds the separator or a quote.
pub(crate) fn csv_field(text: &str, separator: char) -> String {
    let text = one_line(text);
    if text.contains([separator, '"']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A message on one line: its lines joined with « — », without the excerpt of the case file
/// (`  |`, ` 16 | …`, `  ^`) that a terminal shows under a located error.
pub(super) fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| {
            !line.is_empty()
                && !line.starts_with('|')
                && !line
                    .split_once(" | ")
                    .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
                && !line.chars().all(|c| c == '^' || c == '|' || c == ' ')
        })
        .collect::<Vec<_>>()
        .join(" — ")
}

pub(super) fn write_reports(
    out: &Path,
    options: &BatchOptions,
    summary: &Summary,
    recorded: &State,
) -> Result<(), Error> {
    let shard = options.shard;
    let suffix = shard.map(|s| s.suffix()).unwrap_or_default();
    let (separator, end) = if options.excel {
        (';', "\r\n")
    } else {
        (',', "\n")
    };
    let header = [
        "case",
        "institution",
        "level",
        "output",
        "status",
        "message",
        "sha256",
        "admissible_from",
        "reason",
    ];
    let mut csv = String::new();
    if options.excel {
        csv.push('\u{feff}');
    }
    csv.push_str(&header.join(&separator.to_string()));
    csv.push_str(end);
    for row in &summary.rows {
        let fields = [
            row.case.clone(),
            row.institution.clone().unwrap_or_default(),
            row.level.map(|l| l.to_string()).unwrap_or_default(),
            row.output.clone().unwrap_or_default(),
            row.status.word().to_string(),
            row.message.clone(),
            row.sha256.clone().unwrap_or_default(),
            row.admissible_from
                .map(|d| d.to_string())
                .unwrap_or_default(),
            row.reason.clone().unwrap_or_default(),
        ];
        csv.push_str(
            &fields
                .iter()
                .map(|f| csv_field(f, separator))
                .collect::<Vec<_>>()
                .join(&separator.to_string()),
        );
        csv.push_str(end);
    }
    write_atomically(
        &out.join(format!("report{suffix}.csv")),
        csv.as_bytes(),
        true,
    )?;
    let mut json = serde_json::to_vec_pretty(summary).expect("a summary serializes");
    json.push(b'\n');
    write_atomically(&out.join(format!("report{suffix}.json")), &json, true)?;
    // The letters this run put in place are known by the bytes it wrote; an earlier run's are
    // read back, to list only a file that still holds its letter.
    let put_in_place: HashSet<(&str, &str)> = (summary.rows.iter())
        .filter(|row| row.status == Status::Written)
        .filter_map(|row| Some((row.output.as_deref()?, row.sha256.as_deref()?)))
        .collect();
    append_to_manifest(
        &out.join(format!("SHA256SUMS{suffix}")),
        out,
        recorded,
        &put_in_place,
    )
}

/// The evidence manifest is append-only: a line, once written, stays — whatever becomes of
/// its case or its file (a letter may have been posted, then moved away: `sha256sum -c
/// --ignore-missing` checks the others). Each letter a batch wrote here that the manifest does
/// not list yet is added, after a comment line with the day it was written and its case
/// (`sha256sum -c` skips comment lines). A letter of `put_in_place` (its path and digest) is
/// listed as it is; another is listed only if its file still holds it.
pub(super) fn append_to_manifest(
    manifest: &Path,
    out: &Path,
    recorded: &State,
    put_in_place: &HashSet<(&str, &str)>,
) -> Result<(), Error> {
    let mut text = match std::fs::read_to_string(manifest) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => {
            return Err(Error::Read {
                path: manifest.to_owned(),
                source,
            });
        }
    };
    let listed: HashSet<(&str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once("  "))
        .collect();
    let mut new: Vec<(&String, &Written)> = recorded
        .letters
        .iter()
        .filter(|(path, written)| !listed.contains(&(written.sha256.as_str(), path.as_str())))
        .filter(|(path, written)| {
            put_in_place.contains(&(path.as_str(), written.sha256.as_str()))
                || std::fs::read(out.join(path)).is_ok_and(|pdf| sha256_hex(&pdf) == written.sha256)
        })
        .collect();
    if new.is_empty() && !text.is_empty() {
        return Ok(());
    }
    new.sort_by_key(|(path, written)| (written.on, path.as_str()));
    let mut added = String::new();
    for (path, written) in new {
        let on = written
            .on
            .map(|d| format!("written {d}"))
            .unwrap_or_else(|| "written by an earlier run".to_string());
        added.push_str(&format!(
            "# {on} for {}\n{}  {path}\n",
            written.case, written.sha256
        ));
    }
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&added);
    write_atomically(manifest, text.as_bytes(), true)?;
    Ok(())
}

impl Summary {
    /// The counts of the rows, in their order.
    pub(super) fn of(rows: Vec<Row>) -> Self {
        let count = |status: Status| rows.iter().filter(|r| r.status == status).count();
        Summary {
            cases: rows.len(),
            written: count(Status::Written),
            unchanged: count(Status::Unchanged),
            waiting: count(Status::Waiting),
            done: count(Status::Done),
            failed: count(Status::Failed),
            rows,
        }
    }

    /// The closing lines for a person: the counts, then each failure with its reason.
    pub fn to_text(&self) -> String {
        let mut out = tr!(
            "batch-summary",
            cases = self.cases,
            written = self.written,
            unchanged = self.unchanged,
            waiting = self.waiting,
            failed = self.failed,
            done = self.done
        );
        out.push('\n');
        for row in self.rows.iter().filter(|r| r.status == Status::Waiting) {
            out.push_str(&format!(
                "\n{}\n  {}{}\n",
                tr!("batch-waiting-case", case = row.case.as_str()),
                row.message,
                row.reason
                    .as_deref()
                    .map(|r| tr!("batch-because", reason = r))
                    .unwrap_or_default()
            ));
        }
        for row in self.rows.iter().filter(|r| !r.warnings.is_empty()) {
            out.push_str(&format!(
                "\n{}\n",
                tr!(
                    "batch-warned-case",
                    case = row.case.as_str(),
                    output = row.output.as_deref().unwrap_or_default()
                )
            ));
            for warning in &row.warnings {
                out.push_str(&format!("  ⚠ {}\n", warning.replace('\n', "\n    ")));
            }
        }
        for row in self.rows.iter().filter(|r| r.status == Status::Failed) {
            out.push_str(&format!(
                "\n{}\n  {}\n",
                tr!("batch-failed-case", case = row.case.as_str()),
                row.message.replace('\n', "\n  ")
            ));
        }
        out
    }
}
