//! The panel that lists files that failed to load, and why. Dismissable.

use super::i18n::{tr, wtr};
use super::{mirror, text};
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
                        let line =
                            tr!("errors-line", path = text::path_text(&e.path), reason = e.reason.clone());
                        text::label(ui, &line);
                    }
                });
            })
        });
    }
}
