//! Menus that open the way the interface reads. In Arabic the menu bar runs from the right,
//! a menu drops down from its title's right edge, its items' names end at the right with their
//! shortcuts on the left, and submenus open to the left behind an arrow pointing left.

use crate::ui::text;
use eframe::egui::containers::menu::{MenuConfig, SubMenuButton};
use eframe::egui::{
    self, Align, Atom, AtomKind, AtomPaintArgs, Button, InnerResponse, IntoSizedResult, Layout, Popup,
    RectAlign, Response, SizedAtomKind, Ui, UiKind, UiStackInfo,
};
use std::sync::Arc;

/// The menu bar: `add` puts the menus in it, from the start side.
pub fn menu_bar(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    egui::MenuBar::new().ui(ui, |ui| {
        if super::is_rtl() {
            ui.with_layout(Layout::right_to_left(Align::Center), add);
        } else {
            add(ui);
        }
    });
}

/// A menu titled `title`: in the menu bar, or a submenu inside a menu.
pub fn menu_button<R>(ui: &mut Ui, title: &str, add: impl FnOnce(&mut Ui) -> R) -> Response {
    let label = text::widget_text(ui, title);
    if !super::is_rtl() {
        return ui.menu_button(label, add).response;
    }
    if egui::containers::menu::is_in_menu(ui) {
        let button = Button::new((left_arrow(), Atom::grow(), label));
        return SubMenuButton::from_button(button).ui(ui, add).0;
    }
    bar_menu(ui, label, add)
}

/// An item of a menu: its name at the start side and, if given, its shortcut at the other.
pub fn menu_item<'a>(ui: &Ui, name: &str, shortcut: Option<String>) -> Button<'a> {
    let name = text::widget_text(ui, name);
    match (super::is_rtl(), shortcut) {
        (false, Some(keys)) => Button::new(name).shortcut_text(keys),
        (false, None) => Button::new(name),
        (true, Some(keys)) => Button::new((egui::RichText::new(keys).weak(), Atom::grow(), name)),
        (true, None) => Button::new((Atom::grow(), name)),
    }
}

/// Where the menu bar remembers which of its menus is open, so that moving the pointer over
/// another title opens that one (as egui's own menu bar does).
fn open_menu_id() -> egui::Id {
    egui::Id::unique("tarikh right-to-left menu bar")
}

/// A menu of the menu bar, right to left: it drops down from its title's right edge.
fn bar_menu<R>(ui: &mut Ui, label: egui::WidgetText, add: impl FnOnce(&mut Ui) -> R) -> Response {
    let response = ui.add(Button::new(label));
    let mut menu = Popup::menu(&response)
        .align(RectAlign::BOTTOM_END)
        .layout(Layout::top_down_justified(Align::Max))
        .info(UiStackInfo::new(UiKind::Menu).with_tag_value(MenuConfig::MENU_CONFIG_TAG, MenuConfig::new()));
    let popup_id = menu.get_id();
    let open_in_bar = ui.data(|d| d.get_temp::<egui::Id>(open_menu_id()));
    if response.hovered()
        && !response.clicked()
        && open_in_bar.is_some_and(|open| open != popup_id && Popup::is_id_open(ui.ctx(), open))
    {
        menu = menu.open_memory(Some(egui::SetOpenCommand::Bool(true)));
    }
    let shown: Option<InnerResponse<R>> = menu.show(add);
    if shown.is_some() {
        ui.data_mut(|d| d.insert_temp(open_menu_id(), popup_id));
    }
    response
}

/// The arrow of a submenu that opens to the left.
fn left_arrow() -> Atom<'static> {
    AtomKind::closure(|ui, _| {
        let size = egui::Vec2::splat(ui.spacing().icon_width);
        IntoSizedResult {
            intrinsic_size: size,
            sized: SizedAtomKind::Paint {
                paint: Arc::new(|ui: &Ui, args: AtomPaintArgs| {
                    let r = egui::Rect::from_center_size(
                        args.rect.center(),
                        egui::vec2(args.rect.width() * 0.35, args.rect.height() * 0.55),
                    );
                    let points = vec![r.left_center(), r.right_top(), r.right_bottom()];
                    ui.painter().add(egui::Shape::convex_polygon(
                        points,
                        args.fallback_text_color,
                        egui::Stroke::NONE,
                    ));
                }),
                size,
            },
        }
    })
    .into()
}
