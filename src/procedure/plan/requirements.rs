//! What the level asked requires of the case: the institution known, the levels the source
//! makes a condition (and those it advises), the references, the language, the signature and
//! envelopes that fit.

use super::*;
use crate::registry::ReferenceKind;
use crate::text::messages::tr;

/// The case's institution in the registry, or the fault of naming one it does not know.
pub(super) fn find_institution<'r>(
    faults: &Faults,
    file: &CaseFile,
    registry: &'r Registry,
) -> Result<&'r Institution, Error> {
    let case = &file.case;
    registry
        .institution(&case.institution.value)
        .ok_or_else(|| {
            let known: Vec<&str> = registry
                .institutions
                .iter()
                .map(|i| i.id.as_str())
                .collect();
            let mut d = faults
                .at(
                    &case.institution,
                    "institution",
                    tr!("unknown-institution", id = case.institution.value.as_str()),
                )
                .expected(tr!("expected-one-of", list = known.join(", ")));
            if let Some(near) = registry.nearest_institution(&case.institution.value) {
                d = d.help(tr!("unknown-institution-near", near = near));
            } else {
                d = d.help(tr!("unknown-institution.help"));
            }
            Error::from(d)
        })
}

/// The levels the source makes a condition (faults when the history lacks them), and those
/// it only advises taking first (advice, returned).
pub(super) fn required_levels(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    history: &[TakenStep],
) -> Vec<String> {
    let mut advice = Vec::new();
    // The levels that must come first, and those an answer given in time is contested at
    // before going further.
    let answered_in_time = crate::procedure::admissibility::answered_in_time(
        level,
        history,
        institution.country,
        anchors(history),
    );
    let requirements = level.after_levels().iter().map(|r| (*r, false)).chain(
        level
            .after_if_answered
            .iter()
            .filter(|_| answered_in_time)
            .flat_map(|rule| rule.levels.iter().map(|r| (*r, true))),
    );
    for (required, because_answered) in requirements {
        if history.iter().any(|s| s.level == required) {
            continue;
        }
        let name = institution
            .level(required)
            .map(|l| crate::procedure::timeline::kind_of(l.kind))
            .unwrap_or_default();
        let (lead, help) = if because_answered {
            (
                tr!("level-required-answered"),
                tr!("level-required-answered.help", required = required),
            )
        } else {
            (
                String::new(),
                tr!("level-required.help", required = required),
            )
        };
        let rule = if because_answered {
            level.after_if_answered.as_ref()
        } else {
            level.after.as_ref()
        };
        let basis = rule
            .map(|r| format!(" ({})", registry.basis_text(&r.basis)))
            .unwrap_or_default();
        let d = faults.at_step(
            file,
            tr!(
                "level-required",
                lead = lead,
                level = level.level,
                kind = crate::procedure::timeline::kind_of(level.kind),
                institution = institution.short_name.as_str(),
                required = required,
                name = name,
                basis = basis
            ),
        );
        faults.push(d.help(help));
    }
    // The levels the source advises taking first: advice, not a condition.
    if let Some(rule) = &level.advised_after {
        for advised in rule
            .levels
            .iter()
            .filter(|n| !history.iter().any(|s| s.level == **n))
        {
            let name = institution
                .level(*advised)
                .map(|l| crate::procedure::timeline::kind_of(l.kind))
                .unwrap_or_default();
            advice.push(tr!(
                "advice-level-first",
                institution = institution.short_name.as_str(),
                advised = *advised,
                name = name,
                level = level.level,
                kind = crate::procedure::timeline::kind_of(level.kind),
                basis = registry.basis_text(&rule.basis)
            ));
        }
    }

    advice
}

/// The references the level cannot do without (faults), and those its source advises giving
/// (advice, returned). A reference given but invalid is reported by `check_references`.
pub(super) fn required_references(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
) -> Vec<String> {
    let case = &file.case;
    let mut advice = Vec::new();
    // References the level cannot do without (a given but invalid one is reported above), and
    // those its source advises giving.
    let refs = &level.references;
    let basis = refs
        .basis
        .as_ref()
        .map(|b| format!(" ({})", registry.basis_text(b)))
        .unwrap_or_default();
    for kind in &refs.required {
        if !reference_given(&case.references, *kind) {
            let d = Diagnostic::new(
                &file.path,
                format!("references.{}", kind.key()),
                tr!(
                    "reference-required",
                    institution = institution.short_name.as_str(),
                    level = level.level,
                    kind = crate::procedure::timeline::kind_of(level.kind),
                    noun = noun(*kind),
                    basis = basis.as_str()
                ),
            )
            .help(tr!("reference-required-help", key = kind.key()));
            faults.push(locate_references(d, file));
        }
    }
    for group in &refs.required_any {
        if !group.iter().any(|k| reference_given(&case.references, *k)) {
            let nouns: Vec<String> = group.iter().map(|k| noun(*k)).collect();
            let keys: Vec<String> = group.iter().map(|k| format!("`{}:`", k.key())).collect();
            let d = Diagnostic::new(
                &file.path,
                "references",
                tr!(
                    "reference-required",
                    institution = institution.short_name.as_str(),
                    level = level.level,
                    kind = crate::procedure::timeline::kind_of(level.kind),
                    noun = nouns.join(&tr!("reference-or-the")),
                    basis = basis.as_str()
                ),
            )
            .help(tr!(
                "reference-one-of-help",
                keys = keys.join(&tr!("reference-or"))
            ));
            faults.push(locate_references(d, file));
        }
    }
    for kind in &refs.advised {
        if !reference_given(&case.references, *kind) {
            advice.push(tr!(
                "advice-reference",
                institution = institution.short_name.as_str(),
                noun = noun(*kind),
                key = kind.key(),
                basis = basis.as_str()
            ));
        }
    }

    advice
}

/// A reference's name, as a sentence of the tool says it.
fn noun(kind: ReferenceKind) -> String {
    match kind {
        ReferenceKind::FileNumber => tr!("noun-file-number"),
        ReferenceKind::ContractNumber => tr!("noun-contract-number"),
        ReferenceKind::MemberNumber => tr!("noun-member-number"),
        ReferenceKind::CardNumber => tr!("noun-card-number"),
        ReferenceKind::NationalRegister => tr!("noun-national-register"),
    }
}

/// The letter's language: French, or Dutch for a Belgian institution.
pub(super) fn check_language(faults: &mut Faults, file: &CaseFile, institution: &Institution) {
    let case = &file.case;
    if let Some(language) = &case.letter.language {
        let belgian = institution.country == Country::BE;
        let expected = if belgian {
            tr!("language-expected-belgian")
        } else {
            "`fr`".to_string()
        };
        match language.value.as_str() {
            "fr" => {}
            "nl" | "nl-BE" | "de" | "de-BE" if belgian => {}
            asked @ ("nl" | "nl-BE" | "de" | "de-BE") => faults.push(
                faults
                    .at(
                        language,
                        "letter.language",
                        if asked.starts_with("nl") {
                            tr!(
                                "language-dutch-belgian",
                                institution = institution.short_name.as_str()
                            )
                        } else {
                            tr!(
                                "language-german-belgian",
                                institution = institution.short_name.as_str()
                            )
                        },
                    )
                    .expected(expected)
                    .help(tr!("language-belgian.help")),
            ),
            other => faults.push(
                faults
                    .at(
                        language,
                        "letter.language",
                        tr!("language-unknown", language = other),
                    )
                    .expected(expected),
            ),
        }
    }
}

/// The scanned signature, read from the case's folder.
pub(super) fn load_signature(
    faults: &mut Faults,
    file: &CaseFile,
) -> Option<crate::case::signature::Signature> {
    let case = &file.case;
    case.letter.signature_image.as_ref().and_then(|given| {
        match crate::case::signature::load(&file.path, &given.value) {
            Ok(signature) => Some(signature),
            Err(problem) => {
                faults.push(
                    faults
                        .at(given, "letter.signature_image", problem.to_string())
                        .expected(tr!("signature-expected"))
                        .help(problem.help()),
                );
                None
            }
        }
    })
}

/// Whether the blocks fit the envelope: a recipient block overflowing the window is a fault,
/// lines longer than the post asks are warnings (returned).
pub(super) fn check_envelopes(
    faults: &mut Faults,
    file: &CaseFile,
    registry: &Registry,
    institution: &Institution,
    level: &Level,
    recipient_lines: &[String],
) -> Vec<String> {
    let case = &file.case;
    // Blocks that fit the envelope.
    let mut address_warnings = Vec::new();
    let check = crate::case::address::check_block(&tr!("block-recipient"), recipient_lines, true);
    address_warnings.extend(check.warnings);
    if let Some(overflow) = check.overflow {
        let d = match &case.letter.recipient_address {
            Some(given) => faults.at(given, "letter.recipient_address", overflow),
            None => Diagnostic::new(
                &registry.origin,
                format!("{} level {}", institution.id, level.level),
                overflow,
            ),
        };
        faults.push(d.help(tr!("address-overflow.help")));
    }
    // The sender's block is in no window: the postal norms of an envelope's address do not
    // apply to it.
    address_warnings
}
