//! Where things are on the timeline's rectangle: days to x (time running right, or left when
//! the timeline is mirrored), lanes and rows to y (lanes have a minimum height and scroll when
//! there are more than fit), and the axis at the bottom.

use super::{FOLDED_H, ROW_H};
use crate::timeline::lanes::Lanes;
use crate::timeline::marks::MarkLayout;
use eframe::egui::{Pos2, Rect};
use std::collections::BTreeSet;

/// The lane's name bar, above its marks.
pub const HEADER_H: f32 = 16.0;
/// The smallest a lane is drawn (unfolded).
const LANE_MIN_H: f32 = HEADER_H + 2.0 * ROW_H + 6.0;
/// The lower tier of the axis (ticks and their labels), and each upper tier.
pub const TICKS_H: f32 = 20.0;
pub const TIER_H: f32 = 16.0;
/// Most rows of marks a lane gives before it gathers the rest into clusters.
const MAX_ROWS: u16 = 8;
/// Rows a lane gives however many lanes share the height: same-day events of one article
/// (three reports of one day) stack rather than cluster.
const MIN_ROWS: u16 = 4;

pub struct Geometry {
    pub rect: Rect,
    pub x0: f64,
    pub x1: f64,
    pub hijri: bool,
    /// Time runs right to left: the first day at the right edge.
    pub right_to_left: bool,
    /// Lanes' (top, height) before scrolling, relative to the lanes' area.
    pub lanes: Vec<(f32, f32)>,
    pub scroll_y: f32,
}

impl Geometry {
    pub fn new(rect: Rect, x0: f64, x1: f64, hijri: bool, right_to_left: bool) -> Geometry {
        Geometry { rect, x0, x1, hijri, right_to_left, lanes: Vec::new(), scroll_y: 0.0 }
    }

    /// The axis's height: ticks, the month or year tier, and the Hijri tier if shown.
    pub fn axis_h(&self) -> f32 {
        TICKS_H + TIER_H + if self.hijri { TIER_H } else { 0.0 }
    }

    /// The area the lanes are drawn in (above the axis).
    pub fn lanes_area(&self) -> Rect {
        Rect::from_min_max(self.rect.min, Pos2::new(self.rect.right(), self.rect.bottom() - self.axis_h()))
    }

    pub fn axis_top(&self) -> f32 {
        self.rect.bottom() - self.axis_h()
    }

    /// How far through the window `day` is: 0 at its first day, 1 at its last.
    fn fraction(&self, day: f64) -> f32 {
        ((day - self.x0) / (self.x1 - self.x0).max(1e-9)) as f32
    }

    /// The x of a day number.
    pub fn x(&self, day: f64) -> f32 {
        let f = self.fraction(day);
        if self.right_to_left {
            self.rect.right() - f * self.rect.width()
        } else {
            self.rect.left() + f * self.rect.width()
        }
    }

    /// The day number at `x` (the inverse of [`Self::x`]).
    pub fn day_at(&self, x: f32) -> f64 {
        let f = ((x - self.rect.left()) / self.rect.width().max(1.0)) as f64;
        let f = if self.right_to_left { 1.0 - f } else { f };
        self.x0 + f * (self.x1 - self.x0)
    }

    /// The days a drag of `dx` points moves the window by (dragging the picture along: time
    /// comes in from the side it is dragged away from).
    pub fn days_dragged(&self, dx: f32) -> f64 {
        let days = dx as f64 * (self.x1 - self.x0) / self.rect.width().max(1.0) as f64;
        if self.right_to_left { days } else { -days }
    }

    /// The screen span (left, right) of the days `from..to`, whichever way time runs.
    pub fn span(&self, from: f64, to: f64) -> (f32, f32) {
        let (a, z) = (self.x(from), self.x(to));
        (a.min(z), a.max(z))
    }

    /// The screen span of a mark laid out in absolute pixels (`x0..x1` at `ppd`).
    pub fn span_abs(&self, x0: f32, x1: f32, ppd: f64) -> (f32, f32) {
        self.span(x0 as f64 / ppd, x1 as f64 / ppd)
    }

    /// The screen span from `day` to where time ends (the later side of the window), or with
    /// `later` false to where it begins.
    pub fn side_of(&self, day: f64, later: bool) -> (f32, f32) {
        let x = self.x(day).clamp(self.rect.left(), self.rect.right());
        if later != self.right_to_left { (x, self.rect.right()) } else { (self.rect.left(), x) }
    }

    /// Rows of marks each lane may use before crowds gather into clusters: as many as fit
    /// when the lanes share the height, at least [`MIN_ROWS`] (a lane as tall as its rows,
    /// the timeline scrolling past them), at most [`MAX_ROWS`].
    pub fn rows_per_lane(&self, lanes: usize) -> u16 {
        let share = self.lanes_area().height() / lanes.max(1) as f32;
        (((share - HEADER_H - 4.0) / ROW_H).floor() as u16).clamp(MIN_ROWS, MAX_ROWS)
    }

    /// Stacks the lanes: each as tall as its rows need (at least [`LANE_MIN_H`], a folded one
    /// [`FOLDED_H`]); when they need less than the area, the room left is shared out.
    pub fn lay_lanes(&mut self, lanes: &Lanes, marks: &MarkLayout, folded: &BTreeSet<String>) {
        let mut heights: Vec<f32> = lanes
            .lanes
            .iter()
            .enumerate()
            .map(|(i, lane)| {
                if folded.contains(&lane.name) {
                    return FOLDED_H;
                }
                let rows = marks.rows.get(i).copied().unwrap_or(1) as f32;
                (HEADER_H + rows * ROW_H + 6.0).max(LANE_MIN_H)
            })
            .collect();
        let area = self.lanes_area().height();
        let total: f32 = heights.iter().sum();
        let open = lanes.lanes.iter().filter(|l| !folded.contains(&l.name)).count();
        if total < area && open > 0 {
            let extra = (area - total) / open as f32;
            for (h, lane) in heights.iter_mut().zip(&lanes.lanes) {
                if !folded.contains(&lane.name) {
                    *h += extra;
                }
            }
        }
        let mut top = 0.0;
        self.lanes = heights
            .into_iter()
            .map(|h| {
                let lane = (top, h);
                top += h;
                lane
            })
            .collect();
    }

    /// How far the lanes can scroll (0 when they fit).
    pub fn scroll_room(&self) -> f32 {
        let total = self.lanes.last().map_or(0.0, |(top, h)| top + h);
        (total - self.lanes_area().height()).max(0.0)
    }

    /// A lane's rectangle on screen (it may be outside the area when scrolled away).
    pub fn lane_rect(&self, lane: usize) -> Rect {
        let (top, h) = self.lanes.get(lane).copied().unwrap_or((0.0, 0.0));
        let y = self.rect.top() + top - self.scroll_y;
        Rect::from_min_max(Pos2::new(self.rect.left(), y), Pos2::new(self.rect.right(), y + h))
    }

    /// The middle of a row of marks in a lane.
    pub fn row_y(&self, lane: usize, row: u16) -> f32 {
        self.lane_rect(lane).top() + HEADER_H + ROW_H * (row as f32 + 0.5)
    }
}
