//! The generated Typst markup of every example, pinned: a change of a template or of a
//! sentence shows up here as a readable diff (`cargo insta review`).

use crate::common::*;

#[test]
fn generated_markup_of_every_example() {
    let engine = engine();
    let names = example_paths();
    assert!(
        names.len() >= 5,
        "one example per seed institution at least"
    );
    for path in names {
        let file = recours::CaseFile::load(&path).unwrap();
        let prepared = engine
            .prepare(
                &file,
                recours::PlanOptions {
                    today: test_today(),
                    ..Default::default()
                },
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(name, prepared.markup);
    }
}
