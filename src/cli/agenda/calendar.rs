//! The agenda as an iCalendar file (RFC 5545) to import into a clinic's calendar: one all-day
//! event per date that matters (a deadline's last day, the day a level opens, a period's last
//! day). Reproducible: the stamp is the day evaluated on, the product id fixed. Each event's
//! UID is derived from the case's path and what the date marks (its kind and level), so that importing a
//! newer agenda updates an event instead of adding a second one. A shared calendar is no place
//! for personal data: an event names the case file's stem and the institution, nothing else of
//! the case.

use chrono::{Days, NaiveTime};
use icalendar::{Calendar, Component, Event, EventLike, Property};

use super::Agenda;
use crate::text::digest::sha256_hex;

pub const PRODID: &str = "-//recours//agenda//FR";

pub fn ics(agenda: &Agenda) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    let stamp = agenda.evaluated_on.and_time(NaiveTime::MIN).and_utc();
    for entry in &agenda.cases {
        let stem = std::path::Path::new(&entry.case)
            .file_stem()
            .map_or(entry.case.clone(), |s| s.to_string_lossy().into_owned());
        let institution = entry.institution_words();
        for event in &entry.standing.events {
            let key = format!("{}\u{0}{}", entry.case, event.id);
            let uid = format!(
                "{}-{}@recours",
                event.kind.word(),
                &sha256_hex(key.as_bytes())[..24]
            );
            // RFC 5545 3.6.1: an all-day event ends the next day (DTEND is exclusive).
            let end = event
                .date
                .checked_add_days(Days::new(1))
                .unwrap_or(event.date);
            calendar.push(
                Event::new()
                    .uid(&uid)
                    .timestamp(stamp)
                    .summary(&format!("{stem} · {institution}: {}", event.summary))
                    .starts(event.date)
                    .ends(end)
                    .done(),
            );
        }
    }
    calendar.done().to_string()
}
