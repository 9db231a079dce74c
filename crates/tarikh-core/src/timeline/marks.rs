//! Where the marks of a timeline go at a given scale, shared by the app and the exported
//! picture: stacked in rows inside their lane, so that events of the same days never hide
//! each other (vis-timeline's stacking); where more crowd one place than the lane has rows,
//! the rest gather into a cluster that says how many (vis-timeline's cluster): hovering it
//! lists them, clicking it or zooming in opens it.
//!
//! Coordinates are pixels along the time axis. One pass over the marks of each lane, sorted by
//! where they start: linear in the marks for a fixed number of rows.

/// One event to place: its lane and its extent in pixels (`x0 == x1` or a narrow extent is
/// drawn as a point).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkInput {
    pub lane: u32,
    pub event: usize,
    pub x0: f32,
    pub x1: f32,
}

/// How a mark is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A day, or an interval too short to see at this scale.
    Point,
    /// An interval, as long as it lasts.
    Bar,
    /// Several events that do not fit the lane's rows here: drawn as one mark with their count.
    Cluster,
}

/// A placed mark.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub kind: MarkKind,
    pub lane: u32,
    /// Row inside the lane, 0 on top; clusters take the row after the last.
    pub row: u16,
    /// Horizontal extent in pixels, as drawn (a point is `POINT_WIDTH` wide).
    pub x0: f32,
    pub x1: f32,
    /// The event, or a cluster's first.
    pub first: usize,
    /// A cluster's other events (empty for a point or a bar: no allocation per mark).
    rest: Vec<usize>,
}

impl Mark {
    /// The mark's events: its one event, or a cluster's, in time order.
    pub fn events(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.first).chain(self.rest.iter().copied())
    }

    /// How many events the mark stands for.
    pub fn count(&self) -> usize {
        1 + self.rest.len()
    }
}

/// Marks of a whole timeline, and how many rows each lane uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarkLayout {
    pub marks: Vec<Mark>,
    /// Rows used by each lane (at least 1), clusters' row included.
    pub rows: Vec<u16>,
}

/// The width of a point mark, in pixels; also the narrowest a bar is drawn.
pub const POINT_WIDTH: f32 = 10.0;
/// Free room kept between two marks of one row.
const GAP: f32 = 2.0;
/// Overflowing marks closer than this to a cluster join it.
const CLUSTER_JOIN: f32 = 24.0;
/// The narrowest a cluster is drawn (room for its count).
const CLUSTER_WIDTH: f32 = 22.0;

/// Places marks: `inputs` in any order, `lanes` lanes, at most `max_rows` rows of marks per
/// lane (at least 1) before clusters.
pub fn place(inputs: &[MarkInput], lanes: usize, max_rows: u16) -> MarkLayout {
    let max_rows = max_rows.max(1) as usize;
    let mut order: Vec<(u32, f32, f32, usize)> = inputs
        .iter()
        .map(|m| {
            let (a, z) = extent(m);
            (m.lane, a, z, m.event)
        })
        .collect();
    order.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.3.cmp(&b.3)));
    let mut out = MarkLayout { marks: Vec::with_capacity(order.len()), rows: vec![1; lanes] };
    let mut k = 0;
    while k < order.len() {
        let lane = order[k].0;
        let end = k + order[k..].iter().take_while(|o| o.0 == lane).count();
        place_lane(&order[k..end], max_rows, &mut out);
        k = end;
    }
    out
}

/// A point or a bar, by the extent drawn (floating-point slack allowed).
fn kind_of(a: f32, z: f32) -> MarkKind {
    if z - a <= POINT_WIDTH + 0.01 { MarkKind::Point } else { MarkKind::Bar }
}

/// Where a mark is drawn: a point is `POINT_WIDTH` wide around its middle.
fn extent(m: &MarkInput) -> (f32, f32) {
    let (a, z) = (m.x0.min(m.x1), m.x0.max(m.x1));
    if z - a < POINT_WIDTH {
        let c = (a + z) / 2.0;
        (c - POINT_WIDTH / 2.0, c + POINT_WIDTH / 2.0)
    } else {
        (a, z)
    }
}

fn place_lane(items: &[(u32, f32, f32, usize)], max_rows: usize, out: &mut MarkLayout) {
    let lane = items[0].0;
    let lane_start = out.marks.len();
    let mut row_end = vec![f32::NEG_INFINITY; max_rows];
    let mut used = 0usize;
    let mut cluster: Option<usize> = None; // index in out.marks of this lane's last cluster
    for &(_, a, z, event) in items {
        if let Some(row) = row_end.iter().position(|&end| end + GAP <= a) {
            row_end[row] = z;
            used = used.max(row + 1);
            let kind = kind_of(a, z);
            out.marks.push(Mark {
                kind,
                lane,
                row: row as u16,
                x0: a,
                x1: z,
                first: event,
                rest: Vec::new(),
            });
            continue;
        }
        match cluster.filter(|&c| out.marks[c].x1 + CLUSTER_JOIN >= a) {
            Some(c) => {
                let m = &mut out.marks[c];
                m.x1 = m.x1.max(z);
                m.rest.push(event);
            }
            None => {
                cluster = Some(out.marks.len());
                out.marks.push(Mark {
                    kind: MarkKind::Cluster,
                    lane,
                    row: max_rows as u16,
                    x0: a,
                    x1: z,
                    first: event,
                    rest: Vec::new(),
                });
            }
        }
    }
    // A "cluster" of one is just a mark in the extra row; a real one has room for its count.
    for m in out.marks.iter_mut().skip(lane_start).filter(|m| m.kind == MarkKind::Cluster) {
        if m.rest.is_empty() {
            m.kind = kind_of(m.x0, m.x1);
        } else {
            m.x1 = m.x1.max(m.x0 + CLUSTER_WIDTH);
        }
    }
    let rows = if cluster.is_some() { max_rows + 1 } else { used.max(1) };
    if let Some(r) = out.rows.get_mut(lane as usize) {
        *r = rows as u16;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(lane: u32, event: usize, x: f32) -> MarkInput {
        MarkInput { lane, event, x0: x, x1: x + 3.0 }
    }

    #[test]
    fn events_of_the_same_day_stack_instead_of_hiding() {
        let l = place(&[day(0, 0, 100.0), day(0, 1, 100.0), day(0, 2, 100.0)], 1, 4);
        assert_eq!(l.marks.len(), 3);
        let rows: Vec<u16> = l.marks.iter().map(|m| m.row).collect();
        assert_eq!(rows, [0, 1, 2]);
        assert_eq!(l.rows, [3]);
        assert!(l.marks.iter().all(|m| m.kind == MarkKind::Point));
    }

    #[test]
    fn marks_far_apart_share_a_row() {
        let l = place(
            &[day(0, 0, 0.0), day(0, 1, 200.0), MarkInput { lane: 0, event: 2, x0: 400.0, x1: 600.0 }],
            1,
            4,
        );
        assert!(l.marks.iter().all(|m| m.row == 0));
        assert_eq!(l.marks[2].kind, MarkKind::Bar);
        assert_eq!(l.rows, [1]);
    }

    #[test]
    fn a_crowd_past_the_rows_becomes_one_cluster_with_its_count() {
        let crowd: Vec<MarkInput> = (0..50).map(|i| day(0, i, 100.0 + (i % 5) as f32)).collect();
        let l = place(&crowd, 1, 3);
        let clusters: Vec<&Mark> = l.marks.iter().filter(|m| m.kind == MarkKind::Cluster).collect();
        assert_eq!(clusters.len(), 1);
        assert_eq!(clusters[0].count(), 47);
        assert_eq!(clusters[0].row, 3);
        assert_eq!(l.rows, [4]);
        // Every event is somewhere, once.
        let mut all: Vec<usize> = l.marks.iter().flat_map(|m| m.events()).collect();
        all.sort_unstable();
        assert_eq!(all, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn one_more_than_the_rows_is_a_mark_not_a_cluster_of_one() {
        let l = place(&[day(0, 0, 100.0), day(0, 1, 100.0), day(0, 2, 100.0)], 1, 2);
        assert!(l.marks.iter().all(|m| m.kind == MarkKind::Point));
        assert_eq!(l.marks.iter().map(|m| m.row).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn lanes_are_laid_out_apart() {
        let l = place(&[day(1, 0, 100.0), day(0, 1, 100.0)], 2, 2);
        assert!(l.marks.iter().all(|m| m.row == 0));
        assert_eq!(l.rows, [1, 1]);
    }
}
