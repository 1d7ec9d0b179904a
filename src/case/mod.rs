//! The case file: what a complainant (or the legal clinic acting for them) writes. Its format
//! is the project's contract with its users: keys are never renamed, only added. Every key is
//! known (`deny_unknown_fields`), and the values later checks need to point at are `Spanned`.

pub mod address;
pub mod edit;
pub mod schema;
pub mod signature;
pub mod structure;

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_saphyr::Spanned;

use crate::error::Error;
use crate::registry::{Audience, ChannelKind, Country};
use crate::text::messages::tr;
use crate::yaml;

/// A calendar date written `YYYY-MM-DD`; an impossible date (2026-02-30) is refused where it
/// is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_date(&text).map(Date).map_err(de::Error::custom)
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A date written YYYY-MM-DD, e.g. 2026-07-02."
        })
    }
}

/// Parses an ISO date, with a message a person understands when it is not one.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            parts.iter().map(|p| p.parse::<u32>().ok()).collect()
        }
        _ => None,
    };
    let Some(numbers) = numbers else {
        // A date as French writes it, day first: 12/07/2026, 12.07.2026, 12-07-2026.
        let french: Vec<&str> = text.split(['/', '.', '-']).collect();
        if let [d, m, y] = french.as_slice()
            && (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
            && y.len() == 4
            && [d, m, y]
                .iter()
                .all(|p| p.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(tr!(
                "date-day-first",
                text = text,
                iso = format!("{y}-{m:0>2}-{d:0>2}")
            ));
        }
        return Err(tr!("date-not-iso", text = text));
    };
    let (y, m, d) = (numbers[0] as i32, numbers[1], numbers[2]);
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        if !(1..=12).contains(&m) {
            tr!("date-no-month", text = text, month = m)
        } else {
            let last = (28..=31)
                .rev()
                .find(|day| NaiveDate::from_ymd_opt(y, m, *day).is_some())
                .unwrap_or(28);
            tr!("date-month-days", text = text, days = last)
        }
    })
}

pub use crate::text::french::parse_amount;

/// The marker of a value still to fill in, in the case files `recours init` writes: `check`
/// points at any left.
pub const PLACEHOLDER: &str = "À COMPLÉTER";

/// The civility of a complainant, used in the letter's sentences ("Mme Dubois").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
pub enum Civility {
    Madame,
    Monsieur,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Complainant {
    #[serde(default)]
    pub civility: Option<Civility>,
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub address: Spanned<Vec<String>>,
    #[serde(default)]
    pub country: Option<Country>,
    #[serde(default, rename = "type")]
    pub audience: Audience,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// For a company: the person who signs its letters.
    #[serde(default)]
    pub signatory: Option<Signatory>,
}

/// The person who signs for an organisation (a clinic, a company): « Sophie Martin, juriste ».
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    /// Their function: « juriste », « gérant ».
    #[serde(default)]
    pub role: Option<String>,
}

/// Someone acting for the complainant, typically a legal clinic, under a written mandate.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    #[schemars(with = "String")]
    pub name: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub address: Spanned<Vec<String>>,
    #[schemars(with = "Date")]
    pub mandate_date: Spanned<Date>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// The representative's own file reference, printed as "N/Réf.".
    #[serde(default)]
    pub reference: Option<String>,
    /// The person of the clinic who signs.
    #[serde(default)]
    pub signatory: Option<Signatory>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct References {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub file_number: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub card_number: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub national_register: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub member_number: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub contract_number: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dispute {
    #[schemars(with = "String")]
    pub subject: Spanned<String>,
    #[schemars(with = "String")]
    pub facts: Spanned<String>,
    #[schemars(with = "Vec<String>")]
    pub demands: Spanned<Vec<String>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>")]
    pub amount: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub court_action: Option<Spanned<bool>>,
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub payment_date: Option<Spanned<Date>>,
    /// The rule the institution broke, as the case states it (a clause of the contract, an
    /// article of law): printed as its own paragraph. recours never supplies one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub basis: Option<Spanned<String>>,
    /// Whether another mediator has examined the dispute or is examining it: `false` lets a
    /// referral say it, with `court_action: false`, in the terms of the law.
    #[serde(default)]
    #[schemars(with = "Option<bool>")]
    pub other_mediator: Option<Spanned<bool>>,
    /// Why the institution's answer does not settle the dispute, for an escalation after it.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub why_unsatisfied: Option<Spanned<String>>,
}

/// A level of the ladder, by number (`2`) or by id (`service-consommateurs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepRef {
    Level(u32),
    Id(String),
}

impl fmt::Display for StepRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Level(n) => write!(f, "{n}"),
            Self::Id(id) => write!(f, "{id}"),
        }
    }
}

impl JsonSchema for StepRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StepRef".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A level of the institution's ladder: its number (1, 2, 3…) or its id.",
            "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "minLength": 1 }]
        })
    }
}

impl<'de> Deserialize<'de> for StepRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StepVisitor;
        impl Visitor<'_> for StepVisitor {
            type Value = StepRef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(&tr!("step-expecting"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StepRef, E> {
                u32::try_from(v)
                    .map(StepRef::Level)
                    .map_err(|_| E::custom(tr!("step-too-large")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StepRef, E> {
                u32::try_from(v)
                    .map(StepRef::Level)
                    .map_err(|_| E::custom(tr!("step-zero")))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StepRef, E> {
                match v.trim().parse::<u32>() {
                    Ok(n) => Ok(StepRef::Level(n)),
                    Err(_) => Ok(StepRef::Id(v.trim().to_string())),
                }
            }
        }
        deserializer.deserialize_any(StepVisitor)
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[schemars(with = "Date")]
    pub date: Spanned<Date>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

/// A step already taken: a call, a letter, an e-mail… and the answer, if any.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[schemars(with = "StepRef")]
    pub step: Spanned<StepRef>,
    #[schemars(with = "Date")]
    pub date: Spanned<Date>,
    #[schemars(with = "ChannelKind")]
    pub channel: Spanned<ChannelKind>,
    /// The day the institution received it (from the avis de réception): its answer deadline
    /// runs from then. Without it, the deadline runs from `date`.
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub received: Option<Spanned<Date>>,
    #[serde(default)]
    pub tracking: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub answer: Option<Answer>,
    /// The day of the holding letter in which the recipient announced it needed longer to
    /// answer: the step's deadline becomes the level's extended one (American Express: 35
    /// days instead of 15), and the letters cite it.
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub extended: Option<Spanned<Date>>,
}

/// What to write now. Every field is optional.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LetterRequest {
    #[serde(default)]
    #[schemars(with = "Option<StepRef>")]
    pub step: Option<Spanned<StepRef>>,
    #[serde(default)]
    #[schemars(with = "Option<Date>")]
    pub date: Option<Spanned<Date>>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub tracking: Option<String>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub recipient: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub language: Option<Spanned<String>>,
    /// The recipient's postal lines (name first) when the registry does not know them: the
    /// complainant vouches for them, e.g. from the contract or a letter received.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub recipient_address: Option<Spanned<Vec<String>>>,
    /// The recipient's e-mail address when the registry does not know it (`render --email`):
    /// the complainant vouches for it, as for `recipient_address`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub recipient_email: Option<Spanned<String>>,
    /// A scanned signature (PNG or JPEG) printed above the name, by its path from the case's
    /// folder; nothing outside that folder is read.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub signature_image: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub complainant: Complainant,
    #[serde(default)]
    pub representative: Option<Representative>,
    #[schemars(with = "String")]
    pub institution: Spanned<String>,
    #[serde(default)]
    pub product: Option<String>,
    #[serde(default, deserialize_with = "empty_when_null")]
    #[schemars(with = "Option<References>")]
    pub references: References,
    pub dispute: Dispute,
    /// The steps already taken, oldest first; `history:` with nothing under it is none.
    #[serde(default, deserialize_with = "empty_when_null")]
    #[schemars(with = "Option<Vec<Step>>")]
    pub history: Vec<Step>,
    #[serde(default, deserialize_with = "empty_when_null")]
    #[schemars(with = "Option<Vec<String>>")]
    pub attachments: Vec<String>,
    #[serde(default, deserialize_with = "empty_when_null")]
    #[schemars(with = "Option<LetterRequest>")]
    pub letter: LetterRequest,
}

/// A key with nothing under it (`history:` above commented-out items) holds its empty value.
fn empty_when_null<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// A case file as read: its path, its text (for error snippets) and the parsed case.
#[derive(Debug, Clone)]
pub struct CaseFile {
    pub path: PathBuf,
    pub text: String,
    pub case: Case,
}

/// The largest case file read: a case is a few kilobytes, and the limit bounds the time and
/// memory a strange file can take.
pub const MAX_CASE_BYTES: u64 = 1024 * 1024;

/// The longest facts accepted, in characters (about twenty pages).
pub const MAX_FACTS_CHARS: usize = 60_000;

/// Reads a case file's text, refusing one over [`MAX_CASE_BYTES`] before reading it all.
pub fn read_case_text(path: &Path) -> Result<String, Error> {
    use std::io::Read;
    let read_error = |source| Error::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    // Sized from the file's length, a case file is read in one call rather than in a growing
    // series of small ones (seven for a 1.5 KB case).
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(size.min(MAX_CASE_BYTES) as usize + 1);
    file.take(MAX_CASE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_CASE_BYTES {
        let size = std::fs::metadata(path)
            .map(|m| m.len())
            .unwrap_or(bytes.len() as u64);
        return Err(crate::error::Diagnostic::new(
            path,
            "",
            tr!(
                "case-too-large",
                size = size / 1024,
                max = MAX_CASE_BYTES / 1024
            ),
        )
        .help(tr!("case-too-large.help"))
        .into());
    }
    String::from_utf8(bytes).map_err(|e| {
        crate::error::Diagnostic::new(
            path,
            "",
            tr!("case-not-utf8", byte = e.utf8_error().valid_up_to()),
        )
        .help(tr!("case-not-utf8.help"))
        .into()
    })
}

impl CaseFile {
    pub fn load(path: &Path) -> Result<Self, Error> {
        Self::parse(read_case_text(path)?, path)
    }

    /// Parses a case file. When it is malformed, every structural fault is reported at once
    /// (see [`crate::case::structure`]), not only the first the parser meets.
    pub fn parse(text: String, path: &Path) -> Result<Self, Error> {
        let case = match yaml::from_str(&text, path) {
            Ok(case) => case,
            Err(first) => return Err(all_faults(first, &text, path)),
        };
        Ok(Self {
            path: path.to_owned(),
            text,
            case,
        })
    }
}

/// The parser's first fault, and with it every other structural fault of the file, in the
/// order of the file. The parser's own message is kept where both see the same fault.
fn all_faults(first: Error, text: &str, path: &Path) -> Error {
    let Error::Invalid(parsed) = first else {
        return first;
    };
    let mut all = crate::case::structure::faults(text, path);
    if all.len() < 2 {
        return Error::Invalid(parsed);
    }
    for d in parsed {
        match all.iter_mut().find(|o| o.line == d.line && d.line > 0) {
            Some(same) => *same = d,
            None => all.push(d),
        }
    }
    all.sort_by_key(|d| (d.line, d.column));
    Error::Invalid(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_written_the_french_way_get_the_way_to_write_them() {
        assert_eq!(parse_amount("45.00"), Ok(45.0));
        assert_eq!(
            parse_amount("45,00"),
            Err("`45,00` is not a number as YAML writes it: write 45.00".into())
        );
        assert_eq!(
            parse_amount("1 250,50 €"),
            Err("`1 250,50 €` is not a number as YAML writes it: write 1250.50".into())
        );
        assert!(parse_amount("beaucoup").unwrap_err().contains("e.g. 45.00"));
    }

    #[test]
    fn impossible_dates_are_explained() {
        assert_eq!(
            parse_date("2026-02-30"),
            Err("`2026-02-30` is not a date: that month has 28 days".into())
        );
        assert_eq!(
            parse_date("2028-02-30"),
            Err("`2028-02-30` is not a date: that month has 29 days".into())
        );
        assert_eq!(
            parse_date("2026-13-01"),
            Err("`2026-13-01` is not a date: there is no month 13".into())
        );
        assert_eq!(
            parse_date("12/07/2026"),
            Err("`12/07/2026` is not a date written YYYY-MM-DD: write 2026-07-12".into())
        );
        assert_eq!(
            parse_date("1.7.2026"),
            Err("`1.7.2026` is not a date written YYYY-MM-DD: write 2026-07-01".into())
        );
        assert!(
            parse_date("2026/07/12")
                .unwrap_err()
                .contains("e.g. 2026-07-02")
        );
        assert_eq!(
            parse_date("2026-07-02"),
            Ok(NaiveDate::from_ymd_opt(2026, 7, 2).unwrap())
        );
    }
}
