//! User text is data, never markup: any mix of Typst and Tera specials written as a name, as
//! facts or as demands comes out of the PDF as written, and the letter keeps its one recipient
//! block.

use crate::common::*;
use proptest::prelude::*;

const BASE: &str = r#"
complainant:
  name: NAME
  address: [12 rue des Lilas, 59000 Lille]
institution: cetelem-fr
dispute:
  subject: Frais contestés
  facts: FACTS
  demands:
    - DEMAND
letter:
  date: 2026-07-02
"#;

/// A YAML double-quoted scalar holding `text` exactly.
fn yaml_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("#".to_string()),
        Just("$".to_string()),
        Just("*".to_string()),
        Just("_".to_string()),
        Just("`".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("@".to_string()),
        Just("=".to_string()),
        Just("-".to_string()),
        Just("+".to_string()),
        Just("/".to_string()),
        Just("~".to_string()),
        Just("\\".to_string()),
        Just("{{".to_string()),
        Just("}}".to_string()),
        Just("{%".to_string()),
        Just("%}".to_string()),
        Just("{#".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        Just("//".to_string()),
        Just("/*".to_string()),
        Just("http://x.org".to_string()),
        Just("#set page(width: 1cm)".to_string()),
        Just("#place(dx: 1cm)[X]".to_string()),
        Just("= Titre".to_string()),
        Just("- item".to_string()),
        Just("\\u{41}".to_string()),
        Just("...".to_string()),
        Just("--".to_string()),
        Just(":".to_string()),
        "[a-zA-Zéèàç0-9]{1,8}",
    ];
    prop::collection::vec(piece, 1..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn hostile_text_is_printed_verbatim(name in hostile_text(), facts in hostile_text(), demand in hostile_text()) {
        // A value with no visible character is refused as empty: not what this test is about.
        prop_assume!(!name.trim().is_empty() && !facts.trim().is_empty() && !demand.trim().is_empty());
        let case = BASE
            .replace("NAME", &yaml_quoted(&name))
            .replace("FACTS", &yaml_quoted(&facts))
            .replace("DEMAND", &yaml_quoted(&demand));
        let rendered = render_text(&engine(), "hostile.yaml", &case).map_err(|e| TestCaseError::fail(e.to_string()))?;
        // The letter sets the typewriter apostrophe between two letters as the typographic one,
        // as in its own sentences: that is the one change a value may show.
        let text = without_whitespace(&pdf_extract::extract_text_from_mem(&rendered.pdf.bytes).unwrap())
            .replace('\u{2019}', "'");
        for value in [&name, &facts, &demand] {
            prop_assert!(text.contains(&without_whitespace(value)), "«{}» is not shown verbatim in:\n{}", value, text);
        }
        prop_assert_eq!(text.matches("95908CergyPontoiseCedex9").count(), 1, "one recipient block");
        prop_assert_eq!(text.matches("ServiceclientCetelem").count(), 1, "one recipient block");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The text for a web form (`render --format text` and `md`) is the letter's own sentences:
    /// no markup of any kind, no escape character added to what the case says.
    #[test]
    fn hostile_text_comes_out_of_the_text_version_verbatim(name in hostile_text(), facts in hostile_text(), demand in hostile_text()) {
        prop_assume!(!name.trim().is_empty() && !facts.trim().is_empty() && !demand.trim().is_empty());
        let case = BASE
            .replace("NAME", &yaml_quoted(&name))
            .replace("FACTS", &yaml_quoted(&facts))
            .replace("DEMAND", &yaml_quoted(&demand));
        let file = recours::CaseFile::parse(case, std::path::Path::new("hostile.yaml")).unwrap();
        let options = recours::PlanOptions { today: test_today(), ..recours::PlanOptions::default() };
        let engine = engine();
        let (_, letter) = engine.decide(&file, options).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for style in [recours::render::text::Style::Plain, recours::render::text::Style::Markdown] {
            let text = recours::render::text::form(&letter, style);
            // The one change a value may show is the letter's own typography: spaces (no-break
            // before « : ») and the typographic apostrophe.
            let seen = without_whitespace(&text).replace('\u{2019}', "'");
            for value in [&name, &facts, &demand] {
                prop_assert!(seen.contains(&without_whitespace(value)), "«{}» is not verbatim in:\n{}", value, text);
            }
            // No escape character is added: a backslash shows only where the case wrote one.
            if ![&name, &facts, &demand].iter().any(|v| v.contains('\\')) {
                prop_assert!(!text.contains('\\'), "an escape in:\n{}", text);
            }
        }
    }
}

/// Found by fuzzing the escaping and typesetting: this mix of right-to-left marks, bidi
/// embeddings and controls made typst's shaping panic. Directional formatting characters are
/// dropped from user text; the rest is printed.
#[test]
fn directional_formatting_characters_are_dropped_and_the_letter_is_written() {
    let facts = "\u{0}\u{1f7}wwwwwwwwwwwww,wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwa$ \u{5a3}*tc\u{2028} \u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{3} /\u{202b}.{% \u{742} %~\u{202a} %}vww\u{0}\u{0}\u{0}\u{0}\u{0} ";
    let case = BASE
        .replace("NAME", "Marie Dubois")
        .replace("FACTS", &yaml_quoted(facts))
        .replace("DEMAND", "le remboursement");
    let rendered = render_text(&engine(), "bidi.yaml", &case).unwrap();
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(&text, "wwwwwwwwwwwww,wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwa$");
    assert_shows(&text, "vww");
    for dropped in ['\u{202a}', '\u{202b}', '\u{0}'] {
        assert!(
            !rendered.markup.contains(dropped),
            "{dropped:?} reaches the markup"
        );
    }
}

/// Found by fuzzing: marks of a script the letter font lacks (Hebrew, Thaana), after a space,
/// make typst-layout 0.15.1's shaping slice out of bounds and panic. The fault is typst's; the
/// letter fails with a message and the process goes on (a batch renders the next case).
#[test]
fn a_fault_inside_typst_fails_the_letter_with_a_message() {
    let facts = "a$ \u{5a3}@@@$ \u{5a3}@\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}@@@@@@@ \u{7a3}@@@@@@@@@@ #@+++++++}{\u{b}\u{b}\u{b}\u{b}\u{b}\u{b}\u{b}8888888888888888888%  \u{5a3}@@@@@@@@@@@#}\u{0}/%@@@@@@%  \u{5a3}@@@#}\u{0}/) y\u{0}\u{0}\u{0}\u{ad}\u{0}\u{0}\u{4}+++++++++++/* ++++++@@$+#++++++++`+\u{12}a\u{5dd}";
    let case = BASE
        .replace("NAME", "Marie Dubois")
        .replace("FACTS", &yaml_quoted(facts))
        .replace("DEMAND", "le remboursement");
    match render_text(&engine(), "marks.yaml", &case) {
        // typst fixed: the letter is written.
        Ok(rendered) => assert_shows(&pdf_text(&rendered.pdf.bytes), "le remboursement"),
        // typst's message differs between builds ("out of bounds" in release, a debug
        // assertion "fell out of range" in debug); it is passed on, whatever it says.
        Err(recours::Error::TypesetterFault(message)) => assert!(!message.is_empty()),
        Err(other) => panic!("another error: {other}"),
    }
    // The same engine, in the same process, still writes the next letter.
    let next = BASE
        .replace("NAME", "Marie Dubois")
        .replace("FACTS", "Des frais prélevés à tort.")
        .replace("DEMAND", "le remboursement");
    let rendered = render_text(&engine(), "next.yaml", &next).unwrap();
    assert_shows(&pdf_text(&rendered.pdf.bytes), "Des frais prélevés à tort.");
}
