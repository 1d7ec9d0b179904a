//! The agenda as one self-contained HTML page a clinic reads at a glance (`agenda --html`, and
//! `report.html` beside a batch's letters): a table of every case with its state, its date and
//! a link to its latest letter, and each case's timeline drawn as inline SVG — the steps taken
//! (answered or not), each answer deadline as a bar, today, the day the next level opens. No
//! script, no external resource: it works offline and prints.
//!
//! Laid out with Tera in its own instance, HTML-escaped (the letters' instance escapes for
//! Typst); the geometry of the timelines is computed here, the template only draws it.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::{Context, Tera};

use crate::error::Error;
use crate::procedure::agenda::{Agenda, Entry, State};
use crate::text::messages::tr;

/// The page down to the table's body, then one case's rows; the page is written a few hundred
/// cases at a time, so that a caseload of any size takes the memory of a few hundred cases.
const HEAD: &str = include_str!("dashboard.html");
const ROW: &str = include_str!("dashboard-row.html");
const TAIL: &str = "</tbody>\n</table>\n</body>\n</html>\n";

/// The width and height of a timeline, and its margins, in SVG user units.
const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 64.0;
const MARGIN: f64 = 12.0;

#[derive(Serialize)]
struct Page {
    evaluated_on: NaiveDate,
    within_days: u32,
    counts: Vec<Count>,
    words: Words,
}

/// The page's own words, in the tool's language.
#[derive(Serialize)]
struct Words {
    lang: &'static str,
    title: String,
    legend: String,
    state: String,
    date: String,
    case: String,
    institution: String,
    level: String,
    why: String,
    letter: String,
}

impl Words {
    fn new(agenda: &Agenda) -> Self {
        let date = agenda.evaluated_on.to_string();
        Self {
            lang: crate::text::messages::language().code(),
            title: tr!("dashboard-title", date = date),
            legend: tr!("dashboard-legend", days = agenda.within_days),
            state: tr!("dashboard-state"),
            date: tr!("dashboard-date"),
            case: tr!("dashboard-case"),
            institution: tr!("dashboard-institution"),
            level: tr!("dashboard-level"),
            why: tr!("dashboard-why"),
            letter: tr!("dashboard-letter"),
        }
    }
}

#[derive(Serialize)]
struct Count {
    state: String,
    class: String,
    cases: usize,
}

#[derive(Serialize)]
struct Row<'a> {
    case: &'a str,
    institution: &'a str,
    state: String,
    /// The state as a CSS class (`answer-due`).
    class: String,
    date: Option<NaiveDate>,
    level: Option<String>,
    detail: &'a str,
    /// What the next letter carries besides its verdict (the same warnings as `render`'s).
    warnings: &'a [String],
    /// The latest letter, relative to the page.
    pdf: Option<String>,
    timeline: Option<Timeline>,
}

/// A timeline's shapes, in SVG user units.
#[derive(Serialize)]
struct Timeline {
    width: f64,
    height: f64,
    ticks: Vec<Tick>,
    steps: Vec<StepShape>,
    bars: Vec<Bar>,
    today: f64,
    today_title: String,
    admissible: Option<Marker>,
    windows: Vec<Marker>,
}

#[derive(Serialize)]
struct Tick {
    x: f64,
    label: String,
}

#[derive(Serialize)]
struct StepShape {
    x: f64,
    label: String,
    title: String,
    answered: bool,
    /// The answer's day, drawn as a small mark.
    answer_x: Option<f64>,
}

#[derive(Serialize)]
struct Bar {
    x: f64,
    width: f64,
    y: f64,
    title: String,
    requested: bool,
}

#[derive(Serialize)]
struct Marker {
    x: f64,
    title: String,
}

/// Writes the page for an agenda to `out`, a few hundred cases at a time; `pdf_of` gives the
/// link to a case's latest letter, if any.
pub fn write(
    agenda: &Agenda,
    pdf_of: &(dyn Fn(&Entry) -> Option<String> + Sync),
    out: &mut dyn std::io::Write,
) -> Result<(), Error> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.add_raw_templates(vec![("dashboard.html", HEAD), ("dashboard-row.html", ROW)])
        .map_err(template_error)?;
    let counts = State::ALL
        .iter()
        .map(|s| Count {
            state: s.words(),
            class: s.word().replace(' ', "-"),
            cases: agenda.count(*s),
        })
        .collect();
    let page = Page {
        evaluated_on: agenda.evaluated_on,
        within_days: agenda.within_days,
        counts,
        words: Words::new(agenda),
    };
    let head = tera
        .render("dashboard.html", &context(&page)?)
        .map_err(template_error)?;
    out.write_all(head.as_bytes()).map_err(write_error)?;
    // The rows are laid out on every core, a bounded chunk at a time, and written in order.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    for chunk in agenda.cases.chunks(ROWS_AT_ONCE) {
        let part = chunk.len().div_ceil(threads);
        let parts: Vec<Result<String, Error>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (chunk.chunks(part))
                .map(|cases| {
                    let tera = &tera;
                    scope.spawn(move || {
                        let mut text = String::new();
                        for entry in cases {
                            text.push_str(&row(tera, entry, agenda.evaluated_on, pdf_of)?);
                        }
                        Ok(text)
                    })
                })
                .collect();
            (handles.into_iter())
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        for text in parts {
            out.write_all(text?.as_bytes()).map_err(write_error)?;
        }
    }
    out.write_all(TAIL.as_bytes()).map_err(write_error)
}

/// How many rows are laid out before they are written: the page's memory stays that of a few
/// hundred cases whatever the caseload.
const ROWS_AT_ONCE: usize = 256;

/// One case's rows of the table.
fn row(
    tera: &Tera,
    entry: &Entry,
    today: NaiveDate,
    pdf_of: &(dyn Fn(&Entry) -> Option<String> + Sync),
) -> Result<String, Error> {
    let s = &entry.standing;
    let row = Row {
        case: &entry.case,
        institution: entry.institution_words(),
        state: s.state.words(),
        class: s.state.word().replace(' ', "-"),
        date: s.date,
        level: (s.level.zip(s.level_kind))
            .map(|(l, kind)| format!("{l} ({})", crate::procedure::timeline::kind_of(kind))),
        detail: &s.detail,
        warnings: &s.warnings,
        pdf: pdf_of(entry),
        timeline: timeline(entry, today),
    };
    (tera.render("dashboard-row.html", &context(&Wrapped { row })?)).map_err(template_error)
}

fn template_error(e: tera::Error) -> Error {
    Error::Template(format!("the dashboard's template: {e}"))
}

/// A row as the row template names it.
#[derive(Serialize)]
struct Wrapped<'a> {
    row: Row<'a>,
}

fn context<T: Serialize>(value: &T) -> Result<Context, Error> {
    Context::from_serialize(value)
        .map_err(|e| Error::Template(format!("the dashboard's data: {e}")))
}

fn write_error(source: std::io::Error) -> Error {
    Error::Write {
        path: "the dashboard".into(),
        source,
    }
}

/// A case's timeline, from its first step (or today) to its last date that matters.
fn timeline(entry: &Entry, today: NaiveDate) -> Option<Timeline> {
    let s = &entry.standing;
    if s.steps.is_empty() && s.events.is_empty() {
        return None;
    }
    let dates = s
        .steps
        .iter()
        .flat_map(|m| [Some(m.date), m.answered, m.due])
        .flatten()
        .chain(s.events.iter().map(|e| e.date))
        .chain(s.admissible_from)
        .chain([today]);
    let (first, last) = dates.fold((today, today), |(lo, hi), d| (lo.min(d), hi.max(d)));
    let span = ((last - first).num_days().max(1) + 14) as f64;
    let start = first - chrono::Duration::days(7);
    let x = |d: NaiveDate| MARGIN + (d - start).num_days() as f64 / span * (WIDTH - 2.0 * MARGIN);
    let round = |v: f64| (v * 10.0).round() / 10.0;
    let steps = s
        .steps
        .iter()
        .map(|m| StepShape {
            x: round(x(m.date)),
            label: m.level.to_string(),
            title: match m.answered {
                Some(a) => tr!(
                    "dashboard-step-answered",
                    level = m.level,
                    date = m.date.to_string(),
                    channel = m.channel.key(),
                    answered = a.to_string()
                ),
                None => tr!(
                    "dashboard-step",
                    level = m.level,
                    date = m.date.to_string(),
                    channel = m.channel.key()
                ),
            },
            answered: m.answered.is_some(),
            answer_x: m.answered.map(|a| round(x(a))),
        })
        .collect();
    let bars = s
        .steps
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let due = m.due?;
            Some(Bar {
                x: round(x(m.date)),
                width: round((x(due) - x(m.date)).max(1.0)),
                y: 34.0 + (i % 2) as f64 * 7.0,
                title: if m.requested {
                    tr!("dashboard-asked", level = m.level, due = due.to_string())
                } else {
                    tr!("dashboard-due", level = m.level, due = due.to_string())
                },
                requested: m.requested,
            })
        })
        .collect();
    let windows = s
        .events
        .iter()
        .filter(|e| e.id.contains("window"))
        .map(|e| Marker {
            x: round(x(e.date)),
            title: format!("{}: {}", e.date, e.summary),
        })
        .collect();
    Some(Timeline {
        width: WIDTH,
        height: HEIGHT,
        ticks: ticks(start, start + chrono::Duration::days(span as i64), &x),
        steps,
        bars,
        today: round(x(today)),
        today_title: tr!("dashboard-today"),
        admissible: s.admissible_from.map(|d| Marker {
            x: round(x(d)),
            title: tr!("dashboard-opens", date = d.to_string()),
        }),
        windows,
    })
}

/// A tick at the first of each month (every third month on a long timeline).
fn ticks(start: NaiveDate, end: NaiveDate, x: &dyn Fn(NaiveDate) -> f64) -> Vec<Tick> {
    let months = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
    let every = if months > 24 { 3 } else { 1 };
    let mut out = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("a month's first");
    let mut n = 0;
    while day <= end {
        // Not so close to an edge that its label would be cut.
        let inside = (MARGIN + 12.0..=WIDTH - MARGIN - 12.0).contains(&x(day));
        if day >= start && n % every == 0 && inside {
            out.push(Tick {
                x: (x(day) * 10.0).round() / 10.0,
                label: format!("{}-{:02}", day.year(), day.month()),
            });
        }
        n += 1;
        day = crate::procedure::calendar::add_months(day, 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::procedure::agenda::{FORMAT_VERSION, blocked};

    #[test]
    fn rows_laid_out_in_parallel_keep_the_agenda_s_order_and_links() {
        let on = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // More cases than are laid out at once, so that several chunks and parts are joined.
        let cases: Vec<Entry> = (0..ROWS_AT_ONCE * 2 + 7)
            .map(|n| Entry {
                case: format!("dossiers/case-{n:04}.yaml"),
                institution: Some("cetelem-fr".to_string()),
                institution_name: Some("Cetelem".to_string()),
                standing: blocked(format!("reason {n}")),
            })
            .collect();
        let agenda = Agenda {
            version: FORMAT_VERSION,
            evaluated_on: on,
            within_days: 30,
            cases,
        };
        let link = |entry: &Entry| {
            let n = entry.case.trim_start_matches("dossiers/case-");
            (!n.starts_with("03")).then(|| format!("lettres/{n}.pdf"))
        };
        let mut page = Vec::new();
        write(&agenda, &link, &mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        let mut at = 0;
        for n in 0..agenda.cases.len() {
            let case = format!("dossiers/case-{n:04}.yaml");
            let found = page[at..]
                .find(&case)
                .unwrap_or_else(|| panic!("{case} in order"));
            at += found + case.len();
        }
        assert!(
            page.contains("href=\"lettres/0512.yaml.pdf\""),
            "a letter's link"
        );
        assert!(
            !page.contains("lettres/0300.yaml.pdf"),
            "no link where there is no letter"
        );
        assert!(page.ends_with(TAIL));
    }
}
