//! What the benchmarks that run `recours` as a process share: invented cases, and the peak
//! memory of a child.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Writes `count` invented, valid cases into `dir` with `recours generate`.
pub fn generate(exe: &str, count: usize, dir: &Path) {
    let generated = Command::new(exe)
        .args(["generate", &count.to_string(), "-o", dir.to_str().unwrap()])
        .stdout(Stdio::null())
        .status()
        .expect("recours generate runs");
    assert!(generated.success());
}

/// A child's end: its exit status, the peak resident memory (KiB) of the program it ran, when
/// it ended, and the processor time it used (user and system, all its threads).
pub struct Waited {
    pub status: i32,
    pub peak_kib: i64,
    pub ended: Instant,
    pub cpu_seconds: f64,
}

/// Waits for a child (one thread blocked in `wait4`, so that its end is seen at once) while
/// reading the kernel's high-water mark of its memory (`VmHWM`) every 20 ms. `wait4`'s
/// `ru_maxrss` is not used for the memory: it also counts the benchmark's own memory, which
/// the child shares between its start and its `exec` (a batch measured after the benchmark
/// had typeset 1,000 letters itself showed the benchmark's 103 MB); its processor times are.
pub fn wait_with_peak_memory(pid: libc::pid_t) -> Waited {
    let status_file = format!("/proc/{pid}/status");
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let waiter = scope.spawn(|| {
            let mut status = 0;
            // SAFETY: an all-zero `rusage` is a valid value for `wait4` to fill.
            let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
            // SAFETY: `pid` is our own child, reaped here and nowhere else.
            let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            let ended = Instant::now();
            done.store(true, Ordering::Release);
            assert_eq!(reaped, pid, "wait4 failed");
            let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            let cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
            (libc::WEXITSTATUS(status), ended, cpu_seconds)
        });
        let mut peak = 0;
        while !done.load(Ordering::Acquire) {
            let high_water = std::fs::read_to_string(&status_file).ok().and_then(|text| {
                let line = text.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
                line.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<i64>()
                    .ok()
            });
            peak = peak.max(high_water.unwrap_or(0));
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let (status, ended, cpu_seconds) = waiter.join().expect("the waiting thread");
        Waited {
            status,
            peak_kib: peak,
            ended,
            cpu_seconds,
        }
    })
}
