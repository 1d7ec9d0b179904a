//! The command line. Parsing with clap; each command returns a `Result` and only
//! [`main`] turns it into an exit code: 0 done, 1 the input is at fault, 2 usage (clap).

pub mod batch;
pub mod generate;
pub mod init;
pub mod preview;
pub mod watch;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::case::{CaseFile, parse_date};
use crate::error::{Diagnostic, Error};
use crate::procedure::plan::PlanOptions;
use crate::procedure::timeline::timeline;
use crate::registry::phrases::deadline_phrase;
use crate::registry::{Deadline, Institution, Level, Registry, RunsFrom, nearest};
use crate::render::output::{Written, default_output, write_atomically};
use crate::render::template_check;
use crate::{Engine, Standard, Verdict, today};
use batch::{BatchOptions, ConsoleProgress, Shard};
use watch::Session;

#[derive(Debug, Parser)]
#[command(
    name = "recours",
    version,
    about = "Complaint letters and mediator referrals as PDF, from a YAML case file",
    long_about = "recours reads a case file (YAML), decides which rung of the institution's complaint ladder comes next and what the letter must say, and writes it as a PDF ready to send."
)]
pub struct Cli {
    /// Use this institutions.yaml instead of the built-in registry.
    #[arg(long, global = true, value_name = "FILE")]
    pub registry: Option<PathBuf>,
    /// Use the templates of this folder instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Use the message files of this folder (fr/lettre.ftl, nl/brief.ftl) for the letters'
    /// wording instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the letter for the case's next step (or the step given) as a PDF.
    Render {
        /// The case file.
        case: PathBuf,
        /// Where to write the PDF, or the folder to write <case>-niveau-<N>.pdf into
        /// [default: beside the case, <case>-niveau-<N>.pdf].
        #[arg(short, long, value_name = "OUT.pdf")]
        output: Option<PathBuf>,
        /// The level to write for, instead of the next one.
        #[arg(long, value_name = "N")]
        step: Option<u32>,
        /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Write the letter even when its level is not admissible, yet (a deadline still runs)
        /// or at all by the recipient's rules (a court seized, a year passed), and replace an
        /// existing PDF of a draft never sent; each is reported as a warning. It does not
        /// override a fault of the case (an earlier level, a reference or an address the level
        /// needs), nor replace the letter of a level the history records as sent.
        #[arg(long)]
        force: bool,
        /// Also write the generated Typst markup to this file (for template authors).
        #[arg(long, value_name = "FILE")]
        emit_typst: Option<PathBuf>,
        /// The PDF standard: 1.7 (tagged) or a-2b (PDF/A-2b, for archiving).
        #[arg(long, value_enum, default_value_t = Standard::Pdf17, value_name = "STANDARD")]
        pdf_standard: Standard,
    },
    /// Check case files and say which letter comes next: one file prints its timeline; several
    /// files or folders (walked for *.yaml and *.yml) print one verdict per case.
    Check {
        /// The case files, or folders of them.
        #[arg(required = true, num_args = 1.., value_name = "CASE|DIR")]
        cases: Vec<PathBuf>,
        /// The level to check for, instead of the next one.
        #[arg(long, value_name = "N")]
        step: Option<u32>,
        /// Evaluate on this day instead of the letter's date or today (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Print the timeline as text (for people) or JSON (for scripts).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Render every case file under a folder, in parallel, with a report and SHA256SUMS.
    Batch {
        /// The folder of case files (*.yaml, *.yml; hidden folders are skipped).
        dir: PathBuf,
        /// Where to write the letters, the reports and SHA256SUMS.
        #[arg(short, long, value_name = "OUTDIR")]
        output: PathBuf,
        /// Threads [default: all cores].
        #[arg(short, long, value_name = "N")]
        jobs: Option<usize>,
        /// Render every case again (even unchanged ones), and replace a PDF in the way that no
        /// batch wrote. A letter a batch wrote is never replaced: a new version of it is
        /// written beside it under the letter's date.
        #[arg(long)]
        force: bool,
        /// Take only the K-th of N stable slices of the cases (for several machines).
        #[arg(long, value_name = "K/N")]
        shard: Option<Shard>,
        /// The letters' date for cases that give none (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Write report.csv for a French spreadsheet (Excel, LibreOffice): a byte-order mark so
        /// that accents show, `;` between columns, Windows line ends.
        #[arg(long)]
        excel: bool,
    },
    /// Re-render the letter whenever the case, the registry or a template it uses changes.
    Watch {
        /// The case file.
        case: PathBuf,
        /// Where to write the PDF [default: beside the case, <case>-apercu.pdf].
        #[arg(short, long, value_name = "OUT.pdf")]
        output: Option<PathBuf>,
        /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Show the letter's pages in a browser, updated after each save (on 127.0.0.1 only).
    Preview {
        /// The case file.
        case: PathBuf,
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 7733)]
        port: u16,
        /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Work on the letter templates.
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
    },
    /// Write a case file to fill in for an institution, with comments and the schema line. Never
    /// replaces a case file; the generated case.schema.json beside it is refreshed.
    Init {
        /// The institution's id (`recours institutions` lists them).
        #[arg(long, value_parser = RegistryId { bodies: false })]
        institution: String,
        /// The case file to write (its folder is created if need be).
        #[arg(short, long, value_name = "FILE", default_value = "case.yaml")]
        output: PathBuf,
    },
    /// Print the JSON Schema of the case file (for editors: completion and checking as you type).
    Schema,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `recours man > recours.1`; with --dir, write it and
    /// one page per command (recours-render.1, recours-check.1…) into a folder.
    Man {
        /// Write recours.1 and a page per command into this folder (created if need be;
        /// pages written there before are refreshed), e.g. ~/.local/share/man/man1.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// Write invented, varied, valid case files (for benchmarks, tests and demonstrations).
    Generate {
        /// How many cases.
        count: usize,
        /// The folder to write them in (one subfolder per institution).
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// The same seed gives the same cases.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// List the institutions of the registry, or show one institution's ladder.
    Institutions {
        /// An institution's (or a mediator's) id.
        #[arg(value_parser = RegistryId { bodies: true })]
        id: Option<String>,
        /// Write the registry in use (the built-in institutions.yaml, or that of --registry) to
        /// this file, to correct or extend it and pass it with --registry. Never replaces a file.
        #[arg(long, value_name = "FILE", conflicts_with = "id")]
        export: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Render every template for every letter it serves (and every case of --cases), and report
    /// all the errors at once.
    Check {
        /// Also render the case files of this folder.
        #[arg(long, value_name = "DIR")]
        cases: Option<PathBuf>,
    },
    /// Write the templates in use (the built-in ones, or those of --templates) into a folder,
    /// to adapt them and pass the folder with --templates. Never replaces a file.
    Export {
        /// The folder to write them into (created if need be).
        dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// What a command has to say: its output, warnings for standard error, and whether part of
/// the work failed (a batch with failed cases exits 1 after its summary).
#[derive(Debug, Default)]
pub struct Report {
    pub stdout: String,
    pub warnings: Vec<String>,
    pub failed: bool,
}

impl From<String> for Report {
    fn from(stdout: String) -> Self {
        Self {
            stdout,
            ..Self::default()
        }
    }
}

/// An id of the registry: any text is taken (a `--registry` may know other ids), and the
/// built-in registry's ids are offered to shell completion.
#[derive(Debug, Clone, Copy)]
struct RegistryId {
    /// The mediators and authorities too, not only the institutions.
    bodies: bool,
}

impl clap::builder::TypedValueParser for RegistryId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        // Completion scripts are generated once per process: the few names are kept for it.
        let registry = Registry::embedded().ok()?;
        let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
        let ids: Vec<clap::builder::PossibleValue> = registry
            .institutions
            .iter()
            .map(|i| (i.id.as_str(), i.name.as_str()))
            .chain(
                registry
                    .bodies
                    .iter()
                    .filter(|_| self.bodies)
                    .map(|b| (b.id.as_str(), b.name.as_str())),
            )
            .map(|(id, name)| clap::builder::PossibleValue::new(leak(id)).help(leak(name)))
            .collect();
        Some(Box::new(ids.into_iter()))
    }
}

/// Runs the command line and returns the process's exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(report) => {
            for warning in &report.warnings {
                eprintln!(
                    "warning: {}",
                    crate::text::identifiers::redact_card_numbers(warning)
                );
            }
            print!(
                "{}",
                crate::text::identifiers::redact_card_numbers(&report.stdout)
            );
            if report.failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(error) => {
            // Every message is redacted once more as a whole: paths and system errors too.
            eprintln!(
                "error: {}",
                crate::text::identifiers::redact_card_numbers(&error.to_string())
            );
            ExitCode::FAILURE
        }
    }
}

/// Runs a parsed command line; returns what to print on success.
pub fn run(cli: Cli) -> Result<Report, Error> {
    match cli.command {
        Command::Render {
            case,
            output,
            step,
            date,
            force,
            emit_typst,
            pdf_standard,
        } => {
            let engine = Engine::new(cli.registry.as_deref(), cli.templates.as_deref())?
                .with_locales(cli.locales.as_deref())?
                .with_standard(pdf_standard);
            let file = CaseFile::load(&case)?;
            let options = PlanOptions {
                step,
                date,
                today: today(),
                force,
            };
            let rendered = engine.render(&file, options)?;
            let mut warnings = rendered.assessment.warnings.clone();
            match &rendered.assessment.verdict {
                Verdict::Admissible => {}
                Verdict::NotYet { from, because } => warnings.push(format!(
                    "level {} is not admissible before {from} ({because}); written anyway (--force)",
                    rendered.letter.level
                )),
                Verdict::NotAdmissible { rule } => warnings.push(format!(
                    "level {} is not admissible ({rule}); written anyway (--force)",
                    rendered.letter.level
                )),
            }
            if let Some(path) = emit_typst {
                std::fs::write(&path, &rendered.markup)
                    .map_err(|source| Error::Write { path, source })?;
            }
            let level = rendered.letter.level;
            let path = match output {
                // An existing folder, or one named as a folder (`-o lettres/`), created then.
                Some(folder) if folder.is_dir() || ends_with_separator(&folder) => {
                    crate::render::output::create_folder(&folder)?;
                    folder.join(default_output(&case, level).file_name().unwrap_or_default())
                }
                Some(file) => file,
                None => default_output(&case, level),
            };
            if let Some(sent) = rendered.sent_on
                && std::fs::read(&path).is_ok_and(|existing| existing != rendered.pdf.bytes)
            {
                return Err(Error::SentLetter {
                    suggestion: crate::render::output::dated_name(&path, rendered.date),
                    path,
                    level,
                    sent,
                });
            }
            let written = write_atomically(&path, &rendered.pdf.bytes, force)?;
            if written == Written::Replaced {
                warnings.push(format!(
                    "{} held another letter; replaced (--force)",
                    path.display()
                ));
            }
            let verb = match written {
                Written::Created => "wrote",
                Written::Replaced => "replaced",
                Written::Unchanged => "unchanged (the same letter is already there)",
            };
            let letter = &rendered.letter;
            let pages = rendered.pdf.pages;
            let mut stdout = format!(
                "{verb}: {}\n  {} level {} ({}), to {}; {pages} page{}\n  envelope{}:\n",
                path.display(),
                letter.institution,
                letter.level,
                letter.kind,
                letter.recipient_name,
                if pages > 1 { "s" } else { "" },
                if rendered.address_from_case {
                    " (the address the case gives in letter.recipient_address)"
                } else {
                    ""
                }
            );
            for line in &letter.recipient {
                let _ = writeln!(stdout, "    {line}");
            }
            Ok(Report {
                stdout,
                warnings,
                failed: false,
            })
        }
        Command::Check {
            cases,
            step,
            date,
            format,
        } => {
            let engine = Engine::new(cli.registry.as_deref(), None)?;
            let options = PlanOptions {
                step,
                date,
                today: today(),
                force: false,
            };
            if let [case] = cases.as_slice()
                && !case.is_dir()
            {
                return check_one(&engine, case, options, format);
            }
            check_many(&engine, &cases, options, format)
        }
        Command::Batch {
            dir,
            output,
            jobs,
            force,
            shard,
            date,
            excel,
        } => {
            let engine = Engine::new(cli.registry.as_deref(), cli.templates.as_deref())?
                .with_locales(cli.locales.as_deref())?;
            let options = BatchOptions {
                input: dir,
                output,
                jobs,
                force,
                shard,
                date,
                today: today(),
                excel,
            };
            let summary = batch::run(&engine, &options, &ConsoleProgress::for_stderr())?;
            Ok(Report {
                stdout: summary.to_text(),
                warnings: Vec::new(),
                failed: summary.failed > 0,
            })
        }
        Command::Watch { case, output, date } => {
            let session = Session::new(
                &case,
                cli.registry.as_deref(),
                cli.templates.as_deref(),
                cli.locales.as_deref(),
                date,
            )?;
            let out = output.unwrap_or_else(|| {
                let stem = case
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                case.with_file_name(format!("{stem}-apercu.pdf"))
            });
            println!("watching {} (Ctrl-C to stop)", case.display());
            watch::watch(session, &out, print_now)?;
            Ok(Report::default())
        }
        Command::Preview { case, port, date } => {
            let session = Session::new(
                &case,
                cli.registry.as_deref(),
                cli.templates.as_deref(),
                cli.locales.as_deref(),
                date,
            )?;
            preview::serve(session, port, |address| {
                use std::io::Write as _;
                println!(
                    "preview of {} at {address} (Ctrl-C to stop)",
                    case.display()
                );
                let _ = std::io::stdout().flush();
            })?;
            Ok(Report::default())
        }
        Command::Templates {
            command: TemplatesCommand::Check { cases },
        } => {
            let engine = Engine::new(cli.registry.as_deref(), cli.templates.as_deref())?
                .with_locales(cli.locales.as_deref())?;
            let paths = match &cases {
                Some(dir) => batch::find_cases(dir, None)?
                    .into_iter()
                    .map(|p| dir.join(p))
                    .collect(),
                None => Vec::new(),
            };
            let report = template_check::check(&engine, &paths);
            Ok(Report {
                stdout: report.to_text(),
                warnings: Vec::new(),
                failed: !report.errors.is_empty(),
            })
        }
        Command::Templates {
            command: TemplatesCommand::Export { dir },
        } => {
            let templates = match cli.templates.as_deref() {
                Some(folder) => crate::render::template::Templates::from_folder(folder)?,
                None => crate::render::template::Templates::embedded()?,
            };
            let files: Vec<(PathBuf, &[u8])> = templates
                .names()
                .map(|name| {
                    (
                        dir.join(name),
                        templates.text(name).unwrap_or_default().as_bytes(),
                    )
                })
                .collect();
            crate::render::output::write_new_files(
                &files,
                "export into a new or empty folder; an adapted template is never replaced",
            )?;
            Ok(format!(
                "wrote {} templates into {}\n  edit them, then: recours --templates {} render CASE.yaml (or watch, to see each save)\n",
                files.len(),
                dir.display(),
                dir.display()
            )
            .into())
        }
        Command::Institutions {
            export: Some(file), ..
        } => {
            let text = match cli.registry.as_deref() {
                Some(path) => std::fs::read(path).map_err(|source| Error::Read {
                    path: path.to_owned(),
                    source,
                })?,
                None => crate::registry::EMBEDDED.as_bytes().to_vec(),
            };
            // Checked as it would be read back with --registry.
            load_registry(cli.registry.as_deref())?;
            crate::render::output::write_new_files(
                &[(file.clone(), &text)],
                "choose another file name; a corrected registry is never replaced",
            )?;
            Ok(format!(
                "wrote {}\n  correct or extend it (its header explains every field), then: recours --registry {} check CASE.yaml\n",
                file.display(),
                file.display()
            )
            .into())
        }
        Command::Init {
            institution,
            output,
        } => {
            let registry = load_registry(cli.registry.as_deref())?;
            let Some(found) = registry.institution(&institution) else {
                let mut d = Diagnostic::new(
                    &registry.origin,
                    "--institution",
                    format!("unknown institution `{institution}`"),
                );
                d = match registry.nearest_institution(&institution) {
                    Some(near) => d.help(format!(
                        "did you mean `{near}`? `recours institutions` lists them all"
                    )),
                    None => d.help("`recours institutions` lists the institutions recours knows"),
                };
                return Err(d.into());
            };
            let text = crate::cli::init::case_template(&registry, found);
            // The folder is created, as `batch -o` does.
            if let Some(folder) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
                crate::render::output::create_folder(folder)?;
            }
            // Never over a file that is there: a case file may already be filled in.
            let created = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&output);
            let mut created = match created {
                Ok(file) => file,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    return Err(Error::CaseFileExists(output));
                }
                Err(source) => {
                    return Err(Error::Write {
                        path: output.clone(),
                        source,
                    });
                }
            };
            std::io::Write::write_all(&mut created, text.as_bytes()).map_err(|source| {
                Error::Write {
                    path: output.clone(),
                    source,
                }
            })?;
            // The schema is generated from the tool and the registry: written again at each
            // init, so that it stays that of the tool in use (no one edits it).
            let schema = output.with_file_name(crate::cli::init::SCHEMA_FILE);
            let refreshed = schema.exists();
            crate::render::output::write_atomically(
                &schema,
                crate::case::schema::case_schema_text(&registry).as_bytes(),
                true,
            )?;
            Ok(format!(
                "wrote {} (and {} for your editor{})\n  fill in every « À COMPLÉTER », then: recours check {}\n",
                output.display(),
                schema.display(),
                if refreshed {
                    ", generated: refreshed"
                } else {
                    ""
                },
                output.display()
            )
            .into())
        }
        Command::Schema => {
            let registry = load_registry(cli.registry.as_deref())?;
            Ok(crate::case::schema::case_schema_text(&registry).into())
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "recours",
                &mut script,
            );
            Ok(String::from_utf8_lossy(&script).into_owned().into())
        }
        Command::Man { dir } => {
            let pages = manual_pages();
            let Some(dir) = dir else {
                return Ok(String::from_utf8_lossy(&pages[0].1).into_owned().into());
            };
            crate::render::output::create_folder(&dir)?;
            for (name, page) in &pages {
                // A page is generated from the binary: refreshing it loses nothing.
                crate::render::output::write_atomically(&dir.join(name), page, true)?;
            }
            Ok(format!(
                "wrote {} manual pages into {} ({} and one per command)\n",
                pages.len(),
                dir.display(),
                pages[0].0
            )
            .into())
        }
        Command::Generate {
            count,
            output,
            seed,
        } => {
            let written = generate::write(&output, count, seed)?;
            Ok(format!(
                "wrote {} invented cases under {}\n",
                written.len(),
                output.display()
            )
            .into())
        }
        Command::Institutions { id, export: None } => {
            let registry = load_registry(cli.registry.as_deref())?;
            match id {
                None => Ok(list_institutions(&registry).into()),
                Some(id) => show_institution(&registry, &id).map(Report::from),
            }
        }
    }
}

/// Whether a path is written as a folder: `lettres/`.
fn ends_with_separator(path: &std::path::Path) -> bool {
    let text = path.as_os_str().to_string_lossy();
    text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR)
}

/// The manual pages: `recours.1` first, then one per command and sub-command
/// (`recours-render.1`, `recours-templates-check.1`…), the names the main page refers to.
fn manual_pages() -> Vec<(String, Vec<u8>)> {
    fn collect(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut page = Vec::new();
        man.render(&mut page)
            .expect("rendering into memory cannot fail");
        pages.push((man.get_filename(), page));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            collect(sub, pages);
        }
    }
    let mut cmd = <Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, &mut pages);
    pages
}

/// `check` of one case file: its timeline.
fn check_one(
    engine: &Engine,
    case: &std::path::Path,
    options: PlanOptions,
    format: Format,
) -> Result<Report, Error> {
    let file = CaseFile::load(case)?;
    let plan = engine.plan(&file, options)?;
    let timeline = timeline(&file, &plan);
    let stdout = match format {
        Format::Text => timeline.to_text(),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&timeline).expect("a timeline serializes");
            json.push('\n');
            json
        }
    };
    Ok(stdout.into())
}

/// `check` of several case files and folders: one verdict per case, every case checked
/// whatever the others give; the exit code is 1 when any is invalid.
fn check_many(
    engine: &Engine,
    paths: &[PathBuf],
    options: PlanOptions,
    format: Format,
) -> Result<Report, Error> {
    let mut cases = Vec::new();
    for path in paths {
        if path.is_dir() {
            cases.extend(
                batch::find_cases(path, None)?
                    .into_iter()
                    .map(|relative| path.join(relative)),
            );
        } else {
            cases.push(path.clone());
        }
    }
    let mut text = String::new();
    let mut json = Vec::new();
    let mut invalid = 0;
    for case in &cases {
        let outcome = CaseFile::load(case)
            .and_then(|file| Ok(timeline(&file, &engine.plan(&file, options)?)));
        match outcome {
            Ok(timeline) => {
                text.push_str(&timeline.verdict_line());
                json.push(serde_json::json!({ "case": case.display().to_string(), "valid": true, "timeline": timeline }));
            }
            Err(error) => {
                invalid += 1;
                let message = error.to_string();
                text.push_str(&format!(
                    "{}: invalid\n  {}\n",
                    case.display(),
                    message.replace('\n', "\n  ")
                ));
                json.push(serde_json::json!({ "case": case.display().to_string(), "valid": false, "error": message }));
            }
        }
    }
    text.push_str(&format!(
        "\n{} case{}: {} valid, {invalid} invalid\n",
        cases.len(),
        if cases.len() == 1 { "" } else { "s" },
        cases.len() - invalid
    ));
    let stdout = match format {
        Format::Text => text,
        Format::Json => {
            let mut out = serde_json::to_string_pretty(&json).expect("the verdicts serialize");
            out.push('\n');
            out
        }
    };
    Ok(Report {
        stdout,
        warnings: Vec::new(),
        failed: invalid > 0,
    })
}

/// Prints a line at once: a watch or a preview runs until stopped, often behind a pipe.
fn print_now(line: &str) {
    use std::io::Write as _;
    println!("{line}");
    let _ = std::io::stdout().flush();
}

/// The registry given with `--registry`, or the built-in one.
fn load_registry(path: Option<&std::path::Path>) -> Result<Registry, Error> {
    match path {
        Some(path) => Registry::load(path),
        None => Registry::embedded(),
    }
}

fn list_institutions(registry: &Registry) -> String {
    let mut rows: Vec<[String; 5]> = vec![[
        "ID".into(),
        "COUNTRY".into(),
        "NAME".into(),
        "LADDER".into(),
        "VERIFIED".into(),
    ]];
    for i in &registry.institutions {
        let levels: Vec<String> = i
            .ladder
            .iter()
            .map(|l| format!("{} {}", l.level, l.id))
            .collect();
        rows.push([
            i.id.clone(),
            format!("{:?}", i.country),
            i.name.clone(),
            levels.join(" → "),
            i.verified.to_string(),
        ]);
    }
    for b in &registry.bodies {
        let kind = b.kind.french();
        rows.push([
            b.id.clone(),
            format!("{:?}", b.country),
            b.name.clone(),
            format!("({kind})"),
            b.verified.to_string(),
        ]);
    }
    table(&rows)
}

/// Rows laid out as a table, columns aligned (by characters).
fn table<const N: usize>(rows: &[[String; N]]) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

fn deadline_text(registry: &Registry, d: &Deadline) -> String {
    let mut text = deadline_phrase(d.count, d.unit);
    if let Some(extended) = d.extended {
        text.push_str(&format!(
            " ({} after a holding letter)",
            deadline_phrase(extended, d.unit)
        ));
    }
    text.push_str(match d.runs_from {
        RunsFrom::Sending => ", from sending",
        RunsFrom::Receipt => ", from receipt",
        RunsFrom::FirstWritten => ", from the first written complaint",
        RunsFrom::FirstComplaint => ", from the first complaint",
        RunsFrom::Unknown => ", from a start the source does not give",
    });
    text.push_str(&format!("\n      basis: {}", registry.basis_text(&d.basis)));
    text.replace('\u{a0}', " ")
}

fn basis_line(out: &mut String, registry: &Registry, basis: &crate::registry::Basis) {
    let _ = writeln!(out, "      basis: {}", registry.basis_text(basis));
}

fn show_level(out: &mut String, registry: &Registry, level: &Level) {
    let _ = writeln!(
        out,
        "\n{}. {} ({})",
        level.level,
        level.id,
        level.kind.french()
    );
    for entry in &level.recipients {
        let r = registry.resolve(entry);
        let mut tags = Vec::new();
        if let Some(a) = r.audience {
            tags.push(a.french().to_string());
        }
        if let Some(crate::registry::ProductFamily::Insurance) = r.products {
            tags.push("produits d’assurance".to_string());
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", tags.join(", "))
        };
        let address = match &r.address {
            Some(lines) => lines.join(", "),
            None => format!(
                "address unknown: {}",
                r.missing.as_deref().unwrap_or("no source gives it")
            ),
        };
        let _ = writeln!(out, "   to `{}`{tags}: {} — {address}", r.id, r.name);
        if let Some(basis) = &entry.basis {
            basis_line(out, registry, basis);
        }
        if let Some(why) = &r.unconfirmed {
            let _ = writeln!(out, "      UNCONFIRMED: {why}");
        }
        if let Some(note) = &entry.note {
            let _ = writeln!(out, "      note: {note}");
        }
    }
    for c in &level.channels {
        let _ = writeln!(
            out,
            "   canal : {}{}",
            c.kind.french(),
            c.detail
                .as_deref()
                .map(|d| format!(" — {d}"))
                .unwrap_or_default()
        );
    }
    if let Some(rule) = &level.registered {
        let _ = writeln!(out, "   registered letter required");
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.acknowledge_within {
        let _ = writeln!(
            out,
            "   acknowledgement within {}",
            deadline_text(registry, d)
        );
    }
    if let Some(d) = &level.answer_within {
        let _ = writeln!(out, "   answer within {}", deadline_text(registry, d));
    }
    if let Some(d) = &level.payment_answer_within {
        let _ = writeln!(
            out,
            "   answer within, for a contested payment, {}",
            deadline_text(registry, d)
        );
    }
    let levels = |l: &[u32]| l.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    if let Some(rule) = &level.after {
        let _ = writeln!(
            out,
            "   after level(s) {} (condition)",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.advised_after {
        let _ = writeln!(
            out,
            "   level(s) {} advised first (advice, not a condition)",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(d) = &level.unanswered_after {
        let _ = writeln!(
            out,
            "   opens when the earlier levels are unanswered after {}",
            deadline_text(registry, d)
        );
    }
    if let Some(rule) = &level.after_if_answered {
        let _ = writeln!(
            out,
            "   after level(s) {} when an earlier level was answered in time",
            levels(&rule.levels)
        );
        basis_line(out, registry, &rule.basis);
    }
    if let Some(rule) = &level.consumers_only {
        let _ = writeln!(out, "   open to consumers (a business case is warned)");
        basis_line(out, registry, &rule.basis);
    }
    let refs = |kinds: &[crate::registry::ReferenceKind]| {
        kinds.iter().map(|k| k.key()).collect::<Vec<_>>().join(", ")
    };
    let r = &level.references;
    if !r.required.is_empty() {
        let _ = writeln!(out, "   requires: {}", refs(&r.required));
    }
    for group in &r.required_any {
        let _ = writeln!(
            out,
            "   requires one of: {}",
            group
                .iter()
                .map(|k| k.key())
                .collect::<Vec<_>>()
                .join(" or ")
        );
    }
    if !r.advised.is_empty() {
        let _ = writeln!(
            out,
            "   advises (a warning when missing): {}",
            refs(&r.advised)
        );
    }
    if let Some(basis) = &r.basis {
        basis_line(out, registry, basis);
    }
    if !r.cited.is_empty() {
        let _ = writeln!(out, "   cites when given: {}", refs(&r.cited));
    }
}

/// A document of the registry as a person looks it up: its title and where it is published.
fn document_text(registry: &Registry, id: &str) -> String {
    match registry.document(id) {
        Some(d) => match &d.url {
            Some(url) => format!("{} ({url})", d.title),
            None => d.title.clone(),
        },
        None => id.to_string(),
    }
}

fn show_institution(registry: &Registry, id: &str) -> Result<String, Error> {
    let mut out = String::new();
    if let Some(institution) = registry.institution(id) {
        let Institution {
            name,
            country,
            products,
            sources,
            verified,
            ladder,
            ..
        } = institution;
        let _ = writeln!(out, "{id} — {name} ({country:?})");
        if let Some(p) = products {
            let _ = writeln!(out, "products: {p}");
        }
        for level in ladder {
            show_level(&mut out, registry, level);
        }
        let _ = writeln!(out);
        for source in sources {
            let _ = writeln!(out, "source: {}", document_text(registry, source));
        }
        let _ = writeln!(out, "verified: {verified}");
        return Ok(out);
    }
    if let Some(body) = registry.body(id) {
        let _ = writeln!(
            out,
            "{id} — {} ({}, {:?})",
            body.name,
            body.kind.french(),
            body.country
        );
        match &body.address {
            Some(lines) => {
                let _ = writeln!(out, "address: {}", lines.join(", "));
            }
            None => {
                let _ = writeln!(
                    out,
                    "address unknown: {}",
                    body.missing.as_deref().unwrap_or("no source gives it")
                );
            }
        }
        for c in &body.channels {
            let _ = writeln!(
                out,
                "canal : {}{}",
                c.kind.french(),
                c.detail
                    .as_deref()
                    .map(|d| format!(" — {d}"))
                    .unwrap_or_default()
            );
        }
        if let Some(website) = &body.website {
            let _ = writeln!(out, "website: {website}");
        }
        if let Some(why) = &body.unconfirmed {
            let _ = writeln!(out, "UNCONFIRMED: {why}");
        }
        if let Some(note) = &body.note {
            let _ = writeln!(out, "note: {note}");
        }
        if let Some(conditions) = &body.conditions {
            let _ = writeln!(
                out,
                "conditions: {}",
                registry.basis_text(&conditions.basis)
            );
        }
        for source in &body.sources {
            let _ = writeln!(out, "source: {}", document_text(registry, source));
        }
        let _ = writeln!(out, "verified: {}", body.verified);
        return Ok(out);
    }
    let ids = registry
        .institutions
        .iter()
        .map(|i| i.id.as_str())
        .chain(registry.bodies.iter().map(|b| b.id.as_str()));
    let mut d = Diagnostic::new(
        &registry.origin,
        "",
        format!("no institution or mediator `{id}` in the registry"),
    );
    if let Some(near) = nearest(id, ids) {
        d = d.help(format!("did you mean `{near}`?"));
    } else {
        d = d.help("`recours institutions` lists them all");
    }
    Err(d.into())
}
