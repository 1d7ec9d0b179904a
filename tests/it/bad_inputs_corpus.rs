//! The bad-input corpus: every file of `tests/bad-inputs/` is a case `recours render` must
//! refuse with exit 1, writing nothing, with the first line of its message pinned in the
//! `.expected` file beside it (file, line, column, field and what is wrong). No message shows
//! a full card number.

use crate::common::recours;
use std::path::PathBuf;

/// The corpus's case files, in the order of their names.
fn corpus() -> Vec<PathBuf> {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/bad-inputs");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_bad_input_is_refused_with_its_message() {
    let cases = corpus();
    assert!(cases.len() >= 40, "the corpus has {} files", cases.len());
    let work = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        std::fs::copy(case, work.path().join(&name)).unwrap();
        let output = recours()
            .current_dir(work.path())
            .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
            .args(["render", &name])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let expected = std::fs::read_to_string(case.with_extension("expected")).unwrap();
        let first = stderr.lines().next().unwrap_or("");
        if output.status.code() != Some(1) {
            failures.push(format!("{name}: exit {:?}", output.status.code()));
        }
        if first != expected.trim_end() {
            failures.push(format!(
                "{name}:\n  expected: {}\n  got:      {first}",
                expected.trim_end()
            ));
        }
        if !first.starts_with(&format!("error: {name}:")) {
            failures.push(format!(
                "{name}: the message does not start with the file and its place: {first}"
            ));
        }
        let digits: String = stderr.chars().filter(|c| c.is_ascii_digit()).collect();
        // The public test numbers the corpus uses, and the first 15 digits of its mistyped ones.
        if [
            "555555555555444",
            "4970101234567893",
            "378282246310005",
            "4111111111111111",
        ]
        .iter()
        .any(|card| digits.contains(card))
        {
            failures.push(format!("{name}: a card number shows in the message"));
        }
    }
    let written: Vec<_> = std::fs::read_dir(work.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pdf"))
        .collect();
    assert!(written.is_empty(), "nothing is written: {written:?}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The first line of every refusal of the corpus, in each language of the tool's messages,
/// pinned as one snapshot per language (`bad_inputs_fr`, `bad_inputs_nl`, `bad_inputs_en`):
/// a translator reads there what a person meets.
#[test]
fn the_refusals_of_the_corpus_in_each_language() {
    let cases = corpus();
    let work = tempfile::tempdir().unwrap();
    for case in &cases {
        std::fs::copy(case, work.path().join(case.file_name().unwrap())).unwrap();
    }
    for lang in ["fr", "nl", "en"] {
        let mut lines = String::new();
        for case in &cases {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            let output = recours()
                .current_dir(work.path())
                .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
                .args(["--lang", lang, "render", &name])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(1), "{name} in {lang}");
            let stderr = String::from_utf8_lossy(&output.stderr);
            lines.push_str(stderr.lines().next().unwrap_or(""));
            lines.push('\n');
        }
        let prefix = match lang {
            "fr" => "erreur : ",
            "nl" => "fout: ",
            _ => "error: ",
        };
        assert!(
            lines.lines().all(|l| l.starts_with(prefix)),
            "{lang}:\n{lines}"
        );
        insta::assert_snapshot!(format!("bad_inputs_{lang}"), lines);
    }
}
