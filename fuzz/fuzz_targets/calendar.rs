//! Deadline arithmetic over the calendars' whole range never panics, and a deadline never ends
//! before it starts nor on a day that does not count.
#![no_main]

use chrono::{Datelike, NaiveDate};
use libfuzzer_sys::fuzz_target;
use recours::procedure::calendar::{deadline_end, is_business_day};
use recours::registry::{Country, DeadlineUnit};

fuzz_target!(|data: [u8; 6]| {
    let year = 1900 + i32::from(u16::from_le_bytes([data[0], data[1]]) % 290);
    let Some(start) = NaiveDate::from_yo_opt(year, 1 + u32::from(data[2]) % 365) else { return };
    let count = u32::from(data[3]) % 120;
    let unit = [
        DeadlineUnit::Months,
        DeadlineUnit::Days,
        DeadlineUnit::WorkingDays,
        DeadlineUnit::BusinessDays,
        DeadlineUnit::BeWorkingDays,
    ][usize::from(data[4]) % 5];
    let country = if data[5] % 2 == 0 { Country::FR } else { Country::BE };
    let end = deadline_end(country, start, count, unit);
    assert!(end >= start, "{start} + {count} {unit:?} ended on {end}");
    if count > 0 && matches!(unit, DeadlineUnit::BusinessDays | DeadlineUnit::BeWorkingDays | DeadlineUnit::Months | DeadlineUnit::Days) {
        assert!(is_business_day(country, end), "{start} + {count} {unit:?} ended on {end}, {:?}", end.weekday());
    }
});
