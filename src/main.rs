//! `tarikh`: the desktop app, and the command line over the same library.
//! With no subcommand the window opens on the given files (or the last session, or the seeds).

use clap::Parser;
use std::process::ExitCode;
use tarikh::cli::{Cli, run, seeds_dir};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(code) = run(&cli) {
        return code;
    }
    match tarikh::ui::run(cli.paths.clone(), seeds_dir()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open the window: {e}");
            eprintln!("(the command line works without a display: tarikh extract --help)");
            ExitCode::from(1)
        }
    }
}
