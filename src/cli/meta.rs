//! The commands about driftview itself: `config` (the settings in force), `completions` (a
//! shell's completion script) and `man` (the manual pages).

use std::process::ExitCode;

use anyhow::Result;

use super::args::{CompletionsArgs, ManArgs};
use super::output::{NO_PAGER, emit};
use crate::config::{Loaded, effective_toml};
use crate::environment::Environment;

/// `config`: the configuration in force (the defaults merged with the file), as TOML.
pub(super) fn config(loaded: &Loaded, env: &Environment) -> Result<ExitCode> {
    let text = effective_toml(&loaded.config, loaded.path.as_deref());
    emit(&NO_PAGER, env, |out| out.write_all(text.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}

/// `completions SHELL`: the shell's completion script.
pub(super) fn completions(args: CompletionsArgs, env: &Environment) -> Result<ExitCode> {
    let mut command = <super::Cli as clap::CommandFactory>::command();
    let mut text = Vec::new();
    clap_complete::generate(args.shell, &mut command, "driftview", &mut text);
    emit(&NO_PAGER, env, |out| out.write_all(&text))?;
    Ok(ExitCode::SUCCESS)
}

/// `man [COMMAND]`: the manual page, in roff.
pub(super) fn man(args: ManArgs, env: &Environment) -> Result<ExitCode> {
    let text = manual_page(args.command.as_deref())?;
    emit(&NO_PAGER, env, |out| out.write_all(&text))?;
    Ok(ExitCode::SUCCESS)
}

/// The manual page of driftview, or of one of its commands (as `driftview-report`, the page
/// the main one refers to).
fn manual_page(command: Option<&str>) -> Result<Vec<u8>> {
    let mut root = <super::Cli as clap::CommandFactory>::command();
    root.build();
    let page = match command {
        None => root,
        Some(name) => {
            let names: Vec<String> = root
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|n| n != "help")
                .collect();
            let sub = root.find_subcommand(name).cloned().ok_or_else(|| {
                anyhow::anyhow!("no command '{name}' (one of: {})", names.join(", "))
            })?;
            let full = format!("driftview-{}", sub.get_name());
            sub.name(full.clone())
                .bin_name(full)
                .version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut text = Vec::new();
    clap_mangen::Man::new(page).render(&mut text)?;
    Ok(text)
}
