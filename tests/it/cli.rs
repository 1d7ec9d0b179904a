//! The command line's own outputs: the registry as a table and one ladder in detail (pinned),
//! the completion scripts and the manual page.

use crate::common::{example, outcome_in};

fn recours(args: &[&str]) -> (Option<i32>, String, String) {
    let output = crate::common::recours().args(args).output().unwrap();
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
            "kind: ",
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
    assert!(amex.contains("2. relations-clients (complaint)"), "{amex}");
    assert!(amex.contains("channel: letter"), "{amex}");
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

#[test]
fn man_writes_every_page_the_pages_refer_to() {
    let dir = tempfile::tempdir().unwrap();
    let man1 = dir.path().join("share/man/man1");
    let (code, stdout, stderr) = recours(&["man", "--dir", man1.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("manual pages into"), "{stdout}");
    let written: std::collections::BTreeSet<String> = std::fs::read_dir(&man1)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut referred = std::collections::BTreeSet::new();
    for name in &written {
        let page = std::fs::read_to_string(man1.join(name)).unwrap();
        assert!(page.contains(".TH "), "{name} is a manual page");
        for word in page.split_whitespace() {
            if let Some(stem) = word.strip_suffix("(1)") {
                referred.insert(format!("{}.1", stem.replace("\\-", "-")));
            }
        }
    }
    assert!(referred.contains("recours-render.1"), "{referred:?}");
    assert!(
        referred.contains("recours-templates-check.1"),
        "{referred:?}"
    );
    let missing: Vec<_> = referred.difference(&written).collect();
    assert!(
        missing.is_empty(),
        "pages referred to and not written: {missing:?}"
    );
    // The main page on standard output is the one written as recours.1.
    let (_, page, _) = recours(&["man"]);
    assert_eq!(
        page,
        std::fs::read_to_string(man1.join("recours.1")).unwrap()
    );
}

#[test]
fn the_templates_and_the_registry_can_be_exported_and_used() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("mes-modeles");
    let (code, stdout, stderr) = recours(&["templates", "export", templates.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("wrote 5 templates into"), "{stdout}");
    for entry in std::fs::read_dir(root.join("letter-templates")).unwrap() {
        let entry = entry.unwrap();
        assert_eq!(
            std::fs::read(templates.join(entry.file_name())).unwrap(),
            std::fs::read(entry.path()).unwrap(),
            "{:?}",
            entry.file_name()
        );
    }
    // An adapted copy is never replaced.
    std::fs::write(templates.join("layout.typ"), "adapted").unwrap();
    let (code, _, stderr) = recours(&["templates", "export", templates.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("exists; nothing was written"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(templates.join("layout.typ")).unwrap(),
        "adapted"
    );

    let registry = dir.path().join("registre/institutions.yaml");
    let (code, stdout, stderr) = recours(&["institutions", "--export", registry.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("--registry"), "{stdout}");
    assert_eq!(
        std::fs::read(&registry).unwrap(),
        std::fs::read(root.join("institutions.yaml")).unwrap()
    );
    let (code, _, stderr) = recours(&["institutions", "--export", registry.to_str().unwrap()]);
    assert_eq!(code, Some(1), "never replaced");
    assert!(stderr.contains("exists; nothing was written"), "{stderr}");
    // The exported registry is read back as the built-in one.
    let (code, ladder, stderr) = recours(&[
        "--registry",
        registry.to_str().unwrap(),
        "institutions",
        "amex-fr",
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(ladder, recours(&["institutions", "amex-fr"]).1);
}

#[test]
fn a_letter_as_text_for_a_web_form_as_markdown_and_as_json_writes_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let (code, text, stderr) = outcome_in(dir.path(), &["render", "case.yaml", "--format", "text"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        text.starts_with(
            "Le professionnel\n================\n\nCetelem (BNP Paribas Personal Finance)\n"
        ),
        "{text}"
    );
    // The letter's no-break spaces (« N° de dossier : », « 45,00 € ») are kept; read as spaces.
    let plain = text.replace(['\u{a0}', '\u{202f}'], " ");
    for shown in [
        "Références\n==========\n\n- N° de dossier : 123456789012\n- Carte n° : XXXX XXXX XXXX 4444\n",
        "Ce que je demande\n=================\n\n- le remboursement des frais de retard de 45,00 € ;\n",
        "Conditions de la médiation\n",
        "Aucune juridiction n’est saisie de ce litige.",
        "La lettre\n=========\n\nMme Marie Dubois\n12 rue des Lilas\n59000 Lille\n",
        "Objet : Demande de médiation – Frais de retard prélevés à tort\n",
    ] {
        assert!(plain.contains(shown), "{shown:?} in:\n{text}");
    }
    assert!(!text.contains("5555 5555 5555 4444"));
    let (_, md, _) = outcome_in(dir.path(), &["render", "case.yaml", "--format", "md"]);
    assert!(md.starts_with("## Le professionnel\n\nCetelem"), "{md}");
    assert!(md.contains("\n## La lettre\n"), "{md}");
    let (_, json, _) = outcome_in(dir.path(), &["render", "case.yaml", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["letter"]["kind"], "mediation");
    assert_eq!(value["letter"]["level"], 3);
    assert_eq!(
        value["letter"]["demands"][1],
        "la rectification de l’historique de paiement de mon compte."
    );
    // Nothing is written.
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(files.len(), 1, "only the case: {files:?}");

    // A Dutch letter's headings are Dutch.
    std::fs::copy(
        example("cetelem-be-klacht-nl.yaml"),
        dir.path().join("klacht.yaml"),
    )
    .unwrap();
    let (_, dutch, _) = outcome_in(dir.path(), &["render", "klacht.yaml", "--format", "text"]);
    assert!(dutch.starts_with("De onderneming\n"), "{dutch}");
    assert!(dutch.contains("\nWat ik vraag\n"), "{dutch}");
}
