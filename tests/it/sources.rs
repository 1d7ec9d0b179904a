//! Every condition and every sentence against its source: what the five procedures (and the
//! rules they rest on) allow is written, what they only advise is a warning, dates are printed
//! only when true, and the letters certify nothing the case does not show. What the letter
//! says is read back from the PDF; what is refused or warned, from the binary's exit and
//! messages.

use std::path::Path;

use crate::common::*;
use recours::{CaseFile, PlanOptions, Verdict};

/// A case file: the complainant, the institution, the lines given, then the dispute.
fn case(institution: &str, extra: &str, dispute_extra: &str) -> String {
    format!(
        "complainant:\n  civility: Madame\n  name: Camille Essai\n  address: [1 rue de l'Essai, 59000 Lille]\ninstitution: {institution}\n{extra}\ndispute:\n  subject: Frais contestés\n  facts: Des frais ont été prélevés à tort.\n  demands: [le remboursement des frais]\n{dispute_extra}"
    )
}

/// Runs the binary on a case written to a temporary folder: exit code, stdout, stderr.
fn run(command: &str, text: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier.yaml");
    std::fs::write(&path, text).unwrap();
    let mut all = vec![command, path.to_str().unwrap()];
    if command == "render" {
        all.push("-o");
        all.push(dir.path().to_str().unwrap());
    }
    all.extend(args);
    let output = recours()
        .args(&all)
        .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn institutions(id: &str) -> String {
    let output = recours().args(["institutions", id]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The letter's text, rendered with the engine on the tests' day.
fn letter(text: &str) -> String {
    let rendered = render_text(&engine(), "dossier.yaml", text)
        .unwrap_or_else(|e| panic!("the case renders: {e}\n{text}"));
    pdf_text(&rendered.pdf.bytes)
}

fn plan_of(text: &str) -> Result<recours::Assessment, recours::Error> {
    let file = CaseFile::parse(text.to_string(), Path::new("dossier.yaml"))?;
    let engine = engine();
    engine
        .plan(
            &file,
            PlanOptions {
                today: test_today(),
                ..PlanOptions::default()
            },
        )
        .map(|p| p.assessment)
}

// ---------------------------------------------------------------- refused what the sources allow

#[test]
fn stellantis_takes_the_file_or_the_contract_number() {
    let only_contract = case(
        "stellantis-fs-belux",
        "references: {contract_number: CT-2024-5512}",
        "",
    );
    let text = letter(&only_contract);
    assert_shows(&text, "N° de contrat : CT-2024-5512");
    let escalation = case(
        "stellantis-fs-belux",
        "references: {contract_number: CT-2024-5512}\nhistory:\n  - {step: 1, date: 2026-09-01, channel: portal, answer: {date: 2026-09-20}}",
        "",
    );
    let text = letter(&escalation);
    // The escalation names the written complaint it follows.
    assert_shows(
        &text,
        "Objet : Réexamen de la réclamation du 1er septembre 2026 – Frais contestés",
    );
    assert_shows(&text, "N° de contrat : CT-2024-5512");

    let neither = case("stellantis-fs-belux", "", "");
    let (code, _, stderr) = run("render", &neither, &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "needs the file number (numéro de dossier) or the contract number (numéro de contrat)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("add one of `file_number:` or `contract_number:`"),
        "{stderr}"
    );
}

#[test]
fn cetelem_belgique_needs_no_reference_to_take_a_complaint() {
    let only_register = case(
        "cetelem-be",
        "references: {national_register: '93.05.18-223.61'}",
        "",
    );
    let text = letter(&only_register);
    assert_shows(&text, "N° de registre national : 93.05.18-223.61");
    let mediation = case(
        "cetelem-be",
        "references: {national_register: '93.05.18-223.61'}\nhistory:\n  - {step: 1, date: 2026-09-01, channel: email, answer: {date: 2026-09-10}}",
        "",
    );
    let text = letter(&mediation);
    // Ombudsfin's own word: « introduire une plainte ».
    assert_shows(
        &text,
        "Objet : Plainte contre Cetelem Belgique (BNP Paribas Personal Finance Belgium) – Frais contestés",
    );
    let none = case("cetelem-be", "", "");
    assert_shows(&letter(&none), "Réclamation – Frais contestés");
}

#[test]
fn a_mediator_needs_none_of_the_institutions_references() {
    let text = case(
        "stellantis-fs-belux",
        "history:\n  - {step: 1, date: 2026-09-01, channel: portal, answer: {date: 2026-09-20}}\nletter: {step: 3}",
        "",
    );
    assert_shows(
        &letter(&text),
        "Plainte contre Stellantis Financial Services Belux SA – Frais contestés",
    );
    // A French mediator keeps « Demande de médiation ».
    let french = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-09-01, channel: letter, answer: {date: 2026-09-20}}\n  - {step: 2, date: 2026-09-25, channel: registered, answer: {date: 2026-10-10}}",
        "",
    );
    assert_shows(&letter(&french), "Demande de médiation – Frais contestés");
}

#[test]
fn american_express_advises_a_call_and_its_numbers_but_requires_neither() {
    let text = case("amex-fr", "letter: {step: 2}", "");
    let pdf = letter(&text);
    // The registered office's address, as the post writes it: no « Siège social » line.
    assert_shows(
        &pdf,
        "American Express Carte France Service relations clients 4 rue Louis Blériot",
    );
    assert!(!pdf.contains("Siège social"), "{pdf}");
    assert!(institutions("amex-fr").contains("registered office"));
    let (code, stdout, stderr) = run("check", &text, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("next: level 2 (complaint)"), "{stdout}");
    assert!(stdout.contains("advice, not a condition: American Express advises taking level 1 (complaint) before level 2"), "{stdout}");
    assert!(
        stdout.contains("n’hésitez pas à solliciter le service clientèle »"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "asks for the member number (numéro d’adhérent) (`references.member_number`)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("asks for the card number (numéro de carte)"),
        "{stdout}"
    );
}

#[test]
fn an_answer_after_two_months_does_not_send_madame_courtage_back_to_level_two() {
    let late = case(
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-08-20, summary: refus}}\nletter: {step: 3, date: 2026-09-01}",
        "",
    );
    let assessment = plan_of(&late).expect("a late answer leaves the mediator open");
    assert_eq!(assessment.verdict, Verdict::Admissible);
    assert_shows(&letter(&late), "Demande de médiation");

    let in_time = case(
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: email, answer: {date: 2026-07-20, summary: refus}}\nletter: {step: 3, date: 2026-09-01}",
        "",
    );
    let (code, _, stderr) = run("check", &in_time, &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("an answer was received in time: level 3 (mediation) of Madame Courtage comes after level 2"),
        "{stderr}"
    );
    assert!(
        stderr.contains("contest the answer at level 2 first"),
        "{stderr}"
    );

    // Without any answer, the mediator opens two months after the first complaint.
    let silent = case(
        "madame-courtage",
        "history:\n  - {step: 1, date: 2026-06-03, channel: letter}\nletter: {step: 3, date: 2026-08-03}",
        "",
    );
    let assessment = plan_of(&silent).unwrap();
    let Verdict::NotYet { from, because } = &assessment.verdict else {
        panic!("{assessment:?}")
    };
    assert_eq!(from.to_string(), "2026-08-04");
    assert!(
        because.contains("of the first complaint, of 3 June 2026"),
        "{because}"
    );
}

#[test]
fn the_year_from_a_written_complaint_is_warned_about_when_its_start_is_unsettled() {
    let history = "history:\n  - {step: 1, date: 2025-07-02, channel: letter, answer: {date: 2025-07-20}}\n  - {step: 2, date: 2026-01-10, channel: registered}";
    let unsettled = case(
        "cetelem-fr",
        &format!("{history}\nletter: {{date: 2026-09-01}}"),
        "",
    );
    let (code, stdout, stderr) = run("check", &unsettled, &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("next: level 3"), "{stdout}");
    assert!(!stdout.contains("not admissible"), "{stdout}");
    assert!(
        stdout.contains("counted from the first written complaint, of 2 July 2025, the year ended on 2 July 2026; counted from the last, of 10 January 2026, it ends on 10 January 2027"),
        "{stdout}"
    );
    let late_on_both = case(
        "cetelem-fr",
        &format!("{history}\nletter: {{date: 2027-02-01}}"),
        "",
    );
    let (code, stdout, _) = run("check", &late_on_both, &[]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains(
            "not admissible: the last written complaint, of 10 January 2026, is more than one year old"
        ),
        "{stdout}"
    );
}

// ---------------------------------------------------------------------------- dates that are false

#[test]
fn the_acpr_two_months_run_from_the_first_written_complaint() {
    let escalation = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}",
        "",
    );
    let text = letter(&escalation);
    assert!(!text.contains("22 janvier 2027"), "{text}");
    assert_shows(
        &text,
        "Conformément à la recommandation 2022-R-01 de l’ACPR, le délai de deux mois qui courait à compter de ma première réclamation écrite, du 2 juillet 2026, a expiré le 2 septembre 2026 : je vous remercie de bien vouloir y répondre dans un délai d’un mois à compter de la réception de la présente.",
    );
    // The escalation left after those two months had run out: no deadline of a source runs
    // for it (not the two months from the first complaint, nor two months of its own), and the
    // mediator waits for the month it asked for, by practice.
    let mediation = case(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\n  - {step: 2, date: 2026-11-22, channel: registered}\nletter: {date: 2026-11-30}",
        "",
    );
    let (code, stdout, _) = run("check", &mediation, &[]);
    assert_eq!(code, Some(0));
    assert!(!stdout.contains("2027-01-22"), "{stdout}");
    assert!(
        stdout.contains("the letter asked for an answer by 28 December 2026 (one month from receipt, assumed on 26 November 2026)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not yet: admissible from 29 December 2026, because the step of 22 November 2026 (level 2) asks for an answer within the month after its receipt")
            && stdout.contains("it is the practice"),
        "{stdout}"
    );
    assert_eq!(
        stdout.matches("answer due by 2 September 2026").count(),
        1,
        "the lapsed deadline is the first step's only: {stdout}"
    );
    // The first written complaint itself gives its date.
    let first = case("cetelem-fr", "letter: {date: 2026-07-02}", "");
    assert_shows(
        &letter(&first),
        "d’y répondre dans un délai de deux mois, conformément à la recommandation 2022-R-01 de l’ACPR, soit au plus tard le 2 septembre 2026.",
    );
}

#[test]
fn a_deadline_from_receipt_prints_no_date_and_counts_from_the_recorded_receipt() {
    let complaint = case(
        "madame-courtage",
        "letter:\n  recipient_address: [Cabinet Madame Courtage, 10 rue de l'Exemple, 75001 Paris]",
        "",
    );
    let text = letter(&complaint);
    assert_shows(
        &text,
        "d’accuser réception de la présente dans un délai de dix jours ouvrables suivant sa réception et d’y répondre dans un délai de deux mois suivant sa réception, conformément à vos engagements.",
    );
    assert!(!text.contains("au plus tard"), "{text}");

    let amex = case("amex-fr", "letter: {step: 2}", "");
    let text = letter(&amex);
    assert_shows(
        &text,
        "d’y répondre dans un délai de quinze jours suivant sa réception (ou trente-cinq jours si vous m’en informez par écrit d’un traitement plus long), conformément à vos engagements.",
    );
    assert!(!text.contains("ouvrables"), "{text}");
    assert!(!text.contains("L133-45"), "{text}");

    // Received on a recorded day: the mediator opens the day after its fifteen days.
    let recorded = case(
        "amex-fr",
        "history:\n  - {step: 2, date: 2026-06-01, channel: letter, received: 2026-06-03}\nletter:\n  step: 3\n  date: 2026-06-18\n  recipient_address: [Médiateur confirmé, 1 rue de la Paix, 75002 Paris]",
        "",
    );
    let assessment = plan_of(&recorded).unwrap();
    assert_eq!(
        assessment.admissible_from.map(|d| d.to_string()).as_deref(),
        Some("2026-06-19")
    );
    // Without it, receipt is assumed four business days after sending, and check says so.
    let assumed = recorded.replace(", received: 2026-06-03", "");
    let (code, stdout, _) = run("check", &assumed, &[]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("not yet: admissible from 23 June 2026"),
        "{stdout}"
    );
    assert!(
        stdout.contains("it is assumed received on 5 June 2026 (4 business days after sending"),
        "{stdout}"
    );
}

#[test]
fn the_payment_services_rule_is_cited_for_payment_disputes_only() {
    let payment = case(
        "amex-fr",
        "letter: {step: 2}",
        "  payment_date: 2026-10-05\n",
    );
    let text = letter(&payment);
    assert_shows(
        &text,
        "d’y répondre dans un délai de quinze jours suivant sa réception (ou trente-cinq jours si vous m’en informez par écrit d’un traitement plus long), conformément à vos engagements, et en tout état de cause dans le délai de quinze jours ouvrables (ou, dans des situations exceptionnelles, trente-cinq jours ouvrables si vous m’adressez une réponse d’attente motivant clairement le délai complémentaire) que fixe l’article L133-45 du Code monétaire et financier.",
    );
    // Where the institution's own delay is not shorter (Cetelem's two months), the law's
    // stands alone, its longer delay for exceptional situations only.
    let cetelem = case("cetelem-fr", "", "  payment_date: 2026-10-05\n");
    assert_shows(
        &letter(&cetelem),
        "d’y répondre dans un délai de quinze jours ouvrables suivant sa réception (ou, dans des situations exceptionnelles, trente-cinq jours ouvrables si vous m’adressez une réponse d’attente motivant clairement le délai complémentaire), conformément à l’article L133-45 du Code monétaire et financier",
    );
}

#[test]
fn a_holding_letter_extends_the_deadline_and_is_cited() {
    let text = case(
        "amex-fr",
        "history:\n  - {step: 2, date: 2026-06-01, channel: letter, received: 2026-06-03, extended: 2026-06-15}\nletter:\n  step: 3\n  date: 2026-07-08\n  recipient_address: [Médiateur confirmé, 1 rue de la Paix, 75002 Paris]",
        "",
    );
    // Received on 3 June: 35 days end on Wednesday 8 July, so the mediator opens on the 9th
    // (15 days would have opened it on 19 June).
    let assessment = plan_of(&text).unwrap();
    let Verdict::NotYet { from, because } = assessment.verdict else {
        panic!("{assessment:?}")
    };
    assert_eq!(from.to_string(), "2026-07-09");
    assert!(
        because.contains("35 days from receipt on 3 June 2026"),
        "{because}"
    );
    let on_time = text.replace("date: 2026-07-08", "date: 2026-07-09");
    let pdf = letter(&on_time);
    assert_shows(
        &pdf,
        "Par courrier du 15 juin 2026, le délai de réponse a été porté à trente-cinq jours.",
    );
    // The holding letter is enclosed, as answers are.
    assert_shows(&pdf, "Copie de la lettre d’attente du 15 juin 2026");
}

// ------------------------------------------------------------------- sentences false or unsourced

#[test]
fn remedies_are_said_exhausted_only_when_every_internal_level_was_taken() {
    let skipped = std::fs::read_to_string(example("madame-courtage-mediation.yaml")).unwrap();
    let text = letter(&skipped);
    assert!(!text.contains("toutes les étapes"), "{text}");
    assert_shows(
        &text,
        "J’ai préalablement adressé une réclamation écrite à ce professionnel, il y a moins d’un an : le 3 juin 2026, à mon interlocuteur habituel au sein du Cabinet Madame Courtage (sans réponse).",
    );
    assert_shows(&text, "Aucune juridiction n’est saisie de ce litige.");

    let both = std::fs::read_to_string(example("cetelem-fr-mediation.yaml")).unwrap();
    let text = letter(&both);
    assert_shows(
        &text,
        "J’ai suivi toutes les étapes de la procédure de traitement des réclamations de ce professionnel.",
    );
    // No other mediator either: the law's terms (L612-2 3°), as the case states them.
    let neither = both.replace(
        "  court_action: false",
        "  court_action: false\n  other_mediator: false",
    );
    assert_shows(
        &letter(&neither),
        "Ce litige n’a pas été examiné et n’est pas en cours d’examen par un autre médiateur ni par un tribunal.",
    );
    // More than a year after the first written complaint, the letter does not say « moins d’un an ».
    // (Counted from the last written complaint the year has not ended: the mediator is warned
    // about, not refused, and the letter is written.)
    let late = both.replace("  date: 2026-11-21", "  date: 2027-08-01");
    assert_ne!(late, both);
    let text = letter(&late);
    assert!(!text.contains("moins d’un an"), "{text}");
    assert_shows(
        &text,
        "J’ai préalablement adressé des réclamations écrites à ce professionnel :",
    );

    // A case that does not say whether a court is seized gets no statement about it.
    let silent = both.replace("  court_action: false", "");
    let text = letter(&silent);
    assert!(!text.contains("juridiction"), "{text}");
}

#[test]
fn cetelem_belgique_insurance_complaints_go_to_cetelem_not_to_the_claims_service() {
    let text = case("cetelem-be", "product: assurance Cetelem Protection", "");
    let pdf = letter(&text);
    assert_shows(&pdf, "Cetelem Montagne du Parc 8 bte 3 1000 Bruxelles");
    assert!(!pdf.contains("Cardif"), "{pdf}");
    assert!(!pdf.contains("Sinistres"), "{pdf}");
}

#[test]
fn an_unconfirmed_mediator_is_not_announced_and_is_flagged() {
    let text = letter(&case("cetelem-be", "", ""));
    assert!(!text.contains("Ombudsfin"), "{text}");
    assert_shows(
        &text,
        "À défaut de réponse satisfaisante, je saisirai un service de médiation.",
    );
    let shown = institutions("cetelem-be");
    assert!(
        shown.contains("UNCONFIRMED: the procedure of Cetelem Belgique names no mediator"),
        "{shown}"
    );
    let mediation = case(
        "cetelem-be",
        "history:\n  - {step: 1, date: 2026-09-01, channel: email, answer: {date: 2026-09-10}}",
        "",
    );
    let (code, stdout, _) = run("check", &mediation, &[]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("unconfirmed: the procedure of Cetelem Belgique names no mediator"),
        "{stdout}"
    );
}

#[test]
fn stellantis_mediation_is_for_consumers_and_consumerconnect_takes_no_business() {
    let business = |recipient: &str| {
        case(
            "stellantis-fs-belux",
            &format!(
                "references: {{file_number: SFS-1}}\nhistory:\n  - {{step: 1, date: 2026-09-01, channel: portal, answer: {{date: 2026-09-20}}}}\nletter: {{step: 3{recipient}}}"
            ),
            "",
        )
        .replace("  address: [1 rue de l'Essai, 59000 Lille]", "  address: [1 rue de l'Essai, 59000 Lille]\n  type: business")
    };
    let (code, stdout, _) = run("check", &business(""), &[]);
    assert_eq!(code, Some(0));
    assert!(
        stdout.contains("to, as the envelope will show it:\n    Ombudsfin\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("level 3 of Stellantis Financial Services is open to consumers"),
        "{stdout}"
    );
    let (code, _, stderr) = run("check", &business(", recipient: consumerconnect"), &[]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("`consumerconnect` serves consumers only; the complainant is a business"),
        "{stderr}"
    );
}

#[test]
fn ombudsfin_asks_for_its_web_form() {
    let (code, stdout, stderr) = run(
        "render",
        &std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml")).unwrap(),
        &[],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let all = format!("{stdout}{stderr}");
    assert!(
        all.contains("asks for complaints through its web form: https://www.ombudsfin.be/fr/introduire-une-plainte"),
        "{all}"
    );
}

#[test]
fn the_registry_says_no_more_than_its_sources() {
    assert!(!institutions("mediatrice-bnpp-pf").contains("préféré"));
    let amex = institutions("amex-fr");
    assert!(!amex.contains("takes no letters"), "{amex}");
    assert!(
        amex.contains("« le numéro inscrit sur votre carte American Express »"),
        "{amex}"
    );
    let courtage = institutions("madame-courtage");
    assert!(!courtage.contains("only the e-mail"), "{courtage}");
    assert!(courtage.contains("cut off"), "{courtage}");
    // Its website is the mediator's own page; the e-mail address the seed cuts off is not
    // completed from it.
    let assurance = institutions("mediation-assurance");
    assert!(
        !assurance.contains("@mediation-assurance.org"),
        "{assurance}"
    );
    assert!(assurance.contains("domaine inconnu"), "{assurance}");

    let stellantis = institutions("stellantis-fs-belux");
    assert!(
        stellantis.contains("channel: e-mail — adresse non donnée par la source"),
        "{stellantis}"
    );
    assert!(
        stellantis.contains("lundi, mardi et jeudi 9 h–11 h"),
        "{stellantis}"
    );
    assert!(
        institutions("ombudsman-assurances")
            .contains("website: https://www.ombudsman-insurance.be")
    );
    assert!(institutions("spf-economie").contains("website: https://economie.fgov.be/fr"));
    assert!(institutions("cetelem-be").contains("insurance@cetelem.be"));
}

#[test]
fn a_dutch_letter_names_the_mediator_in_dutch() {
    let text = case(
        "stellantis-fs-belux",
        "references: {file_number: SFS-1}\nhistory:\n  - {step: 1, date: 2026-09-01, channel: portal, answer: {date: 2026-09-20}}\nletter: {language: nl}",
        "",
    )
    .replace("civility: Madame", "civility: Madame\n  country: BE");
    let pdf = letter(&text);
    // The next rung by the phrase naming it, and the earlier step by its service.
    assert_shows(
        &pdf,
        "Krijg ik geen bevredigend antwoord, dan leg ik mijn klacht voor aan Ombudsfin.",
    );
    assert_shows(
        &pdf,
        "een klacht ingediend bij de dienst operaties (particuliere klanten) van Stellantis Financial Services Belux.",
    );
    assert_shows(
        &pdf,
        "Stellantis Financial Services Belux SA Service des plaintes Bourgetlaan 20 bus 1 1130 Brussel",
    );
    assert!(!pdf.contains("herziening"), "{pdf}");
    // In German too, the next rung is the complaints service, not the company again.
    let german = letter(&text.replace("letter: {language: nl}", "letter: {language: de}"));
    assert_shows(
        &german,
        "Erhalte ich keine zufriedenstellende Antwort, lege ich meine Beschwerde Ombudsfin vor.",
    );
    assert_shows(
        &german,
        "eine Beschwerde bei dem Betriebsdienst (Privatkunden) von Stellantis Financial Services Belux eingereicht.",
    );
    assert_shows(
        &pdf,
        "Betreft: Heroverweging van de klacht van 1 september 2026 – Frais contestés",
    );
    // The referral itself is addressed to it by its Dutch name.
    let referral = text.replace("letter: {language: nl}", "letter: {language: nl, step: 3}");
    let pdf = letter(&referral);
    assert_shows(
        &pdf,
        "Ombudsfin Ombudsman in financiële geschillen North Gate II Koning Albert II-laan 8 bus 2 1000 Brussel",
    );
    assert!(!pdf.contains("Service de médiation"), "{pdf}");
    let insurance = referral.replace("step: 3}", "step: 3, recipient: ombudsman-assurances}");
    assert_shows(
        &letter(&insurance),
        "Ombudsman van de Verzekeringen de Meeûssquare 35 1000 Brussel",
    );
}

// -------------------------------------------------------------------- the registry shows its sources

#[test]
fn every_condition_prints_its_basis() {
    let shown = institutions("madame-courtage");
    assert!(
        shown.contains("basis: Cabinet Madame Courtage, « Protection de la clientèle / traitement des réclamations »: « En l’absence de réponse dans les deux mois de sa réclamation initiale"),
        "{shown}"
    );
    assert!(
        shown.contains("answer within 2 months, from receipt"),
        "{shown}"
    );
    let cetelem = institutions("cetelem-fr");
    assert!(
        cetelem.contains("answer within 2 months, from the first written complaint"),
        "{cetelem}"
    );
    assert!(
        cetelem.contains("basis: ACPR, recommandation 2022-R-01"),
        "{cetelem}"
    );
}

#[test]
fn a_condition_without_a_basis_is_refused() {
    let registry = std::fs::read_to_string(root().join("institutions.yaml")).unwrap();
    // `registered` with its basis removed.
    let lines: Vec<&str> = registry.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("says: \"« La seule et unique façon"))
        .unwrap();
    assert_eq!(lines[at - 1].trim(), "registered:");
    let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    edited[at - 1] = edited[at - 1].replace("registered:", "registered: {}");
    edited.remove(at);
    let error = recours::Registry::parse(&edited.join("\n"), Path::new("r.yaml")).unwrap_err();
    assert!(error.to_string().contains("basis"), "{error}");

    let references_unsourced = registry
        .replacen(
            "          basis: &stellantis-refs",
            "          # no basis",
            1,
        )
        .replace(
            "basis: *stellantis-refs",
            "basis: { doc: seed-003, says: x }",
        );
    let error = recours::Registry::parse(&references_unsourced, Path::new("r.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("stellantis-fs-belux level 1: references: this condition has no `basis`"),
        "{error}"
    );
}
