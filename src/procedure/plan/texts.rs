//! The case's own texts and references: placeholders left, empty fields, card numbers pasted
//! where they do not belong, references checked (Luhn, mod 97, the institution's file number).

use super::*;
use crate::case::PLACEHOLDER;
use crate::text::messages::tr;

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
            let place = format!("{}:{}:{column}", file.path.display(), number + 1);
            let field = if field.is_empty() {
                tr!("the-case")
            } else {
                field
            };
            warnings.push(tr!(
                "card-in-text",
                place = place,
                field = field,
                masked = masked
            ));
        }
    }
    warnings
}

/// Whether an address's last line is a postcode and a locality, as La Poste and bpost ask:
/// « 59000 Lille », « 1000 Bruxelles », « B-5590 Ciney ».
pub fn is_postcode_line(line: &str) -> bool {
    let line = line.trim();
    let line = line
        .split_once('-')
        .filter(|(country, _)| (1..=2).contains(&country.len()))
        .filter(|(country, _)| country.chars().all(|c| c.is_ascii_uppercase()))
        .map_or(line, |(_, rest)| rest);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (4..=5).contains(&digits)
        && line[digits..].starts_with(' ')
        && !line[digits..].trim().is_empty()
}

/// Whether a text is an e-mail address: one `@`, something before it, a domain with a dot
/// after it, no space.
pub fn is_email_address(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// The postal addresses and e-mail addresses of the complainant and of the clinic: an address
/// ends with its postcode and locality, an e-mail address has a domain.
fn check_addresses(faults: &mut Faults, file: &CaseFile) {
    let case = &file.case;
    let mut blocks = vec![("complainant.address", &case.complainant.address)];
    blocks.extend((case.representative.as_ref()).map(|r| ("representative.address", &r.address)));
    for (field, address) in blocks {
        let last = address.value.iter().rev().find(|l| !l.trim().is_empty());
        if let Some(last) = last.filter(|l| !l.contains(PLACEHOLDER) && !is_postcode_line(l)) {
            faults.push(
                faults
                    .at(
                        address,
                        field,
                        tr!("address-no-postcode", line = last.as_str()),
                    )
                    .expected(tr!("address-no-postcode.expected")),
            );
        }
    }
    let mut emails = vec![("complainant", case.complainant.email.as_deref())];
    emails.extend((case.representative.as_ref()).map(|r| ("representative", r.email.as_deref())));
    for (who, email) in emails {
        if let Some(email) = email.filter(|e| !e.contains(PLACEHOLDER) && !is_email_address(e)) {
            let d = Diagnostic::new(
                &file.path,
                format!("{who}.email"),
                tr!("email-not-address", address = email),
            )
            .expected(tr!("email-not-address.expected"));
            // At its line: the first `email:` that holds it.
            let at = (file.text.lines().enumerate()).find_map(|(n, line)| {
                let column = line.find(email)?;
                line.trim_start()
                    .starts_with("email:")
                    .then_some((n, column))
            });
            faults.push(match at {
                Some((n, column)) => d.at(n as u64 + 1, column as u64 + 1, &file.text),
                None => locate_key(d, file, who),
            });
        }
    }
}

/// A value whose closing quote has no opening one (`name: Claire Martin"`): YAML keeps the
/// quote in the text, which would print it in the letter.
fn check_stray_quotes(faults: &mut Faults, file: &CaseFile) {
    for (n, line) in file.text.lines().enumerate() {
        let Some((key, value)) = line.trim_start().trim_start_matches("- ").split_once(": ") else {
            continue;
        };
        let value = match value.find(" #") {
            Some(at) => &value[..at],
            None => value,
        };
        let value = value.trim();
        let is_key = |k: &str| k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !is_key(key.trim())
            || value.starts_with(['"', '\'', '[', '{'])
            || !value.ends_with('"')
            || value.matches('"').count() != 1
        {
            continue;
        }
        let column = line.find(value).map_or(1, |c| c + 1);
        faults.push(
            Diagnostic::new(&file.path, key.trim(), tr!("quote-not-opened"))
                .at(n as u64 + 1, column as u64, &file.text)
                .help(tr!("quote-not-opened.help")),
        );
    }
}

pub(super) fn check_text(faults: &mut Faults, file: &CaseFile) {
    check_placeholders(faults, file);
    check_addresses(faults, file);
    check_stray_quotes(faults, file);
    let case = &file.case;
    let blank = |s: &str| s.trim().is_empty();
    if blank(&case.complainant.name.value) {
        faults.push(
            faults
                .at(
                    &case.complainant.name,
                    "complainant.name",
                    tr!("name-empty"),
                )
                .help(tr!("name-empty.help")),
        );
    }
    if case.complainant.address.value.iter().all(|l| blank(l)) {
        faults.push(
            faults
                .at(
                    &case.complainant.address,
                    "complainant.address",
                    tr!("address-empty"),
                )
                .expected(tr!("address-empty.expected")),
        );
    }
    if blank(&case.dispute.subject.value) {
        faults.push(
            faults
                .at(
                    &case.dispute.subject,
                    "dispute.subject",
                    tr!("subject-empty"),
                )
                .help(tr!("subject-empty.help")),
        );
    }
    let facts_length = case.dispute.facts.value.chars().count();
    if facts_length > crate::case::MAX_FACTS_CHARS {
        faults.push(
            faults
                .at(
                    &case.dispute.facts,
                    "dispute.facts",
                    tr!(
                        "facts-too-long",
                        length = facts_length,
                        max = crate::case::MAX_FACTS_CHARS
                    ),
                )
                .help(tr!("facts-too-long.help")),
        );
    }
    if blank(&case.dispute.facts.value) {
        faults.push(
            faults
                .at(&case.dispute.facts, "dispute.facts", tr!("facts-empty"))
                .expected(tr!("facts-empty.expected"))
                .help(tr!("facts-empty.help")),
        );
    }
    let demands = &case.dispute.demands;
    if demands.value.iter().all(|d| blank(d)) {
        faults.push(
            faults
                .at(demands, "dispute.demands", tr!("demands-none"))
                .expected(tr!("demands-none.expected")),
        );
    } else if let Some(i) = demands.value.iter().position(|d| blank(d)) {
        faults.push(
            faults
                .at(
                    demands,
                    format!("dispute.demands[{i}]"),
                    tr!("demand-empty"),
                )
                .help(tr!("demand-empty.help")),
        );
    }
    if let Some(representative) = &case.representative {
        if blank(&representative.name.value) {
            faults.push(faults.at(
                &representative.name,
                "representative.name",
                tr!("representative-name-empty"),
            ));
        }
        if representative.address.value.iter().all(|l| blank(l)) {
            faults.push(faults.at(
                &representative.address,
                "representative.address",
                tr!("representative-address-empty"),
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
                Diagnostic::new(&file.path, field, tr!("placeholder-left"))
                    .at(number as u64 + 1, column, &file.text)
                    .help(tr!("placeholder-left.help")),
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
                            tr!(
                                "file-number-digits",
                                institution = institution.name.as_str(),
                                digits = len,
                                why = why
                            ),
                        )
                        .expected(tr!(
                            "file-number-digits.expected",
                            digits = len,
                            example = "123456789012".chars().cycle().take(len).collect::<String>()
                        ))
                        .help(tr!("file-number-digits.help")),
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
            Ok(digits) => cite(
                ReferenceKind::CardNumber,
                identifiers::masked_card_number(&digits),
            ),
            Err(problem) => faults.push(
                faults
                    .at(card, "references.card_number", problem.to_string())
                    .expected(tr!("card-number.expected"))
                    .help(tr!("card-number.help")),
            ),
        }
    }
    if let Some(register) = &refs.national_register {
        match identifiers::check_national_register(&register.value) {
            Ok(digits) => cite(
                ReferenceKind::NationalRegister,
                identifiers::format_national_register(&digits),
            ),
            Err(problem) => faults.push(
                faults
                    .at(
                        register,
                        "references.national_register",
                        problem.to_string(),
                    )
                    .expected(tr!("national-register.expected"))
                    .help(tr!("national-register.help")),
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
