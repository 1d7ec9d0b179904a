//! Save → new PDF written, measured (not asserted): `cargo bench --bench watch`.
//!
//! Runs `recours watch` on a copy of an example with a copy of the templates, then saves the
//! case (or a template) 200 times with a small change and measures the time from the save to
//! the watch's status line saying the new PDF is written. Prints the median, p90 and p99.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    for entry in std::fs::read_dir(root.join("letter-templates")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, templates.join(path.file_name().unwrap())).unwrap();
    }
    let case = dir.path().join("case.yaml");
    std::fs::copy(root.join("examples/cetelem-fr-mediation.yaml"), &case).unwrap();

    let mut child = Command::new(env!("CARGO_BIN_EXE_recours"))
        .current_dir(dir.path())
        .args([
            "--templates",
            "templates",
            "watch",
            "case.yaml",
            "-o",
            "letter.pdf",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("recours watch runs");
    let stdout = child.stdout.take().unwrap();
    let (sender, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = sender.send(line);
        }
    });
    let wait_rendered = || loop {
        let line = lines
            .recv_timeout(Duration::from_secs(10))
            .expect("a status line");
        assert!(!line.contains("error"), "{line}");
        if line.contains("  rendered ") {
            return;
        }
    };
    wait_rendered();

    let case_text = std::fs::read_to_string(&case).unwrap();
    let layout = templates.join("layout.typ");
    let layout_text = std::fs::read_to_string(&layout).unwrap();
    let measure = |label: &str, path: &Path, original: &str, from: &str| {
        let mut samples = Vec::new();
        for i in 0..200 {
            std::thread::sleep(Duration::from_millis(20));
            let changed = original.replacen(from, &format!("{from} {i}"), 1);
            let start = Instant::now();
            std::fs::write(path, changed).unwrap();
            wait_rendered();
            samples.push(start.elapsed());
        }
        samples.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{label:<16} median {:>6.1} ms   p90 {:>6.1} ms   p99 {:>6.1} ms   ({} saves)",
            ms(percentile(&samples, 0.5)),
            ms(percentile(&samples, 0.9)),
            ms(percentile(&samples, 0.99)),
            samples.len()
        );
    };
    measure(
        "case edit",
        &case,
        &case_text,
        "Frais de retard prélevés à tort",
    );
    measure("template edit", &layout, &layout_text, "{{ labels.facts }}");
    let _ = child.kill();
    let _ = child.wait();
}
