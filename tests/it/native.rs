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
