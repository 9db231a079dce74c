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
    PALETTE[article % PALETTE.len()]
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
