//! Recording what happened without hand-editing the YAML: `recours answered`.

use crate::common::*;

#[test]
fn an_answer_is_recorded_and_every_other_byte_of_the_case_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(dir.path().join("dossier.yaml"), &original).unwrap();

    // --dry-run shows the change and writes nothing.
    let run = recours_in(
        dir.path(),
        &[
            "answered",
            "dossier.yaml",
            "--date",
            "2026-09-10",
            "--summary",
            "refus : hors délai",
            "--dry-run",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let shown = String::from_utf8_lossy(&run.stdout);
    assert!(
        shown.contains("+    answer:\r\n+      date: 2026-09-10\r\n"),
        "{shown}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        original
    );

    // The answer goes on the last step without one (level 2, the registered letter).
    let run = recours_in(
        dir.path(),
        &[
            "answered",
            "dossier.yaml",
            "--date",
            "2026-09-10",
            "--reference",
            "REP-77",
            "--summary",
            "refus : hors délai",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        String::from_utf8_lossy(&run.stdout)
            .contains("the answer of 2026-09-10 to the step of 2026-08-01 (level 2)"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let edited = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    // Every line of the original is there, in order; the four new ones together, in CRLF.
    let old: Vec<&str> = original.split_inclusive('\n').collect();
    let new: Vec<&str> = edited.split_inclusive('\n').collect();
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(head + tail, old.len(), "only lines were added");
    let added: String = new[head..new.len() - tail].concat();
    assert_eq!(
        added,
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

    // Nothing left without an answer: refused, the file untouched.
    let run = recours_in(
        dir.path(),
        &["answered", "dossier.yaml", "--date", "2026-09-11"],
    );
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .contains("every step of the history already records an answer"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // An answer dated before its step is refused.
    let run = recours_in(
        dir.path(),
        &[
            "answered",
            "dossier.yaml",
            "--date",
            "2026-06-01",
            "--step",
            "1",
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("--date") && stderr.contains("before the step it answers"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        edited
    );
}
