//! Where things are on the timeline's rectangle: days to x, lanes and rows to y (lanes have a
//! minimum height and scroll when there are more than fit), and the axis at the bottom.

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
    /// Lanes' (top, height) before scrolling, relative to the lanes' area.
    pub lanes: Vec<(f32, f32)>,
    pub scroll_y: f32,
}

impl Geometry {
    pub fn new(rect: Rect, x0: f64, x1: f64, hijri: bool) -> Geometry {
        Geometry { rect, x0, x1, hijri, lanes: Vec::new(), scroll_y: 0.0 }
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

    /// The x of a day number.
    pub fn x(&self, day: f64) -> f32 {
        self.rect.left() + ((day - self.x0) / (self.x1 - self.x0).max(1e-9)) as f32 * self.rect.width()
    }

    /// The x of a mark laid out in absolute pixels at `ppd` pixels per day.
    pub fn x_abs(&self, x: f32, ppd: f64) -> f32 {
        self.x(x as f64 / ppd)
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
