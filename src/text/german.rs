//! German as a Belgian letter writes it: dates ("2. Juli 2026") and small numbers in words for
//! deadlines ("zwei Monaten") — for letters with `letter.language: de`.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// "2. Juli 2026".
pub fn date(d: NaiveDate) -> String {
    format!(
        "{}.\u{a0}{}\u{a0}{}",
        d.day(),
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// A whole number in German words (2 to 99; 1 is declined by its noun), for deadlines.
pub fn number_in_words(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 10] = [
        "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig",
        "neunzig",
    ];
    match n {
        0..=19 => UNITS[n as usize].to_string(),
        20..=99 => {
            let (t, u) = (n / 10, n % 10);
            match u {
                0 => TENS[t as usize].to_string(),
                1 => format!("einund{}", TENS[t as usize]),
                u => format!("{}und{}", UNITS[u as usize], TENS[t as usize]),
            }
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_dates_and_numbers() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()).replace('\u{a0}', " "),
            "1. März 2026"
        );
        for (n, words) in [
            (2, "zwei"),
            (15, "fünfzehn"),
            (21, "einundzwanzig"),
            (30, "dreißig"),
            (35, "fünfunddreißig"),
        ] {
            assert_eq!(number_in_words(n), words);
        }
    }
}

/// A name after a preposition that governs the dative (« im Auftrag von », « Vollmacht von »):
/// « Herr » takes its dative « Herrn »; « Frau » and a name alone are unchanged.
pub fn dative(name: &str) -> String {
    match name.strip_prefix("Herr ") {
        Some(rest) => format!("Herrn {rest}"),
        None => name.to_string(),
    }
}

#[cfg(test)]
mod dative_tests {
    #[test]
    fn herr_takes_its_dative() {
        assert_eq!(super::dative("Herr Lukas Kreutz"), "Herrn Lukas Kreutz");
        assert_eq!(super::dative("Frau Anna Kreutz"), "Frau Anna Kreutz");
        assert_eq!(super::dative("Kreutz GmbH"), "Kreutz GmbH");
    }
}
