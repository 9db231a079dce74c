//! Widgets: a paragraph that reports the byte clicked, labels, table cells, tooltips and text
//! for any egui widget, all in reading order.

use eframe::egui::{self, Color32, FontId, Response, Sense, TextWrapMode, Ui, WidgetInfo, WidgetText};

use super::direction::has_rtl;
use super::layout::{Paragraph, line_galley};

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
    styled(ui, text, font, color)
}

/// A message of the interface as a label: egui's own label when it has no right-to-left
/// letter (English stays as egui draws it), [`label`] otherwise.
pub fn message(ui: &mut Ui, text: &str) -> Response {
    if has_rtl(text) { label(ui, text) } else { ui.label(text) }
}

/// A message in weak colour (`ui.weak`), wrapped as [`label`] is.
pub fn weak(ui: &mut Ui, text: &str) -> Response {
    if !has_rtl(text) {
        return ui.weak(text);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().weak_text_color();
    styled(ui, text, font, color)
}

/// A message in strong colour (`ui.strong`).
pub fn strong(ui: &mut Ui, text: &str) -> Response {
    if !has_rtl(text) {
        return ui.strong(text);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().strong_text_color();
    styled(ui, text, font, color)
}

/// A heading (`ui.heading`).
pub fn heading(ui: &mut Ui, text: &str) -> Response {
    if !has_rtl(text) {
        return ui.heading(text);
    }
    let font = egui::TextStyle::Heading.resolve(ui.style());
    let color = ui.visuals().strong_text_color();
    styled(ui, text, font, color)
}

/// A message in a colour (`ui.colored_label`).
pub fn colored(ui: &mut Ui, color: Color32, text: &str) -> Response {
    if !has_rtl(text) {
        return ui.colored_label(color, text);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    styled(ui, text, font, color)
}

/// A label in a font and colour, wrapped or truncated as the ui says (see [`label`]).
pub fn styled(ui: &mut Ui, text: &str, font: FontId, color: Color32) -> Response {
    let available = ui.available_width();
    let (wrap, truncate) = match ui.wrap_mode() {
        TextWrapMode::Wrap if available.is_finite() && available > font.size => (available, None),
        TextWrapMode::Truncate if available.is_finite() => (f32::INFINITY, Some(available.max(0.0))),
        _ => (f32::INFINITY, None),
    };
    show(ui, text, &font, color, wrap, truncate, None)
}

/// Same with a font and colour, no wrapping, truncated with «…» (at the logical end of the
/// text) to `max_width` if given (for timeline labels and table cells). A truncated label
/// shows the whole text on hover.
pub fn label_with(ui: &mut Ui, text: &str, font: FontId, color: Color32, max_width: Option<f32>) -> Response {
    show(ui, text, &font, color, f32::INFINITY, max_width.map(|w| w.max(0.0)), None)
}

/// A table cell `width` wide: one line, cut with «…» to fit (the whole text on hover), and
/// right-aligned when it reads right to left: «قمة مينسك.txt» ends at the cell's right edge.
pub fn cell(ui: &mut Ui, text: &str, font: FontId, color: Color32, width: f32) -> Response {
    let width = width.max(0.0);
    show(ui, text, &font, color, f32::INFINITY, Some(width), Some(width))
}

/// Text for any egui widget that takes text — a button, a menu item, a combo box's choice, a
/// window's title: `ui.button(text::widget_text(ui, &name))`. Arabic comes as a galley in
/// reading order (one line, the body font, the widget's colour); other text is left to egui.
pub fn widget_text(ui: &Ui, text: &str) -> WidgetText {
    if !has_rtl(text) {
        return WidgetText::from(text);
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    WidgetText::Galley(line_galley(ui.ctx(), text, font, Color32::PLACEHOLDER))
}

/// A window's title, in reading order: `egui::Window::new(text::window_title(ctx, &title))`.
pub fn window_title(ctx: &egui::Context, text: &str) -> WidgetText {
    if !has_rtl(text) {
        return WidgetText::from(text);
    }
    let font = egui::TextStyle::Heading.resolve(&ctx.global_style());
    WidgetText::Galley(line_galley(ctx, text, font, Color32::PLACEHOLDER))
}

/// Lines one under the other, each in its own direction and colour, the right-to-left ones
/// right-aligned: the body of a tooltip («العنوان», «2022-12-19 — 2022-12-19», …). Lines
/// wrap at the ui's maximum width.
pub fn lines(ui: &mut Ui, lines: &[(&str, Color32)]) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let wrap = ui.max_rect().width().clamp(font.size * 4.0, 480.0);
    let paragraphs: Vec<Paragraph> = lines
        .iter()
        .map(|&(text, color)| Paragraph::build(ui.ctx(), text, None, &font, color, wrap, None, &[], false))
        .collect();
    let width = paragraphs.iter().map(|p| p.size().x).fold(0.0, f32::max);
    for (p, &(text, _)) in paragraphs.iter().zip(lines) {
        let (rect, response) = ui.allocate_exact_size(egui::vec2(width, p.size().y), Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), text));
        let x = if p.direction().is_rtl() { rect.right() - p.size().x } else { rect.left() };
        p.paint(ui.painter(), egui::pos2(x, rect.top()));
    }
}

/// A tooltip of one or more lines (split at `\n`), each in reading order: the drop-in for
/// `response.on_hover_text(text)`.
pub fn hover_text(response: Response, text: impl Into<String>) -> Response {
    let text = text.into();
    response.on_hover_ui(move |ui| {
        let color = ui.visuals().text_color();
        let rows: Vec<(&str, Color32)> = text.split('\n').map(|l| (l, color)).collect();
        lines(ui, &rows);
    })
}

/// Lays out and shows `text`; with `cell_width`, takes that width and right-aligns
/// right-to-left text in it.
fn show(
    ui: &mut Ui,
    text: &str,
    font: &FontId,
    color: Color32,
    wrap: f32,
    truncate: Option<f32>,
    cell_width: Option<f32>,
) -> Response {
    let p = Paragraph::build(ui.ctx(), text, None, font, color, wrap, truncate, &[], false);
    let size = egui::vec2(cell_width.unwrap_or(p.size().x), p.size().y);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(egui::Role::Label, ui.is_enabled(), text));
    if ui.is_rect_visible(rect) {
        let x = if p.direction().is_rtl() { rect.right() - p.size().x } else { rect.left() };
        p.paint(ui.painter(), egui::pos2(x, rect.top()));
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
                None,
            );
        })
    } else {
        response
    }
}
