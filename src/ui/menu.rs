//! The menu bar (File, Edit, View, Help) and the small windows it opens (About, Keyboard
//! shortcuts). In Arabic the bar runs from the right (see [`mirror::menus`]).

use super::app::TarikhApp;
use super::i18n::tr;
use super::mirror::{self, menu_button, menu_item};
use super::{project, shortcuts, text, view_menu};
use eframe::egui;

pub fn menu_bar(app: &mut TarikhApp, ui: &mut egui::Ui) {
    egui::Panel::top("menu").show(ui, |ui| {
        mirror::menu_bar(ui, |ui| {
            menu_button(ui, &tr!("menu-file"), |ui| file_menu(app, ui));
            menu_button(ui, &tr!("menu-edit"), |ui| edit_menu(app, ui));
            menu_button(ui, &tr!("menu-view"), |ui| view_menu::ui(app, ui));
            menu_button(ui, &tr!("menu-help"), |ui| {
                if ui.add(menu_item(ui, &tr!("menu-keyboard-shortcuts"), None)).clicked() {
                    app.show_shortcuts = true;
                    ui.close();
                }
                if ui.add(menu_item(ui, &tr!("menu-about"), None)).clicked() {
                    app.show_about = true;
                    ui.close();
                }
            });
        });
    });
}

/// The shortcut's keys as the platform writes them (`Ctrl+O`).
fn keys(ui: &egui::Ui, shortcut: &egui::KeyboardShortcut) -> Option<String> {
    Some(ui.ctx().format_shortcut(shortcut))
}

fn file_menu(app: &mut TarikhApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    if ui.add(menu_item(ui, &tr!("menu-new-project"), None)).clicked() {
        project::new_project(app, &ctx);
        ui.close();
    }
    if ui.add(menu_item(ui, &tr!("menu-open-project"), keys(ui, &shortcuts::OPEN_PROJECT))).clicked() {
        app.open_dialog.pick_project();
        ui.close();
    }
    menu_button(ui, &tr!("menu-recent-projects"), |ui| {
        if app.saved.recent_projects.is_empty() {
            text::weak(ui, &tr!("menu-recent-none"));
        }
        for p in app.saved.recent_projects.clone() {
            if ui.add(menu_item(ui, &text::path_text(&p), None)).clicked() {
                project::switch_project(app, &ctx, &p);
                ui.close();
            }
        }
    });
    if ui.add(menu_item(ui, &tr!("menu-save-project"), keys(ui, &shortcuts::SAVE))).clicked() {
        project::save(app);
        ui.close();
    }
    if ui.add(menu_item(ui, &tr!("menu-save-project-as"), keys(ui, &shortcuts::SAVE_AS))).clicked() {
        app.open_dialog.save_project_as(project::DEFAULT_FILE);
        ui.close();
    }
    let embed = mirror::checkbox(ui, &mut app.project.embed_texts, &tr!("menu-embed-texts"));
    if text::hover_text(embed, tr!("menu-embed-texts-hint")).changed() {
        app.timeline.revision += 1;
    }
    ui.separator();
    if ui.add(menu_item(ui, &tr!("menu-open-files"), keys(ui, &shortcuts::OPEN))).clicked() {
        app.open_dialog.pick_files();
        ui.close();
    }
    if ui.add(menu_item(ui, &tr!("menu-open-folder"), None)).clicked() {
        app.open_dialog.pick_folder();
        ui.close();
    }
    // Not in the catalogue yet: the events of a batch run (tarikh extract).
    if ui.add(menu_item(ui, &tr!("menu-open-extraction"), None)).clicked() {
        super::open_extraction::pick(app);
        ui.close();
    }
    if ui.add(menu_item(ui, &tr!("menu-open-path"), None)).clicked() {
        app.open_dialog.show_article_path_field(None);
        ui.close();
    }
    let can_close = app.reader.article.is_some();
    let close = menu_item(ui, &tr!("menu-close-article"), keys(ui, &shortcuts::CLOSE));
    if ui.add_enabled(can_close, close).clicked() {
        app.ask_close_article();
        ui.close();
    }
    ui.separator();
    menu_button(ui, &tr!("menu-export"), |ui| {
        if ui.add(menu_item(ui, &tr!("menu-export-image"), None)).clicked() {
            app.export.show(super::export_dialog::Format::Png);
            ui.close();
        }
        if ui.add(menu_item(ui, &tr!("menu-export-data"), None)).clicked() {
            app.export.show(super::export_dialog::Format::Csv);
            ui.close();
        }
    });
    ui.separator();
    if ui.add(menu_item(ui, &tr!("menu-quit"), keys(ui, &shortcuts::QUIT))).clicked() {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
    // Last, so that the items above never move when it appears.
    if let Some((path, when)) = &app.project.last_saved {
        ui.separator();
        let time = when.format("%H:%M:%S").to_string();
        text::weak(ui, &tr!("menu-last-saved", time = time, path = text::path_text(path)));
    }
}

fn edit_menu(app: &mut TarikhApp, ui: &mut egui::Ui) {
    let undo = menu_item(ui, &tr!("menu-undo"), keys(ui, &shortcuts::UNDO));
    if ui.add_enabled(app.timeline.history.can_undo(), undo).clicked() {
        app.undo();
        ui.close();
    }
    let redo = menu_item(ui, &tr!("menu-redo"), keys(ui, &shortcuts::REDO));
    if ui.add_enabled(app.timeline.history.can_redo(), redo).clicked() {
        app.redo();
        ui.close();
    }
    ui.separator();
    if ui.add_enabled(app.reader.article.is_some(), menu_item(ui, &tr!("menu-new-event"), None)).clicked() {
        app.new_event();
        ui.close();
    }
    let reopen = menu_item(ui, &tr!("menu-reopen-article"), None);
    if ui.add_enabled(!app.closed.is_empty(), reopen).clicked() {
        app.reopen_closed_article();
        ui.close();
    }
}

/// The About and Keyboard shortcuts windows.
pub fn windows(app: &mut TarikhApp, ctx: &egui::Context) {
    egui::Window::new(text::window_title(ctx, &tr!("about-title")))
        .open(&mut app.show_about)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            mirror::page(ui, |ui| {
                text::heading(ui, &tr!("about-heading", version = env!("CARGO_PKG_VERSION")));
                text::label(ui, "تاريخ: مستكشف الخط الزمني للأخبار العربية");
                text::message(ui, &tr!("about-what"));
                text::message(ui, &tr!("about-font"));
            })
        });
    egui::Window::new(text::window_title(ctx, &tr!("shortcuts-title")))
        .open(&mut app.show_shortcuts)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::Grid::new("keys").striped(true).show(ui, |ui| {
                for (keys, what) in shortcuts::help() {
                    // Grids run left to right: in Arabic the keys' column comes last, at the right.
                    let keys = |ui: &mut egui::Ui| match text::has_rtl(&keys) {
                        true => text::label(ui, &keys),
                        false => ui.monospace(&keys),
                    };
                    if mirror::is_rtl() {
                        text::message(ui, &what);
                        keys(ui);
                    } else {
                        keys(ui);
                        text::message(ui, &what);
                    }
                    ui.end_row();
                }
            });
        });
}
