//! Any text as a case file: parsing and checking never panic, every refusal is a message that
//! shows no card number, and a letter prepared from it shows none either (any card number of
//! the text is printed masked).
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recours::text::identifiers::card_numbers_in;
use recours::{CaseFile, Engine, PlanOptions};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(None, None).expect("built-in registry and templates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    match CaseFile::parse(text.to_string(), Path::new("fuzz.yaml")) {
        Ok(file) => match engine().prepare(&file, PlanOptions { today, ..PlanOptions::default() }) {
            Ok(prepared) => {
                let letter = serde_json::to_string(&prepared.letter).unwrap();
                assert_no_card("the letter", &letter);
            }
            Err(error) => assert_no_card("the message", &error.to_string()),
        },
        Err(error) => assert_no_card("the message", &error.to_string()),
    }
});

fn assert_no_card(what: &str, text: &str) {
    let found = card_numbers_in(&without_masked_numbers(text));
    assert!(found.is_empty(), "{what} shows a card number ({:?}): {text}", found[0]);
}

/// The text with the visible digits of each masked number ("XXXX XXXX XXXX 4444") hidden as
/// well: the last four digits of a masked number, followed by more digits the writer put
/// after it, are not a card number of the input.
fn without_masked_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != 'X' {
            continue;
        }
        while let Some(&next) = chars.peek() {
            if next == 'X' || matches!(next, ' ' | '.' | '-' | '/' | '\u{a0}' | '\u{202f}' | '\u{2009}') {
                out.push(next);
                chars.next();
            } else {
                break;
            }
        }
        for _ in 0..4 {
            if chars.next_if(char::is_ascii_digit).is_some() {
                out.push('#');
            }
        }
    }
    out
}
