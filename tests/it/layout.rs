//! Where things sit on the page: the recipient block inside the window of a French DL envelope
//! (NF Z 11-001: 35 mm from the top, 100 × 45 mm, right edge 10 mm from the paper's edge), the
//! sender block top left, and nothing else in the window.

use crate::common::*;
use recours::{CaseFile, PlanOptions, Typesetter};
use typst::layout::{Frame, FrameItem, Point};

/// The window, in millimetres from the paper's top-left corner.
const WINDOW_LEFT: f64 = 100.0;
const WINDOW_RIGHT: f64 = 200.0;
const WINDOW_TOP: f64 = 35.0;
const WINDOW_BOTTOM: f64 = 80.0;

/// Every run of text on a page: (x mm, baseline y mm, text).
fn texts(frame: &Frame, origin: Point, out: &mut Vec<(f64, f64, String)>) {
    for (point, item) in frame.items() {
        let at = origin + *point;
        match item {
            FrameItem::Group(group) => {
                let shifted = at + Point::new(group.transform.tx, group.transform.ty);
                texts(&group.frame, shifted, out);
            }
            FrameItem::Text(text) => out.push((at.x.to_mm(), at.y.to_mm(), text.text.to_string())),
            _ => {}
        }
    }
}

#[test]
fn the_recipient_block_sits_in_the_envelope_window_of_every_example() {
    let engine = engine();
    let names = example_paths();
    for path in names {
        let file = CaseFile::load(&path).unwrap();
        let prepared = engine
            .prepare(
                &file,
                PlanOptions {
                    today: test_today(),
                    ..Default::default()
                },
            )
            .unwrap();
        let (document, _world) = Typesetter::shared()
            .layout(&prepared.markup, test_today(), None)
            .unwrap();
        let mut runs = Vec::new();
        texts(&document.pages()[0].frame, Point::zero(), &mut runs);

        let in_window: Vec<&(f64, f64, String)> = runs
            .iter()
            .filter(|(x, y, _)| {
                *x >= WINDOW_LEFT - 1.0
                    && *x < WINDOW_RIGHT
                    && *y > WINDOW_TOP
                    && *y < WINDOW_BOTTOM
            })
            .collect();
        let shown: String = in_window.iter().map(|(_, _, t)| t.as_str()).collect();
        let expected: String = prepared.letter.recipient.concat();
        assert_eq!(
            without_whitespace(&shown),
            without_whitespace(&expected),
            "{}: the window shows exactly the recipient's lines",
            path.display()
        );
        for (x, y, text) in &in_window {
            assert!(
                *x >= WINDOW_LEFT + 5.0
                    && *x <= WINDOW_RIGHT - 5.0
                    && *y >= WINDOW_TOP + 5.0
                    && *y <= WINDOW_BOTTOM - 5.0,
                "{}: «{text}» at ({x:.1} mm, {y:.1} mm) is too close to the window's edge",
                path.display()
            );
        }

        let sender = &prepared.letter.sender[0];
        let first = runs
            .iter()
            .find(|(_, _, t)| sender.starts_with(t.as_str()))
            .expect("the sender's name is shown");
        assert!(
            first.0 < 30.0 && first.1 < 30.0,
            "{}: the sender block starts top left, found {first:?}",
            path.display()
        );
    }
}
