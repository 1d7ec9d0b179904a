//! `recours institutions`: the registry as a table, one ladder in words with the source of
//! every rule, or the registry exported to correct it.

use std::fmt::Write as _;

use crate::error::{Diagnostic, Error};
use crate::registry::phrases::deadline_phrase;
use crate::registry::{Deadline, Institution, Level, Registry, RunsFrom, nearest};

use super::{Globals, InstitutionsArgs, Report, load_registry};

pub fn command(globals: &Globals, args: InstitutionsArgs) -> Result<Report, Error> {
    if let Some(file) = args.export {
        let text = match globals.registry.as_deref() {
            Some(path) => std::fs::read(path).map_err(|source| Error::Read {
                path: path.to_owned(),
                source,
            })?,
            None => crate::registry::EMBEDDED.as_bytes().to_vec(),
        };
        // Checked as it would be read back with --registry.
        load_registry(globals.registry.as_deref())?;
        crate::render::output::write_new_files(
            &[(file.clone(), &text)],
            "choose another file name; a corrected registry is never replaced",
        )?;
        return Ok(format!(
            "wrote {}\n  correct or extend it (its header explains every field), then: recours --registry {} check CASE.yaml\n",
            file.display(),
            file.display()
        )
        .into());
    }
    let id = args.id;
    let registry = load_registry(globals.registry.as_deref())?;
    match id {
        None => Ok(list_institutions(&registry).into()),
        Some(id) => show_institution(&registry, &id).map(Report::from),
    }
}

fn list_institutions(registry: &Registry) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        "ID".into(),
        "COUNTRY".into(),
        "NAME".into(),
        "LADDER".into(),
        "VERIFIED".into(),
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
            i.name.clone(),
            levels.join(" → "),
            i.verified.to_string(),
        ]);
    }
    for b in &registry.bodies {
        let kind = b.kind.french();
        rows.push([
            b.id.clone(),
            format!("{:?}", b.country),
            b.name.clone(),
            format!("({kind})"),
            b.verified.to_string(),
        ]);
    }
    table(&rows)
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
    let mut text = deadline_phrase(d.count, d.unit);
    if let Some(extended) = d.extended {
        text.push_str(&format!(
            " ({} after a holding letter)",
            deadline_phrase(extended, d.unit)
        ));
    }
    text.push_str(match d.runs_from {
        RunsFrom::Sending => ", from sending",
        RunsFrom::Receipt => ", from receipt",
        RunsFrom::FirstWritten => ", from the first written complaint",
        RunsFrom::FirstComplaint => ", from the first complaint",
        RunsFrom::Unknown => ", from a start the source does not give",
    });
    text.push_str(&format!("\n      basis: {}", registry.basis_text(&d.basis)));
    text.replace('\u{a0}', " ")
}

fn basis_line(out: &mut String, registry: &Registry, basis: &crate::registry::Basis) {
    let _ = writeln!(out, "      basis: {}", registry.basis_text(basis));
}

fn show_level(out: &mut String, registry: &Registry, level: &Level) {
    let _ = writeln!(
        out,
        "\n{}. {} ({})",
        level.level,
        level.id,
        level.kind.french()
    );
    show_recipients(out, registry, level);
    for c in &level.channels {
        let _ = writeln!(out, "   canal : {}", channel_line(c));
    }
    show_routes(out, registry, level);
    if let Some(rule) = &level.registered {
        let _ = writeln!(out, "   registered letter required");
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.acknowledge_within {
        let _ = writeln!(
            out,
            "   acknowledgement within {}",
            deadline_text(registry, d)
        );
    }
    if let Some(d) = &level.answer_within {
        let _ = writeln!(out, "   answer within {}", deadline_text(registry, d));
    }
    if let Some(d) = &level.payment_answer_within {
        let _ = writeln!(
            out,
            "   answer within, for a contested payment, {}",
            deadline_text(registry, d)
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
            tags.push(a.french().to_string());
        }
        if let Some(crate::registry::ProductFamily::Insurance) = r.products {
            tags.push("produits d’assurance".to_string());
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", tags.join(", "))
        };
        let address = match &r.address {
            Some(lines) => lines.join(", "),
            None => format!(
                "address unknown: {}",
                r.missing.as_deref().unwrap_or("no source gives it")
            ),
        };
        let _ = writeln!(out, "   to `{}`{tags}: {} — {address}", r.id, r.name);
        if let Some(basis) = &entry.basis {
            basis_line(out, registry, basis);
        }
        if let Some(why) = &r.unconfirmed {
            let _ = writeln!(out, "      UNCONFIRMED: {why}");
        }
        if let Some(note) = &entry.note {
            let _ = writeln!(out, "      note: {note}");
        }
    }
}

/// The levels a level comes after (conditions and advice), its own wait, its audience.
fn show_rules(out: &mut String, registry: &Registry, level: &Level) {
    let levels = |l: &[u32]| l.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    if let Some(rule) = &level.after {
        let _ = writeln!(
            out,
            "   after level(s) {} (condition)",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.advised_after {
        let _ = writeln!(
            out,
            "   level(s) {} advised first (advice, not a condition)",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.unanswered_after {
        let _ = writeln!(
            out,
            "   opens when the earlier levels are unanswered after {}",
            deadline_text(registry, d)
        );
    }
    if let Some(rule) = &level.after_if_answered {
        let _ = writeln!(
            out,
            "   after level(s) {} when an earlier level was answered in time",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.consumers_only {
        let _ = writeln!(out, "   open to consumers (a business case is warned)");
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
        let _ = writeln!(out, "   requires: {}", refs(&r.required));
    }
    for group in &r.required_any {
        let _ = writeln!(
            out,
            "   requires one of: {}",
            group
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(" or ")
        );
    }
    if !r.advised.is_empty() {
        let _ = writeln!(
            out,
            "   advises (a warning when missing): {}",
            refs(&r.advised)
        );
    }
    if let Some(basis) = &r.basis {
        basis_line(out, registry, basis);
    }
    if !r.cited.is_empty() {
        let _ = writeln!(out, "   cites when given: {}", refs(&r.cited));
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
        let _ = writeln!(out, "{id} — {name} ({country:?})");
        if let Some(p) = products {
            let _ = writeln!(out, "products: {p}");
        }
        for level in ladder {
            show_level(&mut out, registry, level);
        }
        let _ = writeln!(out);
        for source in sources {
            let _ = writeln!(out, "source: {}", document_text(registry, source));
        }
        let _ = writeln!(out, "verified: {verified}");
        return Ok(out);
    }
    if let Some(body) = registry.body(id) {
        let _ = writeln!(
            out,
            "{id} — {} ({}, {:?})",
            body.name,
            body.kind.french(),
            body.country
        );
        match &body.address {
            Some(lines) => {
                let _ = writeln!(out, "address: {}", lines.join(", "));
            }
            None => {
                let _ = writeln!(
                    out,
                    "address unknown: {}",
                    body.missing.as_deref().unwrap_or("no source gives it")
                );
            }
        }
        for c in &body.channels {
            let _ = writeln!(out, "canal : {}", channel_line(c));
        }
        if let Some(website) = &body.website {
            let _ = writeln!(out, "website: {website}");
        }
        if let Some(why) = &body.unconfirmed {
            let _ = writeln!(out, "UNCONFIRMED: {why}");
        }
        if let Some(note) = &body.note {
            let _ = writeln!(out, "note: {note}");
        }
        if let Some(conditions) = &body.conditions {
            let _ = writeln!(
                out,
                "conditions: {}",
                registry.basis_text(&conditions.basis)
            );
        }
        for source in &body.sources {
            let _ = writeln!(out, "source: {}", document_text(registry, source));
        }
        let _ = writeln!(out, "verified: {}", body.verified);
        return Ok(out);
    }
    let ids = registry
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .chain(registry.bodies.iter().map(|b| b.id.as_str()));
    let mut d = Diagnostic::new(
        &registry.origin,
        "",
        format!("no institution or mediator `{id}` in the registry"),
    );
    if let Some(near) = nearest(id, ids) {
        d = d.help(format!("did you mean `{near}`?"));
    } else {
        d = d.help("`recours institutions` lists them all");
    }
    Err(d.into())
}

/// A channel in one line: its kind, where it reaches, what the source adds.
fn channel_line(c: &crate::registry::Channel) -> String {
    let mut line = c.kind.french().to_string();
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
                Route::Registered => "registered letter, the PDF to post (render)".to_string(),
                Route::Post => "letter, the PDF to post (render)".to_string(),
                Route::Email { address } => {
                    format!("e-mail to {address}, a draft .eml (render --email)")
                }
                Route::Form { .. } => {
                    "web form, the text to paste (render --format text)".to_string()
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "   how, to `{}`: {}",
            entry.id,
            match described.split_first() {
                Some((first, [])) => format!("send by {first}"),
                Some((first, others)) => {
                    format!("send by {first}; or by {}", others.join("; or by "))
                }
                None => "no address is known: the case gives it (`letter.recipient_address` or `letter.recipient_email`)".to_string(),
            }
        );
    }
}
