//! Helpers shared by the integration tests: rendering a case and reading the PDF back as the
//! reader of the letter would see it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use recours::{CaseFile, Engine, PlanOptions, Rendered};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

/// Every shipped example case, in name order.
pub fn example_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

/// Copies the project's templates into `to` (created if missing), for tests that edit them.
pub fn copy_templates(to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(root().join("letter-templates")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

pub fn engine() -> Engine {
    Engine::new(None, None).expect("the built-in registry and templates load")
}

/// The day the tests pretend it is, when a case gives no letter date.
pub fn test_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

pub fn render_file(engine: &Engine, path: &Path) -> Rendered {
    let file = CaseFile::load(path).expect("the case parses");
    engine
        .render(
            &file,
            PlanOptions {
                today: test_today(),
                ..PlanOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{} renders: {e}", path.display()))
}

pub fn render_text(engine: &Engine, name: &str, text: &str) -> Result<Rendered, recours::Error> {
    let file = CaseFile::parse(text.to_string(), Path::new(name))?;
    engine.render(
        &file,
        PlanOptions {
            today: test_today(),
            ..PlanOptions::default()
        },
    )
}

/// The PDF's text as extracted by a PDF reader, with runs of whitespace (no-break spaces
/// included) folded to one space.
pub fn pdf_text(bytes: &[u8]) -> String {
    let raw = pdf_extract::extract_text_from_mem(bytes).expect("the PDF's text can be extracted");
    fold_whitespace(&raw)
}

/// The text of the PDF at `path` (see [`pdf_text`]).
#[track_caller]
pub fn pdf_text_of(path: impl AsRef<std::path::Path>) -> String {
    let path = path.as_ref();
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    pdf_text(&bytes)
}

pub fn fold_whitespace(text: &str) -> String {
    text.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Asserts that the letter shows `needle`. Whitespace is ignored on both sides: a PDF reader
/// joins the lines of one block without a separator ("12 rue des Lilas59000 Lille").
#[track_caller]
pub fn assert_shows(text: &str, needle: &str) {
    assert!(
        without_whitespace(text).contains(&without_whitespace(needle)),
        "the letter does not show «{needle}»; its text is:\n{text}"
    );
}

pub fn pdf_info(bytes: &[u8]) -> (usize, std::collections::BTreeMap<String, String>) {
    let document = lopdf::Document::load_mem(bytes).expect("lopdf reads the PDF");
    let pages = document.get_pages().len();
    let mut info = std::collections::BTreeMap::new();
    if let Ok(lopdf::Object::Reference(id)) = document.trailer.get(b"Info")
        && let Ok(dict) = document.get_dictionary(*id)
    {
        for (key, value) in dict.iter() {
            let text = match value {
                lopdf::Object::String(bytes, _) => decode_pdf_string(bytes),
                other => format!("{other:?}"),
            };
            info.insert(String::from_utf8_lossy(key).into_owned(), text);
        }
    }
    if let Ok(catalog) = document.catalog()
        && let Ok(lopdf::Object::String(lang, _)) = catalog.get(b"Lang")
    {
        info.insert("Lang".into(), decode_pdf_string(lang));
    }
    (pages, info)
}

/// Every stream of the PDF, decompressed, with the raw file: where a leaked number would be.
pub fn pdf_all_bytes(bytes: &[u8]) -> Vec<Vec<u8>> {
    let document = lopdf::Document::load_mem(bytes).expect("lopdf reads the PDF");
    let mut out = vec![bytes.to_vec()];
    for object in document.objects.values() {
        if let lopdf::Object::Stream(stream) = object {
            out.push(
                stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            );
        }
    }
    out
}

fn decode_pdf_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xfe, 0xff]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        bytes.iter().map(|&b| b as char).collect()
    }
}

/// What a person would write in place of each placeholder.
pub fn fill(text: &str) -> String {
    let value_for = |key: &str, hint: &str| -> String {
        match key {
            "name" => "Camille Essai".into(),
            "product" => "contrat de crédit".into(),
            "subject" => "Frais prélevés à tort".into(),
            "date" => "2026-07-02".into(),
            "member_number" => "A-1234".into(),
            "card_number" => "\"4111 1111 1111 1111\"".into(),
            "contract_number" => "C-77".into(),
            "file_number" => "\"401234567890\"".into(),
            "national_register" => "\"93.05.18-223.61\"".into(),
            "-" if hint.contains("code postal") => "59000 Lille".into(),
            "-" if hint.contains("numéro et rue") => "1 rue de l'Essai".into(),
            "-" if hint.contains("nom du destinataire") => "Cabinet Madame Courtage".into(),
            "-" => "le remboursement des frais".into(),
            other => panic!("no value for `{other}`"),
        }
    };
    text.lines()
        .map(|line| {
            let Some(start) = line.find("\"À COMPLÉTER") else {
                return line.replace(
                    "À COMPLÉTER : ce qui s’est passé.",
                    "Des frais ont été prélevés à tort le 3 juin 2026.",
                );
            };
            let end = line[start + 1..].find('"').map(|e| start + e + 2).unwrap();
            let hint = &line[start..end];
            let before = line[..start].trim_end();
            // A list item, commented out or not.
            let key = if before
                .trim_start()
                .trim_start_matches('#')
                .trim_start()
                .starts_with('-')
            {
                "-"
            } else {
                before.trim().trim_end_matches(':')
            };
            format!("{}{}{}", &line[..start], value_for(key, hint), &line[end..])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Removes the `# ` before every commented example below `complainant:` — what step 2 of the
/// README asks a person to do — leaving the explanations (comments further right) alone.
pub fn uncomment_examples(text: &str) -> String {
    let mut below = false;
    text.lines()
        .map(|line| {
            below |= line.starts_with("complainant:");
            let indent = line.len() - line.trim_start_matches(' ').len();
            match line[indent..].strip_prefix("# ") {
                Some(rest) if below && indent <= 4 => format!("{}{rest}", &line[..indent]),
                _ => line.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs the `recours` binary in a folder, on the test day (2026-11-22).
pub fn recours_in(dir: &Path, args: &[&str]) -> std::process::Output {
    recours()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .args(args)
        .output()
        .unwrap()
}

/// The built binary, speaking English: the tests pin its English messages (each language's are
/// pinned by the tests that pass `--lang`). Whatever locale the machine has is set aside, and
/// so is the registry folder of its user's configuration.
pub fn recours() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_recours"));
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8")
        .env_remove("APPDATA")
        .env("XDG_CONFIG_HOME", "/nonexistent/recours-tests");
    command
}

/// `recours ARGS…` in `dir`, as [`recours_in`]: its exit code, standard output and error.
pub fn outcome_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let run = recours_in(dir, args);
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// `sha256sum -c SHA256SUMS` run in a folder of letters, as the README tells a clinic to check
/// its evidence manifest.
pub fn sha256sum_check(dir: &Path) -> std::process::Output {
    std::process::Command::new("sha256sum")
        .args(["-c", "SHA256SUMS"])
        .current_dir(dir)
        .output()
        .unwrap()
}

/// `recours ARGS…` in `dir` on `day` (YYYY-MM-DD, noon UTC), in English.
pub fn recours_on(dir: &Path, day: &str, args: &[&str]) -> std::process::Output {
    let epoch = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp();
    recours()
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", epoch.to_string())
        .args(args)
        .output()
        .unwrap()
}

/// [`recours_on`]: its exit code, standard output and error.
pub fn outcome_on(dir: &Path, day: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let run = recours_on(dir, day, args);
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

/// `recours ARGS…` in `dir`, in French, on the test day: its exit code and standard error (where
/// its refusals and warnings go).
pub fn refusal_fr(dir: &Path, args: &[&str]) -> (Option<i32>, String) {
    let run = recours()
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env("SOURCE_DATE_EPOCH", "1795305600")
        .args(args)
        .output()
        .unwrap();
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}
