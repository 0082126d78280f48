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
    let usage = synopsis(&page);
    let mut text = Vec::new();
    clap_mangen::Man::new(page.override_usage(usage)).render(&mut text)?;
    Ok(text)
}

/// A page's synopsis with each option's value named (`[--format <FORMAT>]`), as manual pages
/// write it: clap_mangen's own lists `[--format]`, which reads as a flag.
fn synopsis(page: &clap::Command) -> String {
    let name = page.get_bin_name().unwrap_or_else(|| page.get_name());
    let mut line = vec![name.to_string()];
    let mut operands = Vec::new();
    for arg in page.get_arguments().filter(|a| !a.is_hide_set()) {
        let value = || {
            let names: Vec<String> = match arg.get_value_names() {
                Some(names) => names.iter().map(|n| n.to_string()).collect(),
                None => vec![arg.get_id().as_str().to_uppercase()],
            };
            names.join(" ")
        };
        let takes_value = arg.get_action().takes_values();
        if arg.is_positional() {
            let many = if matches!(arg.get_action(), clap::ArgAction::Append) {
                "..."
            } else {
                ""
            };
            operands.push(if arg.is_required_set() {
                format!("<{}>{many}", value())
            } else {
                format!("[{}]{many}", value())
            });
            continue;
        }
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => format!("-{s}|--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, Some(l)) => format!("--{l}"),
            (None, None) => continue,
        };
        line.push(if takes_value {
            format!("[{flag} <{}>]", value())
        } else {
            format!("[{flag}]")
        });
    }
    // The operands after the options, as manual pages order them.
    line.extend(operands);
    if page.get_subcommands().any(|c| !c.is_hide_set()) {
        line.push("[COMMAND]".to_string());
    }
    line.join(" ")
}
