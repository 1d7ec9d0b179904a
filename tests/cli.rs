//! The command line's own outputs: the registry as a table and one ladder in detail (pinned),
//! the completion scripts and the manual page.

use std::process::Command;

fn recours(args: &[&str]) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_recours"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn institutions_as_a_table_and_one_ladder_in_detail() {
    let (code, table, _) = recours(&["institutions"]);
    assert_eq!(code, Some(0));
    insta::assert_snapshot!("institutions_table", table);
    let (code, ladder, _) = recours(&["institutions", "amex-fr"]);
    assert_eq!(code, Some(0));
    insta::assert_snapshot!("institutions_amex_fr", ladder);
    let (code, _, stderr) = recours(&["institutions", "ombudsfn"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("did you mean `ombudsfin`?"), "{stderr}");
}

#[test]
fn completions_and_the_manual_page() {
    for shell in ["bash", "zsh", "fish"] {
        let (code, script, _) = recours(&["completions", shell]);
        assert_eq!(code, Some(0));
        for command in [
            "render",
            "check",
            "batch",
            "watch",
            "preview",
            "institutions",
            "init",
        ] {
            assert!(script.contains(command), "{shell}: {command}");
        }
    }
    let (code, page, _) = recours(&["man"]);
    assert_eq!(code, Some(0));
    assert!(
        page.starts_with(".ie") || page.contains(".TH recours 1"),
        "{page}"
    );
    assert!(page.contains("Complaint letters and mediator referrals as PDF"));
}

#[test]
fn a_ladder_is_shown_in_words_for_people() {
    for id in [
        "cetelem-fr",
        "amex-fr",
        "cetelem-be",
        "stellantis-fs-belux",
        "madame-courtage",
        "ombudsfin",
        "consumerconnect",
    ] {
        let (code, shown, _) = recours(&["institutions", id]);
        assert_eq!(code, Some(0));
        for rust_name in [
            "Complaint",
            "Escalation",
            "Mediation)",
            "Authority",
            "channel: ",
            "Letter",
            "Registered",
            "Portal",
            "InPerson",
            ".txt",
            "Mediator",
        ] {
            assert!(
                !shown.contains(rust_name),
                "{id}: «{rust_name}» in\n{shown}"
            );
        }
    }
    let (_, amex, _) = recours(&["institutions", "amex-fr"]);
    assert!(
        amex.contains("2. relations-clients (réclamation)"),
        "{amex}"
    );
    assert!(amex.contains("canal : courrier"), "{amex}");
    assert!(
        amex.contains("source: « Adresser une réclamation à carte American Express »"),
        "{amex}"
    );
}

#[test]
fn completions_offer_the_registry_ids() {
    let (_, bash, _) = recours(&["completions", "bash"]);
    let institution = bash
        .lines()
        .skip_while(|l| l.trim() != "--institution)")
        .nth(1)
        .unwrap_or_default();
    for id in [
        "cetelem-fr",
        "amex-fr",
        "cetelem-be",
        "stellantis-fs-belux",
        "madame-courtage",
    ] {
        assert!(institution.contains(id), "{institution}");
    }
    assert!(
        !institution.contains("ombudsfin"),
        "init takes institutions only: {institution}"
    );
    let (_, zsh, _) = recours(&["completions", "zsh"]);
    assert!(
        zsh.contains("ombudsfin\\:"),
        "`institutions ID` completes bodies too"
    );
    // Any id is still taken: a --registry may know others.
    let (code, _, stderr) = recours(&["institutions", "ombudsfn"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("did you mean `ombudsfin`?"), "{stderr}");
}
