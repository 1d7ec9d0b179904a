//! A clinic's own institutions, on top of the built-in registry: the registry files of a folder
//! (`--registry-dir DIR`, else the user's `recours` configuration folder) add documents, bodies
//! and institutions, with the same checks as the built-in ones. An id the registry already has
//! is refused, unless the entry says `replaces: ID`: the clinic keeps receiving every other
//! built-in entry as recours improves.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{Body, Document, Institution, Registry};
use crate::error::{Diagnostic, Error};

/// A registry file of a clinic's folder, as read.
#[derive(Debug, Clone)]
pub struct Addition {
    pub origin: PathBuf,
    pub text: String,
    /// The ids of the documents, bodies and institutions it gives.
    pub ids: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AdditionFile {
    #[serde(default)]
    documents: Vec<Document>,
    #[serde(default)]
    bodies: Vec<Body>,
    #[serde(default)]
    institutions: Vec<Institution>,
}

/// An entry of the registry with an id: a document, a body, an institution.
trait Entry {
    fn id(&self) -> &str;
    fn replaces(&self) -> Option<&str>;
}

macro_rules! entry {
    ($($t:ty),*) => {$(
        impl Entry for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn replaces(&self) -> Option<&str> {
                self.replaces.as_deref()
            }
        }
    )*};
}
entry!(Document, Body, Institution);

/// The user's own registry folder, `recours` in their configuration folder, when it exists.
pub fn user_registry_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let config = var("XDG_CONFIG_HOME")
        .or_else(|| var("APPDATA"))
        .or_else(|| var("HOME").map(|home| home.join(".config")))?;
    Some(config.join("recours")).filter(|dir| dir.is_dir())
}

/// The registry files of a folder, in the order of their names: `*.yaml` and `*.yml`.
pub fn registry_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let read = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_owned(),
        source,
    })?;
    let mut files: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The line (from 1) of the item `- id: ID` (or `- { id: ID, …`) in `text`, from line `from`.
pub(super) fn id_line(text: &str, id: &str, from: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from)
        .find(|(_, line)| {
            let item = line.trim_start();
            let Some(rest) = item.strip_prefix('-') else {
                return false;
            };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix('{').map_or(rest, str::trim_start);
            rest.strip_prefix("id:")
                .map(|value| value.trim_start().trim_matches(['"', '\'']))
                .and_then(|value| value.strip_prefix(id))
                .is_some_and(|after| {
                    after.is_empty() || after.starts_with([',', ' ', '}', '"', '\''])
                })
        })
        .map(|(i, _)| i + 1)
}

impl Registry {
    /// The registry with the files of a clinic's folder on top of it.
    pub fn with_additions(self, dir: &Path) -> Result<Self, Error> {
        let files = registry_files(dir)?;
        self.with_addition_files(&files)
    }

    /// The registry with these files of a clinic's folder on top of it, in this order.
    pub fn with_addition_files(mut self, files: &[PathBuf]) -> Result<Self, Error> {
        let mut faults = Vec::new();
        for path in files.iter().cloned() {
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            let file: AdditionFile =
                crate::yaml::from_str(&text, &path).map_err(super::moved_to_messages)?;
            let mut ids = Vec::new();
            let mut fault = |id: &str, problem: String, help: String| {
                let mut d = Diagnostic::new(&path, "id", problem).help(help);
                if let Some(line) = id_line(&text, id, 0) {
                    d = d.at(line as u64, 1, &text);
                }
                faults.push(d);
            };
            let taken: Vec<String> = (self.documents.iter().map(|d| d.id.clone()))
                .chain(self.bodies.iter().map(|b| b.id.clone()))
                .chain(self.institutions.iter().map(|i| i.id.clone()))
                .collect();
            for document in file.documents {
                ids.push(document.id.clone());
                merge(&mut self.documents, document, &taken, &mut fault);
            }
            for body in file.bodies {
                ids.push(body.id.clone());
                merge(&mut self.bodies, body, &taken, &mut fault);
            }
            for institution in file.institutions {
                ids.push(institution.id.clone());
                merge(&mut self.institutions, institution, &taken, &mut fault);
            }
            self.fingerprint = crate::text::digest::sha256_hex(
                format!("{}|{}", self.fingerprint, text).as_bytes(),
            );
            self.additions.push(Addition {
                origin: path,
                text,
                ids,
            });
        }
        if !faults.is_empty() {
            return Err(Error::Invalid(faults));
        }
        self.check()?;
        self.name_messages();
        Ok(self)
    }

    /// The clinic's file that gives the entry `id`, if one does.
    pub fn addition_of(&self, id: &str) -> Option<&Addition> {
        self.additions
            .iter()
            .rev()
            .find(|a| a.ids.iter().any(|i| i == id))
    }

    /// Where the entry `id` was read from, and that file's text.
    pub fn source_of(&self, id: &str) -> (&Path, &str) {
        match self.addition_of(id) {
            Some(a) => (&a.origin, &a.text),
            None => (&self.origin, &self.text),
        }
    }
}

/// Adds `item` to `into`: in place of the entry it `replaces`, or after the others when its id
/// is new; an id already taken without `replaces`, or a `replaces` that names another id or
/// nothing, is a fault.
fn merge<T: Entry>(
    into: &mut Vec<T>,
    item: T,
    taken: &[String],
    fault: &mut impl FnMut(&str, String, String),
) {
    let id = item.id().to_string();
    match item.replaces() {
        Some(replaced) if replaced != id => fault(
            &id,
            format!("`replaces: {replaced}` names another id than this entry's, `{id}`"),
            format!("an entry replaces the built-in entry of its own id: write `replaces: {id}`"),
        ),
        Some(_) => match into.iter().position(|e| e.id() == id) {
            Some(at) => into[at] = item,
            None => fault(
                &id,
                format!("`replaces: {id}`: the registry has no such entry to replace"),
                "remove `replaces:` to add it as a new entry".to_string(),
            ),
        },
        None if taken.contains(&id) || into.iter().any(|e| e.id() == id) => fault(
            &id,
            format!("the id `{id}` is already the registry's"),
            format!(
                "give this entry another id, or write `replaces: {id}` under it to replace the \
                 built-in one"
            ),
        ),
        None => into.push(item),
    }
}
