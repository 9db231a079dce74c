//! The desktop app (eframe/egui). It calls the domain (`article`, `dates`, `timeline`) and
//! holds no date logic of its own: one file per panel, each state struct beside its `ui` fn.

mod app;
mod errors;
mod event_editor;
mod event_list;
mod export_dialog;
mod loading;
mod menu;
mod open_dialog;
mod project;
mod reader;
mod shortcuts;
pub mod text;
mod timeline_view;

pub use app::{Saved, Start, TarikhApp};
pub use event_editor::EditAction;
pub use timeline_view::Lanes;

use std::path::PathBuf;

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
        ..Default::default()
    };
    let start = if paths.is_empty() { Start::Restore { seeds } } else { Start::Paths(paths) };
    let data_dir = data_dir();
    eframe::run_native(
        "Tarikh",
        options,
        Box::new(move |cc| Ok(Box::new(TarikhApp::new(cc, start, data_dir)))),
    )
}

/// Where untitled work is autosaved: `$TARIKH_DATA_DIR`, else the platform's data folder
/// (`~/.local/share/tarikh` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("TARIKH_DATA_DIR").map(PathBuf::from).or_else(|| eframe::storage_dir("tarikh"))
}
