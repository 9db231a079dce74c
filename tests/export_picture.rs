//! The timeline picture: the SVG is valid, has one lane per article and the labels as real
//! text; the PNG has the requested width and is not blank.

use std::path::PathBuf;
use tarikh::export::{PictureOptions, PictureTheme, svg_to_png, to_svg};
use tarikh::timeline::Timeline;

fn seeds() -> Timeline {
    Timeline::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")])
}

#[test]
fn the_svg_parses_and_has_lanes_events_and_labels() {
    let t = seeds();
    let svg = to_svg(&t, &PictureOptions::default());
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).expect("valid SVG");
    assert_eq!(tree.size().width(), 1920.0);
    assert_eq!(svg.matches(r#"class="lane""#).count(), t.entries.len(), "one lane per article");
    assert_eq!(svg.matches(r#"class="event""#).count(), t.events.len(), "every event drawn");
    assert!(svg.contains(r#"direction="rtl""#));
    // Labels are text, shaped by the viewer: the Minsk summit's clause is there.
    let labels = svg.matches(r#"class="label""#).count();
    assert!(labels >= 10, "{labels} labels");
    assert!(svg.contains("مارس/آذار 2025"));
}

#[test]
fn the_png_has_the_requested_width_and_is_not_blank() {
    let t = seeds();
    let o = PictureOptions { width: 1200, theme: PictureTheme::Dark, ..Default::default() };
    let png = svg_to_png(&to_svg(&t, &o)).unwrap();
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
    assert_eq!(pixmap.width(), 1200);
    let first = pixmap.pixels()[0];
    let different = pixmap.pixels().iter().filter(|p| **p != first).count();
    assert!(different > pixmap.pixels().len() / 50, "{different} pixels differ from the background");
}

#[test]
fn a_time_window_leaves_out_what_is_outside() {
    let t = seeds();
    let o = PictureOptions {
        from: chrono::NaiveDate::from_ymd_opt(2022, 1, 1),
        to: chrono::NaiveDate::from_ymd_opt(2022, 12, 31),
        ..Default::default()
    };
    let svg = to_svg(&t, &o);
    let drawn = svg.matches(r#"class="event""#).count();
    let inside = t
        .events
        .iter()
        .filter(|e| {
            e.range.end.to_string() >= "2022-01-01".into() && e.range.start.to_string() <= "2022-12-31".into()
        })
        .count();
    assert_eq!(drawn, inside);
}
