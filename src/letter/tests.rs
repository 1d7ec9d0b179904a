//! Unit tests of the sentences, in French, with plans made by hand.

use super::*;
use crate::procedure::plan::TakenAnswer;
use crate::text::french::NBSP;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A prior step's sentence as a French letter of this voice and country says it.
fn sentence(step: &TakenStep, representative: bool, country: Country, on: NaiveDate) -> String {
    let voice = voice(representative);
    let wordings = Wordings::embedded();
    let w = Writer {
        wording: wordings.french(),
        voice: &voice,
        language: Language::French,
        country,
    };
    prior_step_sentence(&w, step, on)
}

fn voice(representative: bool) -> Voice {
    Voice::new(
        representative,
        "Mme Marie Dubois".into(),
        "Mme Marie Dubois".into(),
        "Mme Dubois".into(),
        "madame",
    )
}

fn step(channel: ChannelKind, tracking: Option<&str>, answer: Option<TakenAnswer>) -> TakenStep {
    TakenStep {
        level: 2,
        level_id: "service-consommateurs".into(),
        kind: LevelKind::Escalation,
        recipient: "recipient-cetelem-fr-service-consommateurs".into(),
        date: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        received: None,
        channel,
        tracking: tracking.map(Into::into),
        reference: Some("REC-1".into()),
        answer,
        holding_letter: None,
        answer_due: None,
        requested_due: None,
        deadline: None,
        deadline_length: None,
    }
}

fn due_from_sending(date: NaiveDate, start: NaiveDate) -> crate::procedure::deadlines::Due {
    crate::procedure::deadlines::Due {
        date,
        start: crate::procedure::deadlines::Start {
            date: start,
            runs_from: RunsFrom::Sending,
            assumed: false,
        },
        extended: false,
    }
}

fn plain(s: &str) -> String {
    s.replace(NBSP, " ")
}

#[test]
fn an_unanswered_registered_step() {
    let s = sentence(
        &step(ChannelKind::Registered, Some("1A 123"), None),
        false,
        Country::FR,
        day(2026, 11, 1),
    );
    assert_eq!(
        plain(&s),
        "Le 1er septembre 2026, j’ai adressé une demande de réexamen par lettre recommandée avec avis de réception n° 1A 123 au service consommateurs de Cetelem (référence : REC-1). Cette démarche est restée sans réponse à ce jour."
    );
}

#[test]
fn an_unanswered_step_whose_deadline_lapsed() {
    let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
    s.answer_due = Some(due_from_sending(day(2026, 11, 2), day(2026, 9, 1)));
    s.deadline = Some("deux mois".into());
    s.deadline_length = Some((2, DeadlineUnit::Months));
    let before = sentence(&s, false, Country::FR, day(2026, 11, 2));
    assert!(
        plain(&before).ends_with("Cette démarche est restée sans réponse à ce jour."),
        "{before}"
    );
    let after = sentence(&s, false, Country::FR, day(2026, 11, 3));
    assert!(
        plain(&after).ends_with("Cette démarche est restée sans réponse malgré l’expiration, le 2 novembre 2026, du délai de deux mois."),
        "{after}"
    );
}

#[test]
fn a_lapse_resting_on_an_assumed_receipt_prints_no_date() {
    let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
    let mut due = due_from_sending(day(2026, 11, 6), day(2026, 9, 7));
    due.start.runs_from = RunsFrom::Receipt;
    due.start.assumed = true;
    s.answer_due = Some(due);
    s.deadline = Some("deux mois".into());
    s.deadline_length = Some((2, DeadlineUnit::Months));
    let text = plain(&sentence(&s, false, Country::FR, day(2026, 11, 20)));
    assert!(
        text.ends_with("Cette démarche est restée sans réponse au-delà du délai de deux mois suivant sa réception."),
        "{text}"
    );
    assert!(!text.contains("novembre"), "{text}");
}

#[test]
fn a_lapse_counted_from_the_first_written_complaint_says_so() {
    let mut s = step(ChannelKind::Registered, Some("1A 123"), None);
    let mut due = due_from_sending(day(2026, 9, 2), day(2026, 7, 2));
    due.start.runs_from = RunsFrom::FirstWritten;
    s.answer_due = Some(due);
    s.deadline = Some("deux mois".into());
    s.deadline_length = Some((2, DeadlineUnit::Months));
    let text = plain(&sentence(&s, false, Country::FR, day(2026, 11, 20)));
    assert!(
        text.ends_with("Cette démarche est restée sans réponse malgré l’expiration, le 2 septembre 2026, du délai de deux mois qui court depuis ma première réclamation écrite du 2 juillet 2026."),
        "{text}"
    );
}

#[test]
fn an_answered_step_told_by_a_representative_in_belgium() {
    let answer = TakenAnswer {
        date: NaiveDate::from_ymd_opt(2026, 9, 20).unwrap(),
        reference: Some("REP-9".into()),
        summary: Some("refus".into()),
    };
    let s = sentence(
        &step(ChannelKind::Registered, Some("RR 1"), Some(answer)),
        true,
        Country::BE,
        day(2026, 11, 1),
    );
    assert_eq!(
        plain(&s),
        "Le 1er septembre 2026, Mme Dubois a adressé une demande de réexamen par envoi recommandé n° RR 1 au service consommateurs de Cetelem (référence : REC-1). Le 20 septembre 2026, le service consommateurs de Cetelem lui a répondu (référence : REP-9) : refus."
    );
}

#[test]
fn a_phone_call() {
    let mut s = step(ChannelKind::Phone, None, None);
    s.reference = None;
    s.kind = LevelKind::Complaint;
    s.recipient = "recipient-amex-fr-service-clients".into();
    assert_eq!(
        plain(&sentence(&s, false, Country::FR, day(2026, 11, 1))),
        "Le 1er septembre 2026, j’ai exposé ce litige par téléphone au service clients d’American Express."
    );
}

#[test]
fn enclosures_are_kept_in_groups_no_page_splits() {
    let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
    assert_eq!(keep_together(&items(0)), Vec::<Vec<String>>::new());
    assert_eq!(keep_together(&items(3)), [items(3)]);
    assert_eq!(
        keep_together(&items(6)),
        [
            vec!["1".to_string(), "2".into()],
            vec!["3".into()],
            vec!["4".into()],
            vec!["5".into(), "6".into()]
        ]
    );
}

#[test]
fn deadlines_in_words() {
    assert_eq!(deadline_phrase(2, DeadlineUnit::Months), "deux mois");
    assert_eq!(deadline_phrase(1, DeadlineUnit::Months), "un mois");
    assert_eq!(
        deadline_phrase(15, DeadlineUnit::WorkingDays),
        "quinze jours ouvrables"
    );
    assert_eq!(de("un mois"), "d’un mois");
    assert_eq!(de("deux mois"), "de deux mois");
}

#[test]
fn localities_and_paragraphs() {
    assert_eq!(
        locality(&["12 rue des Lilas".into(), "59000 Lille".into()]),
        "Lille"
    );
    assert_eq!(
        locality(&["92561 Rueil-Malmaison Cedex".into()]),
        "Rueil-Malmaison"
    );
    assert_eq!(locality(&["B-1000 Bruxelles".into()]), "Bruxelles");
    assert_eq!(
        paragraphs("a\nb\n\n\nc  d\n"),
        vec!["a b".to_string(), "c d".to_string()]
    );
}
