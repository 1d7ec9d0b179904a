//! The letter on paper, read from the laid-out pages: room to sign, blocks a page break must
//! not split, the header of continuation pages, and the typography of the complainant's own
//! text as careful as the tool's.

use std::path::Path;

use crate::common::*;
use recours::{CaseFile, PlanOptions, Typesetter};
use typst::layout::{Frame, FrameItem, Point};

/// A run of text laid out: its page (from 0), x and baseline y in millimetres, size in points,
/// and text.
#[derive(Debug, Clone)]
struct Run {
    page: usize,
    x: f64,
    y: f64,
    size: f64,
    text: String,
}

fn collect(frame: &Frame, origin: Point, page: usize, out: &mut Vec<Run>, images: &mut Vec<f64>) {
    for (point, item) in frame.items() {
        let at = origin + *point;
        match item {
            FrameItem::Group(group) => {
                let shifted = at + Point::new(group.transform.tx, group.transform.ty);
                collect(&group.frame, shifted, page, out, images);
            }
            FrameItem::Text(text) => out.push(Run {
                page,
                x: at.x.to_mm(),
                y: at.y.to_mm(),
                size: text.size.to_pt(),
                text: text.text.to_string(),
            }),
            FrameItem::Image(_, size, _) => {
                images.push(at.y.to_mm());
                images.push((at.y + size.y).to_mm());
            }
            _ => {}
        }
    }
}

/// The laid-out runs of a case's letter, and the bottom edge of each image (mm).
fn layout(text: &str, dir: Option<&Path>) -> (Vec<Run>, Vec<f64>, recours::Letter) {
    let path = dir.map_or_else(
        || Path::new("case.yaml").to_path_buf(),
        |d| d.join("case.yaml"),
    );
    let file = CaseFile::parse(text.to_string(), &path).unwrap();
    let prepared = engine()
        .prepare(
            &file,
            PlanOptions {
                today: test_today(),
                ..PlanOptions::default()
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let (document, _world) = Typesetter::shared()
        .layout(&prepared.markup, test_today(), prepared.signature.as_ref())
        .unwrap();
    let mut runs = Vec::new();
    let mut images = Vec::new();
    for (page, p) in document.pages().iter().enumerate() {
        collect(&p.frame, Point::zero(), page, &mut runs, &mut images);
    }
    (runs, images, prepared.letter)
}

/// The lines of the letter: runs of one page and baseline joined, in reading order, with
/// no-break spaces kept as such.
fn lines(runs: &[Run]) -> Vec<(usize, f64, String)> {
    let mut sorted: Vec<&Run> = runs.iter().collect();
    sorted.sort_by(|a, b| (a.page, a.y).partial_cmp(&(b.page, b.y)).unwrap());
    // Runs within 1.8 mm of a line's lowest baseline are on that line (a superscript is
    // raised by less; lines are 5 mm apart), read left to right.
    let mut clusters: Vec<Vec<&Run>> = Vec::new();
    for run in sorted {
        match clusters.last_mut() {
            Some(line) if line[0].page == run.page && (run.y - line[0].y).abs() < 1.8 => {
                line.push(run)
            }
            _ => clusters.push(vec![run]),
        }
    }
    clusters
        .into_iter()
        .map(|mut line| {
            let baseline = line.iter().map(|r| r.y).fold(f64::MIN, f64::max);
            line.sort_by(|a, b| a.x.partial_cmp(&b.x).unwrap());
            let text = line
                .iter()
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            (line[0].page, baseline, text)
        })
        .collect()
}

/// The first line that contains `needle` (whitespace ignored).
fn line_of<'a>(lines: &'a [(usize, f64, String)], needle: &str) -> &'a (usize, f64, String) {
    lines
        .iter()
        .find(|(_, _, t)| without_whitespace(t).contains(&without_whitespace(needle)))
        .unwrap_or_else(|| panic!("no line shows «{needle}»: {lines:#?}"))
}

fn last_line_of<'a>(lines: &'a [(usize, f64, String)], needle: &str) -> &'a (usize, f64, String) {
    lines
        .iter()
        .rev()
        .find(|(_, _, t)| without_whitespace(t).contains(&without_whitespace(needle)))
        .unwrap_or_else(|| panic!("no line shows «{needle}»: {lines:#?}"))
}

fn example_text(name: &str) -> String {
    std::fs::read_to_string(example(name)).unwrap()
}

#[test]
fn there_is_room_to_sign_between_the_closing_formula_and_the_name() {
    for path in example_paths() {
        let text = std::fs::read_to_string(&path).unwrap();
        let (runs, _, letter) = layout(&text, None);
        let lines = lines(&runs);
        let closing = match letter.language {
            "nl" => last_line_of(&lines, "Met vriendelijke groeten"),
            "de" => last_line_of(&lines, "Mit freundlichen Grüßen"),
            _ => last_line_of(&lines, "distinguée"),
        };
        let name = lines
            .iter()
            .find(|(page, y, t)| {
                (*page, *y) > (closing.0, closing.1) && t.contains(letter.signature[0].as_str())
            })
            .unwrap_or_else(|| panic!("{}: no signature after the closing", path.display()));
        assert_eq!(
            name.0,
            closing.0,
            "{}: the signature is on the closing formula's page",
            path.display()
        );
        let gap = name.1 - closing.1;
        assert!(
            (22.0..=30.0).contains(&gap),
            "{}: {gap:.1} mm between the closing formula and the name",
            path.display()
        );
    }
}

#[test]
fn a_scanned_signature_takes_the_room_of_the_handwritten_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("tests/fixtures/signature.png"),
        dir.path().join("signature.png"),
    )
    .unwrap();
    let text = example_text("cetelem-fr-reclamation.yaml")
        .replace("letter:\n", "letter:\n  signature_image: signature.png\n");
    let (runs, images, _) = layout(&text, Some(dir.path()));
    let lines = lines(&runs);
    let closing = last_line_of(&lines, "distinguées");
    let name = lines
        .iter()
        .find(|(_, y, t)| *y > closing.1 && t.contains("Marie Dubois"))
        .unwrap();
    let [top, bottom] = images[..] else {
        panic!("one image: {images:?}")
    };
    assert!(
        top > closing.1 && bottom < name.1,
        "the image ({top:.1}–{bottom:.1} mm) sits between the closing ({:.1}) and the name ({:.1})",
        closing.1,
        name.1
    );
    // No blank room for a handwritten signature is added above the scanned one.
    assert!(
        top - closing.1 < 8.0,
        "{:.1} mm above the image",
        top - closing.1
    );
}

/// A case whose facts run to `paragraphs` paragraphs, with many enclosures: as the facts grow,
/// the page break walks through the closing, the signature and the enclosures.
fn long_case(paragraphs: usize) -> String {
    let facts: String = (0..paragraphs)
        .map(|i| {
            format!(
                "    Paragraphe {i} : le prélèvement contesté a été suivi d'un courrier, puis d'un appel, sans que la situation soit régularisée malgré mes demandes répétées.\n\n"
            )
        })
        .collect();
    let text = example_text("stellantis-clinique-ombudsfin.yaml");
    let start = text.find("  facts: |\n").unwrap() + "  facts: |\n".len();
    let end = text[start..].find("  demands:").unwrap() + start;
    let mut text = format!("{}{}{}", &text[..start], facts, &text[end..]);
    text = text.replace(
        "attachments:\n",
        "attachments:\n  - Relevé de janvier\n  - Relevé de février\n  - Relevé de mars\n",
    );
    text
}

#[test]
fn a_page_break_never_separates_the_closing_from_the_signature_nor_strands_an_enclosure() {
    let mut breaks_seen = 0;
    for paragraphs in 1..=16 {
        let (runs, _, letter) = layout(&long_case(paragraphs), None);
        let lines = lines(&runs);
        let pages = runs.iter().map(|r| r.page).max().unwrap() + 1;
        if pages > 1 {
            breaks_seen += 1;
        }
        let closing = last_line_of(&lines, "considération distinguée");
        let first_closing = line_of(&lines, "Nous vous prions d’agréer");
        let name = lines
            .iter()
            .find(|(page, y, t)| {
                (*page, *y) > (closing.0, closing.1) && t.contains(letter.signature[0].as_str())
            })
            .unwrap();
        assert_eq!(
            (first_closing.0, closing.0),
            (name.0, name.0),
            "{paragraphs} paragraphs: closing and signature on one page"
        );
        let heading = line_of(&lines, "Pièces jointes");
        let first = line_of(&lines, &letter.attachments[0]);
        let second = line_of(&lines, &letter.attachments[1]);
        assert_eq!(
            (first.0, second.0),
            (heading.0, heading.0),
            "{paragraphs} paragraphs: the heading keeps its first two enclosures"
        );
        let n = letter.attachments.len();
        let last = line_of(&lines, &letter.attachments[n - 1]);
        let before_last = line_of(&lines, &letter.attachments[n - 2]);
        assert_eq!(
            last.0, before_last.0,
            "{paragraphs} paragraphs: the mandate line is not alone on its page"
        );
    }
    assert!(breaks_seen >= 8, "the page break moved through the letter");
}

#[test]
fn continuation_pages_carry_the_sender_the_date_and_the_reference() {
    let (runs, _, _) = layout(&long_case(14), None);
    let pages = runs.iter().map(|r| r.page).max().unwrap() + 1;
    assert!(pages >= 2);
    let lines = lines(&runs);
    for page in 1..pages {
        let head = lines
            .iter()
            .find(|(p, y, _)| *p == page && *y < 18.0)
            .unwrap_or_else(|| panic!("page {} has no header", page + 1));
        for part in [
            "Clinique juridique ULB (exemple)",
            "21 novembre 2026",
            "N° de dossier : SFS-778812",
            &format!("{}/{pages}", page + 1),
        ] {
            assert!(
                without_whitespace(&head.2).contains(&without_whitespace(part)),
                "page {}: «{part}» not in the header «{}»",
                page + 1,
                head.2
            );
        }
    }
    // The first page has no header, and says its number at the foot.
    assert!(lines.iter().all(|(p, y, _)| *p != 0 || *y > 14.0));
    assert!(
        lines
            .iter()
            .any(|(p, y, t)| *p == 0 && *y > 270.0 && t.contains(&format!("1/{pages}")))
    );
}

#[test]
fn the_complainants_own_text_gets_the_tools_typography() {
    let rendered = render_file(&engine(), &example("amex-fr-reclamation.yaml"));
    let text = pdf_text(&rendered.pdf.bytes);
    assert_shows(&text, "J’ai résilié ma carte");
    assert_shows(&text, "le conseiller m’a indiqué qu’un remboursement");
    assert!(
        !text.contains('\''),
        "a typewriter apostrophe is left: {text}"
    );

    // « 1er » has its letters raised and smaller.
    let (runs, _, _) = layout(&example_text("cetelem-fr-mediation.yaml"), None);
    let raised = runs
        .iter()
        .filter(|r| r.text == "er")
        .filter(|er| {
            runs.iter().any(|one| {
                // On the line of a run ending in « 1 », after its start, raised and smaller.
                one.page == er.page
                    && one.text.ends_with('1')
                    && er.y < one.y - 0.5
                    && er.y > one.y - 4.0
                    && er.x > one.x
                    && er.size < one.size
            })
        })
        .count();
    assert!(raised >= 2, "« 1er » in superscript: {raised}");
}

#[test]
fn numbers_and_amounts_are_never_split_across_lines() {
    let names = [
        "Luc Janssens",
        "Jean-Baptiste Van den Broeck",
        "Ana Li",
        "Marie-Christine de la Tour d'Auvergne",
        "Bo",
        "Emmanuelle Vandenbussche-Delacroix",
        "Théo Dewaele",
        "Anne-Sophie Ngo Mbappé",
    ];
    for name in names {
        for prefix in ["", "Or ", "En effet, ", "Comme le montre le relevé, "] {
            let text = example_text("stellantis-clinique-ombudsfin.yaml")
                .replace("name: Luc Janssens", &format!("name: {name}"))
                .replace(
                    "  facts: |\n",
                    &format!(
                        "  facts: |\n    {prefix}J'ai payé avec la carte 5555 5555 5555 4444 une somme de 1 250,00 € pour la carte 5555 5555 5555 4444 et 1 250,00 € encore.\n\n"
                    ),
                );
            let (runs, _, _) = layout(&text, None);
            let lines = lines(&runs);
            let plain = |t: &str| {
                t.replace(['\u{a0}', '\u{202f}'], " ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let all: Vec<String> = lines.iter().map(|(_, _, t)| plain(t)).collect();
            for whole in ["RR 9876 5432 1BE", "XXXX XXXX XXXX 4444", "1 250,00 €"] {
                assert!(
                    all.iter().any(|l| l.contains(whole)),
                    "{name}: «{whole}» is shown"
                );
                // Split: two consecutive lines show it together, neither alone.
                for pair in all.windows(2) {
                    let joined = format!("{} {}", pair[0], pair[1]);
                    assert!(
                        !joined.contains(whole)
                            || pair[0].contains(whole)
                            || pair[1].contains(whole),
                        "{name} / {prefix}: «{whole}» split across «{}» and «{}»",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
}

#[test]
fn a_letter_agrees_with_its_complainant() {
    // A Monsieur, a clinic writing for him: no « (e) » anywhere, no doubled bracket.
    for path in example_paths() {
        let rendered = render_file(&engine(), &path);
        let text = pdf_text(&rendered.pdf.bytes);
        assert!(!text.contains("(e)"), "{}: {text}", path.display());
        assert!(!text.contains("))"), "{}: {text}", path.display());
        assert!(!text.contains(") ("), "{}: {text}", path.display());
    }
    // An organisation acting as complainant gets its article.
    let text = example_text("stellantis-clinique-ombudsfin.yaml")
        .replace("  civility: Monsieur\n", "")
        .replace(
            "name: Luc Janssens",
            "name: Société coopérative Les Jardins",
        )
        .replace("  country: BE\n", "  country: BE\n  type: business\n");
    let rendered = render_text(&engine(), "case.yaml", &text).unwrap();
    let pdf = pdf_text(&rendered.pdf.bytes);
    for expected in [
        "Agissant pour le compte de la Société coopérative Les Jardins",
        "Nous intervenons pour le compte de la Société coopérative Les Jardins, qui nous a donné mandat",
        "Le 20 juin 2026, la Société coopérative Les Jardins a adressé une réclamation",
        "La Société coopérative Les Jardins a préalablement adressé des réclamations écrites",
        "pour le compte de la Société coopérative Les Jardins",
        "Mandat de la Société coopérative Les Jardins du 1er octobre 2026",
    ] {
        assert_shows(&pdf, expected);
    }
    assert!(!pdf.contains("compte de Société"), "{pdf}");
}

/// The letter of `example` with `paragraphs` more paragraphs of facts and `attachments` in
/// place of its own, rendered by the binary in `dir`: its pages, its text and the first line
/// of its markup.
fn rendered_with(dir: &Path, paragraphs: usize, attachments: &[&str]) -> (usize, String, String) {
    let extra: String = (0..paragraphs)
        .map(|i| {
            format!(
                "\n    Paragraphe {i} : le conseiller m'a indiqué par téléphone que la situation \
                 serait régularisée sous huit jours, ce qui n'a pas été fait malgré mes relances.\n"
            )
        })
        .collect();
    let list: String = attachments.iter().map(|a| format!("  - {a}\n")).collect();
    let text = std::fs::read_to_string(example("cetelem-fr-reclamation.yaml"))
        .unwrap()
        .replace(
            "montre le paiement et les frais.\n",
            &format!("montre le paiement et les frais.\n{extra}"),
        )
        .replace("  - Relevé de compte Cpay de juin 2026\n", &list)
        .replace(
            "attachments:\n",
            if list.is_empty() {
                ""
            } else {
                "attachments:\n"
            },
        );
    std::fs::write(dir.join("case.yaml"), text).unwrap();
    let _ = std::fs::remove_file(dir.join("case-niveau-1.pdf"));
    let (code, _, stderr) = outcome_in(dir, &["render", "case.yaml", "--emit-typst", "case.typ"]);
    assert_eq!(code, Some(0), "{stderr}");
    let bytes = std::fs::read(dir.join("case-niveau-1.pdf")).unwrap();
    let markup = std::fs::read_to_string(dir.join("case.typ")).unwrap();
    let first = markup.lines().next().unwrap_or_default().to_string();
    (pdf_info(&bytes).0, pdf_text(&bytes), first)
}

#[test]
fn the_enclosures_never_take_a_page_of_their_own_when_the_letter_can_be_set_tighter() {
    let dir = tempfile::tempdir().unwrap();
    let enclosures = [
        "Relevé de compte Cpay de juin 2026",
        "Échéancier du crédit",
        "Copie de la carte Cpay (recto)",
    ];
    // Without enclosures, this letter fills its one page, set as usual.
    let (pages, _, first) = rendered_with(dir.path(), 8, &[]);
    assert_eq!((pages, first.as_str()), (1, "#let recours-tight = false"));
    // Its three enclosures would go alone onto a second page: the letter is set tighter and
    // keeps them on the first, signature and all.
    let (pages, text, first) = rendered_with(dir.path(), 8, &enclosures);
    assert_eq!((pages, first.as_str()), (1, "#let recours-tight = true"));
    assert_shows(&text, "Marie Dubois Pièces jointes :");
    for enclosure in enclosures {
        assert_shows(&text, enclosure);
    }
    // A letter whose signature itself needs the second page is set as usual.
    let (pages, text, first) = rendered_with(dir.path(), 14, &enclosures);
    assert_eq!((pages, first.as_str()), (2, "#let recours-tight = false"));
    assert_shows(&text, "Copie de la carte Cpay (recto)");
}
