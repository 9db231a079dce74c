//! A text field that shows Arabic in reading order while it is not being edited.
//!
//! egui's `TextEdit` lays every line out left to right, so «قمة مينسك في 19 ديسمبر» typed into
//! one reads backwards, word by word. Its caret and selection work on that left-to-right galley,
//! so a bidi layout cannot simply be swapped in. Instead, while the field has no focus, its own
//! text is drawn transparent and the same text is painted over it with our bidi layout
//! (right-aligned, wrapped in a multi-line field). While it has focus the raw field shows, and
//! [`field_preview`] can show the reading order beneath it.

use eframe::egui::{self, Color32, Id, Response, TextEdit, Ui};

use super::direction::has_rtl;
use super::layout::Paragraph;

/// Adds `edit` (built over `text` by the caller: hint, width, rows…) with the id `id`.
///
/// ```ignore
/// let r = text::field(ui, Id::unique("title"), &mut title, |t| TextEdit::singleline(t));
/// ```
pub fn field(
    ui: &mut Ui,
    id: Id,
    text: &mut String,
    edit: impl for<'a> FnOnce(&'a mut String) -> TextEdit<'a>,
) -> Response {
    let overlay = has_rtl(text) && !ui.memory(|m| m.has_focus(id));
    let mut widget = edit(text).id(id);
    if overlay {
        widget = widget.text_color(Color32::TRANSPARENT);
    }
    let out = widget.show(ui);
    if overlay {
        // A single-line field never wraps; a multi-line one wraps at its width.
        let wrapped = out.galley.rows.len() > 1;
        // The text's own rect is only as wide as its (left-to-right) galley: the field's is the
        // whole frame, less the same margin on both sides.
        let frame = out.response.response.rect;
        let margin = (out.text_clip_rect.left() - frame.left()).max(0.0);
        let area = frame.shrink2(egui::vec2(margin, 1.0));
        paint_reading_order(ui, text, area, out.galley_pos.y, wrapped);
    }
    out.response.response
}

/// Shows `text` in reading order, dimmed, when it holds Arabic and the field `id` has focus:
/// what the raw field cannot show while the user types.
pub fn field_preview(ui: &mut Ui, id: Id, text: &str) -> bool {
    if !has_rtl(text) || !ui.memory(|m| m.has_focus(id)) {
        return false;
    }
    ui.scope(|ui| {
        ui.style_mut().visuals.override_text_color = Some(ui.visuals().weak_text_color());
        super::label(ui, text);
    });
    true
}

/// Paints `text` in `area`, right-aligned when it reads right to left: wrapped from the
/// field's first line (`top`), or on one line centred vertically and cut with «…».
fn paint_reading_order(ui: &Ui, text: &str, area: egui::Rect, top: f32, wrapped: bool) {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let width = area.width().max(font.size);
    let p = if wrapped {
        Paragraph::build(ui.ctx(), text, None, &font, color, width, None, &[], true)
    } else {
        Paragraph::build(ui.ctx(), text, None, &font, color, f32::INFINITY, Some(width), &[], false)
    };
    let x = if p.direction().is_rtl() { area.right() - p.size().x } else { area.left() };
    let y = if wrapped { top } else { area.center().y - p.size().y / 2.0 };
    p.paint(&ui.painter().with_clip_rect(area), egui::pos2(x, y));
}
