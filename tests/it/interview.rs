//! `recours new` through a pseudo-terminal, typed key by key as a French-speaking person would:
//! the whole interview ends in a case file `check` accepts and whose letter holds the answers,
//! with not one English sentence on the screen; a wrong card number is asked again with
//! `check`'s message; Ctrl-U erases a slip; Esc asks before giving up and goes back one
//! question; Ctrl-C leaves no file; without a terminal the command refuses (exit 2) and points
//! at `init`.

use std::path::Path;
use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::common::*;

/// `recours new -o dossier.yaml` in `dir`, in a terminal, in French.
fn interview(dir: &Path) -> Session {
    interview_in(dir, "fr_FR.UTF-8")
}

/// `recours new -o dossier.yaml` in `dir`, in a terminal, under the locale `lang`.
fn interview_in(dir: &Path, lang: &str) -> Session {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_recours"));
    command
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("XDG_CONFIG_HOME", "/nonexistent/recours-tests")
        .env_remove("APPDATA")
        .env("TERM", "xterm")
        .args(["new", "-o", "dossier.yaml"]);
    let mut session = Session::spawn(command).unwrap();
    // Wide enough that no question wraps.
    session.get_process_mut().set_window_size(250, 50).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(30)));
    session
}

/// Waits for the question, then types the answer and Enter.
fn answer(session: &mut Session, question: &str, typed: &str, screen: &mut String) {
    let found = session
        .expect(question)
        .unwrap_or_else(|e| panic!("waiting for « {question} »: {e}\n{screen}"));
    screen.push_str(&String::from_utf8_lossy(found.before()));
    screen.push_str(question);
    session.send(typed).unwrap();
    session.send("\r").unwrap();
}

/// Each question waited for and answered, in order.
fn answer_all(session: &mut Session, steps: &[(&str, &str)], screen: &mut String) {
    for (question, typed) in steps {
        answer(session, question, typed, screen);
    }
}

/// A number refused with `refusal` (the message of `check`), erased key by key and typed again.
fn retype(session: &mut Session, refusal: &str, wrong: &str, right: &str, screen: &str) {
    session
        .expect(refusal)
        .unwrap_or_else(|e| panic!("the number is not asked again: {e}\n{screen}"));
    for _ in 0..wrong.len() {
        session.send("\x7f").unwrap();
    }
    session.send(format!("{right}\r")).unwrap();
}

/// The rest of the screen, once the command ended: it shows `said`, and none of the English
/// words the tool or the prompt library would show were a message left untranslated.
fn finish(session: &mut Session, mut screen: String, said: &[&str]) -> String {
    let rest = session.expect(expectrl::Eof).unwrap();
    screen.push_str(&String::from_utf8_lossy(rest.before()));
    for said in said {
        assert!(screen.contains(said), "« {said} » is not shown:\n{screen}");
    }
    for english in [
        "valid —",
        " the ",
        "wrote",
        "level ",
        "warning",
        "Enter to",
        "to move",
    ] {
        assert!(
            !screen.contains(english),
            "English on the screen ({english}):\n{screen}"
        );
    }
    screen
}

#[test]
fn a_whole_interview_in_french_gives_a_valid_case_and_its_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview(dir.path());
    let mut screen = String::new();
    answer_all(
        &mut s,
        &[
            ("Contre quel établissement", "American Express"),
            ("Une clinique juridique", "non"),
            ("Comment la lettre doit-elle nommer", "Madame"),
        ],
        &mut screen,
    );
    // A slip erased with Ctrl-U, as in any terminal line, and typed again.
    s.expect("Prénom et nom").unwrap();
    s.send("Camille Duran").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    s.send("\x15").unwrap();
    s.send("Camille Durand\r").unwrap();
    answer_all(
        &mut s,
        &[
            ("Numéro et rue", "12 rue des Lilas"),
            ("Code postal et localité", "59000 Lille"),
            ("particulier ou pour une entreprise", "particulier"),
            ("Adresse électronique de la personne", ""),
            (
                "Le produit ou le contrat en cause",
                "Carte Gold American Express",
            ),
            ("Le numéro d'adhérent", ""),
            // A digit wrong: asked again with the message of `check`.
            ("Le numéro de carte", "3782 822463 10006"),
        ],
        &mut screen,
    );
    retype(
        &mut s,
        "échoue à sa clé de Luhn",
        "3782 822463 10006",
        "3782 822463 10005",
        &screen,
    );
    answer_all(
        &mut s,
        &[
            ("Le numéro de contrat", ""),
            ("L'objet de la réclamation", "Frais de retard contestés"),
            (
                "Ce qui s'est passé",
                "Le 2 mai 2026, des frais de retard de 45 euros ont été prélevés.",
            ),
            ("(une autre ; Entrée sur une ligne vide pour finir)", ""),
            (
                "Ce que vous demandez",
                "Le remboursement des 45 euros de frais",
            ),
            ("(une autre ; Entrée sur une ligne vide pour finir)", ""),
            // As French writes them: taken, and said back as read.
            ("Le montant en litige", "1 240,00 €"),
            ("Avez-vous déjà contacté", "oui"),
            ("À quel niveau de la procédure", "Service clients American"),
            ("À quelle date ?", "12/05/2026"),
            ("Par quel moyen ?", "téléphone"),
            ("Une réponse est-elle arrivée ?", "oui"),
            // Dated before the call it answers: refused at the prompt, typed again.
            ("La date de la réponse", "01/05/2026"),
        ],
        &mut screen,
    );
    retype(
        &mut s,
        "avant la démarche à laquelle elle répond",
        "01/05/2026",
        "20/05/2026",
        &screen,
    );
    answer_all(
        &mut s,
        &[
            ("Ce qu'elle disait", "refus"),
            ("Une autre démarche déjà faite", "non"),
            ("Écrire la lettre maintenant ?", "oui"),
        ],
        &mut screen,
    );
    // The screen: the case checked, the letter written, in French throughout.
    let screen = finish(
        &mut s,
        screen,
        &[
            "Dossier écrit : dossier.yaml",
            "valide",
            "écrit : ",
            "lu : 1\u{202f}240,00\u{a0}€",
            "lu : 2026-05-12, 12 mai 2026",
        ],
    );
    // The number shows while it is typed; once given, the screen keeps its last four digits
    // only, and nothing the tool says afterwards shows it.
    let given = screen
        .split("Le numéro de contrat")
        .next()
        .and_then(|s| s.rsplit("Le numéro de carte").next())
        .unwrap_or_default();
    assert!(given.contains("XXXX XXXXXX X0005"), "{given}");
    let said = screen.split("Dossier écrit").nth(1).unwrap_or_default();
    assert!(!said.contains("822463"), "{said}");

    // The file: `check` accepts it; its letter holds the answers.
    let (code, _, stderr) = outcome_in(dir.path(), &["check", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let case = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(case.contains("# Dossier de réclamation — American Express Carte France"));
    assert!(case.contains("amount: 1240.00"), "{case}");
    assert!(case.contains("  name: \"Camille Durand\"\n"), "{case}");
    assert!(case.contains("date: 2026-05-12"), "{case}");
    let pdf = dir.path().join("dossier-niveau-2.pdf");
    let text = pdf_text_of(&pdf);
    for needle in [
        "Camille Durand",
        "12 rue des Lilas",
        "Frais de retard contestés",
        "Le 2 mai 2026, des frais de retard de 45 euros ont été prélevés.",
        "Le remboursement des 45 euros de frais",
        "0005",
    ] {
        assert_shows(&text, needle);
    }
    assert!(!text.contains("822463"), "the full card number is printed");
}

#[test]
fn a_whole_interview_in_dutch_for_a_belgian_institution_gives_a_dutch_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview_in(dir.path(), "nl_BE.UTF-8");
    let mut screen = String::new();
    answer_all(
        &mut s,
        &[
            ("Tegen welke instelling", "Cetelem Belgique"),
            ("In welke taal moet de brief", "Nederlands"),
            ("Treedt een rechtswinkel", "nee"),
            ("Hoe moet de brief de persoon aanspreken", "Monsieur"),
            ("Voornaam en naam", "Pieter Janssens"),
            ("Straat en nummer", "Kerkstraat 12"),
            ("Postcode en gemeente", "2000 Antwerpen"),
            ("als particulier of voor een onderneming", "particulier"),
            ("E-mailadres van de persoon", ""),
            ("Het product of contract", "Persoonlijke lening"),
            ("Het dossiernummer (12 cijfers)", "1234 5678 9012"),
            // The check digits wrong: asked again with the message of `check`.
            ("Het rijksregisternummer", "85.07.30-033.27"),
        ],
        &mut screen,
    );
    retype(
        &mut s,
        "faalt voor zijn controle",
        "85.07.30-033.27",
        "85.07.30-033.28",
        &screen,
    );
    answer_all(
        &mut s,
        &[
            ("Het contractnummer", ""),
            ("Het onderwerp van de klacht", "Onterechte kosten"),
            (
                "Wat er gebeurd is",
                "Op 3 september 2026 werden kosten van 30 euro aangerekend.",
            ),
            ("(nog een; Enter op een lege regel om te eindigen)", ""),
            ("Wat u vraagt", "De terugbetaling van 30 euro"),
            ("(nog een; Enter op een lege regel om te eindigen)", ""),
            ("Het betwiste bedrag", "30.00"),
            ("Hebt u Cetelem", "nee"),
            ("De brief nu schrijven?", "ja"),
        ],
        &mut screen,
    );
    finish(
        &mut s,
        screen,
        &["Dossier geschreven: dossier.yaml", "geldig", "geschreven: "],
    );
    let (code, _, stderr) = outcome_in(dir.path(), &["check", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    let case = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert!(case.contains("\n  language: nl\n"), "{case}");
    let text = pdf_text_of(dir.path().join("dossier-niveau-1.pdf"));
    for needle in [
        "Pieter Janssens",
        "Kerkstraat 12",
        "Onterechte kosten",
        "Op 3 september 2026 werden kosten van 30 euro aangerekend.",
        "De terugbetaling van 30 euro",
        "Warandeberg",
    ] {
        assert_shows(&text, needle);
    }
}

#[test]
fn ctrl_c_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview(dir.path());
    let mut screen = String::new();
    answer(
        &mut s,
        "Contre quel établissement",
        "Cetelem (",
        &mut screen,
    );
    answer(&mut s, "Une clinique juridique", "non", &mut screen);
    answer(&mut s, "Comment la lettre", "Monsieur", &mut screen);
    s.expect("Prénom et nom").unwrap();
    s.send("Jean Dup").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("aucun fichier n'a été écrit").unwrap();
    s.expect(expectrl::Eof).unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn without_a_terminal_it_points_at_init() {
    let dir = tempfile::tempdir().unwrap();
    let run = recours()
        .current_dir(dir.path())
        .env("LANG", "fr_BE.UTF-8")
        .args(["new"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with("erreur : `recours new` pose ses questions dans un terminal"),
        "{stderr}"
    );
    assert!(stderr.contains("recours init --institution"), "{stderr}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_clinic_is_asked_about_its_client_and_who_signs() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview(dir.path());
    let mut screen = String::new();
    answer_all(
        &mut s,
        &[
            ("Contre quel établissement", "Cetelem ("),
            ("Une clinique juridique", "oui"),
            ("Le nom de la clinique", "Clinique juridique de Lille"),
            ("Numéro et rue (adresse de la clinique)", "1 place Déliot"),
            // No postcode: refused at the prompt with the message of `check`.
            ("Code postal et localité (adresse de la clinique)", "Lille"),
        ],
        &mut screen,
    );
    retype(
        &mut s,
        "n'est pas un code postal suivi de la localité",
        "Lille",
        "59000 Lille",
        &screen,
    );
    answer_all(
        &mut s,
        &[
            ("La date du mandat écrit", "2026-11-02"),
            ("La référence de la clinique", ""),
            ("L'adresse électronique de la clinique", ""),
            ("Qui signe pour la clinique", "Sophie Martin"),
            ("Sa fonction", "juriste"),
            (
                "Comment la lettre doit-elle nommer votre client·e",
                "Madame",
            ),
            ("Prénom et nom de votre client·e", "Camille Durand"),
        ],
        &mut screen,
    );
    s.expect("Numéro et rue (l'adresse de votre client·e)")
        .unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect(expectrl::Eof).unwrap();
}

#[test]
fn esc_asks_before_giving_up_and_leaves_no_file_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview(dir.path());
    let mut screen = String::new();
    answer(
        &mut s,
        "Contre quel établissement",
        "Cetelem (",
        &mut screen,
    );
    s.expect("Une clinique juridique").unwrap();
    // Once the choice is drawn (the terminal in raw mode), Esc alone: the answers are not
    // thrown away, the person is asked.
    s.expect("pour vous déplacer").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x1b").unwrap();
    let asked = s.expect("Échap : que voulez-vous faire ?").unwrap();
    let asked = String::from_utf8_lossy(asked.before()).into_owned();
    assert!(asked.contains("<annulé>"), "{asked}");
    assert!(!asked.contains("<canceled>"), "{asked}");
    let menu = s
        .expect("Tout abandonner (aucun fichier n'est écrit)")
        .unwrap();
    let menu = String::from_utf8_lossy(menu.before()).into_owned();
    assert!(menu.contains("Revenir à la question précédente"), "{menu}");
    assert!(menu.contains("Reprendre cette question"), "{menu}");
    s.send("Tout abandonner\r").unwrap();
    s.expect("aucun fichier n'a été écrit").unwrap();
    s.expect(expectrl::Eof).unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

/// Esc, then « Revenir à la question précédente »: the question before is asked again with
/// the answer given to it, which Enter keeps. Where the institution needs a file number or a
/// contract number, one question asks which the person has.
#[test]
fn esc_goes_back_one_question_with_its_answer_and_either_reference_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = interview(dir.path());
    let mut screen = String::new();
    answer_all(
        &mut s,
        &[
            ("Contre quel établissement", "Stellantis"),
            ("Dans quelle langue la lettre", "Français"),
            ("Une clinique juridique", "non"),
            ("Comment la lettre doit-elle nommer", "Monsieur"),
            ("Prénom et nom", "Jean Dupont"),
            ("Numéro et rue", "Rue Haute 10"),
            ("Code postal et localité", "1000 Bruxelles"),
            ("particulier ou pour une entreprise", "particulier"),
            ("Adresse électronique de la personne", ""),
            ("Le produit ou le contrat en cause", "Leasing Peugeot 208"),
            (
                "Le numéro de dossier ou le numéro de contrat : lequel avez-vous ?",
                "contrat",
            ),
            (
                "l'établissement demande l'une de ces références",
                "C-2026-118",
            ),
        ],
        &mut screen,
    );
    s.expect("L'objet de la réclamation").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x1b").unwrap();
    s.expect("Échap : que voulez-vous faire ?").unwrap();
    s.expect("Tout abandonner").unwrap();
    s.send("Revenir\r").unwrap();
    // The references again: the choice made before is the one under the cursor, and the
    // number typed before is in the line, kept with Enter.
    s.expect("lequel avez-vous ?").unwrap();
    s.expect("pour vous déplacer").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    let again = s
        .expect("l'établissement demande l'une de ces références")
        .unwrap();
    let again = String::from_utf8_lossy(again.before()).into_owned();
    assert!(again.contains("C-2026-118"), "{again}");
    s.send("\r").unwrap();
    s.expect("L'objet de la réclamation").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("aucun fichier n'a été écrit").unwrap();
    s.expect(expectrl::Eof).unwrap();
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
