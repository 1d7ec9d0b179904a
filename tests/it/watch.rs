//! `recours watch` and `recours templates check`, as a template author uses them: an edit
//! gives a new PDF; a broken template gives its located error and the last good PDF stays.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// A running `recours watch` and its output lines.
struct Watching {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Watching {
    fn start(dir: &Path) -> Self {
        Self::start_with(dir, &["--templates", "templates"])
    }

    fn start_with(dir: &Path, options: &[&str]) -> Self {
        let mut child = recours()
            .current_dir(dir)
            .args(options)
            .args(["watch", "case.yaml", "-o", "letter.pdf"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines }
    }

    /// The next status (with the lines of its message), waiting at most ten seconds.
    fn next_status(&self) -> String {
        let first = loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(10))
                .expect("a status within ten seconds");
            if line.contains("  rendered ") || line.contains("  error") {
                break line;
            }
        };
        let mut status = first;
        while let Ok(more) = self.lines.recv_timeout(Duration::from_millis(200)) {
            status.push('\n');
            status.push_str(&more);
        }
        status
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The status without its clock.
fn without_clock(status: &str) -> String {
    status
        .split_once("  ")
        .map(|(_, rest)| rest.to_string())
        .unwrap_or_default()
}

#[test]
fn watch_renders_each_save_and_keeps_the_last_good_pdf_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(&dir.path().join("templates"));
    let case = dir.path().join("case.yaml");
    std::fs::copy(example("cetelem-fr-reclamation.yaml"), &case).unwrap();
    let pdf = dir.path().join("letter.pdf");

    let watching = Watching::start(dir.path());
    let first = watching.next_status();
    assert!(
        first.contains("rendered letter.pdf (1 page) in "),
        "{first}"
    );
    assert_shows(&pdf_text_of(&pdf), "Frais de retard prélevés à tort");

    // A case edit.
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(
        &case,
        std::fs::read_to_string(&case).unwrap().replace(
            "Frais de retard prélevés à tort",
            "Frais de relance contestés",
        ),
    )
    .unwrap();
    let second = watching.next_status();
    assert!(second.contains("rendered letter.pdf"), "{second}");
    assert_shows(
        &pdf_text_of(&pdf),
        "Objet : Réclamation – Frais de relance contestés",
    );

    // A template edit.
    let layout = dir.path().join("templates/layout.typ");
    let good_layout = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(
        &layout,
        good_layout.replace("[{{ labels.facts }}]", "[{{ labels.facts }} (édité)]"),
    )
    .unwrap();
    let third = watching.next_status();
    assert!(third.contains("rendered letter.pdf"), "{third}");
    let good = std::fs::read(&pdf).unwrap();
    assert_shows(&pdf_text(&good), "Exposé des faits (édité)");

    // A Tera mistake: located at the template's line and column; the last good PDF stays.
    std::fs::write(
        &layout,
        good_layout.replace("{{ salutation }}", "{{ salutaton }}"),
    )
    .unwrap();
    let broken = watching.next_status();
    assert!(
        broken.contains("error (the last good PDF is kept)"),
        "{broken}"
    );
    insta::assert_snapshot!(
        "watch_tera_error",
        without_clock(&broken).replace(&dir.path().display().to_string(), "DIR")
    );
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        good,
        "the last good PDF stays"
    );

    // A Typst mistake: mapped back to the template line the markup came from.
    std::fs::write(
        &layout,
        good_layout.replace(
            "#text(weight: \"bold\")[{{ labels.facts }}]",
            "#text(weight: \"bold\")[{{ labels.facts }}",
        ),
    )
    .unwrap();
    let broken = watching.next_status();
    let line = good_layout
        .lines()
        .position(|l| l.contains("[{{ labels.facts }}]"))
        .unwrap()
        + 1;
    assert!(
        broken.contains(&format!("templates/layout.typ:{line}: ")),
        "{broken}"
    );
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        good,
        "the last good PDF stays"
    );

    // Mended: rendered again.
    std::fs::write(&layout, &good_layout).unwrap();
    assert!(watching.next_status().contains("rendered letter.pdf"));
}

#[test]
fn after_a_template_error_watch_never_calls_the_last_good_pdf_rendered() {
    let dir = tempfile::tempdir().unwrap();
    copy_templates(&dir.path().join("templates"));
    let case = dir.path().join("case.yaml");
    std::fs::copy(example("cetelem-fr-reclamation.yaml"), &case).unwrap();
    let pdf = dir.path().join("letter.pdf");
    let watching = Watching::start(dir.path());
    assert!(watching.next_status().contains("rendered letter.pdf"));
    let good = std::fs::read(&pdf).unwrap();

    // A template that cannot be parsed at all.
    let layout = dir.path().join("templates/layout.typ");
    let good_layout = std::fs::read_to_string(&layout).unwrap();
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(
        &layout,
        good_layout.replace("{% if registered %}", "{% if %}"),
    )
    .unwrap();
    let broken = watching.next_status();
    assert!(
        broken.contains(
            "error (the PDF is the last good one; this error stands until a save fixes it)"
        ) && broken.contains("layout.typ"),
        "{broken}"
    );
    // An edit of the case does not hide it: the letter is not rendered from the old templates.
    std::fs::write(
        &case,
        std::fs::read_to_string(&case)
            .unwrap()
            .replace("Frais de retard prélevés à tort", "Frais contestés"),
    )
    .unwrap();
    let still = watching.next_status();
    assert!(!still.contains("rendered"), "{still}");
    assert!(still.contains("this error stands"), "{still}");
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        good,
        "the last good PDF stays"
    );

    // Mended: rendered, with the case as it is now.
    std::fs::write(&layout, &good_layout).unwrap();
    assert!(watching.next_status().contains("rendered letter.pdf"));
    assert_shows(&pdf_text_of(&pdf), "Frais contestés");
}

#[test]
fn templates_check_reports_every_error_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    copy_templates(&templates);
    let layout = templates.join("layout.typ");
    let good_layout = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(
        templates.join("complaint.typ"),
        "{% extends \"layout.typ\" %}\n{% block prior_steps %}{{ no_such_value }}{% endblock prior_steps %}\n",
    )
    .unwrap();
    std::fs::write(
        templates.join("mediation.cetelem-fr.typ"),
        "{% extends \"layout.typ\" %}\n{% block prior_steps_title %}#emph[Étapes{% endblock prior_steps_title %}\n",
    )
    .unwrap();
    std::fs::write(templates.join("complaint.nowhere.typ"), "x").unwrap();

    let run = recours()
        .current_dir(dir.path())
        .args(["--templates", "templates", "templates", "check"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let report = String::from_utf8(run.stdout).unwrap();
    assert!(
        report.contains("templates/complaint.nowhere.typ: named for the institution `nowhere`"),
        "{report}"
    );
    assert!(
        report.contains("Variable `no_such_value` is not defined")
            && report.contains("--> complaint.typ:2:"),
        "{report}"
    );
    assert!(
        report.contains("templates/mediation.cetelem-fr.typ:2: unclosed delimiter"),
        "{report}"
    );
    assert!(report.trim_end().ends_with("errors"), "{report}");

    // A template that does not even parse stops the check at once, located.
    copy_templates(&templates);
    std::fs::write(
        &layout,
        good_layout.replace("{{ closing }}", "{{ closing | no_such_filter }}"),
    )
    .unwrap();
    let run = recours()
        .current_dir(dir.path())
        .args(["--templates", "templates", "templates", "check"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    assert!(
        stderr.contains("Unknown filter `no_such_filter`") && stderr.contains("--> layout.typ:"),
        "{stderr}"
    );

    let fine = recours()
        .args(["templates", "check", "--cases", "examples"])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(
        fine.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&fine.stdout)
    );
    assert!(String::from_utf8_lossy(&fine.stdout).ends_with("letters rendered, 0 errors\n"));
}

#[test]
fn watch_follows_the_message_files_of_locales() {
    let dir = tempfile::tempdir().unwrap();
    let locales = dir.path().join("locales/fr");
    std::fs::create_dir_all(&locales).unwrap();
    let french = std::fs::read_to_string(root().join("locales/fr/lettre.ftl")).unwrap();
    std::fs::write(locales.join("lettre.ftl"), &french).unwrap();
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let pdf = dir.path().join("letter.pdf");
    let watching = Watching::start_with(dir.path(), &["--locales", "locales"]);
    assert!(watching.next_status().contains("rendered letter.pdf"));
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(
        locales.join("lettre.ftl"),
        french.replace(
            "statement-no-court = Aucune juridiction n’est saisie de ce litige.",
            "statement-no-court = Aucun tribunal n’est saisi.",
        ),
    )
    .unwrap();
    let status = watching.next_status();
    assert!(status.contains("rendered letter.pdf"), "{status}");
    assert_shows(&pdf_text_of(&pdf), "Aucun tribunal n’est saisi.");
}

#[test]
fn a_preview_of_a_level_not_admissible_yet_says_so_and_is_marked_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("case.yaml"),
        std::fs::read_to_string(example("cetelem-fr-mediation.yaml"))
            .unwrap()
            .replace("  date: 2026-11-21", "  date: 2026-08-15"),
    )
    .unwrap();
    let pdf = dir.path().join("letter.pdf");
    let watching = Watching::start_with(dir.path(), &[]);
    let status = watching.next_status();
    assert!(status.contains("rendered letter.pdf"), "{status}");
    assert!(
        status.contains(
            "\n  not to be sent yet: level 3 is admissible from 3 September 2026 (the step of 1 August 2026 (level 2) is unanswered"
        ),
        "{status}"
    );
    assert!(
        status.contains(
            "the preview is marked « PROJET », and `recours render` refuses it until then"
        ),
        "{status}"
    );
    let text = pdf_text_of(&pdf);
    assert!(text.contains("PROJET"), "{text}");

    // The same letter once admissible: no mark, no note.
    std::thread::sleep(Duration::from_millis(50));
    std::fs::copy(
        example("cetelem-fr-mediation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let status = watching.next_status();
    assert!(!status.contains("not to be sent"), "{status}");
    assert!(!pdf_text_of(&pdf).contains("PROJET"));

    // A letter render writes is never marked, even forced before its day.
    let forced = recours()
        .current_dir(dir.path())
        .args([
            "render",
            "case.yaml",
            "--date",
            "2026-08-15",
            "--force",
            "-o",
            "forced.pdf",
        ])
        .output()
        .unwrap();
    assert!(forced.status.success());
    assert!(!pdf_text_of(dir.path().join("forced.pdf")).contains("PROJET"));
}

#[test]
fn watch_follows_a_clinics_registry_folder() {
    use crate::clinic_registry::{CASE, CLINIC_REGISTRY, clinic_folder};
    let dir = tempfile::tempdir().unwrap();
    let clinic = clinic_folder(dir.path(), "credit-exemple.yaml", CLINIC_REGISTRY);
    std::fs::write(dir.path().join("case.yaml"), CASE).unwrap();
    let pdf = dir.path().join("letter.pdf");
    let watching = Watching::start_with(dir.path(), &["--registry-dir", "registre"]);
    let status = watching.next_status();
    assert!(status.contains("rendered letter.pdf"), "{status}");
    assert_shows(&pdf_text_of(&pdf), "10 rue de l’Exemple");
    // The clinic corrects the address in its registry file: the letter follows.
    std::thread::sleep(Duration::from_millis(50));
    std::fs::write(
        clinic.join("credit-exemple.yaml"),
        CLINIC_REGISTRY.replace("10 rue de l'Exemple", "12 avenue de l'Essai"),
    )
    .unwrap();
    let status = watching.next_status();
    assert!(status.contains("rendered letter.pdf"), "{status}");
    assert_shows(&pdf_text_of(&pdf), "12 avenue de l’Essai");
}
