//! Personal data and paths: a full card number appears in no output — letter, markup, report,
//! message —, the national register number only in letters whose level cites it; templates
//! cannot reach outside their folder; output faults leave nothing behind.

use std::path::Path;
use std::process::Command;

use crate::common::*;

/// The public test card numbers the examples and generated cases use, in digits.
const CARDS: [&str; 4] = [
    "4111111111111111",
    "5555555555554444",
    "378282246310005",
    "371449635398431",
];

fn digits(text: &str) -> String {
    text.chars().filter(|c| c.is_ascii_digit()).collect()
}

#[track_caller]
fn assert_no_card(what: &str, text: &str) {
    let only_digits = digits(text);
    for card in CARDS {
        assert!(
            !only_digits.contains(card),
            "{what} shows the card number {}…",
            &card[..4]
        );
    }
}

#[test]
fn no_output_of_a_batch_shows_a_card_number() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    for path in example_paths() {
        std::fs::copy(&path, cases.join(path.file_name().unwrap())).unwrap();
    }
    let generated = recours()
        .args(["generate", "60", "-o"])
        .arg(&cases)
        .output()
        .unwrap();
    assert!(generated.status.success());
    // A case whose card number is mistyped: its error is reported too.
    let typo = std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace("5555 5555 5555 4444", "5555 5555 5555 4445");
    std::fs::write(cases.join("typo.yaml"), typo).unwrap();

    let out = dir.path().join("out");
    let run = recours()
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .args(["batch"])
        .arg(&cases)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_no_card("the batch's summary", &String::from_utf8_lossy(&run.stdout));
    assert_no_card(
        "the batch's progress and errors",
        &String::from_utf8_lossy(&run.stderr),
    );
    assert!(
        digits(&String::from_utf8_lossy(&run.stdout)).contains("4445"),
        "the typo is reported by its last digits"
    );
    let mut letters = 0;
    for entry in walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        let bytes = std::fs::read(entry.path()).unwrap();
        let name = entry.path().display().to_string();
        if name.ends_with(".pdf") {
            letters += 1;
            assert_no_card(&name, &pdf_text(&bytes));
            for stream in pdf_all_bytes(&bytes) {
                assert_no_card(&name, &String::from_utf8_lossy(&stream));
            }
        } else {
            assert_no_card(&name, &String::from_utf8_lossy(&bytes));
        }
    }
    assert!(letters > 50, "{letters} letters scanned");
}

#[test]
fn no_output_of_the_bad_input_corpus_nor_of_check_shows_a_card_number() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = recours()
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .arg("batch")
        .arg(root().join("tests/bad-inputs"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_no_card("the corpus batch's summary", &stdout);
    assert_no_card(
        "the corpus batch's errors",
        &String::from_utf8_lossy(&run.stderr),
    );
    let mut reports = 0;
    for entry in walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
    {
        reports += 1;
        let name = entry.path().display().to_string();
        assert!(
            !name.ends_with(".pdf"),
            "no letter from a bad input: {name}"
        );
        assert_no_card(&name, &std::fs::read_to_string(entry.path()).unwrap());
    }
    assert!(reports >= 2, "{reports} reports scanned");
    // Every message of the corpus, as `check` prints it in full (with its source line).
    for entry in std::fs::read_dir(root().join("tests/bad-inputs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let check = recours().arg("check").arg(&path).output().unwrap();
        assert_no_card(
            &path.display().to_string(),
            &String::from_utf8_lossy(&check.stderr),
        );
        assert_no_card(
            &path.display().to_string(),
            &String::from_utf8_lossy(&check.stdout),
        );
    }
    // The examples' timelines, for people and for scripts.
    for path in example_paths() {
        for format in ["text", "json"] {
            let check = recours()
                .env("SOURCE_DATE_EPOCH", "1795305600")
                .arg("check")
                .arg(&path)
                .args(["--format", format])
                .output()
                .unwrap();
            assert!(check.status.success(), "{}", path.display());
            let what = format!("check --format {format} {}", path.display());
            assert_no_card(&what, &String::from_utf8_lossy(&check.stdout));
            assert_no_card(&what, &String::from_utf8_lossy(&check.stderr));
        }
    }
}

#[test]
fn no_snapshot_shows_a_card_number() {
    let mut scanned = 0;
    for entry in walkdir::WalkDir::new(root().join("tests"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|e| e == "snap"))
    {
        scanned += 1;
        let text = std::fs::read_to_string(entry.path()).unwrap();
        assert_no_card(&entry.path().display().to_string(), &text);
    }
    assert!(scanned >= 10, "{scanned} snapshots scanned");
}

#[test]
fn a_card_number_pasted_into_free_text_is_printed_masked_and_pointed_at() {
    let dir = tempfile::tempdir().unwrap();
    let case = std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
        .unwrap()
        .replace(
            "    reference: REC-2026-1234",
            "    reference: 4111.1111.1111.1111",
        )
        .replace(
            "    Le 3 juin 2026,",
            "    Payé avec la carte 3782 822463 10005. Le 3 juin 2026,",
        );
    assert!(case.contains("4111.1111") && case.contains("3782 822463"));
    std::fs::write(dir.path().join("case.yaml"), &case).unwrap();
    let run = recours_in(dir.path(), &["render", "case.yaml", "-o", "letter.pdf"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert_no_card("the render's messages", &stderr);
    let facts_line = case.lines().position(|l| l.contains("3782")).unwrap() + 1;
    let step_line = case.lines().position(|l| l.contains("4111")).unwrap() + 1;
    assert!(
        stderr.contains(&format!(
            "case.yaml:{facts_line}:24: dispute.facts holds a card number (XXXX XXXXXX X0005)"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "case.yaml:{step_line}:16: history[0].reference holds a card number (XXXX XXXX XXXX 1111)"
        )),
        "{stderr}"
    );
    let bytes = std::fs::read(dir.path().join("letter.pdf")).unwrap();
    let text = pdf_text(&bytes);
    assert_no_card("the letter", &text);
    for stream in pdf_all_bytes(&bytes) {
        assert_no_card("the letter's streams", &String::from_utf8_lossy(&stream));
    }
    let folded = fold_whitespace(&text);
    assert!(
        folded.contains("Payé avec la carte XXXX XXXXXX X0005."),
        "{folded}"
    );
    assert!(folded.contains("XXXX XXXX XXXX 1111"), "{folded}");
}

#[test]
fn the_national_register_only_where_the_level_cites_it() {
    let engine = engine();
    let complaint = render_file(&engine, &example("cetelem-be-plainte.yaml"));
    assert!(
        digits(&pdf_text(&complaint.pdf.bytes)).contains("93051822361"),
        "level 1 cites it"
    );
    let referral = std::fs::read_to_string(example("cetelem-be-plainte.yaml"))
        .unwrap()
        .replace("attachments:\n", "history:\n  - {step: 1, date: 2026-08-20, channel: email, answer: {date: 2026-09-01}}\nattachments:\n")
        .replace("  tracking: \"RR 1234 5678 9BE\"\n", "");
    let rendered = render_text(&engine, "referral.yaml", &referral).unwrap();
    assert_eq!(rendered.letter.level, 2);
    assert!(
        !digits(&pdf_text(&rendered.pdf.bytes)).contains("93051822361"),
        "the mediator's letter does not show it"
    );
    assert!(!digits(&rendered.markup).contains("93051822361"));
}

#[test]
fn templates_cannot_reach_outside_their_folder() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    copy_templates(&templates);
    let secret = dir.path().join("secret.typ");
    std::fs::write(&secret, "SECRET CONTENT").unwrap();
    // A link inside the folder to a file outside is not read.
    std::os::unix::fs::symlink(&secret, templates.join("linked.typ")).unwrap();
    let engine = recours::Engine::new(None, Some(&templates)).unwrap();
    assert!(
        engine.templates.text("linked.typ").is_none(),
        "a link out of the folder is not followed"
    );
    // Including a file by a relative path reaches only templates of the set, by name.
    std::fs::write(
        templates.join("complaint.cetelem-fr.typ"),
        "{% extends \"layout.typ\" %}{% block prior_steps %}{% include \"../secret.typ\" %}{% endblock prior_steps %}",
    )
    .unwrap();
    let error = recours::Engine::new(None, Some(&templates))
        .err()
        .expect("refused")
        .to_string();
    assert!(error.contains("../secret.typ"), "{error}");
    assert!(!error.contains("SECRET CONTENT"), "{error}");
}

#[test]
fn output_faults_are_clear_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("cetelem-fr-reclamation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("a-file"), "not a folder").unwrap();
    let render = |out: &str| recours_in(dir.path(), &["render", "case.yaml", "-o", out]);
    let missing = render("no/such/folder/letter.pdf");
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("cannot write no/such/folder/letter.pdf")
    );
    assert!(
        String::from_utf8_lossy(&missing.stderr)
            .contains("the folder no/such/folder does not exist")
    );
    let in_the_way = render("a-file/letter.pdf");
    assert_eq!(in_the_way.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&in_the_way.stderr).contains(
            "cannot write a-file/letter.pdf: a-file is a file, and it stands where a folder is needed\n  help: choose another output folder, or move the file a-file out of the way"
        )
    );
    for out in ["a-file/", "a-file/deeper/letter.pdf"] {
        let stderr = String::from_utf8_lossy(&render(out).stderr).into_owned();
        assert!(stderr.contains("a-file is a file"), "{out}: {stderr}");
        assert!(!stderr.contains("os error"), "{out}: {stderr}");
    }
    let batch = recours_in(dir.path(), &["batch", ".", "-o", "a-file"]);
    assert_eq!(batch.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&batch.stderr),
        "error: cannot write a-file: a-file is a file, and a folder is needed here\n  help: give a folder (it is created if need be), e.g. -o lettres/\n"
    );
    let left: Vec<String> = walk(dir.path());
    assert_eq!(left, ["a-file", "case.yaml"], "nothing partial is left");
    // A folder named as one (`-o lettres/`) is created, as `batch -o` does.
    let folder = render("lettres/");
    assert!(
        folder.status.success(),
        "{}",
        String::from_utf8_lossy(&folder.stderr)
    );
    assert!(dir.path().join("lettres/case-niveau-1.pdf").is_file());
}

/// The images of a PDF: (width, height) of each image XObject.
fn pdf_images(bytes: &[u8]) -> Vec<(i64, i64)> {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    document
        .objects
        .values()
        .filter_map(|object| match object {
            lopdf::Object::Stream(stream)
                if stream.dict.get(b"Subtype").ok()
                    == Some(&lopdf::Object::Name(b"Image".to_vec()))
                    && stream.dict.get(b"SMask").is_ok() =>
            {
                Some((
                    stream.dict.get(b"Width").unwrap().as_i64().unwrap(),
                    stream.dict.get(b"Height").unwrap().as_i64().unwrap(),
                ))
            }
            _ => None,
        })
        .collect()
}

fn case_with_signature(dir: &Path, image: &str) -> String {
    let case = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace(
            "letter:\n",
            &format!("letter:\n  signature_image: {image}\n"),
        );
    std::fs::create_dir_all(dir.join("cases/scans")).unwrap();
    std::fs::write(dir.join("cases/case.yaml"), &case).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/signature.png"),
        dir.join("cases/scans/signature.png"),
    )
    .unwrap();
    case
}

#[test]
fn a_signature_image_from_the_case_folder_is_printed_above_the_name() {
    let dir = tempfile::tempdir().unwrap();
    case_with_signature(dir.path(), "scans/signature.png");
    let run = recours_in(dir.path(), &["render", "cases/case.yaml"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bytes = std::fs::read(dir.path().join("cases/case-niveau-1.pdf")).unwrap();
    assert_eq!(
        pdf_images(&bytes),
        [(240, 80)],
        "the scanned signature, once"
    );
    let text = pdf_text(&bytes);
    assert_shows(&text, "salutations distinguées.");
    assert_shows(&text, "Marie Dubois");
    assert_eq!(pdf_info(&bytes).0, 1);
    // Without it, the letter has no image.
    let plain = render_file(&engine(), &example("cetelem-fr-reclamation.yaml"));
    assert!(pdf_images(&plain.pdf.bytes).is_empty());
}

#[test]
fn a_signature_image_cannot_be_read_from_outside_the_case_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("secret.png"), b"\x89PNG\r\n\x1a\nSECRET").unwrap();
    let attempts = [
        ("../secret.png", "goes up out of the case's folder"),
        ("scans/../../secret.png", "goes up out of the case's folder"),
        (
            &*dir.path().join("secret.png").display().to_string(),
            "is given by an absolute path",
        ),
        ("link.png", "is a link to a file outside the case's folder"),
    ];
    for (image, problem) in attempts {
        let case = case_with_signature(dir.path(), image);
        let _ = std::fs::remove_file(dir.path().join("cases/link.png"));
        std::os::unix::fs::symlink(
            dir.path().join("secret.png"),
            dir.path().join("cases/link.png"),
        )
        .unwrap();
        let run = recours_in(dir.path(), &["render", "cases/case.yaml"]);
        let stderr = String::from_utf8_lossy(&run.stderr);
        let line = case
            .lines()
            .position(|l| l.contains("signature_image"))
            .unwrap()
            + 1;
        assert_eq!(run.status.code(), Some(1), "{image}: {stderr}");
        assert!(
            stderr.starts_with(&format!(
                "error: cases/case.yaml:{line}:20: letter.signature_image: "
            )) && stderr.contains(problem),
            "{image}: {stderr}"
        );
        assert!(!stderr.contains("SECRET"));
        assert!(!dir.path().join("cases/case-niveau-1.pdf").exists());
    }
}

/// A command run as a user who cannot write the folders it does not own: as itself, or, when
/// the tests run as root (who writes anywhere, as in CI), as `nobody` through `setpriv`. The
/// binary is copied into `dir` first, so that `nobody` can reach it wherever the build is.
fn as_unprivileged(dir: &Path) -> Command {
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { libc::geteuid() } != 0 {
        return recours();
    }
    let binary = dir.join("recours");
    std::fs::copy(env!("CARGO_BIN_EXE_recours"), &binary).unwrap();
    let mut command = Command::new("setpriv");
    command
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(binary)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8");
    command
}

#[test]
fn a_read_only_output_folder_is_a_clear_error_and_nothing_is_left() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let case = dir.path().join("case.yaml");
    std::fs::copy(example("cetelem-fr-reclamation.yaml"), &case).unwrap();
    std::fs::set_permissions(&case, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();

    let render = as_unprivileged(dir.path())
        .current_dir(dir.path())
        .args(["render", "case.yaml", "-o", "out/letter.pdf"])
        .output()
        .expect("setpriv (util-linux) runs the test as nobody when the tests run as root");
    let stderr = String::from_utf8_lossy(&render.stderr);
    assert_eq!(render.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: cannot write out/letter.pdf: permission denied: the folder out cannot be written by this user\n  help: "
        ),
        "{stderr}"
    );
    assert!(
        !stderr.contains(".part"),
        "no temporary file is named: {stderr}"
    );

    let batch = as_unprivileged(dir.path())
        .current_dir(dir.path())
        .args(["batch", ".", "-o", "out"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&batch.stderr);
    assert_eq!(batch.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: cannot write out/report.csv: permission denied: the folder out cannot be written by this user"
        ),
        "the batch stops once, before any case: {stderr}"
    );
    assert!(walk(&out).is_empty(), "nothing is left in the folder");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn render_into_a_folder_writes_the_default_name_there() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("cetelem-fr-reclamation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("letters")).unwrap();
    let run = recours_in(dir.path(), &["render", "case.yaml", "-o", "letters"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "wrote: letters/case-niveau-1.pdf\n  Cetelem (BNP Paribas Personal Finance) level 1 (complaint), to Service client Cetelem; 1 page\n  envelope:\n    Service client Cetelem\n    95908 Cergy Pontoise Cedex 9\n  send: by post\n  or: in the web form (espace client, rubrique « Mail », objet « Réclamation pour un crédit à la consommation »): `recours render case.yaml --format text` prints what it asks for; attach the PDF\n"
    );
    let written = std::fs::read(dir.path().join("letters/case-niveau-1.pdf")).unwrap();
    assert_shows(&pdf_text(&written), "Service client");
    // The summary names the recipient in one phrase, even when the envelope splits it.
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("mediation.yaml"),
    )
    .unwrap();
    let run = recours_in(dir.path(), &["render", "mediation.yaml", "-o", "letters"]);
    assert!(
        String::from_utf8_lossy(&run.stdout).contains(
            "Cetelem (BNP Paribas Personal Finance) level 3 (mediation), to La Médiatrice auprès de BNP Paribas Personal Finance; 1 page"
        ),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
}

fn walk(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .flatten()
        .map(|e| e.path().strip_prefix(dir).unwrap().display().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn a_draft_is_replaced_only_with_force_and_a_sent_letter_never() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    let original = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml")).unwrap();
    std::fs::write(&case, &original).unwrap();
    assert!(
        recours_in(dir.path(), &["render", "case.yaml"])
            .status
            .success()
    );
    let first = std::fs::read(dir.path().join("case-niveau-1.pdf")).unwrap();

    // A typo fixed in the draft: refused, with what to do.
    let fixed = original.replacen("  facts: |\n", "  facts: |\n    Précision.\n", 1);
    assert_ne!(fixed, original);
    std::fs::write(&case, &fixed).unwrap();
    let refused = recours_in(dir.path(), &["render", "case.yaml"]);
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("a letter already sent is evidence"),
        "{stderr}"
    );
    assert!(
        stderr.contains("if that letter was never sent (a draft you are correcting), pass --force")
            && stderr.contains("`recours watch`"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("case-niveau-1.pdf")).unwrap(),
        first
    );
    let forced = recours_in(dir.path(), &["render", "case.yaml", "--force"]);
    assert!(forced.status.success());
    assert!(
        String::from_utf8_lossy(&forced.stderr).contains("held another letter; replaced (--force)")
    );
    let draft = std::fs::read(dir.path().join("case-niveau-1.pdf")).unwrap();
    assert_ne!(draft, first);

    // Once the history records level 1 as sent, its letter is never replaced.
    let sent = fixed.replace("Précision.", "Précision, encore.").replace(
        "letter:\n",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter:\n  step: 1\n",
    );
    std::fs::write(&case, &sent).unwrap();
    let refused = recours_in(
        dir.path(),
        &["render", "case.yaml", "--step", "1", "--force"],
    );
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "holds a letter of level 1, which the case's history records as sent on 2 July 2026: it is evidence and is never replaced, not even with --force"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("-o case-niveau-1-2026-07-02.pdf"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("case-niveau-1.pdf")).unwrap(),
        draft
    );
    let elsewhere = recours_in(
        dir.path(),
        &[
            "render",
            "case.yaml",
            "--step",
            "1",
            "-o",
            "case-niveau-1-2026-07-02.pdf",
        ],
    );
    assert!(
        elsewhere.status.success(),
        "{}",
        String::from_utf8_lossy(&elsewhere.stderr)
    );
}

#[test]
fn a_fault_about_the_level_asked_on_the_command_line_points_at_the_option() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("cetelem-fr-reclamation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let run = recours_in(
        dir.path(),
        &["render", "case.yaml", "--step", "3", "--force"],
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: case.yaml: --step 3: level 3 (mediation) of Cetelem comes after level 1"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("--force does not override it"), "{stderr}");
    assert!(
        !stderr.contains(" | "),
        "no unrelated source line is shown: {stderr}"
    );
}

#[test]
fn a_fault_about_the_date_given_on_the_command_line_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let run = recours_in(dir.path(), &["check", "case.yaml", "--date", "2026-07-01"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with(
            "error: case.yaml:31:11: history[0].date: this step is dated 2 July 2026, after the letter's date 1 July 2026 (given with --date)"
        ),
        "{stderr}"
    );
}
