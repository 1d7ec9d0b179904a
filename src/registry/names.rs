//! What the letters name in every language (the institutions, the recipients the levels write
//! out, the bodies), and where the registry's text holds each, for a message about it.

use super::Registry;

/// What the letters need to name in every language: an institution, a recipient a level writes
/// out, or a body, with where the registry holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// The id of the message naming it (`body-ombudsfin`).
    pub message: String,
    /// What it is, for people: "the body `ombudsfin`".
    pub what: String,
    /// Its place in the registry: `bodies[3]`.
    pub field: String,
    /// Its id, and the institution whose ladder holds it (for a level's recipient).
    pub(super) id: String,
    pub(super) within: Option<String>,
}

impl Registry {
    /// Every message the letters need to name what the registry holds, with what it names:
    /// the institutions, the recipients their levels write out, the bodies.
    pub fn messages(&self) -> Vec<Named> {
        let mut out: Vec<Named> = Vec::new();
        for (i, institution) in self.institutions.iter().enumerate() {
            out.push(Named {
                message: institution.message(),
                what: format!("the institution `{}`", institution.id),
                field: format!("institutions[{i}]"),
                id: institution.id.clone(),
                within: None,
            });
            for (l, level) in institution.ladder.iter().enumerate() {
                for (r, entry) in level.recipients.iter().enumerate() {
                    if entry.body.is_some() || out.iter().any(|n| n.message == entry.message) {
                        continue;
                    }
                    out.push(Named {
                        message: entry.message.clone(),
                        what: format!(
                            "the recipient `{}` of {} level {}",
                            entry.id, institution.id, level.level
                        ),
                        field: format!("institutions[{i}].ladder[{l}].recipients[{r}]"),
                        id: entry.id.clone(),
                        within: Some(institution.id.clone()),
                    });
                }
            }
        }
        for (i, body) in self.bodies.iter().enumerate() {
            out.push(Named {
                message: format!("body-{}", body.id),
                what: format!("the body `{}`", body.id),
                field: format!("bodies[{i}]"),
                id: body.id.clone(),
                within: None,
            });
        }
        out
    }

    /// The file that holds what is named (the built-in registry, or a clinic's file), its
    /// text, and the line (from 1) where it is, when it is found (looked up for a message,
    /// never on the way to a letter).
    pub fn place_of(&self, named: &Named) -> (&std::path::Path, &str, Option<usize>) {
        let (origin, text) = self.source_of(named.within.as_deref().unwrap_or(&named.id));
        let from = match &named.within {
            Some(institution) => super::additions::id_line(text, institution, 0),
            None => Some(0),
        };
        let line = from.and_then(|from| super::additions::id_line(text, &named.id, from));
        (origin, text, line)
    }
}
