//! A clinic's own institutions, in a registry folder read on top of the built-in registry
//! (`--registry-dir`, else the user's configuration folder): added without touching the
//! built-in ones, named in the folder's files of names, marked as the clinic's; an id that
//! clashes with a built-in one, an entry that replaces nothing, a recipient without a name, a
//! file that is not a registry: each refused at its line.

use std::path::Path;

use crate::common::*;

/// An invented bank, its complaints service at level 1 and the FBF's mediator (built in) at
/// level 2, resting on the built-in documents.
pub(crate) const CLINIC_REGISTRY: &str = "\
institutions:
  - id: credit-exemple
    name: Crédit Exemple SA
    short_name: Crédit Exemple
    country: FR
    products: crédit renouvelable
    sources: [acpr-2022-r-01]
    verified: 2026-12-01
    ladder:
      - level: 1
        id: service-reclamations
        kind: complaint
        recipients:
          - id: service-reclamations
            name: Service Réclamations Crédit Exemple
            address: [Service Réclamations, 10 rue de l'Exemple, 69002 Lyon]
        channels:
          - { kind: letter }
        answer_within:
          count: 2
          unit: months
          runs_from: first_written
          basis: { doc: acpr-2022-r-01, says: \"réponse sous 2 mois à compter de la première réclamation écrite\" }
      - level: 2
        id: mediateur
        kind: mediation
        recipients:
          - { id: mediateur, body: mediateur-fbf }
        after:
          levels: [1]
          basis: { doc: c-conso-l612-2, says: \"la médiation est refusée sans réclamation écrite préalable au professionnel\" }
";

/// The names a letter gives the lender and its service, in each language.
pub(crate) fn write_names(dir: &Path) {
    for (lang, file, text) in [
        (
            "fr",
            "destinataires.ftl",
            "institution-credit-exemple = Crédit Exemple SA\n    .to = à Crédit Exemple SA\nrecipient-credit-exemple-service-reclamations = le service réclamations de Crédit Exemple\n    .to = au service réclamations de Crédit Exemple\n",
        ),
        (
            "nl",
            "ontvangers.ftl",
            "institution-credit-exemple = Crédit Exemple SA\nrecipient-credit-exemple-service-reclamations = de klachtendienst van Crédit Exemple\n",
        ),
        (
            "de",
            "empfaenger.ftl",
            "institution-credit-exemple = Crédit Exemple SA\nrecipient-credit-exemple-service-reclamations = der Beschwerdedienst von Crédit Exemple\n    .to = dem Beschwerdedienst von Crédit Exemple\n",
        ),
    ] {
        std::fs::create_dir_all(dir.join(lang)).unwrap();
        std::fs::write(dir.join(lang).join(file), text).unwrap();
    }
}

/// The folder `registre` of `dir`, holding `file` with `registry` and the files of names.
pub(crate) fn clinic_folder(dir: &Path, file: &str, registry: &str) -> std::path::PathBuf {
    let clinic = dir.join("registre");
    std::fs::create_dir_all(&clinic).unwrap();
    std::fs::write(clinic.join(file), registry).unwrap();
    write_names(&clinic);
    clinic
}

/// `recours --registry-dir registre ARGS…` in `dir`: its exit code, standard output and error.
fn in_folder(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["--registry-dir", "registre"];
    all.extend_from_slice(args);
    outcome_in(dir, &all)
}

pub(crate) const CASE: &str = "\
complainant:
  civility: Madame
  name: Nadia Exemple
  address: [3 place des Essais, 69003 Lyon]
institution: credit-exemple
dispute:
  subject: Frais contestés
  facts: Des frais de dossier ont été prélevés deux fois.
  demands: [le remboursement des frais prélevés deux fois]
";

#[test]
fn a_clinics_institution_is_added_on_top_of_the_built_in_ones() {
    let dir = tempfile::tempdir().unwrap();
    let clinic = clinic_folder(dir.path(), "credit-exemple.yaml", CLINIC_REGISTRY);
    std::fs::write(dir.path().join("dossier.yaml"), CASE).unwrap();

    let (code, stdout, stderr) = in_folder(dir.path(), &["render", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let text = pdf_text_of(dir.path().join("dossier-niveau-1.pdf"));
    assert_shows(&text, "Service Réclamations Crédit Exemple");
    assert_shows(&text, "10 rue de l’Exemple");
    assert_shows(&text, "Des frais de dossier ont été prélevés deux fois.");

    // Two months after the written complaint, unanswered: the referral goes to the FBF's
    // mediator, at the address the built-in registry gives it.
    let answered_late =
        format!("{CASE}history:\n  - {{step: 1, date: 2026-09-01, channel: letter}}\n");
    std::fs::write(dir.path().join("dossier.yaml"), answered_late).unwrap();
    let (code, _, stderr) = in_folder(dir.path(), &["render", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let text = pdf_text_of(dir.path().join("dossier-niveau-2.pdf"));
    assert_shows(&text, "Le médiateur auprès de la FBF");
    assert_shows(&text, "CS 151 75422 Paris Cedex 09");
    assert_shows(&text, "le 1er septembre 2026");

    // The built-in institutions are all still there, the clinic's marked as its own.
    let (code, listed, _) = in_folder(dir.path(), &["institutions"]);
    assert_eq!(code, Some(0));
    assert!(
        listed.contains("Crédit Exemple SA [the clinic's: registre/credit-exemple.yaml]"),
        "{listed}"
    );
    for built_in in [
        "cetelem-fr",
        "amex-fr",
        "cetelem-be",
        "stellantis-fs-belux",
        "madame-courtage",
    ] {
        assert!(listed.contains(built_in), "{built_in}: {listed}");
    }
    // The user's configuration folder is read the same way, without the option.
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::rename(&clinic, config.join("recours")).unwrap();
    let run = recours()
        .current_dir(dir.path())
        .env("XDG_CONFIG_HOME", &config)
        .args(["check", "dossier.yaml"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        stdout.contains("credit-exemple (Crédit Exemple SA, FR)"),
        "{stdout}"
    );
}

/// `recours --registry-dir registre check dossier.yaml` with `registry` as the folder's file and
/// its names: the exit code and standard error.
fn refused(registry: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    clinic_folder(dir.path(), "ajout.yaml", registry);
    std::fs::write(dir.path().join("dossier.yaml"), CASE).unwrap();
    let (code, _, stderr) = in_folder(dir.path(), &["check", "dossier.yaml"]);
    (code, stderr)
}

#[test]
fn a_clash_with_a_built_in_id_is_refused_at_its_line_unless_the_entry_replaces_it() {
    let clash = CLINIC_REGISTRY.replace("id: credit-exemple", "id: cetelem-fr");
    let (code, stderr) = refused(&clash);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("ajout.yaml:2:1: id: the id `cetelem-fr` is already the registry's"),
        "{stderr}"
    );
    assert!(stderr.contains("write `replaces: cetelem-fr`"), "{stderr}");

    // `replaces:` an id the registry does not have.
    let nothing = CLINIC_REGISTRY.replace(
        "  - id: credit-exemple\n",
        "  - id: credit-exemple\n    replaces: credit-exemple\n",
    );
    let (code, stderr) = refused(&nothing);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("`replaces: credit-exemple`: the registry has no such entry to replace"),
        "{stderr}"
    );

    // A recipient the folder's files of names do not name, said at its line.
    let unnamed = CLINIC_REGISTRY.replace(
        "id: service-reclamations\n            name:",
        "id: accueil\n            name:",
    );
    let (code, stderr) = refused(&unnamed);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("ajout.yaml:14:1: the recipient `accueil` of credit-exemple level 1 has no name in fr/destinataires.ftl")
            && stderr.contains("add it to fr/destinataires.ftl in the registry folder, beside registre/ajout.yaml"),
        "{stderr}"
    );

    // A key no registry has, at its line.
    let (code, stderr) = refused(&CLINIC_REGISTRY.replace("    verified:", "    verifed:"));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("ajout.yaml:8:5: institutions[0].verifed: unknown key `verifed`"),
        "{stderr}"
    );
}

#[test]
fn an_entry_that_says_replaces_takes_the_place_of_the_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    let clinic = dir.path().join("registre");
    std::fs::create_dir_all(&clinic).unwrap();
    // The clinic's own ladder for Cetelem, its recipient one the built-in names already name.
    let replacing = CLINIC_REGISTRY
        .replace(
            "  - id: credit-exemple\n",
            "  - id: cetelem-fr\n    replaces: cetelem-fr\n",
        )
        .replace("service-reclamations", "service-client");
    std::fs::write(clinic.join("cetelem.yaml"), replacing).unwrap();
    std::fs::write(
        dir.path().join("dossier.yaml"),
        CASE.replace("institution: credit-exemple", "institution: cetelem-fr"),
    )
    .unwrap();
    let (code, listed, stderr) = in_folder(dir.path(), &["institutions"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        listed.contains("Crédit Exemple SA [the clinic's: registre/cetelem.yaml]"),
        "{listed}"
    );
    assert_eq!(listed.matches("cetelem-fr").count(), 1, "{listed}");
    let (code, _, stderr) = in_folder(dir.path(), &["render", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let text = pdf_text_of(dir.path().join("dossier-niveau-1.pdf"));
    assert_shows(&text, "10 rue de l’Exemple");
}

#[test]
fn institutions_check_reads_one_file_as_it_would_be_read_on_top_of_the_registry() {
    let dir = tempfile::tempdir().unwrap();
    let clinic = clinic_folder(dir.path(), "credit-exemple.yaml", CLINIC_REGISTRY);
    let (code, stdout, stderr) = outcome_in(
        dir.path(),
        &["institutions", "check", "registre/credit-exemple.yaml"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout,
        "registre/credit-exemple.yaml: valid — 1 entry (credit-exemple), to read on top of the registry\n"
    );
    // Its names missing beside it: refused, at the line of the recipient.
    std::fs::remove_dir_all(clinic.join("nl")).unwrap();
    let (code, _, stderr) = outcome_in(
        dir.path(),
        &["institutions", "check", "registre/credit-exemple.yaml"],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("registre/credit-exemple.yaml:14:1: the recipient `service-reclamations` of credit-exemple level 1 has no name in nl/ontvangers.ftl"),
        "{stderr}"
    );
}

#[test]
fn a_clinics_lender_is_referred_to_the_asf_mediator_at_its_address() {
    let dir = tempfile::tempdir().unwrap();
    let lender = CLINIC_REGISTRY.replace("body: mediateur-fbf", "body: mediateur-asf");
    clinic_folder(dir.path(), "credit-exemple.yaml", &lender);
    let case = format!("{CASE}history:\n  - {{step: 1, date: 2026-09-01, channel: letter}}\n");
    std::fs::write(dir.path().join("dossier.yaml"), case).unwrap();
    let (code, _, stderr) = in_folder(dir.path(), &["render", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    // The ASF's mediator is the clinic's lender's own: no word of American Express.
    assert!(!stderr.contains("American Express"), "{stderr}");
    let text = pdf_text_of(dir.path().join("dossier-niveau-2.pdf"));
    assert_shows(&text, "Le Médiateur de l’ASF 75854 Paris Cedex 17");
}
