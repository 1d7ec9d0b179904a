//! `--templates DIR`: a folder replaces the built-in templates, and the most specific file
//! (`<kind>.<institution>.<level>.typ`, then `<kind>.<institution>.typ`, then `<kind>.typ`)
//! lays a letter out.

use crate::common::*;
use recours::{CaseFile, Engine, PlanOptions};

fn shown(engine: &Engine, example_name: &str) -> String {
    let file = CaseFile::load(&example(example_name)).unwrap();
    let rendered = engine
        .render(
            &file,
            PlanOptions {
                today: test_today(),
                ..Default::default()
            },
        )
        .unwrap();
    pdf_text(&rendered.pdf.bytes)
}

#[test]
fn the_most_specific_template_wins() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(dir.path());
    std::fs::write(
        dir.path().join("complaint.cetelem-fr.typ"),
        "{% extends \"layout.typ\" %}{% block prior_steps %}Gabarit propre à Cetelem pour {{ recipient[0] }}.{% endblock prior_steps %}",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("mediation.cetelem-fr.3.typ"),
        "{% extends \"layout.typ\" %}{% block prior_steps_title %}Historique du niveau 3{% endblock prior_steps_title %}",
    )
    .unwrap();
    let engine = Engine::new(None, Some(dir.path())).unwrap();

    let complaint = shown(&engine, "cetelem-fr-reclamation.yaml");
    assert_shows(
        &complaint,
        "Gabarit propre à Cetelem pour Service client Cetelem.",
    );
    let mediation = shown(&engine, "cetelem-fr-mediation.yaml");
    assert_shows(&mediation, "Historique du niveau 3");
    assert!(!mediation.contains("Gabarit propre"), "{mediation}");
    let other = shown(&engine, "amex-fr-reclamation.yaml");
    assert!(
        !other.contains("Gabarit propre"),
        "another institution keeps complaint.typ: {other}"
    );
    assert_shows(&other, "Démarches effectuées");
}

/// The message refusing the Cetelem complaint example with the templates of `dir`.
fn refusal_with_templates(dir: &std::path::Path) -> String {
    let engine = Engine::new(None, Some(dir)).unwrap();
    let file = CaseFile::load(&example("cetelem-fr-reclamation.yaml")).unwrap();
    engine
        .render(
            &file,
            PlanOptions {
                today: test_today(),
                ..Default::default()
            },
        )
        .err()
        .expect("refused")
        .to_string()
}

#[test]
fn a_template_error_names_the_template_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(dir.path());
    std::fs::write(dir.path().join("complaint.typ"), "{% extends \"layout.typ\" %}\n{% block prior_steps %}{{ no_such_value }}{% endblock prior_steps %}").unwrap();
    let message = refusal_with_templates(dir.path());
    assert!(message.contains("complaint.typ"), "{message}");
    assert!(message.contains("no_such_value"), "{message}");
    assert!(message.contains("2:"), "the line is given: {message}");
}

#[test]
fn an_error_in_the_layout_is_reported_in_the_layout() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(dir.path());
    let layout = dir.path().join("layout.typ");
    let text = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(
        &layout,
        text.replace("{{ salutation }}", "{{ salutation.foo }}"),
    )
    .unwrap();
    let message = refusal_with_templates(dir.path());
    let line = text
        .lines()
        .position(|l| l.contains("{{ salutation }}"))
        .unwrap()
        + 1;
    assert!(
        message.starts_with(&format!(
            "in the template layout.typ (of {}), which complaint.typ extends:",
            dir.path().display()
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("layout.typ:{line}:")),
        "{message}"
    );
}

#[test]
fn a_folder_without_the_kind_template_says_which_files_it_looked_for() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("layout.typ"), "x").unwrap();
    let engine = Engine::new(None, Some(dir.path())).unwrap();
    let file = CaseFile::load(&example("cetelem-fr-reclamation.yaml")).unwrap();
    let message = engine
        .prepare(
            &file,
            PlanOptions {
                today: test_today(),
                ..Default::default()
            },
        )
        .err()
        .unwrap()
        .to_string();
    assert!(
        message.contains("complaint.cetelem-fr.1.typ, complaint.cetelem-fr.typ, complaint.typ"),
        "{message}"
    );
}

#[test]
fn a_lawyer_rewords_a_sentence_in_a_copy_of_the_message_files() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales");
    std::fs::create_dir_all(locales.join("fr")).unwrap();
    let french = std::fs::read_to_string(root().join("locales/fr/lettre.ftl")).unwrap();
    std::fs::write(
        locales.join("fr/lettre.ftl"),
        french.replace(
            "statement-no-court = Aucune juridiction n’est saisie de ce litige.",
            "statement-no-court = Aucun tribunal n’a été saisi de ce litige.",
        ),
    )
    .unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let run = recours_in(
        dir.path(),
        &[
            "--locales",
            "locales",
            "render",
            "case.yaml",
            "-o",
            "lettre.pdf",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text_of(dir.path().join("lettre.pdf"));
    assert_shows(&text, "Aucun tribunal n’a été saisi de ce litige.");
    assert!(!text.contains("Aucune juridiction"), "{text}");

    // A message file with a mistake is refused where the mistake is.
    std::fs::write(
        locales.join("fr/lettre.ftl"),
        french.replace("{ $amount }", "{ $montant }"),
    )
    .unwrap();
    let run = recours_in(
        dir.path(),
        &[
            "--locales",
            "locales",
            "render",
            "case.yaml",
            "-o",
            "autre.pdf",
        ],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr.contains("locales/fr/lettre.ftl:") && stderr.contains("montant"),
        "{stderr}"
    );
    assert!(!dir.path().join("autre.pdf").exists());
}

#[test]
fn a_recipient_is_renamed_in_a_folder_of_names_without_copying_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("locales/fr");
    std::fs::create_dir_all(&french).unwrap();
    // Only the reworded recipient: every other name stays the built-in one.
    std::fs::write(
        french.join("destinataires.ftl"),
        "recipient-cetelem-fr-service-client = Service client Cetelem\n    .to = au service clientèle de Cetelem\n",
    )
    .unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let run = recours_in(
        dir.path(),
        &[
            "--locales",
            "locales",
            "render",
            "case.yaml",
            "-o",
            "lettre.pdf",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text_of(dir.path().join("lettre.pdf"));
    assert_shows(&text, "au service clientèle de Cetelem");
    assert!(!text.contains("au service client de Cetelem"), "{text}");
    assert_shows(&text, "au service consommateurs de Cetelem");

    // A registry adding a mediator the message files do not name is refused, with the message
    // to add; named in the folder, it is accepted.
    let registry = std::fs::read_to_string(root().join("institutions.yaml"))
        .unwrap()
        .replacen("body: mediatrice-bnpp-pf", "body: nouvelle-mediatrice", 1)
        .replacen(
            "\n  - id: mediation-assurance\n",
            "\n  - id: nouvelle-mediatrice\n    kind: mediator\n    country: FR\n    name: La Nouvelle Médiatrice\n    address: [1 rue de la Paix, 75002 Paris]\n    salutation: Madame la Médiatrice,\n    sources: [seed-000]\n    verified: 2026-11-30\n\n  - id: mediation-assurance\n",
            1,
        );
    std::fs::write(dir.path().join("registre.yaml"), registry).unwrap();
    let args = [
        "--registry",
        "registre.yaml",
        "--locales",
        "locales",
        "render",
        "case.yaml",
        "-o",
        "mediatrice.pdf",
    ];
    let run = recours_in(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the body `nouvelle-mediatrice` has no name in fr/destinataires.ftl"),
        "{stderr}"
    );
    assert!(stderr.contains("body-nouvelle-mediatrice = …"), "{stderr}");
    // Where the registry holds it: its file, line and field.
    assert!(
        stderr.contains("registre.yaml:") && stderr.contains(": bodies["),
        "{stderr}"
    );
    assert!(!dir.path().join("mediatrice.pdf").exists());
    for (language, file) in [
        ("fr", "destinataires.ftl"),
        ("nl", "ontvangers.ftl"),
        ("de", "empfaenger.ftl"),
    ] {
        let path = dir.path().join("locales").join(language).join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut text = std::fs::read_to_string(&path).unwrap_or_default();
        text.push_str("body-nouvelle-mediatrice = La Nouvelle Médiatrice\n    .to = à la Nouvelle Médiatrice\n");
        std::fs::write(&path, text).unwrap();
    }
    let run = recours_in(dir.path(), &args);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text_of(dir.path().join("mediatrice.pdf"));
    assert_shows(&text, "La Nouvelle Médiatrice");
    assert_shows(&text, "1 rue de la Paix");
}

#[test]
fn every_template_that_does_not_parse_is_reported_not_only_the_first() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(dir.path());
    for (name, fault) in [("complaint.typ", "{% if %}"), ("mediation.typ", "{{ oops(")] {
        let path = dir.path().join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{text}\n{fault}\n")).unwrap();
    }
    let output = recours()
        .arg("--templates")
        .arg(dir.path())
        .args(["templates", "check"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("--> complaint.typ:"), "{stderr}");
    assert!(stderr.contains("--> mediation.typ:"), "{stderr}");
    assert!(stderr.contains("Unexpected end of input"), "{stderr}");
    assert_eq!(
        stderr.matches("error:").count(),
        3,
        "the heading and one error a template: {stderr}"
    );
}
