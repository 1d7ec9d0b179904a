//! For template authors: a session that keeps the registry, the parsed templates and the
//! typesetter between renders, knows which files a letter depends on, and explains a failure
//! where it was made — a Tera error at its template's line and column, a Typst error mapped
//! back to the template line the markup came from, or else the generated markup saved beside
//! the letter with the line in it. `recours watch` and `recours preview` are built on it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

pub use files::{FileWatcher, wait_for_change};

use super::{Globals, Report, WatchArgs, print_now};
use crate::case::CaseFile;
use crate::error::Error;
use crate::registry::Registry;
use crate::render::output::write_atomically;
use crate::render::template::{TemplateSource, Templates};
use crate::render::typeset::Typesetter;
use crate::text::messages::tr;
use crate::{Engine, PlanOptions, Prepared, today};

/// What a session renders, and from what.
pub struct Session {
    pub case: PathBuf,
    registry: Option<PathBuf>,
    /// A clinic's registry folder read on top of the registry.
    registry_dir: Option<PathBuf>,
    templates: Option<PathBuf>,
    locales: Option<PathBuf>,
    engine: Engine,
    date: Option<NaiveDate>,
    /// The error of the last reading of the registry, while it stands.
    registry_error: Option<String>,
    /// The error of the last reading of the templates, while it stands.
    templates_error: Option<String>,
    /// The error of the last reading of the message files, while it stands.
    locales_error: Option<String>,
}

/// A letter laid out, ready to be shown or written.
pub struct Laid {
    pub prepared: Prepared,
    pub document: typst_layout::PagedDocument,
    /// The templates the letter used, most specific first.
    pub templates: Vec<String>,
}

/// Why a letter could not be laid out, with what is needed to explain it.
pub struct Failure {
    pub error: Box<Error>,
    /// The generated markup, when the failure is typst's.
    pub markup: Option<String>,
    /// The templates the letter uses, as far as known.
    pub templates: Vec<String>,
}

impl Session {
    /// A session for `case`; `[registry, registry_dir]` are `--registry` and `--registry-dir`.
    pub fn new(
        case: &Path,
        [registry, registry_dir]: [Option<&Path>; 2],
        templates: Option<&Path>,
        locales: Option<&Path>,
        date: Option<NaiveDate>,
    ) -> Result<Self, Error> {
        Ok(Self {
            case: case.to_owned(),
            registry: registry.map(Path::to_owned),
            registry_dir: registry_dir.map(Path::to_owned),
            templates: templates.map(Path::to_owned),
            locales: locales.map(Path::to_owned),
            engine: Engine::new(registry, templates)?
                .with_registry_dir(registry_dir)?
                .with_locales(locales)?,
            date,
            registry_error: None,
            templates_error: None,
            locales_error: None,
        })
    }

    /// The session of `watch` or `preview`, with the registry, templates and wording the
    /// command line names.
    pub fn for_command(
        globals: &Globals,
        case: &Path,
        date: Option<NaiveDate>,
    ) -> Result<Self, Error> {
        Self::new(
            case,
            [globals.registry.as_deref(), globals.registry_dir.as_deref()],
            globals.templates.as_deref(),
            globals.locales.as_deref(),
            date,
        )
    }

    /// Re-reads the registry or the templates when one of `changed` is theirs. A file that
    /// cannot be read leaves the last good one in use, and its error stands (see
    /// [`Session::standing_error`]) until a save mends it.
    pub fn reload(&mut self, changed: &BTreeSet<PathBuf>) -> Result<(), Error> {
        if let Some(dir) = &self.registry_dir
            && changed.iter().any(|c| c.starts_with(absolute(dir)))
        {
            // The registry and the names again, the clinic's folder on top: both or neither.
            let loaded = match &self.registry {
                Some(path) => Registry::load(path),
                None => Registry::embedded(),
            }
            .and_then(|r| r.with_additions(dir))
            .and_then(|r| {
                let w = crate::letter::wording::Wordings::load(self.locales.as_deref(), &[dir])?;
                w.name_every_recipient(&r)?;
                Ok((r, w))
            });
            match loaded {
                Ok((registry, wordings)) => {
                    (self.engine.registry, self.engine.wordings) = (registry, wordings);
                    self.registry_error = None;
                }
                Err(e) => self.registry_error = Some(e.to_string()),
            }
        }
        if let Some(registry) = &self.registry
            && changed.iter().any(|c| same_file(c, registry))
        {
            // A registry that adds a recipient the message files do not name stays refused.
            let loaded = Registry::load(registry).and_then(|r| {
                let r = match &self.registry_dir {
                    Some(dir) => r.with_additions(dir)?,
                    None => r,
                };
                self.engine.wordings.name_every_recipient(&r)?;
                Ok(r)
            });
            match loaded {
                Ok(loaded) => {
                    self.engine.registry = loaded;
                    self.registry_error = None;
                }
                Err(e) => self.registry_error = Some(e.to_string()),
            }
        }
        if let Some(dir) = &self.templates
            && changed
                .iter()
                .any(|c| c.parent().is_some_and(|p| same_file(p, dir)))
        {
            match Templates::from_folder(dir) {
                Ok(loaded) => {
                    self.engine.templates = loaded;
                    self.templates_error = None;
                }
                Err(e) => self.templates_error = Some(e.to_string()),
            }
        }
        if let Some(dir) = &self.locales
            && changed.iter().any(|c| c.starts_with(absolute(dir)))
        {
            let names: Vec<&Path> = self.registry_dir.as_deref().into_iter().collect();
            let loaded = crate::letter::wording::Wordings::load(Some(dir), &names).and_then(|w| {
                w.name_every_recipient(&self.engine.registry)?;
                Ok(w)
            });
            match loaded {
                Ok(loaded) => {
                    self.engine.wordings = loaded;
                    self.locales_error = None;
                }
                Err(e) => self.locales_error = Some(e.to_string()),
            }
        }
        match self.standing_error() {
            Some(message) => Err(Error::Stale(message)),
            None => Ok(()),
        }
    }

    /// The error of a registry or templates that could not be read since their last good
    /// version: the letter would be rendered from that version, so it is not.
    pub fn standing_error(&self) -> Option<String> {
        let errors: Vec<&str> = [
            self.registry_error.as_deref(),
            self.templates_error.as_deref(),
            self.locales_error.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!errors.is_empty()).then(|| errors.join("\n"))
    }

    /// The files a change of which calls for a new render: the case, its signature image, the
    /// registry file and the templates the letter used (when they come from a folder).
    pub fn dependencies(&self, used_templates: &[String]) -> BTreeSet<PathBuf> {
        let mut files = BTreeSet::from([absolute(&self.case)]);
        if let Ok(text) = crate::case::read_case_text(&self.case)
            && let Ok(file) = CaseFile::parse(text, &self.case)
            && let Some(image) = &file.case.letter.signature_image
        {
            let folder = self.case.parent().unwrap_or(Path::new(""));
            files.insert(absolute(&folder.join(image.value.trim())));
        }
        if let Some(registry) = &self.registry {
            files.insert(absolute(registry));
        }
        // A clinic's registry folder: its registry files and its files of names.
        if let Some(dir) = &self.registry_dir {
            let names = (crate::letter::wording::LOCALES.iter()).map(|l| dir.join(l.names.0));
            let registries = crate::registry::registry_files(dir).unwrap_or_default();
            files.extend(
                registries
                    .into_iter()
                    .chain(names.filter(|p| p.is_file()))
                    .map(|p| absolute(&p)),
            );
        }
        if let Some(dir) = &self.locales {
            // The message files the folder holds (one it does not hold is the built-in one).
            for file in ["fr/lettre.ftl", "nl/brief.ftl"] {
                let path = dir.join(file);
                if path.is_file() {
                    files.insert(absolute(&path));
                }
            }
        }
        if let TemplateSource::Folder(dir) = self.engine.templates.source() {
            for name in used_templates {
                files.insert(absolute(&dir.join(name)));
            }
        }
        files
    }

    /// The options of every render of the session: a level not admissible yet is rendered all
    /// the same (an author previews any letter).
    fn options(&self) -> PlanOptions {
        PlanOptions {
            step: None,
            date: self.date,
            today: today(),
            force: true,
            email: false,
        }
    }

    /// Decides and lays out the letter (a level not admissible yet is laid out all the same:
    /// an author previews any letter).
    pub fn lay_out(&self) -> Result<Laid, Failure> {
        let unplanned = |error: Error| Failure {
            error: Box::new(error),
            markup: None,
            templates: self.templates_used(),
        };
        let file = CaseFile::load(&self.case).map_err(unplanned)?;
        let options = self.options();
        let prepared = self
            .engine
            .prepare_preview(&file, options)
            .map_err(unplanned)?;
        let name = self
            .engine
            .templates
            .template_for(&prepared.letter)
            .map_err(unplanned)?;
        let templates = self.engine.templates.chain(&name);
        match Typesetter::shared().layout(
            &prepared.markup,
            prepared.identity.date,
            prepared.signature.as_ref(),
        ) {
            Ok((document, _world)) => Ok(Laid {
                prepared,
                document,
                templates,
            }),
            Err(error) => Err(Failure {
                error: Box::new(error),
                markup: Some(prepared.markup),
                templates,
            }),
        }
    }

    /// The templates a letter of this case uses, as far as it can be decided (for watching
    /// them even while the case is broken).
    pub fn templates_used(&self) -> Vec<String> {
        let Ok(file) = CaseFile::load(&self.case) else {
            return self.all_templates();
        };
        let options = self.options();
        match self.engine.plan(&file, options) {
            Ok(plan) => {
                let letter = crate::letter::compose_with(&file, &plan, &self.engine.wordings);
                match self.engine.templates.template_for(&letter) {
                    Ok(name) => self.engine.templates.chain(&name),
                    Err(_) => self.all_templates(),
                }
            }
            Err(_) => self.all_templates(),
        }
    }

    fn all_templates(&self) -> Vec<String> {
        self.engine.templates.names().map(str::to_string).collect()
    }

    /// A failure explained for a template author. A Typst error is mapped to the template line
    /// its markup came from; when none matches, the markup is saved to `markup_copy` and the
    /// message gives the line in it.
    pub fn explain(
        &self,
        error: &Error,
        templates: &[String],
        markup: Option<&str>,
        markup_copy: &Path,
    ) -> String {
        let Error::Typeset(errors) = error else {
            return error.to_string();
        };
        let folder = match self.engine.templates.source() {
            TemplateSource::Folder(dir) => Some(dir.clone()),
            TemplateSource::Embedded => None,
        };
        let mut out = format!("{}:", tr!("typesetting-failed"));
        let mut saved = false;
        for e in errors {
            match self.engine.templates.origin_of(templates, &e.source_line) {
                Some((name, line)) => {
                    let place = match &folder {
                        Some(dir) => dir.join(&name).display().to_string(),
                        None => tr!("watch-built-in", name = name.as_str()),
                    };
                    out.push_str(&format!("\n{place}:{line}: {}", e.message));
                    out.push_str(&format!(
                        "\n  {}: {}",
                        tr!("watch-markup-line", line = e.line),
                        e.source_line.trim()
                    ));
                }
                None => {
                    if !saved && let Some(markup) = markup {
                        saved = std::fs::write(markup_copy, markup).is_ok();
                    }
                    let place = if saved {
                        markup_copy.display().to_string()
                    } else {
                        tr!("watch-generated-markup")
                    };
                    out.push_str(&format!("\n{place}:{}:{}: {}", e.line, e.column, e.message));
                    out.push_str(&format!("\n  {} | {}", e.line, e.source_line));
                }
            }
            for hint in &e.hints {
                out.push_str(&format!("\n  {}", tr!("line-hint", text = hint.as_str())));
            }
        }
        crate::text::identifiers::redact_card_numbers(&out)
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

fn same_file(a: &Path, b: &Path) -> bool {
    absolute(a) == absolute(b)
}

/// The result of one render in a watch loop.
pub enum Render {
    /// The PDF was written. `notes` say what `check` and `render` would: a level not
    /// admissible (yet), and the warnings.
    Written {
        pages: usize,
        elapsed: Duration,
        notes: Vec<String>,
    },
    /// Nothing was written; the message says why and where.
    Failed(String),
}

/// Renders the case to `out` once: on success the PDF is replaced atomically; on failure the
/// last good PDF stays. Returns the outcome and the files to watch.
pub fn render_once(session: &Session, out: &Path) -> (Render, BTreeSet<PathBuf>) {
    let started = Instant::now();
    match session.lay_out() {
        Ok(laid) => {
            let files = session.dependencies(&laid.templates);
            let written = crate::render::typeset::caught(|| {
                crate::render::typeset::export(&laid.document, &laid.prepared.identity)
            })
            .map_err(|e| e.to_string())
            .and_then(|exported| exported.map_err(|_| tr!("watch-pdf-failed")))
            .and_then(|bytes| write_atomically(out, &bytes, true).map_err(|e| e.to_string()));
            match written {
                Ok(_) => (
                    Render::Written {
                        pages: laid.document.pages().len(),
                        elapsed: started.elapsed(),
                        notes: notes(&laid.prepared),
                    },
                    files,
                ),
                Err(message) => (Render::Failed(message), files),
            }
        }
        Err(failure) => {
            let message = session.explain(
                &failure.error,
                &failure.templates,
                failure.markup.as_deref(),
                &out.with_extension("typ"),
            );
            (
                Render::Failed(message),
                session.dependencies(&failure.templates),
            )
        }
    }
}

/// What a preview's status says besides "rendered": whether the letter may be sent, and the
/// warnings `check` and `render` print.
fn notes(prepared: &crate::Prepared) -> Vec<String> {
    let level = prepared.letter.level;
    let draft = if prepared.letter.draft {
        tr!("watch-draft", label = prepared.letter.labels.draft.as_str())
    } else {
        String::new()
    };
    let mut notes = Vec::new();
    match &prepared.assessment.verdict {
        crate::Verdict::Admissible => {}
        crate::Verdict::NotYet { from, because } => notes.push(tr!(
            "watch-not-yet",
            level = level,
            from = from.to_string(),
            because = because.as_str(),
            draft = draft
        )),
        crate::Verdict::NotAdmissible { rule } => notes.push(tr!(
            "watch-not-admissible",
            level = level,
            rule = rule.as_str(),
            draft = draft
        )),
    }
    notes.extend(
        prepared
            .assessment
            .warnings
            .iter()
            .map(|w| tr!("shown-warning", message = w.as_str())),
    );
    notes
        .into_iter()
        .map(|n| crate::text::identifiers::redact_card_numbers(&n))
        .collect()
}

/// Watches a session's files and re-renders on every change until the process is stopped,
/// printing a status line for each render (or the located error).
pub fn watch(mut session: Session, out: &Path, mut report: impl FnMut(&str)) -> Result<(), Error> {
    let (mut watcher, events) = FileWatcher::new()?;
    let mut changed = BTreeSet::new();
    let mut files = BTreeSet::new();
    loop {
        // A broken template or registry: the letter is not rendered from the last good one,
        // and every status says so until a save mends it.
        if let Err(e) = session.reload(&changed)
            && !files.is_empty()
        {
            report(&format!(
                "{}  {}",
                clock(),
                tr!("watch-stale", error = e.to_string())
            ));
            changed = wait_for_change(&events, &files);
            continue;
        }
        let (outcome, rendered_files) = render_once(&session, out);
        files = rendered_files;
        match outcome {
            Render::Written {
                pages,
                elapsed,
                notes,
            } => {
                report(&format!(
                    "{}  {}",
                    clock(),
                    tr!(
                        "watch-rendered",
                        path = out.display().to_string(),
                        pages = pages,
                        ms = elapsed.as_millis() as u64
                    )
                ));
                for note in notes {
                    report(&format!("  {note}"));
                }
            }
            Render::Failed(message) => report(&format!(
                "{}  {}",
                clock(),
                tr!("watch-failed", message = message)
            )),
        }
        watcher.watch_folders_of(&files)?;
        changed = wait_for_change(&events, &files);
    }
}

fn clock() -> String {
    chrono::Local::now().format("%H:%M:%S").to_string()
}

/// The command `recours watch`.
pub fn command(globals: &Globals, args: WatchArgs) -> Result<Report, Error> {
    let WatchArgs { case, output, date } = args;
    let session = Session::for_command(globals, &case, date)?;
    let out = output.unwrap_or_else(|| {
        let stem = case
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        case.with_file_name(format!("{stem}-apercu.pdf"))
    });
    println!(
        "{}",
        tr!("watch-watching", case = case.display().to_string())
    );
    watch(session, &out, print_now)?;
    Ok(Report::default())
}

mod files;
#[cfg(test)]
mod tests;
