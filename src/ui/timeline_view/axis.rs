//! The timeline's axis: ticks with their dates, and above them the tier that says which month
//! or year they are in («ديسمبر 2022» over its days), and optionally the Hijri tier. A band's
//! name stays in view while any of the band is (it slides along its visible part).

use super::Look;
use super::geometry::{Geometry, TICKS_H, TIER_H};
use crate::timeline::axis::{Band, context_bands, day_number, hijri_bands, ticks};
use crate::ui::text;
use eframe::egui::{self, FontId, Painter, Pos2, Rect, Stroke};

pub fn paint(ui: &egui::Ui, p: &Painter, g: &Geometry, look: &Look) {
    let visuals = ui.visuals();
    let top = g.axis_top();
    let bottom_of_lanes = g.lanes_area().bottom();
    let max_ticks = (g.rect.width() / 110.0).max(2.0) as usize;
    let font = FontId::proportional(12.0);
    // Grid lines and tick labels.
    for tick in ticks(g.x0, g.x1, max_ticks, look.names) {
        let x = g.x(day_number(tick.day));
        let line = if tick.major {
            visuals.widgets.noninteractive.bg_stroke.color
        } else {
            visuals.faint_bg_color.gamma_multiply(2.0)
        };
        p.line_segment([Pos2::new(x, g.rect.top()), Pos2::new(x, bottom_of_lanes)], Stroke::new(1.0, line));
        let label = crate::ui::i18n::localize_digits(&tick.label);
        let galley = text::line_galley(ui.ctx(), &label, font.clone(), visuals.text_color());
        p.galley(Pos2::new(x - galley.size().x / 2.0, top + 3.0), galley, visuals.text_color());
    }
    let mut y = top + TICKS_H;
    tier(ui, p, g, &context_bands(g.x0, g.x1, max_ticks, look.names), y);
    y += TIER_H;
    if look.hijri {
        tier(ui, p, g, &hijri_bands(g.x0, g.x1, max_ticks), y);
    }
}

/// One tier of named bands, with separators at their starts.
fn tier(ui: &egui::Ui, p: &Painter, g: &Geometry, bands: &[Band], y: f32) {
    let visuals = ui.visuals();
    let font = FontId::proportional(12.0);
    let (left, right) = (g.rect.left(), g.rect.right());
    for b in bands {
        let (a, z) = g.span(day_number(b.start), day_number(b.end));
        let (a, z) = (a.max(left), z.min(right));
        if z <= a {
            continue;
        }
        // The separator where the band starts.
        let start = if g.right_to_left { z } else { a };
        p.line_segment(
            [Pos2::new(start, y), Pos2::new(start, y + TIER_H)],
            Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        );
        let label = crate::ui::i18n::localize_digits(&b.label);
        let galley = text::line_galley(ui.ctx(), &label, font.clone(), visuals.strong_text_color());
        let w = galley.size().x;
        if w + 6.0 > z - a {
            continue;
        }
        // Centred on the visible part of the band, so the name is seen whatever the pan.
        let x = ((a + z) / 2.0 - w / 2.0).clamp(a + 3.0, z - w - 3.0);
        let r = Rect::from_min_size(Pos2::new(x, y + 1.0), galley.size());
        p.galley(r.min, galley, visuals.strong_text_color());
    }
}
