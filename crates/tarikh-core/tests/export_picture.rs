//! The timeline picture: the SVG is valid, has one lane per article and the labels as real
//! text; the PNG has the requested width and is not blank.

use std::path::PathBuf;
use tarikh_core::export::{PictureOptions, PictureTheme, svg_to_png, to_svg};
use tarikh_core::timeline::Timeline;

fn seeds() -> Timeline {
    Timeline::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")])
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
    // Labels are text, shaped by the viewer. Every event's label is in the document (as the
    // marker's <title>); the visible ones are thinned so they never overlap.
    for e in &t.events {
        let escaped =
            e.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        assert!(svg.contains(&format!("<title>{escaped}")), "{}", e.title);
    }
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

/// A golden image of the seeds' export, tolerant of small raster differences (hinting,
/// anti-aliasing). Regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test export_picture` and
/// look at it before committing.
#[test]
fn golden_image_of_the_seeds() {
    let t = seeds();
    let o = PictureOptions {
        width: 1200,
        from: chrono::NaiveDate::from_ymd_opt(2014, 7, 1),
        to: chrono::NaiveDate::from_ymd_opt(2027, 6, 30),
        ..Default::default()
    };
    let png = svg_to_png(&to_svg(&t, &o)).unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/export_seeds.png");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() || !path.exists() {
        std::fs::write(&path, &png).unwrap();
    }
    let got = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
    let want = resvg::tiny_skia::Pixmap::decode_png(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!((got.width(), got.height()), (want.width(), want.height()));
    let far = got
        .pixels()
        .iter()
        .zip(want.pixels())
        .filter(|(a, b)| {
            let d = |x: u8, y: u8| (x as i32 - y as i32).abs();
            d(a.red(), b.red()) > 40 || d(a.green(), b.green()) > 40 || d(a.blue(), b.blue()) > 40
        })
        .count();
    let share = far as f64 / got.pixels().len() as f64;
    assert!(share < 0.005, "{:.3}% of pixels differ from the golden image", share * 100.0);
}
