//! The timeline: lanes (by article, source, category, tag, or one), time across. Marks of the
//! same days stack in rows; crowds gather into counted clusters; labels go to the important
//! events and never cover a mark. Wheel zooms, drag pans, Shift+wheel scrolls the lanes,
//! Shift+drag selects a box of events; a click on a lane's name folds it.
//!
//! The layout (lanes, rows, clusters, label order) is the domain's
//! (`crate::timeline::{lanes, marks, labels}`), shared with the exported picture; this module
//! paints it and turns pointer and keys into actions.

mod axis;
mod geometry;
mod paint;

use super::event_list::EventList;
use crate::timeline::axis::{MonthNames, day_number};
use crate::timeline::lanes::{LaneKind, Lanes};
use crate::timeline::marks::{MarkInput, MarkLayout, place};
use crate::timeline::{EventId, Timeline};
use eframe::egui::{self, Pos2, Rect, Sense};
use geometry::Geometry;
use std::collections::BTreeSet;

/// What the user did on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineAction {
    /// Clicked an event.
    Select(EventId),
    /// Ctrl-clicked an event: in or out of the selection of several.
    Toggle(EventId),
    /// Dragged a box (Shift+drag) over these events.
    SelectMany(Vec<EventId>),
}

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
    /// Lanes folded by the user (by name).
    pub collapsed: BTreeSet<String>,
    zoom: Option<f64>,
    pan: f64,
    /// How far the lanes are scrolled down, in points.
    scroll_y: f32,
    /// Where a Shift+drag box started.
    box_from: Option<Pos2>,
    /// Where each event's mark was drawn last frame (tests look at markers through this).
    pub drawn: Vec<(EventId, Rect)>,
    /// Clusters drawn last frame: where, and the events in each.
    /// Clusters drawn last frame: where, and their mark in the layout ([`Self::cluster_events`]).
    pub clusters: Vec<(Rect, usize)>,
    /// Lanes drawn last frame: name and rect.
    pub lanes_drawn: Vec<(String, Rect)>,
    /// Labels drawn last frame: the event and where its label is.
    pub labels_drawn: Vec<(EventId, Rect)>,
    cache: Cache,
}

/// Lanes and marks, worked out again only when the events, the filter, the lanes or the zoom
/// change — not every frame.
#[derive(Default)]
struct Cache {
    lanes_key: Option<(u64, u64, LaneKind)>,
    lanes: Lanes,
    marks_key: Option<(u64, u64, LaneKind, u64, u16)>,
    marks: MarkLayout,
    /// Pixels per day the marks were laid out at.
    ppd: f64,
}

/// How the view is asked to look.
pub struct Look {
    pub names: MonthNames,
    pub lanes: LaneKind,
    pub hijri: bool,
    /// Time runs right to left (the first day at the right).
    pub right_to_left: bool,
}

/// Which way time runs across the timeline (View → Time runs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum TimeDirection {
    /// As the interface reads: right to left in Arabic, left to right in English.
    #[default]
    AsInterface,
    LeftToRight,
    RightToLeft,
}

impl TimeDirection {
    /// Whether time runs right to left in an interface in `language`.
    pub fn right_to_left(self, language: crate::ui::i18n::Language) -> bool {
        match self {
            TimeDirection::AsInterface => language.is_rtl(),
            TimeDirection::LeftToRight => false,
            TimeDirection::RightToLeft => true,
        }
    }
}

impl TimelineView {
    /// Zooms by a factor (< 1 zooms in) around the centre.
    pub fn zoom_by(&mut self, factor: f64) {
        self.zoom = Some(self.zoom.unwrap_or(1.0) * factor);
    }

    /// The events of cluster mark `k` of the layout drawn last.
    pub fn cluster_events<'a>(&'a self, t: &'a Timeline, k: usize) -> impl Iterator<Item = EventId> + 'a {
        self.cache
            .marks
            .marks
            .get(k)
            .into_iter()
            .flat_map(|m| m.events())
            .filter_map(|i| t.events.get(i))
            .map(|e| e.id)
    }

    /// The lanes drawn (for the lane menu and tests).
    pub fn lanes(&self) -> &Lanes {
        &self.cache.lanes
    }

    /// Shows the window `from..to` (days since 1970) on the next frame, with a margin.
    pub fn show_window(&mut self, from: f64, to: f64) {
        let margin = ((to - from) * 0.05).max(3.0);
        self.view = Some((from - margin, to + margin));
    }

    /// The x extent of the shown events, with a margin.
    fn extent(t: &Timeline, list: &EventList) -> (f64, f64) {
        match list.extent(t) {
            Some((lo, hi)) => {
                let margin = ((hi - lo) * 0.05).max(15.0);
                (lo - margin, hi + margin)
            }
            None => {
                let today = day_number(chrono::Local::now().date_naive());
                (today - 365.0, today + 30.0)
            }
        }
    }

    /// Keys: `+`/`-` zoom, the arrows pan (toward the side pressed, whichever way time runs),
    /// Home fits everything.
    fn keys(&mut self, ui: &egui::Ui, right_to_left: bool) {
        if ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        ui.input(|i| {
            let zoom_in = i.num_presses(egui::Key::Plus) + i.num_presses(egui::Key::Equals);
            for _ in 0..zoom_in {
                self.zoom_by(0.5);
            }
            for _ in 0..i.num_presses(egui::Key::Minus) {
                self.zoom_by(2.0);
            }
            let towards_right =
                i.num_presses(egui::Key::ArrowRight) as f64 - i.num_presses(egui::Key::ArrowLeft) as f64;
            self.pan += 0.2 * if right_to_left { -towards_right } else { towards_right };
            if i.key_pressed(egui::Key::Home) {
                self.fit_all = true;
            }
        });
    }

    /// The time window of this frame: last frame's, fitted, zoomed, panned or moved to an
    /// event as asked.
    fn window(&mut self, t: &Timeline, list: &EventList) -> (f64, f64) {
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
        // Never narrower than a day, never wider than chrono's range.
        if x1 - x0 < 1.0 {
            let c = (x0 + x1) / 2.0;
            (x0, x1) = (c - 0.5, c + 0.5);
        }
        (x0.max(-3.0e6), x1.min(3.0e6))
    }

    /// The lanes of what the list shows.
    fn refresh_lanes(&mut self, t: &Timeline, list: &EventList, generation: u64, kind: LaneKind) {
        let key = (generation, list.revision(), kind);
        if self.cache.lanes_key != Some(key) {
            self.cache.lanes = Lanes::build(t, list.mask(), kind);
            self.cache.lanes_key = Some(key);
            self.cache.marks_key = None;
        }
    }

    /// The marks at `ppd` pixels per day, with at most `rows` rows per lane.
    fn refresh_marks(&mut self, t: &Timeline, ppd: f64, rows: u16) {
        let Some((generation, revision, kind)) = self.cache.lanes_key else { return };
        // Zooming by less than 2% keeps the layout: a wheel zoom does not re-lay every frame.
        let bucket = (ppd.ln() * 50.0).round() as i64 as u64;
        let key = (generation, revision, kind, bucket, rows);
        if self.cache.marks_key == Some(key) {
            return;
        }
        let ppd = (bucket as i64 as f64 / 50.0).exp();
        let inputs: Vec<MarkInput> = self
            .cache
            .lanes
            .members
            .iter()
            .map(|&(lane, i)| {
                let e = &t.events[i];
                let x0 = (day_number(e.range.start) * ppd) as f32;
                let x1 = ((day_number(e.range.end) + 1.0) * ppd) as f32;
                MarkInput { lane, event: i, x0, x1 }
            })
            .collect();
        self.cache.marks = place(&inputs, self.cache.lanes.lanes.len(), rows);
        self.cache.marks_key = Some(key);
        self.cache.ppd = ppd;
    }

    /// A scroll bar at the end side of the lanes (right in English, left in Arabic) when there
    /// are more than fit: drag it, or Shift+wheel over the lanes.
    fn scrollbar(&mut self, ui: &egui::Ui, g: &Geometry) {
        let room = g.scroll_room();
        if room <= 0.0 {
            return;
        }
        let area = g.lanes_area();
        let x = if crate::ui::mirror::is_rtl() {
            area.left() + 2.0..=area.left() + 10.0
        } else {
            area.right() - 10.0..=area.right() - 2.0
        };
        let track = Rect::from_x_y_ranges(x, area.top()..=area.bottom());
        let visible = area.height() / (area.height() + room);
        let thumb_h = (track.height() * visible).max(24.0);
        let top = track.top() + (track.height() - thumb_h) * (self.scroll_y / room);
        let thumb = Rect::from_x_y_ranges(track.x_range(), top..=top + thumb_h);
        let response = ui.interact(track, egui::Id::unique("timeline lanes scroll"), Sense::click_and_drag());
        if response.dragged() {
            let per_point = room / (track.height() - thumb_h).max(1.0);
            self.scroll_y = (self.scroll_y + response.drag_delta().y * per_point).clamp(0.0, room);
        }
        let visuals = ui.visuals();
        ui.painter().rect_filled(track, 4.0, visuals.extreme_bg_color.gamma_multiply(0.6));
        let color = if response.hovered() || response.dragged() {
            visuals.widgets.hovered.bg_fill
        } else {
            visuals.widgets.inactive.bg_fill
        };
        ui.painter().rect_filled(thumb, 4.0, color);
    }

    /// Shows the timeline; returns what the user did on it.
    #[allow(clippy::too_many_arguments)]
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        t: &Timeline,
        list: &EventList,
        generation: u64,
        selected: Option<EventId>,
        marked: &BTreeSet<EventId>,
        look: &Look,
    ) -> Option<TimelineAction> {
        self.keys(ui, look.right_to_left);
        self.refresh_lanes(t, list, generation, look.lanes);
        let rect = ui.available_rect_before_wrap();
        let response = ui.allocate_rect(rect, Sense::click_and_drag());
        let (mut x0, mut x1) = self.window(t, list);
        let map = |x0, x1| Geometry::new(rect, x0, x1, look.hijri, look.right_to_left);
        // Wheel zooms around the pointer; Shift+wheel (or a sideways wheel) scrolls the lanes.
        let (scroll, shift) = ui.input(|i| (i.smooth_scroll_delta, i.modifiers.shift));
        if response.hovered()
            && let Some(p) = response.hover_pos()
        {
            let vertical = if shift { scroll.y + scroll.x } else { scroll.x };
            self.scroll_y -= vertical;
            if !shift && scroll.y != 0.0 {
                let at = map(x0, x1).day_at(p.x);
                let f = (-scroll.y as f64 * 0.003).exp();
                (x0, x1) = (at - (at - x0) * f, at + (x1 - at) * f);
            }
        }
        // Drag pans; Shift+drag draws a box that selects.
        if response.drag_started() {
            self.box_from = if shift { response.interact_pointer_pos() } else { None };
        }
        if response.dragged() && self.box_from.is_none() {
            let days = map(x0, x1).days_dragged(response.drag_delta().x);
            (x0, x1) = (x0 + days, x1 + days);
        }
        self.view = Some((x0, x1));
        let ppd = rect.width().max(1.0) as f64 / (x1 - x0);
        let mut g = map(x0, x1);
        let rows = g.rows_per_lane(self.cache.lanes.lanes.len());
        self.refresh_marks(t, ppd, rows);
        g.lay_lanes(&self.cache.lanes, &self.cache.marks, &self.collapsed);
        self.scroll_y = self.scroll_y.clamp(0.0, g.scroll_room());
        g.scroll_y = self.scroll_y;
        let painter = ui.painter_at(rect);
        let frame = paint::Frame { ui, painter: &painter, g: &g, t, list, selected, marked, look };
        let drawn =
            frame.paint(&self.cache.lanes, &self.cache.marks, self.cache.ppd, &self.collapsed, self.today);
        self.drawn = drawn.events.clone();
        self.clusters = drawn.clusters.clone();
        self.lanes_drawn = drawn.lane_headers.clone();
        self.labels_drawn = drawn.labels.clone();
        self.scrollbar(ui, &g);
        let mut action = None;
        // A box being drawn, and the events it takes when let go.
        if let Some(from) = self.box_from
            && let Some(to) = ui.ctx().pointer_interact_pos()
        {
            let r = Rect::from_two_pos(from, to);
            painter.rect_stroke(r, 0.0, ui.visuals().selection.stroke, egui::StrokeKind::Inside);
            painter.rect_filled(r, 0.0, ui.visuals().selection.bg_fill.gamma_multiply(0.2));
            if response.drag_stopped() {
                let mut ids: Vec<EventId> =
                    self.drawn.iter().filter(|(_, m)| m.intersects(r)).map(|(id, _)| *id).collect();
                for &(c, k) in &self.clusters {
                    if c.intersects(r) {
                        ids.extend(self.cluster_events(t, k));
                    }
                }
                ids.sort_unstable();
                ids.dedup();
                self.box_from = None;
                action = Some(TimelineAction::SelectMany(ids));
            }
        }
        if !response.dragged() && !response.drag_stopped() {
            self.box_from = None;
        }
        // Hover and click.
        let pointer = response.hover_pos();
        if let Some(p) = pointer {
            if let Some((name, _)) = drawn.lane_headers.iter().find(|(_, r)| r.contains(p)) {
                if response.clicked() && !self.collapsed.remove(name) {
                    self.collapsed.insert(name.clone());
                }
                crate::ui::text::hover_text(response.clone(), crate::ui::i18n::tr!("timeline-fold-lane"));
            } else if let Some(&(r, k)) = drawn.clusters.iter().find(|(r, _)| r.expand(2.0).contains(p)) {
                let events: Vec<usize> =
                    self.cache.marks.marks.get(k).map(|m| m.events().collect()).unwrap_or_default();
                if response.clicked() {
                    // Open the cluster: zoom to the days it covers.
                    let days = events.iter().map(|&i| &t.events[i].range);
                    let lo = days.clone().map(|d| day_number(d.start)).fold(f64::MAX, f64::min);
                    let hi = days.map(|d| day_number(d.end) + 1.0).fold(f64::MIN, f64::max);
                    self.show_window(lo, hi.max(lo + 1.0));
                }
                response.clone().on_hover_ui_at_pointer(|ui| paint::cluster_tooltip(ui, t, &events));
                ui.painter().rect_stroke(
                    r.expand(2.0),
                    6.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Outside,
                );
            } else if let Some(i) = drawn.hit(p) {
                let e = &t.events[i];
                if response.clicked() {
                    let ctrl = ui.input(|i| i.modifiers.command);
                    action =
                        Some(if ctrl { TimelineAction::Toggle(e.id) } else { TimelineAction::Select(e.id) });
                }
                response.clone().on_hover_ui_at_pointer(|ui| paint::event_tooltip(ui, t, e));
            }
        }
        action
    }
}

/// The size of one row of marks.
pub(crate) const ROW_H: f32 = 16.0;

/// The room given to a folded lane.
pub(crate) const FOLDED_H: f32 = 18.0;

/// Pixels from a point to the centre of a rectangle (for picking the nearest mark).
pub(crate) fn distance(p: Pos2, r: &Rect) -> f32 {
    (p - r.center()).length()
}
