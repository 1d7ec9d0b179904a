//! The identifiers a complaint cites, and their checks: payment card numbers (Luhn,
//! ISO/IEC 7812-1), the Belgian national register number (mod 97) and fixed-length file
//! numbers. A full card number is never shown: only [`masked_card_number`] leaves this module
//! in a letter, and [`redact_card_numbers`] scrubs any text shown to a person.

/// The digits of a string, ignoring spaces, dots, dashes and slashes used as separators.
/// `None` when anything else than digits and separators is present.
pub fn digits_of(text: &str) -> Option<String> {
    let mut digits = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '.' | '-' | '/' | '\u{a0}' => {}
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
            Self::NotDigits => {
                f.write_str("the card number holds other characters than digits and spaces")
            }
            Self::Length(n) => write!(
                f,
                "the card number has {n} digits; a payment card has 13 to 19"
            ),
            Self::Luhn { last_four } => write!(
                f,
                "the card number ending in {last_four} fails its Luhn check (ISO/IEC 7812-1): a digit is wrong or missing"
            ),
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
            out.push(' ');
        }
        out.extend(&masked[start..start + len]);
        start += len;
        group_index += 1;
    }
    out
}

/// Replaces every run of 13 to 19 digits (single spaces or dashes between them allowed) by its
/// masked form, whether or not it passes the Luhn check: a card number with a typo is still
/// nearly a card number. Applied to every message shown to a person, so that a card number
/// cannot leak through an error.
pub fn redact_card_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            // Longest run of digits and single separators starting here.
            let mut j = i;
            let mut digits = String::new();
            let mut best: Option<(usize, String)> = None;
            while j < chars.len() {
                let c = chars[j];
                if c.is_ascii_digit() {
                    digits.push(c);
                    j += 1;
                    if (13..=19).contains(&digits.len())
                        && (j == chars.len() || !chars[j].is_ascii_digit())
                    {
                        best = Some((j, digits.clone()));
                    }
                } else if (c == ' ' || c == '-')
                    && j + 1 < chars.len()
                    && chars[j + 1].is_ascii_digit()
                {
                    j += 1;
                } else {
                    break;
                }
                if digits.len() > 19 {
                    break;
                }
            }
            if let Some((end, digits)) = best {
                out.push_str(&masked_card_number(&digits));
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
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
            Self::NotDigits => f.write_str("the national register number holds other characters than digits, dots and dashes"),
            Self::Length(n) => write!(f, "the national register number has {n} digits; it has 11 (YY.MM.DD-SSS.CC)"),
            Self::CheckDigits => f.write_str(
                "the national register number fails its check (the last two digits are 97 minus the first nine modulo 97)",
            ),
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
        Some(d) => Err(format!("it has {} digits", d.len())),
        None => Err("it holds other characters than digits".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "n° XXXX XXXXXX X0005."
        );
        // A mistyped number is hidden too.
        assert_eq!(
            redact_card_numbers("\"5555 5555 5555 4445\""),
            "\"XXXX XXXX XXXX 4445\""
        );
        // Not a card number: a date, an amount, a 12-digit file number.
        assert_eq!(
            redact_card_numbers("le 2026-07-02, 45,00 €, 123456789012"),
            "le 2026-07-02, 45,00 €, 123456789012"
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
