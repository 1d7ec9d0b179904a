//! A deadline of the registry in words, as the letters and the messages write it: "deux mois",
//! "quinze jours ouvrables"; in Dutch "twee maanden", "vijf werkdagen".

use super::DeadlineUnit;
use crate::text::{dutch, french, german};

/// A deadline in the words of the tool's messages, in the language in use: « 2 mois »,
/// « 15 jours ouvrables », "2 months" (the letters write theirs with [`deadline_phrase`] and
/// its Dutch and German kin).
pub fn deadline_words(count: u32, unit: DeadlineUnit) -> String {
    let unit = match unit {
        DeadlineUnit::Months => "months",
        DeadlineUnit::Days => "days",
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays => "working-days",
        DeadlineUnit::BusinessDays => "business-days",
    };
    crate::text::messages::tr!("deadline-words", count = count, unit = unit)
}

/// "deux mois", "quinze jours ouvrables".
pub fn deadline_phrase(count: u32, unit: DeadlineUnit) -> String {
    let words = french::number_in_words(count);
    let unit = match unit {
        DeadlineUnit::Months => "mois",
        DeadlineUnit::Days if count == 1 => "jour",
        DeadlineUnit::Days => "jours",
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays if count == 1 => "jour ouvrable",
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays => "jours ouvrables",
        DeadlineUnit::BusinessDays if count == 1 => "jour ouvré",
        DeadlineUnit::BusinessDays => "jours ouvrés",
    };
    format!("{words} {unit}")
}

/// "twee maanden", "één maand", "vijf werkdagen".
pub fn deadline_phrase_nl(count: u32, unit: DeadlineUnit) -> String {
    let words = dutch::number_in_words(count);
    let unit = match (unit, count) {
        (DeadlineUnit::Months, 1) => "maand",
        (DeadlineUnit::Months, _) => "maanden",
        (DeadlineUnit::Days, 1) => "dag",
        (DeadlineUnit::Days, _) => "dagen",
        (_, 1) => "werkdag",
        _ => "werkdagen",
    };
    format!("{words} {unit}")
}

/// The German phrase, in the dative it takes after « innerhalb von », « die Frist von »:
/// "zwei Monaten", "einem Monat", "fünfzehn Werktagen".
pub fn deadline_phrase_de(count: u32, unit: DeadlineUnit) -> String {
    let (one, many) = match unit {
        DeadlineUnit::Months => ("Monat", "Monaten"),
        DeadlineUnit::Days => ("Tag", "Tagen"),
        DeadlineUnit::WorkingDays | DeadlineUnit::BeWorkingDays => ("Werktag", "Werktagen"),
        DeadlineUnit::BusinessDays => ("Arbeitstag", "Arbeitstagen"),
    };
    if count == 1 {
        format!("einem {one}")
    } else {
        format!("{} {many}", german::number_in_words(count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_in_words() {
        assert_eq!(deadline_phrase(2, DeadlineUnit::Months), "deux mois");
        assert_eq!(
            deadline_phrase(15, DeadlineUnit::WorkingDays),
            "quinze jours ouvrables"
        );
        assert_eq!(
            deadline_phrase(1, DeadlineUnit::BusinessDays),
            "un jour ouvré"
        );
        assert_eq!(deadline_phrase_nl(1, DeadlineUnit::Months), "één maand");
        assert_eq!(deadline_phrase_de(2, DeadlineUnit::Months), "zwei Monaten");
        assert_eq!(deadline_phrase_de(1, DeadlineUnit::Months), "einem Monat");
        assert_eq!(
            deadline_phrase_de(15, DeadlineUnit::BeWorkingDays),
            "fünfzehn Werktagen"
        );
        assert_eq!(
            deadline_phrase_nl(5, DeadlineUnit::BeWorkingDays),
            "vijf werkdagen"
        );
    }
}
