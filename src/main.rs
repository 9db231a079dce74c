//! `tarikh`: the command line over the library. With no subcommand it shows the timeline of
//! the given files (or the bundled seeds).

use clap::Parser;
use std::process::ExitCode;
use tarikh::cli::{Cli, run, seeds_dir};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(code) = run(&cli) {
        return code;
    }
    // The desktop window is not built yet: print the timeline of the files (or the seeds).
    let paths = if cli.paths.is_empty() {
        vec![seeds_dir()]
    } else {
        cli.paths.clone()
    };
    run(&Cli::parse_from(
        ["tarikh", "extract"]
            .into_iter()
            .map(Into::into)
            .chain(paths.into_iter().map(|p| p.into_os_string())),
    ))
    .unwrap_or(ExitCode::SUCCESS)
}
