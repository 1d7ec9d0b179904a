//! The identifiers a complaint cites, and their checks: payment card numbers (Luhn,
//! ISO/IEC 7812-1), the Belgian national register number (mod 97) and fixed-length file
//! numbers. A full card number is never shown: only [`masked_card_number`] leaves this module
//! in a letter, and [`redact_card_numbers`] scrubs any text shown to a person.

use crate::text::messages::tr;

/// Whether a character may separate groups of digits in an identifier: a space (plain,
/// no-break, narrow no-break or thin), a dot, a dash or a slash.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '.' | '-' | '/' | '\u{a0}' | '\u{202f}' | '\u{2009}'
    )
}

/// The digits of a string, ignoring spaces, dots, dashes and slashes used as separators.
/// `None` when anything else than digits and separators is present.
pub fn digits_of(text: &str) -> Option<String> {
    let mut digits = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            c if is_separator(c) => {}
            _ => return None,
        }
    }
    Some(digits)
}

/// Whether a string of digits passes the Luhn check (the last digit is the check digit).
pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Why a card number was refused. Never carries the number itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardNumberProblem {
    NotDigits,
    Length(usize),
    Luhn { last_four: String },
}

impl std::fmt::Display for CardNumberProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotDigits => f.write_str(&tr!("card-not-digits")),
            Self::Length(n) => f.write_str(&tr!("card-length", count = *n)),
            Self::Luhn { last_four } => {
                f.write_str(&tr!("card-luhn", last_four = last_four.as_str()))
            }
        }
    }
}

/// Checks a card number as written by a person ("4970 1012 3456 7893") and returns its digits.
pub fn check_card_number(text: &str) -> Result<String, CardNumberProblem> {
    let digits = digits_of(text).ok_or(CardNumberProblem::NotDigits)?;
    if !(13..=19).contains(&digits.len()) {
        return Err(CardNumberProblem::Length(digits.len()));
    }
    if !luhn_valid(&digits) {
        return Err(CardNumberProblem::Luhn {
            last_four: digits[digits.len() - 4..].to_string(),
        });
    }
    Ok(digits)
}

/// A card number showing only its last four digits, grouped as printed on the card:
/// 4-6-5 for 15 digits (American Express), groups of four otherwise.
pub fn masked_card_number(digits: &str) -> String {
    masked_card_number_grouped(digits, ' ')
}

/// The masked form with its groups separated by `separator` (a no-break space in a letter, so
/// that the number is never split across lines).
fn masked_card_number_grouped(digits: &str, separator: char) -> String {
    let n = digits.len();
    let keep = n.saturating_sub(4);
    let masked: Vec<char> = digits
        .chars()
        .enumerate()
        .map(|(i, c)| if i < keep { 'X' } else { c })
        .collect();
    let groups: &[usize] = if n == 15 { &[4, 6, 5] } else { &[] };
    let mut out = String::with_capacity(n + 5);
    let mut start = 0;
    let mut group_index = 0;
    while start < n {
        let len = groups.get(group_index).copied().unwrap_or(4).min(n - start);
        if start > 0 {
            out.push(separator);
        }
        out.extend(&masked[start..start + len]);
        start += len;
        group_index += 1;
    }
    out
}

/// Replaces every run of 13 to 19 digits by its masked form, whether or not it passes the Luhn
/// check: a card number with a typo is still nearly a card number. The digits may be grouped
/// by up to three of the separators [`check_card_number`] accepts (spaces, no-break spaces,
/// dots, dashes, slashes), so that every way of writing a number the card field takes is
/// hidden as well. Each digit but the last four becomes an `X` where it stands, so that a
/// source line keeps its columns under the caret of an error. Applied to every message shown to
/// a person, so that a card number cannot leak through an error.
///
/// Belgian national register numbers are hidden the same way (all but their last four
/// digits): see [`redact_national_registers`].
pub fn redact_card_numbers(text: &str) -> String {
    redact_national_registers(&redact_cards_only(text))
}

fn redact_cards_only(text: &str) -> String {
    let runs = card_like_runs(text, |_| true);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for run in runs {
        out.push_str(&text[copied..run.start]);
        let mut to_hide = run.digits.len() - 4;
        for c in text[run.start..run.end].chars() {
            if c.is_ascii_digit() && to_hide > 0 {
                out.push('X');
                to_hide -= 1;
            } else {
                out.push(c);
            }
        }
        copied = run.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Hides every Belgian national register number of a message but its last four digits, where
/// each digit stands (columns are kept under a caret): eleven digits written together or
/// grouped as the number is (`YY.MM.DD-SSS.CC`, `YYMMDD-SSS-CC`, `YYMMDD SSSCC`). Other groupings
/// of eleven digits (a phone number) are left as they are.
pub fn redact_national_registers(text: &str) -> String {
    const SHAPES: [&[usize]; 5] = [&[11], &[2, 2, 2, 3, 2], &[6, 3, 2], &[6, 5], &[2, 2, 2, 5]];
    if fewer_digits_than(text, 11) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && chars[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        // The groups of digits from here, each separated by one separator.
        let mut groups = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(j - start);
            let joined = j + 1 < chars.len()
                && matches!(chars[j], '.' | '-' | ' ' | '/' | '\u{a0}')
                && chars[j + 1].is_ascii_digit();
            if !joined || groups.len() == 5 {
                break;
            }
            j += 1;
        }
        // The longest prefix of the groups shaped like a register number.
        let shaped = (1..=groups.len())
            .rev()
            .find(|n| SHAPES.contains(&&groups[..*n]));
        match shaped {
            Some(n) => {
                let total: usize = groups[..n].iter().sum();
                let mut hidden = 0;
                let mut k = i;
                let mut seen = 0;
                while seen < total {
                    if chars[k].is_ascii_digit() {
                        if hidden < total - 4 {
                            out[k] = 'X';
                            hidden += 1;
                        }
                        seen += 1;
                    }
                    k += 1;
                }
                i = k;
            }
            None => i = j.max(i + 1),
        }
    }
    out.into_iter().collect()
}

/// Where a text holds card numbers (as [`mask_card_numbers`] finds them): the byte offset of
/// each, with its masked form.
pub fn card_numbers_in(text: &str) -> Vec<(usize, String)> {
    card_like_runs(text, luhn_valid)
        .into_iter()
        .map(|run| (run.start, masked_card_number(&run.digits)))
        .collect()
}

/// Replaces every card number of a text (a run of 13 to 19 digits, grouped as
/// [`redact_card_numbers`] reads them, that passes the Luhn check) by its masked form. Applied
/// to every line of a letter: a card number pasted into the facts or a step's reference is
/// printed masked. Other long numbers (contracts, IBAN digits) are left as written.
pub fn mask_card_numbers(text: &str) -> String {
    mask_card_numbers_grouped(text, ' ')
}

/// [`mask_card_numbers`] for a letter: each masked number's groups are joined by no-break
/// spaces, so that it stays on one line.
pub fn mask_card_numbers_unbreakable(text: &str) -> String {
    mask_card_numbers_grouped(text, crate::text::french::NBSP)
}

fn mask_card_numbers_grouped(text: &str, separator: char) -> String {
    let runs = card_like_runs(text, luhn_valid);
    if runs.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for run in runs {
        out.push_str(&text[copied..run.start]);
        out.push_str(&masked_card_number_grouped(&run.digits, separator));
        copied = run.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// Whether a text holds fewer than `count` ASCII digits in all.
fn fewer_digits_than(text: &str, count: usize) -> bool {
    text.bytes().filter(u8::is_ascii_digit).take(count).count() < count
}

/// A run of digits that may be a card number: its byte range and its digits.
struct CardLikeRun {
    start: usize,
    end: usize,
    digits: String,
}

/// The runs of 13 to 19 digits of a text, grouped by up to three separators, that `accept`
/// takes. A run starts after a non-digit; among the lengths it may end at (after a whole group
/// of digits), the longest accepted one is taken.
fn card_like_runs(text: &str, accept: impl Fn(&str) -> bool) -> Vec<CardLikeRun> {
    const MAX_SEPARATOR_GAP: usize = 3;
    // Most texts hold fewer digits than the shortest card number: nothing to look for.
    if fewer_digits_than(text, 13) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |index: usize| chars.get(index).map_or(text.len(), |(b, _)| *b);
    let is_digit_at = |index: usize| chars.get(index).is_some_and(|(_, c)| c.is_ascii_digit());
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !(is_digit_at(i) && (i == 0 || !is_digit_at(i - 1))) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = String::new();
        let mut best: Option<(usize, String)> = None;
        while j < chars.len() && digits.len() <= 19 {
            let c = chars[j].1;
            if c.is_ascii_digit() {
                digits.push(c);
                j += 1;
                if (13..=19).contains(&digits.len()) && !is_digit_at(j) && accept(&digits) {
                    best = Some((j, digits.clone()));
                }
            } else if is_separator(c) {
                let gap = chars[j..]
                    .iter()
                    .take(MAX_SEPARATOR_GAP + 1)
                    .take_while(|(_, c)| is_separator(*c))
                    .count();
                if gap <= MAX_SEPARATOR_GAP && is_digit_at(j + gap) {
                    j += gap;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        match best {
            Some((end, digits)) => {
                runs.push(CardLikeRun {
                    start: byte_at(i),
                    end: byte_at(end),
                    digits,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    runs
}

/// Why a Belgian national register number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NationalRegisterProblem {
    NotDigits,
    Length(usize),
    CheckDigits,
}

impl std::fmt::Display for NationalRegisterProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotDigits => f.write_str(&tr!("register-not-digits")),
            Self::Length(n) => f.write_str(&tr!("register-length", count = *n)),
            Self::CheckDigits => f.write_str(&tr!("register-check")),
        }
    }
}

/// Checks a Belgian national register number (numéro de registre national, NISS) and returns
/// its 11 digits. The check digits are `97 - (first nine digits mod 97)`; for people born in
/// 2000 or later the nine digits are prefixed with `2`. Either rule is accepted.
pub fn check_national_register(text: &str) -> Result<String, NationalRegisterProblem> {
    let digits = digits_of(text).ok_or(NationalRegisterProblem::NotDigits)?;
    if digits.len() != 11 {
        return Err(NationalRegisterProblem::Length(digits.len()));
    }
    let base: u64 = digits[..9]
        .parse()
        .map_err(|_| NationalRegisterProblem::NotDigits)?;
    let check: u64 = digits[9..]
        .parse()
        .map_err(|_| NationalRegisterProblem::NotDigits)?;
    let before_2000 = 97 - base % 97;
    let from_2000 = 97 - (2_000_000_000 + base) % 97;
    if check == before_2000 || check == from_2000 {
        Ok(digits)
    } else {
        Err(NationalRegisterProblem::CheckDigits)
    }
}

/// A national register number written the usual way: `YY.MM.DD-SSS.CC`.
pub fn format_national_register(digits: &str) -> String {
    if digits.len() != 11 {
        return digits.to_string();
    }
    format!(
        "{}.{}.{}-{}.{}",
        &digits[0..2],
        &digits[2..4],
        &digits[4..6],
        &digits[6..9],
        &digits[9..11]
    )
}

/// Checks a reference that must be exactly `len` digits (separators allowed) and returns them.
pub fn check_fixed_digits(text: &str, len: usize) -> Result<String, String> {
    match digits_of(text) {
        Some(d) if d.len() == len => Ok(d),
        Some(d) => Err(tr!("fixed-digits-count", count = d.len())),
        None => Err(tr!("fixed-digits-not-digits")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn national_register_numbers_are_hidden_in_messages_but_their_last_four_digits() {
        assert_eq!(
            redact_card_numbers("national_register: \"93.05.18-223.62\""),
            "national_register: \"XX.XX.XX-X23.62\""
        );
        assert_eq!(
            redact_card_numbers("93051822362 fails"),
            "XXXXXXX2362 fails"
        );
        assert_eq!(redact_card_numbers("930518-223-62"), "XXXXXX-X23-62");
        // A phone number, a 12-digit file number, a date are not register numbers.
        assert_eq!(
            redact_card_numbers("+33 6 12 34 56 78 and 401234567890, 2026-07-02"),
            "+33 6 12 34 56 78 and 401234567890, 2026-07-02"
        );
    }

    #[test]
    fn luhn_accepts_public_test_numbers() {
        for n in [
            "378282246310005",
            "371449635398431",
            "4111111111111111",
            "5555555555554444",
        ] {
            assert!(luhn_valid(n), "{n}");
        }
        assert!(!luhn_valid("4111111111111112"));
        assert!(!luhn_valid(""));
    }

    #[test]
    fn card_check_reports_without_revealing_the_number() {
        assert_eq!(
            check_card_number("4970 1012 3456 7893"),
            Ok("4970101234567893".into())
        );
        let err = check_card_number("4970 1012 3456 7894").unwrap_err();
        assert_eq!(
            err,
            CardNumberProblem::Luhn {
                last_four: "7894".into()
            }
        );
        assert!(!err.to_string().contains("4970"));
        assert_eq!(
            check_card_number("4970 10"),
            Err(CardNumberProblem::Length(6))
        );
        assert_eq!(
            check_card_number("4970-abc"),
            Err(CardNumberProblem::NotDigits)
        );
    }

    #[test]
    fn masking_keeps_the_last_four_digits_only() {
        assert_eq!(masked_card_number("378282246310005"), "XXXX XXXXXX X0005");
        assert_eq!(
            masked_card_number("4111111111111111"),
            "XXXX XXXX XXXX 1111"
        );
        assert_eq!(masked_card_number("4222222222222"), "XXXX XXXX X222 2");
    }

    #[test]
    fn redaction_masks_valid_card_numbers_in_free_text() {
        assert_eq!(
            redact_card_numbers("carte 4111 1111 1111 1111 refusée"),
            "carte XXXX XXXX XXXX 1111 refusée"
        );
        assert_eq!(
            redact_card_numbers("n° 378282246310005."),
            "n° XXXXXXXXXXX0005."
        );
        // The shortest card number, 13 digits, and the letter's own masking of one; twelve
        // digits alone are not a card's.
        assert_eq!(
            redact_card_numbers("carte 4222222222222"),
            "carte XXXXXXXXX2222"
        );
        assert_eq!(
            mask_card_numbers_unbreakable("carte 4222222222222"),
            "carte XXXX\u{a0}XXXX\u{a0}X222\u{a0}2"
        );
        assert_eq!(redact_card_numbers("n° 422222222222"), "n° 422222222222");
        // A mistyped number is hidden too.
        assert_eq!(
            redact_card_numbers("\"5555 5555 5555 4445\""),
            "\"XXXX XXXX XXXX 4445\""
        );
        // Every grouping the card field accepts.
        for written in [
            "5555.5555.5555.4444",
            "5555/5555/5555/4444",
            "5555  5555  5555  4444",
            "5555 - 5555 - 5555 - 4444",
            "5555\u{a0}5555\u{a0}5555\u{a0}4444",
        ] {
            assert_eq!(
                check_card_number(written).as_deref(),
                Ok("5555555555554444")
            );
            let redacted = redact_card_numbers(&format!("card_number: {written} }}"));
            assert!(
                redacted.starts_with("card_number: XXXX")
                    && redacted.ends_with("4444 }")
                    && !redacted.contains("5555"),
                "{written:?} gave {redacted:?}"
            );
        }
        // A number longer than a card's: its first 13 to 19 digits are hidden as one, and what
        // follows stays as written (found by fuzzing, where it looked like a new number).
        assert_eq!(
            redact_card_numbers("$00000000000000000/0000000000D"),
            "$XXXXXXXXXXXXX0000/0000000000D"
        );
        // Four separators apart, the groups are separate numbers.
        assert_eq!(
            redact_card_numbers("5555    5555    5555    4444"),
            "5555    5555    5555    4444"
        );
        // Not a card number: a date, an amount, a 12-digit file number.
        assert_eq!(
            mask_card_numbers("le 2026-07-02, 45,00 €, 123456789012"),
            "le 2026-07-02, 45,00 €, 123456789012"
        );
        assert_eq!(
            redact_card_numbers("le 2026-07-02, 45,00 €, 123456789012"),
            "le 2026-07-02, 45,00 €, 123456789012"
        );
    }

    #[test]
    fn letters_mask_only_numbers_that_pass_the_luhn_check() {
        assert_eq!(
            mask_card_numbers("payé avec la carte 4111-1111-1111-1111 le 3 juin"),
            "payé avec la carte XXXX XXXX XXXX 1111 le 3 juin"
        );
        // A mistyped card number or a long contract number is the writer's own text.
        assert_eq!(
            mask_card_numbers("contrat 5555 5555 5555 4445"),
            "contrat 5555 5555 5555 4445"
        );
        // The longest prefix that is a card number is masked; what follows stays.
        assert_eq!(
            mask_card_numbers("5555 5555 5555 4444 12"),
            "XXXX XXXX XXXX 4444 12"
        );
        assert_eq!(
            card_numbers_in("réf. 3782 822463 10005, carte 4111111111111111"),
            [
                (6, "XXXX XXXXXX X0005".to_string()),
                (31, "XXXX XXXX XXXX 1111".to_string())
            ]
        );
    }

    #[test]
    fn national_register_checks_both_centuries() {
        for n in [
            "93051822361",
            "42012205181",
            "40000095579",
            "00012556777",
            "85.07.30-033.28",
        ] {
            assert!(check_national_register(n).is_ok(), "{n}");
        }
        assert_eq!(
            check_national_register("93051822362"),
            Err(NationalRegisterProblem::CheckDigits)
        );
        assert_eq!(
            check_national_register("930518"),
            Err(NationalRegisterProblem::Length(6))
        );
        assert_eq!(format_national_register("93051822361"), "93.05.18-223.61");
    }

    #[test]
    fn fixed_digit_references() {
        assert_eq!(
            check_fixed_digits("1234 5678 9012", 12),
            Ok("123456789012".into())
        );
        assert_eq!(
            check_fixed_digits("12345678901", 12),
            Err("it has 11 digits".into())
        );
    }
}
