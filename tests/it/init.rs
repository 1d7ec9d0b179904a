//! `recours init`: for every institution, a case file whose comments guide the filling, which
//! `check` refuses while « À COMPLÉTER » remains and accepts once every placeholder is filled.

use std::path::Path;

use crate::common::{fill, recours_in, uncomment_examples};

const INSTITUTIONS: [&str; 5] = [
    "cetelem-fr",
    "amex-fr",
    "cetelem-be",
    "stellantis-fs-belux",
    "madame-courtage",
];

#[test]
fn init_writes_a_case_to_fill_for_every_institution() {
    for institution in INSTITUTIONS {
        let dir = tempfile::tempdir().unwrap();
        let written = recours_in(
            dir.path(),
            &["init", "--institution", institution, "-o", "dossier.yaml"],
        );
        assert!(
            written.status.success(),
            "{institution}: {}",
            String::from_utf8_lossy(&written.stderr)
        );
        let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=case.schema.json\n"),
            "{text}"
        );
        assert!(text.contains(&format!("institution: {institution}\n")));
        if institution == "madame-courtage" {
            // Its first letter may go by post or by e-mail: neither is asked before the person
            // chooses.
            assert!(!text.contains("\n  recipient_address:"), "{text}");
            assert!(text.contains("\n  # recipient_email: "), "{text}");
        }
        if institution == "cetelem-fr" {
            assert!(text.contains("; après les niveaux 1 et 2\n"), "{text}");
            assert!(text.contains("; après le niveau 1\n"), "{text}");
        }
        assert!(
            dir.path().join("case.schema.json").exists(),
            "the schema for the editor is beside"
        );

        let unfilled = recours_in(dir.path(), &["check", "dossier.yaml"]);
        assert_eq!(
            unfilled.status.code(),
            Some(1),
            "{institution}: placeholders are refused"
        );

        // Where the first letter may go by post or by e-mail, the person uncomments one: the
        // postal address here.
        let chosen = text
            .replace("  # recipient_address:", "  recipient_address:")
            .replace("  #   - ", "    - ");
        std::fs::write(dir.path().join("dossier.yaml"), fill(&chosen)).unwrap();
        let filled = recours_in(dir.path(), &["check", "dossier.yaml"]);
        assert_eq!(
            filled.status.code(),
            Some(0),
            "{institution}: once filled, the case is valid:\n{}\n{}",
            String::from_utf8_lossy(&filled.stderr),
            fill(&text)
        );
        let rendered = recours_in(dir.path(), &["render", "dossier.yaml"]);
        assert!(
            rendered.status.success(),
            "{institution}: {}",
            String::from_utf8_lossy(&rendered.stderr)
        );

        let again = recours_in(
            dir.path(),
            &["init", "--institution", institution, "-o", "dossier.yaml"],
        );
        assert_eq!(
            again.status.code(),
            Some(1),
            "an existing case file is never replaced"
        );
        assert_eq!(
            String::from_utf8_lossy(&again.stderr),
            "error: dossier.yaml exists; choose another name with -o, or delete it\n"
        );
    }
}

#[test]
fn the_usage_of_init_shows_its_output_as_optional() {
    let dir = tempfile::tempdir().unwrap();
    let help = recours_in(dir.path(), &["init", "--help"]);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("Usage: recours init [OPTIONS] --institution <INSTITUTION>\n"),
        "{help}"
    );
    assert!(help.contains("[default: case.yaml]"), "{help}");
    let missing = recours_in(dir.path(), &["init"]);
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert_eq!(missing.status.code(), Some(2));
    assert!(!stderr.contains("--output <FILE>"), "{stderr}");
}

#[test]
fn a_placeholder_left_is_pointed_at() {
    let dir = tempfile::tempdir().unwrap();
    recours_in(
        dir.path(),
        &["init", "--institution", "cetelem-fr", "-o", "dossier.yaml"],
    );
    let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    let almost = fill(&text).replace(
        "subject: Frais prélevés à tort",
        "subject: \"À COMPLÉTER : l’objet en quelques mots\"",
    );
    std::fs::write(dir.path().join("dossier.yaml"), almost).unwrap();
    let output = recours_in(dir.path(), &["check", "dossier.yaml"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.contains(": dispute.subject: a value of `recours init` is still to be filled in"),
        "{stderr}"
    );
}

#[test]
fn uncommenting_the_examples_of_init_gives_valid_yaml() {
    for institution in INSTITUTIONS {
        let dir = tempfile::tempdir().unwrap();
        recours_in(
            dir.path(),
            &["init", "--institution", institution, "-o", "dossier.yaml"],
        );
        let text = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
        assert!(!text.contains("[]") && !text.contains("{}"), "{text}");
        let uncommented = uncomment_examples(&fill(&text));
        assert_ne!(uncommented, fill(&text));
        let file = recours::CaseFile::parse(uncommented.clone(), Path::new("dossier.yaml"))
            .unwrap_or_else(|e| panic!("{institution}: {e}\n{uncommented}"));
        let case = &file.case;
        let example = case.history.last().unwrap();
        assert!(example.answer.is_some(), "{institution}");
        assert!(example.received.is_some() && example.reference.is_some());
        assert_eq!(case.attachments, ["Relevé de compte de juin 2026"]);
        assert!(case.letter.date.is_some() && case.letter.step.is_some());
        let clinic = case.representative.as_ref().unwrap();
        assert_eq!(clinic.reference.as_deref(), Some("CJ-2026-117"));
        assert!(clinic.email.is_some() && clinic.phone.is_some());
        assert!(case.complainant.email.is_some() && case.dispute.amount.is_some());
    }
}

#[test]
fn init_creates_the_folder_refreshes_the_schema_and_knows_the_ids() {
    let dir = tempfile::tempdir().unwrap();
    let first = recours_in(
        dir.path(),
        &[
            "init",
            "--institution",
            "cetelem-fr",
            "-o",
            "dossiers/dubois.yaml",
        ],
    );
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&first.stdout),
        "wrote dossiers/dubois.yaml (and dossiers/case.schema.json for your editor)\n  fill in every « À COMPLÉTER », then: recours check dossiers/dubois.yaml\n"
    );
    // The schema is generated: a second case in the folder refreshes it, and says so.
    let schema = dir.path().join("dossiers/case.schema.json");
    std::fs::write(&schema, "{}").unwrap();
    let second = recours_in(
        dir.path(),
        &[
            "init",
            "--institution",
            "amex-fr",
            "-o",
            "dossiers/martin.yaml",
        ],
    );
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("for your editor, generated: refreshed)")
    );
    assert!(
        std::fs::read_to_string(&schema)
            .unwrap()
            .contains("\"institution\"")
    );

    let unknown = recours_in(dir.path(), &["init", "--institution", "nope"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr)
            .contains("help: `recours institutions` lists the institutions recours knows")
    );
    let near = recours_in(dir.path(), &["init", "--institution", "cetelm"]);
    assert!(
        String::from_utf8_lossy(&near.stderr)
            .contains("help: did you mean `cetelem-fr`? `recours institutions` lists them all")
    );
    assert!(!dir.path().join("case.yaml").exists());
}

#[test]
fn an_unknown_institution_is_met_with_the_ids_that_hold_it_or_the_ladder_a_mediator_ends() {
    let dir = tempfile::tempdir().unwrap();
    let fr = |args: &[&str]| crate::common::refusal_fr(dir.path(), args);
    let (code, stderr) = fr(&["init", "--institution", "cetelem", "-o", "a.yaml"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("a.yaml: --institution: établissement inconnu `cetelem`")
            && stderr.contains("vouliez-vous dire l'un de ceux-ci : `cetelem-fr`, `cetelem-be` ?"),
        "{stderr}"
    );
    assert!(!stderr.contains("built in"), "{stderr}");
    let (code, stderr) = fr(&["init", "--institution", "ombudsfin", "-o", "a.yaml"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("est un médiateur, pas un établissement")
            && stderr.contains("y mènent : `cetelem-be`, `stellantis-fs-belux`"),
        "{stderr}"
    );
    assert!(!dir.path().join("a.yaml").exists());
}

#[test]
fn init_guesses_no_civility() {
    let dir = tempfile::tempdir().unwrap();
    let run = recours_in(
        dir.path(),
        &["init", "--institution", "cetelem-fr", "-o", "a.yaml"],
    );
    assert!(run.status.success());
    let text = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(!text.contains("\n  civility: "), "{text}");
    assert!(
        text.contains("\n  # civility: Madame                # Madame | Monsieur"),
        "{text}"
    );
}
