//! Rendering speed, measured (not asserted): `cargo bench --bench render`.
//!
//! - cold: the `recours render` process, from start to PDF written, for a one-page letter;
//! - warm: one letter parsed, decided, laid out and typeset in-process, per example, with the
//!   registry, templates and fonts already loaded; each letter differs from the previous one;
//! - recours's own work: the same letters parsed, decided and laid out as markup, not typeset.
//!
//! Prints the median and the 90th percentile of each.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use recours::{CaseFile, Engine, PlanOptions};

/// Memoized results older than this many evictions are dropped.
const EVICT_AFTER: usize = 10;

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

    // Warm: in-process, per example. Each letter differs from the one before (its facts carry
    // the iteration number), so typst's memoization cannot replay a previous result; parsing
    // the case file is included.
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
    let mut own = Vec::new();
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let variant = |i: usize| {
            text.replacen(
                "  facts: |\n",
                &format!("  facts: |\n    Lettre n° {i}.\n\n"),
                1,
            )
        };
        for i in 0..20 {
            let file = CaseFile::parse(variant(1_000_000 + i), path).unwrap();
            engine.render(&file, options).unwrap(); // warm-up
        }
        let samples: Vec<Duration> = (0..300)
            .map(|i| {
                let source = variant(i);
                let start = Instant::now();
                let file = CaseFile::parse(source, path).unwrap();
                let rendered = engine.render(&file, options).unwrap();
                let elapsed = start.elapsed();
                std::hint::black_box(rendered.pdf.bytes.len());
                // What a long-running caller does: keep typst's memo cache bounded.
                typst::comemo::evict(EVICT_AFTER);
                elapsed
            })
            .collect();
        all.extend(samples.iter().copied());
        report(&format!("warm render {}", name(path)), samples);
        // recours's own work on the letter: the case parsed, checked, decided and laid out as
        // markup, without typesetting it.
        own.extend((0..300).map(|i| {
            let source = variant(i);
            let start = Instant::now();
            let file = CaseFile::parse(source, path).unwrap();
            let prepared = engine.prepare(&file, options).unwrap();
            let elapsed = start.elapsed();
            std::hint::black_box(prepared.markup.len());
            elapsed
        }));
    }
    report("warm render, all examples", all);
    report("recours's own work (no typesetting), all", own);

    // The same letter again: what a re-render of an unchanged case costs.
    let file = CaseFile::load(&examples.join("cetelem-fr-reclamation.yaml")).unwrap();
    let again: Vec<Duration> = (0..300)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(engine.render(&file, options).unwrap().pdf.bytes.len());
            start.elapsed()
        })
        .collect();
    report("warm render, the same letter again", again);
}

fn name(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}
