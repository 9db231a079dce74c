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
    // Callers give the marks nearly in order (events sorted by date): a stable sort finds the
    // runs and is close to linear.
    order.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.3.cmp(&b.3)));
    let mut out = MarkLayout { marks: Vec::with_capacity(order.len()), rows: vec![1; lanes] };
    let mut lane = Lane::new(max_rows);
    for (k, &(l, a, z, event)) in order.iter().enumerate() {
        if k == 0 || order[k - 1].0 != l {
            lane.finish(&mut out);
            lane = Lane::new(max_rows);
            lane.start(l, out.marks.len());
        }
        lane.add(a, z, event, &mut out);
    }
    lane.finish(&mut out);
    out
}

/// One lane being placed: where each row ends, and its last cluster.
struct Lane {
    lane: Option<u32>,
    /// Index in `out.marks` of the lane's first mark.
    first_mark: usize,
    /// Where each row's last mark ends.
    row_end: Vec<f32>,
    /// The smallest of `row_end`: a mark starting before it + GAP fits no row (the usual case
    /// in a crowd, answered without looking at every row).
    min_end: f32,
    used: usize,
    /// Index in `out.marks` of the lane's last cluster.
    cluster: Option<usize>,
}

impl Lane {
    fn new(max_rows: usize) -> Lane {
        Lane {
            lane: None,
            first_mark: 0,
            row_end: vec![f32::NEG_INFINITY; max_rows],
            min_end: f32::NEG_INFINITY,
            used: 0,
            cluster: None,
        }
    }

    fn start(&mut self, lane: u32, first_mark: usize) {
        self.lane = Some(lane);
        self.first_mark = first_mark;
    }

    fn add(&mut self, a: f32, z: f32, event: usize, out: &mut MarkLayout) {
        let lane = self.lane.unwrap_or(0);
        let max_rows = self.row_end.len();
        if self.min_end + GAP <= a
            && let Some(row) = self.row_end.iter().position(|&end| end + GAP <= a)
        {
            self.row_end[row] = z;
            self.min_end = self.row_end.iter().copied().fold(f32::INFINITY, f32::min);
            self.used = self.used.max(row + 1);
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
            return;
        }
        match self.cluster.filter(|&c| out.marks[c].x1 + CLUSTER_JOIN >= a) {
            Some(c) => {
                let m = &mut out.marks[c];
                m.x1 = m.x1.max(z);
                m.rest.push(event);
            }
            None => {
                self.cluster = Some(out.marks.len());
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

    /// A "cluster" of one is just a mark in the extra row; a real one has room for its count.
    fn finish(&self, out: &mut MarkLayout) {
        let Some(lane) = self.lane else { return };
        if self.cluster.is_some() {
            for m in out.marks[self.first_mark..].iter_mut().filter(|m| m.kind == MarkKind::Cluster) {
                if m.rest.is_empty() {
                    m.kind = kind_of(m.x0, m.x1);
                } else {
                    m.x1 = m.x1.max(m.x0 + CLUSTER_WIDTH);
                }
            }
        }
        let rows = if self.cluster.is_some() { self.row_end.len() + 1 } else { self.used.max(1) };
        if let Some(r) = out.rows.get_mut(lane as usize) {
            *r = rows as u16;
        }
    }
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

    proptest::proptest! {
        /// Whatever the marks: each event is placed once; marks of one row never touch;
        /// clusters take the row after the last; a lane says how many rows it takes.
        #[test]
        fn every_event_once_and_rows_never_overlap(
            raw in proptest::collection::vec((0u32..3, 0u16..400, 0u16..60), 0..300),
            max_rows in 1u16..5,
        ) {
            let inputs: Vec<MarkInput> = raw
                .iter()
                .enumerate()
                .map(|(i, &(lane, x, w))| MarkInput { lane, event: i, x0: x as f32, x1: (x + w) as f32 })
                .collect();
            let l = place(&inputs, 3, max_rows);
            let mut seen: Vec<usize> = l.marks.iter().flat_map(|m| m.events()).collect();
            seen.sort_unstable();
            proptest::prop_assert_eq!(seen, (0..inputs.len()).collect::<Vec<_>>());
            for lane in 0..3u32 {
                let marks: Vec<&Mark> = l.marks.iter().filter(|m| m.lane == lane).collect();
                for row in 0..max_rows {
                    let mut in_row: Vec<&&Mark> =
                        marks.iter().filter(|m| m.row == row).collect();
                    in_row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
                    for pair in in_row.windows(2) {
                        proptest::prop_assert!(pair[0].x1 + GAP <= pair[1].x0, "{:?}", pair);
                    }
                }
                let deepest = marks.iter().map(|m| m.row + 1).max().unwrap_or(1);
                proptest::prop_assert_eq!(l.rows[lane as usize], deepest);
                proptest::prop_assert!(marks.iter().all(|m| m.kind != MarkKind::Cluster || m.row == max_rows));
            }
        }
    }
}
