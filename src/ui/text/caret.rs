//! Where the caret goes in bidirectional text: the visual ↔ logical map of a laid-out paragraph.
//!
//! The text is edited in logical order (byte offsets), but shown in visual order: in
//! «قمة مينسك 2022» the offset after «مينسك» sits left of that word, and the offset after «2022»
//! right of the number. A [`Caret`] is a byte offset plus an affinity: at the edge of two runs,
//! one offset has two places on screen (after the last letter typed, or before the next one).
//! Each drawn character is a [`Cell`] with its left and right x and its direction; its leading
//! edge (right in a right-to-left run) is the caret before it, its trailing edge the caret after
//! it. Arrow keys walk these edges left or right on screen ([`CaretMap::step`]); Home and End
//! go to the line's logical start and end.
//!
//! Pure logic: the cells come from the layout ([`super::layout::Paragraph::caret_map`]).

use std::ops::Range;

/// A place between characters: a byte offset into the text, and which side it clings to when
/// that offset shows in two places (`upstream`: to the character before it, as after typing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Caret {
    pub offset: usize,
    pub upstream: bool,
}

impl Caret {
    /// Before the character at `offset` (downstream).
    pub fn before(offset: usize) -> Caret {
        Caret { offset, upstream: false }
    }

    /// After the character that ends at `offset` (upstream).
    pub fn after(offset: usize) -> Caret {
        Caret { offset, upstream: true }
    }
}

/// A character as drawn: its byte offset, its left and right x, and whether it lies in a
/// right-to-left run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub offset: usize,
    pub left: f32,
    pub right: f32,
    pub rtl: bool,
}

/// One line: the bytes it shows, its cells (any order), its top and bottom, and where its caret
/// sits when it is empty.
#[derive(Clone, Debug, PartialEq)]
pub struct CaretLine {
    pub range: Range<usize>,
    pub cells: Vec<Cell>,
    pub top: f32,
    pub bottom: f32,
    pub empty_x: f32,
}

/// A caret position on screen, with the carets that show there.
#[derive(Clone, Debug)]
struct Stop {
    x: f32,
    carets: Vec<Caret>,
}

/// Stops closer than this (in points) are one place on screen.
const SAME_PLACE: f32 = 0.5;

/// Which way an arrow key moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// The caret places of a laid-out paragraph, line by line.
#[derive(Clone, Debug)]
pub struct CaretMap {
    lines: Vec<CaretLine>,
    /// The paragraph reads right to left: Left arrow at a line's left end goes on to the next
    /// line, not back to the previous one.
    rtl: bool,
}

impl CaretMap {
    /// `lines` in order, top to bottom; `rtl`: the paragraph's base direction.
    pub fn new(lines: Vec<CaretLine>, rtl: bool) -> CaretMap {
        let mut lines = lines;
        if lines.is_empty() {
            lines.push(CaretLine { range: 0..0, cells: Vec::new(), top: 0.0, bottom: 0.0, empty_x: 0.0 });
        }
        CaretMap { lines, rtl }
    }

    pub fn lines(&self) -> &[CaretLine] {
        &self.lines
    }

    /// The line that shows `caret`: the one holding its offset (the earlier of two for an
    /// upstream caret at their shared edge), else the last line that ends before it (an offset
    /// in the spaces where a line was wrapped shows at that line's end).
    pub fn line_of(&self, caret: Caret) -> usize {
        let o = caret.offset;
        let holding = |i: &usize| self.lines[*i].range.start <= o && o <= self.lines[*i].range.end;
        let found = if caret.upstream {
            (0..self.lines.len()).find(holding)
        } else {
            (0..self.lines.len()).rev().find(holding)
        };
        found.unwrap_or_else(|| {
            (0..self.lines.len()).rev().find(|&i| self.lines[i].range.end <= o).unwrap_or(0)
        })
    }

    /// The x where `caret` is drawn, and its line.
    pub fn x_of(&self, caret: Caret) -> (usize, f32) {
        let i = self.line_of(caret);
        let line = &self.lines[i];
        let o = caret.offset.clamp(line.range.start, line.range.end);
        let before = line.cells.iter().filter(|c| c.offset < o).max_by_key(|c| c.offset);
        let after = line.cells.iter().filter(|c| c.offset >= o).min_by_key(|c| c.offset);
        let x = match (before, after) {
            (Some(b), _) if caret.upstream || after.is_none() || caret.offset > line.range.end => trailing(b),
            (_, Some(a)) => leading(a),
            (Some(b), None) => trailing(b),
            (None, None) => line.empty_x,
        };
        (i, x)
    }

    /// The caret stops of line `i`, left to right.
    fn stops(&self, i: usize) -> Vec<Stop> {
        let line = &self.lines[i];
        let mut offsets: Vec<usize> = line.cells.iter().map(|c| c.offset).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut all: Vec<(f32, Caret)> = Vec::new();
        for cell in &line.cells {
            let next = offsets.iter().copied().find(|&o| o > cell.offset).unwrap_or(line.range.end);
            all.push((leading(cell), Caret::before(cell.offset)));
            all.push((trailing(cell), Caret::after(next)));
        }
        if all.is_empty() {
            all.push((line.empty_x, Caret::before(line.range.start)));
        }
        all.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut stops: Vec<Stop> = Vec::new();
        for (x, caret) in all {
            match stops.last_mut() {
                Some(s) if (x - s.x).abs() < SAME_PLACE => {
                    if !s.carets.contains(&caret) {
                        s.carets.push(caret);
                    }
                }
                _ => stops.push(Stop { x, carets: vec![caret] }),
            }
        }
        stops
    }

    /// The caret one place left or right of `caret` on screen; at a line's end, the next place
    /// in reading order on the line after (or before). `None` at the ends of the text.
    pub fn step(&self, caret: Caret, side: Side) -> Option<Caret> {
        let (i, x) = self.x_of(caret);
        let stops = self.stops(i);
        let next = match side {
            Side::Left => stops.iter().rev().find(|s| s.x < x - SAME_PLACE),
            Side::Right => stops.iter().find(|s| s.x > x + SAME_PLACE),
        };
        if let Some(stop) = next {
            return Some(closest(&stop.carets, caret.offset));
        }
        // Off the end of the line: Left in right-to-left text reads on.
        let forward = (side == Side::Left) == self.rtl;
        let j = if forward { i.checked_add(1).filter(|&j| j < self.lines.len())? } else { i.checked_sub(1)? };
        let stops = self.stops(j);
        let stop = if side == Side::Left { stops.last()? } else { stops.first()? };
        Some(closest(&stop.carets, caret.offset))
    }

    /// The caret nearest to `x` on line `i`.
    pub fn nearest_on_line(&self, i: usize, x: f32) -> Caret {
        let stops = self.stops(i.min(self.lines.len() - 1));
        let stop = stops.iter().min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()));
        stop.map_or(Caret::default(), |s| s.carets[0])
    }

    /// The caret nearest to a point (x, y) relative to the paragraph's origin.
    pub fn at(&self, x: f32, y: f32) -> Caret {
        let i = self.lines.iter().position(|l| y < l.bottom).unwrap_or(self.lines.len() - 1);
        self.nearest_on_line(i, x)
    }

    /// The caret on the line above (`-1`) or below (`1`) nearest to `x`, if there is one.
    pub fn vertical(&self, caret: Caret, lines: isize, x: f32) -> Option<Caret> {
        let (i, _) = self.x_of(caret);
        let j = i.checked_add_signed(lines).filter(|&j| j < self.lines.len())?;
        Some(self.nearest_on_line(j, x))
    }

    /// The logical start and end of the line that shows `caret` (Home and End).
    pub fn line_ends(&self, caret: Caret) -> (Caret, Caret) {
        let line = &self.lines[self.line_of(caret)];
        (Caret::before(line.range.start), Caret::after(line.range.end))
    }
}

/// Of `carets`, the one whose offset is closest to `offset` (an arrow moves as little in the
/// text as the screen allows).
fn closest(carets: &[Caret], offset: usize) -> Caret {
    *carets.iter().min_by_key(|c| c.offset.abs_diff(offset)).expect("a stop has a caret")
}

/// The caret before a cell: its right edge in a right-to-left run.
fn leading(c: &Cell) -> f32 {
    if c.rtl { c.right } else { c.left }
}

/// The caret after a cell.
fn trailing(c: &Cell) -> f32 {
    if c.rtl { c.left } else { c.right }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-line map from characters given in visual order, left to right, each 10 wide:
    /// (byte offset, right-to-left?).
    fn line(visual: &[(usize, bool)], range: Range<usize>, top: f32) -> CaretLine {
        let cells = visual
            .iter()
            .enumerate()
            .map(|(i, &(offset, rtl))| Cell {
                offset,
                left: i as f32 * 10.0,
                right: i as f32 * 10.0 + 10.0,
                rtl,
            })
            .collect();
        CaretLine { range, cells, top, bottom: top + 20.0, empty_x: 0.0 }
    }

    /// «في 2022» (logical: ف ي ␠ 2 0 2 2, one byte each here), shown «2022 يف»: the number on
    /// the left in logical order, the Arabic word on the right.
    fn fi_2022() -> CaretMap {
        let visual = [(3, false), (4, false), (5, false), (6, false), (2, true), (1, true), (0, true)];
        CaretMap::new(vec![line(&visual, 0..7, 0.0)], true)
    }

    #[test]
    fn carets_sit_at_the_leading_and_trailing_edges() {
        let m = fi_2022();
        assert_eq!(m.x_of(Caret::before(0)).1, 70.0, "before ف: the right end");
        assert_eq!(m.x_of(Caret::before(1)).1, 60.0);
        assert_eq!(m.x_of(Caret::before(2)).1, 50.0, "before the space");
        assert_eq!(m.x_of(Caret::before(3)).1, 0.0, "before 2022: its left end");
        assert_eq!(m.x_of(Caret::after(7)).1, 40.0, "after 2022: right of the number");
        assert_eq!(m.x_of(Caret::after(3)).1, 40.0, "after the space (upstream): its left edge");
        assert_eq!(m.x_of(Caret::before(7)).1, 40.0, "the end has one place");
    }

    #[test]
    fn arrows_walk_the_screen_left_and_right() {
        let m = fi_2022();
        let mut c = Caret::before(0);
        let mut xs = vec![m.x_of(c).1];
        while let Some(next) = m.step(c, Side::Left) {
            c = next;
            xs.push(m.x_of(c).1);
        }
        assert_eq!(xs, [70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0, 0.0]);
        // And back: every place once.
        let mut back = vec![m.x_of(c).1];
        while let Some(next) = m.step(c, Side::Right) {
            c = next;
            back.push(m.x_of(c).1);
        }
        assert_eq!(back, [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0]);
        assert_eq!(c.offset, 0);
    }

    #[test]
    fn a_place_shared_by_two_offsets_keeps_the_nearer_one() {
        // LTR paragraph «ab قل cd» (a b ␠ ق ل ␠ c d at offsets 0..8), shown «ab لق cd».
        let visual =
            [(0, false), (1, false), (2, false), (4, true), (3, true), (5, false), (6, false), (7, false)];
        let m = CaretMap::new(vec![line(&visual, 0..8, 0.0)], false);
        // Left of «لق» (x 30): after the space (offset 3, upstream) or after ل (offset 5, upstream).
        assert_eq!(m.x_of(Caret::after(3)).1, 30.0);
        assert_eq!(m.x_of(Caret::after(5)).1, 30.0);
        // Walking right from the start reaches x 30 with offset 3, the nearer one.
        let c =
            m.step(m.step(m.step(Caret::before(0), Side::Right).unwrap(), Side::Right).unwrap(), Side::Right);
        assert_eq!(c.map(|c| (c.offset, m.x_of(c).1)), Some((3, 30.0)));
    }

    #[test]
    fn clicks_find_the_nearest_edge() {
        let m = fi_2022();
        assert_eq!(m.at(68.0, 5.0).offset, 0);
        assert_eq!(m.at(1.0, 5.0).offset, 3);
        assert_eq!(m.x_of(m.at(44.0, 5.0)).1, 40.0);
        // Below the last line: still on it.
        assert_eq!(m.at(69.0, 500.0).offset, 0);
    }

    #[test]
    fn home_and_end_are_logical() {
        let m = fi_2022();
        let (home, end) = m.line_ends(Caret::before(4));
        assert_eq!((home, end), (Caret::before(0), Caret::after(7)));
        assert_eq!(m.x_of(home).1, 70.0);
        assert_eq!(m.x_of(end).1, 40.0);
    }

    #[test]
    fn wrapped_lines_read_on_and_up_down_keeps_x() {
        // Two RTL lines: «ab» (offsets 0, 1) then, after a wrapped space at 2, «cd» (3, 4).
        let first = line(&[(1, true), (0, true)], 0..2, 0.0);
        let second = line(&[(4, true), (3, true)], 3..5, 20.0);
        let m = CaretMap::new(vec![first, second], true);
        // Left at the left end of line one goes on to the right end of line two.
        let end_of_first = Caret::after(2);
        assert_eq!(m.x_of(end_of_first), (0, 0.0));
        let next = m.step(end_of_first, Side::Left).unwrap();
        assert_eq!((next, m.x_of(next)), (Caret::before(3), (1, 20.0)));
        // And Right there comes back.
        assert_eq!(m.x_of(m.step(next, Side::Right).unwrap()).0, 0);
        // An offset in the wrapped space shows at the end of line one.
        assert_eq!(m.line_of(Caret::before(2)), 0);
        // Down from the right end of line one lands at the right end of line two.
        assert_eq!(m.vertical(Caret::before(0), 1, 20.0), Some(Caret::before(3)));
        assert_eq!(m.vertical(Caret::before(0), -1, 20.0), None);
        assert_eq!(m.at(3.0, 25.0), Caret::after(5));
    }

    #[test]
    fn a_word_cut_between_lines_has_its_edge_on_both() {
        // «abcd» cut into «ab» | «cd» (LTR): offset 2 ends line one (upstream) and starts two.
        let first = line(&[(0, false), (1, false)], 0..2, 0.0);
        let second = line(&[(2, false), (3, false)], 2..4, 20.0);
        let m = CaretMap::new(vec![first, second], false);
        assert_eq!(m.x_of(Caret::after(2)), (0, 20.0));
        assert_eq!(m.x_of(Caret::before(2)), (1, 0.0));
    }

    #[test]
    fn an_empty_line_has_one_place() {
        let m = CaretMap::new(
            vec![CaretLine { range: 0..0, cells: vec![], top: 0.0, bottom: 20.0, empty_x: 99.0 }],
            true,
        );
        assert_eq!(m.x_of(Caret::before(0)), (0, 99.0));
        assert_eq!(m.step(Caret::before(0), Side::Left), None);
        assert_eq!(m.at(0.0, 0.0), Caret::before(0));
        let none = CaretMap::new(Vec::new(), false);
        assert_eq!(none.x_of(Caret::before(0)), (0, 0.0));
    }
}
