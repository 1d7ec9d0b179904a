//! Every shipped example, rendered and read back from the PDF: what the reader of the letter
//! sees — recipient, dates, references, prior steps, demands, enclosures — and its metadata.

use crate::common::*;

#[test]
fn cetelem_mediator_referral_cites_the_answered_and_the_unanswered_steps() {
    let rendered = render_file(&engine(), &example("cetelem-fr-mediation.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    for line in [
        "La Médiatrice auprès de BNP Paribas Personal Finance",
        "ACI FCL 9065",
        "92595 Levallois-Perret Cedex",
    ] {
        assert_shows(&text, line);
    }
    assert_shows(&text, "Lille, le 21 novembre 2026");
    assert_shows(
        &text,
        "Objet : Demande de médiation – Frais de retard prélevés à tort",
    );
    assert_shows(&text, "N° de dossier : 123456789012");
    assert_shows(&text, "Carte n° : XXXX XXXX XXXX 4444");
    assert_shows(&text, "Madame la Médiatrice,");
    assert_shows(
        &text,
        "Le 2 juillet 2026, j’ai adressé une réclamation par courrier au service client de Cetelem (référence : REC-2026-1234). \
         Le 20 juillet 2026, le service client de Cetelem m’a répondu (référence : REP-55102) : refus de rembourser les frais, « conformes aux conditions générales ».",
    );
    assert_shows(
        &text,
        "Le 1er août 2026, j’ai adressé une demande de réexamen par lettre recommandée avec avis de réception n° 1A 123 456 7890 1 \
         au service consommateurs de Cetelem. Cette démarche est restée sans réponse malgré l’expiration, le 2 septembre 2026, \
         du délai de deux mois qui court depuis ma première réclamation écrite du 2 juillet 2026.",
    );
    assert_shows(&text, "• le remboursement des frais de retard de 45,00 €");
    assert_shows(&text, "Montant en litige : 45,00 €.");
    assert_shows(
        &text,
        "J’ai préalablement adressé des réclamations écrites à ce professionnel, la première il y a moins d’un an : \
         le 2 juillet 2026, au service client de Cetelem (réponse du 20 juillet 2026) ; le 1er août 2026, au service \
         consommateurs de Cetelem (sans réponse). \
         J’ai suivi toutes les étapes de la procédure de traitement des réclamations de ce professionnel. \
         Aucune juridiction n’est saisie de ce litige.",
    );
    assert_shows(
        &text,
        "Je vous prie d’agréer, Madame la Médiatrice, l’expression de ma considération distinguée.",
    );
    assert_shows(
        &text,
        "Pièces jointes : • Copie de ma réclamation du 2 juillet 2026 • Copie de la réponse du 20 juillet 2026 (référence : REP-55102) \
         • Copie de ma demande de réexamen du 1er août 2026 et de l’avis de réception • Relevé de compte Cpay de juin 2026",
    );
    // A mediator is not bound by the institution's deadline: no answer date is asked of it.
    assert!(!text.contains("au plus tard"), "{text}");

    let (pages, info) = pdf_info(&rendered.pdf.bytes);
    assert_eq!(pages, 1, "a typical case fits on one page");
    assert_eq!(
        info["Title"],
        "Demande de médiation – Frais de retard prélevés à tort"
    );
    assert_eq!(info["Author"], "Marie Dubois");
    assert_eq!(
        info["Subject"],
        "Demande de médiation – Cetelem (BNP Paribas Personal Finance) – niveau 3"
    );
    assert_eq!(info["Lang"], "fr-FR");
}

#[test]
fn a_first_complaint_gives_the_answer_deadline_and_fits_one_page() {
    let rendered = render_file(&engine(), &example("cetelem-fr-reclamation.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &text,
        "Marie Dubois 12 rue des Lilas 59000 Lille Tél. : +33 6 12 34 56 78 Courriel : marie.dubois@example.org",
    );
    assert_shows(&text, "Service client Cetelem 95908 Cergy Pontoise Cedex 9");
    assert_shows(&text, "Lille, le 2 juillet 2026");
    assert_shows(
        &text,
        "Objet : Réclamation – Frais de retard prélevés à tort",
    );
    assert_shows(&text, "Madame, Monsieur,");
    assert_shows(
        &text,
        "Par la présente, je vous adresse une réclamation écrite concernant le litige décrit ci-dessous au sujet du produit « carte Cpay ».",
    );
    assert_shows(
        &text,
        "Je vous remercie d’accuser réception de la présente dans un délai de dix jours ouvrables et d’y répondre dans un délai de deux mois, \
         conformément à la recommandation 2022-R-01 de l’ACPR, soit au plus tard le 2 septembre 2026. \
         Si vous deviez refuser, même partiellement, je vous saurais gré de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent. À défaut de réponse satisfaisante, je m’adresserai au service consommateurs de Cetelem.",
    );
    assert_shows(
        &text,
        "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
    );
    assert!(
        !text.contains("recommandée"),
        "level 1 is not sent registered: {text}"
    );
    assert!(
        !text.contains("Démarches effectuées"),
        "no prior step, no such section: {text}"
    );
    assert_eq!(pdf_info(&rendered.pdf.bytes).0, 1);
}

#[test]
fn amex_complaint_after_a_phone_call() {
    let rendered = render_file(&engine(), &example("amex-fr-reclamation.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &text,
        "American Express Carte France Service relations clients 4 rue Louis Blériot 92561 Rueil-Malmaison Cedex",
    );
    assert_shows(&text, "Lyon, le 1er juin 2026");
    assert_shows(&text, "N° d’adhérent : A-99871");
    assert_shows(&text, "Carte n° : XXXX XXXXXX X0005");
    assert_shows(
        &text,
        "L’appel du 12 mai 2026 n’a pas permis de régler ce litige.",
    );
    assert_shows(
        &text,
        "Le 12 mai 2026, j’ai exposé ce litige par téléphone au service clients d’American Express.",
    );
    assert_shows(
        &text,
        "Je vous remercie d’y répondre dans un délai de quinze jours suivant sa réception (ou trente-cinq jours si vous m’en informez \
         par écrit d’un traitement plus long), conformément à vos engagements. Si vous deviez refuser, même partiellement, je vous saurais gré de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent. À défaut de réponse satisfaisante, je saisirai le médiateur de la consommation.",
    );
    // A cotisation debited after cancellation is not a payment-services dispute, and
    // « sous 15 jours » counts calendar days from receipt: no date can be printed.
    assert!(!text.contains("L133-45"), "{text}");
    assert!(!text.contains("au plus tard"), "{text}");
    assert!(!text.contains("ouvrables"), "{text}");
    assert_shows(
        &text,
        "Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.",
    );
    assert_shows(
        &text,
        "M. Jean Martin 8 avenue des Tilleuls Appartement 12 69003 Lyon",
    );
    // A phone call leaves no copy to enclose.
    assert!(!text.contains("Copie de ma réclamation"), "{text}");
}

#[test]
fn belgian_complaint_with_national_register_and_registered_mail() {
    let rendered = render_file(&engine(), &example("cetelem-be-plainte.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(&text, "Cetelem Montagne du Parc 8 bte 3 1000 Bruxelles");
    assert_shows(&text, "Ciney, le 15 septembre 2026");
    assert_shows(&text, "Envoi recommandé n° RR 1234 5678 9BE");
    assert_shows(&text, "N° de dossier : 401234567890");
    assert_shows(&text, "N° de registre national : 93.05.18-223.61");
    assert_shows(
        &text,
        "• le remboursement de la mensualité prélevée deux fois, soit 182,40 €",
    );
    let (_, info) = pdf_info(&rendered.pdf.bytes);
    assert_eq!(info["Lang"], "fr-BE");
}

#[test]
fn legal_clinic_refers_its_client_to_ombudsfin() {
    let rendered = render_file(&engine(), &example("stellantis-clinique-ombudsfin.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &text,
        "Clinique juridique ULB (exemple) Avenue Franklin Roosevelt 50 1050 Bruxelles",
    );
    assert_shows(
        &text,
        "Agissant pour le compte de M. Luc Janssens, Avenue des Nerviens 44, 1040 Etterbeek",
    );
    assert_shows(
        &text,
        "Ombudsfin Service de médiation des services financiers North Gate II Boulevard du Roi Albert II 8 bte 2 1000 Bruxelles",
    );
    assert_shows(&text, "Bruxelles, le 21 novembre 2026");
    assert_shows(&text, "N/Réf. : CJ-2026-117");
    assert_shows(
        &text,
        "Nous intervenons pour le compte de M. Luc Janssens, qui nous a donné mandat le 1er octobre 2026 (copie jointe).",
    );
    assert_shows(
        &text,
        "Le 20 juin 2026, M. Janssens a adressé une réclamation au service des opérations (clients particuliers) de Stellantis Financial Services Belux \
         par le formulaire en ligne (référence : PL-2026-0456). Le 15 juillet 2026, le service des opérations (clients particuliers) \
         de Stellantis Financial Services Belux lui a répondu : l’indemnité serait conforme au contrat.",
    );
    assert_shows(
        &text,
        "par envoi recommandé n° RR 9876 5432 1BE au service des plaintes de Stellantis Financial Services Belux. Cette démarche est restée sans réponse à ce jour.",
    );
    assert_shows(
        &text,
        "M. Janssens a suivi toutes les étapes de la procédure de traitement des réclamations de ce professionnel.",
    );
    assert!(!text.contains("certifi"), "{text}");
    assert_shows(
        &text,
        "Clinique juridique ULB (exemple) pour le compte de M. Luc Janssens",
    );
    let last_enclosure = text.rsplit('•').next().unwrap();
    assert!(
        without_whitespace(last_enclosure).starts_with(&without_whitespace(
            "Mandat de M. Luc Janssens du 1er octobre 2026"
        )),
        "the mandate is the last enclosure: {text}"
    );
}

#[test]
fn broker_complaint_goes_to_the_insurance_mediator() {
    let rendered = render_file(&engine(), &example("madame-courtage-mediation.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &text,
        "La Médiation de l’Assurance Pôle CSCA TSA 50110 75441 Paris Cedex 09",
    );
    // The registry does not name who holds the office: no « Madame, Monsieur le Médiateur ».
    assert_shows(&text, "Madame, Monsieur,");
    assert!(!text.contains("le Médiateur,"), "{text}");
    assert_shows(&text, "Rennes, le 15 octobre 2026");
    assert_shows(
        &text,
        "Le 3 juin 2026, j’ai adressé une réclamation par courriel à mon interlocuteur habituel au sein du Cabinet Madame Courtage. \
         Cette démarche est restée sans réponse malgré l’expiration, le 3 août 2026, du délai de deux mois.",
    );
    assert_shows(&text, "N° de contrat : MC-HAB-20931");
    assert_shows(&text, "Copie de ma réclamation du 3 juin 2026");
}

#[test]
fn the_full_card_number_appears_nowhere() {
    let engine = engine();
    for (example_name, digits) in [
        ("cetelem-fr-mediation.yaml", "5555555555554444"),
        ("amex-fr-reclamation.yaml", "378282246310005"),
    ] {
        let rendered = render_file(&engine, &example(example_name));
        let text = without_whitespace(&pdf_text(&rendered.pdf.bytes));
        assert!(
            !text.contains(digits),
            "{example_name}: the PDF's text shows the card number"
        );
        assert!(
            !text.contains(&digits[..12]),
            "{example_name}: the PDF's text shows the card's first digits"
        );
        for stream in pdf_all_bytes(&rendered.pdf.bytes) {
            let haystack = String::from_utf8_lossy(&stream)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>();
            assert!(
                !haystack.contains(digits),
                "{example_name}: a PDF stream holds the card number"
            );
        }
        assert!(
            !without_whitespace(&rendered.markup).contains(digits),
            "{example_name}: the markup holds the card number"
        );
    }
}

#[test]
fn the_same_case_gives_the_same_bytes() {
    let engine = engine();
    let path = example("cetelem-fr-mediation.yaml");
    let first = render_file(&engine, &path).pdf.bytes;
    let second = render_file(&engine, &path).pdf.bytes;
    assert!(first == second, "two renders differ");
    let other_engine = crate::common::engine();
    assert!(
        render_file(&other_engine, &path).pdf.bytes == first,
        "a second engine renders other bytes"
    );
}

#[test]
fn a_long_case_runs_onto_numbered_pages() {
    let base = std::fs::read_to_string(example("cetelem-fr-mediation.yaml")).unwrap();
    let long_facts: String = (1..=14)
        .map(|i| format!("    Paragraphe {i} : le relevé du mois {i} montre encore des frais prélevés sans raison, que je conteste pour les mêmes motifs que ceux exposés plus haut, pièces à l'appui.\n\n"))
        .collect();
    let text = base.replacen("  facts: |\n", &format!("  facts: |\n{long_facts}"), 1);
    let rendered = render_text(&engine(), "long.yaml", &text).unwrap();
    let (pages, _) = pdf_info(&rendered.pdf.bytes);
    assert!(pages >= 2, "expected several pages, got {pages}");
    let shown = pdf_text(&rendered.pdf.bytes);
    assert_shows(&shown, &format!("2/{pages}"));
}

#[test]
fn a_dutch_letter_has_dutch_dates_and_formulas() {
    let rendered = render_file(&engine(), &example("cetelem-be-klacht-nl.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    // The sender's line is the name alone, never a lower-case « de heer ».
    assert_shows(
        &text,
        "Pieter Willems Kerkstraat 12 2000 Antwerpen E-mail: pieter.willems@example.org",
    );
    assert!(!text.contains("de heer"), "{text}");
    // The envelope in Dutch: the same street by its Dutch name.
    assert_shows(&text, "Cetelem Warandeberg 8 bus 3 1000 Brussel");
    assert_shows(&text, "Antwerpen, 20 oktober 2026");
    assert_shows(&text, "Aangetekende zending nr. RR 5555 1212 3BE");
    assert_shows(&text, "Dossiernummer: 401234567891");
    assert_shows(&text, "Rijksregisternummer: 42.01.22-051.81");
    assert_shows(
        &text,
        "Betreft: Klacht – Dubbele afschrijving van de maandelijkse aflossing",
    );
    assert_shows(&text, "Geachte mevrouw, geachte heer,");
    assert_shows(
        &text,
        "Hierbij dien ik schriftelijk klacht in over het onderstaande geschil in verband met mijn persoonlijke lening.",
    );
    assert_shows(&text, "Ondernomen stappen");
    assert_shows(
        &text,
        "Het telefoongesprek van 8 oktober 2026 heeft het geschil niet opgelost.",
    );
    assert_shows(
        &text,
        "Op 8 oktober 2026 heb ik het geschil telefonisch gemeld bij Cetelem.",
    );
    assert_shows(&text, "Feiten");
    assert_shows(
        &text,
        "Ik vraag u daarom: • de terugbetaling van de dubbele afschrijving, namelijk € 182,40",
    );
    // The amount as Dutch writes it, the sign first and kept with the figure.
    assert_shows(&text, "Het betwiste bedrag is € 182,40.");
    assert!(
        rendered.markup.contains("€\u{a0}182\\,40"),
        "{}",
        rendered.markup
    );
    assert_shows(
        &text,
        "Ik vraag u binnen één maand na ontvangst van deze brief te antwoorden. Wijst u de klacht geheel of gedeeltelijk af, dan vraag ik u dat te motiveren en mij de gegevens van de bevoegde ombudsdienst te bezorgen. Krijg ik geen bevredigend antwoord, dan leg ik het geschil voor aan een ombudsdienst.",
    );
    assert_shows(&text, "Met vriendelijke groeten,");
    assert_shows(&text, "Bijlagen: • Bankuittreksel van oktober 2026");
    for french in [
        "Objet",
        "Madame",
        "Pièces jointes",
        "octobre",
        "Je vous",
        "Bruxelles",
        "Montagne",
        "Boîte",
        "betrokken product",
        "Bijgevolg",
        "Zonder bevredigend antwoord",
    ] {
        assert!(
            !text.contains(french),
            "French «{french}» in a Dutch letter: {text}"
        );
    }
    let (_, info) = pdf_info(&rendered.pdf.bytes);
    assert_eq!(info["Lang"], "nl-BE");
}

#[test]
fn dutch_is_for_belgian_institutions() {
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace("letter:\n", "letter:\n  language: nl\n");
    let error = render_text(&engine(), "case.yaml", &text)
        .err()
        .expect("refused")
        .to_string();
    assert!(
        error.contains(
            "letter.language: Dutch letters are for the Belgian institutions; Cetelem is French"
        ),
        "{error}"
    );
}

#[test]
fn dutch_letters_of_every_level_and_voice_are_in_dutch() {
    every_level_and_voice_in(
        "nl",
        &[
            "Je vous",
            "Nous vous",
            "Objet",
            "Pièces jointes",
            "réclamation",
            "juillet",
        ],
        "Met vriendelijke groeten,",
    );
}

/// The Stellantis ladder's four levels, written by the complainant and by a clinic, in a
/// language: no word of another language, and the language's closing formula.
fn every_level_and_voice_in(language: &str, foreign: &[&str], closing: &str) {
    let engine = engine();
    let base = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml"))
        .unwrap()
        .replace("letter:\n", &format!("letter:\n  language: {language}\n"));
    for (clinic, text) in [
        (true, base.clone()),
        (
            false,
            base.replace(
                &base[base.find("representative:").unwrap()..base.find("institution:").unwrap()],
                "",
            ),
        ),
    ] {
        for step in 1..=4 {
            let case = text.replace("letter:\n", &format!("letter:\n  step: {step}\n"));
            let rendered = render_text(&engine, "case.yaml", &case)
                .unwrap_or_else(|e| panic!("{language}, level {step}, clinic {clinic}: {e}"));
            let pdf = pdf_text(&rendered.pdf.bytes);
            for word in foreign {
                assert!(
                    !pdf.contains(word),
                    "{language}, level {step}, clinic {clinic}: «{word}» in {pdf}"
                );
            }
            assert_shows(&pdf, closing);
        }
    }
}

#[test]
fn a_german_letter_has_german_dates_and_formulas() {
    let rendered = render_file(&engine(), &example("cetelem-be-beschwerde-de.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &text,
        "Frau Anna Schmitz Kirchstraße 12 4700 Eupen E-Mail: anna.schmitz@example.org",
    );
    assert_shows(&text, "Eupen, den 20. Oktober 2026");
    assert_shows(&text, "Einschreiben Nr. RR 5555 1212 3BE");
    assert_shows(&text, "Aktenzeichen: 401234567891");
    assert_shows(&text, "Nationalregisternummer: 42.01.22-051.81");
    assert_shows(
        &text,
        "Betreff: Beschwerde – Doppelte Abbuchung der Monatsrate",
    );
    assert_shows(&text, "Sehr geehrte Damen und Herren,");
    assert_shows(
        &text,
        "Das Telefonat vom 8. Oktober 2026 hat den Streitfall nicht gelöst.",
    );
    assert_shows(
        &text,
        "Am 8. Oktober 2026 habe ich den Streitfall telefonisch bei Cetelem gemeldet.",
    );
    assert_shows(&text, "Streitwert: 182,40 €.");
    assert_shows(
        &text,
        "Ich bitte Sie daher um: • die Erstattung der doppelten Abbuchung, also 182,40 €",
    );
    assert_shows(&text, "Mit freundlichen Grüßen");
    assert_shows(&text, "Anlagen: • Kontoauszug Oktober 2026");
    for other in [
        "Objet", "Madame", "Betreft", "oktober", "octobre", "Je vous", "Ik ",
    ] {
        assert!(
            !text.contains(other),
            "«{other}» in a German letter: {text}"
        );
    }
    let (_, info) = pdf_info(&rendered.pdf.bytes);
    assert_eq!(info["Lang"], "de-BE");
}

#[test]
fn german_letters_of_every_level_and_voice_are_in_german() {
    every_level_and_voice_in(
        "de-BE",
        &[
            "Je vous",
            "Nous vous",
            "Objet",
            "Pièces jointes",
            "réclamation",
            "juillet",
            "verzoek",
            "Bijlagen",
        ],
        "Mit freundlichen Grüßen",
    );
}

/// The Madame Courtage case, its letter to the level asked (`step: N`) dated `date`.
fn madame_courtage(dir: &std::path::Path, step: u32, date: &str) -> std::path::PathBuf {
    let case = dir.join("courtage.yaml");
    let text = std::fs::read_to_string(example("madame-courtage-mediation.yaml"))
        .unwrap()
        .replace("  step: 3 ", &format!("  step: {step} "))
        .replace("  date: 2026-10-15", &format!("  date: {date}"));
    std::fs::write(&case, text).unwrap();
    case
}

#[test]
fn a_level_reached_only_by_email_gets_a_draft_that_a_mail_parser_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    madame_courtage(dir.path(), 2, "2026-08-10");
    // Without --email all the same: the level is reached only by e-mail, so its draft is
    // written, and the accented address is said to be checked.
    let (code, stdout, stderr) = outcome_in(dir.path(), &["render", "courtage.yaml"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("by e-mail only (the level is reached no other way), to:"),
        "{stdout}"
    );
    assert!(
        stderr.contains("RFC 6532") && stderr.contains("reclamation@madamecourtage.fr"),
        "{stderr}"
    );
    assert!(
        stdout.contains("  send: the draft courtage-niveau-2.eml from your mailbox, to réclamation@madamecourtage.fr"),
        "{stdout}"
    );
    let pdf = std::fs::read(dir.path().join("courtage-niveau-2.pdf")).unwrap();
    // The letter names its recipient and its e-mail address where a postal address would be.
    let text = pdf_text(&pdf);
    assert_shows(
        &text,
        "Cabinet Madame Courtage réclamation@madamecourtage.fr",
    );
    let eml = std::fs::read(dir.path().join("courtage-niveau-2.eml")).unwrap();
    // RFC 6532: the address's non-ASCII local part is written in UTF-8, as it is.
    let raw = String::from_utf8(eml.clone()).unwrap();
    assert!(raw.contains("<réclamation@madamecourtage.fr>"), "{raw}");
    assert!(raw.contains("X-Unsent: 1\r\n"), "{raw}");

    let message = mail_parser::MessageParser::default().parse(&eml).unwrap();
    let to = message.to().unwrap().first().unwrap();
    assert_eq!(to.address(), Some("réclamation@madamecourtage.fr"));
    assert_eq!(to.name(), Some("Cabinet Madame Courtage"));
    let from = message.from().unwrap().first().unwrap();
    assert_eq!(from.address(), Some("claire.lefebvre@example.org"));
    assert_eq!(from.name(), Some("Claire Lefebvre"));
    assert_eq!(
        message.subject(),
        Some(
            "Réexamen de la réclamation du 3 juin 2026 – Résiliation d’un contrat d’assurance habitation non prise en compte"
        )
    );
    assert_eq!(message.date().unwrap().to_rfc3339(), "2026-08-10T12:00:00Z");
    // No host name: the id is the PDF's digest at a reserved domain.
    let id = message.message_id().unwrap();
    assert!(
        id.ends_with("@recours.invalid") && id.len() == 40 + 16,
        "{id}"
    );
    let body = message.body_text(0).unwrap();
    for sentence in [
        "Objet : Réexamen de la réclamation du 3 juin 2026",
        "le remboursement des primes prélevées depuis mai 2026",
        "Claire Lefebvre",
    ] {
        assert!(
            body.replace('\u{a0}', " ").contains(sentence),
            "{sentence} in:\n{body}"
        );
    }
    assert!(body.lines().all(|l| l.chars().count() <= 72), "{body}");
    use mail_parser::MimeHeaders;
    let attachment = message.attachment(0).unwrap();
    assert_eq!(attachment.attachment_name(), Some("courtage-niveau-2.pdf"));
    assert_eq!(attachment.contents(), &pdf[..], "the PDF's own bytes");

    // The same letter gives the same draft.
    let (code, stdout, _) = outcome_in(dir.path(), &["render", "courtage.yaml", "--email"]);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("unchanged"), "{stdout}");
    assert_eq!(
        std::fs::read(dir.path().join("courtage-niveau-2.eml")).unwrap(),
        eml
    );
}

#[test]
fn an_e_mail_address_the_case_gives_is_checked_like_a_postal_one() {
    let dir = tempfile::tempdir().unwrap();
    let case = madame_courtage(dir.path(), 2, "2026-08-10");
    let text = std::fs::read_to_string(&case).unwrap();
    let with = |email: &str| {
        std::fs::write(
            &case,
            text.replace(
                "  date: 2026-08-10",
                &format!("  date: 2026-08-10\n  recipient_email: \"{email}\""),
            ),
        )
        .unwrap();
        outcome_in(dir.path(), &["render", "courtage.yaml", "--email"])
    };
    let line = text
        .lines()
        .position(|l| l == "  date: 2026-08-10")
        .unwrap()
        + 2;
    // The registry knows this recipient's address: another one is refused, at its line.
    let (code, _, stderr) = with("autre@example.fr");
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains(&format!(
            "courtage.yaml:{line}:20: letter.recipient_email: the registry knows the e-mail address of Cabinet Madame Courtage (Madame Courtage level 2): réclamation@madamecourtage.fr"
        )) && stderr.contains("help: remove `recipient_email`"),
        "{stderr}"
    );
    // Where the registry knows none (level 1), a text that is no address is refused.
    let level_1 = madame_courtage(dir.path(), 1, "2026-06-03");
    let text_1 = std::fs::read_to_string(&level_1)
        .unwrap()
        .replace(
            "history:\n  - step: 1\n    date: 2026-06-03\n    channel: email\n",
            "",
        )
        .replace(
            "  date: 2026-06-03",
            "  date: 2026-06-03\n  recipient_email: \"le conseiller\"",
        );
    std::fs::write(&level_1, &text_1).unwrap();
    let (code, _, stderr) = outcome_in(dir.path(), &["render", "courtage.yaml", "--email"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("letter.recipient_email: « le conseiller » is not an e-mail address")
            && stderr.contains("expected: an address such as reclamations@example.fr"),
        "{stderr}"
    );
    // And without any, --email says what to give.
    std::fs::write(
        &level_1,
        text_1.replace("  recipient_email: \"le conseiller\"\n", ""),
    )
    .unwrap();
    let (code, _, stderr) = outcome_in(dir.path(), &["render", "courtage.yaml", "--email"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("letter.recipient_email: the e-mail address of Cabinet Madame Courtage (Madame Courtage level 1, complaint) is not known")
            && stderr.contains("give it under `letter:` as `recipient_email:`"),
        "{stderr}"
    );
}
