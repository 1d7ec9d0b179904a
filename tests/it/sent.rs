//! `recours sent` records what was written, and nothing else: the level of the letter last
//! written for the case, a number added to the step already recorded rather than a new step,
//! a level not admissible refused unless forced, and each record taken back with `--undo`.

use std::path::Path;

use crate::common::*;

const CASE: &str = "complainant:\n  name: Claire Martin\n  address: [8 rue des Tanneurs, 59800 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais de retard\n  facts: Des frais ont été prélevés.\n  demands: [le remboursement]\n";

fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    outcome_in(dir, args)
}

fn case_text(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn a_forgotten_number_completes_the_step_recorded_and_records_no_further_level() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("martin.yaml"), CASE).unwrap();
    assert_eq!(run(dir.path(), &["render", "martin.yaml"]).0, Some(0));
    let (code, stdout, stderr) = run(dir.path(), &["sent", "martin.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("recorded: level 1 (complaint) sent on 22 November 2026 (letter)"),
        "{stdout}"
    );
    // The registered-mail number, forgotten: the same step gets it, and goes registered.
    let (code, stdout, stderr) = run(
        dir.path(),
        &["sent", "martin.yaml", "--tracking", "1A 123 456 7890 1"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("the step of level 1 of 22 November 2026 (history[0]) now notes tracking: \"1A 123 456 7890 1\", channel: registered"),
        "{stdout}"
    );
    assert_eq!(
        case_text(dir.path(), "martin.yaml"),
        format!(
            "{CASE}history:\n  - step: 1\n    date: 2026-11-22\n    channel: registered\n    tracking: \"1A 123 456 7890 1\"\n"
        )
    );
    // Nothing more to record: the level is not recorded twice, and no later level is.
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains(
            "history[0]: the history already records level 1 as sent on 22 November 2026"
        ),
        "{stderr}"
    );
    let (code, stdout, _) = run(dir.path(), &["check", "martin.yaml"]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("today: answer due") && !stdout.contains("done"),
        "{stdout}"
    );
}

#[test]
fn the_level_recorded_is_the_letter_written_and_one_not_admissible_needs_force() {
    let dir = tempfile::tempdir().unwrap();
    // Level 1 taken by phone: the letter written with --step 1 is the one recorded, not the
    // level the case would plan next.
    let text = format!("{CASE}history:\n  - {{step: 1, date: 2026-11-02, channel: phone}}\n");
    std::fs::write(dir.path().join("martin.yaml"), &text).unwrap();
    let (code, _, stderr) = run(dir.path(), &["render", "martin.yaml", "--step", "1"]);
    assert_eq!(code, Some(0), "{stderr}");
    let (code, shown, stderr) = run(dir.path(), &["sent", "martin.yaml", "--dry-run"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        shown.contains("+  - step: 1\n+    date: 2026-11-22\n+    channel: letter\n"),
        "{shown}"
    );
    assert_eq!(case_text(dir.path(), "martin.yaml"), text);

    // The mediator, named with --step while level 2 was never written: refused with the
    // reason, and recorded only with --force.
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml", "--step", "3"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("--step 3: level 3 (mediation) was not admissible on 22 November 2026: level 3 (mediation) of Cetelem comes after level 2")
            && stderr.contains("--step 3 --force"),
        "{stderr}"
    );
    assert_eq!(case_text(dir.path(), "martin.yaml"), text);
    let (code, shown, stderr) = run(
        dir.path(),
        &["sent", "martin.yaml", "--step", "3", "--force", "--dry-run"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(shown.contains("+  - step: 3\n"), "{shown}");
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml", "--force"]);
    assert_eq!(code, Some(2), "--force goes with --step: {stderr}");
}

#[test]
fn undo_takes_back_each_record_byte_for_byte_and_never_an_edit_made_since() {
    let dir = tempfile::tempdir().unwrap();
    let original = format!("{CASE}# a clinic's note\n");
    std::fs::write(dir.path().join("martin.yaml"), &original).unwrap();
    assert_eq!(run(dir.path(), &["render", "martin.yaml"]).0, Some(0));
    assert_eq!(run(dir.path(), &["sent", "martin.yaml"]).0, Some(0));
    let sent = case_text(dir.path(), "martin.yaml");
    let (code, _, stderr) = run(
        dir.path(),
        &[
            "answered",
            "martin.yaml",
            "--date",
            "2026-11-22",
            "--summary",
            "refus",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    // The answer came last: `sent --undo` does not reach under it.
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml", "--undo"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("nothing to take back"), "{stderr}");
    let (code, stdout, stderr) = run(dir.path(), &["answered", "martin.yaml", "--undo"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("taken back"), "{stdout}");
    assert_eq!(case_text(dir.path(), "martin.yaml"), sent);
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml", "--undo"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(case_text(dir.path(), "martin.yaml"), original);
    let (code, _, _) = run(dir.path(), &["sent", "martin.yaml", "--undo"]);
    assert_eq!(code, Some(1), "nothing is left to take back");

    // Edited by hand after the record: the edit is never lost.
    assert_eq!(run(dir.path(), &["sent", "martin.yaml"]).0, Some(0));
    let edited = format!(
        "{}# checked by Anna\n",
        case_text(dir.path(), "martin.yaml")
    );
    std::fs::write(dir.path().join("martin.yaml"), &edited).unwrap();
    let (code, _, stderr) = run(dir.path(), &["sent", "martin.yaml", "--undo"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("changed after `recours sent` recorded"),
        "{stderr}"
    );
    assert_eq!(case_text(dir.path(), "martin.yaml"), edited);
}

#[test]
fn a_new_step_goes_after_the_rest_of_the_commented_example() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = run(
        dir.path(),
        &["init", "--institution", "cetelem-fr", "-o", "martin.yaml"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    // The example's first three lines uncommented, the others left as they were.
    let text = case_text(dir.path(), "martin.yaml")
        .replace("  # - step: 1 ", "  - step: 1   ")
        .replace("  #   date: 2026-07-02", "    date: 2026-07-02  ")
        .replace("  #   channel: letter", "    channel: letter  ");
    std::fs::write(dir.path().join("martin.yaml"), &text).unwrap();
    let (code, _, stderr) = run(
        dir.path(),
        &["sent", "martin.yaml", "--step", "2", "--date", "2026-11-20"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let edited = case_text(dir.path(), "martin.yaml");
    let summary = edited
        .find("#     summary:")
        .expect("the example's last line");
    let new_step = edited.find("  - step: 2\n").expect("the new step");
    assert!(summary < new_step, "{edited}");
    assert!(
        edited[new_step..]
            .starts_with("  - step: 2\n    date: 2026-11-20\n    channel: registered\n"),
        "{edited}"
    );
}

#[test]
fn a_letter_a_batch_wrote_is_found_by_its_evidence_manifest() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("clinique")).unwrap();
    std::fs::write(dir.path().join("clinique/martin.yaml"), CASE).unwrap();
    let (code, _, stderr) = run(dir.path(), &["batch", "clinique", "-o", "lettres"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(dir.path().join("lettres/martin-niveau-1.pdf").is_file());
    let (code, stdout, stderr) = run(dir.path(), &["sent", "clinique/martin.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("recorded: level 1 (complaint)"), "{stdout}");
}
