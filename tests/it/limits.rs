//! Resource limits: an alias bomb, 10,000-deep nesting, a 100 MB file and over-long facts are
//! refused with a clear message (the time and memory they take are measured in the README,
//! not asserted here).

use crate::common::*;

fn check(text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), text).unwrap();
    let output = recours()
        .current_dir(dir.path())
        .args(["check", "case.yaml"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn base() -> String {
    std::fs::read_to_string(example("cetelem-fr-reclamation.yaml")).unwrap()
}

const ATTACHMENTS: &str = "attachments:\n  - Relevé de compte Cpay de juin 2026\n";

#[test]
fn an_alias_bomb_is_refused() {
    let mut anchors = String::from("  - &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        anchors.push_str(&format!(
            "  - &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 9].join(", ")
        ));
    }
    let (code, stderr) = check(&base().replace(ATTACHMENTS, &format!("attachments:\n{anchors}")));
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("case.yaml:") && stderr.contains("attachments[0]"),
        "{stderr}"
    );
}

#[test]
fn deep_nesting_is_refused() {
    let deep = format!(
        "attachments:\n  - {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let (code, stderr) = check(&base().replace(ATTACHMENTS, &deep));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("recursion limit exceeded"), "{stderr}");
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let mut huge = base();
    huge.push_str(&format!("# {}\n", "y".repeat(100 * 1024 * 1024)));
    let (code, stderr) = check(&huge);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("case.yaml: the file is 102400 KiB; a case file is at most 1024 KiB"),
        "{stderr}"
    );
}

#[test]
fn over_long_facts_are_refused() {
    let ten_megabytes = base().replacen(
        "  facts: |\n",
        &format!("  facts: |\n    {}\n", "x".repeat(10 * 1024 * 1024)),
        1,
    );
    let (code, stderr) = check(&ten_megabytes);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("a case file is at most 1024 KiB"),
        "{stderr}"
    );

    let long = base().replacen(
        "  facts: |\n",
        &format!("  facts: |\n    {}\n", "Des faits. ".repeat(10_000)),
        1,
    );
    let (code, stderr) = check(&long);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("dispute.facts: the facts run to")
            && stderr.contains("a letter holds at most 60000"),
        "{stderr}"
    );
}
