//! File → Export: the timeline as an image (PNG or SVG, current view or all) or the events as
//! data (JSON, CSV, Excel, TimelineJS, iCalendar). The same exporters as `tarikh export`;
//! files are written atomically. A path field stands in where no save dialog can be shown.

use super::text;
pub use crate::export::Format;
use crate::export::{ExportOptions, Language, PictureOptions, PictureTheme, export, write_atomic};
use crate::timeline::Timeline;
use crate::timeline::axis::{MonthNames, day_at};
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

pub struct ExportDialog {
    pub open: bool,
    pub format: Format,
    /// Only the time window shown on screen (images).
    pub current_view: bool,
    pub width: u32,
    pub dark: bool,
    pub legend: bool,
    /// SVG text as outlines (the same without Arabic fonts).
    pub outlines: bool,
    /// The language of the words the exports add (TimelineJS title slide and setting).
    pub language: Language,
    path: String,
    pending: Option<Receiver<Option<PathBuf>>>,
    pub message: Option<String>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        ExportDialog {
            open: false,
            format: Format::Png,
            current_view: false,
            width: 1920,
            dark: false,
            legend: true,
            outlines: true,
            language: Language::Arabic,
            path: String::new(),
            pending: None,
            message: None,
        }
    }
}

impl ExportDialog {
    /// Opens the dialog on an image or a data format.
    pub fn show(&mut self, format: Format) {
        self.open = true;
        self.format = format;
        self.message = None;
    }

    /// The bytes of the chosen export.
    pub fn render(
        &self,
        t: &Timeline,
        view: Option<(f64, f64)>,
        names: MonthNames,
    ) -> Result<Vec<u8>, String> {
        let window = view.filter(|_| self.current_view);
        let options = ExportOptions {
            picture: PictureOptions {
                width: self.width,
                from: window.map(|(a, _)| day_at(a)),
                to: window.map(|(_, b)| day_at(b)),
                theme: if self.dark { PictureTheme::Dark } else { PictureTheme::Light },
                legend: self.legend,
                month_names: names,
            },
            outlines: self.outlines,
            language: self.language,
            ..Default::default()
        };
        export(t, self.format, &options).map(|x| x.bytes)
    }

    /// Writes the export to `path` and says how it went.
    pub fn save(&mut self, t: &Timeline, view: Option<(f64, f64)>, names: MonthNames, path: PathBuf) {
        let result =
            self.render(t, view, names).and_then(|b| write_atomic(&path, &b).map_err(|e| e.to_string()));
        self.message = Some(match result {
            Ok(()) => format!("Saved {}", text::path_text(&path)),
            Err(e) => format!("Could not save {}: {e}", text::path_text(&path)),
        });
    }

    pub fn ui(&mut self, ctx: &egui::Context, t: &Timeline, view: Option<(f64, f64)>, names: MonthNames) {
        if let Some(rx) = &self.pending
            && let Ok(answer) = rx.try_recv()
        {
            self.pending = None;
            if let Some(path) = answer {
                self.save(t, view, names, path);
            }
        }
        let mut open = self.open;
        let mut save_to: Option<PathBuf> = None;
        egui::Window::new("Export").open(&mut open).collapsible(false).resizable(false).show(ctx, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label("Format");
                for f in Format::ALL {
                    ui.radio_value(&mut self.format, f, f.label());
                }
            });
            if self.format.is_image() {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.current_view, false, "Whole timeline");
                    ui.radio_value(&mut self.current_view, true, "Current view");
                });
                ui.horizontal(|ui| {
                    ui.label("Width");
                    ui.add(egui::DragValue::new(&mut self.width).range(400..=8000).suffix(" px"));
                    ui.checkbox(&mut self.dark, "Dark");
                    ui.checkbox(&mut self.legend, "Legend of articles");
                });
                if self.format == Format::Svg {
                    ui.checkbox(&mut self.outlines, "Text as outlines (shows without Arabic fonts)");
                }
            }
            if matches!(self.format, Format::TimelineJs | Format::TimelineJsPage | Format::Ics) {
                ui.horizontal(|ui| {
                    ui.label("Language of titles and marks");
                    ui.radio_value(&mut self.language, Language::Arabic, "Arabic");
                    ui.radio_value(&mut self.language, Language::English, "English");
                });
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button("Save as…").clicked() {
                    let name = format!("tarikh-timeline.{}", self.format.extension());
                    let (tx, rx) = channel();
                    std::thread::spawn(move || {
                        let _ = tx.send(rfd::FileDialog::new().set_file_name(name).save_file());
                    });
                    self.pending = Some(rx);
                }
                ui.label("or to a path:");
                let field = text::TextField::singleline(&mut self.path)
                    .id(egui::Id::unique("export path"))
                    .hint_text("/path/to/file")
                    .desired_width(220.0)
                    .show(ui);
                // Enter in the path field saves, as the button does.
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Save").clicked() || entered) && !self.path.trim().is_empty() {
                    save_to = Some(PathBuf::from(self.path.trim()));
                }
            });
            if let Some(m) = &self.message {
                text::label(ui, m);
            }
        });
        if let Some(p) = save_to {
            self.save(t, view, names, p);
        }
        self.open = open;
    }
}
