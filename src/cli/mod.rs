//! The command line. Parsing with clap; each command returns a `Result` and only
//! [`main`] turns it into an exit code: 0 done, 1 the input is at fault, 2 usage (clap).

pub mod agenda;
pub mod answered;
pub mod batch;
pub mod check;
pub mod generate;
pub mod help;
pub mod init;
pub mod institutions;
pub mod manual;
pub mod new;
pub mod preview;
pub mod render;
pub mod sent;
pub mod templates;
mod undo;
pub mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::Standard;
use crate::case::parse_date;
use crate::error::Error;
use crate::registry::Registry;
use crate::text::messages::tr;
use batch::Shard;

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
    /// Read the registry files of this folder (*.yaml) on top of the registry: a clinic's own
    /// institutions, named in its fr/destinataires.ftl, nl/ontvangers.ftl and
    /// de/empfaenger.ftl [default: the folder `recours` of the user's configuration, when it
    /// exists: $XDG_CONFIG_HOME/recours, ~/.config/recours, %APPDATA%\recours].
    #[arg(long, global = true, value_name = "DIR")]
    pub registry_dir: Option<PathBuf>,
    /// Use the templates of this folder instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Use the message files of this folder (fr/lettre.ftl, nl/brief.ftl, de/brief.ftl) for the letters'
    /// wording instead of the built-in ones; its fr/destinataires.ftl, nl/ontvangers.ftl and
    /// de/empfaenger.ftl add to (or reword) the recipients' names.
    #[arg(long, global = true, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// The language of recours's messages: fr, nl or en [default: the locale's (LC_ALL,
    /// LC_MESSAGES, LANG), else fr]. The letters keep their own (letter.language).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::text::messages::Lang>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the letter for the case's next step (or the step given) as a PDF.
    Render(RenderArgs),
    /// Check case files and say which letter comes next: one file prints its timeline; several
    /// files or folders (walked for *.yaml and *.yml) print one verdict per case.
    Check(CheckArgs),
    /// Render every case file under a folder, in parallel, with a report and SHA256SUMS.
    Batch(BatchArgs),
    /// Re-render the letter whenever the case, the registry or a template it uses changes.
    Watch(WatchArgs),
    /// Show the letter's pages in a browser, updated after each save (on 127.0.0.1 only).
    Preview(PreviewArgs),
    /// Work on the letter templates.
    Templates(TemplatesArgs),
    /// Write a case file to fill in for an institution, with comments and the schema line. Never
    /// replaces a case file; the generated case.schema.json beside it is refreshed.
    Init(InitArgs),
    /// Write a case file by answering questions, in your language, then check it and offer to
    /// write its letter: no YAML to edit. Needs a terminal (else use `init`).
    New(NewArgs),
    /// Print the JSON Schema of the case file (for editors: completion and checking as you type).
    Schema,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `recours man > recours.1`; with --dir, write it and
    /// one page per command (recours-render.1, recours-check.1…) into a folder.
    Man(ManArgs),
    /// Write invented, varied, valid case files (for benchmarks, tests and demonstrations).
    Generate(GenerateArgs),
    /// List the institutions of the registry, or show one institution's ladder.
    Institutions(InstitutionsArgs),
    /// Record the institution's answer on a step of the case's history, keeping every other
    /// line of the file as it is.
    Answered(AnsweredArgs),
    /// Record in the case's history the letter just sent (by default the level `render` writes
    /// now, dated as the letter is), keeping every other line of the file as it is; the next
    /// `render` writes the following level.
    Sent(SentArgs),
    /// One line per case of a folder, most urgent first: ready, waiting, answer due, lapsing,
    /// blocked, done, with the date that matters; or a calendar of those dates (--format ics).
    Agenda(AgendaArgs),
}

impl Command {
    /// Whether the command prints for scripts (JSON, CSV, a calendar): every word of its output
    /// is then the same whatever the person's language — English, the language of the code.
    fn for_scripts(&self) -> bool {
        use agenda::AgendaFormat;
        matches!(
            self,
            Command::Check(CheckArgs {
                format: Format::Json,
                ..
            }) | Command::Render(RenderArgs {
                format: render::LetterFormat::Json,
                .. // The calendar's titles are read by people, in their calendar: their language.
            }) | Command::Agenda(AgendaArgs {
                format: AgendaFormat::Json | AgendaFormat::Csv,
                ..
            })
        )
    }
}

/// The arguments of `recours agenda`.
#[derive(Debug, clap::Args)]
pub struct AgendaArgs {
    /// The folder of case files (walked for *.yaml and *.yml, as batch does).
    pub dir: PathBuf,
    /// The day to evaluate on (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// How many days ahead a closing period (the mediator's year, the 13 months to contest a
    /// card payment) makes a case `lapsing`.
    #[arg(long, value_name = "DAYS", default_value_t = crate::procedure::agenda::WITHIN_DAYS)]
    pub within: u32,
    /// text (for people), json or csv (for scripts: a `version` field), ics (an iCalendar file
    /// of the dates that matter, to import into a calendar).
    #[arg(long, value_enum, default_value_t = agenda::AgendaFormat::Text)]
    pub format: agenda::AgendaFormat,
    /// Also write the agenda as a dashboard: one self-contained HTML page (a table of the
    /// cases with a link to each latest letter, each case's timeline drawn), replaced if there.
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
}

/// The arguments of `recours sent`.
#[derive(Debug, clap::Args)]
pub struct SentArgs {
    /// The case file.
    pub case: PathBuf,
    /// The level of the letter sent [default: that of the latest letter written for this case];
    /// a step of that level already recorded is completed (--tracking, --reference, --received),
    /// not recorded twice.
    #[arg(long, value_name = "N")]
    pub step: Option<u32>,
    /// The day it was sent (YYYY-MM-DD) [default: the letter's date: letter.date, or today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// How it was sent: letter, registered, email, portal, phone, chat, in-person (or in French:
    /// courrier, recommandé, courriel, formulaire…) [default: registered where the level asks
    /// for it or the letter has a registered-mail number, else letter].
    #[arg(long, value_name = "CHANNEL", value_parser = sent::parse_channel)]
    pub channel: Option<crate::registry::ChannelKind>,
    /// Its registered-mail number [default: the letter's, letter.tracking].
    #[arg(long, value_name = "NUMBER")]
    pub tracking: Option<String>,
    /// The institution's reference for it (an acknowledgement number, a message id).
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,
    /// The day it was received, from the avis de réception (YYYY-MM-DD). Given alone, it is
    /// recorded on the last step sent (the last of level --step).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub received: Option<NaiveDate>,
    /// Print the change as a unified diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Record a level that is not admissible (yet) on the day it was sent, or whose letter
    /// recours did not write: with --step only.
    #[arg(long, requires = "step")]
    pub force: bool,
    /// Take back the last step `sent` recorded in this case, as it was before.
    #[arg(long, conflicts_with_all = ["step", "date", "channel", "tracking", "reference", "received", "force"])]
    pub undo: bool,
}

/// The arguments of `recours answered`.
#[derive(Debug, clap::Args)]
pub struct AnsweredArgs {
    /// The case file.
    pub case: PathBuf,
    /// The date written on the answer (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, required_unless_present = "undo")]
    pub date: Option<NaiveDate>,
    /// The level of the step it answers [default: the last step without an answer].
    #[arg(long, value_name = "N")]
    pub step: Option<u32>,
    /// The institution's reference on the answer.
    #[arg(long, value_name = "REF")]
    pub reference: Option<String>,
    /// What the answer says, in a few words.
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Print the change as a unified diff and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Take back the last answer `answered` recorded in this case, as it was before.
    #[arg(long, conflicts_with_all = ["date", "step", "reference", "summary"])]
    pub undo: bool,
}

/// The arguments of `recours render`.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The case file.
    pub case: PathBuf,
    /// Where to write the PDF, or the folder to write <case>-niveau-<N>.pdf into
    /// [default: beside the case, <case>-niveau-<N>.pdf].
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    /// The level to write for, instead of the next one.
    #[arg(long, value_name = "N")]
    pub step: Option<u32>,
    /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Write the letter even when its level is not admissible, yet (a deadline still runs)
    /// or at all by the recipient's rules (a court seized, a year passed), and replace an
    /// existing PDF of a draft never sent; each is reported as a warning. It does not
    /// override a fault of the case (an earlier level, a reference or an address the level
    /// needs), nor replace the letter of a level the history records as sent.
    #[arg(long)]
    pub force: bool,
    /// Also write the generated Typst markup to this file (for template authors).
    #[arg(long, value_name = "FILE")]
    pub emit_typst: Option<PathBuf>,
    /// The PDF standard: 1.7 (tagged) or a-2b (PDF/A-2b, for archiving).
    #[arg(long, value_enum, default_value_t = Standard::Pdf17, value_name = "STANDARD")]
    pub pdf_standard: Standard,
    /// pdf writes the letter; text and md print what a web form asks for, then the letter, to
    /// paste (nothing is written); json prints the decided letter for programs (a `version`
    /// field).
    #[arg(long, value_enum, default_value_t = render::LetterFormat::Pdf)]
    pub format: render::LetterFormat,
    /// Also write the letter as an e-mail draft beside the PDF (<case>-niveau-<N>.eml: the
    /// letter as text, the PDF attached) to send from your mailbox; a recipient reached only by
    /// e-mail is then written to by name and e-mail address.
    #[arg(long)]
    pub email: bool,
}

/// The arguments of `recours check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The case files, or folders of them.
    #[arg(required = true, num_args = 1.., value_name = "CASE|DIR")]
    pub cases: Vec<PathBuf>,
    /// The level to check for, instead of the next one.
    #[arg(long, value_name = "N")]
    pub step: Option<u32>,
    /// Evaluate on this day instead of the letter's date or today (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Print the timeline as text (for people) or JSON (for scripts).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// The arguments of `recours batch`.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// The folder of case files (*.yaml, *.yml; hidden folders are skipped).
    pub dir: PathBuf,
    /// Where to write the letters, the reports and SHA256SUMS.
    #[arg(short, long, value_name = "OUTDIR")]
    pub output: PathBuf,
    /// Threads [default: all cores].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Render every case again (even unchanged ones), write the letters whose level is not
    /// admissible (yet) as `render --force` does, each with its warning, and replace a PDF in
    /// the way that no batch wrote. A letter a batch wrote is never replaced: a new version of
    /// it is written beside it under the letter's date.
    #[arg(long)]
    pub force: bool,
    /// Take only the K-th of N stable slices of the cases (for several machines).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// The letters' date for cases that give none (YYYY-MM-DD) [default: today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Write report.csv for a French spreadsheet (Excel, LibreOffice): a byte-order mark so
    /// that accents show, `;` between columns, Windows line ends.
    #[arg(long)]
    pub excel: bool,
    /// Also write each letter's e-mail draft beside its PDF (<case>-niveau-<N>.eml), as
    /// `render --email` does.
    #[arg(long)]
    pub email: bool,
}

/// The arguments of `recours watch`.
#[derive(Debug, clap::Args)]
pub struct WatchArgs {
    /// The case file.
    pub case: PathBuf,
    /// Where to write the PDF [default: beside the case, <case>-apercu.pdf].
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// The arguments of `recours preview`.
#[derive(Debug, clap::Args)]
pub struct PreviewArgs {
    /// The case file.
    pub case: PathBuf,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 7733)]
    pub port: u16,
    /// The letter's date (YYYY-MM-DD) [default: letter.date, or today].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
}

/// The arguments of `recours templates`.
#[derive(Debug, clap::Args)]
pub struct TemplatesArgs {
    #[command(subcommand)]
    pub command: TemplatesCommand,
}

/// The arguments of `recours init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The institution's id (`recours institutions` lists them).
    #[arg(long, value_parser = RegistryId { bodies: false })]
    pub institution: String,
    /// The case file to write (its folder is created if need be).
    #[arg(short, long, value_name = "FILE", default_value = "case.yaml")]
    pub output: PathBuf,
}

/// The arguments of `recours new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The case file to write (never replaced; its folder is created if need be).
    #[arg(short, long, value_name = "FILE", default_value = "case.yaml")]
    pub output: PathBuf,
}

/// The arguments of `recours completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// The arguments of `recours man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write recours.1 and a page per command into this folder (created if need be;
    /// pages written there before are refreshed), e.g. ~/.local/share/man/man1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The arguments of `recours generate`.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// How many cases.
    pub count: usize,
    /// The folder to write them in (one subfolder per institution).
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// The same seed gives the same cases.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// The arguments of `recours institutions`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct InstitutionsArgs {
    #[command(subcommand)]
    pub action: Option<institutions::InstitutionsCommand>,
    /// An institution's (or a mediator's) id.
    #[arg(value_parser = RegistryId { bodies: true })]
    pub id: Option<String>,
    /// Write the registry in use (the built-in institutions.yaml, or that of --registry) to
    /// this file, to correct or extend it and pass it with --registry. Never replaces a file.
    #[arg(long, value_name = "FILE", conflicts_with = "id")]
    pub export: Option<PathBuf>,
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
    use crate::text::messages;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    messages::set_language(messages::choose(messages::flag_in(&args), |name| {
        std::env::var(name).ok()
    }));
    let cli = help::parse(args);
    if cli.command.for_scripts() {
        messages::set_language(messages::Lang::En);
    }
    match run(cli) {
        Ok(report) => {
            for warning in &report.warnings {
                let warning = crate::text::identifiers::redact_card_numbers(warning);
                eprintln!("{}", tr!("shown-warning", message = warning));
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
            let usage = matches!(error, Error::Usage(_));
            let error = crate::text::identifiers::redact_card_numbers(&error.to_string());
            eprintln!("{}", tr!("shown-error", message = error));
            if usage {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// Runs a parsed command line; returns what to print on success.
pub fn run(cli: Cli) -> Result<Report, Error> {
    let globals = Globals {
        registry: cli.registry,
        registry_dir: cli.registry_dir.or_else(crate::registry::user_registry_dir),
        templates: cli.templates,
        locales: cli.locales,
    };
    match cli.command {
        Command::Render(args) => render::command(&globals, args),
        Command::Check(args) => check::command(&globals, args),
        Command::Batch(args) => batch::command(&globals, args),
        Command::Watch(args) => watch::command(&globals, args),
        Command::Preview(args) => preview::command(&globals, args),
        Command::Templates(args) => templates::command(&globals, args),
        Command::Init(args) => init::command(&globals, args),
        Command::New(args) => new::command(&globals, args),
        Command::Schema => manual::schema(&globals),
        Command::Completions(CompletionsArgs { shell }) => manual::completions(shell),
        Command::Man(ManArgs { dir }) => manual::man(dir),
        Command::Generate(args) => generate::command(args),
        Command::Institutions(args) => institutions::command(&globals, args),
        Command::Answered(args) => answered::command(&globals, args),
        Command::Sent(args) => sent::command(&globals, args),
        Command::Agenda(args) => agenda::command(&globals, args),
    }
}

/// The options every command takes: the registry, the templates and the wording to use.
pub struct Globals {
    pub registry: Option<PathBuf>,
    /// The clinic's registry folder: `--registry-dir`, else the user's one when it exists.
    pub registry_dir: Option<PathBuf>,
    pub templates: Option<PathBuf>,
    pub locales: Option<PathBuf>,
}

impl Globals {
    /// The engine with the registry, templates and wording these options name.
    pub fn engine(&self) -> Result<crate::Engine, Error> {
        crate::Engine::new(self.registry.as_deref(), self.templates.as_deref())?
            .with_registry_dir(self.registry_dir.as_deref())?
            .with_locales(self.locales.as_deref())
    }
}

/// Prints a line at once: a watch or a preview runs until stopped, often behind a pipe.
fn print_now(line: &str) {
    use std::io::Write as _;
    println!("{line}");
    let _ = std::io::stdout().flush();
}

/// The registry given with `--registry`, or the built-in one, with the clinic's folder on top.
fn load_registry(globals: &Globals) -> Result<Registry, Error> {
    let registry = match globals.registry.as_deref() {
        Some(path) => Registry::load(path)?,
        None => Registry::embedded()?,
    };
    match globals.registry_dir.as_deref() {
        Some(dir) => registry.with_additions(dir),
        None => Ok(registry),
    }
}
