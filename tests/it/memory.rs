//! Memory stays flat over many letters in one process (a watch session, the preview, a long
//! batch). typst memoizes every layout for the process; fuzzing the typesetter ran out of 4 GB
//! before the typesetter evicted its cache itself. The test runs in a process of its own (this
//! test binary started again for it alone), so that nothing else is laid out while it measures.

use chrono::NaiveDate;
use recours::Typesetter;
use recours::render::template::escaped;

/// The resident memory of this process, in bytes (Linux).
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
    pages * 4096
}

fn lay_out(typesetter: &Typesetter, n: usize) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let markup = format!(
        "#set text(font: \"Carlito\")\nLettre {n} : {}\n",
        escaped(&format!("texte n° {n} — {}", "mot ".repeat(n % 40)))
    );
    typesetter.layout(&markup, today, None).unwrap();
}

#[test]
fn memory_stays_flat_over_thousands_of_distinct_letters() {
    if std::env::var_os("RECOURS_MEMORY_CHILD").is_none() {
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "memory::memory_stays_flat_over_thousands_of_distinct_letters",
                "--nocapture",
            ])
            .env("RECOURS_MEMORY_CHILD", "1")
            .status()
            .unwrap();
        assert!(status.success(), "the measuring process failed");
        return;
    }
    let typesetter = Typesetter::shared();
    for n in 0..200 {
        lay_out(typesetter, n);
    }
    let before = resident_bytes();
    for n in 200..3_200 {
        lay_out(typesetter, n);
    }
    let grown = resident_bytes().saturating_sub(before);
    eprintln!("3,000 letters grew the process by {} kB", grown / 1024);
    assert!(
        grown < 24 * 1024 * 1024,
        "3,000 letters grew the process by {} MB",
        grown / 1024 / 1024
    );
}
