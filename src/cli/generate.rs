//! Invented case files, many and varied, for benchmarks and tests: every institution of the
//! registry, every level a letter can be written for, consumers and businesses, clinics acting
//! for their clients. People, addresses and numbers are invented; card numbers are the public
//! test numbers; every case is valid and its level admissible on its letter's date.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate};

use super::{GenerateArgs, Report};
use crate::error::Error;
use crate::text::messages::tr;

/// A small deterministic generator (SplitMix64): the same seed gives the same cases.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FIRST_NAMES: [&str; 16] = [
    "Marie", "Jean", "Camille", "Luc", "Sophie", "Karim", "Nadia", "Thomas", "Inès", "Pierre",
    "Léa", "Hugo", "Fatou", "Julien", "Chloé", "Mathis",
];
const LAST_NAMES: [&str; 16] = [
    "Dubois", "Martin", "Lefebvre", "Janssens", "Peeters", "Moreau", "Benali", "Lambert", "Dupont",
    "Girard", "Maes", "Willems", "Roux", "Fontaine", "Diallo", "Mercier",
];
const STREETS: [&str; 8] = [
    "rue des Lilas",
    "avenue des Tilleuls",
    "place du Marché",
    "rue de la Gare",
    "boulevard Victor Hugo",
    "rue du Moulin",
    "allée des Érables",
    "chemin des Vignes",
];
const FR_TOWNS: [(&str, &str); 8] = [
    ("59000", "Lille"),
    ("69003", "Lyon"),
    ("35000", "Rennes"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
    ("67000", "Strasbourg"),
    ("13001", "Marseille"),
    ("33000", "Bordeaux"),
];
const BE_TOWNS: [(&str, &str); 6] = [
    ("1000", "Bruxelles"),
    ("4000", "Liège"),
    ("5000", "Namur"),
    ("6000", "Charleroi"),
    ("1040", "Etterbeek"),
    ("5590", "Ciney"),
];
const CARDS: [&str; 4] = [
    "4111 1111 1111 1111",
    "5555 5555 5555 4444",
    "3782 822463 10005",
    "3714 496353 98431",
];
const NATIONAL_REGISTERS: [&str; 4] = [
    "93.05.18-223.61",
    "42.01.22-051.81",
    "40.00.00-955.79",
    "00.01.25-567.77",
];

struct Subject {
    subject: &'static str,
    facts: &'static str,
    demand: &'static str,
}

const SUBJECTS: [Subject; 6] = [
    Subject {
        subject: "Frais de retard prélevés à tort",
        facts: "Des frais de retard de {amount} ont été prélevés alors que l'échéance avait été réglée à temps.",
        demand: "le remboursement des frais de {amount}",
    },
    Subject {
        subject: "Double prélèvement d'une mensualité",
        facts: "La mensualité de {amount} a été prélevée deux fois au cours du même mois.",
        demand: "le remboursement du prélèvement en double, soit {amount}",
    },
    Subject {
        subject: "Cotisation débitée après résiliation",
        facts: "Une cotisation de {amount} a été débitée après la résiliation du contrat, pourtant reçue.",
        demand: "le remboursement de la cotisation de {amount}",
    },
    Subject {
        subject: "Indemnité de remboursement anticipé excessive",
        facts: "L'indemnité réclamée pour le remboursement anticipé, {amount}, dépasse le plafond du contrat.",
        demand: "le remboursement de la part de l'indemnité qui dépasse le plafond",
    },
    Subject {
        subject: "Paiement par carte contesté",
        facts: "Un paiement de {amount} que je n'ai pas autorisé figure sur mon relevé.",
        demand: "le remboursement du paiement non autorisé de {amount}",
    },
    Subject {
        subject: "Résiliation non prise en compte",
        facts: "La résiliation demandée à l'échéance n'a pas été prise en compte et les prélèvements continuent ({amount} à ce jour).",
        demand: "la prise en compte de la résiliation et le remboursement de {amount}",
    },
];

/// One generated case: where it goes (relative) and its YAML.
pub struct GeneratedCase {
    pub path: PathBuf,
    pub yaml: String,
}

/// Generates `count` cases from `seed`.
pub fn cases(count: usize, seed: u64) -> Vec<GeneratedCase> {
    let mut dice = Dice(seed);
    (0..count).map(|i| one(&mut dice, i)).collect()
}

/// Writes `count` cases under `dir` (one folder per institution) and returns their paths.
pub fn write(dir: &Path, count: usize, seed: u64) -> Result<Vec<PathBuf>, Error> {
    let mut written = Vec::with_capacity(count);
    for case in cases(count, seed) {
        let path = dir.join(&case.path);
        let parent = path.parent().expect("a generated case is in a folder");
        std::fs::create_dir_all(parent).map_err(|source| Error::Write {
            path: parent.to_owned(),
            source,
        })?;
        std::fs::write(&path, case.yaml).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

fn yaml_quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn one(dice: &mut Dice, index: usize) -> GeneratedCase {
    let institution = *dice.pick(&[
        "cetelem-fr",
        "amex-fr",
        "cetelem-be",
        "stellantis-fs-belux",
        "madame-courtage",
    ]);
    let belgian = matches!(institution, "cetelem-be" | "stellantis-fs-belux");
    let first = dice.pick(&FIRST_NAMES);
    let last = dice.pick(&LAST_NAMES);
    let (code, town) = if belgian {
        *dice.pick(&BE_TOWNS)
    } else {
        *dice.pick(&FR_TOWNS)
    };
    let street = format!("{} {}", 1 + dice.below(120), dice.pick(&STREETS));
    let civility = if dice.chance(50) {
        "Madame"
    } else {
        "Monsieur"
    };
    let amount = (10 + dice.below(2500)) as f64 + dice.below(100) as f64 / 100.0;
    let amount_text = crate::text::french::amount(amount).replace(['\u{a0}', '\u{202f}'], " ");
    let subject = dice.pick(&SUBJECTS);
    let letter_date =
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Duration::days(dice.below(300) as i64);
    let ago = |days: i64| letter_date - Duration::days(days);

    let mut y = String::new();
    let _ = writeln!(y, "# Invented case n° {index} (generated).");
    let _ = writeln!(
        y,
        "complainant:\n  civility: {civility}\n  name: {first} {last}"
    );
    let _ = writeln!(y, "  address: [{}, {code} {town}]", yaml_quote(&street));
    let business = institution == "stellantis-fs-belux" && dice.chance(20);
    if business {
        let _ = writeln!(y, "  type: business");
    }
    if dice.chance(60) {
        let _ = writeln!(
            y,
            "  email: {}.{}@example.org",
            first.to_lowercase(),
            last.to_lowercase()
        );
    }
    let clinic = dice.chance(15);
    if clinic {
        let _ = writeln!(
            y,
            "representative:\n  name: Clinique juridique (exemple n° {})\n  address: [{}, {code} {town}]\n  mandate_date: {}\n  reference: CJ-{index:05}",
            1 + dice.below(5),
            yaml_quote(&format!("{} {}", 1 + dice.below(60), dice.pick(&STREETS))),
            ago(200)
        );
    }
    let _ = writeln!(y, "institution: {institution}");
    let references = product_and_references(&mut y, dice, institution);
    let _ = writeln!(y, "references:\n  {}", references.join("\n  "));
    let facts = subject.facts.replace("{amount}", &amount_text);
    let demand = subject.demand.replace("{amount}", &amount_text);
    let _ = writeln!(
        y,
        "dispute:\n  subject: {}\n  facts: |\n    {}\n\n    Le relevé joint en apporte la preuve.\n  demands:\n    - {}\n  amount: {amount:.2}",
        yaml_quote(subject.subject),
        facts,
        yaml_quote(&demand)
    );

    let (history, step) = history(dice, institution, letter_date);
    if !history.is_empty() {
        let _ = writeln!(y, "history:\n  - {}", history.join("\n  - "));
    }
    let _ = writeln!(y, "attachments:\n  - Relevé de compte");
    let _ = write!(y, "letter:\n  date: {letter_date}\n");
    if let Some(step) = step {
        let _ = writeln!(y, "  step: {step}");
    }
    GeneratedCase {
        path: PathBuf::from(institution).join(format!("case-{index:06}.yaml")),
        yaml: y,
    }
}

/// The product line (written to `y`) and the references an institution's cases carry.
fn product_and_references(y: &mut String, dice: &mut Dice, institution: &str) -> Vec<String> {
    let mut references = Vec::new();
    let file_number: String = (0..12)
        .map(|_| char::from(b'0' + dice.below(10) as u8))
        .collect();
    match institution {
        "cetelem-fr" => {
            let _ = writeln!(y, "product: carte Cpay");
            references.push(format!("file_number: \"{file_number}\""));
            references.push(format!("card_number: \"{}\"", dice.pick(&CARDS[..2])));
        }
        "amex-fr" => {
            let _ = writeln!(y, "product: carte American Express");
            references.push(format!(
                "member_number: \"A-{}\"",
                10_000 + dice.below(89_999)
            ));
            references.push(format!("card_number: \"{}\"", dice.pick(&CARDS[2..])));
        }
        "cetelem-be" => {
            let _ = writeln!(y, "product: prêt à tempérament");
            references.push(format!("file_number: \"{file_number}\""));
            references.push(format!(
                "national_register: \"{}\"",
                dice.pick(&NATIONAL_REGISTERS)
            ));
        }
        "stellantis-fs-belux" => {
            let product = if dice.chance(25) {
                "assurance Solde Restant Dû"
            } else {
                "crédit automobile"
            };
            let _ = writeln!(y, "product: {product}");
            references.push(format!(
                "file_number: \"SFS-{}\"",
                100_000 + dice.below(899_999)
            ));
        }
        _ => {
            let _ = writeln!(y, "product: assurance habitation");
            references.push(format!(
                "contract_number: \"MC-{}\"",
                10_000 + dice.below(89_999)
            ));
        }
    }
    references
}

/// A history that makes the chosen level admissible on the letter's date, and the level the
/// letter asks when it is not the next one.
fn history(
    dice: &mut Dice,
    institution: &str,
    letter_date: NaiveDate,
) -> (Vec<String>, Option<u32>) {
    let ago = |days: i64| letter_date - Duration::days(days);
    let answered = |dice: &mut Dice, date: NaiveDate| -> String {
        if dice.chance(60) {
            format!(
                ", answer: {{date: {}, summary: refus}}",
                date + Duration::days(10)
            )
        } else {
            String::new()
        }
    };
    let mut history = Vec::new();
    let mut step = None;
    match institution {
        "cetelem-fr" => match dice.below(3) {
            0 => {}
            1 => history.push(format!(
                "{{step: 1, date: {}, channel: letter{}}}",
                ago(80),
                answered(dice, ago(80))
            )),
            _ => {
                history.push(format!(
                    "{{step: 1, date: {}, channel: letter, answer: {{date: {}}}}}",
                    ago(150),
                    ago(140)
                ));
                history.push(format!(
                    "{{step: 2, date: {}, channel: registered, tracking: \"1A {} {}\"{}}}",
                    ago(80),
                    100 + dice.below(899),
                    1000 + dice.below(8999),
                    answered(dice, ago(80))
                ));
            }
        },
        "amex-fr" => history.push(format!("{{step: 1, date: {}, channel: phone}}", ago(20))),
        "cetelem-be" => {
            if dice.chance(50) {
                history.push(format!(
                    "{{step: 1, date: {}, channel: email{}}}",
                    ago(60),
                    answered(dice, ago(60))
                ));
            }
        }
        "stellantis-fs-belux" => match dice.below(4) {
            0 => {}
            1 => history.push(format!(
                "{{step: 1, date: {}, channel: portal{}}}",
                ago(45),
                answered(dice, ago(45))
            )),
            2 => {
                history.push(format!(
                    "{{step: 1, date: {}, channel: portal, answer: {{date: {}}}}}",
                    ago(60),
                    ago(50)
                ));
                step = Some(3);
            }
            _ => {
                history.push(format!(
                    "{{step: 1, date: {}, channel: portal, answer: {{date: {}}}}}",
                    ago(120),
                    ago(110)
                ));
                history.push(format!("{{step: 3, date: {}, channel: portal}}", ago(60)));
            }
        },
        _ => {
            history.push(format!("{{step: 1, date: {}, channel: email}}", ago(70)));
            step = Some(3);
        }
    }
    (history, step)
}

/// The command `recours generate`.
pub fn command(args: GenerateArgs) -> Result<Report, Error> {
    let GenerateArgs {
        count,
        output,
        seed,
    } = args;
    let written = write(&output, count, seed)?;
    Ok(format!(
        "{}\n",
        tr!(
            "generate-wrote",
            count = written.len(),
            dir = output.display().to_string()
        )
    )
    .into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CaseFile, Engine, PlanOptions};

    #[test]
    fn generated_cases_are_valid_admissible_and_varied() {
        let engine = Engine::new(None, None).unwrap();
        let mut institutions = std::collections::BTreeSet::new();
        let mut levels = std::collections::BTreeSet::new();
        for case in cases(300, 7) {
            let file = CaseFile::parse(case.yaml.clone(), &case.path)
                .unwrap_or_else(|e| panic!("{e}\n{}", case.yaml));
            let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
            let plan = engine
                .plan(
                    &file,
                    PlanOptions {
                        today,
                        ..PlanOptions::default()
                    },
                )
                .unwrap_or_else(|e| panic!("{e}\n{}", case.yaml));
            assert!(
                plan.assessment.verdict.is_admissible(),
                "{:?}\n{}",
                plan.assessment,
                case.yaml
            );
            institutions.insert(plan.institution.id.clone());
            levels.insert((plan.institution.id.clone(), plan.level.level));
        }
        assert_eq!(institutions.len(), 5);
        // Every level whose recipient has a known postal address.
        assert_eq!(levels.len(), 11, "{levels:?}");
    }

    #[test]
    fn the_same_seed_gives_the_same_cases() {
        let a: Vec<String> = cases(20, 1).into_iter().map(|c| c.yaml).collect();
        let b: Vec<String> = cases(20, 1).into_iter().map(|c| c.yaml).collect();
        let c: Vec<String> = cases(20, 2).into_iter().map(|c| c.yaml).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
