//! Widgets: a paragraph that reports the byte clicked, and labels that get Arabic right.

use eframe::egui::{self, Color32, FontId, Response, Sense, TextWrapMode, Ui, WidgetInfo};

use super::layout::Paragraph;

/// Shows a paragraph as a widget (allocates its size, senses clicks and drags); returns the
/// response and, when clicked, the byte offset clicked. Its accessible label is the logical text.
pub fn paragraph(ui: &mut Ui, p: &Paragraph) -> (Response, Option<usize>) {
    let (rect, response) = ui.allocate_exact_size(p.size(), Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), p.text()));
    if ui.is_rect_visible(rect) {
        p.paint(ui.painter(), rect.min);
    }
    let at = if response.clicked() {
        response.interact_pointer_pos().and_then(|pos| p.byte_at(rect.min, pos))
    } else {
        None
    };
    (response, at)
}

/// A one-line or wrapped label that gets Arabic right, for list rows, tooltips, lane names,
/// menus: a drop-in for `ui.label(text)` (body font, text colour, the ui's wrap mode). It senses
/// hover only, so a clickable row under it still gets the clicks.
pub fn label(ui: &mut Ui, text: &str) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let available = ui.available_width();
    let (wrap, truncate) = match ui.wrap_mode() {
        TextWrapMode::Wrap if available.is_finite() && available > font.size => (available, None),
        TextWrapMode::Truncate if available.is_finite() => (f32::INFINITY, Some(available.max(0.0))),
        _ => (f32::INFINITY, None),
    };
    show(ui, text, &font, color, wrap, truncate)
}

/// Same with a font and colour, no wrapping, truncated with «…» (at the logical end of the
/// text) to `max_width` if given (for timeline labels and table cells). A truncated label
/// shows the whole text on hover.
pub fn label_with(ui: &mut Ui, text: &str, font: FontId, color: Color32, max_width: Option<f32>) -> Response {
    show(ui, text, &font, color, f32::INFINITY, max_width.map(|w| w.max(0.0)))
}

fn show(
    ui: &mut Ui,
    text: &str,
    font: &FontId,
    color: Color32,
    wrap: f32,
    truncate: Option<f32>,
) -> Response {
    let p = Paragraph::build(ui.ctx(), text, None, font, color, wrap, truncate, &[], false);
    let (rect, response) = ui.allocate_exact_size(p.size(), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), text));
    if ui.is_rect_visible(rect) {
        p.paint(ui.painter(), rect.min);
    }
    if p.elided() {
        let (font, text) = (font.clone(), text.to_owned());
        response.on_hover_ui(move |ui| {
            ui.set_max_width(480.0);
            show(
                ui,
                &text,
                &font,
                ui.visuals().text_color(),
                ui.available_width().max(font.size * 4.0),
                None,
            );
        })
    } else {
        response
    }
}
