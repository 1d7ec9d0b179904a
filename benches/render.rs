//! Rendering speed, measured (not asserted): `cargo bench --bench render`.
//!
//! - cold: the `recours render` process, from start to PDF written, for a one-page letter;
//! - warm: one letter decided, laid out and typeset in-process, per example, with the registry,
//!   templates and fonts already loaded.
//!
//! Prints the median and the 90th percentile of each.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use recours::{CaseFile, Engine, PlanOptions};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn report(label: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<44} median {:>7.2} ms   p90 {:>7.2} ms   ({} runs)",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.9)),
        samples.len()
    );
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let examples = root.join("examples");
    let out = tempfile::tempdir().expect("a temporary folder");

    // Cold: a whole process per letter.
    let case = examples.join("cetelem-fr-reclamation.yaml");
    let target = out.path().join("cold.pdf");
    let run = || {
        let status = Command::new(env!("CARGO_BIN_EXE_recours"))
            .args([
                "render",
                case.to_str().unwrap(),
                "-o",
                target.to_str().unwrap(),
                "--force",
            ])
            .stdout(std::process::Stdio::null())
            .status()
            .expect("recours runs");
        assert!(status.success());
    };
    run(); // warm the page cache
    let cold: Vec<Duration> = (0..60)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    report("cold `recours render` (process start → PDF)", cold);

    // Warm: in-process, per example.
    let engine = Engine::new(None, None).expect("built-in registry and templates");
    let options = PlanOptions {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        ..Default::default()
    };
    let mut names: Vec<PathBuf> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    let mut all = Vec::new();
    for path in &names {
        let file = CaseFile::load(path).unwrap();
        for _ in 0..20 {
            engine.render(&file, options).unwrap(); // warm-up
        }
        let samples: Vec<Duration> = (0..300)
            .map(|_| {
                let start = Instant::now();
                let rendered = engine.render(&file, options).unwrap();
                let elapsed = start.elapsed();
                std::hint::black_box(rendered.pdf.bytes.len());
                elapsed
            })
            .collect();
        all.extend(samples.iter().copied());
        report(&format!("warm render {}", name(path)), samples);
    }
    report("warm render, all examples", all);
}

fn name(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}
