//! The panel that lists files that failed to load, and why. Dismissable.

use crate::article::LoadError;
use eframe::egui;

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
            ui.horizontal(|ui| {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("{} file(s) could not be opened", self.errors.len()),
                );
                if ui.button("Dismiss").clicked() {
                    self.errors.clear();
                }
            });
            egui::ScrollArea::vertical().show(ui, |ui| {
                for e in &self.errors {
                    super::text::label(ui, &format!("{} — {}", super::text::path_text(&e.path), e.reason));
                }
            });
        });
    }
}
