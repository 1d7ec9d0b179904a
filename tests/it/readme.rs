//! The README holds to the tool: every YAML block of it passes `recours check`, the commands
//! of its tutorial ("Five minutes, for a legal clinic") run in order in an empty folder as a
//! newcomer types them — the case filled in as step 2 says —, and its clinic walkthrough
//! ("Following a case") runs day by day, `batch` writing on each day exactly what `agenda`
//! calls ready. A README that drifts from the tool fails here.

use std::path::Path;
use std::process::Output;

use crate::common::*;

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

/// The code blocks of a language in `text`, their fence's indentation removed.
fn blocks(text: &str, language: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        match &mut current {
            None if trimmed == format!("```{language}") => current = Some((indent, String::new())),
            None => {}
            Some(_) if trimmed == "```" => found.push(current.take().unwrap().1),
            Some((indent, block)) => {
                block.push_str(line.get(*indent..).unwrap_or(line.trim_start()));
                block.push('\n');
            }
        }
    }
    found
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn every_yaml_block_of_the_readme_passes_check() {
    let yaml = blocks(&readme(), "yaml");
    assert!(!yaml.is_empty(), "the README shows the case file");
    for (n, block) in yaml.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("case.yaml"), block).unwrap();
        let checked = recours_in(dir.path(), &["check", "case.yaml"]);
        assert!(
            checked.status.success(),
            "YAML block {n} of the README:\n{}",
            said(&checked)
        );
    }
}

/// The tutorial's section of the README.
fn tutorial(readme: &str) -> &str {
    let start = readme
        .find("## Five minutes, for a legal clinic")
        .expect("the tutorial");
    let rest = &readme[start..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn the_tutorial_runs_as_written_in_an_empty_folder() {
    let readme = readme();
    let commands: Vec<Vec<String>> = blocks(tutorial(&readme), "sh")
        .iter()
        .flat_map(|block| block.lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|line| line.starts_with("recours "))
        .map(|line| {
            line.split_whitespace()
                .skip(1)
                .map(str::to_string)
                .collect()
        })
        .collect();
    let verbs: Vec<&str> = commands.iter().map(|c| c[0].as_str()).collect();
    assert_eq!(verbs, ["init", "check", "render", "batch"], "{commands:?}");

    let dir = tempfile::tempdir().unwrap();
    let mut case = None;
    for command in &commands {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        if args[0] == "check" {
            // Step 2: fill in every « À COMPLÉTER », and record the history from the commented
            // example (and the clinic), as the README says.
            let path = dir
                .path()
                .join(case.as_ref().expect("init names the case file"));
            let text = std::fs::read_to_string(&path).unwrap();
            let filled = uncomment_examples(&fill(&text)).replace(
                "[adresse, code postal et localité]",
                "[1 place Déliot, 59000 Lille]",
            );
            std::fs::write(&path, filled).unwrap();
        }
        let output = recours_in(dir.path(), &args);
        assert!(
            output.status.success(),
            "recours {}:\n{}",
            args.join(" "),
            said(&output)
        );
        if args[0] == "init" {
            let at = args.iter().position(|a| *a == "-o").unwrap();
            case = Some(args[at + 1].to_string());
        }
    }

    // What the README says each step leaves.
    let case = case.unwrap();
    let stem = case.trim_end_matches(".yaml");
    let letters: Vec<_> = std::fs::read_dir(dir.path().join(Path::new(stem).parent().unwrap()))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".pdf"))
        .collect();
    let name = Path::new(stem).file_name().unwrap().to_string_lossy();
    assert!(
        letters
            .iter()
            .any(|l| l.starts_with(&format!("{name}-niveau-"))),
        "render gives {stem}-niveau-N.pdf: {letters:?}"
    );
    let rendered = letters.iter().find(|l| l.contains("-niveau-")).unwrap();
    let text = pdf_text(
        &std::fs::read(
            dir.path()
                .join(Path::new(stem).parent().unwrap())
                .join(rendered),
        )
        .unwrap(),
    );
    assert_shows(&text, "Camille Essai");
    assert_shows(&text, "Clinique juridique");
    for file in ["lettres/report.csv", "lettres/SHA256SUMS"] {
        assert!(dir.path().join(file).is_file(), "{file}");
    }
    let check = sha256sum_check(&dir.path().join("lettres"));
    assert!(check.status.success(), "{}", said(&check));
}

#[test]
fn the_readme_gives_the_rust_version_cargo_toml_requires() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = "))
        .expect("Cargo.toml sets rust-version")
        .trim_matches('"');
    assert!(
        readme().contains(&format!("**Rust {version} or newer**")),
        "the README's prerequisites give Rust {version}"
    );
}

#[test]
fn render_help_says_what_force_overrides_and_what_it_does_not() {
    let help = recours().args(["render", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for said in [
        "Write the letter even when its level is not admissible, yet",
        "replace an existing PDF of a draft never sent",
        "It does not override a fault of the case",
        "nor replace the letter of a level the history records as sent",
    ] {
        assert!(help.contains(said), "{said}: {help}");
    }
    let readme = readme().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(readme.contains("`--force` (render) overrides exactly two things"));
}

/// A line of a shell block as the shell splits it: words, `"…"` quoting one, and the comment
/// after `#` apart.
fn shell_words(line: &str) -> (Vec<String>, String) {
    let (mut words, mut word, mut quoted, mut comment) = (Vec::new(), String::new(), false, "");
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted && word.is_empty() => {
                comment = line[i + 1..].trim();
                break;
            }
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    (words, comment.to_string())
}

#[test]
fn the_clinic_walkthrough_runs_day_by_day_and_batch_writes_what_the_agenda_calls_ready() {
    let readme = readme();
    let start = readme.find("## Following a case").expect("the walkthrough");
    let block = blocks(&readme[start..], "sh").into_iter().next().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut day = String::new();
    let mut batches = 0;
    for line in block.lines() {
        if let Some(date) = line.strip_prefix("# ") {
            day = date.split(':').next().unwrap().to_string();
            continue;
        }
        let (words, comment) = shell_words(line);
        assert_eq!(words[0], "recours", "{line}");
        let args: Vec<String> = words[1..].to_vec();
        // What the agenda calls ready just before a batch.
        let ready: Vec<String> = if args[0] == "batch" {
            let agenda = recours_on(dir.path(), &day, &["agenda", &args[1], "--format", "json"]);
            let value: serde_json::Value = serde_json::from_slice(&agenda.stdout).unwrap();
            let cases = value["cases"].as_array().unwrap();
            cases
                .iter()
                .filter(|c| c["sendable"] == true)
                .map(|c| c["case"].as_str().unwrap().to_string())
                .collect()
        } else {
            Vec::new()
        };
        let words: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = recours_on(dir.path(), &day, &words);
        assert!(output.status.success(), "{day}: {line}\n{}", said(&output));
        if args[0] == "init" {
            // Filled in as step 2 of the tutorial says (its commented examples left alone).
            let path = dir.path().join(&args[args.len() - 1]);
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&path, fill(&text)).unwrap();
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        if args[0] == "agenda" {
            // The comment gives the state the agenda shows on that day.
            let state = comment.split(':').next().unwrap();
            assert!(
                stdout.contains(&format!("\n{state} ")),
                "{day}: {line}\n{stdout}"
            );
        }
        if args[0] == "batch" {
            batches += 1;
            let report =
                std::fs::read_to_string(dir.path().join(&args[3]).join("report.json")).unwrap();
            let report: serde_json::Value = serde_json::from_str(&report).unwrap();
            let written: Vec<String> = (report["rows"].as_array().unwrap().iter())
                .filter(|r| r["status"] == "written")
                .map(|r| {
                    let case = r["case"].as_str().unwrap();
                    case.trim_start_matches(args[1].as_str()).to_string()
                })
                .collect();
            assert_eq!(
                written, ready,
                "{day}: batch writes what the agenda calls ready"
            );
            match comment.strip_prefix("writes ") {
                Some("nothing: the mediator waits") => assert!(written.is_empty()),
                Some(letter) => {
                    let letter = letter.split(' ').next().unwrap();
                    assert!(dir.path().join(letter).is_file(), "{day}: {letter}");
                    assert_eq!(written.len(), 1, "{day}: {written:?}");
                }
                None => panic!("each batch of the walkthrough says what it writes: {line}"),
            }
        }
    }
    assert_eq!(batches, 3);
    // The case ends with the referral recorded: done, for check and the agenda.
    let check = recours_on(dir.path(), &day, &["check", "dossiers/martin.yaml"]);
    assert!(
        String::from_utf8_lossy(&check.stdout).contains("done: level 3 (mediation)"),
        "{}",
        said(&check)
    );
}
