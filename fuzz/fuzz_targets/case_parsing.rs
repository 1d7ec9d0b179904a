//! Any text as a case file: parsing and checking never panic, and every refusal is a
//! message, never a card number.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recours::{CaseFile, Engine, PlanOptions};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(None, None).expect("built-in registry and templates"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    match CaseFile::parse(text.to_string(), Path::new("fuzz.yaml")) {
        Ok(file) => {
            let _ = engine().prepare(&file, PlanOptions { today, ..PlanOptions::default() });
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
});
