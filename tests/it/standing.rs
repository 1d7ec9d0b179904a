//! One answer to « what may go out today »: `agenda`, `check`, `batch` and the dashboard show
//! the same standing for every case, and `batch` writes exactly the letters the agenda calls
//! ready — not a referral the recipient would send back.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::*;

const CETELEM_FR: &str = "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n";
const CETELEM_BE: &str = "complainant:\n  name: Sophie Peeters\n  address: [Rue Courtejoie 17, 5590 Ciney]\n  country: BE\ninstitution: cetelem-be\nreferences:\n  file_number: \"4012 3456 7890\"\ndispute:\n  subject: Double prélèvement\n  facts: La mensualité a été prélevée deux fois.\n  demands: [le remboursement]\n";

/// A clinic's folder on 2026-11-22: one case in each state, and the two cases the agenda and
/// the batch used to disagree on.
fn clinic() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("ready.yaml", CETELEM_FR, ""),
        (
            "answer-due.yaml",
            CETELEM_FR,
            "history:\n  - {step: 1, date: 2026-11-10, channel: letter}\n",
        ),
        // A Cetelem Belgique complaint posted today: Ombudsfin waits for the month it asks.
        (
            "posted-today.yaml",
            CETELEM_BE,
            "history:\n  - {step: 1, date: 2026-11-22, channel: registered}\n",
        ),
        // The escalation left after the two months from the first complaint had run out: the
        // mediator waits for the month it asked for.
        (
            "escalated-late.yaml",
            CETELEM_FR,
            "history:\n  - {step: 1, date: 2026-08-03, channel: letter}\n  - {step: 2, date: 2026-11-20, channel: registered}\n",
        ),
        (
            "court.yaml",
            CETELEM_FR,
            "  court_action: true\nhistory:\n  - {step: 1, date: 2026-06-10, channel: letter}\n  - {step: 2, date: 2026-07-10, channel: registered, answer: {date: 2026-08-01}}\n",
        ),
        (
            "done.yaml",
            CETELEM_FR,
            "history:\n  - {step: 1, date: 2026-06-10, channel: letter}\n  - {step: 2, date: 2026-07-10, channel: registered, answer: {date: 2026-08-01}}\n  - {step: 3, date: 2026-10-01, channel: letter}\n",
        ),
        (
            "lapsing.yaml",
            CETELEM_FR,
            "history:\n  - {step: 1, date: 2025-12-10, channel: letter}\n  - {step: 2, date: 2026-01-10, channel: registered, answer: {date: 2026-02-01}}\n",
        ),
    ];
    for (name, head, extra) in cases {
        // Lines starting with two spaces go on under `dispute:`.
        std::fs::write(dir.path().join(name), format!("{head}{extra}")).unwrap();
    }
    std::fs::write(dir.path().join("broken.yaml"), "complainant: [oops\n").unwrap();
    dir
}

/// What each command says of each case.
#[derive(Debug, Default)]
struct Seen {
    agenda: String,
    sendable: bool,
    check: Option<String>,
    dashboard: String,
    batch: String,
    written: bool,
}

/// Runs `agenda`, `check`, `batch` (into `out`, with `extra` options) and reads the dashboard
/// the batch wrote, on `day`: what each says of each case.
fn seen(dir: &Path, day: &str, out: &str, extra: &[&str]) -> BTreeMap<String, Seen> {
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let (_, stdout, stderr) = outcome_on(dir, day, &["agenda", ".", "--format", "json"]);
    let agenda: serde_json::Value = serde_json::from_str(&stdout).expect(&stderr);
    for case in agenda["cases"].as_array().unwrap() {
        let entry = seen
            .entry(case["case"].as_str().unwrap().to_string())
            .or_default();
        entry.agenda = case["state"].as_str().unwrap().to_string();
        entry.sendable = case["sendable"].as_bool().unwrap();
    }
    let (_, stdout, stderr) = outcome_on(dir, day, &["check", ".", "--format", "json"]);
    let checked: serde_json::Value = serde_json::from_str(&stdout).expect(&stderr);
    for case in checked.as_array().unwrap() {
        let name = case["case"].as_str().unwrap().trim_start_matches("./");
        let state = case["standing"]["state"].as_str().map(str::to_string);
        seen.get_mut(name).unwrap().check = state;
    }
    let batch: Vec<&str> = [&["batch", ".", "-o", out][..], extra].concat();
    let (_, _, stderr) = outcome_on(dir, day, &batch);
    let report = std::fs::read_to_string(dir.join(out).join("report.json")).expect(&stderr);
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    for row in report["rows"].as_array().unwrap() {
        let name = row["case"].as_str().unwrap().trim_start_matches("./");
        let entry = seen.get_mut(name).unwrap();
        entry.batch = row["status"].as_str().unwrap().to_string();
        entry.written = row["status"] == "written";
    }
    let page = std::fs::read_to_string(dir.join(out).join("report.html")).unwrap();
    for (name, entry) in seen.iter_mut() {
        // The row's first cell is its state, in words; its third the case.
        let row = page
            .split("<tr class=\"case ")
            .skip(1)
            .find(|row| row.contains(&format!("<td class=\"case\">{name}</td>")))
            .unwrap_or_else(|| panic!("{name} has a row on the dashboard"));
        entry.dashboard = row
            .split_once("\">")
            .and_then(|(class, _)| class.split(' ').next())
            .unwrap()
            .to_string();
    }
    seen
}

#[test]
fn agenda_check_batch_and_the_dashboard_agree_case_by_case() {
    let dir = clinic();
    let seen = seen(dir.path(), "2026-11-22", "lettres", &[]);
    let states: BTreeMap<&str, &str> = seen
        .iter()
        .map(|(case, s)| (case.as_str(), s.agenda.as_str()))
        .collect();
    assert_eq!(
        states,
        BTreeMap::from([
            ("answer-due.yaml", "answer-due"),
            ("broken.yaml", "blocked"),
            ("court.yaml", "blocked"),
            ("done.yaml", "done"),
            ("escalated-late.yaml", "answer-due"),
            ("lapsing.yaml", "lapsing"),
            ("posted-today.yaml", "answer-due"),
            ("ready.yaml", "ready"),
        ])
    );
    for (case, s) in &seen {
        // `check` shows the agenda's standing (a case it cannot read has none).
        if case != "broken.yaml" {
            assert_eq!(s.check.as_deref(), Some(s.agenda.as_str()), "{case}: {s:?}");
        }
        assert_eq!(s.dashboard, s.agenda, "{case}: {s:?}");
        // The batch writes exactly the letters that may go out today.
        assert_eq!(s.written, s.sendable, "{case}: {s:?}");
        let expected = match s.agenda.as_str() {
            "ready" => "written",
            "lapsing" if s.sendable => "written",
            "answer-due" | "waiting" => "waiting",
            "done" => "done",
            _ => "failed",
        };
        assert_eq!(s.batch, expected, "{case}: {s:?}");
    }
    // Nothing else was written: no referral the mediator would send back.
    let mut letters: Vec<String> = std::fs::read_dir(dir.path().join("lettres"))
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    letters.sort();
    assert_eq!(letters, ["lapsing-niveau-3.pdf", "ready-niveau-1.pdf"]);
}

#[test]
fn batch_force_writes_what_waits_each_letter_with_its_warning_in_the_summary() {
    let dir = clinic();
    let (code, stdout, stderr) = outcome_on(
        dir.path(),
        "2026-11-22",
        &["batch", ".", "-o", "lettres", "--force"],
    );
    assert_eq!(code, Some(1), "the broken case fails: {stdout}{stderr}");
    // The Ombudsfin referral of a complaint posted today is written, and the terminal says
    // that it may be sent back, and until when it waits by practice.
    assert!(
        dir.path()
            .join("lettres/posted-today-niveau-2.pdf")
            .is_file(),
        "{stdout}"
    );
    let warned = stdout
        .split("written with a warning: ")
        .find(|part| {
            part.starts_with("./posted-today.yaml") || part.starts_with("posted-today.yaml")
        })
        .unwrap_or_else(|| panic!("the summary lists the forced letter: {stdout}"));
    assert!(
        warned.contains("level 2 may be sent back to the institution")
            && warned.contains("it is the practice"),
        "{warned}"
    );
}

#[test]
fn a_referral_days_after_a_late_escalation_waits_for_the_month_that_letter_asked_for() {
    let dir = clinic();
    let (code, _, stderr) =
        outcome_on(dir.path(), "2026-11-22", &["render", "escalated-late.yaml"]);
    assert_eq!(code, Some(1));
    // Posted on 2026-11-20, assumed received four business days later; the month runs on.
    assert!(
        stderr.contains("level 3") && stderr.contains("it is the practice"),
        "{stderr}"
    );
    assert!(!dir.path().join("escalated-late-niveau-3.pdf").exists());
    // Once that month has run out, the referral may go, and says no false date.
    let (code, stdout, stderr) =
        outcome_on(dir.path(), "2027-01-04", &["render", "escalated-late.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let text = pdf_text_of(dir.path().join("escalated-late-niveau-3.pdf"));
    assert!(
        !text.contains("1 octobre 2026") && !text.contains("3 octobre 2026"),
        "{text}"
    );
}

#[test]
fn a_call_leaves_its_levels_written_letter_to_write_next_and_hints_keep_their_options() {
    let dir = tempfile::tempdir().unwrap();
    let case =
        format!("{CETELEM_BE}history:\n  - {{step: 1, date: 2026-11-02, channel: téléphone}}\n");
    std::fs::write(dir.path().join("dubois.yaml"), &case).unwrap();
    // Not the mediator, refused for want of a written complaint: the complaint in writing.
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "dubois.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("wrote: dubois-niveau-1.pdf"), "{stdout}");
    let text = pdf_text_of(dir.path().join("dubois-niveau-1.pdf"));
    assert_shows(
        &text,
        "Le 2 novembre 2026, j’ai exposé ce litige par téléphone à Cetelem.",
    );
    // A hint to run render again keeps the options it was given.
    let (code, stdout, stderr) = outcome_on(
        dir.path(),
        "2026-11-22",
        &[
            "render",
            "dubois.yaml",
            "--step",
            "1",
            "--date",
            "2026-11-21",
            "--force",
        ],
    );
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("`recours render dubois.yaml --step 1 --date 2026-11-21 --force --email` writes the draft"),
        "{stdout}"
    );
    // The call is no letter sent: with a clinic added, the draft is replaced with --force,
    // not kept as the evidence of a letter posted.
    let clinic = case.replace(
        "institution:",
        "representative:\n  name: Clinique juridique de Namur\n  address: [Rempart de la Vierge 5, 5000 Namur]\n  mandate_date: 2026-11-01\ninstitution:",
    );
    std::fs::write(dir.path().join("dubois.yaml"), clinic).unwrap();
    let (code, stdout, stderr) = outcome_on(
        dir.path(),
        "2026-11-22",
        &["render", "dubois.yaml", "--step", "1", "--force"],
    );
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_shows(
        &pdf_text_of(dir.path().join("dubois-niveau-1.pdf")),
        "Clinique juridique de Namur",
    );
}

#[test]
fn a_refusal_by_the_recipients_rules_never_suggests_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("court.yaml"),
        format!("{CETELEM_FR}  court_action: true\nhistory:\n  - {{step: 1, date: 2026-06-10, channel: letter}}\n  - {{step: 2, date: 2026-07-10, channel: registered, answer: {{date: 2026-08-01}}}}\n"),
    )
    .unwrap();
    let (code, _, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "court.yaml"]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("a court is already seized"), "{stderr}");
    assert!(!stderr.contains("--force"), "{stderr}");
}

#[test]
fn a_level_reached_only_by_e_mail_is_ready_by_e_mail_everywhere_and_batch_writes_its_draft() {
    let dir = tempfile::tempdir().unwrap();
    let case = "complainant:\n  civility: Madame\n  name: Claire Lefebvre\n  address: [5 place du Marché, 35000 Rennes]\n  email: claire.lefebvre@example.org\ninstitution: madame-courtage\nreferences:\n  contract_number: \"MC-HAB-20931\"\ndispute:\n  subject: Résiliation non prise en compte\n  facts: La résiliation n'a pas été prise en compte.\n  demands: [la prise en compte de la résiliation]\nhistory:\n  - {step: 1, date: 2026-11-02, channel: email, answer: {date: 2026-11-10, summary: refus}}\n";
    std::fs::write(dir.path().join("lefebvre.yaml"), case).unwrap();
    let day = "2026-11-22";
    let (code, stdout, stderr) = outcome_on(dir.path(), day, &["check", "lefebvre.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("by e-mail only (the level is reached no other way), to:\n    Cabinet Madame Courtage\n    réclamation@madamecourtage.fr"),
        "{stdout}"
    );
    assert!(
        stdout.contains("today: ready — level 2 (escalation) may be sent today, by e-mail"),
        "{stdout}"
    );
    let (_, stdout, _) = outcome_on(dir.path(), day, &["agenda", "."]);
    assert!(stdout.contains("may be sent today, by e-mail"), "{stdout}");
    let (code, stdout, stderr) = outcome_on(dir.path(), day, &["batch", ".", "-o", "lettres"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.starts_with("1 case: 1 written"), "{stdout}");
    // The draft, to the address as the source gives it, and the warning about its accent.
    let eml = std::fs::read_to_string(dir.path().join("lettres/lefebvre-niveau-2.eml")).unwrap();
    assert!(
        eml.contains("To: \"Cabinet Madame Courtage\" <réclamation@madamecourtage.fr>"),
        "{eml}"
    );
    assert!(
        stdout.contains("RFC 6532") && stdout.contains("reclamation@madamecourtage.fr"),
        "{stdout}"
    );
    let page = std::fs::read_to_string(dir.path().join("lettres/report.html")).unwrap();
    assert!(
        page.contains("<td class=\"state ready\">ready</td>"),
        "{page}"
    );
    assert!(
        page.contains("RFC 6532"),
        "the dashboard's row shows the warning"
    );
}

#[test]
fn a_business_writing_to_a_consumer_mediator_is_warned_with_the_words_of_the_law() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("amex.yaml"),
        "complainant:\n  name: Martin Conseil SARL\n  address: [8 avenue des Tilleuls, 69003 Lyon]\n  type: business\ninstitution: amex-fr\nreferences:\n  member_number: \"A-99871\"\ndispute:\n  subject: Cotisation débitée après résiliation\n  facts: La cotisation a été débitée après la résiliation.\n  demands: [le remboursement de la cotisation]\nhistory:\n  - {step: 1, date: 2026-05-12, channel: phone}\n  - {step: 2, date: 2026-06-01, channel: letter, answer: {date: 2026-06-20, summary: refus}}\nletter:\n  recipient_address: [Le Médiateur de l'ASF, 75854 Paris Cedex 17]\n",
    )
    .unwrap();
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "amex.yaml"]);
    assert_eq!(code, Some(0), "advice, never a refusal: {stdout}{stderr}");
    assert!(
        stderr.contains("level 3 of American Express is open to consumers (Code de la consommation, article L612-1: « Tout consommateur a le droit de recourir gratuitement à un médiateur de la consommation »), and the complainant is a business"),
        "{stderr}"
    );
    // Where a consumer writes, nothing is said.
    let consumer = std::fs::read_to_string(dir.path().join("amex.yaml"))
        .unwrap()
        .replace("  type: business\n", "");
    std::fs::write(dir.path().join("amex.yaml"), consumer).unwrap();
    let (_, _, stderr) = outcome_on(
        dir.path(),
        "2026-11-22",
        &["render", "amex.yaml", "-o", "other.pdf"],
    );
    assert!(!stderr.contains("open to consumers"), "{stderr}");
}

#[test]
fn stellantis_insurance_goes_straight_to_the_insurance_ombudsman_as_its_procedure_allows() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("janssens.yaml"),
        "complainant:\n  civility: Madame\n  name: Lea Janssens\n  address: [Rue de la Loi 1, 1000 Bruxelles]\n  country: BE\ninstitution: stellantis-fs-belux\nproduct: assurance solde restant dû\nreferences:\n  contract_number: \"CT-2024-5512\"\ndispute:\n  subject: Sinistre non indemnisé\n  facts: Le sinistre n'a pas été indemnisé.\n  demands: [l'indemnisation]\nletter:\n  step: 3\n  recipient: ombudsman-assurances\n",
    )
    .unwrap();
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "janssens.yaml"]);
    assert_eq!(code, Some(0), "without --force: {stdout}{stderr}");
    assert!(!stderr.contains("wait for an answer"), "{stderr}");
    let text = pdf_text_of(dir.path().join("janssens-niveau-3.pdf"));
    assert_shows(&text, "Ombudsman des Assurances");
    assert_shows(
        &text,
        "et vous le soumets directement, comme la procédure de ce professionnel le permet.",
    );
    // No earlier step is said to have failed: the case shows none.
    assert!(!text.contains("n’ont pas permis"), "{text}");
    // Ombudsfin, at the same level, still needs level 1 first: a condition of the source.
    let ombudsfin = std::fs::read_to_string(dir.path().join("janssens.yaml"))
        .unwrap()
        .replace("recipient: ombudsman-assurances", "recipient: ombudsfin");
    std::fs::write(dir.path().join("janssens.yaml"), ombudsfin).unwrap();
    let (code, _, stderr) = outcome_on(
        dir.path(),
        "2026-11-22",
        &["render", "janssens.yaml", "-o", "other.pdf", "--force"],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("comes after level 1"), "{stderr}");
}

#[test]
fn ombudsfins_web_form_is_urged_only_where_the_firms_own_procedure_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let answered = "history:\n  - {step: 1, date: 2026-10-01, channel: letter, answer: {date: 2026-10-20, summary: refus}}\n";
    std::fs::write(
        dir.path().join("cetelem.yaml"),
        format!("{CETELEM_BE}{answered}"),
    )
    .unwrap();
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "cetelem.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stdout.contains("Cetelem Belgique (BNP Paribas Personal Finance Belgium) level 2"),
        "{stdout}"
    );
    // Cetelem Belgique's procedure says nothing of Ombudsfin's form, nor does Ombudsfin ask
    // for it: no other firm's page is cited for it.
    assert!(!stderr.contains("Stellantis"), "{stderr}");
    let stellantis = "complainant:\n  civility: Madame\n  name: Lea Janssens\n  address: [Rue de la Loi 1, 1000 Bruxelles]\n  country: BE\ninstitution: stellantis-fs-belux\nreferences:\n  contract_number: \"CT-2024-5512\"\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n";
    std::fs::write(
        dir.path().join("stellantis.yaml"),
        format!("{stellantis}{answered}letter: {{step: 3}}\n"),
    )
    .unwrap();
    let (code, stdout, stderr) =
        outcome_on(dir.path(), "2026-11-22", &["render", "stellantis.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(
        stderr.contains("asks for complaints through its web form")
            && stderr.contains("Stellantis Financial Services Belux"),
        "{stderr}"
    );
}

#[test]
fn the_calendars_titles_are_in_the_users_language_and_its_uids_never_masked() {
    let dir = clinic();
    let run = recours()
        .current_dir(dir.path())
        .env("LANG", "fr_FR.UTF-8")
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .args(["agenda", ".", "--format", "ics"])
        .output()
        .unwrap();
    // Long lines are folded (RFC 5545 3.1): unfolded here.
    let ics = String::from_utf8_lossy(&run.stdout).replace("\r\n ", "");
    assert!(
        ics.contains(
            "SUMMARY:answer-due · Cetelem (FR): réponse attendue : niveau 1 du 10 novembre 2026"
        ),
        "{ics}"
    );
    for uid in ics.lines().filter(|l| l.starts_with("UID:")) {
        assert!(!uid.contains('X'), "{uid}");
    }
}

#[test]
fn the_brokers_usual_contact_is_named_in_the_writers_own_person() {
    let dir = tempfile::tempdir().unwrap();
    let case = "complainant:\n  civility: Madame\n  name: Claire Lefebvre\n  address: [5 place du Marché, 35000 Rennes]\n  email: claire.lefebvre@example.org\ninstitution: madame-courtage\nreferences:\n  contract_number: \"MC-HAB-20931\"\ndispute:\n  subject: Résiliation non prise en compte\n  facts: La résiliation n'a pas été prise en compte.\n  demands: [la prise en compte de la résiliation]\nhistory:\n  - {step: 1, date: 2026-06-03, channel: email}\nletter: {step: 3}\n";
    std::fs::write(dir.path().join("own.yaml"), case).unwrap();
    let clinic = case.replace(
        "institution:",
        "representative:\n  name: Clinique juridique de Rennes\n  address: [1 rue de la Loi, 35000 Rennes]\n  mandate_date: 2026-06-01\ninstitution:",
    );
    std::fs::write(dir.path().join("clinic.yaml"), clinic).unwrap();
    for (name, shown) in [
        (
            "own",
            "à mon interlocuteur habituel au sein du Cabinet Madame Courtage",
        ),
        (
            "clinic",
            "à l’interlocuteur habituel de notre mandant au sein du Cabinet Madame Courtage",
        ),
    ] {
        let (code, stdout, stderr) = outcome_on(
            dir.path(),
            "2026-11-22",
            &["render", &format!("{name}.yaml")],
        );
        assert_eq!(code, Some(0), "{stdout}{stderr}");
        let text = pdf_text_of(dir.path().join(format!("{name}-niveau-3.pdf")));
        assert_shows(&text, shown);
        assert!(!text.contains("habituel du client"), "{text}");
    }
}

#[test]
fn a_german_letter_for_a_client_names_him_in_the_dative() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(example("cetelem-be-beschwerde-de.yaml"))
        .unwrap()
        .replace("civility: Madame", "civility: Monsieur")
        .replace("name: Anna Schmitz", "name: Lukas Kreutz")
        .replace(
            "institution:",
            "representative:\n  name: Rechtsberatung Eupen\n  address: [Klosterstraße 2, 4700 Eupen]\n  mandate_date: 2026-09-01\ninstitution:",
        );
    std::fs::write(dir.path().join("kreutz.yaml"), case).unwrap();
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "kreutz.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let text = pdf_text_of(dir.path().join("kreutz-niveau-1.pdf"));
    assert_shows(&text, "im Auftrag von Herrn Lukas Kreutz");
    // The separable particle at the end of its clause.
    assert_shows(
        &text,
        "Hiermit reichen wir im Namen von Herrn Kreutz eine schriftliche Beschwerde über den unten beschriebenen Streitfall zum Produkt „Privatkredit“ ein.",
    );
    assert!(!text.contains("von Herr "), "{text}");
}

#[test]
fn belgian_company_forms_take_their_article_and_dutch_possessives_agree() {
    let dir = tempfile::tempdir().unwrap();
    let case = |name: &str, language: &str| {
        format!(
            "complainant:\n  name: {name}\n  address: [Rue Courtejoie 17, 5590 Ciney]\n  country: BE\n  type: business\n  signatory: {{name: Sophie Janssens, role: gérante}}\ninstitution: cetelem-be\nproduct: operationele leasing\nreferences:\n  file_number: \"4012 3456 7890\"\ndispute:\n  subject: Double prélèvement\n  facts: La mensualité a été prélevée deux fois.\n  demands: [le remboursement]\nletter: {{language: {language}}}\n"
        )
    };
    std::fs::write(dir.path().join("fr.yaml"), case("SRL Janssens Bouw", "fr")).unwrap();
    std::fs::write(dir.path().join("nl.yaml"), case("BV Janssens Bouw", "nl")).unwrap();
    for (name, shown) in [
        ("fr", "Pour la SRL Janssens Bouw"),
        ("nl", "Voor de BV Janssens Bouw"),
        ("nl", "ons product „operationele leasing”"),
    ] {
        let (code, stdout, stderr) = outcome_on(
            dir.path(),
            "2026-11-22",
            &["render", &format!("{name}.yaml"), "--force"],
        );
        assert_eq!(code, Some(0), "{stdout}{stderr}");
        assert_shows(
            &pdf_text_of(dir.path().join(format!("{name}-niveau-1.pdf"))),
            shown,
        );
    }
}

#[test]
fn a_referral_after_a_late_answer_says_it_came_late_and_when() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("late.yaml"),
        "complainant:\n  civility: Madame\n  name: Claire Lefebvre\n  address: [5 place du Marché, 35000 Rennes]\ninstitution: madame-courtage\nreferences:\n  contract_number: \"MC-HAB-20931\"\ndispute:\n  subject: Résiliation non prise en compte\n  facts: La résiliation n'a pas été prise en compte.\n  demands: [la prise en compte de la résiliation]\nhistory:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-08-20, summary: refus}}\nletter: {step: 3}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = outcome_on(dir.path(), "2026-11-22", &["render", "late.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert_shows(
        &pdf_text_of(dir.path().join("late-niveau-3.pdf")),
        "Cette réponse est venue après l’expiration, le 3 août 2026, du délai de deux mois.",
    );
}
