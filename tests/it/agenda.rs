//! `recours agenda`: a folder of cases, one line each, most urgent first; JSON, CSV and an
//! iCalendar file read back by an independent parser.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::*;

const HEAD: &str = "complainant:\n  name: Marie Dubois\n  address: [12 rue des Lilas, 59000 Lille]\ninstitution: cetelem-fr\ndispute:\n  subject: Frais\n  facts: Des frais.\n  demands: [le remboursement]\n";

/// A folder holding one case in each state on 2026-11-30 (and a file that is no case).
fn clinic() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("pret/ready.yaml", String::new()),
        (
            "waiting.yaml",
            "history:\n  - {step: 1, date: 2026-11-20, channel: letter}\n".to_string(),
        ),
        (
            "lapsing.yml",
            "history:\n  - {step: 1, date: 2025-12-10, channel: letter}\n  - {step: 2, date: 2026-01-10, channel: registered, answer: {date: 2026-02-01}}\n".to_string(),
        ),
        (
            "court.yaml",
            "  court_action: true\nhistory:\n  - {step: 1, date: 2026-06-10, channel: letter}\n  - {step: 2, date: 2026-07-10, channel: registered, answer: {date: 2026-08-01}}\n".to_string(),
        ),
        (
            "done.yaml",
            "history:\n  - {step: 1, date: 2026-06-10, channel: letter}\n  - {step: 2, date: 2026-07-10, channel: registered, answer: {date: 2026-08-01}}\n  - {step: 3, date: 2026-10-01, channel: letter}\n".to_string(),
        ),
        (
            "card.yaml",
            "  payment_date: 2025-11-20\nreferences: {card_number: '5555 5555 5555 4444'}\n"
                .to_string(),
        ),
    ];
    for (name, extra) in cases {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        // Lines starting with two spaces go on under `dispute:`.
        std::fs::write(path, format!("{HEAD}{extra}")).unwrap();
    }
    std::fs::write(dir.path().join("broken.yaml"), "complainant: [oops\n").unwrap();
    dir
}

fn agenda(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    outcome_in(dir, &[&["agenda", "."][..], args].concat())
}

#[test]
fn one_line_per_case_most_urgent_first_and_a_bad_case_never_stops_it() {
    let dir = clinic();
    let (code, stdout, stderr) = agenda(dir.path(), &["--date", "2026-11-30"]);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<Vec<&str>> = stdout
        .lines()
        .filter(|l| !l.is_empty())
        .skip(1)
        .map(|l| {
            l.split("  ")
                .filter(|f| !f.is_empty())
                .map(str::trim)
                .collect()
        })
        .collect();
    let table: Vec<(&str, &str, &str)> = lines
        .iter()
        .filter(|f| f.len() >= 4)
        .map(|f| (f[0], f[1], f[2]))
        .collect();
    assert_eq!(
        table,
        [
            ("lapsing", "2026-12-10", "lapsing.yml"),
            ("lapsing", "2026-12-20", "card.yaml"),
            ("ready", "2026-11-30", "pret/ready.yaml"),
            ("blocked", "-", "broken.yaml"),
            ("blocked", "-", "court.yaml"),
            ("answer due", "2027-01-20", "waiting.yaml"),
            ("done", "2026-10-01", "done.yaml"),
        ],
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "the step of 20 November 2026 (level 1) awaits its answer by 20 January 2027; then level 2 (escalation)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("complainant: wrong type"), "{stdout}");
    assert!(
        stdout
            .ends_with("7 cases: 2 lapsing, 1 ready, 2 blocked, 1 answer due, 0 waiting, 1 done\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("5555 5555 5555 4444"), "{stdout}");

    // On another day, with another horizon: the card payment's window is no longer close.
    let (_, stdout, _) = agenda(dir.path(), &["--date", "2026-11-30", "--within", "15"]);
    assert!(
        stdout.contains("\nready       2026-11-30  card.yaml"),
        "{stdout}"
    );

    // A folder that cannot be read is the only failure; a file is not a folder.
    let run = recours_in(dir.path(), &["agenda", "nowhere"]);
    assert_eq!(run.status.code(), Some(1));
    let (code, _, stderr) = outcome_in(dir.path(), &["agenda", "done.yaml"]);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("the agenda reads a folder of cases, and this is a file")
            && stderr.contains("`recours check done.yaml`"),
        "{stderr}"
    );
}

#[test]
fn json_and_csv_carry_the_same_cases_with_a_version() {
    let dir = clinic();
    let (code, json, stderr) = agenda(dir.path(), &["--date", "2026-11-30", "--format", "json"]);
    assert_eq!(code, Some(0), "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["version"], 1);
    assert_eq!(value["evaluated_on"], "2026-11-30");
    let cases = value["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 7);
    let waiting = cases.iter().find(|c| c["case"] == "waiting.yaml").unwrap();
    assert_eq!(waiting["state"], "answer-due");
    assert_eq!(waiting["date"], "2027-01-20");
    assert_eq!(waiting["sendable"], false);
    assert_eq!(waiting["level"], 2);
    assert_eq!(waiting["events"][0]["kind"], "answer-due");
    assert_eq!(waiting["events"][0]["date"], "2027-01-20");

    let (_, csv, _) = agenda(dir.path(), &["--date", "2026-11-30", "--format", "csv"]);
    let rows: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(
        rows[0],
        "version,case,institution,state,date,level,level_id,detail"
    );
    assert_eq!(rows.len(), 8);
    assert!(
        rows[6].starts_with(
            "1,waiting.yaml,cetelem-fr,answer due,2027-01-20,2,service-consommateurs,"
        ),
        "{csv}"
    );
}

/// The events of an iCalendar text, read back by the `ical` crate: UID → its properties.
fn events(ics: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut calendars = ical::IcalParser::new(ics.as_bytes());
    let calendar = calendars.next().expect("a calendar").expect("it parses");
    assert!(calendars.next().is_none());
    let prodid = calendar.properties.iter().find(|p| p.name == "PRODID");
    assert_eq!(
        prodid.and_then(|p| p.value.as_deref()),
        Some("-//recours//agenda//FR")
    );
    let mut out = BTreeMap::new();
    for event in calendar.events {
        let props: BTreeMap<String, String> = event
            .properties
            .into_iter()
            .map(|p| (p.name, p.value.unwrap_or_default()))
            .collect();
        let uid = props["UID"].clone();
        assert!(out.insert(uid, props).is_none(), "UIDs are unique");
    }
    out
}

#[test]
fn the_calendar_has_an_all_day_event_per_date_with_stable_uids_and_no_personal_data() {
    let dir = clinic();
    let (code, ics, stderr) = agenda(dir.path(), &["--date", "2026-11-30", "--format", "ics"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(ics.contains("\r\n"), "RFC 5545 lines end with CRLF");
    let first = events(&ics);
    // waiting.yaml: the deadline's last day, the day level 2 opens, the mediator's year;
    // lapsing.yml: the year counted from each written complaint; card.yaml: the 13 months.
    let summaries: Vec<(&str, &str, &str)> = first
        .values()
        .map(|e| {
            (
                e["DTSTART"].as_str(),
                e["DTEND"].as_str(),
                e["SUMMARY"].as_str(),
            )
        })
        .collect();
    for expected in [
        (
            "20270120",
            "20270121",
            "waiting · Cetelem (FR): answer due: level 1 of 20 November 2026",
        ),
        (
            "20270121",
            "20270122",
            "waiting · Cetelem (FR): level 2 (escalation) may be sent",
        ),
        (
            "20261210",
            "20261211",
            "lapsing · Cetelem (FR): last day to refer to the mediator (complaint of 10 December 2025)",
        ),
        (
            "20261220",
            "20261221",
            "card · Cetelem (FR): last day to contest the card payment of 20 November 2025",
        ),
    ] {
        assert!(
            summaries.contains(&expected),
            "{expected:?} in {summaries:#?}"
        );
    }
    for event in first.values() {
        assert_eq!(event["DTSTAMP"], "20261130T000000Z");
    }
    assert!(!ics.contains("Dubois") && !ics.contains("Lilas") && !ics.contains("4444"));

    // Evaluated a week later, the same dates keep their UIDs: an import updates them.
    let (_, later, _) = agenda(dir.path(), &["--date", "2026-12-07", "--format", "ics"]);
    let later = events(&later);
    let waiting_uids = |events: &BTreeMap<String, BTreeMap<String, String>>| {
        events
            .iter()
            .filter(|(_, e)| e["SUMMARY"].starts_with("waiting ·"))
            .map(|(uid, _)| uid.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(waiting_uids(&first), waiting_uids(&later));
    assert_eq!(waiting_uids(&first).len(), 3);
    // The same run twice gives the same bytes.
    let (_, again, _) = agenda(dir.path(), &["--date", "2026-11-30", "--format", "ics"]);
    assert_eq!(again, ics);
}

#[test]
fn the_dashboard_is_one_page_that_escapes_case_text_and_draws_each_timeline() {
    let dir = clinic();
    // A case whose text is markup, and a letter written beside one case.
    std::fs::write(
        dir.path().join("odd.yaml"),
        HEAD.replace("cetelem-fr", "\"<script>alert(1)</script>\""),
    )
    .unwrap();
    let run = recours_in(dir.path(), &["render", "pret/ready.yaml"]);
    assert!(run.status.success());
    // Its folder is made.
    let (code, stdout, stderr) = agenda(
        dir.path(),
        &["--date", "2026-11-30", "--html", "tableau/agenda.html"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("8 cases"),
        "the text agenda still goes to stdout"
    );
    let page = dir.path().join("tableau/agenda.html");
    let html = std::fs::read_to_string(&page).unwrap();
    // Self-contained: no script, no resource fetched; the markup shows as text.
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)"), "{html}");
    for external in ["src=", "<link", "@import", "url("] {
        assert!(!html.contains(external), "{external} in the page");
    }
    assert!(
        html.contains("<a href=\"../pret/ready-niveau-1.pdf\">PDF</a>"),
        "{html}"
    );

    let Some((browser, _driver)) = crate::preview::Browser::start(dir.path()) else {
        return;
    };
    browser.open(&format!("file://{}", page.display()));
    let seen = browser.run(
        "const rows = [...document.querySelectorAll('tr.case')];
         const row = name => rows.find(r => r.querySelector('td.case').textContent === name);
         const svg = row('waiting.yaml').nextElementSibling.querySelector('svg.timeline');
         const count = selector => svg.querySelectorAll(selector).length;
         return {
           states: rows.map(r => r.querySelector('td.state').textContent),
           odd: row('odd.yaml').querySelector('td.detail').textContent,
           link: row('pret/ready.yaml').querySelector('a').getAttribute('href'),
           steps: count('circle.step'), answered: count('circle.step.answered'),
           deadlines: count('rect.deadline'), today: count('line.today'),
           opens: count('line.admissible'), windows: count('line.window'),
           width: svg.getBoundingClientRect().width,
           scripts: document.scripts.length,
         };",
    );
    assert_eq!(
        seen["states"],
        serde_json::json!([
            "lapsing",
            "lapsing",
            "ready",
            "blocked",
            "blocked",
            "blocked",
            "answer due",
            "done"
        ])
    );
    assert!(
        seen["odd"]
            .as_str()
            .unwrap()
            .contains("<script>alert(1)</script>"),
        "the markup is shown as text: {seen}"
    );
    assert_eq!(seen["link"], "../pret/ready-niveau-1.pdf");
    // waiting.yaml: one letter, unanswered, its two-month deadline, today, the day level 2
    // opens, the mediator's year.
    for (what, expected) in [
        ("steps", 1),
        ("answered", 0),
        ("deadlines", 1),
        ("today", 1),
        ("opens", 1),
        ("windows", 1),
        ("scripts", 0),
    ] {
        assert_eq!(seen[what], expected, "{what}: {seen}");
    }
    assert!(seen["width"].as_f64().unwrap() > 300.0, "{seen}");
    let png = browser.screenshot();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000);
    std::fs::write(dir.path().join("tableau/agenda.png"), png).unwrap();
}
