//! One source of colours and shapes, shared by the app's timeline and the exported images.

use crate::dates::Granularity;

/// An sRGB colour, `[r, g, b]`.
pub type Rgb = [u8; 3];

/// Article colours: a qualitative palette (Okabe–Ito, safe for colour-blind readers).
const PALETTE: [Rgb; 8] = [
    [0, 114, 178],
    [213, 94, 0],
    [0, 158, 115],
    [204, 121, 167],
    [230, 159, 0],
    [86, 180, 233],
    [120, 94, 60],
    [90, 90, 90],
];

/// The colour of an article's lane, markers and legend entry.
pub fn article_color(article: usize) -> Rgb {
    lane_color(article)
}

/// The colour of the `i`-th lane: the palette first, then hues a golden angle apart at
/// alternating lightness, so that colours stay distinct past eight lanes.
pub fn lane_color(i: usize) -> Rgb {
    if let Some(c) = PALETTE.get(i) {
        return *c;
    }
    let k = (i - PALETTE.len()) as f32;
    let hue = (k * 137.508 + 20.0) % 360.0;
    let lightness = [0.42, 0.55, 0.35][i % 3];
    hsl(hue, 0.62, lightness)
}

/// An sRGB colour from hue (degrees), saturation and lightness (0..=1).
fn hsl(h: f32, s: f32, l: f32) -> Rgb {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let byte = |v: f32| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    [byte(r), byte(g), byte(b)]
}

/// How solid an event is drawn, 0..=1: the vaguer its date, the lighter.
pub fn opacity(g: Granularity, approximate: bool) -> f32 {
    let base = match g {
        Granularity::Day => 1.0,
        Granularity::Range => 0.8,
        Granularity::Month => 0.65,
        Granularity::PartOfMonth => 0.6,
        Granularity::PartOfYear => 0.45,
        Granularity::Year => 0.35,
        Granularity::Decade | Granularity::PartOfDecade => 0.3,
        Granularity::Century | Granularity::PartOfCentury => 0.25,
    };
    if approximate { base * 0.85 } else { base }
}

/// Whether an event is drawn as a point (a day) or as a bar over its interval.
pub fn is_point(start: chrono::NaiveDate, end: chrono::NaiveDate) -> bool {
    start == end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_colours_stay_distinct_past_the_palette() {
        let colours: Vec<Rgb> = (0..24).map(lane_color).collect();
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[..i] {
                let d: i32 = a.iter().zip(b).map(|(x, y)| (*x as i32 - *y as i32).abs()).sum();
                assert!(d > 24, "lanes {i} and another look alike: {a:?} {b:?}");
            }
        }
    }
}
