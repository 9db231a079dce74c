//! The timeline picture: the SVG is valid, has one lane per article and the labels as real
//! text in bidi isolates; the PNG has the requested width and is not blank; the outlined SVG
//! draws the same without fonts. (resvg against librsvg: `tests/exports/`.)

use std::path::PathBuf;
use tarikh_core::export::{PictureOptions, PictureTheme, svg_to_outlines, svg_to_png, to_svg};
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
    // Arabic in right-to-left isolates, anchored as any text: no `direction`, which browsers,
    // librsvg and resvg read differently.
    assert!(!svg.contains("direction="));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let arabic: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .filter(|s| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .collect();
    assert!(arabic.len() >= 20, "{}", arabic.len());
    for s in arabic {
        assert!(s.starts_with('\u{2067}') && s.ends_with('\u{2069}'), "not isolated: {s}");
    }
    assert!(svg.contains("مارس/آذار 2025"));
    // Labels are text, shaped by the viewer. Every event's label is in the document (as the
    // marker's <title>); the visible ones are thinned so they never overlap.
    for e in &t.events {
        let escaped =
            e.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        assert!(svg.contains(&format!("<title>{escaped}")), "{}", e.title);
    }
    let labels = svg.matches(r#"class="label""#).count();
    assert!(labels >= 10, "{labels} labels");
}

#[test]
fn the_outlined_svg_has_no_text_and_draws_the_same() {
    let t = seeds();
    let o = PictureOptions { width: 1200, ..Default::default() };
    let svg = to_svg(&t, &o);
    let outlined = svg_to_outlines(&svg).unwrap();
    let doc = roxmltree::Document::parse(&outlined).expect("well-formed");
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("text")).count(), 0, "text became paths");
    assert!(doc.descendants().filter(|n| n.has_tag_name("path")).count() > 30);
    // Drawn by resvg without any font, it matches the text drawing made with the fonts.
    let bare = resvg::usvg::Tree::from_str(&outlined, &resvg::usvg::Options::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(1200, bare.size().height() as u32).unwrap();
    resvg::render(&bare, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    let want = resvg::tiny_skia::Pixmap::decode_png(&svg_to_png(&svg).unwrap()).unwrap();
    assert!(far_share(&pixmap, &want) < 0.002, "{:.3}%", far_share(&pixmap, &want) * 100.0);
}

/// The share of pixels that differ clearly (by more than 40 in a channel).
fn far_share(got: &resvg::tiny_skia::Pixmap, want: &resvg::tiny_skia::Pixmap) -> f64 {
    let far = got
        .pixels()
        .iter()
        .zip(want.pixels())
        .filter(|(a, b)| {
            let d = |x: u8, y: u8| (x as i32 - y as i32).abs();
            d(a.red(), b.red()) > 40 || d(a.green(), b.green()) > 40 || d(a.blue(), b.blue()) > 40
        })
        .count();
    far as f64 / got.pixels().len() as f64
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
    let inside =
        t.events.iter().filter(|e| e.range.end >= o.from.unwrap() && e.range.start <= o.to.unwrap()).count();
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
    let share = far_share(&got, &want);
    assert!(share < 0.005, "{:.3}% of pixels differ from the golden image", share * 100.0);
}

/// The mission's events are named on the seeds' picture: the Minsk summit (19 Dec 2022), the
/// Gulf tour (6–8 Dec 2023) and the Victory Day truce (9 May 2025) each get a visible label,
/// the important events winning the room (precise dates first, labels running left from
/// their marks, stacked events labelled beside them).
#[test]
fn the_seeds_picture_names_the_missions_events() {
    let t = seeds();
    let svg = to_svg(&t, &PictureOptions::default());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let labels: Vec<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("label"))
        .filter_map(|n| n.text())
        .map(|s| s.trim_matches(['\u{2067}', '\u{2068}', '\u{2069}']).to_string())
        .collect();
    for (start, what) in
        [("2022-12-19", "Minsk"), ("2023-12-06", "Gulf tour"), ("2025-05-09", "Victory Day truce")]
    {
        let named =
            t.events.iter().filter(|e| e.range.start.to_string() == start).any(|e| labels.contains(&e.title));
        assert!(named, "the {what} ({start}) has no label; labels: {labels:?}");
    }
}
