//! The interview as a list of questions a person can walk back through: Esc on any question
//! asks what to do — go back one question, take this one up again, or give up (nothing is
//! written) — rather than throwing the answers away. A question asked again shows the answer
//! given before, to keep with Enter or correct.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;
use inquire::{InquireError, Select};

use super::fill::{Answers, Clinic};
use super::{
    Asked, address, checked_as, choose, day, email, history, letter_language, read_amount,
    references, required, several, text,
};
use crate::registry::{Institution, Registry};
use crate::text::messages::tr;

/// What the interview knows so far.
pub struct Interview<'r> {
    registry: &'r Registry,
    today: NaiveDate,
    institution: Option<&'r Institution>,
    pub answers: Answers,
    /// The case file `init` writes for the institution, which the answers fill.
    pub template: String,
}

impl Interview<'_> {
    /// « yes » when a clinic acts: its questions speak of « votre client·e ».
    fn clinic(&self) -> &'static str {
        if self.answers.clinic.is_some() {
            "yes"
        } else {
            "no"
        }
    }

    fn institution(&self) -> &Institution {
        self.institution.expect("the first question chooses it")
    }

    fn clinic_mut(&mut self) -> Option<&mut Clinic> {
        self.answers.clinic.as_mut()
    }
}

/// One question, or a few that belong together (an address, the steps already taken): `false`
/// when it does not apply and was not asked.
type Question = fn(&mut Interview<'_>) -> Asked<bool>;

/// The questions, in the order they are asked.
const QUESTIONS: &[Question] = &[
    |iv| {
        let institutions = (iv.registry.institutions.iter())
            .map(|i| (format!("{} ({:?})", i.name, i.country), i.id.clone()))
            .collect();
        let id: String = choose(&tr!("new-institution"), institutions)?;
        iv.institution = iv.registry.institution(&id);
        iv.template = super::case_template(iv.registry, iv.institution());
        Ok(true)
    },
    |iv| {
        let belgian = iv.institution().country == crate::registry::Country::BE;
        if belgian {
            iv.answers.letter_language = letter_language(iv.institution())?;
        }
        Ok(belgian)
    },
    |iv| {
        let acts = super::yes_no(&tr!("new-clinic"))?;
        iv.answers.clinic = acts.then(|| iv.answers.clinic.take().unwrap_or_default());
        Ok(true)
    },
    |iv| {
        ask_clinic(iv, |c| {
            c.name = required(&tr!("new-clinic-name"), None)?;
            Ok(())
        })
    },
    |iv| {
        ask_clinic(iv, |c| {
            c.address = address(&tr!("new-whose-clinic"))?;
            Ok(())
        })
    },
    |iv| {
        let today = iv.today;
        ask_clinic(iv, |c| {
            let mandate = day(&tr!("new-clinic-mandate"), today, None, true)?;
            c.mandate_date = mandate.unwrap_or_default();
            Ok(())
        })
    },
    |iv| {
        ask_clinic(iv, |c| {
            c.reference = text(&tr!("new-clinic-reference"), None, false)?;
            Ok(())
        })
    },
    |iv| {
        ask_clinic(iv, |c| {
            c.email = email(&tr!("new-clinic-email"))?;
            Ok(())
        })
    },
    |iv| {
        ask_clinic(iv, |c| {
            c.signatory = match text(&tr!("new-clinic-signatory"), None, false)? {
                Some(name) => Some((name, text(&tr!("new-clinic-role"), None, false)?)),
                None => None,
            };
            Ok(())
        })
    },
    |iv| {
        iv.answers.civility = choose(
            &tr!("new-civility", clinic = iv.clinic()),
            vec![
                ("Madame".to_string(), Some("Madame".to_string())),
                ("Monsieur".to_string(), Some("Monsieur".to_string())),
                (tr!("new-civility-none"), None),
            ],
        )?;
        Ok(true)
    },
    |iv| {
        iv.answers.name = required(&tr!("new-name", clinic = iv.clinic()), None)?;
        Ok(true)
    },
    |iv| {
        iv.answers.address = address(&tr!("new-whose-complainant", clinic = iv.clinic()))?;
        Ok(true)
    },
    |iv| {
        iv.answers.business = choose(
            &tr!("new-audience", clinic = iv.clinic()),
            vec![(tr!("new-consumer"), false), (tr!("new-business"), true)],
        )?;
        Ok(true)
    },
    |iv| {
        iv.answers.email = email(&tr!("new-email", clinic = iv.clinic()))?;
        Ok(true)
    },
    |iv| {
        iv.answers.product = required(&tr!("new-product"), None)?;
        Ok(true)
    },
    |iv| {
        iv.answers.references = references(iv.institution())?;
        Ok(true)
    },
    |iv| {
        iv.answers.subject = required(&tr!("new-subject"), None)?;
        Ok(true)
    },
    |iv| {
        let help = tr!("new-facts-help", clinic = iv.clinic());
        iv.answers.facts = several(&tr!("new-facts"), &help)?;
        Ok(true)
    },
    |iv| {
        let question = tr!("new-demands", clinic = iv.clinic());
        iv.answers.demands = several(&question, &tr!("new-demands-help"))?;
        Ok(true)
    },
    |iv| {
        // « 1 240,00 € » is taken, said back as read, and written as the case file writes it.
        let amount = checked_as(
            &tr!("new-amount"),
            &tr!("new-amount-help"),
            false,
            |input| read_amount(input).map(drop),
            |input| match read_amount(input) {
                Ok(n) => tr!("new-read-as", read = crate::text::french::amount(n)),
                Err(_) => input.to_string(),
            },
        )?;
        iv.answers.amount = amount.map(|a| read_amount(&a).map_or(a, |n| format!("{n:.2}")));
        Ok(true)
    },
    |iv| {
        iv.answers.history = history(iv.registry, iv.institution(), iv.today)?;
        Ok(true)
    },
    |iv| {
        if !iv.template.contains("recipient_address:") {
            return Ok(false);
        }
        let whose = tr!("new-whose-recipient");
        iv.answers.recipient_address = vec![
            required(&tr!("new-recipient-name"), Some(&tr!("new-recipient-help")))?,
            required(&tr!("new-street", whose = whose.as_str()), None)?,
            required(&tr!("new-town", whose = whose.as_str()), None)?,
        ];
        Ok(true)
    },
];

/// A question about the clinic, asked only when one acts.
fn ask_clinic(iv: &mut Interview<'_>, ask: impl FnOnce(&mut Clinic) -> Asked<()>) -> Asked<bool> {
    match iv.clinic_mut() {
        Some(clinic) => ask(clinic).map(|()| true),
        None => Ok(false),
    }
}

/// What the person chose after Esc.
#[derive(Clone, Copy)]
enum Escaped {
    Back,
    Resume,
    GiveUp,
}

/// After Esc: back one question (when there is one), this question again, or give up. Esc
/// here takes the question up again; Ctrl-C still stops at once.
fn escaped(can_go_back: bool) -> Asked<Escaped> {
    let mut options = Vec::new();
    if can_go_back {
        options.push((tr!("new-esc-back"), Escaped::Back));
    }
    options.push((tr!("new-esc-resume"), Escaped::Resume));
    options.push((tr!("new-esc-give-up"), Escaped::GiveUp));
    let labels: Vec<String> = options.iter().map(|(l, _)| l.clone()).collect();
    let help = tr!("new-select-help");
    let picked = Select::new(&tr!("new-esc"), labels.clone())
        .with_help_message(&help)
        .prompt();
    match picked {
        Ok(picked) => {
            let at = labels.iter().position(|l| *l == picked).unwrap_or(0);
            Ok(options[at].1)
        }
        Err(InquireError::OperationCanceled) => Ok(Escaped::Resume),
        Err(e) => Err(e),
    }
}

/// The whole interview; `Err(OperationCanceled)` when the person gave up after Esc.
pub fn run<'r>(registry: &'r Registry, today: NaiveDate) -> Asked<Interview<'r>> {
    let mut iv = Interview {
        registry,
        today,
        institution: None,
        answers: Answers::default(),
        template: String::new(),
    };
    // The questions asked, in order: Esc then « back » goes to the last of them.
    let mut asked: Vec<usize> = Vec::new();
    let mut at = 0;
    while let Some(question) = QUESTIONS.get(at) {
        memory::begin(at);
        match question(&mut iv) {
            Ok(true) => {
                asked.push(at);
                at += 1;
            }
            Ok(false) => at += 1,
            Err(InquireError::OperationCanceled) => match escaped(!asked.is_empty())? {
                Escaped::Back => at = asked.pop().unwrap_or(0),
                Escaped::Resume => {}
                Escaped::GiveUp => return Err(InquireError::OperationCanceled),
            },
            Err(e) => return Err(e),
        }
    }
    Ok(iv)
}

/// The answers given to each prompt of each question, so that a question asked again after
/// « back » shows them: the `n`th prompt of question `q` recalls what was typed or chosen there.
pub mod memory {
    use super::*;

    #[derive(Default)]
    struct Memory {
        question: usize,
        prompt: usize,
        given: HashMap<(usize, usize), String>,
    }

    thread_local! {
        static MEMORY: RefCell<Memory> = RefCell::default();
    }

    /// Question `question` starts: its prompts count from the first again.
    pub fn begin(question: usize) {
        MEMORY.with_borrow_mut(|m| {
            m.question = question;
            m.prompt = 0;
        });
    }

    /// The next prompt of the question: its place, and what was answered there before.
    pub fn next() -> ((usize, usize), Option<String>) {
        MEMORY.with_borrow_mut(|m| {
            let key = (m.question, m.prompt);
            m.prompt += 1;
            (key, m.given.get(&key).cloned())
        })
    }

    /// What was answered at `key`.
    pub fn keep(key: (usize, usize), answer: &str) {
        MEMORY.with_borrow_mut(|m| {
            m.given.insert(key, answer.to_string());
        });
    }
}
