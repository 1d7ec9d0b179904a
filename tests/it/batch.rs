//! `recours batch`: a tree of good, invalid and not-yet-admissible cases; the report, the
//! evidence manifest, resuming, a run killed midway, and shards.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common::*;

fn recours(args: &[&str]) -> Output {
    crate::common::recours()
        .env("SOURCE_DATE_EPOCH", "1795305600") // 2026-11-22
        .args(args)
        .output()
        .unwrap()
}

fn text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn pdfs_under(dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

/// A tree of cases: four good ones (one in a subfolder), an invalid one, one not yet
/// admissible, and one in a hidden folder that must be ignored.
fn tree(root: &Path) -> PathBuf {
    let cases = root.join("cases");
    std::fs::create_dir_all(cases.join("clinique/2026")).unwrap();
    std::fs::create_dir_all(cases.join(".brouillons")).unwrap();
    for name in [
        "cetelem-fr-reclamation.yaml",
        "amex-fr-reclamation.yaml",
        "cetelem-be-plainte.yaml",
    ] {
        std::fs::copy(example(name), cases.join(name)).unwrap();
    }
    std::fs::copy(
        example("stellantis-clinique-ombudsfin.yaml"),
        cases.join("clinique/2026/janssens.yml"),
    )
    .unwrap();
    std::fs::write(
        cases.join("faute-de-frappe.yaml"),
        text(&example("cetelem-fr-mediation.yaml")).replace("  name: Marie", "  nmae: Marie"),
    )
    .unwrap();
    std::fs::write(
        cases.join("trop-tot.yaml"),
        text(&example("cetelem-fr-mediation.yaml"))
            .replace("  date: 2026-11-21", "  date: 2026-08-15"),
    )
    .unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        cases.join(".brouillons/ignore.yaml"),
    )
    .unwrap();
    cases
}

#[derive(Debug, serde::Deserialize)]
struct Report {
    cases: usize,
    written: usize,
    unchanged: usize,
    waiting: usize,
    failed: usize,
    rows: Vec<Row>,
}

#[derive(Debug, Clone, serde::Deserialize)]
struct Row {
    case: String,
    institution: Option<String>,
    level: Option<u32>,
    output: Option<String>,
    status: String,
    message: String,
    sha256: Option<String>,
    admissible_from: Option<String>,
    reason: Option<String>,
}

fn report(out: &Path) -> Report {
    serde_json::from_str(&text(&out.join("report.json"))).unwrap()
}

fn row<'a>(report: &'a Report, case_suffix: &str) -> &'a Row {
    report
        .rows
        .iter()
        .find(|r| r.case.ends_with(case_suffix))
        .unwrap_or_else(|| panic!("no row for {case_suffix}"))
}

#[test]
fn a_mixed_tree_gives_the_letters_the_report_and_the_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let cases = tree(dir.path());
    let out = dir.path().join("out");
    let run = recours(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--jobs",
        "2",
    ]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "a failed case makes the batch exit 1"
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.starts_with("6 cases: 4 written, 0 unchanged, 1 waiting, 1 failed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("faute-de-frappe.yaml") && stdout.contains("unknown key `nmae`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("trop-tot.yaml") && stdout.contains("not admissible yet"),
        "{stdout}"
    );

    assert_eq!(
        pdfs_under(&out),
        BTreeSet::from([
            "amex-fr-reclamation-niveau-2.pdf".to_string(),
            "cetelem-be-plainte-niveau-1.pdf".to_string(),
            "cetelem-fr-reclamation-niveau-1.pdf".to_string(),
            "clinique/2026/janssens-niveau-3.pdf".to_string(),
        ])
    );
    let letter = std::fs::read(out.join("clinique/2026/janssens-niveau-3.pdf")).unwrap();
    assert_shows(
        &pdf_text(&letter),
        "Ombudsfin Service de médiation des services financiers",
    );

    let report = report(&out);
    assert_eq!(
        (
            report.cases,
            report.written,
            report.unchanged,
            report.waiting,
            report.failed
        ),
        (6, 4, 0, 1, 1)
    );
    // Not admissible yet is not a failure: the row says from when, and why.
    let early = row(&report, "trop-tot.yaml");
    assert_eq!(early.status, "waiting");
    assert_eq!(early.admissible_from.as_deref(), Some("2026-09-03"));
    assert!(
        early
            .reason
            .as_deref()
            .is_some_and(|r| r.contains("runs until 2 September 2026")),
        "{early:?}"
    );
    assert_eq!(early.institution.as_deref(), Some("cetelem-fr"));
    let janssens = row(&report, "clinique/2026/janssens.yml");
    assert_eq!(janssens.institution.as_deref(), Some("stellantis-fs-belux"));
    assert_eq!(janssens.level, Some(3));
    assert_eq!(janssens.status, "written");
    assert_eq!(
        janssens.output.as_deref(),
        Some("clinique/2026/janssens-niveau-3.pdf")
    );
    assert_eq!(
        janssens.sha256.as_deref(),
        Some(recours::text::digest::sha256_hex(&letter).as_str())
    );
    let typo = row(&report, "faute-de-frappe.yaml");
    assert_eq!(
        (typo.status.as_str(), typo.output.as_deref()),
        ("failed", None)
    );
    assert!(
        typo.message
            .contains("faute-de-frappe.yaml:6:3: complainant.nmae"),
        "{}",
        typo.message
    );
    assert!(
        report.rows.iter().all(|r| !r.case.contains(".brouillons")),
        "hidden folders are skipped"
    );

    let csv = text(&out.join("report.csv"));
    assert!(csv.starts_with(
        "case,institution,level,output,status,message,sha256,admissible_from,reason\n"
    ));
    assert!(
        csv.lines().any(
            |l| l.contains("trop-tot.yaml,cetelem-fr,,,waiting,") && l.contains(",2026-09-03,")
        ),
        "{csv}"
    );
    let records = csv
        .lines()
        .filter(|l| l.starts_with(cases.to_str().unwrap()))
        .count();
    assert_eq!(
        records, 6,
        "one record a case (messages may span lines, quoted)"
    );
    assert!(
        csv.contains(",stellantis-fs-belux,3,clinique/2026/janssens-niveau-3.pdf,written,\"written; warning: Ombudsfin"),
        "{csv}"
    );

    let check = sha256sum_check(&out);
    assert!(
        check.status.success(),
        "sha256sum -c: {}",
        String::from_utf8_lossy(&check.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&check.stdout)
            .matches(": OK")
            .count(),
        4
    );

    // The dashboard beside the report: a row a case, each letter written linked.
    let html = text(&out.join("report.html"));
    assert_eq!(html.matches("<tr class=\"case ").count(), 6, "{html}");
    assert!(
        html.contains("<a href=\"clinique/2026/janssens-niveau-3.pdf\">"),
        "{html}"
    );
    assert!(
        html.contains("<td class=\"case\">trop-tot.yaml</td>"),
        "{html}"
    );
}

#[test]
fn a_rerun_skips_what_is_done_and_renders_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let cases = tree(dir.path());
    let out = dir.path().join("out");
    let args = [
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    recours(&args);
    let before = std::fs::read(out.join("amex-fr-reclamation-niveau-2.pdf")).unwrap();

    let again = recours(&args);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(
        stdout.starts_with("6 cases: 0 written, 4 unchanged, 1 waiting, 1 failed"),
        "{stdout}"
    );
    let second = report(&out);
    let amex_row = row(&second, "amex-fr-reclamation.yaml");
    assert_eq!(
        amex_row.message,
        "inputs unchanged since the letter was written"
    );
    // Every column of an unchanged row is kept.
    assert_eq!(amex_row.institution.as_deref(), Some("amex-fr"));
    assert_eq!(amex_row.level, Some(2));
    let janssens = row(&second, "clinique/2026/janssens.yml");
    assert_eq!(janssens.institution.as_deref(), Some("stellantis-fs-belux"));
    assert!(
        janssens.message.contains("warning: Ombudsfin"),
        "{}",
        janssens.message
    );
    // The dashboard still shows every case, the unchanged ones read again for it alone.
    let html = text(&out.join("report.html"));
    assert_eq!(html.matches("<tr class=\"case ").count(), 6, "{html}");
    assert_eq!(
        html.matches("<tr class=\"case blocked").count(),
        1,
        "{html}"
    );
    assert!(
        html.contains("<a href=\"amex-fr-reclamation-niveau-2.pdf\">"),
        "{html}"
    );

    let amex = cases.join("amex-fr-reclamation.yaml");
    std::fs::write(
        &amex,
        text(&amex).replace(
            "Relevé de compte de mai 2026",
            "Relevé de compte de mai 2026 (page 2)",
        ),
    )
    .unwrap();
    std::fs::write(
        cases.join("faute-de-frappe.yaml"),
        text(&example("cetelem-fr-mediation.yaml")),
    )
    .unwrap();
    let third = recours(&args);
    let stdout = String::from_utf8_lossy(&third.stdout);
    assert!(
        stdout.starts_with("6 cases: 2 written, 3 unchanged, 1 waiting, 0 failed"),
        "{stdout}"
    );
    // The earlier letter may have been posted: it is kept, and the new version is written
    // beside it under the letter's date.
    assert_eq!(
        std::fs::read(out.join("amex-fr-reclamation-niveau-2.pdf")).unwrap(),
        before,
        "a letter a batch wrote is evidence: never replaced"
    );
    let after = std::fs::read(out.join("amex-fr-reclamation-niveau-2-2026-06-01.pdf")).unwrap();
    assert_ne!(before, after, "the changed case was rendered again");
    assert_shows(&pdf_text(&after), "Relevé de compte de mai 2026 (page 2)");
    let amex_row = row(&report(&out), "amex-fr-reclamation.yaml").clone();
    assert_eq!(
        amex_row.message,
        "written beside amex-fr-reclamation-niveau-2.pdf, an earlier version of this letter kept as evidence (it may have been sent)"
    );
    assert_eq!(
        amex_row.output.as_deref(),
        Some("amex-fr-reclamation-niveau-2-2026-06-01.pdf")
    );
    // The manifest is append-only: both versions keep their line, and both check.
    let manifest = text(&out.join("SHA256SUMS"));
    for (name, bytes) in [
        ("amex-fr-reclamation-niveau-2.pdf", &before),
        ("amex-fr-reclamation-niveau-2-2026-06-01.pdf", &after),
    ] {
        assert!(
            manifest.contains(&format!(
                "{}  {name}\n",
                recours::text::digest::sha256_hex(bytes)
            )),
            "{manifest}"
        );
    }
    assert!(
        manifest.contains("# written 2026-11-22 for amex-fr-reclamation.yaml\n"),
        "{manifest}"
    );
    let check = sha256sum_check(&out);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    // Edited again the same day: a third version, numbered.
    std::fs::write(&amex, text(&amex).replace("(page 2)", "(pages 2 et 3)")).unwrap();
    recours(&args);
    assert_shows(
        &pdf_text(
            &std::fs::read(out.join("amex-fr-reclamation-niveau-2-2026-06-01-2.pdf")).unwrap(),
        ),
        "(pages 2 et 3)",
    );
    assert_eq!(
        std::fs::read(out.join("amex-fr-reclamation-niveau-2-2026-06-01.pdf")).unwrap(),
        after
    );

    let forced = recours(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--force",
    ]);
    let forced = String::from_utf8_lossy(&forced.stdout);
    assert!(
        forced.starts_with("6 cases: 1 written, 5 unchanged, 0 waiting, 0 failed"),
        "--force renders every case again, writes the one not admissible yet as `render --force` \
         does, and replaces no letter a batch wrote: {forced}",
    );
    // The letter written before its day is listed with what it risks.
    assert!(
        forced.contains("written with a warning: ")
            && forced.contains("level 3 is not admissible before"),
        "{forced}"
    );
    assert_eq!(
        row(&report(&out), "amex-fr-reclamation.yaml").message,
        "the same letter is already there"
    );
}

#[test]
fn waiting_cases_alone_exit_zero() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    std::fs::write(
        cases.join("trop-tot.yaml"),
        text(&example("cetelem-fr-mediation.yaml"))
            .replace("  date: 2026-11-21", "  date: 2026-08-15"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = recours(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("waiting: ") && stdout.contains("it will be from 3 September 2026"),
        "{stdout}"
    );
}

#[test]
fn a_letter_of_an_earlier_run_stays_in_the_manifest_when_its_case_fails_later() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    std::fs::copy(example("amex-fr-reclamation.yaml"), cases.join("amex.yaml")).unwrap();
    let out = dir.path().join("out");
    let args = [
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    assert_eq!(recours(&args).status.code(), Some(0));
    let letter = std::fs::read(out.join("amex-niveau-2.pdf")).unwrap();
    let line = format!(
        "# written 2026-11-22 for amex.yaml\n{}  amex-niveau-2.pdf\n",
        recours::text::digest::sha256_hex(&letter)
    );
    assert_eq!(text(&out.join("SHA256SUMS")), line);

    // The case is broken afterwards: the letter, perhaps posted, is still evidence.
    std::fs::write(
        cases.join("amex.yaml"),
        text(&cases.join("amex.yaml")).replace("  name: Jean", "  nmae: Jean"),
    )
    .unwrap();
    assert_eq!(recours(&args).status.code(), Some(1));
    assert_eq!(text(&out.join("SHA256SUMS")), line);
    // A letter changed by hand keeps its line (the manifest is append-only), and the check
    // says it no longer is what was written.
    std::fs::write(out.join("amex-niveau-2.pdf"), b"edited").unwrap();
    recours(&args);
    assert_eq!(text(&out.join("SHA256SUMS")), line);
    let check = sha256sum_check(&out);
    assert!(!check.status.success());
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("amex-niveau-2.pdf: FAILED"),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn a_letter_the_batch_did_not_write_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    std::fs::copy(example("cetelem-fr-reclamation.yaml"), cases.join("a.yaml")).unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("a-niveau-1.pdf"), b"a letter already sent").unwrap();
    let run = recours(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(
        std::fs::read(out.join("a-niveau-1.pdf")).unwrap(),
        b"a letter already sent"
    );
    assert!(
        row(&report(&out), "a.yaml")
            .message
            .contains("--force replaces it")
    );
}

#[test]
fn a_run_killed_midway_leaves_no_partial_letter_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    let generated = recours(&[
        "generate",
        "400",
        "-o",
        cases.to_str().unwrap(),
        "--seed",
        "11",
    ]);
    assert!(generated.status.success());
    let out = dir.path().join("out");
    let mut child = crate::common::recours()
        .args([
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--jobs",
            "2",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while pdfs_under(&out).len() < 40 && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let written = pdfs_under(&out);
    assert!(
        written.len() >= 40 && written.len() < 400,
        "killed midway: {} letters",
        written.len()
    );
    for pdf in &written {
        let bytes = std::fs::read(out.join(pdf)).unwrap();
        assert!(
            bytes.starts_with(b"%PDF") && bytes.trim_ascii_end().ends_with(b"%%EOF"),
            "{pdf} is partial"
        );
        lopdf::Document::load_mem(&bytes).unwrap_or_else(|e| panic!("{pdf} does not load: {e}"));
    }

    let rerun = recours(&[
        "batch",
        cases.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        rerun.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&rerun.stdout)
    );
    assert_eq!(pdfs_under(&out).len(), 400);
    let leftovers: Vec<_> = walkdir::WalkDir::new(&out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn shards_split_the_cases_between_runs() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    recours(&["generate", "60", "-o", cases.to_str().unwrap()]);
    let whole = dir.path().join("whole");
    let split = dir.path().join("split");
    assert!(
        recours(&[
            "batch",
            cases.to_str().unwrap(),
            "-o",
            whole.to_str().unwrap()
        ])
        .status
        .success()
    );
    let mut seen = Vec::new();
    for shard in ["1/3", "2/3", "3/3"] {
        let run = recours(&[
            "batch",
            cases.to_str().unwrap(),
            "-o",
            split.to_str().unwrap(),
            "--shard",
            shard,
        ]);
        assert!(run.status.success());
        let suffix = shard.replace('/', "-of-");
        let report: Report =
            serde_json::from_str(&text(&split.join(format!("report-{suffix}.json")))).unwrap();
        assert!(report.cases > 0, "shard {shard} is not empty");
        seen.extend(report.rows.into_iter().map(|r| r.case));
    }
    let distinct: BTreeSet<_> = seen
        .iter()
        .map(|c| Path::new(c).file_name().unwrap().to_owned())
        .collect();
    assert_eq!(seen.len(), 60, "every case in exactly one shard");
    assert_eq!(distinct.len(), 60);
    assert_eq!(pdfs_under(&split), pdfs_under(&whole));
}

#[test]
fn the_report_has_one_line_a_case_and_an_excel_form() {
    let dir = tempfile::tempdir().unwrap();
    let cases = tree(dir.path());
    let out = dir.path().join("out");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "batch",
            cases.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        recours(&args)
    };
    run(&[]);
    let csv = text(&out.join("report.csv"));
    assert_eq!(
        csv.lines().count(),
        7,
        "a header and one line a case:\n{csv}"
    );
    let typo = csv.lines().find(|l| l.contains("faute-de-frappe")).unwrap();
    assert!(typo.contains("complainant.nmae: unknown key"), "{typo}");
    assert!(typo.contains(" — help: did you mean `name`?"), "{typo}");
    assert!(!typo.contains("  |"), "no excerpt of the case file: {typo}");

    run(&["--excel"]);
    let bytes = std::fs::read(out.join("report.csv")).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for Excel"
    );
    let csv = String::from_utf8(bytes).unwrap();
    assert!(csv.starts_with(
        "\u{feff}case;institution;level;output;status;message;sha256;admissible_from;reason\r\n"
    ));
    assert_eq!(csv.matches("\r\n").count(), 7, "{csv}");
    assert!(
        csv.lines()
            .any(|l| l
                .contains(";stellantis-fs-belux;3;clinique/2026/janssens-niveau-3.pdf;unchanged;")),
        "{csv}"
    );
    // The JSON report does not change with the spreadsheet's form.
    assert!(text(&out.join("report.json")).contains("\"status\": \"unchanged\""));
}
