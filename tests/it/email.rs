//! E-mail drafts for every rung of the five ladders that the registry says takes e-mail:
//! `batch --email` writes them, an independent parser (`mail-parser`) reads each back.

use mail_parser::{MessageParser, MimeHeaders};

use crate::common::*;

const BASE: &str = "complainant: {name: Sophie Peeters, address: [Rue Courtejoie 17 bte 1, 5590 Ciney], country: BE, email: sophie.peeters@example.org, type: AUDIENCE}
references: {contract_number: \"CT-2024-5512\"}
institution: INST
product: PRODUCT
dispute: {subject: Double prélèvement, facts: \"La mensualité a été prélevée deux fois.\", demands: [le remboursement de la mensualité], court_action: false}
HISTORY
letter: LETTER
";

const LEVEL_1: &str = "history: [{step: 1, date: 2026-08-01, channel: registered}]";
const LEVELS_1_2: &str = "history: [{step: 1, date: 2026-06-01, channel: letter}, {step: 2, date: 2026-08-01, channel: registered}]";
const LEVELS_1_3: &str = "history: [{step: 1, date: 2026-05-01, channel: letter}, {step: 2, date: 2026-06-01, channel: registered}, {step: 3, date: 2026-07-01, channel: letter}]";

#[test]
fn every_rung_that_takes_e_mail_gets_a_draft_that_reads_back() {
    // (case, audience, institution, product, history, letter, the draft's recipient). Where no
    // source gives the address, the case vouches for an invented one (`recipient_email`).
    let cases = [
        (
            "be1",
            "consumer",
            "cetelem-be",
            "prêt à tempérament",
            "history: []",
            "{date: 2026-11-20}",
            "complaints@cetelem.be",
        ),
        (
            "be1-ins",
            "consumer",
            "cetelem-be",
            "assurance Cetelem Protection",
            "history: []",
            "{date: 2026-11-20}",
            "insurance@cetelem.be",
        ),
        (
            "be2",
            "consumer",
            "cetelem-be",
            "prêt à tempérament",
            LEVEL_1,
            "{date: 2026-11-20}",
            "ombudsman@ombudsfin.be",
        ),
        (
            "be2-ins",
            "consumer",
            "cetelem-be",
            "assurance Cetelem Protection",
            LEVEL_1,
            "{date: 2026-11-20}",
            "info@ombudsman-insurance.be",
        ),
        (
            "st1",
            "consumer",
            "stellantis-fs-belux",
            "crédit automobile",
            "history: []",
            "{date: 2026-11-20, recipient_email: plaintes@example.be}",
            "plaintes@example.be",
        ),
        (
            "st1-b2b",
            "business",
            "stellantis-fs-belux",
            "leasing",
            "history: []",
            "{date: 2026-11-20, recipient_email: lease@example.be}",
            "lease@example.be",
        ),
        (
            "st3",
            "consumer",
            "stellantis-fs-belux",
            "crédit automobile",
            LEVELS_1_2,
            "{date: 2026-11-20}",
            "ombudsman@ombudsfin.be",
        ),
        (
            "st3-ins",
            "consumer",
            "stellantis-fs-belux",
            "assurance auto",
            LEVELS_1_2,
            "{date: 2026-11-20}",
            "info@ombudsman-insurance.be",
        ),
        (
            "st4",
            "consumer",
            "stellantis-fs-belux",
            "crédit automobile",
            LEVELS_1_3,
            "{date: 2026-11-20, step: 4}",
            "info.eco@economie.fgov.be",
        ),
        (
            "mc1",
            "consumer",
            "madame-courtage",
            "assurance habitation",
            "history: []",
            "{date: 2026-11-20, recipient_email: conseiller@example.fr}",
            "conseiller@example.fr",
        ),
        (
            "mc2",
            "consumer",
            "madame-courtage",
            "assurance habitation",
            LEVEL_1,
            "{date: 2026-11-20}",
            "réclamation@madamecourtage.fr",
        ),
        (
            "mc3",
            "consumer",
            "madame-courtage",
            "assurance habitation",
            LEVEL_1,
            "{date: 2026-11-20, step: 3, recipient_email: le.mediateur@example.org}",
            "le.mediateur@example.org",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, audience, institution, product, history, letter, _) in &cases {
        let text = BASE
            .replace("AUDIENCE", audience)
            .replace("INST", institution)
            .replace("PRODUCT", product)
            .replace("HISTORY", history)
            .replace("LETTER", letter);
        std::fs::write(dir.path().join(format!("{name}.yaml")), text).unwrap();
    }
    let (code, stdout, stderr) = outcome_in(dir.path(), &["batch", ".", "-o", "out", "--email"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.starts_with("12 cases: 12 written"), "{stdout}");
    for (name, .., to) in &cases {
        let out = dir.path().join("out");
        let pdf_name = std::fs::read_dir(&out)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|f| f.starts_with(&format!("{name}-niveau-")) && f.ends_with(".pdf"))
            .unwrap_or_else(|| panic!("{name}: no PDF"));
        let pdf = std::fs::read(out.join(&pdf_name)).unwrap();
        let eml = std::fs::read(out.join(pdf_name.replace(".pdf", ".eml"))).unwrap();
        let message = MessageParser::default().parse(&eml).unwrap();
        let recipient = message.to().unwrap().first().unwrap();
        assert_eq!(recipient.address(), Some(*to), "{name}");
        let from = message.from().unwrap().first().unwrap();
        assert_eq!(from.address(), Some("sophie.peeters@example.org"), "{name}");
        let subject = message.subject().unwrap();
        assert!(subject.ends_with("Double prélèvement"), "{name}: {subject}");
        let body = message.body_text(0).unwrap().replace('\u{a0}', " ");
        for sentence in [
            "Sophie Peeters",
            "La mensualité a été prélevée deux fois.",
            subject,
        ] {
            let sentence = sentence.replace('\u{a0}', " ");
            let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(&sentence), "{name}: {sentence} in:\n{body}");
        }
        assert_eq!(
            message.header_raw("X-Unsent").map(str::trim),
            Some("1"),
            "{name}"
        );
        let attachment = message.attachment(0).unwrap();
        assert_eq!(attachment.attachment_name(), Some(pdf_name.as_str()));
        assert_eq!(
            attachment.contents(),
            &pdf[..],
            "{name}: the PDF's own bytes"
        );
    }
}
