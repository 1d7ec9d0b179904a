//! The README holds to the tool: every YAML block of it passes `recours check`, and the
//! commands of its tutorial ("Five minutes, for a legal clinic") run in order in an empty
//! folder as a newcomer types them — the case filled in as step 2 says. A README that drifts
//! from the tool fails here.

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
