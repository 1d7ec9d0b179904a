//! Addresses that fit the envelope: warnings for a block over 6 lines or 38 characters a line,
//! an error for a recipient block that would overflow the window. Messages pinned.

mod common;

use std::process::Command;

use common::*;

fn render(case_text: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), case_text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_recours"))
        .current_dir(dir.path())
        .args(["render", "case.yaml"])
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn madame_courtage_with(recipient: &str) -> String {
    std::fs::read_to_string(example("madame-courtage-mediation.yaml"))
        .unwrap()
        .replace(
            "letter:\n  step: 3",
            &format!("letter:\n  recipient_address: {recipient}\n  step: 3"),
        )
}

#[test]
fn long_or_many_lines_are_warned() {
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace(
            "    - 12 rue des Lilas\n",
            "    - Résidence des Grands Chênes, bâtiment B, escalier 4\n    - 12 rue des Lilas\n",
        );
    let (code, stderr) = render(&text);
    assert_eq!(code, Some(0), "{stderr}");
    insta::assert_snapshot!("address_sender_warning", stderr);
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
                let check = recours::address::check_block("the recipient block", &lines, true);
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
