//! Checkboxes and radio buttons whose box is on the side reading starts from: left of an
//! English label, right of an Arabic one (egui draws it on the left whatever the language).

use crate::ui::text;
use eframe::egui::{self, Rect, Response, Sense, Ui, WidgetInfo, epaint, pos2, vec2};

/// A checkbox with the message `label` (in reading order); toggles `checked` when clicked.
pub fn checkbox(ui: &mut Ui, checked: &mut bool, label: &str) -> Response {
    if !super::is_rtl() {
        return ui.checkbox(checked, text::widget_text(ui, label));
    }
    let mut response = toggle(ui, *checked, label, egui::Role::CheckBox, paint_check);
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    response
}

/// A radio button: selects `value` into `current` when clicked.
pub fn radio_value<V: PartialEq>(ui: &mut Ui, current: &mut V, value: V, label: &str) -> Response {
    if !super::is_rtl() {
        return ui.radio_value(current, value, text::widget_text(ui, label));
    }
    let mut response = toggle(ui, *current == value, label, egui::Role::RadioButton, paint_radio);
    if response.clicked() && *current != value {
        *current = value;
        response.mark_changed();
    }
    response
}

/// Paints a box (checkbox or radio) in its rect; `on` when checked.
type PaintIcon = fn(&egui::Painter, Rect, &egui::style::WidgetVisuals, bool, &Ui);

/// A box with its label on its left (right to left): one clickable widget, its accessible name
/// the label in logical order.
fn toggle(ui: &mut Ui, on: bool, label: &str, role: egui::Role, paint_icon: PaintIcon) -> Response {
    let (icon_w, gap) = (ui.spacing().icon_width, ui.spacing().icon_spacing);
    let galley = text::widget_text(ui, label).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    let height = galley.size().y.max(ui.spacing().interact_size.y);
    let size = vec2(icon_w + gap + galley.size().x, height);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(role, ui.is_enabled(), on, label));
    if ui.is_rect_visible(rect) {
        let visuals = *ui.style().interact(&response);
        let icon =
            Rect::from_center_size(pos2(rect.right() - icon_w / 2.0, rect.center().y), vec2(icon_w, icon_w));
        paint_icon(ui.painter(), icon, &visuals, on, ui);
        let at = pos2(rect.right() - icon_w - gap - galley.size().x, rect.center().y - galley.size().y / 2.0);
        ui.painter().galley(at, galley, visuals.text_color());
    }
    response
}

fn paint_check(p: &egui::Painter, icon: Rect, v: &egui::style::WidgetVisuals, on: bool, ui: &Ui) {
    let small = Rect::from_center_size(icon.center(), egui::Vec2::splat(ui.spacing().icon_width_inner));
    p.add(epaint::RectShape::new(
        icon.expand(v.expansion),
        v.corner_radius,
        v.bg_fill,
        v.bg_stroke,
        epaint::StrokeKind::Inside,
    ));
    if on {
        let points = vec![
            pos2(small.left(), small.center().y),
            pos2(small.center().x, small.bottom()),
            pos2(small.right(), small.top()),
        ];
        p.add(egui::Shape::line(points, v.fg_stroke));
    }
}

fn paint_radio(p: &egui::Painter, icon: Rect, v: &egui::style::WidgetVisuals, on: bool, ui: &Ui) {
    p.add(epaint::CircleShape {
        center: icon.center(),
        radius: icon.width() / 2.0 + v.expansion,
        fill: v.bg_fill,
        stroke: v.bg_stroke,
    });
    if on {
        p.add(epaint::CircleShape {
            center: icon.center(),
            radius: ui.spacing().icon_width_inner / 3.0,
            fill: v.fg_stroke.color,
            stroke: Default::default(),
        });
    }
}
