//! PDF standards: a letter is tagged by default, and `--pdf-standard a-2b` writes PDF/A-2b —
//! checked with qpdf (structure, streams) and the XMP metadata and output intent PDF/A asks for.
//! Without qpdf the structural check says so and is skipped, unless
//! `RECOURS_EXTERNAL_TESTS=required` (as in CI).

use std::process::Command;

use crate::common::*;
use recours::{CaseFile, PlanOptions, Standard};

fn render(standard: Standard) -> Vec<u8> {
    let file = CaseFile::load(&example("cetelem-fr-mediation.yaml")).unwrap();
    let options = PlanOptions {
        today: test_today(),
        ..PlanOptions::default()
    };
    engine()
        .with_standard(standard)
        .render(&file, options)
        .unwrap()
        .pdf
        .bytes
}

fn catalog_has(bytes: &[u8], key: &[u8]) -> bool {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    document.catalog().unwrap().has(key)
}

fn xmp(bytes: &[u8]) -> String {
    let document = lopdf::Document::load_mem(bytes).unwrap();
    let reference = document
        .catalog()
        .unwrap()
        .get(b"Metadata")
        .unwrap()
        .as_reference()
        .unwrap();
    let stream = document.get_object(reference).unwrap().as_stream().unwrap();
    String::from_utf8_lossy(
        &stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()),
    )
    .into_owned()
}

#[test]
fn letters_are_tagged_by_default() {
    let bytes = render(Standard::Pdf17);
    assert!(catalog_has(&bytes, b"StructTreeRoot"), "a structure tree");
    assert!(catalog_has(&bytes, b"MarkInfo"), "marked content");
    assert!(
        !xmp(&bytes).contains("pdfaid:part"),
        "not PDF/A unless asked"
    );
}

#[test]
fn pdf_a_2b_carries_its_identification_and_passes_qpdf() {
    let bytes = render(Standard::A2b);
    let metadata = xmp(&bytes);
    assert!(
        metadata.contains("<pdfaid:part>2</pdfaid:part>"),
        "{metadata}"
    );
    assert!(
        metadata.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{metadata}"
    );
    assert!(
        metadata.contains("Demande de médiation"),
        "the title is in the XMP metadata too"
    );
    assert!(
        catalog_has(&bytes, b"OutputIntents"),
        "PDF/A needs an output intent"
    );
    assert_shows(&pdf_text(&bytes), "Madame la Médiatrice,");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lettre.pdf");
    std::fs::write(&path, &bytes).unwrap();
    match Command::new("qpdf").arg("--check").arg(&path).output() {
        Ok(output) => {
            let report = String::from_utf8_lossy(&output.stdout);
            assert!(output.status.success(), "qpdf --check: {report}");
            assert!(
                report.contains("No syntax or stream encoding errors found"),
                "{report}"
            );
        }
        Err(_) => {
            assert_ne!(
                std::env::var("RECOURS_EXTERNAL_TESTS").as_deref(),
                Ok("required"),
                "qpdf is required here"
            );
            eprintln!("skipped: qpdf is not installed");
        }
    }
}
