//! French as a letter writes it: dates ("le 1er août 2026"), small numbers in words
//! ("deux mois"), amounts ("45,00 €") and the typography of French text — a no-break space
//! before `; : ! ?` and inside « guillemets ». Typst does none of this by itself.

use crate::text::messages::tr;
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// No-break space, used before `:` and inside guillemets.
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space, used before `; ! ?`.
pub const NNBSP: char = '\u{202f}';

/// "1er août 2026", "21 novembre 2026".
pub fn date(d: NaiveDate) -> String {
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!(
        "{day}{NBSP}{}{NBSP}{}",
        MONTHS[d.month0() as usize],
        d.year()
    )
}

/// "le 1er août 2026".
pub fn le_date(d: NaiveDate) -> String {
    format!("le {}", date(d))
}

/// A whole number in French words, for the small numbers of deadlines (0 to 999).
pub fn number_in_words(n: u32) -> String {
    const UNITS: [&str; 17] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize",
    ];
    const TENS: [&str; 7] = [
        "",
        "",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
    ];
    match n {
        0..=16 => UNITS[n as usize].to_string(),
        17..=19 => format!("dix-{}", UNITS[(n - 10) as usize]),
        20..=69 => {
            let (t, u) = (n / 10, n % 10);
            match u {
                0 => TENS[t as usize].to_string(),
                1 => format!("{} et un", TENS[t as usize]),
                _ => format!("{}-{}", TENS[t as usize], UNITS[u as usize]),
            }
        }
        70..=79 => {
            if n == 71 {
                "soixante et onze".to_string()
            } else {
                format!("soixante-{}", number_in_words(n - 60))
            }
        }
        80 => "quatre-vingts".to_string(),
        81..=99 => format!("quatre-vingt-{}", number_in_words(n - 80)),
        100..=999 => {
            let (h, rest) = (n / 100, n % 100);
            let hundreds = match (h, rest) {
                (1, _) => "cent".to_string(),
                (_, 0) => format!("{} cents", number_in_words(h)),
                _ => format!("{} cent", number_in_words(h)),
            };
            if rest == 0 {
                hundreds
            } else {
                format!("{hundreds} {}", number_in_words(rest))
            }
        }
        _ => n.to_string(),
    }
}

/// An amount in euros as French writes it: "45,00 €", "1 250,50 €" (no-break spaces).
pub fn amount(euros: f64) -> String {
    format!("{}{NBSP}€", decimal(euros, NNBSP))
}

/// An amount to the cent with a decimal comma, its thousands grouped with `separator`:
/// "-1 250,50". The euro sign is the language's to place.
pub fn decimal(euros: f64, separator: char) -> String {
    let cents = (euros * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.abs();
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(c);
    }
    format!("{sign}{grouped},{:02}", cents % 100)
}

/// Applies French typography to a text: the space before `; ! ?` becomes a narrow no-break
/// space and the one before `:` a no-break space (one is added after a letter when the sign
/// ends a word, as in "Attention!"), and the spaces inside « » become no-break spaces; and
/// what every language gets ([`common_typography`]: apostrophes, amounts). Times ("8:30") and
/// addresses ("https://") are left alone.
pub fn typography(text: &str) -> String {
    let text = common_typography(text);
    let mut out = String::with_capacity(text.len() + 8);
    // Up to each character the rules may change, the text goes out as it is, in one copy.
    let mut verbatim = 0;
    for (i, found) in text.match_indices([' ', ';', '!', '?', ':', '«', '»']) {
        let c = found.chars().next().expect("one character");
        let mut behind = text[..i].chars().rev();
        // The two characters before this one.
        let (prev, before) = (behind.next(), behind.next());
        let next = text[i + c.len_utf8()..].chars().next();
        let (first, second) = match c {
            ' ' if matches!(next, Some(';' | '!' | '?')) => (NNBSP, None),
            ' ' if next == Some(':') => (NBSP, None),
            ' ' if prev == Some('«') || next == Some('»') => (NBSP, None),
            // "n° 1A 123": the number stays with its sign.
            ' ' if prev == Some('°') && matches!(before, Some('n' | 'N')) => (NBSP, None),
            // A date stays on one line: « 1er avril », « 3 juin 2026 ».
            ' ' if in_date(&text[..i], &text[i + 1..]) => (NBSP, None),
            ';' | '!' | '?' | ':'
                if prev.is_some_and(char::is_alphabetic)
                    && next.is_none_or(char::is_whitespace) =>
            {
                (if c == ':' { NBSP } else { NNBSP }, Some(c))
            }
            '«' if next.is_some_and(|n| !n.is_whitespace()) => (c, Some(NBSP)),
            '»' if prev.is_some_and(|p| !p.is_whitespace()) => (NBSP, Some(c)),
            _ => continue,
        };
        out.push_str(&text[verbatim..i]);
        out.push(first);
        out.extend(second);
        verbatim = i + c.len_utf8();
    }
    out.push_str(&text[verbatim..]);
    out
}

/// Whether the space between `before` and `after` is inside a date: a day (« 3 », « 1er »)
/// then a month, or a month then its year.
fn in_date(before: &str, after: &str) -> bool {
    let word_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let word_after = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let day = |w: &str| {
        let digits = w.strip_suffix("er").unwrap_or(w);
        (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
    };
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    (day(word_before) && MONTHS.contains(&word_after))
        || (MONTHS.contains(&word_before) && year(word_after))
}

/// The typographic apostrophe, as the letters' own sentences write it.
pub const APOSTROPHE: char = '\u{2019}';

/// What every letter's text gets whatever its language: the typewriter apostrophe between two
/// letters becomes the typographic one (« l'échéance » → « l’échéance », « auto's »), and an
/// amount stays on one line with its « € » and its groups of digits.
pub fn common_typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Up to each character the rules may change, the text goes out as it is, in one copy.
    let mut verbatim = 0;
    for (i, found) in text.match_indices(['\'', ' ']) {
        let c = found.chars().next().expect("one character");
        let prev = text[..i].chars().next_back();
        let mut after = text[i + c.len_utf8()..].chars();
        let next = after.clone().next();
        let replaced = match c {
            '\'' if prev.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic) =>
            {
                APOSTROPHE
            }
            ' ' if matches!(next, Some('€' | '%')) => NBSP,
            // « € 182,40 », as Dutch writes it.
            ' ' if prev == Some('€') && next.is_some_and(|n| n.is_ascii_digit()) => NBSP,
            // A space inside a number, before a group of three digits: « 1 250 ».
            ' ' if prev.is_some_and(|p| p.is_ascii_digit())
                && after.by_ref().take(3).filter(char::is_ascii_digit).count() == 3 =>
            {
                NNBSP
            }
            _ => continue,
        };
        out.push_str(&text[verbatim..i]);
        out.push(replaced);
        verbatim = i + c.len_utf8();
    }
    out.push_str(&text[verbatim..]);
    out
}

/// A number that must not be split across lines (a registered-mail number, a masked card
/// number): its spaces become no-break spaces.
pub fn unbreakable(text: &str) -> String {
    text.replace(' ', &NBSP.to_string())
}

/// An organisation's name as a French sentence names it, with the article its first word
/// calls for: « la Société coopérative Les Jardins », « le Cabinet Martin », « l’Association
/// Entraide ». A name whose first word is not a known kind of organisation is left as it is
/// (« Boulangerie Dupont » is often written without one).
pub fn with_article(name: &str) -> String {
    const FEMININE: [&str; 18] = [
        "société",
        // Belgian forms: société à responsabilité limitée (and before 2019 « privée »),
        // coopérative, en nom collectif, en commandite.
        "srl",
        "sprl",
        "sc",
        "snc",
        "scomm",
        "sarl",
        "sas",
        "sasu",
        "eurl",
        "sa",
        "sci",
        "scop",
        "coopérative",
        "fondation",
        "clinique",
        "mutuelle",
        "banque",
    ];
    const MASCULINE: [&str; 7] = [
        "cabinet",
        "groupe",
        "bureau",
        "centre",
        "syndicat",
        "collectif",
        "garage",
    ];
    const PLURAL: [&str; 2] = ["établissements", "ets"];
    const ELIDED: [&str; 6] = [
        "association",
        "asbl",
        "agence",
        "entreprise",
        "office",
        "union",
    ];
    let first = first_word(name);
    let first = first.as_str();
    if ELIDED.contains(&first) {
        format!("l{APOSTROPHE}{name}")
    } else if FEMININE.contains(&first) {
        format!("la {name}")
    } else if MASCULINE.contains(&first) {
        format!("le {name}")
    } else if PLURAL.contains(&first) {
        format!("les {name}")
    } else {
        name.to_string()
    }
}

/// The first word of a name, lower case, without a trailing point or comma: the kind of
/// organisation it may name (« SRL », « Société », « BV »).
pub fn first_word(name: &str) -> String {
    name.split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ','])
        .to_lowercase()
}

/// « de » before a name with its article: « de la Société … », « du Cabinet … », « de
/// l’Association … », « des Établissements … », « de Mme Marie Dubois ».
pub fn de_name(named: &str) -> String {
    if let Some(rest) = named.strip_prefix("le ") {
        format!("du {rest}")
    } else if let Some(rest) = named.strip_prefix("les ") {
        format!("des {rest}")
    } else {
        format!("de {named}")
    }
}

/// "Mme", "M." or nothing, from the civility written in a case file.
pub fn civility_abbreviation(civility: Option<&str>) -> Option<&'static str> {
    match civility.map(str::trim) {
        Some("Madame") | Some("Mme") => Some("Mme"),
        Some("Monsieur") | Some("M.") => Some("M."),
        _ => None,
    }
}

/// An amount written as text: a number is taken; a comma before the cents, spaces or « € »
/// get the way to write it.
pub fn parse_amount(text: &str) -> Result<f64, String> {
    let trimmed = text.trim();
    if let Ok(value) = trimmed.parse::<f64>()
        && value.is_finite()
    {
        return Ok(value);
    }
    let cleaned: String = trimmed
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let pointed = match (cleaned.rfind(','), cleaned.rfind('.')) {
        // 1.250,50 or 45,00: the comma is the decimal sign, points group thousands.
        (Some(comma), point) if point.is_none_or(|p| p < comma) => {
            cleaned.replace('.', "").replace(',', ".")
        }
        _ => cleaned.replace(',', ""),
    };
    match pointed.parse::<f64>() {
        Ok(value) if value.is_finite() => Err(tr!(
            "amount-not-yaml",
            text = trimmed,
            amount = format_amount(value)
        )),
        _ => Err(tr!("amount-not-number", text = trimmed)),
    }
}

fn format_amount(value: f64) -> String {
    format!("{value:.2}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_of_the_case_stays_on_one_line() {
        assert_eq!(
            super::typography("le 1er avril et le 3 juin 2026, 12 pommes"),
            "le 1er\u{a0}avril et le 3\u{a0}juin\u{a0}2026, 12 pommes"
        );
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_french() {
        assert_eq!(
            le_date(d(2026, 8, 1)).replace(NBSP, " "),
            "le 1er août 2026"
        );
        assert_eq!(date(d(2026, 11, 21)).replace(NBSP, " "), "21 novembre 2026");
        assert_eq!(date(d(2027, 2, 2)).replace(NBSP, " "), "2 février 2027");
    }

    #[test]
    fn numbers_in_words() {
        let cases = [
            (1, "un"),
            (2, "deux"),
            (10, "dix"),
            (15, "quinze"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (30, "trente"),
            (35, "trente-cinq"),
            (71, "soixante et onze"),
            (75, "soixante-quinze"),
            (80, "quatre-vingts"),
            (90, "quatre-vingt-dix"),
            (200, "deux cents"),
            (365, "trois cent soixante-cinq"),
        ];
        for (n, words) in cases {
            assert_eq!(number_in_words(n), words, "{n}");
        }
    }

    #[test]
    fn amounts() {
        let plain = |s: String| s.replace([NBSP, NNBSP], " ");
        assert_eq!(plain(amount(45.0)), "45,00 €");
        assert_eq!(plain(amount(1250.5)), "1 250,50 €");
        assert_eq!(plain(amount(1_000_000.0)), "1 000 000,00 €");
        assert_eq!(plain(amount(0.1 + 0.2)), "0,30 €");
    }

    #[test]
    fn french_typography() {
        assert_eq!(typography("Objet : frais"), format!("Objet{NBSP}: frais"));
        assert_eq!(typography("Attention!"), format!("Attention{NNBSP}!"));
        assert_eq!(typography("vraiment ?"), format!("vraiment{NNBSP}?"));
        assert_eq!(typography("« refus »"), format!("«{NBSP}refus{NBSP}»"));
        assert_eq!(typography("«refus»"), format!("«{NBSP}refus{NBSP}»"));
        assert_eq!(
            typography("à 8:30 sur https://example.org"),
            "à 8:30 sur https://example.org"
        );
        assert_eq!(typography("n° 1A 123"), format!("n°{NBSP}1A 123"));
        assert_eq!(typography("1 250,00 €"), format!("1{NNBSP}250,00{NBSP}€"));
        // Only before a whole group of three digits, and only the « n° » sign keeps its number.
        assert_eq!(
            typography("12 34 et 12 345"),
            format!("12 34 et 12{NNBSP}345")
        );
        assert_eq!(typography("N° 5, 20° 5"), format!("N°{NBSP}5, 20° 5"));
        assert_eq!(typography("le 5 et 6"), "le 5 et 6");
        assert_eq!(
            typography("J'ai réglé l'échéance d'aujourd'hui"),
            "J’ai réglé l’échéance d’aujourd’hui"
        );
        // A quotation mark is not an apostrophe.
        assert_eq!(typography("'refus'"), "'refus'");
    }

    #[test]
    fn dutch_text_gets_apostrophes_and_whole_amounts() {
        assert_eq!(common_typography("auto's"), "auto’s");
        assert_eq!(
            common_typography("1 250,00 €"),
            format!("1{NNBSP}250,00{NBSP}€")
        );
        assert_eq!(unbreakable("1A 123 456"), format!("1A{NBSP}123{NBSP}456"));
    }

    #[test]
    fn organisations_get_their_article() {
        assert_eq!(
            with_article("Société coopérative Les Jardins"),
            "la Société coopérative Les Jardins"
        );
        assert_eq!(with_article("Cabinet Martin"), "le Cabinet Martin");
        assert_eq!(
            with_article("Association Entraide"),
            "l’Association Entraide"
        );
        assert_eq!(with_article("Boulangerie Dupont"), "Boulangerie Dupont");
        assert_eq!(de_name("le Cabinet Martin"), "du Cabinet Martin");
        assert_eq!(de_name("la Société X"), "de la Société X");
        assert_eq!(de_name("Mme Marie Dubois"), "de Mme Marie Dubois");
    }
}
