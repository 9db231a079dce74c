//! The layout of a right-to-left interface: in Arabic everything a reader scans starts at the
//! right — the menu bar, a panel's rows, a dialog's lines, a checkbox's box — and the side
//! panels swap. In English this module leaves egui's layout as it is.
//!
//! egui lays a row out right to left when its parent is a top-down layout aligned to the right
//! (`Ui::horizontal` asks `Layout::prefer_right_to_left`), so a panel or window only has to start
//! its content with [`page`]: every row inside follows. What egui does not mirror by itself is
//! here: [`vertical`] (egui's own starts from the left), the side panels ([`start_panel`],
//! [`end_panel`]), checkboxes and radio buttons ([`toggles`]), menus ([`menus`]).

pub mod menus;
pub mod toggles;

pub use crate::ui::i18n::is_rtl;
pub use menus::{menu_bar, menu_button, menu_item};
pub use toggles::{checkbox, radio_value};

use eframe::egui::{self, Align, Layout};

/// The horizontal side a line starts from: left in English, right in Arabic.
pub fn start_align() -> Align {
    if is_rtl() { Align::Max } else { Align::Min }
}

/// A panel's or a window's layout: top down, lines starting from [`start_align`].
pub fn page_layout() -> Layout {
    Layout::top_down(start_align())
}

/// A row's layout, from the start side, items centred vertically.
pub fn row_layout() -> Layout {
    if is_rtl() { Layout::right_to_left(Align::Center) } else { Layout::left_to_right(Align::Center) }
}

/// Shows `add` in the page's layout: the content of a panel or window. In English, `add` runs
/// in `ui` as it is (nothing is allocated).
pub fn page<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if is_rtl() { ui.with_layout(page_layout(), add).inner } else { add(ui) }
}

/// `ui.vertical`, its lines starting from the start side.
pub fn vertical<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.scope_builder(egui::UiBuilder::new().layout(page_layout()), add).inner
}

/// The side panel at the start of reading (left in English, right in Arabic).
pub fn start_panel(id: &'static str) -> egui::Panel {
    if is_rtl() { egui::Panel::right(id) } else { egui::Panel::left(id) }
}

/// The side panel at the end of reading (right in English, left in Arabic).
pub fn end_panel(id: &'static str) -> egui::Panel {
    if is_rtl() { egui::Panel::left(id) } else { egui::Panel::right(id) }
}

/// A window's anchor, mirrored: `RIGHT_BOTTOM` in English is `LEFT_BOTTOM` in Arabic.
pub fn anchor(align: egui::Align2, offset: egui::Vec2) -> (egui::Align2, egui::Vec2) {
    if !is_rtl() {
        return (align, offset);
    }
    let x = match align.x() {
        Align::Min => Align::Max,
        Align::Max => Align::Min,
        Align::Center => Align::Center,
    };
    (egui::Align2([x, align.y()]), egui::vec2(-offset.x, offset.y))
}
