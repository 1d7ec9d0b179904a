//! Unit tests of whole letters composed from cases and the built-in registry.

use std::path::Path;

use super::*;
use crate::case::CaseFile;
use crate::procedure::plan::{PlanOptions, plan};
use crate::registry::Registry;

fn letter(institution: &str, extra: &str) -> Letter {
    let text = format!(
        "complainant:\n  civility: Monsieur\n  name: Luc Janssens\n  address: [Avenue des Nerviens 44, 1040 Etterbeek]\n{extra}\ninstitution: {institution}\ndispute:\n  subject: Indemnité\n  facts: |\n    Premier.\n\n    Second.\n  demands: [le remboursement]\n"
    );
    let file = CaseFile::parse(text, Path::new("case.yaml")).unwrap();
    let registry = Registry::embedded().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let plan = plan(
        &file,
        &registry,
        PlanOptions {
            today,
            ..PlanOptions::default()
        },
    )
    .unwrap();
    compose(&file, &plan)
}

fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
}

#[test]
fn a_complaint_asks_for_the_acknowledgement_and_the_answer_in_time() {
    let l = letter("stellantis-fs-belux", "references: {file_number: F-1}");
    assert_eq!(l.kind, "complaint");
    assert_eq!(
        plain(l.deadline.as_deref().unwrap()),
        "Je vous remercie d’accuser réception de la présente dans un délai de cinq jours ouvrables et d’y répondre dans un délai d’un mois, conformément à vos engagements. Si vous deviez refuser, même partiellement, je vous saurais gré de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent. À défaut de réponse satisfaisante, je m’adresserai au service des plaintes de Stellantis Financial Services Belux."
    );
    assert_eq!(plain(&l.place_date), "Etterbeek, le 22 novembre 2026");
    assert_eq!(l.facts, ["Premier.", "Second."]);
    assert_eq!(l.sender[0], "M. Luc Janssens");
    assert_eq!(l.signature, ["Luc Janssens"]);
    assert!(l.registered.is_none());
}

#[test]
fn an_escalation_after_silence_says_so() {
    let l = letter(
        "cetelem-fr",
        "history:\n  - {step: 1, date: 2026-07-02, channel: letter}\nletter:\n  tracking: 1A 222",
    );
    assert_eq!(l.kind, "escalation");
    assert_eq!(l.opening[0], "Ma réclamation est restée sans réponse.");
    assert_eq!(
        plain(l.registered.as_deref().unwrap()),
        "Lettre recommandée avec avis de réception n° 1A 222"
    );
    assert_eq!(
        plain(&l.subject),
        "Réexamen de la réclamation du 2 juillet 2026 – Indemnité"
    );
    assert_eq!(
        plain(l.deadline.as_deref().unwrap()),
        "Conformément à la recommandation 2022-R-01 de l’ACPR, le délai de deux mois qui courait à compter de ma première réclamation écrite, du 2 juillet 2026, a expiré le 2 septembre 2026 : je vous remercie de bien vouloir y répondre dans un délai d’un mois à compter de la réception de la présente. Si vous deviez refuser, même partiellement, je vous saurais gré de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent. À défaut de réponse satisfaisante, je m’adresserai à la Médiatrice auprès de BNP Paribas Personal Finance."
    );
}

#[test]
fn without_a_known_deadline_the_letter_asks_for_one_month_from_receipt() {
    let l = letter("cetelem-be", "references: {file_number: '401234567890'}");
    assert_eq!(
        plain(l.deadline.as_deref().unwrap()),
        "Je vous remercie de bien vouloir y répondre dans un délai d’un mois à compter de sa réception. Si vous deviez refuser, même partiellement, je vous saurais gré de motiver votre réponse et d’indiquer les coordonnées du médiateur compétent. À défaut de réponse satisfaisante, je saisirai un service de médiation."
    );
}

#[test]
fn a_mediator_referral_states_the_written_complaint_and_what_the_case_shows() {
    let l = letter(
        "cetelem-be",
        "references: {file_number: '401234567890'}\nhistory:\n  - {step: 1, date: 2026-07-02, channel: email, answer: {date: 2026-07-10, reference: R-9}}",
    );
    assert_eq!(l.kind, "mediation");
    assert!(l.deadline.is_none());
    // The only internal level was taken; the case does not say whether a court is seized.
    assert_eq!(
        l.statements.iter().map(|s| plain(s)).collect::<Vec<_>>(),
        [
            "J’ai préalablement adressé une réclamation écrite à ce professionnel, il y a moins d’un an : le 2 juillet 2026, à Cetelem (réponse du 10 juillet 2026).",
            "J’ai suivi toutes les étapes de la procédure de traitement des réclamations de ce professionnel."
        ]
    );
    // V/Réf. is for the institution's own services, not for the mediator.
    assert!(l.references.iter().all(|r| r.label != "V/Réf."));
    assert_eq!(
        l.attachments,
        [
            "Copie de ma réclamation du 2\u{a0}juillet\u{a0}2026",
            "Copie de la réponse du 10\u{a0}juillet\u{a0}2026 (référence\u{a0}: R-9)"
        ]
    );
    assert_eq!(
        plain(&l.closing),
        "Je vous prie d’agréer, Madame, Monsieur, l’expression de ma considération distinguée."
    );
}
