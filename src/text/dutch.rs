//! Dutch as a Belgian letter writes it: dates ("2 juli 2026"), small numbers in words for
//! deadlines ("vijftien werkdagen") — for letters with `letter.language: nl`.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// An amount in euros as a Belgian Dutch letter writes it: "€ 182,40", "€ 1.250,50" (the
/// sign before the amount, kept on its line).
pub fn amount(euros: f64) -> String {
    format!("€\u{a0}{}", super::french::decimal(euros, '.'))
}

/// "2 juli 2026".
pub fn date(d: NaiveDate) -> String {
    format!(
        "{}\u{a0}{}\u{a0}{}",
        d.day(),
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// A whole number in Dutch words (0 to 99), for deadlines.
pub fn number_in_words(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "nul",
        "één",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
    ];
    const TENS: [&str; 10] = [
        "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
        "negentig",
    ];
    match n {
        0..=19 => UNITS[n as usize].to_string(),
        20..=99 => {
            let (t, u) = (n / 10, n % 10);
            if u == 0 {
                TENS[t as usize].to_string()
            } else {
                let unit = if u == 1 { "een" } else { UNITS[u as usize] };
                // "tweeëntwintig": the linking "en" takes a diaeresis after an e.
                let link = if unit.ends_with('e') { "ën" } else { "en" };
                format!("{unit}{link}{}", TENS[t as usize])
            }
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_with_the_euro_sign_first() {
        assert_eq!(amount(182.4), "€\u{a0}182,40");
        assert_eq!(amount(1250.5), "€\u{a0}1.250,50");
        assert_eq!(amount(1_000_000.0), "€\u{a0}1.000.000,00");
        assert_eq!(amount(-3.0), "€\u{a0}-3,00");
    }

    #[test]
    fn dutch_dates_and_numbers() {
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2026, 8, 1).unwrap()).replace('\u{a0}', " "),
            "1 augustus 2026"
        );
        let cases = [
            (1, "één"),
            (5, "vijf"),
            (15, "vijftien"),
            (21, "eenentwintig"),
            (22, "tweeëntwintig"),
            (30, "dertig"),
            (35, "vijfendertig"),
        ];
        for (n, words) in cases {
            assert_eq!(number_in_words(n), words);
        }
    }
}

/// An organisation's name as a Dutch sentence names it after a preposition: with « de » when
/// its first word is a company form (« de BV Janssens », « de vzw Samen »), else as it is.
pub fn with_article(name: &str) -> String {
    const FORMS: [&str; 9] = [
        "bv",
        "bvba",
        "nv",
        "cv",
        "cvba",
        "vof",
        "commv",
        "vzw",
        "coöperatie",
    ];
    match FORMS.contains(&super::french::first_word(name).as_str()) {
        true => format!("de {name}"),
        false => name.to_string(),
    }
}

#[cfg(test)]
mod article_tests {
    #[test]
    fn a_company_form_takes_its_article() {
        assert_eq!(super::with_article("BV Janssens"), "de BV Janssens");
        assert_eq!(super::with_article("vzw Samen"), "de vzw Samen");
        assert_eq!(super::with_article("Janssens Bouw"), "Janssens Bouw");
    }
}

/// Amounts as Dutch writes them, the sign first: « 37,50 € » and « 37,50€ » become
/// « € 37,50 » (a no-break space after the sign), as the letter's own amounts read.
pub fn euro_first(text: &str) -> String {
    if !text.contains('€') {
        return text.to_string();
    }
    let spaces = [' ', '\u{a0}', '\u{202f}'];
    let mut out = String::with_capacity(text.len() + 4);
    let mut rest = text;
    while let Some(at) = rest.find('€') {
        let before = &rest[..at];
        let trimmed = before.trim_end_matches(spaces);
        // The number just before the sign: digits, with « , » « . » and spaces between groups.
        let number_start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{202f}'))
            .last()
            .map(|(i, _)| i);
        match number_start {
            Some(start)
                if trimmed[start..].starts_with(|c: char| c.is_ascii_digit())
                    && trimmed[..start]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric()) =>
            {
                out.push_str(&trimmed[..start]);
                out.push_str("€\u{a0}");
                out.push_str(&trimmed[start..]);
            }
            _ => {
                out.push_str(before);
                out.push('€');
            }
        }
        rest = &rest[at + '€'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod euro_tests {
    #[test]
    fn the_euro_sign_goes_first() {
        assert_eq!(
            super::euro_first("een bedrag van 37,50 € en 1\u{202f}250,00€."),
            "een bedrag van €\u{a0}37,50 en €\u{a0}1\u{202f}250,00."
        );
        assert_eq!(super::euro_first("€ 37,50"), "€ 37,50");
        assert_eq!(super::euro_first("A4 €"), "A4 €");
    }
}
