//! From logical text to egui galleys: one galley per line, its sections in visual order
//! (see [`super::bidi`]), and the way back from a point on screen to a byte of the text.

use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{
    self, Color32, FontFamily, FontId, Galley, Painter, Pos2, Rect, Stroke, Vec2,
    cache::CacheTrait,
    epaint::text::FontsView,
    text::{ByteIndex, LayoutJob, LayoutSection, TextFormat},
};

use super::bidi::Analysis;
use super::direction::{self, Direction};
use super::fonts;
use super::line_break;

/// A highlighted stretch of a paragraph, in byte offsets of the paragraph's text.
#[derive(Clone, Debug)]
pub struct Mark {
    pub span: Range<usize>,
    pub background: Color32,
    pub underline: bool,
}

/// One line, ready for egui: the job (sections in visual order) and the source byte offset of
/// each glyph egui emits for it, left to right.
#[derive(Clone, Debug)]
pub(crate) struct LineJob {
    pub job: LayoutJob,
    pub glyph_offsets: Arc<[usize]>,
    /// The bytes of the text the line shows.
    pub range: Range<usize>,
    /// The offsets of its characters that lie in right-to-left runs, sorted.
    pub rtl_offsets: Arc<[usize]>,
}

/// The source byte offset of each glyph, from the glyphs (their `char` and advance, left to
/// right) and the characters given to the shaper (with their offsets, left to right).
///
/// egui emits at least one glyph per character, but not one each: Noto Naskh draws some letters
/// with several glyphs, a ligature (lam-alef) is one glyph plus zero-width ones, and a mark
/// shares its letter's cluster. Each glyph carries the character its cluster starts with, so the
/// two sequences are aligned greedily: a glyph takes the next character if it matches, else
/// the previous one (a second glyph of the same letter), else a match a few characters ahead
/// (the skipped ones have no glyph of their own); zero-width glyphs go with the previous one.
pub(crate) fn align_glyphs(glyphs: &[(char, f32)], chars: &[(usize, char)]) -> Vec<usize> {
    const LOOK_AHEAD: usize = 4;
    let n = chars.len();
    let mut out = Vec::with_capacity(glyphs.len());
    let mut next = 0;
    let mut last: Option<usize> = None;
    for &(c, advance) in glyphs {
        let pick = if advance == 0.0 && last.is_some() {
            last
        } else if next < n && chars[next].1 == c {
            Some(next)
        } else if last.is_some_and(|l| chars[l].1 == c) {
            last
        } else {
            (next..(next + LOOK_AHEAD).min(n))
                .find(|&j| chars[j].1 == c)
                .or(last)
                .or((next < n).then_some(next))
        };
        match pick {
            Some(j) => {
                out.push(chars[j].0);
                next = next.max(j + 1);
                last = Some(j);
            }
            None => out.push(chars.last().map_or(0, |&(o, _)| o)),
        }
    }
    out
}

/// A text broken into lines and reordered: what is worth caching.
#[derive(Debug)]
pub(crate) struct Laid {
    pub direction: Direction,
    pub lines: Vec<LineJob>,
    /// True when the text was cut to fit (and ends with «…»).
    pub elided: bool,
}

/// The logical text, the base direction to use, the font and the wrap width identify a layout.
#[derive(Hash)]
struct Key<'a> {
    text: &'a str,
    direction: Option<Direction>,
    size: u32,
    family: &'a FontFamily,
    wrap: u32,
    truncate: Option<u32>,
    pixels_per_point: u32,
    /// Whether [`fonts::install_fonts`] has run: the text is laid out anew once it has.
    arabic_installed: bool,
    /// Laid out for editing: the spaces at a paragraph's ends are kept.
    editing: bool,
}

impl Key<'_> {
    fn hash(&self) -> u64 {
        let mut h = std::hash::DefaultHasher::new();
        Hash::hash(self, &mut h);
        h.finish()
    }
}

/// Laid-out texts used in the last frames, in egui's memory. An entry not used for two frames
/// goes. Holds no galleys: they point into the font atlas, which egui may rebuild; egui's own
/// galley cache makes the per-frame `layout_job` call cheap.
#[derive(Default)]
struct LaidCache {
    generation: u32,
    map: std::collections::HashMap<u64, (u32, Arc<Laid>)>,
}

impl CacheTrait for LaidCache {
    fn update(&mut self) {
        let generation = self.generation;
        self.map.retain(|_, (used, _)| generation.wrapping_sub(*used) < 2);
        self.generation = self.generation.wrapping_add(1);
    }

    fn len(&self) -> usize {
        self.map.len()
    }
}

fn cached(ctx: &egui::Context, key: u64, compute: impl FnOnce() -> Laid) -> Arc<Laid> {
    let hit = ctx.memory_mut(|m| {
        let cache = m.caches.cache::<LaidCache>();
        let generation = cache.generation;
        cache.map.get_mut(&key).map(|(used, laid)| {
            *used = generation;
            laid.clone()
        })
    });
    if let Some(laid) = hit {
        return laid;
    }
    let laid = Arc::new(compute());
    ctx.memory_mut(|m| {
        let cache = m.caches.cache::<LaidCache>();
        let generation = cache.generation;
        cache.map.insert(key, (generation, laid.clone()));
    });
    laid
}

/// The lines of `text`, from the cache or laid out now.
fn laid(
    ctx: &egui::Context,
    text: &str,
    direction: Option<Direction>,
    font: &FontId,
    wrap_width: f32,
    truncate: Option<f32>,
    editing: bool,
) -> Arc<Laid> {
    let key = Key {
        text,
        direction,
        size: font.size.to_bits(),
        family: &font.family,
        wrap: wrap_width.to_bits(),
        truncate: truncate.map(f32::to_bits),
        pixels_per_point: ctx.pixels_per_point().to_bits(),
        arabic_installed: ctx.fonts(arabic_installed),
        editing,
    }
    .hash();
    cached(ctx, key, || ctx.fonts_mut(|f| lay_out(f, text, direction, font, wrap_width, truncate, editing)))
}

/// Do the fonts hold the [`fonts::ARABIC`] family?
fn arabic_installed(fonts: &FontsView<'_>) -> bool {
    fonts.definitions().families.contains_key(&fonts::arabic_family())
}

/// The font `text` is shaped with when `font` is asked for.
fn shaping_font(fonts: &FontsView<'_>, text: &str, font: &FontId) -> FontId {
    let installed = arabic_installed(fonts);
    FontId::new(font.size, fonts::shaping_family(&font.family, direction::has_rtl(text), installed))
}

fn width_of(fonts: &mut FontsView<'_>, s: &str, font: &FontId) -> f32 {
    if s.is_empty() {
        return 0.0;
    }
    fonts.layout_no_wrap(s.to_owned(), font.clone(), Color32::PLACEHOLDER).size().x
}

/// The job of one line: one section per piece, in visual order.
fn line_job(
    fonts: &mut FontsView<'_>,
    analysis: &Analysis<'_>,
    line: Range<usize>,
    format: &TextFormat,
) -> LineJob {
    let pieces = analysis.line_pieces(line.clone());
    let mut rtl_offsets: Vec<usize> =
        pieces.iter().filter(|p| p.rtl).flat_map(|p| p.offsets.iter().copied()).collect();
    rtl_offsets.sort_unstable();
    let mut job = LayoutJob { break_on_newline: false, ..Default::default() };
    let mut chars = Vec::new();
    for piece in &pieces {
        let start = job.text.len();
        job.text.push_str(&piece.text);
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(start)..ByteIndex(job.text.len()),
            format: format.clone(),
        });
        chars.extend(piece.visual_chars());
    }
    if job.sections.is_empty() {
        // An empty line still has the height of the font.
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(0)..ByteIndex(0),
            format: format.clone(),
        });
    }
    let galley = fonts.layout_job(job.clone());
    let glyphs: Vec<(char, f32)> =
        galley.rows.iter().flat_map(|r| r.row.glyphs.iter().map(|g| (g.chr, g.advance_width))).collect();
    let glyph_offsets = align_glyphs(&glyphs, &chars).into();
    LineJob { job, glyph_offsets, range: line, rtl_offsets: rtl_offsets.into() }
}

/// Breaks `text` into lines no wider than `wrap_width` (unless infinite) and reorders them.
/// With `truncate`, the text is one line, cut at its logical end with «…» to fit that width.
/// `editing`: a wrapped paragraph keeps its leading and trailing spaces (a caret goes there).
fn lay_out(
    fonts: &mut FontsView<'_>,
    text: &str,
    direction: Option<Direction>,
    font: &FontId,
    wrap_width: f32,
    truncate: Option<f32>,
    editing: bool,
) -> Laid {
    let font = shaping_font(fonts, text, font);
    let direction = direction.unwrap_or_else(|| direction::base_direction(text));
    // The colour is given when painting (sections with the placeholder colour take it).
    let format = TextFormat::simple(font.clone(), Color32::PLACEHOLDER);

    if let Some(max) = truncate {
        let (shown, elided) = truncated(fonts, &single_line(text), &font, max);
        let analysis = Analysis::new(&shown, Some(direction));
        let line = line_job(fonts, &analysis, 0..shown.len(), &format);
        return Laid { direction, lines: vec![line], elided };
    }

    let analysis = Analysis::new(text, Some(direction));
    let mut lines = Vec::new();
    for para in analysis.paragraphs() {
        let ranges = if wrap_width.is_finite() {
            let mut measure = |s: &str| width_of(fonts, s, &font);
            let mut lines = line_break::break_lines(text, para.clone(), wrap_width, &mut measure);
            if editing {
                lines[0].start = para.start;
                lines.last_mut().expect("a paragraph has a line").end = para.end;
            }
            lines
        } else {
            vec![para]
        };
        for range in ranges {
            lines.push(line_job(fonts, &analysis, range, &format));
        }
    }
    Laid { direction, lines, elided: false }
}

/// `text` if it fits `max` points, else a prefix of it (in logical order, see
/// [`line_break::truncation`]) with «…» after it; and whether it was cut.
fn truncated(fonts: &mut FontsView<'_>, text: &str, font: &FontId, max: f32) -> (String, bool) {
    let ellipsis = width_of(fonts, "…", font);
    let mut measure = |s: &str| width_of(fonts, s, font);
    match line_break::truncation(text, max, ellipsis, &mut measure) {
        None => (text.to_owned(), false),
        Some(end) => (format!("{}…", text[..end].trim_end()), true),
    }
}

/// A laid-out line: its galley, where it goes, and the source byte offset of each glyph.
pub struct Line {
    pub galley: Arc<Galley>,
    /// Top-left of the galley, relative to the paragraph's origin.
    pub pos: Vec2,
    /// The byte offset in the source text of each glyph of the galley, left to right.
    pub glyph_offsets: Arc<[usize]>,
    /// The bytes of the text the line shows (of the shown text, «…» included, when cut).
    pub range: Range<usize>,
    pub(crate) rtl_offsets: Arc<[usize]>,
}

impl Line {
    /// The glyphs of the line as (byte offset, left x, right x), relative to the line.
    pub(crate) fn glyphs(&self) -> impl Iterator<Item = (usize, f32, f32)> + '_ {
        let glyphs =
            self.galley.rows.iter().flat_map(|row| row.row.glyphs.iter().map(move |g| (row.pos.x, g)));
        glyphs.enumerate().filter_map(move |(i, (row_x, g))| {
            let offset = *self.glyph_offsets.get(i)?;
            let x = row_x + g.pos.x;
            Some((offset, x, x + g.advance_width))
        })
    }

    pub(crate) fn height(&self) -> f32 {
        self.galley.size().y
    }
}

/// A paragraph laid out right-to-left (or left-to-right for Latin text), wrapped.
pub struct Paragraph {
    text: String,
    lines: Vec<Line>,
    size: Vec2,
    direction: Direction,
    elided: bool,
    color: Color32,
    marks: Vec<Mark>,
}

impl Paragraph {
    /// Lays out `text` with `font`/`color`, wrapped at `wrap_width`, RTL base if the text is
    /// Arabic; `marks` paint backgrounds (and underline) behind those byte spans.
    /// An RTL paragraph is as wide as `wrap_width` (when finite), its lines right-aligned.
    pub fn new(
        ui: &egui::Ui,
        text: &str,
        font: FontId,
        color: Color32,
        wrap_width: f32,
        marks: &[Mark],
    ) -> Paragraph {
        Paragraph::build(ui.ctx(), text, None, &font, color, wrap_width, None, marks, true)
    }

    /// Like [`Paragraph::new`], with the base direction given rather than guessed.
    pub fn with_direction(
        ui: &egui::Ui,
        text: &str,
        direction: Direction,
        font: FontId,
        color: Color32,
        wrap_width: f32,
        marks: &[Mark],
    ) -> Paragraph {
        Paragraph::build(ui.ctx(), text, Some(direction), &font, color, wrap_width, None, marks, true)
    }

    /// The general constructor. `fill`: an RTL paragraph takes the whole `wrap_width` (else only
    /// its widest line). `truncate`: one line cut to that width with «…».
    #[expect(clippy::too_many_arguments)]
    pub(crate) fn build(
        ctx: &egui::Context,
        text: &str,
        direction: Option<Direction>,
        font: &FontId,
        color: Color32,
        wrap_width: f32,
        truncate: Option<f32>,
        marks: &[Mark],
        fill: bool,
    ) -> Paragraph {
        let laid = laid(ctx, text, direction, font, wrap_width, truncate, false);
        Paragraph::from_laid(ctx, text, &laid, color, wrap_width, marks, fill)
    }

    /// A paragraph laid out for a text field: never cut, wrapped at `wrap_width` (unless
    /// infinite) keeping the spaces at its ends, right-aligned to `wrap_width` when it reads
    /// right to left. «قمة مينسك 2022» gives one line, «2022» on its left.
    pub fn for_editing(
        ctx: &egui::Context,
        text: &str,
        direction: Direction,
        font: &FontId,
        color: Color32,
        wrap_width: f32,
        marks: &[Mark],
    ) -> Paragraph {
        let laid = laid(ctx, text, Some(direction), font, wrap_width, None, true);
        Paragraph::from_laid(ctx, text, &laid, color, wrap_width, marks, true)
    }

    fn from_laid(
        ctx: &egui::Context,
        text: &str,
        laid: &Laid,
        color: Color32,
        wrap_width: f32,
        marks: &[Mark],
        fill: bool,
    ) -> Paragraph {
        let pixels_per_point = ctx.pixels_per_point();
        let galleys: Vec<Arc<Galley>> =
            ctx.fonts_mut(|f| laid.lines.iter().map(|l| f.layout_job(l.job.clone())).collect());
        let widest = galleys.iter().map(|g| g.size().x).fold(0.0, f32::max);
        let width = if fill && laid.direction.is_rtl() && wrap_width.is_finite() {
            wrap_width.max(widest)
        } else {
            widest
        };
        let mut y = 0.0;
        let mut lines = Vec::with_capacity(galleys.len());
        for (galley, line) in galleys.into_iter().zip(&laid.lines) {
            let x = if laid.direction.is_rtl() { width - galley.size().x } else { 0.0 };
            let x = (x * pixels_per_point).round() / pixels_per_point;
            let h = galley.size().y;
            lines.push(Line {
                galley,
                pos: egui::vec2(x, y),
                glyph_offsets: line.glyph_offsets.clone(),
                range: line.range.clone(),
                rtl_offsets: line.rtl_offsets.clone(),
            });
            y += h;
        }
        Paragraph {
            text: text.to_owned(),
            lines,
            size: egui::vec2(width, y),
            direction: laid.direction,
            elided: laid.elided,
            color,
            marks: marks.to_vec(),
        }
    }

    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// The logical text.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// True when the text was cut with «…» to fit (see [`super::label_with`]).
    pub fn elided(&self) -> bool {
        self.elided
    }

    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Paints with its top-left at `origin` (RTL paragraphs right-aligned within `wrap_width`).
    pub fn paint(&self, painter: &Painter, origin: Pos2) {
        for mark in &self.marks {
            for rect in self.rects_of(origin, mark.span.clone()) {
                painter.rect_filled(rect, 2.0, mark.background);
                if mark.underline {
                    let y = rect.bottom() - 1.5;
                    painter.line_segment(
                        [egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
                        Stroke::new(1.5, self.color),
                    );
                }
            }
        }
        for line in &self.lines {
            painter.galley(origin + line.pos, line.galley.clone(), self.color);
        }
    }

    /// The byte offset of the character under `pos` (in the same coordinates as `paint`'s
    /// origin), if any.
    pub fn byte_at(&self, origin: Pos2, pos: Pos2) -> Option<usize> {
        let line = self.lines.iter().find(|l| {
            let top = origin.y + l.pos.y;
            top <= pos.y && pos.y < top + l.height()
        })?;
        let x = pos.x - origin.x - line.pos.x;
        // Glyphs sit on whole pixels, so there can be a sliver between two: the nearest glyph
        // within a point counts.
        let mut nearest: Option<(f32, usize)> = None;
        for (offset, left, right) in line.glyphs() {
            if right <= left {
                continue; // zero-width: marks, the tail of a ligature
            }
            let distance = if x < left {
                left - x
            } else if x >= right {
                x - right
            } else {
                0.0
            };
            if distance == 0.0 {
                return Some(offset);
            }
            if nearest.is_none_or(|(d, _)| distance < d) {
                nearest = Some((distance, offset));
            }
        }
        nearest.filter(|&(d, _)| d <= 1.0).map(|(_, offset)| offset)
    }

    /// Screen rects covering a byte span (one per line piece), for scrolling to a sentence.
    pub fn rects_of(&self, origin: Pos2, span: Range<usize>) -> Vec<Rect> {
        let mut rects = Vec::new();
        for line in &self.lines {
            let top = origin.y + line.pos.y;
            let left = origin.x + line.pos.x;
            let mut current: Option<(f32, f32)> = None;
            let mut flush = |current: &mut Option<(f32, f32)>| {
                if let Some((a, b)) = current.take() {
                    rects.push(Rect::from_min_max(
                        egui::pos2(left + a, top),
                        egui::pos2(left + b, top + line.height()),
                    ));
                }
            };
            for (offset, a, b) in line.glyphs() {
                if b <= a {
                    continue; // zero-width glyphs sit at the end of their cluster
                }
                if span.contains(&offset) {
                    current = Some(match current {
                        Some((x0, x1)) => (x0.min(a), x1.max(b)),
                        None => (a, b),
                    });
                } else {
                    flush(&mut current);
                }
            }
            flush(&mut current);
        }
        rects
    }
}

/// A galley (single line, no wrap) drawn in visual order, whose text (`galley.text()`, what a
/// button or menu item tells the accessibility tree, so a screen reader) is `text` itself, in
/// logical order. Newlines become spaces.
pub fn line_galley(ctx: &egui::Context, text: &str, font: FontId, color: Color32) -> Arc<Galley> {
    let line = single_line(text);
    let laid = laid(ctx, &line, None, &font, f32::INFINITY, None, false);
    let mut job = laid.lines.first().map(|l| l.job.clone()).unwrap_or_default();
    for s in &mut job.sections {
        s.format.color = color;
    }
    let drawn = ctx.fonts_mut(|f| f.layout_job(job));
    saying(drawn, &line)
}

/// `galley` as drawn (its rows and glyphs, in visual order), with `text` as its job's text in
/// one section of its first format: egui reads a galley's text only to name it (buttons, menu
/// items, window titles), never to draw it.
fn saying(galley: Arc<Galley>, text: &str) -> Arc<Galley> {
    if galley.job.text == text {
        return galley;
    }
    let mut job = (*galley.job).clone();
    let format = job.sections.first().map(|s| s.format.clone()).unwrap_or_default();
    job.sections =
        vec![LayoutSection { leading_space: 0.0, byte_range: ByteIndex(0)..ByteIndex(text.len()), format }];
    job.text = text.to_owned();
    let mut named = (*galley).clone();
    named.job = Arc::new(job);
    Arc::new(named)
}

/// `text` with line breaks turned into spaces.
pub(crate) fn single_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r', '\u{2029}', '\u{0085}']) {
        text.chars()
            .filter(|&c| c != '\r')
            .map(|c| if matches!(c, '\n' | '\u{2029}' | '\u{0085}') { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::align_glyphs;

    #[test]
    fn one_glyph_per_char() {
        let chars = [(0, 'a'), (1, 'b'), (2, 'c')];
        assert_eq!(align_glyphs(&[('a', 1.0), ('b', 1.0), ('c', 1.0)], &chars), [0, 1, 2]);
    }

    #[test]
    fn several_glyphs_for_one_letter() {
        // A letter drawn as a body and its dots: two glyphs carrying the same char.
        let chars = [(4, 'ي'), (2, 'ف')];
        assert_eq!(align_glyphs(&[('ي', 5.0), ('ي', 0.0), ('ف', 6.0)], &chars), [4, 4, 2]);
        assert_eq!(align_glyphs(&[('ي', 5.0), ('ي', 1.0), ('ف', 6.0)], &chars), [4, 4, 2]);
    }

    #[test]
    fn ligatures_and_marks() {
        // «لا» (logical ل ا, shown reversed: ا ل): one ligature glyph for the cluster that starts
        // with ل, then a zero-width glyph for ا.
        let chars = [(2, 'ا'), (0, 'ل'), (5, 'ب')];
        assert_eq!(align_glyphs(&[('ل', 8.0), ('ا', 0.0), ('ب', 4.0)], &chars), [0, 0, 5]);
        // A letter with a fatha after it: the mark shares the letter's cluster (and char).
        let chars = [(2, '\u{064E}'), (0, 'ك')];
        assert_eq!(align_glyphs(&[('ك', 7.0), ('ك', 0.0)], &chars), [0, 0]);
    }

    #[test]
    fn nothing_to_align() {
        assert!(align_glyphs(&[], &[(0, 'a')]).is_empty());
        assert_eq!(align_glyphs(&[('a', 1.0)], &[]), [0]);
    }
}
