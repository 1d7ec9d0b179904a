use std::path::Path;

use super::*;
use crate::case::CaseFile;

fn example(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
}

fn step(n: u32) -> NewStep {
    NewStep {
        step: n,
        date: "2026-11-30".into(),
        channel: "registered".into(),
        tracking: Some(quoted("1A 234 567 8901 2")),
        reference: None,
        received: None,
    }
}

/// The edited text holds every line of the original, in order and byte for byte, and the new
/// lines together in one place: nothing else changed.
fn only_added(original: &str, edited: &str) -> Vec<String> {
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    // Lines the edit rewrote in place (`history: []` → `history:`) are allowed only there.
    assert!(
        head + tail >= old.len().saturating_sub(1),
        "more than the new lines changed:\n{edited}"
    );
    new[head..new.len() - tail]
        .iter()
        .map(|l| l.to_string())
        .collect()
}

fn parses(text: &str) -> CaseFile {
    CaseFile::parse(text.to_string(), Path::new("dossier.yaml"))
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
}

#[test]
fn a_step_is_appended_to_every_example_and_nothing_else_changes() {
    for name in [
        "amex-fr-reclamation.yaml",
        "cetelem-be-klacht-nl.yaml",
        "cetelem-be-plainte.yaml",
        "cetelem-fr-mediation.yaml",
        "cetelem-fr-reclamation.yaml",
        "madame-courtage-mediation.yaml",
        "stellantis-clinique-ombudsfin.yaml",
    ] {
        let text = example(name);
        let before = parses(&text).case.history.len();
        let edited = append_step(&text, &step(9)).unwrap();
        let added = only_added(&text, &edited);
        assert!(
            added.iter().any(|l| l.contains("step: 9")),
            "{name}: {added:?}"
        );
        let after = parses(&edited);
        assert_eq!(after.case.history.len(), before + 1, "{name}");
        let last = after.case.history.last().unwrap();
        assert_eq!(
            last.tracking.as_deref(),
            Some("1A 234 567 8901 2"),
            "{name}"
        );
    }
}

#[test]
fn the_init_template_flow_lists_crlf_and_no_history_at_all() {
    // The file `init` writes: `history:` with a comment and commented examples under it.
    let init = "institution: cetelem-fr\nhistory:                # les démarches déjà faites\n  # - step: 1           # un exemple\n  #   date: 2026-07-02\n\nletter:                 # la lettre\n  date: 2026-11-30\n";
    let edited = append_step(init, &step(1)).unwrap();
    assert_eq!(
        edited,
        "institution: cetelem-fr\nhistory:                # les démarches déjà faites\n  # - step: 1           # un exemple\n  #   date: 2026-07-02\n  - step: 1\n    date: 2026-11-30\n    channel: registered\n    tracking: \"1A 234 567 8901 2\"\n\nletter:                 # la lettre\n  date: 2026-11-30\n"
    );
    // `history: []`, its comment kept.
    let flow = "institution: x\nhistory: []   # none yet\nletter: {}\n";
    let edited = append_step(flow, &step(1)).unwrap();
    assert_eq!(
        edited,
        "institution: x\nhistory: # none yet\n  - step: 1\n    date: 2026-11-30\n    channel: registered\n    tracking: \"1A 234 567 8901 2\"\nletter: {}\n"
    );
    // CRLF line ends stay CRLF, the new lines too.
    let crlf = "institution: x\r\nhistory:\r\n  - step: 1\r\n    date: 2026-07-02\r\n    channel: letter\r\nletter: {}\r\n";
    let edited = append_step(crlf, &step(2)).unwrap();
    assert_eq!(
        edited,
        "institution: x\r\nhistory:\r\n  - step: 1\r\n    date: 2026-07-02\r\n    channel: letter\r\n  - step: 2\r\n    date: 2026-11-30\r\n    channel: registered\r\n    tracking: \"1A 234 567 8901 2\"\r\nletter: {}\r\n"
    );
    // No `history:` at all: a new one at the end, even without a final line end.
    let none = "institution: x\nletter: {}";
    let edited = append_step(none, &step(1)).unwrap();
    assert_eq!(
        edited,
        "institution: x\nletter: {}\nhistory:\n  - step: 1\n    date: 2026-11-30\n    channel: registered\n    tracking: \"1A 234 567 8901 2\"\n"
    );
    // A one-line list of steps is not rewritten.
    let inline = "history: [{step: 1, date: 2026-07-02, channel: letter}]\n";
    let error = append_step(inline, &step(2)).unwrap_err();
    assert_eq!(error.line, 1);
    assert!(error.problem.contains("one step per line") || error.problem.contains("one per line"));
}

#[test]
fn a_step_goes_after_the_nested_answer_of_the_last_and_before_a_trailing_comment() {
    let text = "history:\n  - step: 1\n    date: 2026-07-02\n    channel: letter\n    answer:\n      date: 2026-07-20\n      summary: refus\n# a note of the clinic\nletter:\n  step: 2\n";
    let edited = append_step(text, &step(2)).unwrap();
    assert_eq!(
        edited,
        "history:\n  - step: 1\n    date: 2026-07-02\n    channel: letter\n    answer:\n      date: 2026-07-20\n      summary: refus\n  - step: 2\n    date: 2026-11-30\n    channel: registered\n    tracking: \"1A 234 567 8901 2\"\n# a note of the clinic\nletter:\n  step: 2\n"
    );
}

/// A case's other keys, for an edited history to parse as a whole case.
const HEAD: &str = "complainant: {name: Marie Dubois, address: [12 rue des Lilas, 59000 Lille]}\ninstitution: cetelem-fr\ndispute: {subject: Frais, facts: Des frais., demands: [le remboursement]}\n";

#[test]
fn an_answer_is_recorded_on_a_block_step_or_inside_a_one_line_step() {
    let text = &format!(
        "{HEAD}history:\n  - step: 1\n    date: 2026-07-02\n    channel: letter   # posted at Lille\n  - {{step: 2, date: 2026-08-01, channel: registered}}\nletter: {{}}\n"
    );
    let answer = NewAnswer {
        date: "2026-07-20".into(),
        reference: Some(quoted("REP-9")),
        summary: Some(quoted("refus : « conforme »")),
    };
    let edited = record_answer(text, 0, &answer).unwrap();
    assert_eq!(
        edited.strip_prefix(HEAD).unwrap(),
        "history:\n  - step: 1\n    date: 2026-07-02\n    channel: letter   # posted at Lille\n    answer:\n      date: 2026-07-20\n      reference: \"REP-9\"\n      summary: \"refus : « conforme »\"\n  - {step: 2, date: 2026-08-01, channel: registered}\nletter: {}\n"
    );
    let parsed = parses(&edited);
    let recorded = parsed.case.history[0].answer.as_ref().unwrap();
    assert_eq!(recorded.summary.as_deref(), Some("refus : « conforme »"));

    let edited = record_answer(
        text,
        1,
        &NewAnswer {
            date: "2026-08-20".into(),
            ..NewAnswer::default()
        },
    )
    .unwrap();
    assert_eq!(
        edited.strip_prefix(HEAD).unwrap(),
        "history:\n  - step: 1\n    date: 2026-07-02\n    channel: letter   # posted at Lille\n  - {step: 2, date: 2026-08-01, channel: registered, answer: {date: 2026-08-20}}\nletter: {}\n"
    );
    assert!(parses(&edited).case.history[1].answer.is_some());

    // A step already answered, or one that does not exist, is refused.
    let twice = record_answer(&edited, 1, &NewAnswer::default()).unwrap_err();
    assert!(
        twice.problem.contains("already records an answer"),
        "{twice:?}"
    );
    let missing = record_answer(text, 5, &NewAnswer::default()).unwrap_err();
    assert!(missing.problem.contains("no step 6"), "{missing:?}");
    // A history written on one line is refused, for an answer as for a step.
    let inline = format!("{HEAD}history: [{{step: 1, date: 2026-07-02, channel: letter}}]\n");
    let error = record_answer(&inline, 0, &NewAnswer::default()).unwrap_err();
    assert_eq!(error.line, 4);
    assert!(error.problem.contains("written on one line"), "{error:?}");
}

#[test]
fn a_receipt_is_recorded_after_a_nested_answer_or_inside_a_one_line_step() {
    let text = &format!(
        "{HEAD}history:\n  - step: 1\n    date: 2026-07-02\n    channel: registered\n    answer:\n      date: 2026-07-20\n  - {{step: 2, date: 2026-08-01, channel: registered}}  # AR attendu\nletter: {{}}\n"
    );
    let edited = record_received(text, 0, "2026-07-04").unwrap();
    assert_eq!(
        edited.strip_prefix(HEAD).unwrap(),
        "history:\n  - step: 1\n    date: 2026-07-02\n    channel: registered\n    answer:\n      date: 2026-07-20\n    received: 2026-07-04\n  - {step: 2, date: 2026-08-01, channel: registered}  # AR attendu\nletter: {}\n"
    );
    let received = parses(&edited).case.history[0].received.clone().unwrap();
    assert_eq!(received.value.0.to_string(), "2026-07-04");

    let edited = record_received(text, 1, "2026-08-03").unwrap();
    assert_eq!(
        edited.strip_prefix(HEAD).unwrap(),
        "history:\n  - step: 1\n    date: 2026-07-02\n    channel: registered\n    answer:\n      date: 2026-07-20\n  - {step: 2, date: 2026-08-01, channel: registered, received: 2026-08-03}  # AR attendu\nletter: {}\n"
    );
    assert!(parses(&edited).case.history[1].received.is_some());
    let twice = record_received(&edited, 1, "2026-08-04").unwrap_err();
    assert!(
        twice.problem.contains("already records its receipt"),
        "{twice:?}"
    );
}
