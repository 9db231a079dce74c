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

/// The width a label takes, estimated (Naskh averages about half an em per character).
fn text_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * 0.52
}

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
    let h = TITLE_H + LANE_H * lanes as f64 + AXIS_H + legend_h + caption_h;
    let (x0, x1) = window(t, o);
    let plot_l = MARGIN + GUTTER;
    let plot_r = w - MARGIN;
    let to_x = |d: f64| plot_l + (d - x0) / (x1 - x0).max(1.0) * (plot_r - plot_l);
    let lane_y = |i: usize| TITLE_H + LANE_H * (i as f64 + 0.55);
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
    for (i, entry) in t.entries.iter().enumerate() {
        let top = TITLE_H + LANE_H * i as f64;
        if i % 2 == 1 {
            let _ = write!(
                s,
                r#"<rect x="0" y="{top}" width="{w}" height="{LANE_H}" fill="{fg}" fill-opacity="0.04"/>"#
            );
        }
        let name = isolated(&cut(&entry.article.title, 34));
        let _ = write!(
            s,
            r#"<text class="lane" x="{x}" y="{y}" font-size="14" fill="{c}" text-anchor="end">{name}</text>"#,
            x = MARGIN + GUTTER - 12.0,
            y = lane_y(i) + 5.0,
            c = rgb(article_color(i))
        );
    }
    // Axis and grid.
    let axis_y = TITLE_H + LANE_H * lanes as f64;
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
    // Events: intervals first, then days on top.
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    // One mark per event: a group reported by several articles is drawn once, hidden ones not.
    let order = t.drawn().filter(|e| e.range.days() > 1).chain(t.drawn().filter(|e| e.range.days() == 1));
    let mut labels = Vec::new();
    for e in order {
        let (a, z) = (to_x(day_number(e.range.start)), to_x(day_number(e.range.end) + 1.0));
        if z <= plot_l || a >= plot_r {
            continue;
        }
        let y = lane_y(e.article);
        let c = rgb(article_color(e.article));
        let op = opacity(e.range.granularity, e.flags.approximate);
        // Every event carries its label as a <title> (a tooltip in SVG viewers), even where
        // the visible label is thinned away.
        let title = format!(
            "<title>{} — «{}» {}</title>",
            esc(&cut(&e.title, 300)),
            esc(&cut(&e.date_text, 120)),
            e.range.start
        );
        if e.range.days() == 1 || z - a < 8.0 {
            let _ = write!(
                s,
                r#"<circle class="event" cx="{:.1}" cy="{y:.1}" r="5.5" fill="{c}" fill-opacity="{op:.2}">{title}</circle>"#,
                (a + z) / 2.0
            );
        } else {
            let (a, z) = (a.max(plot_l), z.min(plot_r));
            let _ = write!(
                s,
                r#"<rect class="event" x="{a:.1}" y="{:.1}" width="{:.1}" height="12" rx="4" fill="{c}" fill-opacity="{op:.2}">{title}</rect>"#,
                y - 6.0,
                z - a
            );
        }
        labels.push((e, (a + z) / 2.0, y));
    }
    // Labels, days first; one only where it fits.
    labels.sort_by_key(|(e, x, _)| (e.range.days(), *x as i64));
    for (e, x, y) in labels {
        let text = cut(&e.title, 40);
        let lw = text_width(&text, LABEL_SIZE);
        for ly in [y - 12.0, y + 22.0] {
            let r = (x - lw / 2.0, ly - LABEL_SIZE, x + lw / 2.0, ly + 3.0);
            let inside = r.0 >= plot_l && r.2 <= plot_r;
            let free = !placed.iter().any(|p| r.0 < p.2 && p.0 < r.2 && r.1 < p.3 && p.1 < r.3);
            if inside && free {
                placed.push(r);
                let _ = write!(
                    s,
                    r#"<text class="label" x="{x:.1}" y="{ly:.1}" font-size="{LABEL_SIZE}" fill="{fg}" text-anchor="middle">{}</text>"#,
                    isolated(&text)
                );
                break;
            }
        }
    }
    // Legend.
    let mut y = axis_y + AXIS_H + 20.0;
    if o.legend {
        for (i, entry) in t.entries.iter().enumerate() {
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
                isolated(&cut(&entry.article.title, 60))
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
