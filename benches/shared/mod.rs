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

/// Waits for a child and returns its exit status and its own peak resident set (KiB).
pub fn wait_with_peak_memory(pid: libc::pid_t) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; `pid` is our own child, reaped here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4 reaped the child");
    (libc::WEXITSTATUS(status), usage.ru_maxrss)
}
