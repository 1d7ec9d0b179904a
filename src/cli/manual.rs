//! What shells, editors and `man` read: completion scripts, the manual pages, the case file's
//! JSON Schema.

use std::path::PathBuf;

use crate::error::Error;
use crate::text::messages::tr;

use super::{Globals, Report, load_registry};

pub fn schema(globals: &Globals) -> Result<Report, Error> {
    let registry = load_registry(globals)?;
    Ok(crate::case::schema::case_schema_text(&registry).into())
}

pub fn completions(shell: clap_complete::Shell) -> Result<Report, Error> {
    let mut script = Vec::new();
    clap_complete::generate(
        shell,
        &mut <super::Cli as clap::CommandFactory>::command(),
        "recours",
        &mut script,
    );
    Ok(String::from_utf8_lossy(&script).into_owned().into())
}

pub fn man(dir: Option<PathBuf>) -> Result<Report, Error> {
    let pages = manual_pages();
    let Some(dir) = dir else {
        return Ok(String::from_utf8_lossy(&pages[0].1).into_owned().into());
    };
    crate::render::output::create_folder(&dir)?;
    for (name, page) in &pages {
        // A page is generated from the binary: refreshing it loses nothing.
        crate::render::output::write_atomically(&dir.join(name), page, true)?;
    }
    Ok(format!(
        "{}\n",
        tr!(
            "man-wrote",
            count = pages.len(),
            dir = dir.display().to_string(),
            first = pages[0].0.as_str()
        )
    )
    .into())
}

/// The manual pages: `recours.1` first, then one per command and sub-command
/// (`recours-render.1`, `recours-templates-check.1`…), the names the main page refers to.
fn manual_pages() -> Vec<(String, Vec<u8>)> {
    fn collect(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut page = Vec::new();
        man.render(&mut page)
            .expect("rendering into memory cannot fail");
        pages.push((man.get_filename(), page));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            collect(sub, pages);
        }
    }
    let mut cmd = <super::Cli as clap::CommandFactory>::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect(&cmd, &mut pages);
    pages
}
