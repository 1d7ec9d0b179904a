//! Addresses that fit the envelope: warnings for a block over 6 lines or 38 characters a line,
//! an error for a recipient block that would overflow the window. Messages pinned.

use crate::common::*;

fn render(case_text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), case_text).unwrap();
    let output = recours()
        .current_dir(dir.path())
        .args(["render", "case.yaml"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Madame Courtage's complaints manager (level 2), whose postal address no source gives: the
/// case vouches for it.
fn madame_courtage_with(recipient: &str) -> String {
    std::fs::read_to_string(example("madame-courtage-mediation.yaml"))
        .unwrap()
        .replace(
            "letter:\n  step: 3",
            &format!("letter:\n  recipient_address: {recipient}\n  step: 2"),
        )
}

#[test]
fn long_lines_are_warned_in_the_recipients_block_only_which_the_window_shows() {
    // The sender's block is in no window: a long line of it is no one's concern.
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace(
            "    - 12 rue des Lilas\n",
            "    - Résidence des Grands Chênes, bâtiment B, escalier 4\n    - 12 rue des Lilas\n",
        );
    let (code, stderr) = render(&text);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("sender block"), "{stderr}");
    let long = "[\"Médiation d'essai\", \"Résidence des Grands Chênes, bâtiment B, escalier 4\", 75001 Paris]";
    let (code, stderr) = render(&madame_courtage_with(long));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: line 2 of the recipient block (“Résidence des Grands Chênes, bâtiment B, escalier 4”) has 51 characters; La Poste and bpost ask for 38 at most"),
        "{stderr}"
    );
    // In French, the line between guillemets with their no-break spaces.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), madame_courtage_with(long)).unwrap();
    let (code, stderr) = refusal_fr(dir.path(), &["render", "case.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("la ligne 2 («\u{a0}Résidence des Grands Chênes, bâtiment B, escalier 4\u{a0}») a 51 caractères"),
        "{stderr}"
    );
}

#[test]
fn a_recipient_block_that_overflows_the_window_is_refused() {
    let seven = "[Médiation d'essai, Pôle A, Bureau B, Étage C, Bâtiment D, TSA 1, 75001 Paris]";
    let (code, stderr) = render(&madame_courtage_with(seven));
    assert_eq!(
        code,
        Some(0),
        "seven short lines fit, with a warning: {stderr}"
    );
    assert!(
        stderr.contains("warning: the recipient block has 7 lines"),
        "{stderr}"
    );

    let overflowing =
        "[Médiation d'essai, Pôle A, Bureau B, Étage C, Bâtiment D, Couloir E, TSA 1, 75001 Paris]";
    let (code, stderr) = render(&madame_courtage_with(overflowing));
    assert_eq!(code, Some(1));
    insta::assert_snapshot!("address_window_overflow", stderr);
}

#[test]
fn the_registry_addresses_fit_the_envelope() {
    let registry = recours::Registry::embedded().unwrap();
    for institution in &registry.institutions {
        for level in &institution.ladder {
            for entry in &level.recipients {
                let recipient = registry.resolve(entry);
                let Some(address) = &recipient.address else {
                    continue;
                };
                let lines = recipient.envelope.clone().unwrap_or_else(|| {
                    std::iter::once(recipient.name.clone())
                        .chain(address.iter().cloned())
                        .collect()
                });
                let check =
                    recours::case::address::check_block("the recipient block", &lines, true);
                assert_eq!(
                    check,
                    Default::default(),
                    "{} level {} `{}`",
                    institution.id,
                    level.level,
                    recipient.id
                );
            }
        }
    }
}

/// The letter asked for in the example: Cetelem France's consumer service (level 2), whose
/// address the registry knows.
fn cetelem_level_2_with(recipient: &str) -> String {
    std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace(
            "letter:\n",
            &format!(
                "history:\n  - {{step: 1, date: 2026-05-02, channel: letter}}\nletter:\n  step: 2\n  recipient_address: {recipient}\n"
            ),
        )
}

#[test]
fn another_address_for_a_recipient_the_registry_knows_is_refused() {
    let (code, stderr) = render(&cetelem_level_2_with(
        "[Autre Société SA, 4 rue de l'Autre, 75008 Paris]",
    ));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("letter.recipient_address: the registry knows the address of"),
        "{stderr}"
    );
    assert!(stderr.contains("--registry FILE"), "{stderr}");
    assert!(
        stderr.contains("recipient_address: [Autre Société SA"),
        "the error shows the case's line: {stderr}"
    );
}

#[test]
fn the_registrys_own_address_copied_into_the_case_is_accepted() {
    let registry = recours::Registry::embedded().unwrap();
    let institution = registry.institution("cetelem-fr").unwrap();
    let recipient = registry.resolve(&institution.ladder[1].recipients[0]);
    let mut lines = vec![recipient.name.to_uppercase()];
    lines.extend(recipient.address.clone().unwrap());
    let flow = format!("[{}]", lines.join(", "));
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    std::fs::write(&case, cetelem_level_2_with(&flow)).unwrap();
    let output = recours()
        .args(["render", "--force"])
        .arg(&case)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // The envelope shows the registry's lines, as the registry writes them.
    assert!(
        stdout.contains(&format!("  envelope:\n    {}\n", recipient.name)),
        "{stdout}"
    );
}

#[test]
fn render_and_check_print_the_address_the_case_vouches_for() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    std::fs::write(
        &case,
        madame_courtage_with(
            "[Cabinet Madame Courtage, Service réclamations, 10 rue Neuve, 75001 Paris]",
        ),
    )
    .unwrap();
    let run = |args: &[&str]| {
        let output = recours().args(args).arg(&case).output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let lines = "    Cabinet Madame Courtage\n    Service réclamations\n    10 rue Neuve\n    75001 Paris\n";
    let rendered = run(&["render"]);
    assert!(
        rendered.contains(&format!(
            "  envelope (the address the case gives in letter.recipient_address):\n{lines}"
        )),
        "{rendered}"
    );
    let checked = run(&["check"]);
    assert!(
        checked.contains(&format!(
            "  to, as the envelope will show it (the address the case gives in letter.recipient_address):\n{lines}"
        )),
        "{checked}"
    );
    let text = pdf_text_of(dir.path().join("case-niveau-2.pdf"));
    assert!(text.contains("10 rue Neuve"), "{text}");
}
