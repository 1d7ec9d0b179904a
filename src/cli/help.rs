//! The command line's help in French or Dutch. English is the arguments' doc comments, as clap
//! shows them; for another language each command's and each option's help comes from the
//! language's message file (`help-COMMAND`, `help-COMMAND-OPTION`, the root's `help-about` and
//! `help-global-OPTION`), and the words clap writes itself — the headings, the `--help` and
//! `--version` flags, "default" and "possible values" — are the file's too. A help missing from
//! the file keeps its English (a test lists every one missing). The manual pages and the
//! completion scripts are generated from the English.

use clap::{Arg, ArgAction, Command};

use fluent_bundle::FluentValue;

use crate::text::messages::{Lang, language, message};

/// The message id of a command's (or an argument's) help: `help-render`, `help-render-output`.
pub fn help_id(path: &[&str], arg: Option<&str>) -> String {
    let mut id = String::from(match (path.is_empty(), arg.is_some()) {
        // The options every command takes.
        (true, true) => "help-global",
        _ => "help",
    });
    for part in path.iter().chain(arg.iter()) {
        id.push('-');
        id.push_str(part);
    }
    if path.is_empty() && arg.is_none() {
        id.push_str("-about");
    }
    id
}

/// A message of the language's file, when it has it.
fn known(id: &str) -> Option<String> {
    let text = message(id, &[]);
    (text != id).then_some(text)
}

/// The command line parsed, its help in the tool's language (`recours help X` is `recours X
/// --help`, as clap's own `help` command does in English).
pub fn parse(mut args: Vec<std::ffi::OsString>) -> super::Cli {
    use clap::{CommandFactory, FromArgMatches};
    if crate::text::messages::language() != crate::text::messages::Lang::En
        && let Some(at) = first_word(&args)
        && args[at] == "help"
    {
        args.remove(at);
        args.push("--help".into());
    }
    // A command line that parses needs no help: the localized command (a few milliseconds to
    // build) is made only for the help, the version and a refusal.
    if let Ok(matches) = super::Cli::command().try_get_matches_from(&args) {
        return super::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    }
    let command = localized(super::Cli::command());
    let matches = match command.try_get_matches_from(args) {
        Ok(matches) => matches,
        // The help and the version are printed as clap prints them (in the language's words).
        Err(e) if language() == Lang::En || !e.use_stderr() => e.exit(),
        Err(e) => match explain(&e) {
            Some(said) => {
                eprintln!("{said}");
                std::process::exit(2)
            }
            None => e.exit(),
        },
    };
    super::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// A mistake on the command line in the tool's language: what is wrong, the nearest right
/// word, the command's usage. `None` for a mistake clap words better (its help, shown when a
/// command is missing).
fn explain(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let said = |id: &str, values: &[(&str, String)]| {
        let values: Vec<(&str, FluentValue)> = values
            .iter()
            .map(|(name, v)| (*name, FluentValue::from(v.clone())))
            .collect();
        message(id, &values)
    };
    let mut problem = match e.kind() {
        ErrorKind::UnknownArgument => said("clap-unknown-argument", &[("arg", arg)]),
        ErrorKind::InvalidSubcommand => said(
            "clap-unknown-command",
            &[("command", text(ContextKind::InvalidSubcommand)?)],
        ),
        ErrorKind::InvalidValue => said("clap-invalid-value", &[("value", value), ("arg", arg)]),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e).map(|r| r.to_string())?;
            said(
                "clap-value-validation",
                &[("value", value), ("arg", arg), ("reason", reason)],
            )
        }
        ErrorKind::MissingRequiredArgument => said("clap-missing", &[("args", arg)]),
        ErrorKind::ArgumentConflict => said(
            "clap-conflict",
            &[("arg", arg), ("other", text(ContextKind::PriorArg)?)],
        ),
        _ => return None,
    };
    if let Some(valid) = text(ContextKind::ValidValue) {
        problem.push_str("\n  ");
        problem.push_str(&message("help-possible", &[("values", valid.into())]));
    }
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(text);
    if let Some(near) = suggested {
        problem.push_str("\n  ");
        problem.push_str(&message(
            "line-help",
            &[(
                "text",
                message("yaml-did-you-mean", &[("near", near.into())]).into(),
            )],
        ));
    }
    let mut said = message("shown-error", &[("message", problem.into())]);
    let usage = text(ContextKind::Usage).unwrap_or_default();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    if !usage.is_empty() {
        said.push_str(&format!("\n\n{} {usage}", message("help-usage", &[])));
    }
    said.push_str("\n\n");
    said.push_str(&message("clap-more", &[]));
    Some(said)
}

/// The place of the first word that is not an option nor an option's value: the command.
fn first_word(args: &[std::ffi::OsString]) -> Option<usize> {
    let mut i = 1;
    while let Some(arg) = args.get(i) {
        let arg = arg.to_string_lossy();
        if ["--lang", "--registry", "--templates", "--locales"].contains(&arg.as_ref()) {
            i += 2;
        } else if arg.starts_with('-') {
            i += 1;
        } else {
            return Some(i);
        }
    }
    None
}

/// The command line with its help in the tool's language.
pub fn localized(command: Command) -> Command {
    if language() == Lang::En {
        return command;
    }
    localize(command, &[], true)
}

fn localize(mut command: Command, path: &[&str], root: bool) -> Command {
    if let Some(about) = known(&help_id(path, None)) {
        command = command.about(about).long_about(None);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|a| root || !a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let text = known(&help_id(path, Some(&id)));
        command = command.mut_arg(id, |arg| localize_arg(arg, text));
    }
    let has_positionals = command.get_positionals().next().is_some();
    let has_subcommands = command.has_subcommands();
    command = command
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(message("help-flag-help", &[])),
        )
        .help_template(template(has_positionals, has_subcommands));
    if root {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(message("help-flag-version", &[])),
        );
        command = command.disable_help_subcommand(true);
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let mut inner: Vec<&str> = path.to_vec();
        inner.push(&name);
        command = command.mut_subcommand(&name, |sub| localize(sub, &inner, false));
    }
    command
}

/// An argument's help in the language, with its default and possible values in its words.
fn localize_arg(mut arg: Arg, text: Option<String>) -> Arg {
    let mut help = match text {
        Some(text) => text,
        None => arg.get_help().map(|h| h.to_string()).unwrap_or_default(),
    };
    if arg.get_action().takes_values() {
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|p| !p.is_hide_set())
            .map(|p| p.get_name().to_string())
            .collect();
        // The registry's ids are offered to completion, not listed in the help.
        if !possible.is_empty() && possible.len() <= 8 {
            help.push(' ');
            help.push_str(&message(
                "help-possible",
                &[("values", possible.join(", ").into())],
            ));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            help.push(' ');
            help.push_str(&message(
                "help-default",
                &[("value", defaults.join(", ").into())],
            ));
        }
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    arg.help(help.clone()).long_help(help)
}

/// clap's help page with the language's headings, the sections the command has.
fn template(positionals: bool, subcommands: bool) -> String {
    let mut t = String::from("{before-help}{about-with-newline}\n");
    t.push_str(&message("help-usage", &[]));
    t.push_str(" {usage}\n");
    if subcommands {
        t.push_str(&format!(
            "\n{}\n{{subcommands}}\n",
            message("help-commands", &[])
        ));
    }
    if positionals {
        t.push_str(&format!(
            "\n{}\n{{positionals}}\n",
            message("help-arguments", &[])
        ));
    }
    t.push_str(&format!(
        "\n{}\n{{options}}\n",
        message("help-options", &[])
    ));
    t.push_str("{after-help}");
    t
}
