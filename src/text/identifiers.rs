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
            // Digits inside a digest (a UID, a Message-ID, a SHA-256): no card number.
            Some((end, _)) if in_digest(&chars, i, end) => i = end,
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

/// Whether the characters from `start` to `end` lie in a digest: a run of at least 24
/// lowercase hexadecimal characters holding a letter, as the digests recours writes are.
fn in_digest(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    if !chars[start..end.min(chars.len())]
        .iter()
        .all(|(_, c)| hex(*c))
    {
        return false;
    }
    let before = chars[..start].iter().rev().take_while(|(_, c)| hex(*c));
    let after = chars[end.min(chars.len())..]
        .iter()
        .take_while(|(_, c)| hex(*c));
    let letters = before
        .clone()
        .chain(after.clone())
        .any(|(_, c)| c.is_ascii_lowercase());
    let length = before.count() + (end - start) + after.count();
    letters && length >= 24
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
mod tests;
