//! The View menu: zoom, which panels show, how the timeline looks (lanes, the Hijri tier,
//! month names, which way time runs), the interface's language and digits, the theme.

use super::app::{TarikhApp, Theme};
use super::i18n::{self, Digits, Language, tr};
use super::mirror::{checkbox, menu_button, menu_item, radio_value};
use super::text;
use super::timeline_view::TimeDirection;
use crate::timeline::axis::MonthNames;
use crate::timeline::lanes::LaneKind;
use eframe::egui;

pub fn ui(app: &mut TarikhApp, ui: &mut egui::Ui) {
    if ui.add(menu_item(ui, &tr!("menu-fit-all"), Some("Home".into()))).clicked() {
        app.view.fit_all = true;
        ui.close();
    }
    if ui.add(menu_item(ui, &tr!("menu-zoom-in"), Some("+".into()))).clicked() {
        app.view.zoom_by(0.5);
    }
    if ui.add(menu_item(ui, &tr!("menu-zoom-out"), Some("-".into()))).clicked() {
        app.view.zoom_by(2.0);
    }
    ui.separator();
    checkbox(ui, &mut app.saved.show_articles, &tr!("menu-show-articles"));
    checkbox(ui, &mut app.saved.show_list, &tr!("menu-show-list"));
    checkbox(ui, &mut app.saved.show_reader, &tr!("menu-show-reader"));
    checkbox(ui, &mut app.saved.show_editor, &tr!("menu-show-editor"));
    ui.separator();
    text::message(ui, &tr!("menu-lanes"));
    for kind in LaneKind::ALL {
        radio_value(ui, &mut app.saved.lanes, kind, &lane_kind_name(kind));
    }
    checkbox(ui, &mut app.saved.hijri_axis, &tr!("menu-hijri-axis"));
    ui.separator();
    text::message(ui, &tr!("menu-axis-dates"));
    radio_value(ui, &mut app.saved.month_names, MonthNames::Arabic, &tr!("menu-axis-arabic-months"));
    radio_value(ui, &mut app.saved.month_names, MonthNames::Iso, &tr!("menu-axis-iso"));
    text::message(ui, &tr!("menu-time-direction"));
    for direction in [TimeDirection::AsInterface, TimeDirection::LeftToRight, TimeDirection::RightToLeft] {
        radio_value(ui, &mut app.saved.time_direction, direction, &time_direction_name(direction));
    }
    ui.separator();
    menu_button(ui, &tr!("menu-language"), |ui| language_menu(app, ui));
    ui.separator();
    text::message(ui, &tr!("menu-theme"));
    let before = app.saved.theme;
    radio_value(ui, &mut app.saved.theme, Theme::System, &tr!("menu-theme-system"));
    radio_value(ui, &mut app.saved.theme, Theme::Light, &tr!("menu-theme-light"));
    radio_value(ui, &mut app.saved.theme, Theme::Dark, &tr!("menu-theme-dark"));
    if app.saved.theme != before {
        app.apply_theme(ui.ctx());
    }
}

/// View → Language: the system's, or one chosen (each named in its own language); the digits
/// of the Arabic interface.
fn language_menu(app: &mut TarikhApp, ui: &mut egui::Ui) {
    let system = i18n::system_language();
    let before = (app.saved.language, app.saved.digits);
    let as_system = tr!("menu-language-system", language = system.endonym());
    radio_value(ui, &mut app.saved.language, None, &as_system);
    for language in Language::ALL {
        radio_value(ui, &mut app.saved.language, Some(language), language.endonym());
    }
    ui.separator();
    let arabic = app.language() == Language::Arabic;
    let mut indic = app.saved.digits == Digits::ArabicIndic;
    let shown = ui.add_enabled_ui(arabic, |ui| checkbox(ui, &mut indic, &tr!("menu-arabic-indic-digits")));
    text::hover_text(shown.inner, tr!("menu-arabic-indic-digits-hint"));
    app.saved.digits = if indic { Digits::ArabicIndic } else { Digits::Western };
    if (app.saved.language, app.saved.digits) != before {
        // The next messages (this frame's too) are in the new language.
        app.speak();
    }
}

/// How the View menu names a kind of lanes.
pub fn lane_kind_name(kind: LaneKind) -> String {
    match kind {
        LaneKind::Auto => tr!("lanes-auto"),
        LaneKind::Articles => tr!("lanes-articles"),
        LaneKind::Sources => tr!("lanes-sources"),
        LaneKind::Categories => tr!("lanes-categories"),
        LaneKind::Tags => tr!("lanes-tags"),
        LaneKind::One => tr!("lanes-one"),
    }
}

/// How the View menu names a direction of time.
fn time_direction_name(direction: TimeDirection) -> String {
    match direction {
        TimeDirection::AsInterface => tr!("time-as-interface"),
        TimeDirection::LeftToRight => tr!("time-left-to-right"),
        TimeDirection::RightToLeft => tr!("time-right-to-left"),
    }
}
