//! The menu bar and the small windows it opens (About, Keyboard shortcuts).

use super::app::{TarikhApp, Theme};
use super::{project, shortcuts};
use crate::timeline::axis::MonthNames;
use crate::timeline::lanes::LaneKind;
use eframe::egui;

pub fn menu_bar(app: &mut TarikhApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("New project").clicked() {
                    project::new_project(app, &ctx);
                    ui.close();
                }
                let open = egui::Button::new("Open project…")
                    .shortcut_text(ctx.format_shortcut(&shortcuts::OPEN_PROJECT));
                if ui.add(open).clicked() {
                    app.open_dialog.pick_project();
                    ui.close();
                }
                ui.menu_button("Recent projects", |ui| {
                    if app.saved.recent_projects.is_empty() {
                        ui.weak("None yet");
                    }
                    for p in app.saved.recent_projects.clone() {
                        if ui.button(super::text::widget_text(ui, &super::text::path_text(&p))).clicked() {
                            project::switch_project(app, &ctx, &p);
                            ui.close();
                        }
                    }
                });
                let save =
                    egui::Button::new("Save project").shortcut_text(ctx.format_shortcut(&shortcuts::SAVE));
                if ui.add(save).clicked() {
                    project::save(app);
                    ui.close();
                }
                let save_as = egui::Button::new("Save project as…")
                    .shortcut_text(ctx.format_shortcut(&shortcuts::SAVE_AS));
                if ui.add(save_as).clicked() {
                    app.open_dialog.save_project_as("timeline.tarikh");
                    ui.close();
                }
                if ui
                    .checkbox(&mut app.project.embed_texts, "Keep the articles' texts in the project")
                    .on_hover_text("The project then opens even where the article files are missing")
                    .changed()
                {
                    app.timeline.revision += 1;
                }
                ui.separator();
                if ui
                    .add(
                        egui::Button::new("Open files…").shortcut_text(ctx.format_shortcut(&shortcuts::OPEN)),
                    )
                    .clicked()
                {
                    app.open_dialog.pick_files();
                    ui.close();
                }
                if ui.button("Open folder…").clicked() {
                    app.open_dialog.pick_folder();
                    ui.close();
                }
                if ui
                    .button("Open extraction…")
                    .on_hover_text("The events of a batch run (tarikh extract)")
                    .clicked()
                {
                    super::open_extraction::pick(app);
                    ui.close();
                }
                if ui.button("Open path…").clicked() {
                    app.open_dialog.show_article_path_field(None);
                    ui.close();
                }
                let can_close = app.reader.article.is_some();
                let close =
                    egui::Button::new("Close article").shortcut_text(ctx.format_shortcut(&shortcuts::CLOSE));
                if ui.add_enabled(can_close, close).clicked() {
                    app.ask_close_article();
                    ui.close();
                }
                ui.separator();
                ui.menu_button("Export", |ui| {
                    if ui.button("Timeline image (PNG, SVG)…").clicked() {
                        app.export.show(super::export_dialog::Format::Png);
                        ui.close();
                    }
                    if ui.button("Events as data (JSON, CSV, TimelineJS, iCalendar)…").clicked() {
                        app.export.show(super::export_dialog::Format::Csv);
                        ui.close();
                    }
                });
                ui.separator();
                if ui
                    .add(egui::Button::new("Quit").shortcut_text(ctx.format_shortcut(&shortcuts::QUIT)))
                    .clicked()
                {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                // Last, so that the items above never move when it appears.
                if let Some((path, when)) = &app.project.last_saved {
                    ui.separator();
                    let saved =
                        format!("Saved {} to {}", when.format("%H:%M:%S"), super::text::path_text(path));
                    let font = egui::TextStyle::Body.resolve(ui.style());
                    super::text::label_with(ui, &saved, font, ui.visuals().weak_text_color(), None);
                }
            });
            ui.menu_button("Edit", |ui| {
                let undo = egui::Button::new("Undo").shortcut_text(ctx.format_shortcut(&shortcuts::UNDO));
                if ui.add_enabled(app.timeline.history.can_undo(), undo).clicked() {
                    app.undo();
                    ui.close();
                }
                let redo = egui::Button::new("Redo").shortcut_text(ctx.format_shortcut(&shortcuts::REDO));
                if ui.add_enabled(app.timeline.history.can_redo(), redo).clicked() {
                    app.redo();
                    ui.close();
                }
                ui.separator();
                if ui.add_enabled(app.reader.article.is_some(), egui::Button::new("New event")).clicked() {
                    app.new_event();
                    ui.close();
                }
                let reopen = egui::Button::new("Reopen closed article");
                if ui.add_enabled(!app.closed.is_empty(), reopen).clicked() {
                    app.reopen_closed_article();
                    ui.close();
                }
            });
            ui.menu_button("View", |ui| {
                if ui.add(egui::Button::new("Fit all").shortcut_text("Home")).clicked() {
                    app.view.fit_all = true;
                    ui.close();
                }
                if ui.add(egui::Button::new("Zoom in").shortcut_text("+")).clicked() {
                    app.view.zoom_by(0.5);
                }
                if ui.add(egui::Button::new("Zoom out").shortcut_text("-")).clicked() {
                    app.view.zoom_by(2.0);
                }
                ui.separator();
                ui.checkbox(&mut app.saved.show_articles, "Articles");
                ui.checkbox(&mut app.saved.show_list, "Event list");
                ui.checkbox(&mut app.saved.show_reader, "Reader");
                ui.checkbox(&mut app.saved.show_editor, "Event panel");
                ui.separator();
                ui.label("Timeline lanes");
                for kind in LaneKind::ALL {
                    ui.radio_value(&mut app.saved.lanes, kind, lane_kind_name(kind));
                }
                ui.checkbox(&mut app.saved.hijri_axis, "Hijri dates under the axis");
                ui.separator();
                ui.label("Dates on the axis");
                ui.radio_value(&mut app.saved.month_names, MonthNames::Arabic, "Arabic month names");
                ui.radio_value(&mut app.saved.month_names, MonthNames::Iso, "ISO (2022-12-19)");
                ui.separator();
                ui.label("Theme");
                let before = app.saved.theme;
                ui.radio_value(&mut app.saved.theme, Theme::System, "Follow the system");
                ui.radio_value(&mut app.saved.theme, Theme::Light, "Light");
                ui.radio_value(&mut app.saved.theme, Theme::Dark, "Dark");
                if app.saved.theme != before {
                    app.apply_theme(&ctx);
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("Keyboard shortcuts").clicked() {
                    app.show_shortcuts = true;
                    ui.close();
                }
                if ui.button("About Tarikh").clicked() {
                    app.show_about = true;
                    ui.close();
                }
            });
        });
    });
}

pub fn windows(app: &mut TarikhApp, ctx: &egui::Context) {
    egui::Window::new("About Tarikh").open(&mut app.show_about).collapsible(false).resizable(false).show(
        ctx,
        |ui| {
            ui.heading(format!("Tarikh {}", env!("CARGO_PKG_VERSION")));
            super::text::label(ui, "تاريخ: مستكشف الخط الزمني للأخبار العربية");
            ui.label("Finds the dated events of Arabic news articles and puts them on a timeline.");
            ui.label("Arabic font: Noto Naskh Arabic (SIL Open Font License).");
        },
    );
    egui::Window::new("Keyboard shortcuts").open(&mut app.show_shortcuts).collapsible(false).show(
        ctx,
        |ui| {
            egui::Grid::new("keys").striped(true).show(ui, |ui| {
                for (k, what) in shortcuts::HELP {
                    ui.monospace(*k);
                    ui.label(*what);
                    ui.end_row();
                }
            });
        },
    );
}

/// How the View menu names a kind of lanes.
pub fn lane_kind_name(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Auto => "Automatic (by the collection)",
        LaneKind::Articles => "One per article",
        LaneKind::Sources => "One per source",
        LaneKind::Categories => "One per category",
        LaneKind::Tags => "One per tag",
        LaneKind::One => "One lane for all",
    }
}
