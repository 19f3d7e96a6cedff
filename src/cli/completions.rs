//! `kamaki completions SHELL`, and the generated completion scripts and man pages that
//! are checked into the repository.

use std::path::PathBuf;

use clap::Args;
use clap_complete::{Generator, Shell};

use crate::error::Result;
use crate::output::Output;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<Output> {
    Ok(Output::raw(completion_script(args.shell)))
}

fn completion_script(shell: Shell) -> Vec<u8> {
    let mut command = crate::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "kamaki", &mut script);
    script
}

/// Every generated file, relative to the repository root: completion scripts under
/// `completions/` and one man page per command under `man/`.
pub fn generated_files() -> Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut files = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
        let name = shell.file_name("kamaki");
        files.push((PathBuf::from("completions").join(name), completion_script(shell)));
    }
    let mut command = crate::command();
    command.build();
    add_man_pages(&command, "kamaki", &mut files)?;
    Ok(files)
}

fn add_man_pages(command: &clap::Command, name: &str, files: &mut Vec<(PathBuf, Vec<u8>)>) -> Result<()> {
    let mut page = Vec::new();
    let titled = command.clone().name(name.to_string());
    clap_mangen::Man::new(titled).render(&mut page)?;
    files.push((PathBuf::from("man").join(format!("{name}.1")), page));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        add_man_pages(sub, &format!("{name}-{}", sub.get_name()), files)?;
    }
    Ok(())
}
