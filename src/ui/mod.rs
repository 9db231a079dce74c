//! The desktop app (eframe/egui). It calls the domain (`article`, `dates`, `timeline`) and
//! holds no date logic of its own: one file per panel, each state struct beside its `ui` fn.
//! Every word it shows comes from the message catalogue ([`i18n`]), in Arabic or English; in
//! Arabic the layout mirrors ([`mirror`]). Dates are picked in Gregorian or Hijri ([`date_picker`]).

mod app;
mod article_date;
mod articles;
mod corpus_texts;
pub mod date_picker;
mod errors;
mod event_editor;
mod event_list;
mod export_dialog;
pub mod i18n;
mod loading;
mod menu;
pub mod mirror;
mod open_dialog;
pub mod open_extraction;
mod panels;
mod project;
mod reader;
mod shortcuts;
mod termination;
pub mod text;
mod timeline_view;
mod view_menu;

pub use app::{Saved, Start, TarikhApp};
pub use event_editor::EditAction;
pub use project::ProjectState;
pub use timeline_view::{TimeDirection, TimelineAction, TimelineView};

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

/// When the process started (as near as `main` can tell), for the start-up measurement.
static STARTED: OnceLock<Instant> = OnceLock::new();

/// Call first thing in `main`: with `TARIKH_STARTUP_TRACE=1` the app prints how long its
/// first frame took (`=exit` also closes it then, for scripted timing).
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// Reports the first frame, once.
pub(crate) fn first_frame(ctx: &eframe::egui::Context) {
    static DONE: OnceLock<()> = OnceLock::new();
    if DONE.set(()).is_err() {
        return;
    }
    let Ok(trace) = std::env::var("TARIKH_STARTUP_TRACE") else { return };
    if let Some(t) = STARTED.get() {
        eprintln!("tarikh: first frame {:.0} ms after start", t.elapsed().as_secs_f64() * 1000.0);
    }
    if trace == "exit" {
        ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Close);
    }
}

/// Opens the window. `paths` are the files given on the command line; with none, the last
/// session's files (or the bundled seeds) open.
pub fn run(paths: Vec<PathBuf>, seeds: PathBuf) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Tarikh")
            .with_app_id("tarikh")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true)
            .with_icon(std::sync::Arc::new(
                eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icons/tarikh-256.png"))
                    .unwrap_or_default(),
            )),
        persist_window: true,
        // With $TARIKH_DATA_DIR, the app's state (app.ron: recent projects, view) lives there
        // too, so that two data folders (and tests) never share it.
        persistence_path: std::env::var_os("TARIKH_DATA_DIR").map(|d| PathBuf::from(d).join("app.ron")),
        ..Default::default()
    };
    let start = if paths.is_empty() { Start::Restore { seeds } } else { Start::Paths(paths) };
    let data_dir = data_dir();
    eframe::run_native(
        "Tarikh",
        options,
        Box::new(move |cc| {
            termination::close_on_signals(&cc.egui_ctx);
            Ok(Box::new(TarikhApp::new(cc, start, data_dir)))
        }),
    )
}

/// Opens a project file as the current project (File → Open project…).
pub fn open_project(app: &mut TarikhApp, ctx: &eframe::egui::Context, path: &std::path::Path) {
    project::switch_project(app, ctx, path);
}

/// File → Save project as…, with the path already chosen.
pub fn save_project_as(app: &mut TarikhApp, path: PathBuf) {
    project::save_as(app, path);
}

/// Saves the project now (its file, or the untitled autosave) and waits; false on failure.
pub fn save_now(app: &mut TarikhApp) -> bool {
    project::write(app)
}

/// The project of what is open now (what a save would write).
pub fn capture_project(app: &TarikhApp) -> crate::project::Project {
    project::capture(app)
}

/// Where untitled work is autosaved: `$TARIKH_DATA_DIR`, else the platform's data folder
/// (`~/.local/share/tarikh` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("TARIKH_DATA_DIR").map(PathBuf::from).or_else(|| eframe::storage_dir("tarikh"))
}
