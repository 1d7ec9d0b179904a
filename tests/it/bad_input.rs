//! Every kind of bad input the letter engine must refuse: exit 1, a message naming the file,
//! the line and column and the field, and no PDF written. Messages are pinned as snapshots.

use std::path::Path;

use crate::common::*;

/// A valid case each bad input is made from, by one textual change.
const MEDIATION: &str = "cetelem-fr-mediation.yaml";

struct Outcome {
    code: Option<i32>,
    stderr: String,
    pdfs: Vec<String>,
}

fn render(case_text: &str, extra: &[&str]) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("case.yaml"), case_text).unwrap();
    let output = recours()
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
        .args(["render", "case.yaml"])
        .args(extra)
        .output()
        .unwrap();
    let pdfs = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "case.yaml")
        .collect();
    Outcome {
        code: output.status.code(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        pdfs,
    }
}

fn example_text(name: &str) -> String {
    std::fs::read_to_string(example(name)).unwrap()
}

/// Replaces `from` by `to` in an example, checking the example had it.
fn variant(name: &str, from: &str, to: &str) -> String {
    let text = example_text(name);
    assert!(text.contains(from), "{name} has no «{from}»");
    text.replacen(from, to, 1)
}

#[track_caller]
fn refused(snapshot: &str, case_text: &str, extra: &[&str], field: &str) {
    let outcome = render(case_text, extra);
    assert_eq!(
        outcome.code,
        Some(1),
        "exit code; stderr:\n{}",
        outcome.stderr
    );
    assert!(
        outcome.pdfs.is_empty(),
        "nothing is written, found {:?}",
        outcome.pdfs
    );
    assert!(
        outcome.stderr.contains("case.yaml:"),
        "the message names the file and place:\n{}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains(field),
        "the message names the field `{field}`:\n{}",
        outcome.stderr
    );
    insta::assert_snapshot!(snapshot, outcome.stderr);
}

#[test]
fn unknown_key() {
    refused(
        "unknown_key",
        &variant(MEDIATION, "  name: Marie Dubois", "  nmae: Marie Dubois"),
        &[],
        "complainant.nmae",
    );
}

#[test]
fn malformed_yaml() {
    refused(
        "malformed_yaml",
        &variant(MEDIATION, "  subject: Frais", "  subject: \"Frais"),
        &[],
        "dispute",
    );
}

#[test]
fn wrong_type() {
    refused(
        "wrong_type",
        &variant(MEDIATION, "  amount: 45.00", "  amount: [45]"),
        &[],
        "dispute.amount",
    );
    refused(
        "wrong_type_scalar",
        &variant(MEDIATION, "  amount: 45.00", "  amount: beaucoup"),
        &[],
        "dispute.amount",
    );
}

#[test]
fn impossible_date() {
    refused(
        "impossible_date",
        &variant(MEDIATION, "    date: 2026-07-20", "    date: 2026-02-30"),
        &[],
        "history[0].answer.date",
    );
}

#[test]
fn unknown_institution() {
    let outcome = render(
        &variant(
            MEDIATION,
            "institution: cetelem-fr",
            "institution: cetelem-fx",
        ),
        &[],
    );
    assert!(
        outcome.stderr.contains("did you mean `cetelem-fr`?"),
        "{}",
        outcome.stderr
    );
    refused(
        "unknown_institution",
        &variant(
            MEDIATION,
            "institution: cetelem-fr",
            "institution: cetelem-fx",
        ),
        &[],
        "institution",
    );
}

#[test]
fn unknown_level() {
    refused(
        "unknown_level",
        &variant(MEDIATION, "letter:\n", "letter:\n  step: 7\n"),
        &[],
        "letter.step",
    );
}

#[test]
fn required_reference_missing() {
    refused(
        "required_reference_missing",
        &variant(
            "stellantis-clinique-ombudsfin.yaml",
            "references:\n  file_number: \"SFS-778812\"\n  contract_number: \"CT-2024-5512\"\n",
            "",
        )
        .replace("\nletter:\n", "\nletter:\n  step: 2\n"),
        &[],
        "references",
    );
}

#[test]
fn card_number_failing_luhn() {
    let outcome = render(
        &variant(MEDIATION, "5555 5555 5555 4444", "5555 5555 5555 4445"),
        &[],
    );
    assert!(
        !without_whitespace(&outcome.stderr).contains("5555555555554445"),
        "the error shows the card number"
    );
    refused(
        "card_number_failing_luhn",
        &variant(MEDIATION, "5555 5555 5555 4444", "5555 5555 5555 4445"),
        &[],
        "references.card_number",
    );
}

#[test]
fn national_register_failing_mod_97() {
    refused(
        "national_register_failing_mod_97",
        &variant(
            "cetelem-be-plainte.yaml",
            "93.05.18-223.61",
            "93.05.18-223.62",
        ),
        &[],
        "references.national_register",
    );
}

#[test]
fn cetelem_belgium_file_number_not_12_digits() {
    refused(
        "file_number_not_12_digits",
        &variant("cetelem-be-plainte.yaml", "4012 3456 7890", "4012 3456 789"),
        &[],
        "references.file_number",
    );
}

#[test]
fn history_date_after_letter_date() {
    refused(
        "history_after_letter_date",
        &variant(MEDIATION, "    date: 2026-08-01", "    date: 2026-12-01"),
        &[],
        "history[1].date",
    );
}

#[test]
fn history_out_of_order() {
    refused(
        "history_out_of_order",
        &variant(MEDIATION, "    date: 2026-08-01", "    date: 2026-06-01"),
        &[],
        "history[1].date",
    );
}

#[test]
fn level_before_the_levels_it_requires() {
    let text = variant(
        MEDIATION,
        "  - step: 2\n    date: 2026-08-01\n    channel: registered\n    tracking: \"1A 123 456 7890 1\"\n",
        "",
    );
    let text = text.replacen("letter:\n", "letter:\n  step: 3\n", 1);
    refused("level_before_required_levels", &text, &[], "letter.step");
    let outcome = render(&text, &[]);
    assert!(
        outcome.stderr.contains("comes after level 2 (escalation)"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn empty_facts() {
    let text = example_text(MEDIATION);
    let start = text.find("  facts: |").unwrap();
    let end = text.find("  demands:").unwrap();
    let text = format!("{}  facts: \"   \"\n{}", &text[..start], &text[end..]);
    refused("empty_facts", &text, &[], "dispute.facts");
}

#[test]
fn empty_demands() {
    let text = example_text(MEDIATION);
    let start = text.find("  demands:").unwrap();
    let end = text.find("  amount:").unwrap();
    let text = format!("{}  demands: []\n{}", &text[..start], &text[end..]);
    refused("empty_demands", &text, &[], "dispute.demands");
}

#[test]
fn recipient_address_unknown() {
    let text = variant(
        "amex-fr-reclamation.yaml",
        "  - step: 1\n    date: 2026-05-12\n    channel: phone\n",
        "  - step: 1\n    date: 2026-05-12\n    channel: phone\n  - step: 2\n    date: 2026-05-14\n    channel: letter\n",
    );
    refused(
        "recipient_address_unknown",
        &text,
        &[],
        "letter.recipient_address",
    );
    let outcome = render(&text, &[]);
    assert!(
        outcome.stderr.contains("Médiateur de l'ASF"),
        "names the unconfirmed candidate: {}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains("never invents an address"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn an_existing_different_letter_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    std::fs::write(&case, example_text(MEDIATION)).unwrap();
    let out = dir.path().join("case-niveau-3.pdf");
    std::fs::write(&out, b"a letter already sent").unwrap();
    let run = |args: &[&str]| {
        recours()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap()
    };
    let refused = run(&["render", "case.yaml"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert_eq!(std::fs::read(&out).unwrap(), b"a letter already sent");
    let forced = run(&["render", "case.yaml", "--force"]);
    assert_eq!(
        forced.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    let again = run(&["render", "case.yaml"]);
    assert_eq!(again.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&again.stdout).starts_with("unchanged"));
    assert!(Path::new(&out).exists());
}

#[test]
fn usage_errors_exit_2() {
    let output = recours().args(["render"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn every_structural_fault_of_a_file_in_one_run() {
    // An unknown key, a missing `demands`, a wrong type and a bad date: four faults, one run.
    let text = example_text(MEDIATION)
        .replace("  name: Marie Dubois", "  nmae: Marie Dubois")
        .replace(
            "  demands:\n    - le remboursement des frais de retard de 45,00 €\n    - la rectification de l'historique de paiement de mon compte\n",
            "",
        )
        .replace("  amount: 45.00", "  amount: [45]")
        .replace("    date: 2026-07-02", "    date: 02/07/2026");
    let outcome = render(&text, &[]);
    assert_eq!(outcome.code, Some(1));
    assert!(outcome.pdfs.is_empty());
    let headlines: Vec<&str> = outcome
        .stderr
        .lines()
        .filter(|l| l.contains("case.yaml:"))
        .collect();
    assert_eq!(
        headlines,
        [
            "error: case.yaml:6:3: complainant.nmae: unknown key `nmae`",
            "case.yaml:16:1: dispute: the key `demands` is missing",
            "case.yaml:24:11: dispute.amount: wrong type: found a list",
            "case.yaml:28:11: history[0].date: `02/07/2026` is not a date written YYYY-MM-DD: write 2026-07-02",
        ],
        "{}",
        outcome.stderr
    );
}

#[test]
fn what_french_speakers_type_gets_its_hint_or_is_understood() {
    let comma = render(
        &variant(MEDIATION, "  amount: 45.00", "  amount: 45,00"),
        &[],
    );
    assert!(
        comma
            .stderr
            .contains("dispute.amount: `45,00` is not a number as YAML writes it: write 45.00"),
        "{}",
        comma.stderr
    );
    // Channels written in French are the channels they name.
    let french = example_text(MEDIATION)
        .replace("    channel: letter", "    channel: courrier")
        .replace("    channel: registered", "    channel: lettre recommandée");
    let outcome = render(&french, &[]);
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
    let file = recours::CaseFile::parse(french, Path::new("case.yaml")).unwrap();
    assert_eq!(
        file.case.history[1].channel.value,
        recours::registry::ChannelKind::Registered
    );
}

#[test]
fn an_address_without_postcode_and_an_e_mail_without_domain_are_refused_at_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("v.yaml"),
        "complainant:\n  name: Claire Martin\n  address: [8 rue des Tanneurs, Lille]\n  email: claire.martin\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n",
    )
    .unwrap();
    let (code, stderr) = crate::common::refusal_fr(dir.path(), &["check", "v.yaml"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("v.yaml:3:12: complainant.address: la dernière ligne de l'adresse, « Lille », n'est pas un code postal suivi de la localité"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "v.yaml:4:10: complainant.email: « claire.martin » n'est pas une adresse électronique"
        ),
        "{stderr}"
    );
}

#[test]
fn quotes_and_indentation_slips_are_said_where_they_are_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let rest = "  address: [8 rue des Tanneurs, 59800 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n";
    let check = |name: &str, text: String| {
        std::fs::write(dir.path().join(name), text).unwrap();
        let (code, stderr) = crate::common::refusal_fr(dir.path(), &["check", name]);
        assert_eq!(code, Some(1), "{stderr}");
        stderr
    };
    // The « : » hint quotes the value, never the comment after it.
    let said = check(
        "colon.yaml",
        format!("complainant:\n  name: Claire: Martin   # la cliente\n{rest}"),
    );
    assert!(
        said.contains("name: \"Claire: Martin\"   # la cliente"),
        "{said}"
    );
    // One space too many, said at its line.
    let said = check(
        "indent.yaml",
        format!("complainant:\n  name: Claire Martin\n {rest}"),
    );
    assert!(
        said.contains("indent.yaml:3:1:")
            && said.contains(
                "cette ligne est indentée d'une espace de plus que la clé au-dessus d'elle"
            ),
        "{said}"
    );
    // A quote left open is found at its own line.
    let said = check(
        "open.yaml",
        format!("complainant:\n  name: \"Claire Martin\n{rest}"),
    );
    assert!(
        said.contains("open.yaml:2:9:") && said.contains("n'est pas refermé sur sa ligne"),
        "{said}"
    );
    // A closing quote with no opening one is not kept in the letter.
    let said = check(
        "closed.yaml",
        format!("complainant:\n  name: Claire Martin\"\n{rest}"),
    );
    assert!(
        said.contains("closed.yaml:2:9:") && said.contains("qui n'a pas été ouvert"),
        "{said}"
    );
}
