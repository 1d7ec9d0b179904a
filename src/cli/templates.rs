//! `recours templates`: check every template against every letter it serves, or export them
//! to adapt them.

use std::path::PathBuf;

use crate::error::Error;
use crate::render::template_check;
use crate::text::messages::tr;

use super::{Globals, Report, TemplatesArgs, TemplatesCommand};

pub fn command(globals: &Globals, args: TemplatesArgs) -> Result<Report, Error> {
    match args.command {
        TemplatesCommand::Check { cases } => {
            let engine = globals.engine()?;
            let paths = match &cases {
                Some(dir) => super::batch::find_cases(dir, None)?
                    .into_iter()
                    .map(|p| dir.join(p))
                    .collect(),
                None => Vec::new(),
            };
            let report = template_check::check(&engine, &paths);
            Ok(Report {
                stdout: report.to_text(),
                warnings: Vec::new(),
                failed: !report.errors.is_empty(),
            })
        }
        TemplatesCommand::Export { dir } => {
            let templates = match globals.templates.as_deref() {
                Some(folder) => crate::render::template::Templates::from_folder(folder)?,
                None => crate::render::template::Templates::embedded()?,
            };
            let files: Vec<(PathBuf, &[u8])> = templates
                .names()
                .map(|name| {
                    (
                        dir.join(name),
                        templates.text(name).unwrap_or_default().as_bytes(),
                    )
                })
                .collect();
            crate::render::output::write_new_files(&files, &tr!("templates-export-help"))?;
            let dir = dir.display().to_string();
            Ok(format!(
                "{}\n  {}\n",
                tr!("templates-wrote", count = files.len(), dir = dir.as_str()),
                tr!("templates-then", dir = dir)
            )
            .into())
        }
    }
}
