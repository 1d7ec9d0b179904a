//! The calendars against published tables: French and Belgian public holidays 2020–2030 and
//! Western Easter Sundays for a century.

use chrono::NaiveDate;
use recours::procedure::calendar::{easter, holidays};
use recours::registry::Country;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Easter Monday, Ascension Thursday and Whit Monday, 2020–2030, as published in the French
/// and Belgian official calendars of public holidays.
const MOVABLE: [(i32, &str, &str, &str); 11] = [
    (2020, "2020-04-13", "2020-05-21", "2020-06-01"),
    (2021, "2021-04-05", "2021-05-13", "2021-05-24"),
    (2022, "2022-04-18", "2022-05-26", "2022-06-06"),
    (2023, "2023-04-10", "2023-05-18", "2023-05-29"),
    (2024, "2024-04-01", "2024-05-09", "2024-05-20"),
    (2025, "2025-04-21", "2025-05-29", "2025-06-09"),
    (2026, "2026-04-06", "2026-05-14", "2026-05-25"),
    (2027, "2027-03-29", "2027-05-06", "2027-05-17"),
    (2028, "2028-04-17", "2028-05-25", "2028-06-05"),
    (2029, "2029-04-02", "2029-05-10", "2029-05-21"),
    (2030, "2030-04-22", "2030-05-30", "2030-06-10"),
];

/// Fixed holidays by law: France, Code du travail L3133-1 (1 January, 1 May, 8 May, 14 July,
/// 15 August, 1 November, 11 November, 25 December); Belgium, the legal holidays (1 January,
/// 1 May, 21 July, 15 August, 1 November, 11 November, 25 December).
const FIXED_FR: [(u32, u32); 8] = [
    (1, 1),
    (5, 1),
    (5, 8),
    (7, 14),
    (8, 15),
    (11, 1),
    (11, 11),
    (12, 25),
];
const FIXED_BE: [(u32, u32); 7] = [
    (1, 1),
    (5, 1),
    (7, 21),
    (8, 15),
    (11, 1),
    (11, 11),
    (12, 25),
];

fn expected(year: i32, fixed: &[(u32, u32)], movable: (&str, &str, &str)) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = fixed
        .iter()
        .map(|(m, day)| NaiveDate::from_ymd_opt(year, *m, *day).unwrap())
        .collect();
    dates.extend([d(movable.0), d(movable.1), d(movable.2)]);
    dates.sort();
    dates
}

#[test]
fn french_holidays_2020_to_2030() {
    for (year, monday, ascension, whit) in MOVABLE {
        let got: Vec<NaiveDate> = holidays(Country::FR, year).iter().map(|h| h.date).collect();
        assert_eq!(
            got,
            expected(year, &FIXED_FR, (monday, ascension, whit)),
            "France {year}"
        );
    }
}

#[test]
fn belgian_holidays_2020_to_2030() {
    for (year, monday, ascension, whit) in MOVABLE {
        let got: Vec<NaiveDate> = holidays(Country::BE, year).iter().map(|h| h.date).collect();
        assert_eq!(
            got,
            expected(year, &FIXED_BE, (monday, ascension, whit)),
            "Belgium {year}"
        );
    }
}

/// Western (Gregorian) Easter Sundays 2000–2099, five a line. Produced with python-dateutil,
/// an independent implementation of the Gregorian computus, and spot-checked against the
/// published dates of `published_easter_dates` below.
const EASTER_2000_2099: [&str; 20] = [
    "2000-04-23 2001-04-15 2002-03-31 2003-04-20 2004-04-11",
    "2005-03-27 2006-04-16 2007-04-08 2008-03-23 2009-04-12",
    "2010-04-04 2011-04-24 2012-04-08 2013-03-31 2014-04-20",
    "2015-04-05 2016-03-27 2017-04-16 2018-04-01 2019-04-21",
    "2020-04-12 2021-04-04 2022-04-17 2023-04-09 2024-03-31",
    "2025-04-20 2026-04-05 2027-03-28 2028-04-16 2029-04-01",
    "2030-04-21 2031-04-13 2032-03-28 2033-04-17 2034-04-09",
    "2035-03-25 2036-04-13 2037-04-05 2038-04-25 2039-04-10",
    "2040-04-01 2041-04-21 2042-04-06 2043-03-29 2044-04-17",
    "2045-04-09 2046-03-25 2047-04-14 2048-04-05 2049-04-18",
    "2050-04-10 2051-04-02 2052-04-21 2053-04-06 2054-03-29",
    "2055-04-18 2056-04-02 2057-04-22 2058-04-14 2059-03-30",
    "2060-04-18 2061-04-10 2062-03-26 2063-04-15 2064-04-06",
    "2065-03-29 2066-04-11 2067-04-03 2068-04-22 2069-04-14",
    "2070-03-30 2071-04-19 2072-04-10 2073-03-26 2074-04-15",
    "2075-04-07 2076-04-19 2077-04-11 2078-04-03 2079-04-23",
    "2080-04-07 2081-03-30 2082-04-19 2083-04-04 2084-03-26",
    "2085-04-15 2086-03-31 2087-04-20 2088-04-11 2089-04-03",
    "2090-04-16 2091-04-08 2092-03-30 2093-04-12 2094-04-04",
    "2095-04-24 2096-04-15 2097-03-31 2098-04-20 2099-04-12",
];

#[test]
fn easter_sundays_for_a_century() {
    let table: Vec<&str> = EASTER_2000_2099
        .iter()
        .flat_map(|line| line.split(' '))
        .collect();
    assert_eq!(table.len(), 100);
    for (i, date) in table.iter().enumerate() {
        let year = 2000 + i as i32;
        assert_eq!(easter(year), d(date), "Easter {year}");
    }
}

#[test]
fn published_easter_dates() {
    for date in [
        "1900-04-15",
        "1943-04-25",
        "1954-04-18",
        "1961-04-02",
        "1974-04-14",
        "1981-04-19",
        "1990-04-15",
        "1991-03-31",
        "1998-04-12",
        "2000-04-23",
        "2008-03-23",
        "2011-04-24",
        "2038-04-25",
        "2057-04-22",
        "2088-04-11",
        "2099-04-12",
        "2118-04-10",
        "2148-04-07",
        "2182-04-21",
        "2190-04-25",
        "2198-03-25",
        "2199-04-14",
    ] {
        let date = d(date);
        assert_eq!(easter(chrono::Datelike::year(&date)), date);
    }
}

#[test]
fn every_year_of_the_range_has_its_holidays_in_order() {
    for year in recours::procedure::calendar::YEARS {
        for country in [Country::FR, Country::BE] {
            let list = holidays(country, year);
            // In order; two holidays may fall on one day (Ascension was 1 May in 2008).
            assert!(
                list.windows(2).all(|w| w[0].date <= w[1].date),
                "{country:?} {year}"
            );
            let e = easter(year);
            assert!(
                e >= NaiveDate::from_ymd_opt(year, 3, 22).unwrap()
                    && e <= NaiveDate::from_ymd_opt(year, 4, 25).unwrap()
            );
        }
    }
}
