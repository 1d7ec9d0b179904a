//! Any text, escaped for Typst markup, typesets without error: user text can never be markup.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recours::Typesetter;
use recours::template::escaped;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if text.len() > 4096 {
        return;
    }
    let markup = format!("#set text(font: \"Carlito\")\nAvant {} après\n", escaped(text));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    if let Err(error) = Typesetter::shared().layout(&markup, today, None) {
        panic!("escaped text broke the markup: {error}\n{markup}");
    }
});
