//! Bidirectional text, without egui: from logical text to the pieces of each line in visual
//! (left-to-right) order, ready to be handed to egui one [`LayoutSection`] each.
//!
//! egui shapes each section with harfrust, which joins Arabic letters and — because it guesses an
//! RTL direction for a section whose first real script is Arabic — *reverses* such a section
//! itself. It knows nothing of the Unicode bidirectional algorithm, so this module does that
//! part (with `unicode_bidi`) and prepares the text so that harfrust's own reversal lands right:
//!
//! - in a right-to-left run, each stretch of Arabic letters becomes its own piece, given in
//!   logical order (harfrust joins and reverses it); everything else in the run (spaces,
//!   punctuation, brackets) is reversed here and mirrored (`(` ↔ `)`, `«` ↔ `»`, …);
//! - a left-to-right run (Latin, and numbers inside Arabic text, which the algorithm puts at
//!   level 2) stays in logical order, except that characters harfrust would take as Arabic
//!   script (Arabic-Indic digits) become one-character pieces, which it cannot reverse.
//!
//! Lines are broken in logical order ([`super::line_break`]), then each line, is reordered
//! on its own ([`Analysis::line_pieces`]).
//!
//! [`LayoutSection`]: eframe::egui::text::LayoutSection

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use super::direction::{Direction, base_direction, is_hidden, is_joining, is_rtl_script, mirror};

/// One [`LayoutSection`](eframe::egui::text::LayoutSection) of a line, in visual order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The text to give the shaper.
    pub text: String,
    /// The byte offset in the source text of each `char` of [`Self::text`], in `text` order.
    pub offsets: Vec<usize>,
    /// True when harfrust will reverse this piece (a stretch of Arabic letters given in logical
    /// order): its glyphs then come out in the reverse order of `text`.
    pub shaper_reverses: bool,
    /// True when the piece belongs to a right-to-left run.
    pub rtl: bool,
}

impl Piece {
    fn new(rtl: bool) -> Piece {
        Piece { text: String::new(), offsets: Vec::new(), shaper_reverses: false, rtl }
    }

    fn push(&mut self, c: char, offset: usize) {
        self.text.push(c);
        self.offsets.push(offset);
    }

    /// The characters as they appear on screen, left to right.
    pub fn visual_text(&self) -> String {
        if self.shaper_reverses { self.text.chars().rev().collect() } else { self.text.clone() }
    }

    /// The source byte offsets of the characters as they appear on screen, left to right.
    pub fn visual_offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.visual_chars().map(|(offset, _)| offset)
    }

    /// The characters given to the shaper (mirrored where needed) with their source byte
    /// offsets, as they appear on screen, left to right.
    pub fn visual_chars(&self) -> impl Iterator<Item = (usize, char)> + '_ {
        let chars: Vec<(usize, char)> = self.offsets.iter().copied().zip(self.text.chars()).collect();
        let reverse = self.shaper_reverses;
        let n = chars.len();
        (0..n).map(move |i| chars[if reverse { n - 1 - i } else { i }])
    }
}

/// What the screen shows for `pieces`, left to right, as one string (for tests and debugging).
pub fn visual_text(pieces: &[Piece]) -> String {
    pieces.iter().map(Piece::visual_text).collect()
}

/// A text and its bidi levels.
pub struct Analysis<'a> {
    info: BidiInfo<'a>,
    direction: Direction,
}

impl<'a> Analysis<'a> {
    /// Runs the bidi algorithm on `text` with the given base direction, or
    /// [`base_direction`] of the text if `None`.
    pub fn new(text: &'a str, direction: Option<Direction>) -> Analysis<'a> {
        let direction = direction.unwrap_or_else(|| base_direction(text));
        let level = if direction.is_rtl() { Level::rtl() } else { Level::ltr() };
        Analysis { info: BidiInfo::new(text, Some(level)), direction }
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    pub fn text(&self) -> &'a str {
        self.info.text
    }

    /// The byte ranges of the paragraphs (split at `\n` and other paragraph separators),
    /// without their separator.
    pub fn paragraphs(&self) -> Vec<Range<usize>> {
        let text = self.info.text;
        if text.is_empty() {
            return std::iter::once(0..0).collect();
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        for p in &self.info.paragraphs {
            let body = &text[p.range.clone()];
            // "\r\n" is one separator, though the algorithm sees two.
            if body == "\n" && text[..p.range.start].ends_with('\r') {
                continue;
            }
            let mut end = p.range.end;
            if let Some(c) = body.chars().next_back()
                && bidi_class(c) == BidiClass::B
            {
                end -= c.len_utf8();
            }
            out.push(p.range.start..end);
        }
        // Text ending with a separator ends with an empty paragraph.
        if text.chars().next_back().is_some_and(|c| bidi_class(c) == BidiClass::B) {
            out.push(text.len()..text.len());
        }
        out
    }

    /// The pieces of the line `line` (a byte range inside one paragraph), in visual order.
    pub fn line_pieces(&self, line: Range<usize>) -> Vec<Piece> {
        let text = self.info.text;
        let mut pieces = Vec::new();
        if line.is_empty() {
            return pieces;
        }
        let Some(para) =
            self.info.paragraphs.iter().find(|p| p.range.start <= line.start && line.end <= p.range.end)
        else {
            return pieces;
        };
        let (levels, runs) = self.info.visual_runs(para, line);
        for run in runs {
            if levels[run.start].is_rtl() {
                rtl_run(text, run, &mut pieces);
            } else {
                ltr_run(text, run, &mut pieces);
            }
        }
        pieces.retain(|p| !p.text.is_empty());
        pieces
    }
}

/// A base character and the marks that follow it, each with its byte offset.
type Cluster = Vec<(usize, char)>;

/// The characters of `range` grouped as a base character and the marks that follow it.
fn clusters(text: &str, range: Range<usize>) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        if is_hidden(c) {
            continue;
        }
        let offset = range.start + i;
        match out.last_mut() {
            Some(last) if bidi_class(c) == BidiClass::NSM => last.push((offset, c)),
            _ => out.push(vec![(offset, c)]),
        }
    }
    out
}

/// A left-to-right run: logical order, but Arabic-script characters (Arabic-Indic digits) go in
/// pieces of their own so that harfrust has nothing to reverse.
fn ltr_run(text: &str, run: Range<usize>, pieces: &mut Vec<Piece>) {
    let mut current = Piece::new(false);
    for cluster in clusters(text, run) {
        if cluster.iter().any(|&(_, c)| is_rtl_script(c)) {
            pieces.push(std::mem::replace(&mut current, Piece::new(false)));
            let mut alone = Piece::new(false);
            for (o, c) in cluster {
                alone.push(c, o);
            }
            pieces.push(alone);
        } else {
            for (o, c) in cluster {
                current.push(c, o);
            }
        }
    }
    pieces.push(current);
}

/// A right-to-left run: stretches of Arabic letters in logical order (harfrust reverses them),
/// in reverse order of stretches; every other character reversed and mirrored here.
fn rtl_run(text: &str, run: Range<usize>, pieces: &mut Vec<Piece>) {
    // Split the run into stretches (logical order), then emit them right to left.
    let mut stretches: Vec<(bool, Vec<Cluster>)> = Vec::new();
    for cluster in clusters(text, run) {
        let joining = is_joining(cluster[0].1);
        match stretches.last_mut() {
            Some((j, cs)) if *j == joining && joining => cs.push(cluster),
            _ => stretches.push((joining, vec![cluster])),
        }
    }
    let mut other = Piece::new(true);
    for (joining, cs) in stretches.into_iter().rev() {
        let reversed_by_shaper = joining && cs.iter().flatten().any(|&(_, c)| is_rtl_script(c));
        if reversed_by_shaper {
            pieces.push(std::mem::replace(&mut other, Piece::new(true)));
            let mut p = Piece::new(true);
            p.shaper_reverses = true;
            for (o, c) in cs.into_iter().flatten() {
                p.push(c, o);
            }
            pieces.push(p);
        } else {
            // Reverse cluster order, keep each base before its marks. A character harfrust
            // takes as Arabic script (an Arabic-Indic digit under an override) goes alone, or
            // harfrust would reverse the piece back.
            for cluster in cs.into_iter().rev() {
                if cluster.iter().any(|&(_, c)| is_rtl_script(c)) {
                    pieces.push(std::mem::replace(&mut other, Piece::new(true)));
                    let mut alone = Piece::new(true);
                    for (o, c) in cluster {
                        alone.push(mirror(c), o);
                    }
                    pieces.push(alone);
                    continue;
                }
                for (o, c) in cluster {
                    other.push(mirror(c), o);
                }
            }
        }
    }
    pieces.push(other);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::text::line_break::break_lines;

    /// The visual text of a one-line paragraph, left to right.
    fn visual(text: &str) -> String {
        let a = Analysis::new(text, None);
        visual_text(&a.line_pieces(0..text.len()))
    }

    /// Reverses a string by characters: how an Arabic word shows, letter by letter, on screen.
    fn rev(s: &str) -> String {
        s.chars().rev().collect()
    }

    #[test]
    fn date_keeps_digit_order_and_words_go_right_to_left() {
        // Logical: في · 19 · ديسمبر · 2022. On screen, from the left: 2022, ديسمبر, 19, في.
        let v = visual("في 19 ديسمبر 2022");
        assert_eq!(v, format!("2022 {} 19 {}", rev("ديسمبر"), rev("في")));
        assert!(v.contains("2022") && !v.contains("2202"));
        assert!(v.contains("19") && !v.contains("91"));
    }

    #[test]
    fn date_range_in_brackets_is_mirrored() {
        // The opening bracket is the rightmost glyph and shows as ')'; the whole reads, from the
        // left: ( 2023/12/8 ‐ 6 من ) — brackets pointing outwards, the date in order.
        let v = visual("(من 6 ‐ 2023/12/8)");
        assert_eq!(v, format!("(2023/12/8 ‐ 6 {})", rev("من")));
    }

    #[test]
    fn month_names_with_bracketed_alternative() {
        let v = visual("التاسع من مايو (أيار) 2025");
        assert_eq!(v, format!("2025 ({}) {} {} {}", rev("أيار"), rev("مايو"), rev("من"), rev("التاسع")));
    }

    #[test]
    fn latin_word_inside_arabic_stays_left_to_right() {
        let v = visual("قال NATO إن");
        assert_eq!(v, format!("{} NATO {}", rev("إن"), rev("قال")));
    }

    #[test]
    fn pieces_of_a_line_and_their_offsets() {
        let text = "في 19 ديسمبر 2022";
        let a = Analysis::new(text, None);
        let pieces = a.line_pieces(0..text.len());
        // Every Arabic word is one piece that harfrust reverses, given in logical order.
        let arabic: Vec<&Piece> = pieces.iter().filter(|p| p.shaper_reverses).collect();
        assert_eq!(arabic.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["ديسمبر", "في"]);
        // Numbers are left-to-right pieces in logical order.
        assert!(pieces.iter().any(|p| p.text == "2022" && !p.rtl && !p.shaper_reverses));
        // Each character of the source shows exactly once.
        let mut seen: Vec<usize> = pieces.iter().flat_map(|p| p.visual_offsets()).collect();
        seen.sort_unstable();
        let all: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        assert_eq!(seen, all);
        // The leftmost glyph is the '2' of 2022, the rightmost the 'ف' of في.
        let visual: Vec<usize> = pieces.iter().flat_map(|p| p.visual_offsets()).collect();
        assert_eq!(&text[visual[0]..visual[0] + 1], "2");
        assert_eq!(visual.last(), Some(&0));
    }

    #[test]
    fn arabic_indic_digits_are_single_pieces() {
        let text = "في ١٩ ديسمبر";
        let a = Analysis::new(text, None);
        let pieces = a.line_pieces(0..text.len());
        for p in &pieces {
            if p.text.chars().any(|c| ('٠'..='٩').contains(&c)) {
                assert_eq!(p.text.chars().count(), 1, "{p:?}");
                assert!(!p.rtl);
            }
        }
        assert_eq!(visual_text(&pieces), format!("{} ١٩ {}", rev("ديسمبر"), rev("في")));
    }

    #[test]
    fn harakat_stay_with_their_letters() {
        let text = "كَتَبَ (مُحَمَّد)";
        let v = visual(text);
        assert_eq!(v, format!("({}) {}", rev("مُحَمَّد"), rev("كَتَبَ")));
    }

    #[test]
    fn bidi_controls_are_not_drawn() {
        let text = "\u{200F}في 2022\u{200E}";
        let v = visual(text);
        assert_eq!(v, format!("2022 {}", rev("في")));
    }

    #[test]
    fn latin_paragraph_with_arabic_word() {
        let v = visual("The word قال means said (past).");
        assert_eq!(v, format!("The word {} means said (past).", rev("قال")));
    }

    #[test]
    fn paragraphs_split_at_newlines() {
        let text = "سطر أول\nسطر ثان\r\n\nآخر";
        let a = Analysis::new(text, None);
        let paras: Vec<&str> = a.paragraphs().into_iter().map(|r| &text[r]).collect();
        assert_eq!(paras, ["سطر أول", "سطر ثان", "", "آخر"]);
        assert_eq!(Analysis::new("a\n", None).paragraphs(), [0..1, 2..2]);
        assert_eq!(Analysis::new("", None).paragraphs(), std::iter::once(0..0).collect::<Vec<_>>());
    }

    #[test]
    fn wrapped_arabic_lines_are_reordered_each_on_its_own() {
        let text = "قال الرئيس في 19 ديسمبر 2022 إن الحلف (الناتو) سيجتمع";
        let a = Analysis::new(text, None);
        let mut m = |s: &str| s.chars().count() as f32;
        let lines = break_lines(text, 0..text.len(), 20.0, &mut m);
        assert!(lines.len() >= 3);
        // The first line holds the start of the sentence.
        assert!(text[lines[0].clone()].starts_with("قال"));
        for line in &lines {
            let pieces = a.line_pieces(line.clone());
            let v = visual_text(&pieces);
            assert!(!v.contains("2202") && !v.contains("91 "), "{v}");
            // Every character of the line, and nothing else, is shown.
            assert_eq!(v.chars().count(), text[line.clone()].chars().count());
        }
        // The rightmost piece of a line holds the line's first word.
        let second = a.line_pieces(lines[1].clone());
        let first_word = text[lines[1].clone()].split(' ').next().unwrap();
        assert_eq!(second.last().unwrap().text, first_word);
    }

    #[test]
    fn empty_and_blank_lines() {
        let a = Analysis::new("", None);
        assert!(a.line_pieces(0..0).is_empty());
        let mut m = |s: &str| s.chars().count() as f32;
        assert_eq!(break_lines("", 0..0, 10.0, &mut m), std::iter::once(0..0).collect::<Vec<_>>());
        assert_eq!(break_lines("   ", 0..3, 10.0, &mut m), std::iter::once(0..0).collect::<Vec<_>>());
    }
}
