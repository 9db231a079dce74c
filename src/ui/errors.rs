//! The panel that lists files that failed to load, and why. Dismissable.

use super::i18n::{tr, wtr};
use super::{mirror, text};
use crate::article::{LoadError, Reason};
use eframe::egui;

/// A reason in the interface's language: the usual ones from the catalogue, others (a
/// system error, a line of a batch output) in the words they came with.
pub fn reason_text(reason: &Reason) -> String {
    match reason {
        Reason::NotFound => tr!("reason-not-found"),
        Reason::PermissionDenied => tr!("reason-permission-denied"),
        Reason::Folder => tr!("reason-folder"),
        Reason::NotRegularFile => tr!("reason-not-regular"),
        Reason::TooLarge { mb, limit_mb } => tr!("reason-too-large", mb = *mb, limit = *limit_mb),
        Reason::Binary => tr!("reason-binary"),
        Reason::Other(words) => words.clone(),
    }
}

/// Load errors not yet dismissed.
#[derive(Default)]
pub struct ErrorPanel {
    pub errors: Vec<LoadError>,
}

impl ErrorPanel {
    pub fn add(&mut self, errors: Vec<LoadError>) {
        self.errors.extend(errors);
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if self.errors.is_empty() {
            return;
        }
        egui::Panel::bottom("errors").resizable(true).default_size(90.0).show(ui, |ui| {
            mirror::page(ui, |ui| {
                ui.horizontal(|ui| {
                    let message = tr!("errors-not-opened", count = self.errors.len());
                    text::colored(ui, ui.visuals().error_fg_color, &message);
                    if ui.button(wtr!(ui, "dismiss")).clicked() {
                        self.errors.clear();
                    }
                });
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for e in &self.errors {
                        let line = tr!(
                            "errors-line",
                            path = text::path_text(&e.path),
                            reason = reason_text(&e.reason)
                        );
                        text::label(ui, &line);
                    }
                });
            })
        });
    }
}
