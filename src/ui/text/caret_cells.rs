//! The caret places of a laid-out paragraph: each drawn character's extent and direction, from
//! the glyphs egui placed, for [`super::caret::CaretMap`].

use std::ops::Range;

use super::caret::{CaretLine, CaretMap, Cell};
use super::direction;
use super::layout::Paragraph;

impl Paragraph {
    /// Where the caret goes: each drawn character's left and right x (relative to the
    /// paragraph's origin) and direction, line by line.
    pub fn caret_map(&self) -> CaretMap {
        let rtl_base = self.direction().is_rtl();
        let lines = self
            .lines()
            .iter()
            .map(|line| {
                let mut cells: Vec<Cell> = Vec::new();
                for (offset, left, right) in line.glyphs() {
                    if right <= left {
                        continue; // zero-width: marks, the tail of a ligature
                    }
                    let (left, right) = (line.pos.x + left, line.pos.x + right);
                    match cells.iter_mut().find(|c| c.offset == offset) {
                        Some(c) => {
                            c.left = c.left.min(left);
                            c.right = c.right.max(right);
                        }
                        None => {
                            let rtl = line.rtl_offsets.binary_search(&offset).is_ok();
                            cells.push(Cell { offset, left, right, rtl });
                        }
                    }
                }
                split_ligatures(self.text(), line.range.clone(), &mut cells);
                close_gaps(&mut cells);
                let empty_x = if rtl_base { line.pos.x + line.galley.size().x } else { line.pos.x };
                CaretLine {
                    range: line.range.clone(),
                    cells,
                    top: line.pos.y,
                    bottom: line.pos.y + line.height(),
                    empty_x,
                }
            })
            .collect();
        CaretMap::new(lines, rtl_base)
    }
}

/// Gives the letters the font joined into one glyph (lam-alef, and Noto Naskh's many others:
/// «مي», «لم», …) a share each of that glyph, so the caret can stop between them: the glyph is
/// carried by the first letter; the letters after it without a glyph of their own split its
/// width, in reading order.
fn split_ligatures(text: &str, range: Range<usize>, cells: &mut Vec<Cell>) {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        let o = range.start + i;
        if cells.iter().any(|cell| cell.offset == o) {
            groups.push(vec![o]);
        } else if direction::is_joining(c) && !matches!(c, '\u{200C}' | '\u{200D}') {
            if unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM {
                continue; // a mark sits on its letter
            }
            if let Some(group) = groups.last_mut() {
                let carrier = text[group[0]..].chars().next().is_some_and(direction::is_joining);
                if carrier {
                    group.push(o);
                }
            }
        } else {
            groups.push(Vec::new()); // not drawn, and not part of a ligature: ends the group
        }
    }
    for group in groups.into_iter().filter(|g| g.len() > 1) {
        let Some(carrier) = cells.iter().find(|c| c.offset == group[0]).copied() else { continue };
        let share = (carrier.right - carrier.left) / group.len() as f32;
        cells.retain(|c| c.offset != carrier.offset);
        for (k, &offset) in group.iter().enumerate() {
            let k = k as f32;
            let (left, right) = if carrier.rtl {
                (carrier.right - (k + 1.0) * share, carrier.right - k * share)
            } else {
                (carrier.left + k * share, carrier.left + (k + 1.0) * share)
            };
            cells.push(Cell { offset, left, right, rtl: carrier.rtl });
        }
    }
}

/// Makes neighbouring cells share their edge: joined Arabic letters overlap or leave slivers
/// between their advances, which would make two caret stops a hair apart.
fn close_gaps(cells: &mut [Cell]) {
    const NEAR: f32 = 3.0;
    cells.sort_by(|a, b| (a.left + a.right).total_cmp(&(b.left + b.right)));
    for i in 1..cells.len() {
        let (a, b) = (cells[i - 1].right, cells[i].left);
        if (a - b).abs() < NEAR {
            let mid = (a + b) / 2.0;
            cells[i - 1].right = mid;
            cells[i].left = mid;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(offset: usize, left: f32, right: f32, rtl: bool) -> Cell {
        Cell { offset, left, right, rtl }
    }

    #[test]
    fn a_ligature_is_shared_by_its_letters_in_reading_order() {
        // «لا» (ل at 0, ا at 2) drawn as one glyph 0–12 carried by ل; then «ب» at 4.
        let mut cells = vec![cell(0, 0.0, 12.0, true), cell(4, 12.0, 20.0, true)];
        split_ligatures("لاب", 0..6, &mut cells);
        cells.sort_by_key(|c| c.offset);
        assert_eq!(cells, [cell(0, 6.0, 12.0, true), cell(2, 0.0, 6.0, true), cell(4, 12.0, 20.0, true)]);
    }

    #[test]
    fn marks_and_other_characters_are_not_given_a_share() {
        // «كَ»: the fatha (at 2) sits on its letter; «a b» in Latin: nothing to share.
        let mut cells = vec![cell(0, 0.0, 10.0, true)];
        split_ligatures("كَ", 0..4, &mut cells);
        assert_eq!(cells, [cell(0, 0.0, 10.0, true)]);
        let mut cells = vec![cell(0, 0.0, 5.0, false), cell(2, 8.0, 13.0, false)];
        split_ligatures("a b", 0..3, &mut cells);
        assert_eq!(cells.len(), 2);
    }

    #[test]
    fn neighbours_share_an_edge() {
        let mut cells = vec![cell(1, 9.5, 20.0, true), cell(0, 0.0, 10.5, true), cell(2, 25.0, 30.0, false)];
        close_gaps(&mut cells);
        assert_eq!(cells, [cell(0, 0.0, 10.0, true), cell(1, 10.0, 20.0, true), cell(2, 25.0, 30.0, false)]);
    }
}
