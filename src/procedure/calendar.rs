//! Calendars and counting: French and Belgian public holidays (fixed days and those that move
//! with Easter), business days of the three kinds deadlines are written in, and the arithmetic
//! of deadlines — N business days, N calendar days, N months counted as the Code de procédure
//! civile (art. 641–642) counts them.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::registry::{Country, Deadline, DeadlineUnit};

/// The years the calendars are defined for.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Easter Sunday of a Gregorian year (the anonymous algorithm published by Meeus).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a date")
}

/// A public holiday: its date and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: &'static str,
}

/// The public holidays of a year, in date order: France (Code du travail L3133-1, without the
/// Alsace-Moselle additions) or Belgium (the ten legal holidays).
pub fn holidays(country: Country, year: i32) -> Vec<Holiday> {
    let easter = easter(year);
    let day =
        |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d).expect("a fixed holiday is a date");
    let after_easter = |days: i64| easter + Duration::days(days);
    let mut list = match country {
        Country::FR => vec![
            Holiday {
                date: day(1, 1),
                name: "Jour de l’an",
            },
            Holiday {
                date: after_easter(1),
                name: "Lundi de Pâques",
            },
            Holiday {
                date: day(5, 1),
                name: "Fête du Travail",
            },
            Holiday {
                date: day(5, 8),
                name: "Victoire 1945",
            },
            Holiday {
                date: after_easter(39),
                name: "Ascension",
            },
            Holiday {
                date: after_easter(50),
                name: "Lundi de Pentecôte",
            },
            Holiday {
                date: day(7, 14),
                name: "Fête nationale",
            },
            Holiday {
                date: day(8, 15),
                name: "Assomption",
            },
            Holiday {
                date: day(11, 1),
                name: "Toussaint",
            },
            Holiday {
                date: day(11, 11),
                name: "Armistice 1918",
            },
            Holiday {
                date: day(12, 25),
                name: "Noël",
            },
        ],
        Country::BE => vec![
            Holiday {
                date: day(1, 1),
                name: "Nouvel An",
            },
            Holiday {
                date: after_easter(1),
                name: "Lundi de Pâques",
            },
            Holiday {
                date: day(5, 1),
                name: "Fête du Travail",
            },
            Holiday {
                date: after_easter(39),
                name: "Ascension",
            },
            Holiday {
                date: after_easter(50),
                name: "Lundi de Pentecôte",
            },
            Holiday {
                date: day(7, 21),
                name: "Fête nationale",
            },
            Holiday {
                date: day(8, 15),
                name: "Assomption",
            },
            Holiday {
                date: day(11, 1),
                name: "Toussaint",
            },
            Holiday {
                date: day(11, 11),
                name: "Armistice",
            },
            Holiday {
                date: day(12, 25),
                name: "Noël",
            },
        ],
    };
    list.sort_by_key(|h| h.date);
    list
}

pub fn is_holiday(country: Country, date: NaiveDate) -> bool {
    holiday_name(country, date).is_some()
}

pub fn holiday_name(country: Country, date: NaiveDate) -> Option<&'static str> {
    holidays(country, date.year())
        .into_iter()
        .find(|h| h.date == date)
        .map(|h| h.name)
}

/// Whether a day counts in a deadline written in `unit`: Monday to Saturday for French jours
/// ouvrables, Monday to Friday for French jours ouvrés and Belgian jours ouvrables, every day
/// for calendar units; public holidays never count in business-day units.
pub fn counts(unit: DeadlineUnit, country: Country, date: NaiveDate) -> bool {
    match unit {
        DeadlineUnit::Days | DeadlineUnit::Months => true,
        DeadlineUnit::WorkingDays => date.weekday() != Weekday::Sun && !is_holiday(country, date),
        DeadlineUnit::BusinessDays | DeadlineUnit::BeWorkingDays => is_business_day(country, date),
    }
}

/// Monday to Friday and not a public holiday.
pub fn is_business_day(country: Country, date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(country, date)
}

/// The first day from `date` on (itself included) that is not a Saturday, Sunday or holiday
/// (Code de procédure civile art. 642).
pub fn next_business_day(country: Country, mut date: NaiveDate) -> NaiveDate {
    while !is_business_day(country, date) {
        date = date.succ_opt().expect("within the calendar");
    }
    date
}

/// `start` plus `n` days of `unit`'s kind: the day of `start` is not counted, the n-th day that
/// counts is the result.
pub fn add_business_days(
    unit: DeadlineUnit,
    country: Country,
    start: NaiveDate,
    n: u32,
) -> NaiveDate {
    let mut date = start;
    let mut left = n;
    while left > 0 {
        date = date.succ_opt().expect("within the calendar");
        if counts(unit, country, date) {
            left -= 1;
        }
    }
    date
}

/// `start` plus `n` months, as art. 641 counts them: the same day number, or the month's last
/// day when that number does not exist in it. Not moved off weekends: see [`deadline_end`].
pub fn add_months(start: NaiveDate, n: u32) -> NaiveDate {
    let months = start.year() * 12 + start.month0() as i32 + n as i32;
    let (year, month0) = (months.div_euclid(12), months.rem_euclid(12) as u32);
    (1..=start.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(year, month0 + 1, day))
        .expect("every month has a 28th")
}

/// The last day of a deadline that starts running on `start` (the day of the event, not
/// counted). Months and calendar days end as art. 641 says and, ending on a Saturday, Sunday or
/// holiday, move to the next business day (art. 642); business days are counted one by one.
pub fn deadline_end(
    country: Country,
    start: NaiveDate,
    count: u32,
    unit: DeadlineUnit,
) -> NaiveDate {
    match unit {
        DeadlineUnit::Months => next_business_day(country, add_months(start, count)),
        DeadlineUnit::Days => next_business_day(country, start + Duration::days(i64::from(count))),
        other => add_business_days(other, country, start, count),
    }
}

impl Deadline {
    /// The last day of this deadline for an event on `start`.
    pub fn ends(&self, country: Country, start: NaiveDate) -> NaiveDate {
        deadline_end(country, start, self.count, self.unit)
    }

    /// The last day of the extended deadline, when there is one.
    pub fn extended_ends(&self, country: Country, start: NaiveDate) -> Option<NaiveDate> {
        self.extended
            .map(|n| deadline_end(country, start, n, self.unit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_sundays() {
        assert_eq!(easter(2024), d(2024, 3, 31));
        assert_eq!(easter(2025), d(2025, 4, 20));
        assert_eq!(easter(2026), d(2026, 4, 5));
        assert_eq!(easter(1900), d(1900, 4, 15));
        assert_eq!(easter(2200), d(2200, 4, 6));
    }

    #[test]
    fn months_keep_the_day_number_or_take_the_last_day() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29));
        assert_eq!(add_months(d(2028, 2, 29), 12), d(2029, 2, 28));
        assert_eq!(add_months(d(2026, 11, 30), 2), d(2027, 1, 30));
        assert_eq!(add_months(d(2026, 12, 31), 2), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 7, 2), 2), d(2026, 9, 2));
    }

    #[test]
    fn a_deadline_ending_on_a_weekend_or_holiday_moves_on() {
        // 2026-06-14 + 2 months = 2026-08-14 (Friday): stays.
        assert_eq!(
            deadline_end(Country::FR, d(2026, 6, 14), 2, DeadlineUnit::Months),
            d(2026, 8, 14)
        );
        // 2026-06-15 + 2 months = Saturday 15 August (also Assomption): Monday 17.
        assert_eq!(
            deadline_end(Country::FR, d(2026, 6, 15), 2, DeadlineUnit::Months),
            d(2026, 8, 17)
        );
        // 2026-05-14 + 2 months = 14 July (Tuesday, Fête nationale) in France, not in Belgium.
        assert_eq!(
            deadline_end(Country::FR, d(2026, 5, 14), 2, DeadlineUnit::Months),
            d(2026, 7, 15)
        );
        assert_eq!(
            deadline_end(Country::BE, d(2026, 5, 14), 2, DeadlineUnit::Months),
            d(2026, 7, 14)
        );
        // Year end: 2026-10-25 + 2 months = Christmas (Friday) → Monday 28 December.
        assert_eq!(
            deadline_end(Country::FR, d(2026, 10, 25), 2, DeadlineUnit::Months),
            d(2026, 12, 28)
        );
    }

    #[test]
    fn saturdays_count_in_jours_ouvrables_not_in_jours_ouvres() {
        // Thursday 2026-11-05 + 2: Friday 6, Saturday 7 (ouvrables) / Friday 6, Monday 9 (ouvrés).
        assert_eq!(
            add_business_days(DeadlineUnit::WorkingDays, Country::FR, d(2026, 11, 5), 2),
            d(2026, 11, 7)
        );
        assert_eq!(
            add_business_days(DeadlineUnit::BusinessDays, Country::FR, d(2026, 11, 5), 2),
            d(2026, 11, 9)
        );
        assert_eq!(
            add_business_days(DeadlineUnit::BeWorkingDays, Country::BE, d(2026, 11, 5), 2),
            d(2026, 11, 9)
        );
    }

    #[test]
    fn holiday_chains_of_may() {
        // 2026: 1 May Friday, 8 May Friday, Ascension 14 May, Whit Monday 25 May.
        // From Wednesday 29 April, 10 jours ouvrables (Mon–Sat) skip 1 and 8 May and Sundays:
        // 30/4, 2, 4, 5, 6, 7, 9, 11, 12, 13 May.
        assert_eq!(
            add_business_days(DeadlineUnit::WorkingDays, Country::FR, d(2026, 4, 29), 10),
            d(2026, 5, 13)
        );
        // In Belgium 8 May is worked and Saturdays are not: 30/4, 4, 5, 6, 7, 8, 11, 12, 13 May,
        // then 14 May is Ascension, so the tenth day is 15 May.
        assert_eq!(
            add_business_days(DeadlineUnit::BeWorkingDays, Country::BE, d(2026, 4, 29), 10),
            d(2026, 5, 15)
        );
        // Five French jours ouvrés from Wednesday 13 May 2026: 15, 18, 19, 20, 21 (Ascension skipped).
        assert_eq!(
            add_business_days(DeadlineUnit::BusinessDays, Country::FR, d(2026, 5, 13), 5),
            d(2026, 5, 21)
        );
        // Whit Monday 25 May 2026 is skipped too.
        assert_eq!(
            add_business_days(DeadlineUnit::BusinessDays, Country::FR, d(2026, 5, 22), 1),
            d(2026, 5, 26)
        );
    }

    #[test]
    fn calendar_days_and_year_ends() {
        assert_eq!(
            deadline_end(Country::FR, d(2026, 12, 20), 15, DeadlineUnit::Days),
            d(2027, 1, 4)
        );
        assert_eq!(
            deadline_end(Country::FR, d(2026, 12, 1), 30, DeadlineUnit::Days),
            d(2026, 12, 31)
        );
        // 15 jours ouvrables from 18 December 2026, across Christmas and New Year.
        assert_eq!(
            add_business_days(DeadlineUnit::WorkingDays, Country::FR, d(2026, 12, 18), 15),
            d(2027, 1, 7)
        );
    }
}
