//! What a batch remembers between runs (`.recours-state*.json`): each case's fingerprint and
//! letter, to skip what did not change, and every letter written, for the evidence manifest.

use super::*;

/// What a previous run recorded of a case: enough to skip it when nothing changed, and to
/// report it as it was.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Record {
    pub(super) fingerprint: String,
    pub(super) output: String,
    pub(super) sha256: String,
    #[serde(default)]
    pub(super) institution: Option<String>,
    #[serde(default)]
    pub(super) level: Option<u32>,
    #[serde(default)]
    pub(super) message: Option<String>,
}

/// A letter a batch wrote here: it stays in the evidence manifest while the file is there
/// unchanged, whatever becomes of its case (the letter may have been posted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Written {
    pub(super) sha256: String,
    /// The case it was written for, relative to the batch folder (for shards).
    pub(super) case: String,
    /// The day it was written (the run's day).
    #[serde(default)]
    pub(super) on: Option<NaiveDate>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct State {
    pub(super) cases: BTreeMap<String, Record>,
    /// Every letter written, by its path under the output folder.
    #[serde(default)]
    pub(super) letters: BTreeMap<String, Written>,
}

impl State {
    /// Records a case's letter, written (or found again) today; a letter found again keeps
    /// the day it was first written.
    pub(super) fn remember(
        &mut self,
        previous: &State,
        case: String,
        record: Record,
        today: NaiveDate,
    ) {
        let on = previous
            .letters
            .get(&record.output)
            .filter(|w| w.sha256 == record.sha256)
            .and_then(|w| w.on)
            .unwrap_or(today);
        self.letters.insert(
            record.output.clone(),
            Written {
                sha256: record.sha256.clone(),
                case: case.clone(),
                on: Some(on),
            },
        );
        self.cases.insert(case, record);
    }
}

pub(super) const STATE_PREFIX: &str = ".recours-state";

/// Resume: the record of a case whose inputs did not change since its letter was written, and
/// whose letter is still there as written. A case with a signature image is always rendered
/// again (the image is not part of the fingerprint); its letter is then "unchanged" when the
/// bytes are the same.
pub(super) fn unchanged<'s>(
    options: &BatchOptions,
    previous: &'s State,
    key: &str,
    fingerprint: &str,
) -> Option<&'s Record> {
    previous
        .cases
        .get(key)
        .filter(|r| r.fingerprint == fingerprint)
        .filter(|r| {
            std::fs::read(options.output.join(&r.output))
                .is_ok_and(|pdf| sha256_hex(&pdf) == r.sha256)
        })
}

/// The report's row of a case skipped as unchanged: as when its letter was written.
pub(super) fn resumed_row(mut row: Row, record: &Record) -> Row {
    row.output = Some(record.output.clone());
    row.sha256 = Some(record.sha256.clone());
    row.status = Status::Unchanged;
    row.message = match &record.message {
        Some(earlier) => tr!("batch-inputs-unchanged-since", earlier = earlier),
        None => tr!("batch-inputs-unchanged"),
    };
    row.institution = record.institution.clone();
    row.level = record.level.or_else(|| level_from_output(&record.output).1);
    row
}

/// The level a recorded output is for ("…-niveau-3.pdf"); the institution is not in the name.
pub(super) fn level_from_output(output: &str) -> (Option<String>, Option<u32>) {
    let level = output
        .rsplit_once("-niveau-")
        .and_then(|(_, rest)| rest.strip_suffix(".pdf"))
        .and_then(|n| n.parse().ok());
    (None, level)
}

pub(super) fn load_state(out: &Path) -> State {
    let mut merged = State::default();
    let Ok(entries) = std::fs::read_dir(out) else {
        return merged;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(STATE_PREFIX)
            && name.ends_with(".json")
            && let Ok(text) = std::fs::read_to_string(entry.path())
            && let Ok(state) = serde_json::from_str::<State>(&text)
        {
            merged.cases.extend(state.cases);
            merged.letters.extend(state.letters);
        }
    }
    merged
}

/// Saves what this run knows, on top of what earlier runs recorded — as a view of both, not a
/// copy: a batch of 10,000 cases saves its state every few hundred letters, and copying it each
/// time raised the run's peak memory by a third.
pub(super) fn save_state(out: &Path, name: &str, previous: &State, current: &State) {
    #[derive(Serialize)]
    struct Merged<'s> {
        cases: BTreeMap<&'s String, &'s Record>,
        letters: BTreeMap<&'s String, &'s Written>,
    }
    let merged = Merged {
        cases: previous.cases.iter().chain(&current.cases).collect(),
        letters: previous.letters.iter().chain(&current.letters).collect(),
    };
    let json = serde_json::to_vec(&merged).expect("the state serializes");
    // Losing the state only costs a rerun its shortcut: no error is raised for it.
    let _ = write_atomically(&out.join(name), &json, true);
}

/// When the resume state is saved during a run: at most every [`Saving::INTERVAL`], and never
/// taking more than a fiftieth of the run (a save writes the whole state, which grows with the
/// cases done: every 256 letters, as before, a run of 10,000 cases wrote 40 states of up to
/// 6 MB).
pub(super) struct Saving {
    /// When the last save ended (or the run began).
    pub(super) last: std::time::Instant,
    /// How long the last save took.
    pub(super) took: std::time::Duration,
}

impl Saving {
    const INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

    pub(super) fn new() -> Self {
        Self {
            last: std::time::Instant::now(),
            took: std::time::Duration::ZERO,
        }
    }

    /// Whether the state is to be saved now.
    pub(super) fn due(&self) -> bool {
        self.last.elapsed() >= Self::INTERVAL.max(self.took * 50)
    }

    /// Saves, and remembers when and how long it took.
    pub(super) fn save(&mut self, save: impl FnOnce()) {
        let start = std::time::Instant::now();
        save();
        self.last = std::time::Instant::now();
        self.took = self.last - start;
    }
}
