//! `recours check`: the timeline of every example, as text and as JSON (pinned), and
//! `recours render` refusing a level that is not admissible (yet) unless `--force`.

use crate::common::*;

#[test]
fn check_prints_the_timeline_of_every_example() {
    for path in example_paths() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let examples = root().join("examples");
        let text = recours_in(&examples, &["check", &name]);
        assert_eq!(
            text.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&text.stderr)
        );
        insta::assert_snapshot!(
            format!("check_text_{stem}"),
            String::from_utf8(text.stdout).unwrap()
        );
        let json = recours_in(&examples, &["check", &name, "--format", "json"]);
        assert_eq!(json.status.code(), Some(0));
        let json = String::from_utf8(json.stdout).unwrap();
        let value: serde_json::Value =
            serde_json::from_str(&json).expect("check --format json prints JSON");
        assert_eq!(value["case"], name.as_str());
        insta::assert_snapshot!(format!("check_json_{stem}"), json);
    }
}

/// The Cetelem mediator referral, dated before the registered letter's deadline lapsed.
fn early_referral() -> String {
    std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace("  date: 2026-11-21", "  date: 2026-08-15")
}

#[test]
fn render_refuses_a_level_not_admissible_yet_and_says_from_when() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), early_referral()).unwrap();
    let refused = recours_in(dir.path(), &["render", "case.yaml"]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    insta::assert_snapshot!("render_not_yet_admissible", stderr);
    assert!(
        stderr.contains("it will be from 3 September 2026"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("case-niveau-3.pdf").exists(),
        "nothing is written"
    );

    let check = recours_in(dir.path(), &["check", "case.yaml"]);
    assert_eq!(check.status.code(), Some(0), "the case itself is valid");
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        stdout.contains("not yet: admissible from 3 September 2026"),
        "{stdout}"
    );

    let forced = recours_in(dir.path(), &["render", "case.yaml", "--force"]);
    assert_eq!(
        forced.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    let stderr = String::from_utf8_lossy(&forced.stderr);
    assert!(
        stderr.contains("warning: level 3 is not admissible before 3 September 2026"),
        "{stderr}"
    );
    assert!(dir.path().join("case-niveau-3.pdf").exists());
}

#[test]
fn render_refuses_a_mediator_when_a_court_is_seized() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("madame-courtage-mediation.yaml"))
        .unwrap()
        .replace("  court_action: false", "  court_action: true");
    std::fs::write(dir.path().join("case.yaml"), text).unwrap();
    let refused = recours_in(dir.path(), &["render", "case.yaml"]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    insta::assert_snapshot!("render_court_seized", stderr);
    let check = String::from_utf8(
        recours_in(dir.path(), &["check", "case.yaml", "--format", "json"]).stdout,
    )
    .unwrap();
    let value: serde_json::Value = serde_json::from_str(&check).unwrap();
    assert_eq!(value["next"]["verdict"], "not-admissible");
}

#[test]
fn check_evaluates_on_another_day_with_date() {
    let examples = root().join("examples");
    let out = recours_in(
        &examples,
        &[
            "check",
            "madame-courtage-mediation.yaml",
            "--date",
            "2026-07-01",
            "--format",
            "json",
        ],
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["evaluated_on"], "2026-07-01");
    assert_eq!(value["next"]["verdict"], "not-yet");
    assert_eq!(value["next"]["from"], "2026-08-04");
    assert_eq!(value["steps"][0]["status"], "waiting");
}

#[test]
fn the_letter_gives_the_date_by_which_the_recipient_must_answer() {
    let rendered = render_file(&engine(), &example("cetelem-fr-reclamation.yaml"));
    assert_shows(
        &pdf_text(&rendered.pdf.bytes),
        "soit au plus tard le 2 septembre 2026",
    );
}

#[test]
fn check_takes_several_files_and_folders_with_one_verdict_per_case() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("dossiers");
    std::fs::create_dir_all(folder.join("2026")).unwrap();
    for name in ["cetelem-fr-mediation.yaml", "amex-fr-reclamation.yaml"] {
        std::fs::copy(example(name), folder.join(name)).unwrap();
    }
    std::fs::write(
        folder.join("2026/faute.yaml"),
        std::fs::read_to_string(example("cetelem-be-plainte.yaml"))
            .unwrap()
            .replace("  name: Sophie", "  nmae: Sophie"),
    )
    .unwrap();
    std::fs::copy(
        example("cetelem-fr-reclamation.yaml"),
        dir.path().join("seule.yaml"),
    )
    .unwrap();
    let run = recours_in(dir.path(), &["check", "dossiers", "seule.yaml"]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "one case is invalid: {stdout}");
    let lines: Vec<&str> = stdout.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(
        lines,
        [
            "dossiers/2026/faute.yaml: invalid",
            "dossiers/amex-fr-reclamation.yaml: valid — next: level 2 (complaint), admissible",
            "dossiers/cetelem-fr-mediation.yaml: valid — next: level 3 (mediation), admissible since 3 September 2026",
            "seule.yaml: valid — next: level 1 (complaint), admissible",
            "",
            "4 cases: 3 valid, 1 invalid",
        ]
    );
    assert!(
        stdout.contains("complainant.nmae: unknown key `nmae`"),
        "{stdout}"
    );

    let valid_only = recours_in(
        dir.path(),
        &["check", "seule.yaml", "dossiers/amex-fr-reclamation.yaml"],
    );
    assert_eq!(valid_only.status.code(), Some(0));
    let json = recours_in(dir.path(), &["check", "dossiers", "--format", "json"]);
    let verdicts: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(verdicts.as_array().unwrap().len(), 3);
    assert_eq!(verdicts[0]["valid"], false);
    assert_eq!(verdicts[1]["timeline"]["next"]["level"], 2);
}
