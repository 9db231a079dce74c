//! Closing on SIGTERM, SIGINT and SIGHUP (a logout, `kill`, Ctrl+C in the terminal it was
//! started from) as the window's close button does: what is typed in the event panel is kept,
//! the project saved and the crash lock released. Without this such a stop looked like a crash
//! at the next start. A second signal while closing ends the process at once (the autosave has
//! at most the last few seconds' edits to lose).

use std::sync::atomic::{AtomicBool, Ordering};

use eframe::egui;

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Whether a signal asked the app to close (checked once per frame).
pub fn close_requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Listens for the signals on a thread of its own; each one wakes the app with a repaint.
#[cfg(unix)]
pub fn close_on_signals(ctx: &egui::Context) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else { return };
    let ctx = ctx.clone();
    let _ = std::thread::Builder::new().name("signals".into()).spawn(move || {
        for signal in signals.forever() {
            if REQUESTED.swap(true, Ordering::Relaxed) {
                std::process::exit(128 + signal);
            }
            ctx.request_repaint();
        }
    });
}

#[cfg(not(unix))]
pub fn close_on_signals(_ctx: &egui::Context) {}
