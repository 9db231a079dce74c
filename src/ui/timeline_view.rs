//! The timeline: one lane per article, time on x. egui_plot gives zoom and pan; markers, bars,
//! the date axis and the (Arabic, bidi-correct) labels are painted over it.

use super::event_list::{EventList, short_date};
use super::text;
use crate::timeline::axis::{MonthNames, day_number, ticks};
use crate::timeline::category::{CATEGORIES, category_label};
use crate::timeline::style::{article_color, opacity};
use crate::timeline::{EventId, Timeline};
use eframe::egui::{self, Color32, FontId, Pos2, Rect, Stroke, Vec2};
use egui_plot::{Plot, PlotBounds};

/// Height of the date axis under the lanes.
const AXIS_HEIGHT: f32 = 24.0;
/// Width of the lane names on the left.
const LANE_LABEL_CHARS: usize = 34;
/// At most this many labels are tried per frame (the rest are thinned away anyway).
const LABEL_BUDGET: usize = 200;

#[derive(Default)]
pub struct TimelineView {
    /// The visible time window (x: days since 1970), remembered between runs.
    pub view: Option<(f64, f64)>,
    /// Fit all events on the next frame.
    pub fit_all: bool,
    /// Centre the timeline on this event on the next frame (zooming out if it is wider).
    pub reveal: Option<EventId>,
    /// The day the "today" line marks (the clock's when `None`; tests pin it).
    pub today: Option<chrono::NaiveDate>,
    zoom: Option<f64>,
    pan: f64,
    /// Where each event was drawn last frame (tests look at markers through this).
    pub drawn: Vec<(EventId, Rect)>,
}

/// What the lanes of the timeline stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Lanes {
    #[default]
    Articles,
    Categories,
}

/// The lanes: their names and each event's lane.
struct LaneLayout {
    names: Vec<(String, [u8; 3])>,
    of_event: Vec<usize>,
}

impl LaneLayout {
    fn new(t: &Timeline, lanes: Lanes) -> Self {
        match lanes {
            Lanes::Articles => LaneLayout {
                names: t
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        (e.article.title.chars().take(LANE_LABEL_CHARS).collect(), article_color(i))
                    })
                    .collect(),
                of_event: t.events.iter().map(|e| e.article).collect(),
            },
            Lanes::Categories => {
                // Built-in categories in their order, then the user's own, then events without one.
                let rank = |c: &Option<String>| match c {
                    Some(c) => CATEGORIES.iter().position(|(id, _)| id == c).unwrap_or(CATEGORIES.len()),
                    None => usize::MAX,
                };
                let mut lanes: Vec<Option<String>> = t.events.iter().map(|e| e.category.clone()).collect();
                lanes.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
                lanes.dedup();
                let of_event = t
                    .events
                    .iter()
                    .map(|e| lanes.iter().position(|c| *c == e.category).unwrap_or(0))
                    .collect();
                let grey = [90, 90, 90];
                let name = |c: &Option<String>| match c.as_deref() {
                    // «زيارة · visit»: the Arabic label and the id the editor and filters show.
                    Some(id) if category_label(id) != id => format!("{} · {id}", category_label(id)),
                    Some(id) => id.to_string(),
                    None => "(none)".to_string(),
                };
                LaneLayout { names: lanes.iter().map(|c| (name(c), grey)).collect(), of_event }
            }
        }
    }
}

struct Hit {
    rect: Rect,
    event: usize,
}

impl TimelineView {
    /// Zooms by a factor (< 1 zooms in) around the centre.
    pub fn zoom_by(&mut self, factor: f64) {
        self.zoom = Some(self.zoom.unwrap_or(1.0) * factor);
    }

    /// The x extent of the shown events, with a margin.
    fn extent(t: &Timeline, list: &EventList) -> (f64, f64) {
        let mut lo = f64::MAX;
        let mut hi = f64::MIN;
        for (i, e) in t.events.iter().enumerate() {
            if list.shows(i) {
                lo = lo.min(day_number(e.range.start));
                hi = hi.max(day_number(e.range.end) + 1.0);
            }
        }
        if lo > hi {
            let today = day_number(chrono::Local::now().date_naive());
            return (today - 365.0, today + 30.0);
        }
        let margin = ((hi - lo) * 0.05).max(15.0);
        (lo - margin, hi + margin)
    }

    fn keys(&mut self, ui: &egui::Ui) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        ui.input(|i| {
            if i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals) {
                self.zoom_by(0.5);
            }
            if i.key_pressed(egui::Key::Minus) {
                self.zoom_by(2.0);
            }
            if i.key_pressed(egui::Key::ArrowLeft) {
                self.pan -= 0.2;
            }
            if i.key_pressed(egui::Key::ArrowRight) {
                self.pan += 0.2;
            }
            if i.key_pressed(egui::Key::Home) {
                self.fit_all = true;
            }
        });
    }

    /// Shows the timeline; returns an event the user clicked.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        list: &EventList,
        selected: Option<EventId>,
        names: MonthNames,
        lane_kind: Lanes,
    ) -> Option<EventId> {
        self.keys(ui);
        let layout = LaneLayout::new(t, lane_kind);
        let lanes = layout.names.len().max(1);
        let fit = std::mem::take(&mut self.fit_all) || self.view.is_none();
        let (mut x0, mut x1) = if fit { Self::extent(t, list) } else { self.view.unwrap_or((0.0, 1.0)) };
        if let Some(f) = self.zoom.take() {
            let c = (x0 + x1) / 2.0;
            let half = ((x1 - x0) / 2.0 * f).max(2.0);
            (x0, x1) = (c - half, c + half);
        }
        if self.pan != 0.0 {
            let d = (x1 - x0) * std::mem::take(&mut self.pan);
            (x0, x1) = (x0 + d, x1 + d);
        }
        if let Some(e) = self.reveal.take().and_then(|id| t.event(id)) {
            let (s, u) = (day_number(e.range.start), day_number(e.range.end) + 1.0);
            let w = x1 - x0;
            if u - s > w * 0.8 {
                let m = (u - s) * 0.1;
                (x0, x1) = (s - m, u + m);
            } else {
                let c = (s + u) / 2.0;
                (x0, x1) = (c - w / 2.0, c + w / 2.0);
            }
        }
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        let response = Plot::new("timeline")
            .show_axes(false)
            .show_grid(false)
            .show_x(false)
            .show_y(false)
            .allow_zoom([true, false])
            .allow_drag([true, false])
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .set_margin_fraction(Vec2::ZERO)
            .show(ui, |pu| {
                // Wheel zooms around the pointer.
                if pu.response().hovered()
                    && scroll != 0.0
                    && let Some(p) = pu.pointer_coordinate()
                {
                    let f = (-scroll as f64 * 0.003).exp();
                    (x0, x1) = (p.x - (p.x - x0) * f, p.x + (x1 - p.x) * f);
                }
                pu.set_plot_bounds(PlotBounds::from_min_max([x0, 0.0], [x1, 1.0]));
            });
        let b = response.transform.bounds();
        self.view = Some((b.min()[0], b.max()[0]));
        let frame = *response.transform.frame();
        let to_x = |x: f64| response.transform.position_from_point_x(x);
        let painter = ui.painter_at(frame);
        let visuals = ui.visuals().clone();
        let lane_h = ((frame.height() - AXIS_HEIGHT) / lanes as f32).max(8.0);
        let lane_y = |i: usize| frame.top() + lane_h * (i as f32 + 0.5);
        // Lanes.
        for i in 0..lanes {
            if i % 2 == 1 {
                let r = Rect::from_min_size(
                    Pos2::new(frame.left(), frame.top() + lane_h * i as f32),
                    Vec2::new(frame.width(), lane_h),
                );
                painter.rect_filled(r, 0.0, visuals.faint_bg_color);
            }
        }
        // Date axis and grid.
        let axis_top = frame.bottom() - AXIS_HEIGHT;
        let max_ticks = (frame.width() / 110.0).max(2.0) as usize;
        let font_small = FontId::proportional(12.0);
        for tick in ticks(b.min()[0], b.max()[0], max_ticks, names) {
            let x = to_x(day_number(tick.day));
            let color = if tick.major {
                visuals.widgets.noninteractive.bg_stroke.color
            } else {
                visuals.faint_bg_color.gamma_multiply(2.0)
            };
            painter
                .line_segment([Pos2::new(x, frame.top()), Pos2::new(x, axis_top)], Stroke::new(1.0, color));
            let g = text::line_galley(ui.ctx(), &tick.label, font_small.clone(), visuals.text_color());
            painter.galley(Pos2::new(x - g.size().x / 2.0, axis_top + 4.0), g, visuals.text_color());
        }
        // Today.
        let today = day_number(self.today.unwrap_or_else(|| chrono::Local::now().date_naive()));
        let tx = to_x(today + 0.5);
        if frame.x_range().contains(tx) {
            painter.line_segment(
                [Pos2::new(tx, frame.top()), Pos2::new(tx, axis_top)],
                Stroke::new(1.5, Color32::from_rgb(200, 60, 60)),
            );
        }
        // The selected event's interval.
        // A grouped event is drawn once, by the event that leads its group.
        let sel = selected
            .and_then(|id| t.position(id))
            .map(|i| t.sources_of(&t.events[i]).first().copied().unwrap_or(i));
        if let Some(i) = sel {
            let e = &t.events[i];
            let (a, z) = (to_x(day_number(e.range.start)), to_x(day_number(e.range.end) + 1.0));
            let band = Rect::from_x_y_ranges(a..=z.max(a + 2.0), frame.top()..=axis_top);
            painter.rect_filled(band, 0.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        }
        // Events: bars for intervals (vaguest first, so days stay on top), then points.
        // Two passes instead of a sort (this runs every frame): intervals, then single days.
        let shown = || (0..t.events.len()).filter(|&i| list.shows(i));
        let order: Vec<usize> = shown()
            .filter(|&i| t.events[i].range.days() > 1)
            .chain(shown().filter(|&i| t.events[i].range.days() == 1))
            .collect();
        let mut hits: Vec<Hit> = Vec::new();
        // One marker per lane and pixel column is enough: a bitmap, not a hash set (per frame).
        let columns = frame.width().max(1.0) as usize + 2;
        let mut drawn_points = vec![false; lanes * columns];
        for &i in &order {
            let e = &t.events[i];
            let (a, z) = (to_x(day_number(e.range.start)), to_x(day_number(e.range.end) + 1.0));
            if z < frame.left() || a > frame.right() {
                continue;
            }
            let lane = layout.of_event[i].min(lanes - 1);
            let y = lane_y(lane);
            let [r, g, bl] = article_color(e.article);
            let alpha = opacity(e.range.granularity, e.flags.approximate);
            let color = Color32::from_rgba_unmultiplied(r, g, bl, (alpha * 255.0) as u8);
            let is_sel = Some(i) == sel;
            let rect = if e.range.days() == 1 || z - a < 6.0 {
                let c = Pos2::new((a + z) / 2.0, y);
                // Many markers on one pixel: draw one.
                let column = ((c.x - frame.left()).round().max(0.0) as usize).min(columns - 1);
                let slot = &mut drawn_points[lane * columns + column];
                if *slot && !is_sel {
                    continue;
                }
                *slot = true;
                painter.circle_filled(c, 5.0, color);
                Rect::from_center_size(c, Vec2::splat(10.0))
            } else {
                let rect = Rect::from_x_y_ranges(
                    a.max(frame.left() - 4.0)..=z.min(frame.right() + 4.0),
                    y - 5.0..=y + 5.0,
                );
                painter.rect_filled(rect, 3.0, color);
                rect
            };
            if is_sel {
                painter.rect_stroke(
                    rect.expand(3.0),
                    4.0,
                    Stroke::new(2.0, visuals.strong_text_color()),
                    egui::StrokeKind::Outside,
                );
            }
            hits.push(Hit { rect, event: i });
        }
        // Lane names: laid out first so that event labels keep clear of them.
        let lane_names: Vec<(Pos2, std::sync::Arc<egui::Galley>)> = layout
            .names
            .iter()
            .enumerate()
            .map(|(i, (name, [r, g, bl]))| {
                let color = Color32::from_rgb(*r, *g, *bl);
                let galley = text::line_galley(ui.ctx(), name, FontId::proportional(12.0), color);
                (Pos2::new(frame.left() + 4.0, frame.top() + lane_h * i as f32 + 2.0), galley)
            })
            .collect();
        // Labels, thinned so they never overlap: the selected event first, then days, then the rest.
        let mut placed: Vec<Rect> =
            lane_names.iter().map(|(pos, g)| Rect::from_min_size(*pos, g.size()).expand(2.0)).collect();
        let mut candidates: Vec<&Hit> = hits.iter().collect();
        candidates.sort_by_key(|h| {
            (Some(h.event) != sel, t.events[h.event].range.days(), (h.rect.center().x) as i32)
        });
        for h in candidates.into_iter().take(LABEL_BUDGET) {
            let e = &t.events[h.event];
            let title: String = if e.title.chars().count() > 40 {
                e.title.chars().take(39).chain(['…']).collect()
            } else {
                e.title.clone()
            };
            let g = text::line_galley(ui.ctx(), &title, font_small.clone(), visuals.text_color());
            let size = g.size();
            let above = Rect::from_min_size(
                Pos2::new(h.rect.center().x - size.x / 2.0, h.rect.top() - size.y - 1.0),
                size,
            );
            let below =
                Rect::from_min_size(Pos2::new(h.rect.center().x - size.x / 2.0, h.rect.bottom() + 1.0), size);
            let fits = |r: &Rect| {
                frame.contains_rect(*r) && r.bottom() <= axis_top && !placed.iter().any(|p| p.intersects(*r))
            };
            let spot = [above, below].into_iter().find(fits);
            if let Some(r) = spot {
                painter.rect_filled(r.expand(1.0), 2.0, visuals.extreme_bg_color.gamma_multiply(0.8));
                painter.galley(r.min, g, visuals.text_color());
                placed.push(r);
            }
        }
        self.drawn = hits.iter().map(|h| (t.events[h.event].id, h.rect)).collect();
        // Lane names on the left, over everything.
        for (pos, galley) in lane_names {
            painter.rect_filled(
                Rect::from_min_size(pos, galley.size()).expand(2.0),
                2.0,
                visuals.extreme_bg_color.gamma_multiply(0.85),
            );
            painter.galley(pos, galley, visuals.text_color());
        }
        // Hover and click.
        let pointer = response.response.hover_pos();
        let hovered = pointer.and_then(|p| {
            hits.iter()
                .filter(|h| h.rect.expand(3.0).contains(p))
                .min_by(|a, b| a.rect.center().distance(p).total_cmp(&b.rect.center().distance(p)))
                .map(|h| h.event)
        });
        let mut clicked = None;
        if let Some(i) = hovered {
            let e = &t.events[i];
            if response.response.clicked() {
                clicked = Some(e.id);
            }
            response.response.on_hover_ui_at_pointer(|ui| {
                ui.set_max_width(420.0);
                text::label(ui, &format!("«{}»", e.date_text));
                ui.monospace(short_date(e));
                text::label(ui, &e.title);
                let sources = t.sources_of(e).len();
                if sources > 1 {
                    ui.weak(format!("Reported by {sources} articles"));
                }
                let article = &t.article_of(e).title;
                text::label_with(
                    ui,
                    article,
                    FontId::proportional(12.0),
                    ui.visuals().weak_text_color(),
                    Some(400.0),
                );
            });
        }
        clicked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_lanes_come_in_the_built_in_order_with_arabic_names_and_none_last() {
        let seeds = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let t = Timeline::load(&[seeds]);
        let layout = LaneLayout::new(&t, Lanes::Categories);
        let names: Vec<&str> = layout.names.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"زيارة · visit"), "{names:?}");
        assert_eq!(names.last(), Some(&"(none)"), "{names:?}");
        let rank = |n: &str| CATEGORIES.iter().position(|(id, _)| n.ends_with(id)).unwrap_or(usize::MAX);
        assert!(names.windows(2).all(|w| rank(w[0]) <= rank(w[1])), "{names:?}");
        // Every event is in the lane of its category.
        for (e, &lane) in t.events.iter().zip(&layout.of_event) {
            let id = e.category.as_deref().unwrap_or("(none)");
            assert!(names[lane].ends_with(id), "{id} in lane {}", names[lane]);
        }
    }
}
