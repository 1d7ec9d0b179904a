//! The case's own texts and references: placeholders left, empty fields, card numbers pasted
//! where they do not belong, references checked (Luhn, mod 97, the institution's file number).

use super::*;

/// A warning for each card number written elsewhere than `references.card_number` (in the
/// facts, a step's reference…): letters print it masked, but the case file still holds it.
pub(super) fn card_numbers_outside_their_field(file: &CaseFile) -> Vec<String> {
    let mut warnings = Vec::new();
    for (number, line) in file.text.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for (offset, masked) in crate::text::identifiers::card_numbers_in(line) {
            let field = crate::yaml::key_path_at(&file.text, number + 1).here;
            if field == "references.card_number" {
                continue;
            }
            let column = line[..offset].chars().count() + 1;
            warnings.push(format!(
                "{}:{}:{column}: {} holds a card number ({masked}); the letter prints it masked \
                 like this — write only its last four digits, or give it as `references.card_number`",
                file.path.display(),
                number + 1,
                if field.is_empty() { "the case" } else { &field },
            ));
        }
    }
    warnings
}

pub(super) fn check_text(faults: &mut Faults, file: &CaseFile) {
    check_placeholders(faults, file);
    let case = &file.case;
    let blank = |s: &str| s.trim().is_empty();
    if blank(&case.complainant.name.value) {
        faults.push(
            faults
                .at(
                    &case.complainant.name,
                    "complainant.name",
                    "the name is empty",
                )
                .help("write the complainant's full name"),
        );
    }
    if case.complainant.address.value.iter().all(|l| blank(l)) {
        faults.push(
            faults
                .at(
                    &case.complainant.address,
                    "complainant.address",
                    "the address is empty",
                )
                .expected("the postal lines as on an envelope, the last one \"CODE LOCALITÉ\""),
        );
    }
    if blank(&case.dispute.subject.value) {
        faults.push(faults.at(&case.dispute.subject, "dispute.subject", "the subject is empty").help("say in a few words what the dispute is about; it becomes the letter's « Objet »"));
    }
    let facts_length = case.dispute.facts.value.chars().count();
    if facts_length > crate::case::MAX_FACTS_CHARS {
        faults.push(
            faults
                .at(
                    &case.dispute.facts,
                    "dispute.facts",
                    format!(
                        "the facts run to {facts_length} characters; a letter holds at most {}",
                        crate::case::MAX_FACTS_CHARS
                    ),
                )
                .help("summarise the facts and enclose the long documents as attachments"),
        );
    }
    if blank(&case.dispute.facts.value) {
        faults.push(
            faults
                .at(&case.dispute.facts, "dispute.facts", "the facts are empty")
                .expected("the facts in plain text, paragraphs separated by a blank line")
                .help("a mediator or a complaints service decides on the facts: dates, amounts, what went wrong"),
        );
    }
    let demands = &case.dispute.demands;
    if demands.value.iter().all(|d| blank(d)) {
        faults.push(
            faults
                .at(demands, "dispute.demands", "no demand is given")
                .expected(
                    "a list of what is asked, one item each (e.g. - le remboursement de 45,00 €)",
                ),
        );
    } else if let Some(i) = demands.value.iter().position(|d| blank(d)) {
        faults.push(
            faults
                .at(
                    demands,
                    format!("dispute.demands[{i}]"),
                    "this demand is empty",
                )
                .help("remove the empty item"),
        );
    }
    if let Some(representative) = &case.representative {
        if blank(&representative.name.value) {
            faults.push(faults.at(
                &representative.name,
                "representative.name",
                "the representative's name is empty",
            ));
        }
        if representative.address.value.iter().all(|l| blank(l)) {
            faults.push(faults.at(
                &representative.address,
                "representative.address",
                "the representative's address is empty",
            ));
        }
    }
}

/// Every « À COMPLÉTER » of `recours init` left in the file (comments aside), at its place.
pub(super) fn check_placeholders(faults: &mut Faults, file: &CaseFile) {
    for (number, line) in file.text.lines().enumerate() {
        if let Some(column) = line
            .find(crate::case::PLACEHOLDER)
            .filter(|_| !line.trim_start().starts_with('#'))
        {
            let column = line[..column].chars().count() as u64 + 1;
            let field = crate::yaml::key_path_at(&file.text, number + 1).here;
            faults.push(
                Diagnostic::new(
                    &file.path,
                    field,
                    "a value of `recours init` is still to be filled in",
                )
                .at(number as u64 + 1, column, &file.text)
                .help(
                    "replace « À COMPLÉTER … » by the value, or remove the line if it is optional",
                ),
            );
        }
    }
}

/// Checks every reference given and returns them in the order of the references block.
pub(super) fn check_references(
    faults: &mut Faults,
    file: &CaseFile,
    institution: &Institution,
) -> Vec<(ReferenceKind, CitedReference)> {
    let refs = &file.case.references;
    let mut out = Vec::new();
    let mut cite = |kind: ReferenceKind, value: String| {
        out.push((
            kind,
            CitedReference {
                label: kind.label().to_string(),
                value,
                kind: Some(kind),
            },
        ));
    };
    if let Some(file_number) = &refs.file_number {
        match institution.file_number_digits {
            Some(len) => match identifiers::check_fixed_digits(&file_number.value, len) {
                Ok(digits) => cite(ReferenceKind::FileNumber, digits),
                Err(why) => faults.push(
                    faults
                        .at(
                            file_number,
                            "references.file_number",
                            format!(
                                "the file number of {} has {len} digits; {why}",
                                institution.name
                            ),
                        )
                        .expected(format!(
                            "{len} digits, e.g. {}",
                            "123456789012".chars().cycle().take(len).collect::<String>()
                        ))
                        .help("copy it from a statement or a letter of the institution"),
                ),
            },
            None => cite(
                ReferenceKind::FileNumber,
                file_number.value.trim().to_string(),
            ),
        }
    }
    if let Some(contract) = &refs.contract_number {
        cite(
            ReferenceKind::ContractNumber,
            contract.value.trim().to_string(),
        );
    }
    if let Some(member) = &refs.member_number {
        cite(ReferenceKind::MemberNumber, member.value.trim().to_string());
    }
    if let Some(card) = &refs.card_number {
        match identifiers::check_card_number(&card.value) {
            Ok(digits) => cite(ReferenceKind::CardNumber, identifiers::masked_card_number(&digits)),
            Err(problem) => faults.push(
                faults
                    .at(card, "references.card_number", problem.to_string())
                    .expected("the 13 to 19 digits printed on the card")
                    .help("copy the number again from the card; the letter prints only its last four digits"),
            ),
        }
    }
    if let Some(register) = &refs.national_register {
        match identifiers::check_national_register(&register.value) {
            Ok(digits) => cite(ReferenceKind::NationalRegister, identifiers::format_national_register(&digits)),
            Err(problem) => faults.push(
                faults
                    .at(register, "references.national_register", problem.to_string())
                    .expected("11 digits written YY.MM.DD-SSS.CC, as on the back of the Belgian identity card")
                    .help("copy the number again from the identity card"),
            ),
        }
    }
    out
}

pub(super) fn reference_given(references: &crate::case::References, kind: ReferenceKind) -> bool {
    let field = match kind {
        ReferenceKind::FileNumber => &references.file_number,
        ReferenceKind::ContractNumber => &references.contract_number,
        ReferenceKind::MemberNumber => &references.member_number,
        ReferenceKind::CardNumber => &references.card_number,
        ReferenceKind::NationalRegister => &references.national_register,
    };
    field.as_ref().is_some_and(|v| !v.value.trim().is_empty())
}
