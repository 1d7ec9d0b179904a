//! Any text, escaped for Typst markup, typesets without a markup error: user text can never be
//! markup; and a fault of typst itself never crashes the process.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recours::Typesetter;
use recours::render::template::escaped;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if text.len() > 4096 {
        return;
    }
    let markup = format!("#set text(font: \"Carlito\")\nAvant {} après\n", escaped(text));
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    match Typesetter::shared().layout(&markup, today, None) {
        Ok(_) => {}
        // A panic inside typst, caught and reported as an error of that letter. Some marks of
        // scripts the letter font lacks, after a space, make typst-layout 0.15.1's shaping
        // slice out of bounds (shaping.rs:444): an upstream fault, contained, not an injection.
        Err(recours::Error::TypesetterFault(_)) => {}
        Err(error) => panic!("escaped text broke the markup: {error}\n{markup}"),
    }
});
