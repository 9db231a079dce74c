//! File → Export: the timeline as an image (PNG or SVG, current view or all) or the events as
//! data (JSON, CSV, Excel, TimelineJS, iCalendar). The same exporters as `tarikh export`;
//! files are written atomically. A path field stands in where no save dialog can be shown.

use super::i18n::{tr, wtr};
use super::mirror::{self, checkbox, radio_value};
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
            Ok(()) => tr!("export-saved", path = text::path_text(&path)),
            Err(e) => tr!("export-failed", path = text::path_text(&path), error = e),
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
        let title = text::window_title(ctx, &tr!("export-title"));
        egui::Window::new(title)
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| mirror::page(ui, |ui| self.options_ui(ui, &mut save_to)));
        if let Some(p) = save_to {
            self.save(t, view, names, p);
        }
        self.open = open;
    }

    /// The dialog's content: the format and its options, where to save.
    fn options_ui(&mut self, ui: &mut egui::Ui, save_to: &mut Option<PathBuf>) {
        ui.horizontal_wrapped(|ui| {
            text::message(ui, &tr!("export-format"));
            for f in Format::ALL {
                radio_value(ui, &mut self.format, f, &format_name(f));
            }
        });
        if self.format.is_image() {
            ui.horizontal(|ui| {
                radio_value(ui, &mut self.current_view, false, &tr!("export-whole-timeline"));
                radio_value(ui, &mut self.current_view, true, &tr!("export-current-view"));
            });
            ui.horizontal(|ui| {
                text::message(ui, &tr!("export-width"));
                ui.add(egui::DragValue::new(&mut self.width).range(400..=8000).suffix(tr!("export-pixels")));
                checkbox(ui, &mut self.dark, &tr!("export-dark"));
                checkbox(ui, &mut self.legend, &tr!("export-legend"));
            });
            if self.format == Format::Svg {
                checkbox(ui, &mut self.outlines, &tr!("export-outlines"));
            }
        }
        if matches!(self.format, Format::TimelineJs | Format::TimelineJsPage | Format::Ics) {
            ui.horizontal(|ui| {
                text::message(ui, &tr!("export-language"));
                radio_value(ui, &mut self.language, Language::Arabic, &tr!("export-language-arabic"));
                radio_value(ui, &mut self.language, Language::English, &tr!("export-language-english"));
            });
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(wtr!(ui, "save-as")).clicked() {
                let name = format!("tarikh-timeline.{}", self.format.extension());
                let (tx, rx) = channel();
                std::thread::spawn(move || {
                    let _ = tx.send(rfd::FileDialog::new().set_file_name(name).save_file());
                });
                self.pending = Some(rx);
            }
            text::message(ui, &tr!("export-or-path"));
            let field = text::TextField::singleline(&mut self.path)
                .id(egui::Id::unique("export path"))
                .hint_text(tr!("export-path-hint"))
                .desired_width(220.0)
                .show(ui);
            // Enter in the path field saves, as the button does.
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button(wtr!(ui, "save")).clicked() || entered) && !self.path.trim().is_empty() {
                *save_to = Some(PathBuf::from(self.path.trim()));
            }
        });
        if let Some(m) = &self.message {
            text::label(ui, m);
        }
    }
}

/// How the dialog names a format.
fn format_name(format: Format) -> String {
    match format {
        Format::Png => tr!("format-png"),
        Format::Svg => tr!("format-svg"),
        Format::Json => tr!("format-json"),
        Format::Csv => tr!("format-csv"),
        Format::Xlsx => tr!("format-xlsx"),
        Format::TimelineJs => tr!("format-timelinejs"),
        Format::TimelineJsPage => tr!("format-timelinejs-page"),
        Format::Ics => tr!("format-ics"),
    }
}
