//! Batch throughput and memory, measured (not asserted): `cargo bench --bench batch`.
//!
//! Generates 1,000 and 10,000 invented cases, runs `recours batch` on each set as a separate
//! process on all cores, and reports letters per second and the process's peak resident memory.

use std::process::{Command, Stdio};
use std::time::Instant;

fn main() {
    let exe = env!("CARGO_BIN_EXE_recours");
    for count in [1_000usize, 10_000] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let cases = dir.path().join("cases");
        let out = dir.path().join("out");
        let generated = Command::new(exe)
            .args([
                "generate",
                &count.to_string(),
                "-o",
                cases.to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .status()
            .expect("recours generate runs");
        assert!(generated.success());

        let start = Instant::now();
        // Reaped by `wait_with_peak_memory`, which reads its resource usage on the way.
        #[allow(clippy::zombie_processes)]
        let child = Command::new(exe)
            .args([
                "batch",
                cases.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ])
            .env("SOURCE_DATE_EPOCH", "1795305600")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("recours batch runs");
        let (status, peak_kib) = wait_with_peak_memory(child.id() as libc::pid_t);
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(status, 0, "the batch succeeded");
        println!(
            "{count:>6} cases: {seconds:>6.2} s, {:>5.0} letters/s, peak RSS {:>5.1} MB",
            count as f64 / seconds,
            peak_kib as f64 / 1024.0
        );
    }
}

/// Waits for a child and returns its exit status and its own peak resident set (KiB).
fn wait_with_peak_memory(pid: libc::pid_t) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, reaped here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 reaped the batch");
    (libc::WEXITSTATUS(status), usage.ru_maxrss)
}
