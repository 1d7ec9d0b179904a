//! `recours new`: the case file by interview, for a person who will never open a YAML file.
//! It asks, in the person's language, what the institution's ladder needs — who they are (or
//! the clinic acting for them), the institution, the product, the references (each checked as
//! it is typed, with the messages of `check`), what happened and what they ask, the steps
//! already taken — then writes the file `init` writes, filled in ([`fill`]), runs `check` and
//! offers to write the letter. Nothing is written before the last answer: Esc asks whether to
//! go back one question, take the question up again or give up ([`questions`]); Ctrl-C stops
//! at once; neither leaves a file. Without a terminal it refuses, and points at `init`.

pub mod fill;
mod line;
mod questions;

use std::io::IsTerminal as _;

use clap::Parser as _;

use chrono::NaiveDate;
use inquire::{InquireError, Select};

use super::init::{Need, case_template, reference_needs};
use super::{Globals, NewArgs, Report, load_registry};
use crate::error::Error;
use crate::registry::{ChannelKind, Institution, ReferenceKind, Registry};
use crate::text::identifiers;
use crate::text::messages::tr;
use fill::Taken;

type Asked<T> = Result<T, InquireError>;

/// One line of text; `required` refuses an empty answer.
fn text(question: &str, help: Option<&str>, required: bool) -> Asked<Option<String>> {
    checked(question, help.unwrap_or_default(), required, |_| Ok(()))
}

fn required(question: &str, help: Option<&str>) -> Asked<String> {
    text(question, help, true).map(Option::unwrap_or_default)
}

/// The answer as the screen keeps it once given: a card or national register number with only
/// its last four digits, as every message of the tool shows it.
fn masked(answer: &str) -> String {
    identifiers::redact_card_numbers(answer)
}

/// A text checked as it is typed (`check` returns the message of `recours check` when wrong),
/// with `help` under it when there is one.
fn checked(
    question: &str,
    help: &str,
    required: bool,
    check: impl Fn(&str) -> Result<(), String>,
) -> Asked<Option<String>> {
    checked_as(question, help, required, check, masked)
}

/// As [`checked`], the answer shown once given as `shown` says it (a date or an amount said
/// back as read).
fn checked_as(
    question: &str,
    help: &str,
    required: bool,
    check: impl Fn(&str) -> Result<(), String>,
    shown: fn(&str) -> String,
) -> Asked<Option<String>> {
    let empty = tr!("new-required");
    let check = move |input: &str| {
        if input.is_empty() {
            return if required { Err(empty.clone()) } else { Ok(()) };
        }
        check(input)
    };
    let shown = move |answer: &str| shown(&masked(answer));
    // Asked again after « back »: the answer given before, to keep or correct.
    let (place, before) = questions::memory::next();
    let canceled = tr!("new-canceled");
    let answer = line::read(&line::Question {
        text: question,
        help,
        initial: before.as_deref(),
        check: &check,
        shown: &shown,
        canceled: &canceled,
    })?;
    questions::memory::keep(place, &answer);
    let answer = answer.trim().to_string();
    Ok((!answer.is_empty()).then_some(answer))
}

/// A date as a person types it: YYYY-MM-DD, or day first as French writes it (04/12/2026,
/// 4.12.2026).
fn read_day(input: &str) -> Result<NaiveDate, String> {
    crate::case::parse_date(input).or_else(|error| {
        let parts: Vec<&str> = input.trim().split(['/', '.', '-']).collect();
        match parts.as_slice() {
            [d, m, y] if y.len() == 4 => {
                let number = |p: &str| p.parse::<u32>().ok();
                let (d, m, y) = (number(d), number(m), number(y));
                (d.zip(m).zip(y))
                    .and_then(|((d, m), y)| NaiveDate::from_ymd_opt(y as i32, m, d))
                    .ok_or(error)
            }
            _ => Err(error),
        }
    })
}

/// A date, typed as [`read_day`] reads it, never after today nor before `after` (an answer
/// before its step); said back as read (« 2026-12-04, 4 décembre 2026 ») and written as the
/// case file writes dates.
fn day(
    question: &str,
    today: NaiveDate,
    after: Option<NaiveDate>,
    required: bool,
) -> Asked<Option<String>> {
    let answer = checked_as(
        question,
        &tr!("new-date-help"),
        required,
        move |input| {
            let day = read_day(input)?;
            if day > today {
                return Err(tr!("new-date-future", today = today.to_string()));
            }
            match after {
                Some(step) if day < step => Err(tr!(
                    "answer-before-step",
                    answered = day.to_string(),
                    date = step.to_string()
                )),
                _ => Ok(()),
            }
        },
        |input| match read_day(input) {
            Ok(day) => tr!(
                "new-read-as",
                read = format!(
                    "{day}, {}",
                    crate::text::messages::written_date(crate::text::messages::language(), day)
                )
            ),
            Err(_) => input.to_string(),
        },
    )?;
    Ok(answer.map(|a| read_day(&a).map_or(a, |d| d.to_string())))
}

/// An amount as a person types it: « 45.00 », or as French writes it (« 1 240,00 € »).
fn read_amount(input: &str) -> Result<f64, String> {
    crate::case::parse_amount(input).or_else(|error| {
        let cleaned: String = (input.trim().trim_end_matches('€').chars())
            .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
            .collect();
        let pointed = match (cleaned.rfind(','), cleaned.rfind('.')) {
            (Some(comma), point) if point.is_none_or(|p| p < comma) => {
                cleaned.replace('.', "").replace(',', ".")
            }
            _ => cleaned.replace(',', ""),
        };
        pointed
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or(error)
    })
}

/// One choice among labelled values, the arrows' help in the person's language.
fn choose<T: Clone>(question: &str, options: Vec<(String, T)>) -> Asked<T> {
    let labels: Vec<String> = options.iter().map(|(label, _)| label.clone()).collect();
    let help = tr!("new-select-help");
    let (place, before) = questions::memory::next();
    let start = (before.and_then(|b| labels.iter().position(|l| *l == b))).unwrap_or(0);
    let picked = Select::new(question, labels.clone())
        .with_help_message(&help)
        .with_page_size(12)
        .with_starting_cursor(start)
        .prompt()?;
    questions::memory::keep(place, &picked);
    let at = labels.iter().position(|l| *l == picked).unwrap_or(0);
    Ok(options[at].1.clone())
}

fn yes_no(question: &str) -> Asked<bool> {
    choose(
        question,
        vec![(tr!("new-no"), false), (tr!("new-yes"), true)],
    )
}

/// Several lines, one at a time, until an empty one.
fn several(question: &str, help: &str) -> Asked<Vec<String>> {
    let mut items = Vec::new();
    loop {
        let required = items.is_empty();
        let question = if required {
            question.to_string()
        } else {
            tr!("new-another", question = question)
        };
        match text(&question, Some(help), required)? {
            Some(item) => items.push(item),
            None => return Ok(items),
        }
    }
}

/// A postal address: the street line, then the postcode and town, checked as `check` does.
fn address(whose: &str) -> Asked<Vec<String>> {
    let street = required(&tr!("new-street", whose = whose), None)?;
    let town = checked(&tr!("new-town", whose = whose), "", true, |input| {
        match crate::procedure::plan::is_postcode_line(input) {
            true => Ok(()),
            false => Err(tr!("address-no-postcode", line = input)),
        }
    })?;
    Ok(vec![street, town.unwrap_or_default()])
}

/// An optional e-mail address, checked as `check` does.
fn email(question: &str) -> Asked<Option<String>> {
    checked(question, &tr!("new-optional"), false, |input| {
        match crate::procedure::plan::is_email_address(input) {
            true => Ok(()),
            false => Err(tr!("email-not-address", address = input)),
        }
    })
}

fn reference_question(kind: ReferenceKind, institution: &Institution) -> String {
    match kind {
        ReferenceKind::FileNumber => match institution.file_number_digits {
            Some(n) => tr!("new-ref-file-number-digits", digits = n),
            None => tr!("new-ref-file-number"),
        },
        ReferenceKind::ContractNumber => tr!("new-ref-contract-number"),
        ReferenceKind::MemberNumber => tr!("new-ref-member-number"),
        ReferenceKind::CardNumber => tr!("new-ref-card-number"),
        ReferenceKind::NationalRegister => tr!("new-ref-national-register"),
    }
}

/// The check `recours check` makes of a reference, as the person types it.
fn reference_check(
    kind: ReferenceKind,
    institution: &Institution,
) -> impl Fn(&str) -> Result<(), String> + Clone + 'static {
    let digits = institution.file_number_digits;
    move |input: &str| match kind {
        ReferenceKind::CardNumber => identifiers::check_card_number(input)
            .map(drop)
            .map_err(|e| e.to_string()),
        ReferenceKind::NationalRegister => identifiers::check_national_register(input)
            .map(drop)
            .map_err(|e| e.to_string()),
        ReferenceKind::FileNumber => match digits {
            Some(n) => identifiers::check_fixed_digits(input, n)
                .map(drop)
                .map_err(|e| tr!("new-ref-digits", digits = n, problem = e)),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

/// The references the ladder uses, each checked as it is typed. Where a level needs one of a
/// group (« le numéro de dossier ou de contrat »), the group is one question: which of them
/// the person has, then that one (or each), and none may be skipped.
fn references(institution: &Institution) -> Asked<Vec<(ReferenceKind, String)>> {
    let mut given: Vec<(ReferenceKind, String)> = Vec::new();
    let groups: Vec<&Vec<ReferenceKind>> = (institution.ladder.iter())
        .flat_map(|l| &l.references.required_any)
        .collect();
    for (kind, need) in reference_needs(institution) {
        if given.iter().any(|(g, _)| *g == kind) {
            continue;
        }
        if need == Need::OneOf {
            let group = groups.iter().find(|g| g.contains(&kind));
            let alone = [kind];
            let asked = group.map_or(&alone[..], |g| g.as_slice());
            if asked.iter().any(|k| given.iter().any(|(g, _)| g == k)) {
                continue;
            }
            given.extend(one_of(asked, institution)?);
            continue;
        }
        let help = match need {
            Need::Required => tr!("new-need-required"),
            Need::OneOf | Need::Advised => tr!("new-need-advised"),
            Need::Optional => tr!("new-need-optional"),
        };
        let question = reference_question(kind, institution);
        let check = reference_check(kind, institution);
        if let Some(value) = checked(&question, &help, need == Need::Required, check)? {
            given.push((kind, value));
        }
    }
    Ok(given)
}

/// One reference of a group the institution needs one of: which the person has (or all of
/// them), then each of those, none skipped.
fn one_of(
    group: &[ReferenceKind],
    institution: &Institution,
) -> Asked<Vec<(ReferenceKind, String)>> {
    let names: Vec<String> = (group.iter())
        .map(|k| reference_question(*k, institution))
        .collect();
    let chosen: Vec<ReferenceKind> = match group {
        [one] => vec![*one],
        _ => {
            let mut options: Vec<(String, Vec<ReferenceKind>)> = (group.iter())
                .zip(&names)
                .map(|(k, name)| (name.clone(), vec![*k]))
                .collect();
            options.push((tr!("new-ref-all", count = group.len()), group.to_vec()));
            // « Le numéro de dossier ou le numéro de contrat »: each name after the first
            // inside the sentence.
            let inside: Vec<String> = (names.iter().enumerate())
                .map(|(i, n)| {
                    if i == 0 {
                        n.clone()
                    } else {
                        lowercase_first(n)
                    }
                })
                .collect();
            let joined = inside.join(&tr!("new-ref-or"));
            choose(&tr!("new-ref-which", names = joined), options)?
        }
    };
    let help = tr!("new-need-one-of-again", names = names.join(" / "));
    let mut given = Vec::new();
    for kind in chosen {
        let question = reference_question(kind, institution);
        let check = reference_check(kind, institution);
        if let Some(value) = checked(&question, &help, true, check)? {
            given.push((kind, value));
        }
    }
    Ok(given)
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// Whom a level writes to, as the interview names it: « Service client Cetelem »; a level with
/// several recipients names them all.
fn recipient_names(registry: &Registry, level: &crate::registry::Level) -> String {
    let mut names: Vec<String> = Vec::new();
    for entry in &level.recipients {
        let name = registry.resolve(entry).name;
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" / ")
}

/// The channels, in the order they are offered.
const CHANNELS: [ChannelKind; 7] = [
    ChannelKind::Letter,
    ChannelKind::Registered,
    ChannelKind::Email,
    ChannelKind::Portal,
    ChannelKind::Phone,
    ChannelKind::Chat,
    ChannelKind::InPerson,
];

/// The steps already taken, oldest first.
fn history(registry: &Registry, institution: &Institution, today: NaiveDate) -> Asked<Vec<Taken>> {
    let mut steps = Vec::new();
    let name = institution.short_name.as_str();
    loop {
        let question = if steps.is_empty() {
            tr!("new-history-first", institution = name)
        } else {
            tr!("new-history-more", institution = name)
        };
        if !yes_no(&question)? {
            return Ok(steps);
        }
        let levels = institution
            .ladder
            .iter()
            .map(|l| {
                (
                    tr!(
                        "new-level",
                        level = l.level,
                        kind = crate::procedure::timeline::kind_of(l.kind),
                        recipients = recipient_names(registry, l)
                    ),
                    l.level,
                )
            })
            .collect();
        let level = choose(&tr!("new-history-level"), levels)?;
        let date = day(&tr!("new-history-date"), today, None, true)?.unwrap_or_default();
        let channel = choose(
            &tr!("new-history-channel"),
            CHANNELS
                .iter()
                .map(|c| (crate::procedure::timeline::channel_words(*c), *c))
                .collect(),
        )?;
        let tracking = if channel == ChannelKind::Registered {
            text(&tr!("new-history-tracking"), None, false)?
        } else {
            None
        };
        let answer = if yes_no(&tr!("new-history-answered"))? {
            let sent = date.parse().ok();
            let on = day(&tr!("new-history-answer-date"), today, sent, true)?.unwrap_or_default();
            Some((on, text(&tr!("new-history-answer-summary"), None, false)?))
        } else {
            None
        };
        steps.push(Taken {
            level,
            date,
            channel: channel.key().to_string(),
            tracking,
            answer,
        });
    }
}

/// The letter's language, asked for a Belgian institution (the person's language first);
/// French, which needs no line, for a French one.
fn letter_language(institution: &Institution) -> Asked<Option<String>> {
    if institution.country != crate::registry::Country::BE {
        return Ok(None);
    }
    let mut options = vec![
        ("Français".to_string(), None),
        ("Nederlands".to_string(), Some("nl".to_string())),
        ("Deutsch".to_string(), Some("de".to_string())),
    ];
    if crate::text::messages::language() == crate::text::messages::Lang::Nl {
        options.swap(0, 1);
    }
    choose(&tr!("new-letter-language"), options)
}

pub fn command(globals: &Globals, args: NewArgs) -> Result<Report, Error> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Error::Usage(tr!(help "new-no-terminal")));
    }
    let output = args.output;
    if output.exists() {
        return Err(Error::CaseFileExists(output));
    }
    let registry = load_registry(globals)?;
    let today = crate::render::today();
    // What the prompt library writes of its own, in the person's language: a question left
    // with Esc (« <annulé> »).
    let canceled: &'static str = Box::leak(tr!("new-canceled").into_boxed_str());
    inquire::set_global_render_config(
        inquire::ui::RenderConfig::default()
            .with_canceled_prompt_indicator(inquire::ui::Styled::new(canceled)),
    );
    println!(
        "{}\n",
        tr!("new-welcome", file = output.display().to_string())
    );
    let (template, answers) = match questions::run(&registry, today) {
        Ok(done) => (done.template, done.answers),
        Err(InquireError::OperationInterrupted | InquireError::OperationCanceled) => {
            return Err(Error::Usage(tr!("new-interrupted")));
        }
        Err(e) => return Err(Error::Usage(e.to_string())),
    };
    let text = fill::case_text(&template, &answers).map_err(|e| e.located(&output, &template))?;
    super::init::write_new_case(&registry, &output, &text)?;
    println!(
        "\n{}\n",
        tr!("new-written", file = output.display().to_string())
    );
    let case = output.display().to_string();
    let check = super::Cli::try_parse_from(["recours", "check", case.as_str()])
        .map_err(|e| Error::Usage(e.to_string()))?;
    let report = super::run(check).inspect_err(|_| {
        // The file is written: what `check` finds is to correct in it.
        eprintln!("{}", tr!("new-check-failed", file = case.as_str()));
    })?;
    print!("{}", report.stdout);
    // The letter is offered only when it may go out today, as `check` just said.
    let file = crate::case::CaseFile::load(&output)?;
    let today = crate::today();
    let standing = crate::procedure::agenda::of_case(
        &registry,
        Ok(&file),
        None,
        today,
        crate::procedure::agenda::WITHIN_DAYS,
    );
    if standing.sendable && yes_no(&tr!("new-render-now")).unwrap_or(false) {
        let render = super::Cli::try_parse_from(["recours", "render", case.as_str()])
            .map_err(|e| Error::Usage(e.to_string()))?;
        return super::run(render);
    }
    Ok(tr!("new-render-later", file = case).into())
}
