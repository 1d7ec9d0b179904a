//! The tool's own messages — errors with their `expected` and `help` lines, warnings, the
//! summaries of `check`, `render`, `batch`, `agenda`, `institutions`, the interview of
//! `recours new`, the help of the command line — in French, Dutch or English, from one Project
//! Fluent file per language (`locales/fr/recours.ftl`, `locales/nl/recours.ftl`,
//! `locales/en/recours.ftl`) a translator can read and correct without reading Rust. Rust says
//! which message and with which values (amounts already written out); the files say how it
//! reads. A date, which the code passes as `2027-01-11`, is written by the message with
//! `{ DATE($due) }` as people write it (« 11 janvier 2027 »): ISO dates stay in machine
//! outputs and in what a person types (a YAML value, an option).
//!
//! The language is chosen once per process ([`set_language`]): the command line takes it from
//! `--lang`, else from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order, as POSIX
//! reads them), else French ([`choose`]). A library caller that chooses none reads English,
//! the language of the code. Machine outputs (JSON, CSV, exit codes) never pass through here.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language the tool speaks to its user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Fr,
    Nl,
    En,
}

impl Lang {
    /// Every language, in the order of [`Lang::index`].
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];

    /// Its code, as in `--lang` and the folders of `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The built-in message file of this language: its path under `locales/` and its text.
    pub fn source(self) -> (&'static str, &'static str) {
        match self {
            Lang::Fr => (
                "fr/recours.ftl",
                include_str!("../../locales/fr/recours.ftl"),
            ),
            Lang::Nl => (
                "nl/recours.ftl",
                include_str!("../../locales/nl/recours.ftl"),
            ),
            Lang::En => (
                "en/recours.ftl",
                include_str!("../../locales/en/recours.ftl"),
            ),
        }
    }
}

/// The language in use: `u8::MAX` until one is chosen (English, the code's).
static LANGUAGE: AtomicU8 = AtomicU8::new(u8::MAX);

/// Chooses the language of every message from now on.
pub fn set_language(lang: Lang) {
    LANGUAGE.store(lang as u8, Ordering::Relaxed);
}

/// The language in use.
pub fn language() -> Lang {
    match LANGUAGE.load(Ordering::Relaxed) {
        0 => Lang::Fr,
        1 => Lang::Nl,
        _ => Lang::En,
    }
}

/// The language a person asked for: `--lang` when given, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty (`fr_BE.UTF-8` is French, `nl_BE` Dutch,
/// `en_GB` English), else French — also for a locale of another language and for `C`/`POSIX`,
/// the bare default of a system nobody configured.
pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| env(name))
        .find(|value| !value.is_empty());
    let Some(locale) = locale else {
        return Lang::Fr;
    };
    let code = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match code.as_str() {
        "nl" => Lang::Nl,
        "en" => Lang::En,
        _ => Lang::Fr,
    }
}

/// The language named by `--lang X` or `--lang=X` among the arguments, read before the command
/// line is parsed: the help and the parser's own errors are in that language too. An unknown
/// value is left for the parser to refuse.
pub fn flag_in(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut words = args.iter().map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|w| w.into_owned()),
            Some(rest) => match rest.strip_prefix('=') {
                Some(value) => Some(value.to_string()),
                None => continue,
            },
            None => continue,
        };
        return match value.as_deref() {
            Some("fr") => Some(Lang::Fr),
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        };
    }
    None
}

/// The messages of one language, read the first time one is asked for: a process reads its
/// language's file, and English's only if a message is missing from it.
fn bundle_of(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index()].get_or_init(|| bundle(lang))
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let (path, text) = lang.source();
    let resource = FluentResource::try_new(text.to_string())
        .unwrap_or_else(|(_, errors)| panic!("the built-in {path}: {errors:?}"));
    let code: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
    let mut bundle = FluentBundle::new_concurrent(vec![code]);
    // No invisible isolation marks around the values: they would show in a terminal.
    bundle.set_use_isolating(false);
    // `{ ELIDE("de", $name) }`: « d'Ombudsfin », « de Cetelem » (French elision).
    bundle
        .add_function("ELIDE", |positional, _| match positional {
            [FluentValue::String(word), FluentValue::String(next)] => {
                FluentValue::from(elide(word, next))
            }
            [word, next] => FluentValue::from(format!("{} {}", plain(word), plain(next))),
            _ => FluentValue::Error,
        })
        .expect("one function of that name");
    // `{ DATE($due) }`: a date the code gives as `2027-01-11`, as people of the language write
    // it (« 11 janvier 2027 »); any other value as it is.
    bundle
        .add_function("DATE", move |positional, _| match positional {
            [FluentValue::String(text)] => match iso_date(text) {
                Some(day) => FluentValue::from(written_date(lang, day)),
                None => FluentValue::from(text.to_string()),
            },
            [other] => FluentValue::from(plain(other)),
            _ => FluentValue::Error,
        })
        .expect("one function of that name");
    bundle
        .add_resource(resource)
        .unwrap_or_else(|errors| panic!("the built-in {path}: {errors:?}"));
    bundle
}

/// `word` before `next`, elided before a vowel or a mute h as French writes it: « de » +
/// « Ombudsfin » is « d'Ombudsfin », « que » + « American Express » « qu'American Express ».
pub fn elide(word: &str, next: &str) -> String {
    let vowel = next
        .chars()
        .next()
        .is_some_and(|c| "aeiouyhàâäéèêëîïôöùûüAEIOUYHÀÂÉÈÊÎÔÛ".contains(c));
    // « de » + « Le Médiateur » is « du Médiateur », + « Les … » « des … ».
    let contracted = match word {
        "de" => (next.strip_prefix("Le ").map(|rest| format!("du {rest}")))
            .or_else(|| next.strip_prefix("Les ").map(|rest| format!("des {rest}"))),
        _ => None,
    };
    match (contracted, word.strip_suffix('e')) {
        (Some(contracted), _) => contracted,
        (None, Some(stem)) if vowel => format!("{stem}'{next}"),
        _ => format!("{word} {next}"),
    }
}

/// A value that is a whole ISO date (`2027-01-11`), as the code writes dates.
fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let shaped = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    shaped
        .then(|| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
}

/// A date as people of the language write it in a sentence: « 11 janvier 2027 »,
/// « 1er février 2027 », „11 januari 2027”, "11 January 2027" (plain spaces: a terminal line, a
/// report's cell).
pub fn written_date(lang: Lang, day: chrono::NaiveDate) -> String {
    let words = match lang {
        Lang::Fr => crate::text::french::date(day),
        Lang::Nl => crate::text::dutch::date(day),
        Lang::En => day.format("%-d %B %Y").to_string(),
    };
    words.replace('\u{a0}', " ")
}

/// A value of a message as text.
fn plain(value: &FluentValue) -> String {
    match value {
        FluentValue::String(s) => s.to_string(),
        FluentValue::Number(n) => n.as_string().to_string(),
        _ => String::new(),
    }
}

/// One message in the language in use, its values given by name (`id`, or `id.help` for an
/// attribute of it). A message missing from a
/// language reads in English (the test `every_message_exists_in_every_language` keeps that from
/// happening); one missing everywhere shows its id.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    message_in(language(), id, args)
}

/// One message in the language given.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    // `id.attribute`: an attribute of the message, such as the `.help` of a problem.
    let (id_only, attribute) = match id.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (id, None),
    };
    for bundle in [lang, Lang::En].map(bundle_of) {
        let message = bundle.get_message(id_only);
        let pattern = match attribute {
            Some(attribute) => message
                .and_then(|m| m.get_attribute(attribute))
                .map(|a| a.value()),
            None => message.and_then(|m| m.value()),
        };
        if let Some(pattern) = pattern {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            return text.into_owned();
        }
    }
    id.to_string()
}

/// A problem and, under it, what to do: `problem\n  help: …`, the label in the language in use.
pub fn with_help(problem: String, help: String) -> String {
    let help = message("line-help", &[("text", FluentValue::from(help))]);
    format!("{problem}\n  {help}")
}

/// `tr!(help "id", …)`: the message and its `.help` attribute, as [`with_help`] shows them.
/// `tr!("id")`, `tr!("id", name = value, …)`: the message `id` in the language in use. A
/// value is anything a Fluent value is made from: text (`&str`, `String`) or a number; dates,
/// amounts and paths are written out first.
macro_rules! tr {
    (help $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        let args: &[(&str, fluent_bundle::FluentValue<'_>)] =
            &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),*];
        $crate::text::messages::with_help(
            $crate::text::messages::message($id, args),
            $crate::text::messages::message(concat!($id, ".help"), args),
        )
    }};
    ($id:literal) => {
        $crate::text::messages::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text::messages::message(
            $id,
            &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),+],
        )
    };
}
pub(crate) use tr;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_elides_before_a_vowel_or_a_mute_h() {
        assert_eq!(elide("que", "Ombudsfin"), "qu'Ombudsfin");
        assert_eq!(elide("de", "un mois"), "d'un mois");
        assert_eq!(elide("de", "American Express"), "d'American Express");
        assert_eq!(elide("de", "Cetelem"), "de Cetelem");
        assert_eq!(elide("que", "La Médiatrice"), "que La Médiatrice");
        assert_eq!(
            elide("de", "Le Médiateur de l'ASF"),
            "du Médiateur de l'ASF"
        );
        assert_eq!(
            elide("de", "La Médiation de l'Assurance"),
            "de La Médiation de l'Assurance"
        );
        // Through a message, in French.
        let said = message_in(
            Lang::Fr,
            "recipient-unconfirmed",
            &[
                ("why", FluentValue::from("x")),
                ("recipient", FluentValue::from("Ombudsfin")),
                ("institution", FluentValue::from("cetelem-be")),
                ("level", FluentValue::from(2)),
            ],
        );
        assert!(
            said.contains("vérifiez qu'Ombudsfin est compétent"),
            "{said}"
        );
        let said = message_in(
            Lang::Fr,
            "opens-after-deadline",
            &[
                ("date", FluentValue::from("2026-08-01")),
                ("level", FluentValue::from(2)),
                ("deadline", FluentValue::from("un mois")),
                (
                    "start",
                    FluentValue::from("un point de départ que sa source ne donne pas"),
                ),
                ("until", FluentValue::from("2026-09-01")),
            ],
        );
        assert_eq!(
            said,
            "la démarche du 1er août 2026 (niveau 2) est sans réponse et son délai de réponse \
             d'un mois à compter d'un point de départ que sa source ne donne pas court jusqu'au \
             1er septembre 2026"
        );
    }

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_over_the_locale() {
        assert_eq!(
            choose(Some(Lang::Nl), env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::Nl
        );
    }

    #[test]
    fn the_locale_is_read_in_the_posix_order() {
        let all = [
            ("LC_ALL", "nl_BE.UTF-8"),
            ("LC_MESSAGES", "en_GB"),
            ("LANG", "fr_BE"),
        ];
        assert_eq!(choose(None, env(&all)), Lang::Nl);
        assert_eq!(choose(None, env(&all[1..])), Lang::En);
        assert_eq!(choose(None, env(&all[2..])), Lang::Fr);
        // An empty variable is as if unset.
        assert_eq!(
            choose(None, env(&[("LC_ALL", ""), ("LANG", "nl_NL")])),
            Lang::Nl
        );
    }

    #[test]
    fn french_where_nothing_or_another_language_is_asked() {
        assert_eq!(choose(None, env(&[])), Lang::Fr);
        assert_eq!(choose(None, env(&[("LANG", "C.UTF-8")])), Lang::Fr);
        assert_eq!(choose(None, env(&[("LANG", "POSIX")])), Lang::Fr);
        assert_eq!(choose(None, env(&[("LANG", "de_BE.UTF-8")])), Lang::Fr);
        assert_eq!(choose(None, env(&[("LANG", "en")])), Lang::En);
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        let args = |words: &[&str]| -> Vec<std::ffi::OsString> {
            words.iter().map(|w| w.into()).collect()
        };
        assert_eq!(
            flag_in(&args(&["recours", "--lang", "nl", "check"])),
            Some(Lang::Nl)
        );
        assert_eq!(
            flag_in(&args(&["recours", "check", "x.yaml", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(flag_in(&args(&["recours", "--lang", "es"])), None);
        assert_eq!(flag_in(&args(&["recours", "--", "--lang", "en"])), None);
        assert_eq!(flag_in(&args(&["recours", "--language", "en"])), None);
    }

    #[test]
    fn a_message_reads_in_each_language_with_its_values() {
        let values = [("text", FluentValue::from("a date"))];
        assert_eq!(
            message_in(Lang::En, "line-expected", &values),
            "expected: a date"
        );
        assert_eq!(
            message_in(Lang::Fr, "line-expected", &values),
            "attendu : a date"
        );
        assert_eq!(
            message_in(Lang::Nl, "line-expected", &values),
            "verwacht: a date"
        );
        // An attribute, and a message missing from a language reads in English.
        assert_eq!(
            message_in(
                Lang::Fr,
                "port-in-use.help",
                &[("next", FluentValue::from(8081))]
            ),
            "donnez-en un autre avec --port, par exemple --port 8081, ou --port 0 pour prendre n'importe quel port libre"
        );
        assert_eq!(
            message_in(Lang::Fr, "no-such-message", &[]),
            "no-such-message"
        );
    }
}
