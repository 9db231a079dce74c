//! Painting one frame of the timeline: lanes and their names, the selected and filtered
//! intervals, marks (points, bars, clusters), the links between a grouped event's marks,
//! labels placed by the domain's ranking, the axis, and the tooltips.

use super::geometry::{Geometry, HEADER_H};
use super::{Look, axis, distance};
use crate::timeline::axis::day_number;
use crate::timeline::category::CATEGORIES;
use crate::timeline::labels::{self, LabelWish, Occupancy};
use crate::timeline::lanes::{LaneKind, Lanes};
use crate::timeline::marks::{MarkKind, MarkLayout};
use crate::timeline::style::{Rgb, article_color, lane_color, opacity};
use crate::timeline::{Event, EventId, Timeline};
use crate::ui::event_list::{EventList, short_date};
use crate::ui::i18n::tr;
use crate::ui::text;
use eframe::egui::{self, Color32, FontId, Painter, Pos2, Rect, Stroke, Vec2};
use std::collections::BTreeSet;

/// At most this many labels are tried per frame (the rest would be thinned away anyway).
const LABEL_BUDGET: usize = 300;
/// Labels are cut to this many characters.
const LABEL_CHARS: usize = crate::timeline::HEADLINE_CHARS;

/// What one frame needs.
pub struct Frame<'a> {
    pub ui: &'a egui::Ui,
    pub painter: &'a Painter,
    pub g: &'a Geometry,
    pub t: &'a Timeline,
    pub list: &'a EventList,
    pub selected: Option<EventId>,
    pub marked: &'a BTreeSet<EventId>,
    pub look: &'a Look,
}

/// What was drawn, for hit-testing and tests.
#[derive(Default)]
pub struct Drawn {
    /// Each drawn event mark (an event in several lanes has several).
    pub events: Vec<(EventId, Rect)>,
    hits: Vec<(Rect, usize)>,
    /// Each cluster drawn: where, and its mark (an index of the layout's marks); its events
    /// are looked up only when asked (a cluster of a million events is not copied each frame).
    pub clusters: Vec<(Rect, usize)>,
    pub lane_headers: Vec<(String, Rect)>,
    /// Each label drawn, by its event.
    pub labels: Vec<(EventId, Rect)>,
}

impl Drawn {
    /// The event under `p`, the nearest if several.
    pub fn hit(&self, p: Pos2) -> Option<usize> {
        self.hits
            .iter()
            .filter(|(r, _)| r.expand(3.0).contains(p))
            .min_by(|a, b| distance(p, &a.0).total_cmp(&distance(p, &b.0)))
            .map(|(_, i)| *i)
    }
}

fn color(rgb: Rgb, alpha: f32) -> Color32 {
    Color32::from_rgba_unmultiplied(rgb[0], rgb[1], rgb[2], (alpha.clamp(0.0, 1.0) * 255.0) as u8)
}

/// A mark's colour: its article's, its lane's, or (one lane) its category's.
fn mark_rgb(kind: LaneKind, lanes: &Lanes, lane: u32, e: &Event) -> Rgb {
    match kind {
        LaneKind::Articles => article_color(e.article),
        LaneKind::One => match e.category.as_deref() {
            Some(c) => lane_color(CATEGORIES.iter().position(|(id, _)| *id == c).unwrap_or(CATEGORIES.len())),
            None => [110, 110, 110],
        },
        _ => lanes.lanes.get(lane as usize).map_or([110, 110, 110], |l| l.color),
    }
}

impl Frame<'_> {
    pub fn paint(
        &self,
        lanes: &Lanes,
        marks: &MarkLayout,
        ppd: f64,
        folded: &BTreeSet<String>,
        today: Option<chrono::NaiveDate>,
    ) -> Drawn {
        let (g, p, t) = (self.g, self.painter, self.t);
        let visuals = self.ui.visuals();
        let area = g.lanes_area();
        let mut drawn = Drawn::default();
        // Lanes: stripes and the name bars.
        for i in 0..lanes.lanes.len() {
            let r = g.lane_rect(i).intersect(area);
            if r.height() <= 0.0 {
                continue;
            }
            if i % 2 == 1 {
                p.rect_filled(r, 0.0, visuals.faint_bg_color);
            }
        }
        self.paint_intervals(area);
        axis::paint(self.ui, p, g, self.look);
        self.paint_today(area, today);
        // Marks, and what the labels must keep clear of.
        let mut taken =
            Occupancy::new(labels::Rect::new(area.left(), area.top(), area.right(), area.bottom()));
        let sel = self.selected.and_then(|id| t.position(id));
        let mut wishes: Vec<(usize, Rect)> = Vec::new();
        let mut selected_marks: Vec<Rect> = Vec::new();
        for (k, m) in marks.marks.iter().enumerate() {
            let lane = m.lane as usize;
            let name = lanes.lanes.get(lane).map(|l| l.name.as_str()).unwrap_or("");
            if folded.contains(name) {
                continue;
            }
            let (a, z) = g.span_abs(m.x0, m.x1, ppd);
            if z < area.left() - 4.0 || a > area.right() + 4.0 {
                continue;
            }
            let y = g.row_y(lane, m.row);
            if y < area.top() + HEADER_H / 2.0 || y > area.bottom() {
                continue;
            }
            let first = &t.events[m.first];
            let rgb = mark_rgb(lanes.kind, lanes, m.lane, first);
            let rect = match m.kind {
                MarkKind::Cluster => {
                    let r =
                        Rect::from_x_y_ranges(a.max(area.left())..=z.min(area.right()), y - 6.5..=y + 6.5);
                    p.rect_filled(r, 6.5, color(rgb, 0.25));
                    p.rect_stroke(r, 6.5, Stroke::new(1.0, color(rgb, 0.9)), egui::StrokeKind::Inside);
                    let count = text::line_galley(
                        self.ui.ctx(),
                        &format!("{}", m.count()),
                        FontId::proportional(11.0),
                        visuals.strong_text_color(),
                    );
                    p.galley(r.center() - count.size() / 2.0, count, visuals.strong_text_color());
                    drawn.clusters.push((r, k));
                    taken.add(to_label_rect(r));
                    continue;
                }
                MarkKind::Point => {
                    let c = Pos2::new((a + z) / 2.0, y);
                    p.circle_filled(
                        c,
                        5.0,
                        color(rgb, opacity(first.range.granularity, first.flags.approximate)),
                    );
                    Rect::from_center_size(c, Vec2::splat(10.0))
                }
                MarkKind::Bar => {
                    let r = Rect::from_x_y_ranges(
                        a.max(area.left() - 4.0)..=z.min(area.right() + 4.0),
                        y - 5.0..=y + 5.0,
                    );
                    p.rect_filled(
                        r,
                        3.0,
                        color(rgb, opacity(first.range.granularity, first.flags.approximate)),
                    );
                    r
                }
            };
            let i = m.first;
            if first.pinned {
                p.circle_stroke(rect.center(), 7.5, Stroke::new(1.5, Color32::from_rgb(230, 170, 0)));
            }
            if self.marked.contains(&first.id) {
                p.rect_stroke(rect.expand(2.0), 3.0, visuals.selection.stroke, egui::StrokeKind::Outside);
            }
            if Some(i) == sel {
                p.rect_stroke(
                    rect.expand(3.0),
                    4.0,
                    Stroke::new(2.0, visuals.strong_text_color()),
                    egui::StrokeKind::Outside,
                );
                selected_marks.push(rect);
            }
            taken.add(to_label_rect(rect.expand(1.0)));
            drawn.hits.push((rect, i));
            drawn.events.push((first.id, rect));
            wishes.push((i, rect));
        }
        // A grouped event is in the lane of each source: its marks are linked.
        if selected_marks.len() > 1 {
            selected_marks.sort_by(|a, b| a.center().y.total_cmp(&b.center().y));
            for w in selected_marks.windows(2) {
                let (a, b) = (w[0].center_bottom(), w[1].center_top());
                p.line_segment([a, b], Stroke::new(1.5, visuals.strong_text_color().gamma_multiply(0.6)));
            }
        }
        // Lane names, on top, kept clear by labels.
        for (i, lane) in lanes.lanes.iter().enumerate() {
            let r = g.lane_rect(i);
            let header = Rect::from_min_size(r.min, Vec2::new(area.width(), HEADER_H));
            if header.bottom() < area.top() || header.top() > area.bottom() || lanes.kind == LaneKind::One {
                continue;
            }
            let shown = lane_name(lanes.kind, &lane.name);
            let count = crate::ui::i18n::localize_digits(&lane.count.to_string());
            let name = format!("{}  ({count})", shown.chars().take(48).collect::<String>());
            let galley =
                text::line_galley(self.ui.ctx(), &name, FontId::proportional(12.0), color(lane.color, 1.0));
            // The name and its fold arrow at the side reading starts from.
            let rtl = crate::ui::mirror::is_rtl();
            let (arrow_x, at) = if rtl {
                (r.right() - 9.0, Pos2::new(r.right() - 18.0 - galley.size().x, r.top() + 1.0))
            } else {
                (r.left() + 9.0, Pos2::new(r.left() + 18.0, r.top() + 1.0))
            };
            let name_rect = Rect::from_min_size(at, galley.size()).expand(2.0);
            p.rect_filled(name_rect, 2.0, visuals.extreme_bg_color.gamma_multiply(0.85));
            p.galley(at, galley, visuals.text_color());
            // The fold arrow: a triangle pointing down (open) or to the name (folded).
            let c = Pos2::new(arrow_x, r.top() + HEADER_H / 2.0);
            let side = if rtl { -1.0 } else { 1.0 };
            let points = if folded.contains(&lane.name) {
                vec![
                    c + Vec2::new(-3.0 * side, -5.0),
                    c + Vec2::new(4.0 * side, 0.0),
                    c + Vec2::new(-3.0 * side, 5.0),
                ]
            } else {
                vec![c + Vec2::new(-5.0, -3.0), c + Vec2::new(5.0, -3.0), c + Vec2::new(0.0, 4.0)]
            };
            p.add(egui::Shape::convex_polygon(points, visuals.text_color(), Stroke::NONE));
            let hit = if rtl {
                Rect::from_min_max(
                    Pos2::new(name_rect.left(), r.top()),
                    Pos2::new(r.right(), name_rect.bottom()),
                )
            } else {
                Rect::from_min_max(r.min, name_rect.max)
            };
            taken.add(to_label_rect(hit));
            drawn.lane_headers.push((lane.name.clone(), hit));
        }
        drawn.labels = self.paint_labels(&mut wishes, &mut taken, area);
        drawn
    }

    /// The selected event's interval, and the search's date window (outside it is shaded).
    fn paint_intervals(&self, area: Rect) {
        let (g, p, t) = (self.g, self.painter, self.t);
        let visuals = self.ui.visuals();
        if let Some(e) = self.selected.and_then(|id| t.event(id)) {
            let (a, z) = g.span(day_number(e.range.start), day_number(e.range.end) + 1.0);
            let band = Rect::from_x_y_ranges(a..=z.max(a + 2.0), area.top()..=area.bottom());
            p.rect_filled(band, 0.0, visuals.selection.bg_fill.gamma_multiply(0.3));
        }
        let f = &self.list.filter;
        let shade = visuals.extreme_bg_color.gamma_multiply(0.6);
        // Before «from» and after «to»: on whichever side time puts them.
        let limits = [(f.from.map(day_number), false), (f.to.map(|d| day_number(d) + 1.0), true)];
        for (day, later) in limits.into_iter().filter_map(|(d, later)| Some((d?, later))) {
            let (a, z) = g.side_of(day, later);
            p.rect_filled(Rect::from_x_y_ranges(a..=z, area.top()..=area.bottom()), 0.0, shade);
            let x = g.x(day).clamp(area.left(), area.right());
            p.line_segment([Pos2::new(x, area.top()), Pos2::new(x, area.bottom())], visuals.selection.stroke);
        }
    }

    fn paint_today(&self, area: Rect, today: Option<chrono::NaiveDate>) {
        let today = day_number(today.unwrap_or_else(|| chrono::Local::now().date_naive()));
        let x = self.g.x(today + 0.5);
        if area.x_range().contains(x) {
            self.painter.line_segment(
                [Pos2::new(x, area.top()), Pos2::new(x, area.bottom())],
                Stroke::new(1.5, Color32::from_rgb(200, 60, 60)),
            );
        }
    }

    /// Labels, the important events first ([`labels::label_rank`]), where there is room.
    fn paint_labels(
        &self,
        wishes: &mut Vec<(usize, Rect)>,
        taken: &mut Occupancy,
        area: Rect,
    ) -> Vec<(EventId, Rect)> {
        let mut drawn = Vec::new();
        let (t, p) = (self.t, self.painter);
        let visuals = self.ui.visuals();
        let sel = self.selected.and_then(|id| t.position(id));
        wishes.sort_by_cached_key(|(i, r)| {
            (labels::label_rank(t, &t.events[*i], Some(*i) == sel), r.center().x as i32)
        });
        wishes.dedup_by_key(|(i, _)| *i);
        let font = FontId::proportional(12.0);
        let bounds = labels::Rect::new(area.left(), area.top(), area.right(), area.bottom());
        for &(i, mark) in wishes.iter().take(LABEL_BUDGET) {
            let e = &t.events[i];
            let title: String = if e.title.chars().count() > LABEL_CHARS {
                e.title.chars().take(LABEL_CHARS - 1).chain(['…']).collect()
            } else {
                e.title.clone()
            };
            let galley = text::line_galley(self.ui.ctx(), &title, font.clone(), visuals.text_color());
            let size = galley.size();
            let wish = LabelWish { mark: to_label_rect(mark), width: size.x, height: size.y };
            if let Some(r) = labels::place_labels(&[wish], taken, bounds)[0] {
                let r = Rect::from_min_max(Pos2::new(r.x0, r.y0), Pos2::new(r.x1, r.y1));
                p.rect_filled(r.expand(1.0), 2.0, visuals.extreme_bg_color.gamma_multiply(0.8));
                p.galley(r.min, galley, visuals.text_color());
                drawn.push((e.id, r));
            }
        }
        drawn
    }
}

fn to_label_rect(r: Rect) -> labels::Rect {
    labels::Rect::new(r.left(), r.top(), r.right(), r.bottom())
}

/// An event's tooltip: the date as written and normalised, the headline, its sources, the
/// sentence and the article.
pub fn event_tooltip(ui: &mut egui::Ui, t: &Timeline, e: &Event) {
    ui.set_max_width(440.0);
    text::label(ui, &format!("«{}»", e.date_text));
    ui.monospace(crate::ui::i18n::localize_digits(&short_date(e)));
    text::label_with(ui, &e.title, FontId::proportional(15.0), ui.visuals().strong_text_color(), Some(430.0));
    let sources = t.sources_of(e).len();
    if sources > 1 {
        text::weak(ui, &tr!("timeline-reported-by", count = sources));
    }
    let sentence = t.sentence_of(e);
    if !sentence.is_empty() {
        let short: String = sentence.chars().take(280).collect();
        text::label_with(ui, &short, FontId::proportional(13.0), ui.visuals().text_color(), Some(430.0));
    }
    text::label_with(
        ui,
        t.title_of_article(e.article),
        FontId::proportional(12.0),
        ui.visuals().weak_text_color(),
        Some(430.0),
    );
}

/// A cluster's tooltip: its events (the first dozen) and how many more.
pub fn cluster_tooltip(ui: &mut egui::Ui, t: &Timeline, events: &[usize]) {
    ui.set_max_width(440.0);
    text::strong(ui, &tr!("timeline-cluster", count = events.len()));
    for &i in events.iter().take(12) {
        let e = &t.events[i];
        text::label_with(
            ui,
            &format!("{} — {}", short_date(e), e.title),
            FontId::proportional(13.0),
            ui.visuals().text_color(),
            Some(430.0),
        );
    }
    if events.len() > 12 {
        text::weak(ui, &tr!("timeline-cluster-more", count = events.len() - 12));
    }
}

/// A lane's name as the header shows it: the domain's placeholders for an empty key («(unknown
/// source)», «(none)», «(no tag)») in the interface's language, other names as they are.
fn lane_name(kind: LaneKind, name: &str) -> String {
    match (kind, name) {
        (LaneKind::Sources, "(unknown source)") => tr!("lane-unknown-source"),
        (LaneKind::Categories, "(none)") => tr!("lane-no-category"),
        (LaneKind::Tags, "(no tag)") => tr!("lane-no-tag"),
        _ => name.to_string(),
    }
}
