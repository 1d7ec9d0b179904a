//! The watch session's own tests.

use super::*;

#[test]
fn the_signature_image_is_a_dependency_of_the_letter() {
    let dir = tempfile::tempdir().unwrap();
    let case = dir.path().join("case.yaml");
    let text = include_str!("../../../examples/cetelem-fr-reclamation.yaml")
        .replace("letter:\n", "letter:\n  signature_image: scans/sig.png\n");
    std::fs::write(&case, text).unwrap();
    let session = Session::new(&case, [None, None], None, None, None).unwrap();
    let files = session.dependencies(&[]);
    assert!(files.contains(&absolute(&case)));
    assert!(
        files.contains(&absolute(&dir.path().join("scans/sig.png"))),
        "{files:?}"
    );
    assert_eq!(files.len(), 2);
}
