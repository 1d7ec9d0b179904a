//! `recours institutions`: the registry as a table, one ladder in words with the source of
//! every rule, or the registry exported to correct it.

use std::fmt::Write as _;

use crate::error::{Diagnostic, Error};
use crate::registry::Prose;
use crate::registry::phrases::deadline_words;
use crate::registry::{Deadline, Institution, Level, Registry, RunsFrom, nearest};
use crate::text::messages::tr;

use super::{Globals, InstitutionsArgs, Report, load_registry};

#[derive(Debug, clap::Subcommand)]
pub enum InstitutionsCommand {
    /// Check a registry file of a clinic's folder as it would be read on top of the registry:
    /// its entries, their rules and bases, and their names in the files of names beside it.
    Check {
        /// The registry file (*.yaml).
        file: std::path::PathBuf,
    },
}

pub fn command(globals: &Globals, args: InstitutionsArgs) -> Result<Report, Error> {
    if let Some(InstitutionsCommand::Check { file }) = args.action {
        return check_file(globals, &file);
    }
    if let Some(file) = args.export {
        let text = match globals.registry.as_deref() {
            Some(path) => std::fs::read(path).map_err(|source| Error::Read {
                path: path.to_owned(),
                source,
            })?,
            None => crate::registry::EMBEDDED.as_bytes().to_vec(),
        };
        // Checked as it would be read back with --registry.
        load_registry(globals)?;
        crate::render::output::write_new_files(
            &[(file.clone(), &text)],
            &tr!("registry-export-help"),
        )?;
        let file = file.display().to_string();
        return Ok(format!(
            "{}\n  {}\n",
            tr!("registry-wrote", file = file.as_str()),
            tr!("registry-then", file = file)
        )
        .into());
    }
    let id = args.id;
    let registry = load_registry(globals)?;
    match id {
        None => Ok(list_institutions(&registry).into()),
        Some(id) => show_institution(&registry, &id).map(Report::from),
    }
}

fn list_institutions(registry: &Registry) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        tr!("inst-col-id"),
        tr!("inst-col-country"),
        tr!("inst-col-name"),
        tr!("inst-col-ladder"),
        tr!("inst-col-verified"),
    ]];
    for i in &registry.institutions {
        let levels: Vec<String> = i
            .ladder
            .iter()
            .map(|l| format!("{} {}", l.level, l.id))
            .collect();
        rows.push([
            i.id.clone(),
            format!("{:?}", i.country),
            added(registry, &i.id, &i.name),
            levels.join(" → "),
            i.verified.to_string(),
        ]);
    }
    for b in &registry.bodies {
        let kind = body_kind(b.kind);
        rows.push([
            b.id.clone(),
            format!("{:?}", b.country),
            added(registry, &b.id, &b.name),
            format!("({kind})"),
            b.verified.to_string(),
        ]);
    }
    table(&rows)
}

/// `institutions check FILE`: a clinic's registry file read on top of the registry in use
/// (without the user's folder), its recipients named by the files of names beside it.
fn check_file(globals: &Globals, file: &std::path::Path) -> Result<Report, Error> {
    let base = match globals.registry.as_deref() {
        Some(path) => Registry::load(path)?,
        None => Registry::embedded()?,
    };
    let registry = base.with_addition_files(&[file.to_owned()])?;
    let folder = file.parent().filter(|p| !p.as_os_str().is_empty());
    let names: Vec<&std::path::Path> = folder.into_iter().collect();
    crate::letter::wording::Wordings::load(None, &names)?.name_every_recipient(&registry)?;
    let added = registry
        .additions
        .last()
        .map_or(&[][..], |a| a.ids.as_slice());
    let valid = tr!(
        "inst-check-valid",
        file = file.display().to_string(),
        count = added.len(),
        ids = added.join(", ")
    );
    Ok(format!("{valid}\n").into())
}

/// An entry's name, marked when a clinic's registry folder gives it (and which file).
fn added(registry: &Registry, id: &str, name: &str) -> String {
    match registry.addition_of(id) {
        Some(a) => tr!(
            "inst-added",
            name = name,
            file = a.origin.display().to_string()
        ),
        None => name.to_string(),
    }
}

/// Rows laid out as a table, columns aligned (by characters).
fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn deadline_text(registry: &Registry, d: &Deadline) -> String {
    let mut text = deadline_words(d.count, d.unit);
    if let Some(extended) = d.extended {
        text.push_str(&format!(
            " ({})",
            tr!(
                "inst-after-holding",
                deadline = deadline_words(extended, d.unit)
            )
        ));
    }
    text.push_str(", ");
    text.push_str(&match d.runs_from {
        RunsFrom::Sending => tr!("inst-from-sending"),
        RunsFrom::Receipt => tr!("inst-from-receipt"),
        RunsFrom::FirstWritten => tr!("inst-from-first-written"),
        RunsFrom::FirstComplaint => tr!("inst-from-first-complaint"),
        RunsFrom::Unknown => tr!("inst-from-unknown"),
    });
    text.push_str("\n      ");
    text.push_str(&tr!("inst-basis", text = registry.basis_text(&d.basis)));
    text.replace('\u{a0}', " ")
}

fn basis_line(out: &mut String, registry: &Registry, basis: &crate::registry::Basis) {
    let _ = writeln!(
        out,
        "      {}",
        tr!("inst-basis", text = registry.basis_text(basis))
    );
}

fn show_level(out: &mut String, registry: &Registry, level: &Level) {
    let _ = writeln!(
        out,
        "\n{}. {} ({})",
        level.level,
        level.id,
        crate::procedure::timeline::kind_of(level.kind)
    );
    show_recipients(out, registry, level);
    for c in &level.channels {
        let _ = writeln!(out, "   {}", tr!("inst-channel", text = channel_line(c)));
    }
    show_routes(out, registry, level);
    if let Some(rule) = &level.registered {
        let _ = writeln!(out, "   {}", tr!("inst-registered"));
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.acknowledge_within {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-acknowledge", deadline = deadline_text(registry, d))
        );
    }
    if let Some(d) = &level.answer_within {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-answer", deadline = deadline_text(registry, d))
        );
    }
    if let Some(d) = &level.payment_answer_within {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-answer-payment", deadline = deadline_text(registry, d))
        );
    }
    show_rules(out, registry, level);
    show_references(out, registry, level);
}

/// A level's recipients: name, tags, address (or why it is unknown), basis, notes.
fn show_recipients(out: &mut String, registry: &Registry, level: &Level) {
    for entry in &level.recipients {
        let r = registry.resolve(entry);
        let mut tags = Vec::new();
        if let Some(a) = r.audience {
            tags.push(match a {
                crate::registry::Audience::Consumer => tr!("inst-consumers-tag"),
                crate::registry::Audience::Business => tr!("inst-businesses-tag"),
            });
        }
        if let Some(crate::registry::ProductFamily::Insurance) = r.products {
            tags.push(tr!("inst-insurance"));
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", tags.join(", "))
        };
        let address = match &r.address {
            Some(lines) => lines.join(", "),
            None => tr!(
                "inst-address-unknown",
                why = r
                    .missing
                    .clone()
                    .unwrap_or_else(|| tr!("no-source-gives-it"))
            ),
        };
        let _ = writeln!(
            out,
            "   {}",
            tr!(
                "inst-to",
                id = r.id.as_str(),
                tags = tags,
                name = r.name.as_str(),
                address = address
            )
        );
        if let Some(basis) = &entry.basis {
            basis_line(out, registry, basis);
        }
        if let Some(why) = &r.unconfirmed {
            let _ = writeln!(out, "      {}", tr!("inst-unconfirmed", why = why.as_str()));
        }
        if let Some(note) = &entry.note {
            let _ = writeln!(out, "      {}", tr!("inst-note", note = note.text()));
        }
    }
}

/// The levels a level comes after (conditions and advice), its own wait, its audience.
fn show_rules(out: &mut String, registry: &Registry, level: &Level) {
    let levels = |l: &[u32]| l.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    if let Some(rule) = &level.after {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-after", levels = levels(&rule.levels))
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.advised_after {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-advised", levels = levels(&rule.levels))
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.unanswered_after {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-opens", deadline = deadline_text(registry, d))
        );
    }
    if let Some(rule) = &level.after_if_answered {
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-after-answered", levels = levels(&rule.levels))
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.consumers_only {
        let _ = writeln!(out, "   {}", tr!("inst-consumers"));
        basis_line(out, registry, &rule.basis);
    }
}

/// The references a level requires, advises or cites.
fn show_references(out: &mut String, registry: &Registry, level: &Level) {
    let refs = |kinds: &[crate::registry::ReferenceKind]| {
        kinds.iter().map(|k| k.key()).collect::<Vec<_>>().join(", ")
    };
    let r = &level.references;
    if !r.required.is_empty() {
        let _ = writeln!(out, "   {}", tr!("inst-requires", refs = refs(&r.required)));
    }
    for group in &r.required_any {
        let keys = group.iter().map(|k| k.key()).collect::<Vec<_>>();
        let _ = writeln!(
            out,
            "   {}",
            tr!(
                "inst-requires-one-of",
                refs = keys.join(&tr!("reference-or"))
            )
        );
    }
    if !r.advised.is_empty() {
        let _ = writeln!(out, "   {}", tr!("inst-advises", refs = refs(&r.advised)));
    }
    if let Some(basis) = &r.basis {
        basis_line(out, registry, basis);
    }
    if !r.cited.is_empty() {
        let _ = writeln!(out, "   {}", tr!("inst-cites", refs = refs(&r.cited)));
    }
}

/// A document of the registry as a person looks it up: its title and where it is published.
fn document_text(registry: &Registry, id: &str) -> String {
    match registry.document(id) {
        Some(d) => match &d.url {
            Some(url) => format!("{} ({url})", d.title),
            None => d.title.clone(),
        },
        None => id.to_string(),
    }
}

fn show_institution(registry: &Registry, id: &str) -> Result<String, Error> {
    let mut out = String::new();
    if let Some(institution) = registry.institution(id) {
        let Institution {
            name,
            country,
            products,
            sources,
            verified,
            ladder,
            ..
        } = institution;
        let _ = writeln!(out, "{id} — {} ({country:?})", added(registry, id, name));
        if let Some(p) = products {
            let _ = writeln!(out, "{}", tr!("inst-products", products = p.to_string()));
        }
        for level in ladder {
            show_level(&mut out, registry, level);
        }
        let _ = writeln!(out);
        for source in sources {
            let _ = writeln!(
                out,
                "{}",
                tr!("inst-source", source = document_text(registry, source))
            );
        }
        let _ = writeln!(out, "{}", tr!("inst-verified", date = verified.to_string()));
        return Ok(out);
    }
    if let Some(body) = registry.body(id) {
        let _ = writeln!(
            out,
            "{id} — {} ({}, {:?})",
            body.name,
            body_kind(body.kind),
            body.country
        );
        match &body.address {
            Some(lines) => {
                let _ = writeln!(out, "{}", tr!("inst-address", address = lines.join(", ")));
            }
            None => {
                let why = (body.missing.as_ref())
                    .map(Prose::text)
                    .unwrap_or_else(|| tr!("no-source-gives-it"));
                let _ = writeln!(out, "{}", tr!("inst-address-unknown", why = why));
            }
        }
        for c in &body.channels {
            let _ = writeln!(out, "{}", tr!("inst-channel", text = channel_line(c)));
        }
        if let Some(website) = &body.website {
            let _ = writeln!(out, "{}", tr!("inst-website", url = website.as_str()));
        }
        if let Some(why) = &body.unconfirmed {
            let _ = writeln!(out, "{}", tr!("inst-unconfirmed", why = why.text()));
        }
        if let Some(note) = &body.note {
            let _ = writeln!(out, "{}", tr!("inst-note", note = note.text()));
        }
        if let Some(conditions) = &body.conditions {
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "inst-conditions",
                    text = registry.basis_text(&conditions.basis)
                )
            );
        }
        for source in &body.sources {
            let _ = writeln!(
                out,
                "{}",
                tr!("inst-source", source = document_text(registry, source))
            );
        }
        let _ = writeln!(
            out,
            "{}",
            tr!("inst-verified", date = body.verified.to_string())
        );
        return Ok(out);
    }
    let ids = registry
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .chain(registry.bodies.iter().map(|b| b.id.as_str()));
    let mut d = Diagnostic::new(&registry.origin, "", tr!("inst-unknown", id = id));
    if let Some(near) = nearest(id, ids) {
        d = d.help(tr!("yaml-did-you-mean", near = near));
    } else {
        d = d.help(tr!("inst-unknown.help"));
    }
    Err(d.into())
}

/// What a body is, in words.
fn body_kind(kind: crate::registry::BodyKind) -> String {
    match kind {
        crate::registry::BodyKind::Mediator => tr!("inst-kind-mediator"),
        crate::registry::BodyKind::Authority => tr!("inst-kind-authority"),
        crate::registry::BodyKind::Portal => tr!("inst-kind-portal"),
    }
}

/// A channel in one line: its kind, where it reaches, what the source adds.
fn channel_line(c: &crate::registry::Channel) -> String {
    let mut line = crate::procedure::timeline::channel_words(c.kind);
    for part in [&c.address, &c.detail].into_iter().flatten() {
        line.push_str(" — ");
        line.push_str(part);
    }
    line
}

/// How a letter reaches each recipient of a level, the recommended way first, and what
/// recours makes for each: a PDF to post, an e-mail draft, the text for a web form.
fn show_routes(out: &mut String, registry: &Registry, level: &Level) {
    use crate::procedure::delivery::{Route, routes};
    for entry in &level.recipients {
        let recipient = registry.resolve(entry);
        let email = recipient.email.clone().or_else(|| {
            (level.channels.iter())
                .find(|c| c.kind == crate::registry::ChannelKind::Email)
                .and_then(|c| c.address.clone())
        });
        let ways = routes(
            registry,
            level,
            &recipient,
            email.as_deref(),
            recipient.address.is_some(),
            false,
        );
        let described: Vec<String> = ways
            .iter()
            .map(|route| match route {
                Route::Registered => tr!("inst-route-registered"),
                Route::Post => tr!("inst-route-post"),
                Route::Email { address } => tr!("inst-route-email", address = address.as_str()),
                Route::Form { .. } => tr!("inst-route-form"),
            })
            .collect();
        let how = match described.split_first() {
            Some((first, others)) => {
                let mut how = tr!("inst-send-by", way = first.as_str());
                for other in others {
                    how.push_str(&tr!("inst-or-by", way = other.as_str()));
                }
                how
            }
            None => tr!("inst-no-address"),
        };
        let _ = writeln!(
            out,
            "   {}",
            tr!("inst-how", id = entry.id.as_str(), how = how)
        );
    }
}
