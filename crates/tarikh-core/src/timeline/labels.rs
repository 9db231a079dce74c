//! Which events get a label when labels compete for room, and where the labels go, shared by
//! the app's timeline and the exported picture. The important ones win: the selected event,
//! then the user's starred ones, events told by more sources, day-precise before vague. A
//! label never covers a mark, a lane name or another label.

use super::{Event, Timeline};
use crate::dates::Granularity;

/// A rectangle in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    pub fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    pub fn intersects(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    pub fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }
}

/// How much an event's label matters; smaller sorts first. `selected` is the event the user
/// is looking at.
pub fn label_rank(
    t: &Timeline,
    e: &Event,
    selected: bool,
) -> (bool, bool, std::cmp::Reverse<usize>, u8, i64) {
    let precision = match e.range.granularity {
        Granularity::Day => 0,
        Granularity::Range if e.range.days() <= 31 => 1,
        Granularity::PartOfMonth | Granularity::Month => 2,
        Granularity::Range => 3,
        Granularity::PartOfYear => 4,
        Granularity::Year => 5,
        Granularity::PartOfDecade | Granularity::Decade => 6,
        Granularity::PartOfCentury | Granularity::Century => 7,
    };
    let sources = t.sources_of(e).len().max(1);
    (
        !selected,
        !e.pinned,
        std::cmp::Reverse(sources),
        precision + u8::from(e.flags.approximate),
        e.range.days(),
    )
}

/// Rectangles already taken, found fast: a grid of cells, each listing the rectangles over it.
pub struct Occupancy {
    cell: f32,
    columns: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
    rects: Vec<Rect>,
    bounds: Rect,
}

impl Occupancy {
    /// An empty area `bounds` (rectangles outside it are clipped to it).
    pub fn new(bounds: Rect) -> Occupancy {
        let cell = 32.0;
        let columns = (((bounds.x1 - bounds.x0) / cell).ceil().max(1.0) as usize).min(4096);
        let rows = (((bounds.y1 - bounds.y0) / cell).ceil().max(1.0) as usize).min(4096);
        Occupancy { cell, columns, rows, cells: vec![Vec::new(); columns * rows], rects: Vec::new(), bounds }
    }

    fn cells_of(&self, r: &Rect) -> impl Iterator<Item = usize> + '_ {
        let clamp = |v: f32, n: usize| ((v / self.cell).floor().max(0.0) as usize).min(n - 1);
        let (c0, c1) =
            (clamp(r.x0 - self.bounds.x0, self.columns), clamp(r.x1 - self.bounds.x0, self.columns));
        let (r0, r1) = (clamp(r.y0 - self.bounds.y0, self.rows), clamp(r.y1 - self.bounds.y0, self.rows));
        (r0..=r1).flat_map(move |row| (c0..=c1).map(move |c| row * self.columns + c))
    }

    /// Marks `r` as taken.
    pub fn add(&mut self, r: Rect) {
        let id = self.rects.len() as u32;
        self.rects.push(r);
        let cells: Vec<usize> = self.cells_of(&r).collect();
        for c in cells {
            self.cells[c].push(id);
        }
    }

    /// Whether `r` overlaps anything taken.
    pub fn is_free(&self, r: &Rect) -> bool {
        !self.cells_of(r).any(|c| self.cells[c].iter().any(|&id| self.rects[id as usize].intersects(r)))
    }
}

/// Pixels kept free on each side of a placed label.
pub const LABEL_GAP: f32 = 4.0;

/// A label to place: the mark it belongs to and its size.
#[derive(Debug, Clone, Copy)]
pub struct LabelWish {
    pub mark: Rect,
    pub width: f32,
    pub height: f32,
}

/// Places labels in the order given (most important first): above their mark, else below,
/// else beside it (after, then before: a mark in a stack has marks above and below), else
/// nowhere; never over anything in `taken` (marks, lane names) nor over each other, and
/// inside `bounds`. Returns, for each wish, where its label goes.
pub fn place_labels(wishes: &[LabelWish], taken: &mut Occupancy, bounds: Rect) -> Vec<Option<Rect>> {
    wishes
        .iter()
        .map(|w| {
            let cx = (w.mark.x0 + w.mark.x1) / 2.0;
            let clamp = |x0: f32| x0.clamp(bounds.x0, (bounds.x1 - w.width).max(bounds.x0));
            // Ending at the mark (running left from it, as Arabic reads), else centred over it,
            // else starting at it.
            let xs = [clamp(w.mark.x1 - w.width), clamp(cx - w.width / 2.0), clamp(w.mark.x0)];
            let above = |x0: f32| Rect::new(x0, w.mark.y0 - w.height - 1.0, x0 + w.width, w.mark.y0 - 1.0);
            let below = |x0: f32| Rect::new(x0, w.mark.y1 + 1.0, x0 + w.width, w.mark.y1 + 1.0 + w.height);
            let cy = (w.mark.y0 + w.mark.y1) / 2.0;
            let (y0, y1) = (cy - w.height / 2.0, cy + w.height / 2.0);
            let after = Rect::new(w.mark.x1 + 3.0, y0, w.mark.x1 + 3.0 + w.width, y1);
            let before = Rect::new(w.mark.x0 - 3.0 - w.width, y0, w.mark.x0 - 3.0, y1);
            let spots = xs.map(above).into_iter().chain(xs.map(below)).chain([after, before]);
            let spot = spots.into_iter().find(|r| r.inside(&bounds) && taken.is_free(r));
            if let Some(r) = spot {
                // A gap on each side: two labels end to end on a row read as one.
                taken.add(Rect::new(r.x0 - LABEL_GAP, r.y0, r.x1 + LABEL_GAP, r.y1));
            }
            spot
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_cover_marks_or_each_other() {
        let bounds = Rect::new(0.0, 0.0, 400.0, 100.0);
        let mut taken = Occupancy::new(bounds);
        let marks = [Rect::new(100.0, 40.0, 110.0, 50.0), Rect::new(104.0, 26.0, 114.0, 36.0)];
        for m in marks {
            taken.add(m);
        }
        let wishes: Vec<LabelWish> =
            marks.iter().map(|&mark| LabelWish { mark, width: 80.0, height: 12.0 }).collect();
        let placed = place_labels(&wishes, &mut taken, bounds);
        // The first mark's label cannot go above (the second mark is there): it goes below.
        let first = placed[0].expect("a place for the first label");
        assert!(first.y0 >= 50.0);
        let second = placed[1].expect("a place for the second label");
        assert!(second.y1 <= 26.0);
        for (i, p) in placed.iter().flatten().enumerate() {
            for m in &marks {
                assert!(!p.intersects(m), "label {i} covers a mark");
            }
        }
        // Above and below taken: beside the mark.
        let third =
            place_labels(&[LabelWish { mark: marks[0], width: 80.0, height: 12.0 }], &mut taken, bounds);
        let beside = third[0].expect("a place beside");
        assert!(beside.x0 >= 110.0 || beside.x1 <= 100.0, "{beside:?}");
        // No room left at all: left out.
        let wide =
            place_labels(&[LabelWish { mark: marks[0], width: 390.0, height: 12.0 }], &mut taken, bounds);
        assert_eq!(wide, [None]);
    }

    #[test]
    fn labels_on_one_row_keep_a_gap() {
        // The second label would end at its mark exactly where the first one begins: the two
        // would touch and read as one («…بيلاروسياضربات…»).
        let bounds = Rect::new(0.0, 0.0, 600.0, 60.0);
        let mut taken = Occupancy::new(bounds);
        let wish = |x: f32| LabelWish { mark: Rect::new(x, 14.0, x + 8.0, 22.0), width: 60.0, height: 12.0 };
        let placed = place_labels(&[wish(100.0), wish(160.0)], &mut taken, bounds);
        let (a, b) = (placed[0].expect("first"), placed[1].expect("second"));
        let same_row = a.y0 < b.y1 && b.y0 < a.y1;
        let apart = a.x1 + LABEL_GAP <= b.x0 || b.x1 + LABEL_GAP <= a.x0;
        assert!(!same_row || apart, "{a:?} and {b:?} touch");
    }
}
