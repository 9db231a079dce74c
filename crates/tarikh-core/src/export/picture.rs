//! The timeline as one SVG drawing: a title, one lane per article, markers for days and bars
//! for intervals (lighter the vaguer), labels thinned so they never overlap, a date axis, a
//! legend and a caption naming the sources. The PNG is this same drawing rasterised.
//! Colours and shapes come from [`crate::timeline::style`], like the app's.
//!
//! Arabic text is wrapped in a right-to-left isolate (U+2067 … U+2069) and anchored as any
//! text: SVG's `direction` attribute is read differently by browsers, librsvg and resvg, the
//! isolate the same way by all three (the ellipsis ends the reading order, brackets mirror,
//! number ranges keep their order).

use super::clean::{cut, without_controls};
use crate::timeline::Timeline;
use crate::timeline::axis::{MonthNames, day_number, ticks};
use crate::timeline::labels::{self, LabelWish, Occupancy, Rect as LabelRect};
use crate::timeline::marks::{self, MarkInput, MarkKind};
use crate::timeline::style::{article_color, opacity};
use chrono::NaiveDate;
use std::fmt::Write;

/// The font families named in the SVG; the PNG renderer has both bundled.
pub const FONT_FAMILY: &str = "'Noto Naskh Arabic', 'Noto Sans', sans-serif";

/// Light or dark picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PictureTheme {
    #[default]
    Light,
    Dark,
}

/// What to draw.
#[derive(Debug, Clone)]
pub struct PictureOptions {
    /// Width in pixels, within [`MIN_WIDTH`]..=[`MAX_WIDTH`] (the height follows from the
    /// number of lanes).
    pub width: u32,
    /// The time window; the whole timeline when `None`.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub theme: PictureTheme,
    pub legend: bool,
    pub month_names: MonthNames,
}

impl Default for PictureOptions {
    fn default() -> Self {
        PictureOptions {
            width: 1920,
            from: None,
            to: None,
            theme: PictureTheme::Light,
            legend: true,
            month_names: MonthNames::Arabic,
        }
    }
}

/// The narrowest and the widest picture drawn (a width asked for is kept within them).
pub const MIN_WIDTH: u32 = 400;
pub const MAX_WIDTH: u32 = 16_000;

const TITLE_H: f64 = 56.0;
const LANE_H: f64 = 64.0;
const AXIS_H: f64 = 34.0;
const GUTTER: f64 = 260.0;
const MARGIN: f64 = 24.0;
const LABEL_SIZE: f64 = 13.0;
/// Rows of marks in a lane before crowds gather into clusters, and where they sit.
const ROWS: u16 = 6;
const ROW_TOP: f64 = 14.0;
const ROW_STEP: f64 = 15.0;

/// An event's tooltip in SVG viewers: its headline, the date as written, the day.
fn event_title(e: &crate::timeline::Event) -> String {
    format!(
        "<title>{} — «{}» {}</title>",
        esc(&cut(&e.title, 300)),
        esc(&cut(&e.date_text, 120)),
        e.range.start
    )
}

/// Text for an XML text node or attribute: control characters dropped (XML 1.0 forbids them),
/// markup characters escaped. The document is well-formed whatever the articles hold.
fn esc(s: &str) -> String {
    without_controls(s).replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// True for letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Escaped text in its own bidi isolate: right-to-left (RLI … PDI) when it holds Arabic,
/// else first-strong (FSI … PDI), so it neither reorders nor is reordered by what is around.
fn isolated(s: &str) -> String {
    let open = if s.chars().any(is_rtl) { '\u{2067}' } else { '\u{2068}' };
    format!("{open}{}\u{2069}", esc(s))
}

use super::measure::text_width;

fn rgb([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The time window drawn: the options' dates or the events' extent with a margin.
fn window(t: &Timeline, o: &PictureOptions) -> (f64, f64) {
    let lo = t.drawn().map(|e| day_number(e.range.start)).fold(f64::MAX, f64::min);
    let hi = t.drawn().map(|e| day_number(e.range.end) + 1.0).fold(f64::MIN, f64::max);
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (0.0, 365.0) };
    let margin = ((hi - lo) * 0.04).max(10.0);
    (o.from.map(day_number).unwrap_or(lo - margin), o.to.map(|d| day_number(d) + 1.0).unwrap_or(hi + margin))
}

/// The timeline as an SVG document.
pub fn to_svg(t: &Timeline, o: &PictureOptions) -> String {
    let (bg, fg, weak, grid) = match o.theme {
        PictureTheme::Light => ("#ffffff", "#1b1b1b", "#666666", "#dddddd"),
        PictureTheme::Dark => ("#1b1b1b", "#eeeeee", "#9a9a9a", "#3a3a3a"),
    };
    // Bounded: a width of millions would cost minutes of label placement and gigabytes of PNG.
    let w = o.width.clamp(MIN_WIDTH, MAX_WIDTH) as f64;
    let lanes = t.entries.len().max(1);
    let legend_h = if o.legend { 28.0 * lanes.div_ceil(2) as f64 + 16.0 } else { 0.0 };
    let caption_h = 40.0;
    let (x0, x1) = window(t, o);
    let plot_l = MARGIN + GUTTER;
    let plot_r = w - MARGIN;
    let to_x = |d: f64| plot_l + (d - x0) / (x1 - x0).max(1.0) * (plot_r - plot_l);
    // Events, stacked in rows inside their article's lane where they share days, crowds
    // gathered into counted clusters: the app's layout (`timeline::marks`).
    let drawn: Vec<&crate::timeline::Event> = t
        .drawn()
        .filter(|e| {
            let (a, z) = (to_x(day_number(e.range.start)), to_x(day_number(e.range.end) + 1.0));
            z > plot_l && a < plot_r
        })
        .collect();
    let inputs: Vec<MarkInput> = drawn
        .iter()
        .enumerate()
        .map(|(k, e)| MarkInput {
            lane: e.article as u32,
            event: k,
            x0: to_x(day_number(e.range.start)).max(plot_l - 4.0) as f32,
            x1: to_x(day_number(e.range.end) + 1.0).min(plot_r + 4.0) as f32,
        })
        .collect();
    let layout = marks::place(&inputs, lanes, ROWS);
    // Each lane as tall as its rows need.
    let lane_h: Vec<f64> = (0..lanes)
        .map(|i| (ROW_TOP + ROW_STEP * layout.rows.get(i).copied().unwrap_or(1) as f64 + 8.0).max(LANE_H))
        .collect();
    let lane_top: Vec<f64> = lane_h
        .iter()
        .scan(TITLE_H, |top, h| {
            let t = *top;
            *top += h;
            Some(t)
        })
        .collect();
    let lanes_h: f64 = lane_h.iter().sum();
    let lane_y = |i: usize| lane_top.get(i).copied().unwrap_or(TITLE_H) + LANE_H * 0.55;
    let h = TITLE_H + lanes_h + AXIS_H + legend_h + caption_h;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{ff}">"#,
        ff = esc(FONT_FAMILY)
    );
    let _ = write!(s, r#"<rect width="100%" height="100%" fill="{bg}"/>"#);
    // Title.
    let (d0, d1) = (crate::timeline::axis::day_at(x0), crate::timeline::axis::day_at(x1));
    // Kept apart so the bidi algorithm cannot reorder the dates around the Arabic word.
    let _ = write!(s, r#"<text x="{MARGIN}" y="34" font-size="22" fill="{fg}">Tarikh</text>"#);
    let _ = write!(
        s,
        r#"<text x="{}" y="34" font-size="22" fill="{fg}">{}</text>"#,
        MARGIN + 86.0,
        isolated("تاريخ")
    );
    let _ =
        write!(s, r#"<text x="{}" y="34" font-size="15" fill="{weak}">{d0} – {d1}</text>"#, MARGIN + 170.0);
    // Lanes and their names.
    for i in 0..t.entries.len() {
        let (top, lane_height) = (lane_top[i], lane_h[i]);
        if i % 2 == 1 {
            let _ = write!(
                s,
                r#"<rect x="0" y="{top}" width="{w}" height="{lane_height}" fill="{fg}" fill-opacity="0.04"/>"#
            );
        }
        let name = isolated(&cut(t.title_of_article(i), 34));
        let _ = write!(
            s,
            r#"<text class="lane" x="{x}" y="{y}" font-size="14" fill="{c}" text-anchor="end">{name}</text>"#,
            x = MARGIN + GUTTER - 12.0,
            y = lane_y(i) + 5.0,
            c = rgb(article_color(i))
        );
    }
    // Axis and grid.
    let axis_y = TITLE_H + lanes_h;
    let max_ticks = ((plot_r - plot_l) / 120.0).max(2.0) as usize;
    for tick in ticks(x0, x1, max_ticks, o.month_names) {
        let x = to_x(day_number(tick.day));
        let _ = write!(
            s,
            r#"<line x1="{x:.1}" y1="{TITLE_H}" x2="{x:.1}" y2="{axis_y}" stroke="{grid}" stroke-width="{sw}"/>"#,
            sw = if tick.major { 1.5 } else { 1.0 }
        );
        let _ = write!(
            s,
            r#"<text x="{x:.1}" y="{y}" font-size="13" fill="{weak}" text-anchor="middle">{l}</text>"#,
            y = axis_y + 22.0,
            l = isolated(&tick.label)
        );
    }
    let _ = write!(s, r#"<line x1="{plot_l}" y1="{axis_y}" x2="{plot_r}" y2="{axis_y}" stroke="{weak}"/>"#);
    let row_y = |lane: u32, row: u16| {
        lane_top.get(lane as usize).copied().unwrap_or(TITLE_H) + ROW_TOP + ROW_STEP * row as f64
    };
    let mut taken = Occupancy::new(LabelRect::new(
        plot_l as f32,
        TITLE_H as f32,
        plot_r as f32,
        (TITLE_H + lanes_h) as f32,
    ));
    let mut wishes: Vec<(&crate::timeline::Event, LabelRect)> = Vec::new();
    // Intervals first, so that days are drawn on top.
    let bars_first = layout
        .marks
        .iter()
        .filter(|m| m.kind != MarkKind::Point)
        .chain(layout.marks.iter().filter(|m| m.kind == MarkKind::Point));
    for m in bars_first {
        let y = row_y(m.lane, m.row);
        let c = rgb(article_color(m.lane as usize));
        let (a, z) = (m.x0 as f64, m.x1 as f64);
        if m.kind == MarkKind::Cluster {
            let _ = write!(
                s,
                r#"<rect class="cluster" x="{a:.1}" y="{:.1}" width="{:.1}" height="13" rx="6.5" fill="{c}" fill-opacity="0.25" stroke="{c}"/>"#,
                y - 6.5,
                z - a
            );
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="{fg}" text-anchor="middle">{}</text>"#,
                (a + z) / 2.0,
                y + 4.0,
                m.count()
            );
            // Every event stays in the document with its title, even inside a cluster.
            for k in m.events() {
                let _ = write!(
                    s,
                    r#"<circle class="event" cx="{:.1}" cy="{y:.1}" r="0">{}</circle>"#,
                    (a + z) / 2.0,
                    event_title(drawn[k])
                );
            }
            taken.add(LabelRect::new(a as f32, (y - 7.0) as f32, z as f32, (y + 7.0) as f32));
            continue;
        }
        let e = drawn[m.first];
        let op = opacity(e.range.granularity, e.flags.approximate);
        let title = event_title(e);
        if m.kind == MarkKind::Point {
            let cx = (a + z) / 2.0;
            let _ = write!(
                s,
                r#"<circle class="event" cx="{cx:.1}" cy="{y:.1}" r="5.5" fill="{c}" fill-opacity="{op:.2}">{title}</circle>"#
            );
        } else {
            let _ = write!(
                s,
                r#"<rect class="event" x="{a:.1}" y="{:.1}" width="{:.1}" height="11" rx="4" fill="{c}" fill-opacity="{op:.2}">{title}</rect>"#,
                y - 5.5,
                z - a
            );
        }
        let mark = LabelRect::new(a as f32, (y - 6.0) as f32, z as f32, (y + 6.0) as f32);
        taken.add(mark);
        wishes.push((e, mark));
    }
    // Labels, the important events first (the app's ranking: starred, more sources, precise
    // dates), where there is room, never over a mark nor over each other; a halo of the
    // background under each (paint-order: stroke) keeps grid lines from crossing the letters.
    wishes.sort_by_cached_key(|(e, m)| (labels::label_rank(t, e, false), m.x0 as i64));
    let bounds =
        LabelRect::new(plot_l as f32, TITLE_H as f32 - 4.0, plot_r as f32, (TITLE_H + lanes_h) as f32);
    for (e, mark) in wishes {
        let text = cut(&e.title, crate::timeline::HEADLINE_CHARS);
        let wish =
            LabelWish { mark, width: text_width(&text, LABEL_SIZE) as f32, height: LABEL_SIZE as f32 + 1.0 };
        if let Some(r) = labels::place_labels(&[wish], &mut taken, bounds)[0] {
            let _ = write!(
                s,
                r#"<text class="label" x="{:.1}" y="{:.1}" font-size="{LABEL_SIZE}" fill="{fg}" stroke="{bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke" text-anchor="middle">{}</text>"#,
                (r.x0 + r.x1) / 2.0,
                r.y1 - 2.0,
                isolated(&text)
            );
        }
    }
    // Legend.
    let mut y = axis_y + AXIS_H + 20.0;
    if o.legend {
        for i in 0..t.entries.len() {
            let col = (i % 2) as f64;
            let x = w - MARGIN - col * (w / 2.0);
            let _ = write!(
                s,
                r#"<rect x="{:.1}" y="{:.1}" width="14" height="14" rx="3" fill="{}"/>"#,
                x - 14.0,
                y - 11.0,
                rgb(article_color(i))
            );
            let _ = write!(
                s,
                r#"<text x="{:.1}" y="{y:.1}" font-size="14" fill="{fg}" text-anchor="end">{}</text>"#,
                x - 22.0,
                isolated(&cut(t.title_of_article(i), 60))
            );
            if col == 1.0 || i + 1 == t.entries.len() {
                y += 28.0;
            }
        }
    }
    // Caption: the sources.
    // Each name isolated, so an Arabic file name cannot pull its neighbours around.
    let mut sources = String::new();
    let mut room = 220usize;
    for (i, entry) in t.entries.iter().enumerate() {
        let name = cut(&entry.article.file_name, room.max(2));
        room = room.saturating_sub(name.chars().count() + 2);
        if i > 0 {
            sources.push_str(", ");
        }
        sources.push_str(&isolated(&name));
        if room == 0 && i + 1 < t.entries.len() {
            sources.push_str(", …");
            break;
        }
    }
    let _ = write!(
        s,
        r#"<text x="{MARGIN}" y="{:.1}" font-size="12" fill="{weak}">Sources: {sources}</text>"#,
        h - 16.0
    );
    s.push_str("</svg>");
    s
}
