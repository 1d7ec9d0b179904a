//! Unit tests of the identifiers: their checks, and what is masked and what is not.

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

#[test]
fn a_digest_is_never_masked_and_a_card_number_beside_letters_still_is() {
    let uid = "mediation-window-86e5555555555554444ea76830b1c2d3e4f@recours";
    assert_eq!(redact_card_numbers(uid), uid);
    let manifest = "9f60c1875555555555554444ac826e50a7ac1fcfb271569d3910d272  lettre.pdf";
    assert_eq!(redact_card_numbers(manifest), manifest);
    assert_eq!(
        redact_card_numbers("ref5555555555554444 et carte 5555 5555 5555 4444"),
        "refXXXXXXXXXXXX4444 et carte XXXX XXXX XXXX 4444"
    );
}
