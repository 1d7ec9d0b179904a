//! Recording what happened without hand-editing the YAML: `recours answered`.

use std::path::Path;

use crate::common::*;

/// `recours answered dossier.yaml ARGS…` in `dir`: exit code, stdout, stderr.
fn answered(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["answered", "dossier.yaml"];
    all.extend(args);
    let run = recours_in(dir, &all);
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// The lines `edited` holds in place of none of `original`'s: every line of the original is
/// there, in order, byte for byte.
fn added_lines(original: &str, edited: &str) -> String {
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(head + tail, old.len(), "only lines were added:\n{edited}");
    new[head..new.len() - tail].concat()
}

#[test]
fn an_answer_is_recorded_and_every_other_byte_of_the_case_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("dossier.yaml");
    let original = std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(&case, &original).unwrap();

    // --dry-run shows the change and writes nothing.
    let summary = ["--summary", "refus : hors délai"];
    let (code, shown, stderr) = answered(
        dir.path(),
        &[&["--date", "2026-09-10", "--dry-run"][..], &summary].concat(),
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        shown.contains("+    answer:\r\n+      date: 2026-09-10\r\n"),
        "{shown}"
    );
    assert_eq!(std::fs::read_to_string(&case).unwrap(), original);

    // The answer goes on the last step without one (level 2, the registered letter).
    let (code, stdout, stderr) = answered(
        dir.path(),
        &[
            &["--date", "2026-09-10", "--reference", "REP-77"][..],
            &summary,
        ]
        .concat(),
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("the answer of 2026-09-10 to the step of 2026-08-01 (level 2)"),
        "{stdout}"
    );
    let edited = std::fs::read_to_string(&case).unwrap();
    // The four new lines together, in the file's CRLF.
    assert_eq!(
        added_lines(&original, &edited),
        "    answer:\r\n      date: 2026-09-10\r\n      reference: \"REP-77\"\r\n      summary: \"refus : hors délai\"\r\n"
    );
    // The case still checks, and its letter tells the answer.
    let run = recours_in(dir.path(), &["check", "dossier.yaml"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let run = recours_in(dir.path(), &["render", "dossier.yaml", "-o", "lettre.pdf"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text(&std::fs::read(dir.path().join("lettre.pdf")).unwrap());
    assert_shows(
        &text,
        "Le 10 septembre 2026, le service consommateurs de Cetelem m’a répondu (référence : REP-77) : refus : hors délai.",
    );
}

#[test]
fn an_answer_that_cannot_be_recorded_is_refused_and_the_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("dossier.yaml");
    let answered_already = std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace(
            "    tracking: \"1A 123 456 7890 1\"\n",
            "    tracking: \"1A 123 456 7890 1\"\n    answer: {date: 2026-09-10}\n",
        );
    std::fs::write(&case, &answered_already).unwrap();
    let refused = |args: &[&str], says: &[&str]| {
        let (code, _, stderr) = answered(dir.path(), args);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        for said in says {
            assert!(stderr.contains(said), "{args:?}: «{said}» in {stderr}");
        }
        assert_eq!(std::fs::read_to_string(&case).unwrap(), answered_already);
    };
    refused(
        &["--date", "2026-09-11"],
        &[
            "dossier.yaml",
            "history",
            "every step of the history already records an answer",
            "--step",
        ],
    );
    refused(
        &["--date", "2026-06-01", "--step", "1"],
        &[
            "dossier.yaml",
            "--date",
            "before the step it answers",
            "the date written on the institution's answer",
        ],
    );
    // SOURCE_DATE_EPOCH makes today 2026-11-22.
    refused(
        &["--date", "2026-12-01", "--step", "2"],
        &["--date", "after today", "once it has come"],
    );
    refused(
        &["--date", "2026-09-11", "--step", "3"],
        &["history", "the history records no step of level 3"],
    );
    refused(
        &["--date", "2026-09-11", "--step", "2"],
        &[
            "dossier.yaml:",
            "history",
            "step 2 of `history` already records an answer",
            "by hand",
        ],
    );

    // A history written on one line is not rewritten: the fault is at its line.
    let inline = "complainant: {name: Marie Dubois, address: [12 rue des Lilas, 59000 Lille]}\ninstitution: cetelem-fr\ndispute: {subject: Frais, facts: Des frais., demands: [le remboursement]}\nhistory: [{step: 1, date: 2026-07-02, channel: letter}]\n";
    std::fs::write(&case, inline).unwrap();
    let (code, _, stderr) = answered(dir.path(), &["--date", "2026-07-20"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("dossier.yaml:4:1"), "{stderr}");
    assert!(stderr.contains("written on one line"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&case).unwrap(), inline);
}
