//! What the benchmarks that run `recours` as a process share: invented cases, and the peak
//! memory of a child.

use std::path::Path;
use std::process::{Command, Stdio};

/// Writes `count` invented, valid cases into `dir` with `recours generate`.
pub fn generate(exe: &str, count: usize, dir: &Path) {
    let generated = Command::new(exe)
        .args(["generate", &count.to_string(), "-o", dir.to_str().unwrap()])
        .stdout(Stdio::null())
        .status()
        .expect("recours generate runs");
    assert!(generated.success());
}

/// Waits for a child and returns its exit status and the peak resident memory (KiB) of the
/// program it runs: the kernel's high-water mark of the child's memory (`VmHWM`), read every
/// 20 ms while it runs. `wait4`'s `ru_maxrss` is not used: it also counts the benchmark's own
/// memory, which the child shares between its start and its `exec` (a batch measured after
/// the benchmark had typeset 1,000 letters itself showed the benchmark's 103 MB).
pub fn wait_with_peak_memory(pid: libc::pid_t) -> (i32, i64) {
    let status_file = format!("/proc/{pid}/status");
    let mut peak = 0;
    loop {
        let high_water = std::fs::read_to_string(&status_file).ok().and_then(|text| {
            let line = text.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
            line.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<i64>()
                .ok()
        });
        peak = peak.max(high_water.unwrap_or(0));
        let mut status = 0;
        // SAFETY: `pid` is our own child; a finished one is reaped here.
        let reaped = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if reaped == pid {
            return (libc::WEXITSTATUS(status), peak);
        }
        assert_eq!(reaped, 0, "waitpid failed");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
