//! `tarikh`: the desktop app, and the command line over the same library.
//! With no subcommand the window opens on the given files (or the last session, or the seeds).

// A double-clicked app opens no console window on Windows; the subcommands attach to the
// console of the shell that started them, so they still print.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use clap::Parser;
use std::process::ExitCode;
use tarikh::cli::{Cli, run, seeds_dir};

// Extraction allocates many small strings (words, headlines, JSON fields): mimalloc spends
// about 8% less of a corpus run on them than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    tarikh::ui::mark_start();
    #[cfg(windows)]
    attach_console();
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

/// Reconnects stdout/stderr to the parent's console (a GUI-subsystem binary has none).
#[cfg(windows)]
fn attach_console() {
    // SAFETY: AttachConsole only reads its argument; failure (no parent console) is harmless.
    unsafe {
        windows_sys::Win32::System::Console::AttachConsole(
            windows_sys::Win32::System::Console::ATTACH_PARENT_PROCESS,
        );
    }
}
