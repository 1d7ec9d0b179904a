//! Recording what happened without hand-editing the YAML: `recours sent`, `recours answered`.

use std::path::Path;

use crate::common::*;

/// `recours answered dossier.yaml ARGS…` in `dir`: exit code, stdout, stderr.
fn answered(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    outcome_in(dir, &[&["answered", "dossier.yaml"][..], args].concat())
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
        stdout.contains("the answer of 10 September 2026 to the step of 1 August 2026 (level 2)"),
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
    let text = pdf_text_of(dir.path().join("lettre.pdf"));
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

/// `recours sent dossier.yaml ARGS…` in `dir`: exit code, stdout, stderr.
fn sent(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    outcome_in(dir, &[&["sent", "dossier.yaml"][..], args].concat())
}

/// `recours render dossier.yaml` in `dir`, which must write its letter: `sent` records the
/// level of the letter last written.
#[track_caller]
fn rendered(dir: &Path) {
    let (code, stdout, stderr) = outcome_in(dir, &["render", "dossier.yaml"]);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
}

#[test]
fn a_sent_letter_is_recorded_and_the_next_render_writes_the_following_level() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("dossier.yaml");
    // A Dutch complaint to Cetelem Belgium, level 1, dated 20 October with its number.
    let original = std::fs::read_to_string(example("cetelem-be-klacht-nl.yaml")).unwrap();
    std::fs::write(&case, &original).unwrap();

    // Nothing written yet: nothing to record by default.
    let (code, _, stderr) = sent(dir.path(), &[]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("no letter written for this case was found")
            && stderr.contains("recours render dossier.yaml"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&case).unwrap(), original);
    rendered(dir.path());

    let (code, shown, stderr) = sent(dir.path(), &["--dry-run"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        shown.contains("+  - step: 1\n+    date: 2026-10-20\n"),
        "{shown}"
    );
    assert_eq!(std::fs::read_to_string(&case).unwrap(), original);

    // By default: the level `render` writes, the letter's date, its registered-mail number.
    let (code, stdout, stderr) = sent(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains(
            "recorded: level 1 (complaint) sent on 20 October 2026 (registered letter RR 5555 1212 3BE)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("next: the step of 20 October 2026 (level 1) awaits its answer within the month it asked for, until 26 November 2026; then level 2 (mediation)"), "{stdout}");
    let edited = std::fs::read_to_string(&case).unwrap();
    assert_eq!(
        added_lines(&original, &edited),
        "  - step: 1\n    date: 2026-10-20\n    channel: registered\n    tracking: \"RR 5555 1212 3BE\"\n"
    );

    // The `letter:` block described the letter just sent: the next level is level 2, which
    // waits by practice for the month the complaint asked for (until 2026-11-26); forced, it
    // is dated today, cites the letter and its number, and says why the block no longer applies.
    let run = recours_in(dir.path(), &["render", "dossier.yaml"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("level 2 of Cetelem (Ombudsfin – Service de médiation des services financiers) is not admissible yet")
            && stderr.contains("it is the practice")
            && stderr.contains("it will be from 27 November 2026"),
        "{stderr}"
    );
    assert!(!dir.path().join("dossier-niveau-2.pdf").exists());
    let run = recours_in(dir.path(), &["render", "dossier.yaml", "--force"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(
        stderr.contains("the history records the letter of level 1 as sent on 20 October 2026 (history[1]): letter.step, letter.date, letter.tracking no longer apply"),
        "{stderr}"
    );
    let text = pdf_text_of(dir.path().join("dossier-niveau-2.pdf"));
    assert_shows(&text, "Antwerpen, 22 november 2026");
    assert_shows(
        &text,
        "Op 20 oktober 2026 heb ik per aangetekende zending nr. RR 5555 1212 3BE een klacht ingediend bij Cetelem.",
    );
    // The old number is cited as the earlier step's, not printed as this letter's.
    assert!(
        !text.contains("Aangetekende zending nr."),
        "no registered line:\n{text}"
    );

    // The avis de réception, once it is back: on the last step sent.
    let (code, stdout, stderr) = sent(dir.path(), &["--received", "2026-10-23"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("the step of 20 October 2026 (history[1]) received on 23 October 2026"),
        "{stdout}"
    );
    let received = std::fs::read_to_string(&case).unwrap();
    assert_eq!(
        added_lines(&edited, &received),
        "    received: 2026-10-23\n"
    );
    let (code, _, stderr) = sent(dir.path(), &["--received", "2026-10-24"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("this step already records when it was received"),
        "{stderr}"
    );

    // The same step twice is refused.
    let (code, _, stderr) = sent(dir.path(), &["--step", "1", "--date", "2026-10-20"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr
            .contains("history[1]: the history already records level 1 as sent on 20 October 2026"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&case).unwrap(), received);
}

#[test]
fn a_step_that_cannot_be_recorded_is_refused_and_the_file_kept() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("dossier.yaml");
    let original = std::fs::read_to_string(example("cetelem-fr-mediation.yaml")).unwrap();
    std::fs::write(&case, &original).unwrap();
    rendered(dir.path());
    let refusals: [(&[&str], &str); 4] = [
        (
            &["--date", "2026-12-01"],
            "--date: the letter is dated 1 December 2026, after today (22 November 2026)",
        ),
        (
            &["--date", "2026-11-20", "--received", "2026-11-19"],
            "--received: the letter was received on 19 November 2026, before it was sent (20 November 2026)",
        ),
        // Before the last step: the edited history would be out of order, said at its line.
        (
            &["--step", "3", "--date", "2026-07-15"],
            "history[2].date: the history is out of order: this step (15 July 2026) comes after one dated 1 August 2026",
        ),
        (&["--step", "9"], "Cetelem has no level 9"),
    ];
    for (args, message) in refusals {
        let (code, _, stderr) = sent(dir.path(), args);
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(&case).unwrap(), original);
    }
    let (code, _, stderr) = sent(dir.path(), &["--channel", "pigeon"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("expected phone, email, letter"), "{stderr}");
    // In French too.
    let (code, shown, stderr) = sent(
        dir.path(),
        &["--date", "2026-11-21", "--channel", "courriel", "--dry-run"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(shown.contains("+    channel: email\n"), "{shown}");
}

/// The lines of `original` are all in `edited`, in order and byte for byte: only lines were
/// added, wherever they were.
fn keeps_every_line(original: &str, edited: &str) {
    let mut rest = edited.split_inclusive('\n');
    for line in original.split_inclusive('\n') {
        assert!(
            rest.any(|l| l == line),
            "the line {line:?} is gone or moved:\n{edited}"
        );
    }
}

#[test]
fn a_case_followed_from_the_first_letter_to_the_mediator() {
    let dir = tempfile::tempdir().unwrap();
    let run = recours_in(
        dir.path(),
        &["init", "--institution", "cetelem-fr", "-o", "dossier.yaml"],
    );
    assert!(run.status.success());
    let case = dir.path().join("dossier.yaml");
    // Filled in as a person would: every « À COMPLÉTER » replaced, the letter dated.
    let filled: String = std::fs::read_to_string(&case)
        .unwrap()
        .replace("\"À COMPLÉTER : prénom et nom\"", "Claire Martin")
        .replace("\"À COMPLÉTER : numéro et rue\"", "8 rue des Tanneurs")
        .replace("\"À COMPLÉTER : code postal et localité\"", "59800 Lille")
        .replace(
            "\"À COMPLÉTER : le produit ou le contrat en cause\"",
            "crédit renouvelable",
        )
        .replace(
            "\"À COMPLÉTER : l’objet en quelques mots\"",
            "Frais de retard prélevés à tort",
        )
        .replace(
            "À COMPLÉTER : ce qui s’est passé.",
            "Des frais de 45,00 € ont été prélevés le 3 avril 2026.",
        )
        .replace(
            "\"À COMPLÉTER : ce que vous demandez\"",
            "le remboursement des frais",
        )
        .replace("  # date: 2026-11-21", "  date: 2026-05-04")
        .lines()
        .filter(|l| !l.contains("\"À COMPLÉTER\""))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&case, &filled).unwrap();
    let render = |args: &[&str]| {
        let mut all = vec!["render", "dossier.yaml"];
        all.extend(args);
        let run = recours_in(dir.path(), &all);
        let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
        assert!(run.status.success(), "render {args:?}: {stderr}");
        String::from_utf8_lossy(&run.stdout).into_owned()
    };

    // Level 1, posted on its date; its answer comes.
    assert!(render(&[]).contains("wrote: dossier-niveau-1.pdf"));
    let (code, stdout, stderr) = sent(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("level 1 (complaint) sent on 4 May 2026 (letter)"),
        "{stdout}"
    );
    let (code, _, stderr) = answered(dir.path(), &["--date", "2026-05-20", "--summary", "refus"]);
    assert_eq!(code, Some(0), "{stderr}");

    // Level 2, by registered mail as the level asks.
    assert!(render(&["--date", "2026-06-01"]).contains("wrote: dossier-niveau-2.pdf"));
    let level_2 = pdf_text_of(dir.path().join("dossier-niveau-2.pdf"));
    assert_shows(&level_2, "Lille, le 1er juin 2026");
    assert_shows(&level_2, "refus");
    let (code, stdout, stderr) = sent(
        dir.path(),
        &["--date", "2026-06-01", "--tracking", "1A 101 202 3030 4"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains(
            "level 2 (escalation) sent on 1 June 2026 (registered letter 1A 101 202 3030 4)"
        ),
        "{stdout}"
    );

    // Time passes: two weeks later the consumer service still has time (two months from the
    // first written complaint, 4 July a Saturday: until Monday 6 July); in November the
    // mediator may be seized.
    let agenda_on = |date: &str| {
        let run = recours_in(dir.path(), &["agenda", ".", "--date", date]);
        assert!(run.status.success());
        String::from_utf8_lossy(&run.stdout).into_owned()
    };
    let june = agenda_on("2026-06-15");
    assert!(
        june.contains("answer due  2026-07-06  dossier.yaml  Cetelem (FR)  the step of 1 June 2026 (level 2) awaits its answer by 6 July 2026; then level 3 (mediation)"),
        "{june}"
    );
    let november = agenda_on("2026-11-22");
    assert!(
        november.contains("ready       2026-11-22  dossier.yaml  Cetelem (FR)  level 3 (mediation) may be sent today"),
        "{november}"
    );

    // The mediator's letter cites both steps, their dates, the answer and the number.
    assert!(render(&[]).contains("wrote: dossier-niveau-3.pdf"));
    let level_3 = pdf_text_of(dir.path().join("dossier-niveau-3.pdf"));
    for shown in [
        "4 mai 2026",
        "20 mai 2026",
        "1er juin 2026",
        "1A 101 202 3030 4",
    ] {
        assert_shows(&level_3, shown);
    }

    // Sent in its turn: the case is done, for `check` and for the agenda.
    let (code, stdout, stderr) = sent(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("level 3 (mediation) sent on 22 November 2026 (letter)")
            && stdout.contains("next: nothing to write; level 3 (mediation), the last, sent on 22 November 2026: `recours answered` records its answer"),
        "{stdout}"
    );
    let run = recours_in(dir.path(), &["check", "dossier.yaml"]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}");
    assert_eq!(
        stdout,
        "dossier.yaml: done: level 3 (mediation), the last, sent on 22 November 2026\n"
    );
    assert!(
        agenda_on("2026-11-22").contains("done        2026-11-22  dossier.yaml  Cetelem (FR)  level 3 (mediation), the last, sent on 22 November 2026"),
    );

    // Every line the person wrote, comments included, is still there.
    keeps_every_line(&filled, &std::fs::read_to_string(&case).unwrap());
}

#[test]
fn a_step_recorded_in_every_example_keeps_every_byte_and_the_case_still_checks() {
    let mut files: Vec<(String, String)> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "{files:?}");
    // One in CRLF, as written on Windows.
    let crlf = std::fs::read_to_string(example("stellantis-clinique-ombudsfin.yaml"))
        .unwrap()
        .replace('\n', "\r\n");
    files.push(("crlf.yaml".to_string(), crlf));
    for (name, original) in &files {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("dossier.yaml"), original).unwrap();
        rendered(dir.path());
        let (code, stdout, stderr) = sent(dir.path(), &[]);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        assert!(stdout.starts_with("recorded: level "), "{name}: {stdout}");
        let edited = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
        let added = added_lines(original, &edited);
        let end = if name == "crlf.yaml" { "\r\n" } else { "\n" };
        assert!(
            added.contains("- step: ") && added.ends_with(end),
            "{name}: {added:?}"
        );
        // The case still checks — but where the next level's address is known to no source
        // (American Express's mediator), which the person must give before writing to it.
        let run = recours_in(dir.path(), &["check", "dossier.yaml"]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        let faults: Vec<&str> = stderr
            .lines()
            .filter(|l| l.starts_with("error: "))
            .collect();
        assert!(
            run.status.success()
                || (name == "amex-fr-reclamation.yaml"
                    && faults.len() == 1
                    && faults[0].contains("letter.recipient_address: the postal address of Le Médiateur de l'ASF (American Express level 3, mediation) is not known")),
            "{name}: {stderr}"
        );
    }

    // `history: []` becomes a block list, its comment kept.
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace("letter:\n", "history: []   # rien encore\nletter:\n");
    std::fs::write(dir.path().join("dossier.yaml"), &original).unwrap();
    rendered(dir.path());
    let (code, _, stderr) = sent(dir.path(), &[]);
    assert_eq!(code, Some(0), "{stderr}");
    let edited = std::fs::read_to_string(dir.path().join("dossier.yaml")).unwrap();
    assert_eq!(
        edited,
        original.replace(
            "history: []   # rien encore\n",
            "history: # rien encore\n  - step: 1\n    date: 2026-07-02\n    channel: letter\n"
        )
    );
    assert!(
        recours_in(dir.path(), &["check", "dossier.yaml"])
            .status
            .success()
    );
}
