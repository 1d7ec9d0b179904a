//! The agenda of a large caseload, measured (not asserted): `cargo bench --bench agenda`.
//!
//! Generates 10,000 invented cases (`recours generate`), then runs `recours agenda` on the
//! folder as a separate process, five times for each output format people and scripts use
//! (text, JSON, iCalendar; and the text with the HTML dashboard), and reports the wall time and
//! the process's peak resident memory.
//! Target on the 2-core development machine: at most 3 s and 150 MB.

use std::process::{Command, Stdio};
use std::time::Instant;

mod shared;
use shared::{generate, wait_with_peak_memory};

const CASES: usize = 10_000;
const RUNS: usize = 5;

fn main() {
    let exe = env!("CARGO_BIN_EXE_recours");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cases = dir.path().join("cases");
    generate(exe, CASES, &cases);
    for format in ["text", "json", "ics", "html"] {
        let mut seconds = Vec::new();
        let mut peaks = Vec::new();
        let mut cpu = Vec::new();
        let mut lines = 0;
        for _ in 0..RUNS {
            let out = dir.path().join(format!("agenda.{format}"));
            let file = std::fs::File::create(&out).expect("the output file");
            let page = dir.path().join("agenda.html");
            let wanted = match format {
                // The dashboard beside the text agenda.
                "html" => vec!["--html", page.to_str().unwrap()],
                other => vec!["--format", other],
            };
            let start = Instant::now();
            // Reaped by `wait_with_peak_memory`, which reads its memory on the way.
            #[allow(clippy::zombie_processes)]
            let child = Command::new(exe)
                .args(["agenda", cases.to_str().unwrap(), "--date", "2026-11-30"])
                .args(wanted)
                .stdout(file)
                .stderr(Stdio::null())
                .spawn()
                .expect("recours agenda runs");
            let waited = wait_with_peak_memory(child.id() as libc::pid_t);
            seconds.push((waited.ended - start).as_secs_f64());
            peaks.push(waited.peak_kib as f64 / 1024.0);
            cpu.push(waited.cpu_seconds);
            assert_eq!(waited.status, 0, "the agenda succeeded");
            let written = if format == "html" { &page } else { &out };
            lines = std::fs::read_to_string(written)
                .expect("its output")
                .lines()
                .count();
        }
        seconds.sort_by(f64::total_cmp);
        peaks.sort_by(f64::total_cmp);
        cpu.sort_by(f64::total_cmp);
        println!(
            "agenda of {CASES} cases, {format:<4}: median {:.2} s (min {:.2}, max {:.2}; {:.2} s of processor time), peak RSS median {:.1} MB (max {:.1}); {lines} lines out",
            seconds[RUNS / 2],
            seconds[0],
            seconds[RUNS - 1],
            cpu[RUNS / 2],
            peaks[RUNS / 2],
            peaks[RUNS - 1],
        );
    }
    // What the caseload looks like on that day.
    let summary = Command::new(exe)
        .args(["agenda", cases.to_str().unwrap(), "--date", "2026-11-30"])
        .output()
        .expect("recours agenda runs");
    let text = String::from_utf8_lossy(&summary.stdout);
    println!("{}", text.lines().last().unwrap_or_default());
}
