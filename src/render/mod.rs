//! Rendering: the letter laid out with the Tera templates into Typst markup, typeset into a
//! PDF in-process, and written to disk without ever leaving a partial file. [`Engine`] holds
//! what does not change from one letter to the next.

pub mod dashboard;
pub mod email;
pub mod output;
pub mod template;
pub mod template_check;
pub mod text;
pub mod typeset;

use std::path::Path;

use chrono::NaiveDate;

use crate::case::CaseFile;
use crate::error::Error;
use crate::letter::{self, Letter, wording};
use crate::procedure::plan;
use crate::procedure::{Assessment, Plan, PlanOptions, Verdict};
use crate::registry::Registry;
use template::Templates;
use typeset::{Pdf, PdfIdentity, Standard, Typesetter};

/// The registry, the templates and the typesetter: everything that does not change from one
/// letter to the next. Build it once, render many letters with it.
pub struct Engine {
    pub registry: Registry,
    pub templates: Templates,
    /// The letters' wording (message files), built in or from `--locales`.
    pub wordings: wording::Wordings,
    typesetter: &'static Typesetter,
    /// The PDF standard the letters are written to (`--pdf-standard`).
    standard: Standard,
    /// A clinic's registry folder read on top of the registry, whose files of names name its
    /// recipients ([`Engine::with_registry_dir`]).
    registry_dir: Option<std::path::PathBuf>,
}

/// A letter decided and laid out, before typesetting.
pub struct Prepared {
    pub letter: Letter,
    pub markup: String,
    pub identity: PdfIdentity,
    /// Whether the level may be climbed, and the warnings to show.
    pub assessment: Assessment,
    /// The scanned signature the markup shows, if any.
    pub signature: Option<crate::case::signature::Signature>,
    /// The recipient's lines are the case's `letter.recipient_address` (the registry does not
    /// know the address).
    pub address_from_case: bool,
    /// The day the case's history records this letter's level as taken (sent): a letter of
    /// that level already written is evidence, never replaced.
    pub sent_on: Option<chrono::NaiveDate>,
    /// How the letter travels.
    pub delivery: crate::procedure::delivery::Delivery,
}

/// A letter typeset.
pub struct Rendered {
    pub letter: Letter,
    pub markup: String,
    pub pdf: Pdf,
    pub assessment: Assessment,
    /// See [`Prepared::address_from_case`].
    pub address_from_case: bool,
    /// See [`Prepared::sent_on`].
    pub sent_on: Option<chrono::NaiveDate>,
    /// The letter's date.
    pub date: chrono::NaiveDate,
    /// How the letter travels.
    pub delivery: crate::procedure::delivery::Delivery,
}

impl Engine {
    /// The built-in registry and templates, or those given.
    pub fn new(registry: Option<&Path>, templates: Option<&Path>) -> Result<Self, Error> {
        let registry = match registry {
            Some(path) => Registry::load(path)?,
            None => Registry::embedded()?,
        };
        let templates = match templates {
            Some(dir) => Templates::from_folder(dir)?,
            None => Templates::embedded()?,
        };
        Ok(Self {
            registry,
            templates,
            wordings: wording::Wordings::embedded(),
            typesetter: Typesetter::shared(),
            standard: Standard::default(),
            registry_dir: None,
        })
    }

    /// The wording of the message files of a folder (`--locales`), instead of the built-in
    /// one; with or without a folder, every recipient of the registry must be named in every
    /// language (a registry of `--registry` that adds one names it in the folder).
    pub fn with_locales(mut self, dir: Option<&Path>) -> Result<Self, Error> {
        let names: Vec<&Path> = self.registry_dir.as_deref().into_iter().collect();
        if dir.is_some() || !names.is_empty() {
            self.wordings = wording::Wordings::load(dir, &names)?;
        }
        self.wordings.name_every_recipient(&self.registry)?;
        Ok(self)
    }

    /// The institutions of a clinic's registry folder on top of the registry; the folder's
    /// files of names (`fr/destinataires.ftl`…) name their recipients. Before
    /// [`Engine::with_locales`], which checks that every recipient is named.
    pub fn with_registry_dir(mut self, dir: Option<&Path>) -> Result<Self, Error> {
        if let Some(dir) = dir {
            self.registry = self.registry.with_additions(dir)?;
            self.registry_dir = Some(dir.to_owned());
        }
        Ok(self)
    }

    /// Letters written to another PDF standard (PDF/A-2b for archiving).
    pub fn with_standard(mut self, standard: Standard) -> Self {
        self.standard = standard;
        self
    }

    /// Checks the case and decides its letter's level and recipient.
    pub fn plan<'r>(&'r self, file: &CaseFile, options: PlanOptions) -> Result<Plan<'r>, Error> {
        plan::plan(file, &self.registry, options)
    }

    /// Decides the letter and lays it out as Typst markup. A level that is not admissible
    /// (yet) is refused unless `options.force`.
    pub fn prepare(&self, file: &CaseFile, options: PlanOptions) -> Result<Prepared, Error> {
        self.prepare_marked(file, options, false)
    }

    /// As [`Engine::prepare`], for a preview (`watch`, `preview`): a letter whose level is not
    /// admissible is laid out all the same, its pages marked as a draft.
    pub fn prepare_preview(
        &self,
        file: &CaseFile,
        options: PlanOptions,
    ) -> Result<Prepared, Error> {
        self.prepare_marked(
            file,
            PlanOptions {
                force: true,
                ..options
            },
            true,
        )
    }

    /// Decides the letter — its plan and every sentence — without laying it out: for a text
    /// version (`render --format text`). A level that is not admissible (yet) is refused unless
    /// `options.force`.
    pub fn decide<'r>(
        &'r self,
        file: &CaseFile,
        options: PlanOptions,
    ) -> Result<(Plan<'r>, Letter), Error> {
        self.decide_planned(file, self.plan(file, options)?, options)
    }

    /// As [`Engine::decide`], from the case's plan (made by [`Engine::plan`] with the same
    /// options).
    fn decide_planned<'r>(
        &'r self,
        file: &CaseFile,
        plan: Plan<'r>,
        options: PlanOptions,
    ) -> Result<(Plan<'r>, Letter), Error> {
        let refusal = match &plan.assessment.verdict {
            Verdict::Admissible => None,
            Verdict::NotYet { from, because } => Some((Some(*from), because)),
            Verdict::NotAdmissible { rule } => Some((None, rule)),
        };
        if let Some((from, reason)) = refusal.filter(|_| !options.force) {
            return Err(Error::NotAdmissible {
                case: file.path.clone(),
                level: crate::text::messages::tr!(
                    "level-of-institution",
                    level = plan.level.level,
                    institution = plan.institution.short_name.as_str(),
                    recipient = plan.recipient.name.as_str()
                ),
                from,
                reason: reason.clone(),
            });
        }
        let letter = letter::compose_with(file, &plan, &self.wordings);
        Ok((plan, letter))
    }

    /// As [`Engine::prepare`], from the case's plan (made by [`Engine::plan`] with the same
    /// options): for a caller that also needs the plan itself.
    pub fn prepare_planned<'r>(
        &'r self,
        file: &CaseFile,
        plan: Plan<'r>,
        options: PlanOptions,
    ) -> Result<Prepared, Error> {
        self.lay_out(
            file,
            self.decide_planned(file, plan, options)?,
            options,
            false,
        )
    }

    fn prepare_marked(
        &self,
        file: &CaseFile,
        options: PlanOptions,
        mark_drafts: bool,
    ) -> Result<Prepared, Error> {
        self.lay_out(file, self.decide(file, options)?, options, mark_drafts)
    }

    /// Lays a decided letter out as markup.
    fn lay_out(
        &self,
        file: &CaseFile,
        (plan, mut letter): (Plan, Letter),
        options: PlanOptions,
        mark_drafts: bool,
    ) -> Result<Prepared, Error> {
        letter.draft = mark_drafts && !plan.assessment.verdict.is_admissible();
        let markup = self.templates.render(&letter)?;
        let identity = PdfIdentity {
            ident: format!(
                "recours/{}/{}/{}/{}",
                letter.institution,
                letter.level,
                file.case.complainant.name.value.trim(),
                plan.date
            ),
            date: plan.date,
            standard: self.standard,
        };
        Ok(Prepared {
            // A letter with no postal address goes by e-mail.
            delivery: crate::procedure::delivery::delivery(&plan, options.email || !plan.postal),
            letter,
            markup,
            identity,
            address_from_case: plan.recipient.address.is_none(),
            // A call at the level is no letter sent: only a written step is.
            sent_on: plan
                .history
                .iter()
                .find(|s| {
                    s.level == plan.level.level
                        && crate::procedure::admissibility::is_written(s.channel)
                })
                .map(|s| s.date),
            assessment: plan.assessment,
            signature: plan.signature,
        })
    }

    /// Decides, lays out and typesets the letter of a case.
    pub fn render(&self, file: &CaseFile, options: PlanOptions) -> Result<Rendered, Error> {
        self.typeset(self.prepare(file, options)?)
    }

    /// Typesets a prepared letter.
    pub fn typeset(&self, prepared: Prepared) -> Result<Rendered, Error> {
        let Prepared {
            letter,
            markup,
            identity,
            assessment,
            signature,
            address_from_case,
            sent_on,
            delivery,
        } = prepared;
        let pdf = self
            .typesetter
            .pdf(&markup, &identity, signature.as_ref())?;
        Ok(Rendered {
            letter,
            // The markup of the PDF: set tighter, when that kept the enclosures on the page.
            markup: pdf.tightened.clone().unwrap_or(markup),
            pdf,
            assessment,
            address_from_case,
            sent_on,
            date: identity.date,
            delivery,
        })
    }
}

/// Today, or the day `SOURCE_DATE_EPOCH` fixes (for reproducible builds and tests).
pub fn today() -> NaiveDate {
    source_date_epoch().unwrap_or_else(|| chrono::Local::now().date_naive())
}

fn source_date_epoch() -> Option<NaiveDate> {
    let seconds: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    chrono::DateTime::from_timestamp(seconds, 0).map(|t| t.date_naive())
}
