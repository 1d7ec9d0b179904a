//! Letters a native reader would sign: a Dutch letter to a Belgian institution reads in Dutch
//! from the envelope to the enclosures, with no French word but proper names.

use crate::common::*;

/// A Dutch-speaking complainant's case with the given history, asking for `step`.
fn dutch_case(institution: &str, reference: &str, history: &str, step: u32) -> String {
    format!(
        "complainant:\n  civility: Madame\n  name: Lotte Peeters\n  address: [Meir 10, 2000 Antwerpen]\n  country: BE\n\
         institution: {institution}\nreferences: {{file_number: \"{reference}\"}}\n\
         dispute:\n  subject: Onterecht aangerekende kosten\n  facts: Er werden kosten aangerekend die niet in het contract staan.\n  demands: [de terugbetaling van de kosten]\n  amount: 45\n\
         history:\n{history}letter: {{language: nl, date: 2026-11-22, step: {step}}}\n"
    )
}

/// Words that are French and not Dutch, as whole words.
const FRENCH: [&str; 26] = [
    "le",
    "la",
    "les",
    "du",
    "des",
    "au",
    "aux",
    "à",
    "et",
    "pour",
    "avec",
    "dans",
    "Madame",
    "Monsieur",
    "Objet",
    "réclamation",
    "médiation",
    "Bruxelles",
    "boîte",
    "Boîte",
    "Avenue",
    "Boulevard",
    "Montagne",
    "SPF",
    "Direction",
    "plainte",
];

/// The department names the company's own (French) procedure gives, kept on the envelope as
/// the mailroom knows them.
const PROPER_NAMES: [&str; 3] = [
    "Service des opérations / SRC",
    "Service des plaintes",
    "BNP Paribas Personal Finance Belgium",
];

fn french_words(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for name in PROPER_NAMES {
        text = text.replace(name, "");
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| FRENCH.contains(word))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_dutch_letter_to_a_belgian_institution_reads_in_dutch() {
    let first = "  - {step: 1, date: 2026-09-01, channel: portal, answer: {date: 2026-09-20}}\n";
    let second = "  - {step: 2, date: 2026-10-01, channel: registered, tracking: \"RR 1\"}\n";
    let cases = [
        ("stellantis-fs-belux", "SFS-1", "", 1),
        ("stellantis-fs-belux", "SFS-1", first, 2),
        (
            "stellantis-fs-belux",
            "SFS-1",
            &format!("{first}{second}"),
            3,
        ),
        (
            "stellantis-fs-belux",
            "SFS-1",
            &format!("{first}{second}"),
            4,
        ),
        ("cetelem-be", "401234567891", "", 1),
        ("cetelem-be", "401234567891", first, 2),
    ];
    for (institution, reference, history, step) in cases {
        let history = if history.is_empty() {
            "  []\n"
        } else {
            history
        };
        let text = dutch_case(institution, reference, history, step)
            .replace("history:\n  []\n", "history: []\n");
        let rendered = render_text(&engine(), "dossier.yaml", &text)
            .unwrap_or_else(|e| panic!("{institution} level {step}: {e}\n{text}"));
        let shown = pdf_text(&rendered.pdf.bytes);
        let french = french_words(&shown);
        assert!(
            french.is_empty(),
            "{institution} level {step}: French {french:?} in a Dutch letter:\n{shown}"
        );
        assert_shows(&shown, "Geachte mevrouw, geachte heer,");
        assert_shows(&shown, "Met vriendelijke groeten,");
        // No calque of the French sentences.
        for calque in [
            "Zonder bevredigend antwoord",
            "overeenkomstig",
            "betrokken product",
            "Bedrag van het geschil",
            "herziening",
            "die het volgende mogelijk maakt",
            "uitgeput",
            "zo spoedig mogelijk",
        ] {
            assert!(
                !shown.contains(calque),
                "{institution} level {step}: «{calque}»: {shown}"
            );
        }
        // A referral states the mediator's conditions in Dutch.
        if step == 3 {
            assert_shows(
                &shown,
                "Ik heb eerst schriftelijk klacht ingediend bij de onderneming, de eerste minder dan een jaar geleden:",
            );
            assert_shows(
                &shown,
                "Ik heb de interne klachtenprocedure van de onderneming volledig doorlopen.",
            );
        }
        // « nr. » keeps its number, the amount its euro sign.
        assert!(!rendered.markup.contains("nr. "), "{}", rendered.markup);
        assert!(
            rendered.markup.contains("€\u{a0}45\\,00"),
            "{}",
            rendered.markup
        );
    }
}

#[test]
fn the_french_word_check_finds_french() {
    // The check above can fail: a French letter is full of French words.
    let text = std::fs::read_to_string(example("cetelem-be-plainte.yaml")).unwrap();
    let rendered = render_text(&engine(), "dossier.yaml", &text).unwrap();
    let french = french_words(&pdf_text(&rendered.pdf.bytes));
    assert!(french.len() > 10, "{french:?}");
}

/// The clinic's example, its second step removed and its letter asked for level 2 (the
/// escalation after an answer), in the given language.
fn clinic_escalation(language: &str) -> String {
    let text = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml")).unwrap();
    let cut = text.find("  - step: 2\n").unwrap();
    let rest = &text[cut..];
    let end = rest.find("attachments:").unwrap();
    format!("{}{}", &text[..cut], &rest[end..]).replace(
        "letter:\n",
        &format!("letter:\n  step: 2\n  language: {language}\n"),
    )
}

#[test]
fn a_clinic_names_its_client_in_full_once_then_by_civility_and_family_name() {
    let referral = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml")).unwrap();
    let shown = pdf_text(
        &render_text(&engine(), "c.yaml", &referral)
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &shown,
        "Nous intervenons pour le compte de M. Luc Janssens, qui nous a donné mandat",
    );
    assert_shows(
        &shown,
        "Le 20 juin 2026, M. Janssens a adressé une réclamation",
    );
    assert_shows(
        &shown,
        "M. Janssens a préalablement adressé des réclamations écrites",
    );
    // In the body, the full name is in the mandate sentence only (the sender's block, the
    // signature and the enclosures name the client in full, as they must).
    let body = shown
        .split("Madame, Monsieur,")
        .nth(1)
        .unwrap()
        .split("Nous vous prions d’agréer")
        .next()
        .unwrap();
    assert_eq!(body.matches("Luc Janssens").count(), 1, "{body}");

    // An escalation: the answer did not satisfy « notre mandant », not a bare « sa ».
    let french = pdf_text(
        &render_text(&engine(), "c.yaml", &clinic_escalation("fr"))
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &french,
        "La réponse apportée à la réclamation de notre mandant ne lui donne pas satisfaction.",
    );
    assert!(!french.contains("Sa réclamation"), "{french}");
    let dutch = pdf_text(
        &render_text(&engine(), "c.yaml", &clinic_escalation("nl"))
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &dutch,
        "Het antwoord op de klacht van onze cliënt is niet bevredigend.",
    );
    assert_shows(
        &dutch,
        "Op 20 juni 2026 heeft de heer Janssens via het onlineformulier",
    );
}

#[test]
fn a_name_of_more_than_two_words_is_never_cut() {
    let text = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml"))
        .unwrap()
        .replace("name: Luc Janssens", "name: Luc Van den Bossche");
    let shown = pdf_text(&render_text(&engine(), "c.yaml", &text).unwrap().pdf.bytes);
    assert_shows(&shown, "Le 20 juin 2026, M. Luc Van den Bossche a adressé");
    assert!(!shown.contains("M. Van den Bossche"), "{shown}");
}

#[test]
fn a_letter_is_signed_by_a_person_for_a_clinic_or_a_company() {
    let clinic = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml"))
        .unwrap()
        .replace(
            "  reference: CJ-2026-117\n",
            "  reference: CJ-2026-117\n  signatory: {name: Sophie Martin, role: juriste}\n",
        );
    let rendered = render_text(&engine(), "c.yaml", &clinic).unwrap();
    let shown = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &shown,
        "Pour la Clinique juridique ULB (exemple) Sophie Martin, juriste",
    );
    // No line of the letter is stretched to the margin.
    assert!(!rendered.markup.contains("justify: true"));

    let company = std::fs::read_to_string(example("cetelem-be-plainte.yaml")).unwrap();
    let company = company
        .replace("  civility: Madame\n", "")
        .replace("  civility: Monsieur\n", "");
    let name_line = company
        .lines()
        .find(|l| l.starts_with("  name: "))
        .unwrap()
        .to_string();
    let company = company.replacen(
        &name_line,
        "  name: Garage Dumont SRL\n  type: business\n  signatory: {name: Jean Dumont, role: gérant}",
        1,
    );
    let shown = pdf_text(
        &render_text(&engine(), "g.yaml", &company)
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(&shown, "Pour le Garage Dumont SRL Jean Dumont, gérant");
    // A company speaks as « nous », never « je ».
    assert_shows(
        &shown,
        "Par la présente, nous vous adressons une réclamation écrite",
    );
    assert_shows(&shown, "En conséquence, nous vous demandons :");
    assert_shows(&shown, "Nous vous prions d’agréer, Madame, Monsieur,");
    // (The facts are the case's own words, in the person it wrote them.)
    let facts = shown.find("Exposé des faits").unwrap();
    let amount = shown.find("Montant en litige").unwrap();
    let letters_own = format!("{}{}", &shown[..facts], &shown[amount..]);
    for first_person in ["je vous", "Je vous", "j’ai", "J’ai", " ma ", " mes "] {
        assert!(
            !letters_own.contains(first_person),
            "«{first_person}»: {letters_own}"
        );
    }
    let dutch = company.replace("letter:\n", "letter:\n  language: nl\n");
    let shown = pdf_text(&render_text(&engine(), "g.yaml", &dutch).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "Hierbij dienen wij schriftelijk klacht in over het onderstaande geschil in verband met ons",
    );
    assert_shows(&shown, "Voor Garage Dumont SRL Jean Dumont, gérant");

    // A signatory without a role signs with their name alone.
    let bare = clinic.replace(
        "{name: Sophie Martin, role: juriste}",
        "{name: Sophie Martin}",
    );
    let shown = pdf_text(&render_text(&engine(), "c.yaml", &bare).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "Pour la Clinique juridique ULB (exemple) Sophie Martin",
    );
    assert!(!shown.contains("Sophie Martin,"), "{shown}");
}

#[test]
fn a_call_or_a_chat_is_told_as_it_happened_and_a_chat_is_enclosed_as_an_exchange() {
    let text = std::fs::read_to_string(example("amex-fr-reclamation.yaml")).unwrap();
    // A call long ago: it opened no deadline, so none is said to have lapsed.
    let shown = pdf_text(&render_text(&engine(), "a.yaml", &text).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "Le 12 mai 2026, j’ai exposé ce litige par téléphone au service clients d’American Express.",
    );
    assert!(!shown.contains("sans réponse"), "{shown}");
    // One call: « L’appel du … », not « Les démarches déjà effectuées ».
    assert_shows(
        &shown,
        "L’appel du 12 mai 2026 n’a pas permis de régler ce litige.",
    );
    assert!(!shown.contains("Les démarches déjà effectuées"), "{shown}");

    let chat = text.replace("    channel: phone\n", "    channel: chat\n");
    let shown = pdf_text(&render_text(&engine(), "a.yaml", &chat).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "L’échange par messagerie du 12 mai 2026 n’a pas permis de régler ce litige.",
    );
    assert_shows(&shown, "Copie de l’échange par messagerie du 12 mai 2026");
    assert!(
        !shown.contains("Copie de ma réclamation du 12 mai"),
        "{shown}"
    );

    // The answer the adviser gave on the phone is told as an answer, by whom and when.
    let answered = text.replace(
        "    channel: phone\n",
        "    channel: phone\n    answer: {date: 2026-05-12, summary: aucun remboursement possible}\n",
    );
    let shown = pdf_text(
        &render_text(&engine(), "a.yaml", &answered)
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &shown,
        "Le 12 mai 2026, le service clients d’American Express m’a répondu : aucun remboursement possible.",
    );
}

#[test]
fn the_demands_are_a_list_inside_a_sentence() {
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml")).unwrap();
    let rendered = render_text(&engine(), "d.yaml", &text).unwrap();
    let shown = pdf_text(&rendered.pdf.bytes);
    assert_shows(
        &shown,
        "• le remboursement des frais de retard de 45,00 € ; • la rectification de l’historique de paiement de mon compte.",
    );
    // The space before « ; » is the narrow no-break one French sets there.
    assert!(
        rendered.markup.contains("€\u{202f}\\;"),
        "{}",
        rendered.markup
    );
}

#[test]
fn a_complaint_reads_facts_then_steps_then_demands_and_a_referral_keeps_the_steps_first() {
    let complaint = std::fs::read_to_string(example("amex-fr-reclamation.yaml")).unwrap();
    let shown = pdf_text(
        &render_text(&engine(), "a.yaml", &complaint)
            .unwrap()
            .pdf
            .bytes,
    );
    let at = |what: &str| {
        shown
            .find(what)
            .unwrap_or_else(|| panic!("«{what}» in {shown}"))
    };
    assert!(
        at("Exposé des faits") < at("Démarches effectuées"),
        "{shown}"
    );
    assert!(at("Démarches effectuées") < at("En conséquence"), "{shown}");
    assert!(!shown.contains("(produit concerné"), "{shown}");

    let referral = std::fs::read_to_string(example("cetelem-fr-mediation.yaml")).unwrap();
    let shown = pdf_text(
        &render_text(&engine(), "m.yaml", &referral)
            .unwrap()
            .pdf
            .bytes,
    );
    let steps = shown.find("Démarches préalables").unwrap();
    assert!(steps < shown.find("Exposé des faits").unwrap(), "{shown}");
}

#[test]
fn the_rule_broken_and_why_the_answer_fails_are_said_when_the_case_gives_them() {
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml")).unwrap();
    let plain = pdf_text(&render_text(&engine(), "b.yaml", &text).unwrap().pdf.bytes);
    // recours never supplies a rule of its own.
    assert!(!plain.contains("Fondement"), "{plain}");
    let with_basis = text.replacen(
        "dispute:\n",
        "dispute:\n  basis: \"Article 7 des conditions générales : aucun frais de retard n'est dû pour un prélèvement rejeté par erreur de la banque.\"\n",
        1,
    );
    let shown = pdf_text(
        &render_text(&engine(), "b.yaml", &with_basis)
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &shown,
        "Fondement Article 7 des conditions générales : aucun frais de retard n’est dû",
    );

    let escalation = clinic_escalation("fr").replacen(
        "dispute:\n",
        "dispute:\n  why_unsatisfied: le contrat plafonne l'indemnité à 1 % du capital remboursé.\n",
        1,
    );
    let shown = pdf_text(
        &render_text(&engine(), "e.yaml", &escalation)
            .unwrap()
            .pdf
            .bytes,
    );
    assert_shows(
        &shown,
        "Cette réponse ne règle pas le litige : le contrat plafonne l’indemnité à 1 % du capital remboursé.",
    );
    // Its subject names the complaint it follows and its date.
    assert_shows(
        &shown,
        "Objet : Réexamen de la réclamation du 20 juin 2026 – Indemnité de remboursement anticipé excessive",
    );
}

#[test]
fn a_report_to_an_authority_asks_it_to_examine_the_practice_and_claims_nothing_from_it() {
    let first = "  - {step: 1, date: 2026-09-01, channel: portal, answer: {date: 2026-09-20}}\n";
    let second = "  - {step: 2, date: 2026-10-01, channel: registered, tracking: \"RR 1\"}\n";
    let dutch = dutch_case(
        "stellantis-fs-belux",
        "SFS-1",
        &format!("{first}{second}"),
        4,
    );
    let shown = pdf_text(&render_text(&engine(), "r.yaml", &dutch).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "Ik vraag u deze praktijk van de onderneming te onderzoeken. Ik weet dat u geen individuele geschillen beslecht",
    );
    assert!(!shown.contains("de terugbetaling van de kosten"), "{shown}");
    let french = dutch.replace("language: nl, ", "");
    let shown = pdf_text(&render_text(&engine(), "r.yaml", &french).unwrap().pdf.bytes);
    assert_shows(
        &shown,
        "Je sais qu’il ne vous appartient pas de régler les litiges individuels",
    );
    assert!(
        !shown.contains("de terugbetaling van de kosten"),
        "no demand addressed to the authority: {shown}"
    );
}

#[test]
fn a_dash_and_a_house_number_keep_their_next_word() {
    let text = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml")).unwrap();
    let rendered = render_text(&engine(), "c.yaml", &text).unwrap();
    // « Demande de médiation – Indemnité … »: no line may end on the dash.
    assert!(
        rendered.markup.contains("–\u{a0}Indemnité"),
        "{}",
        rendered.markup
    );
    let subject_line = rendered
        .markup
        .lines()
        .find(|l| l.starts_with("*Objet"))
        .unwrap();
    assert!(!subject_line.contains("– "), "{subject_line}");
    // « Avenue des Nerviens 44 » stays whole in « Agissant pour le compte de … ».
    assert!(
        rendered
            .markup
            .contains("Avenue\u{a0}des\u{a0}Nerviens\u{a0}44"),
        "{}",
        rendered.markup
    );
    // A reference with spaces stays on one line.
    let spaced = text.replace("reference: PL-2026-0456", "reference: PL 2026 0456");
    assert_ne!(spaced, text);
    let markup = render_text(&engine(), "c.yaml", &spaced).unwrap().markup;
    assert!(markup.contains("PL\u{a0}2026\u{a0}0456"), "{markup}");
    // The envelope is written as the post writes it: the box on the street line, no
    // abbreviated word.
    let shown = pdf_text(&rendered.pdf.bytes);
    assert_shows(&shown, "Boulevard du Roi Albert II 8 bte 2");
    assert!(!shown.contains("Bd "), "{shown}");
}

#[test]
fn the_readme_pictures_show_the_letters_as_rendered_today() {
    // Each picture records the SHA-256 of the PDF it was drawn from: a letter that reads
    // otherwise today makes its picture stale.
    for name in ["cetelem-fr-mediation", "cetelem-be-klacht-nl"] {
        let rendered = render_file(&engine(), &example(&format!("{name}.yaml")));
        let recorded =
            std::fs::read_to_string(root().join(format!("examples/pages/{name}.sha256"))).unwrap();
        assert_eq!(
            recours::cli::batch::sha256_hex(&rendered.pdf.bytes),
            recorded.trim(),
            "examples/pages/{name}.png shows an older letter: run `recours render examples/{name}.yaml -o page.pdf`, \
             `pdftoppm -png -r 60 -f 1 -l 1 -singlefile page.pdf examples/pages/{name}` and \
             `sha256sum page.pdf | cut -d' ' -f1 > examples/pages/{name}.sha256`"
        );
        assert!(root().join(format!("examples/pages/{name}.png")).is_file());
    }
}
