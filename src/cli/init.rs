//! `recours init`: a case file to fill in, for one institution, with French comments — the
//! references it asks for, its levels, what each field means — and the schema line editors
//! use to complete and check it. Every value to provide reads « À COMPLÉTER »; `recours check`
//! points at any left.

use std::fmt::Write as _;

use super::{Globals, InitArgs, Report, load_registry};
use crate::error::{Diagnostic, Error};
use crate::registry::phrases::deadline_phrase;
use crate::registry::{ChannelKind, Institution, ReferenceKind, Registry};
use crate::text::messages::tr;

pub use crate::case::PLACEHOLDER;

/// The schema file `init` writes beside the case.
pub const SCHEMA_FILE: &str = "case.schema.json";

fn reference_comment(kind: ReferenceKind, institution: &Institution) -> String {
    match kind {
        ReferenceKind::FileNumber => match institution.file_number_digits {
            Some(n) => format!("numéro de dossier ({n} chiffres)"),
            None => "numéro de dossier".into(),
        },
        ReferenceKind::ContractNumber => "numéro de contrat".into(),
        ReferenceKind::MemberNumber => "numéro d’adhérent".into(),
        ReferenceKind::CardNumber => {
            "numéro de carte : clé de Luhn vérifiée, seuls les 4 derniers chiffres sont imprimés"
                .into()
        }
        ReferenceKind::NationalRegister => {
            "numéro de registre national (AA.MM.JJ-SSS.CC), vérifié".into()
        }
    }
}

/// How much the ladder needs a reference, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    Optional,
    Advised,
    OneOf,
    Required,
}

/// The case file `init` writes for an institution.
pub fn case_template(registry: &Registry, institution: &Institution) -> String {
    let p = PLACEHOLDER;
    let mut y = String::new();
    let _ = writeln!(y, "# yaml-language-server: $schema={SCHEMA_FILE}");
    let _ = writeln!(y, "# Dossier de réclamation — {}", institution.name);
    let _ = writeln!(
        y,
        "# Remplacez chaque « {p} », puis : recours check <ce fichier>, et recours render <ce fichier>."
    );
    ladder(&mut y, registry, institution);
    parties(&mut y, institution);
    references(&mut y, institution);
    dispute(&mut y);
    history_and_letter(&mut y, registry, institution);
    y
}

/// The institution's levels in a comment: recipient, deadline, conditions.
fn ladder(y: &mut String, registry: &Registry, institution: &Institution) {
    let _ = writeln!(
        y,
        "#\n# La procédure (niveau : destinataire ; délais ; conditions) :"
    );
    for level in &institution.ladder {
        let recipient = registry.resolve(&level.recipients[0]);
        let mut line = format!(
            "#   {}. {} ({}) : {}",
            level.level,
            level.id,
            level.kind.french(),
            recipient.name
        );
        if recipient.address.is_none() {
            line.push_str(" — adresse postale inconnue");
        }
        if let Some(d) = &level.answer_within {
            line.push_str(&format!(
                " ; réponse sous {}",
                deadline_phrase(d.count, d.unit).replace('\u{a0}', " ")
            ));
        }
        if level.registered.is_some() {
            line.push_str(" ; lettre recommandée uniquement");
        }
        if !level.after_levels().is_empty() {
            let after: Vec<String> = level.after_levels().iter().map(u32::to_string).collect();
            let levels = if after.len() > 1 {
                "les niveaux"
            } else {
                "le niveau"
            };
            line.push_str(&format!(" ; après {levels} {}", after.join(" et ")));
        }
        if let Some(advised) = &level.advised_after {
            let after: Vec<String> = advised.levels.iter().map(u32::to_string).collect();
            line.push_str(&format!(" ; niveau {} conseillé avant", after.join(" et ")));
        }
        let _ = writeln!(y, "{line}");
    }
    let _ = writeln!(y);
}

/// The complainant, and the clinic acting for them (commented).
fn parties(y: &mut String, institution: &Institution) {
    let p = PLACEHOLDER;
    let _ = writeln!(y, "complainant:");
    // recours does not guess it: the person says how the letter addresses them.
    let _ = writeln!(
        y,
        "  # civility: Madame                # Madame | Monsieur : retirez « # » et choisissez, ou laissez la ligne ainsi"
    );
    let _ = writeln!(y, "  name: \"{p} : prénom et nom\"");
    let _ = writeln!(
        y,
        "  address:                          # l’adresse postale, une ligne par élément, la dernière « CODE LOCALITÉ »"
    );
    let _ = writeln!(y, "    - \"{p} : numéro et rue\"");
    let _ = writeln!(y, "    - \"{p} : code postal et localité\"");
    let _ = writeln!(
        y,
        "  type: consumer                    # consumer (particulier) | business (professionnel)"
    );
    let _ = writeln!(y, "  # email: prenom.nom@example.org     # facultatif");
    let _ = writeln!(y, "  # phone: \"+33 6 00 00 00 00\"       # facultatif");
    let _ = writeln!(
        y,
        "# representative:                    # si une clinique juridique agit pour la personne (mandat écrit)"
    );
    let _ = writeln!(y, "#   name: Clinique juridique …");
    let _ = writeln!(y, "#   address: [adresse, code postal et localité]");
    let _ = writeln!(
        y,
        "#   mandate_date: 2026-01-31         # la date du mandat écrit, joint à la lettre"
    );
    let _ = writeln!(
        y,
        "#   reference: CJ-2026-117           # facultatif : votre référence, imprimée « N/Réf. »"
    );
    let _ = writeln!(y, "#   email: clinique@example.org      # facultatif");
    let _ = writeln!(y, "#   phone: \"+33 3 20 00 00 00\"       # facultatif");
    let _ = writeln!(
        y,
        "#   signatory: {{name: Prénom Nom, role: juriste}}   # facultatif : qui signe pour la clinique"
    );
    let _ = writeln!(y, "institution: {}", institution.id);
    let _ = writeln!(y, "product: \"{p} : le produit ou le contrat en cause\"");
}

/// Each reference the ladder uses, with the strongest need any level has of it.
pub fn reference_needs(institution: &Institution) -> Vec<(ReferenceKind, Need)> {
    let mut kinds: Vec<(ReferenceKind, Need)> = Vec::new();
    let mut note =
        |kind: ReferenceKind, need: Need| match kinds.iter_mut().find(|(k, _)| *k == kind) {
            Some(entry) => entry.1 = entry.1.max(need),
            None => kinds.push((kind, need)),
        };
    for level in &institution.ladder {
        let refs = &level.references;
        refs.required.iter().for_each(|k| note(*k, Need::Required));
        refs.required_any
            .iter()
            .flatten()
            .for_each(|k| note(*k, Need::OneOf));
        refs.advised.iter().for_each(|k| note(*k, Need::Advised));
        refs.cited.iter().for_each(|k| note(*k, Need::Optional));
    }
    kinds
}

/// Each reference the ladder uses, with the strongest need any level has of it.
fn references(y: &mut String, institution: &Institution) {
    let p = PLACEHOLDER;
    let kinds = reference_needs(institution);
    let _ = writeln!(
        y,
        "references:                         # celles que l’institution utilise ; supprimez celles que vous n’avez pas"
    );
    for (kind, need) in kinds {
        let partners: Vec<&str> = institution
            .ladder
            .iter()
            .flat_map(|l| &l.references.required_any)
            .filter(|group| group.contains(&kind))
            .flatten()
            .filter(|k| **k != kind)
            .map(|k| k.key())
            .collect();
        let one_of = format!("exigé si vous ne donnez pas {}", partners.join(" ni "));
        let need = match need {
            Need::Required => "exigé",
            Need::OneOf => one_of.as_str(),
            Need::Advised => "conseillé",
            Need::Optional => "facultatif",
        };
        let _ = writeln!(
            y,
            "  {}: \"{p}\"   # {need} : {}",
            kind.key(),
            reference_comment(kind, institution)
        );
    }
}

/// The dispute: subject, facts, demands, amount, court.
fn dispute(y: &mut String) {
    let p = PLACEHOLDER;
    let _ = writeln!(y, "dispute:");
    let _ = writeln!(
        y,
        "  subject: \"{p} : l’objet en quelques mots\"     # devient l’« Objet » de la lettre"
    );
    let _ = writeln!(
        y,
        "  facts: |                          # les faits : dates, montants ; une ligne vide sépare les paragraphes"
    );
    let _ = writeln!(y, "    {p} : ce qui s’est passé.");
    let _ = writeln!(
        y,
        "  demands:                          # ce que vous demandez, une ligne chacune"
    );
    let _ = writeln!(y, "    - \"{p} : ce que vous demandez\"");
    let _ = writeln!(
        y,
        "  # amount: 45.00                   # facultatif : le montant en litige, en euros, avec un point (45.00, pas 45,00)"
    );
    let _ = writeln!(
        y,
        "  # court_action: false             # true si un tribunal est déjà saisi (pas de médiateur alors)"
    );
}

/// The history (an example to uncomment, or the call a ladder starts with), the attachments
/// and the letter.
fn history_and_letter(y: &mut String, registry: &Registry, institution: &Institution) {
    let p = PLACEHOLDER;
    let _ = writeln!(
        y,
        "history:                            # les démarches déjà faites, de la plus ancienne à la plus récente ;\n\
         \x20                                   #   pour en noter une, retirez « # » (et l’espace qui le suit) des lignes d’un exemple"
    );
    let first = institution.ladder.first();
    let letterless_first = first
        .map(|l| {
            registry.resolve(&l.recipients[0]).address.is_none() && institution.ladder.len() > 1
        })
        .unwrap_or(false);
    let channels = "phone | email | letter | registered | portal | chat | in-person (ou : téléphone, courriel, courrier, lettre recommandée, formulaire, en personne)";
    if letterless_first && first.is_some_and(|l| l.id == "service-clients") {
        let _ = writeln!(
            y,
            "  - step: 1                         # l’appel ou le chat au service clients"
        );
        let _ = writeln!(
            y,
            "    date: \"{p} : AAAA-MM-JJ\"     # l’année d’abord : 2026-07-12 pour le 12/07/2026"
        );
        let _ = writeln!(y, "    channel: phone                  # {channels}");
    }
    for line in [
        "  # - step: 1                       # le niveau (1, 2, 3…) ou son identifiant",
        "  #   date: 2026-07-02              # la date d’envoi, l’année d’abord",
    ] {
        let _ = writeln!(y, "{line}");
    }
    let _ = writeln!(y, "  #   channel: letter               # {channels}");
    for line in [
        "  #   received: 2026-07-04          # facultatif : la date de l’avis de réception",
        "  #   tracking: \"1A 123 456 7890 1\"  # le numéro du recommandé, s’il y en a un",
        "  #   reference: \"REC-2026-1234\"     # la référence que l’institution a donnée à la démarche",
        "  #   answer:                       # la réponse reçue ; supprimez ces lignes si aucune",
        "  #     date: 2026-07-20",
        "  #     reference: \"REP-55102\"",
        "  #     summary: refus de rembourser les frais",
    ] {
        let _ = writeln!(y, "{line}");
    }
    let _ = writeln!(
        y,
        "attachments:                        # les pièces jointes, outre les copies des courriers et réponses, une par ligne"
    );
    let _ = writeln!(y, "  # - Relevé de compte de juin 2026");
    let _ = writeln!(
        y,
        "letter:                             # la lettre à écrire maintenant ; tout est facultatif"
    );
    let _ = writeln!(
        y,
        "  # date: 2026-11-21                # par défaut : aujourd’hui"
    );
    let _ = writeln!(
        y,
        "  # step: 2                         # par défaut : le niveau suivant de l’historique"
    );
    let by_email = first.is_some_and(|l| l.channels.iter().any(|c| c.kind == ChannelKind::Email));
    if letterless_first && first.is_some_and(|l| l.id != "service-clients") && by_email {
        // Reached by post or by e-mail: neither is to fill in before the person chooses.
        let _ = writeln!(
            y,
            "  # recipient_address:             # par la poste : l’adresse de votre interlocuteur (contrat, courriers reçus), recours ne l’invente pas ; retirez « # » de ces quatre lignes"
        );
        let _ = writeln!(y, "  #   - \"{p} : nom du destinataire\"");
        let _ = writeln!(y, "  #   - \"{p} : numéro et rue\"");
        let _ = writeln!(y, "  #   - \"{p} : code postal et localité\"");
        let _ = writeln!(
            y,
            "  # recipient_email: prenom.nom@example.org   # ou par courriel (recours render --email) : son adresse"
        );
    } else if letterless_first && first.is_some_and(|l| l.id != "service-clients") {
        let _ = writeln!(
            y,
            "  recipient_address:               # l’adresse de votre interlocuteur (contrat, courriers reçus) : recours ne l’invente pas"
        );
        let _ = writeln!(y, "    - \"{p} : nom du destinataire\"");
        let _ = writeln!(y, "    - \"{p} : numéro et rue\"");
        let _ = writeln!(y, "    - \"{p} : code postal et localité\"");
    }
}

/// Writes a new case file — its folder created if need be, never over a file that is there —
/// and refreshes the schema beside it; returns the schema's path and whether it was there.
pub fn write_new_case(
    registry: &Registry,
    output: &std::path::Path,
    text: &str,
) -> Result<(std::path::PathBuf, bool), Error> {
    // The folder is created, as `batch -o` does.
    if let Some(folder) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::render::output::create_folder(folder)?;
    }
    // Never over a file that is there: a case file may already be filled in.
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(output);
    let mut created = match created {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::CaseFileExists(output.to_path_buf()));
        }
        Err(source) => {
            return Err(Error::Write {
                path: output.to_path_buf(),
                source,
            });
        }
    };
    std::io::Write::write_all(&mut created, text.as_bytes()).map_err(|source| Error::Write {
        path: output.to_path_buf(),
        source,
    })?;
    // The schema is generated from the tool and the registry: written again at each
    // init, so that it stays that of the tool in use (no one edits it).
    let schema = output.with_file_name(crate::cli::init::SCHEMA_FILE);
    let refreshed = schema.exists();
    crate::render::output::write_atomically(
        &schema,
        crate::case::schema::case_schema_text(registry).as_bytes(),
        true,
    )?;
    Ok((schema, refreshed))
}

/// The command `recours init`.
pub fn command(globals: &Globals, args: InitArgs) -> Result<Report, Error> {
    let InitArgs {
        institution,
        output,
    } = args;
    let registry = load_registry(globals)?;
    let Some(found) = registry.institution(&institution) else {
        return Err(unknown_institution(&registry, &institution, &output));
    };
    let text = crate::cli::init::case_template(&registry, found);
    let (schema, refreshed) = write_new_case(&registry, &output, &text)?;
    let (case, schema) = (output.display().to_string(), schema.display().to_string());
    let wrote = match refreshed {
        true => tr!(
            "init-wrote-refreshed",
            case = case.as_str(),
            schema = schema
        ),
        false => tr!("init-wrote", case = case.as_str(), schema = schema),
    };
    Ok(format!("{wrote}\n  {}\n", tr!("init-fill-in", case = case)).into())
}

/// `init --institution X` where X is no institution: a mediator or an authority is reached
/// through a firm's ladder (which ones lead to it); ids that hold X (`cetelem`: both Cetelem
/// ids); else the nearest id.
fn unknown_institution(registry: &Registry, id: &str, output: &std::path::Path) -> Error {
    let d = Diagnostic::new(output, "--institution", tr!("unknown-institution", id = id));
    let ids = |ids: Vec<&str>| {
        ids.iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let Some(body) = registry.body(id) {
        let leading: Vec<&str> = (registry.institutions.iter())
            .filter(|i| {
                (i.ladder.iter().flat_map(|l| &l.recipients)).any(|r| r.body.as_deref() == Some(id))
            })
            .map(|i| i.id.as_str())
            .collect();
        return d
            .help(tr!(
                "unknown-institution-body",
                name = body.name.as_str(),
                kind = match body.kind {
                    crate::registry::BodyKind::Mediator => "mediator",
                    crate::registry::BodyKind::Authority => "authority",
                    crate::registry::BodyKind::Portal => "portal",
                },
                institutions = ids(leading)
            ))
            .into();
    }
    let wanted = id.to_lowercase();
    let holding: Vec<&str> = (registry.institutions.iter())
        .map(|i| i.id.as_str())
        .filter(|i| !wanted.is_empty() && i.contains(&wanted))
        .collect();
    match (holding.as_slice(), registry.nearest_institution(id)) {
        ([], Some(near)) => d.help(tr!("unknown-institution-near", near = near)),
        ([], None) => d.help(tr!("unknown-institution.help")),
        ([only], _) => d.help(tr!("unknown-institution-near", near = *only)),
        (_, _) => d.help(tr!("unknown-institution-several", ids = ids(holding))),
    }
    .into()
}
