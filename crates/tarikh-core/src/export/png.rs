//! The SVG drawing rasterised with resvg, or turned into outlines, with the bundled fonts: the
//! PNG and the outlined SVG look the same on every machine, with or without Arabic fonts
//! (resvg shapes Arabic and lays it out right-to-left).

use std::sync::Arc;

pub(super) static NASKH: &[u8] = include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf");
static NASKH_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf");
pub(super) static SANS: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");

/// The drawing parsed, its text shaped with the bundled fonts.
fn parse(svg: &str) -> Result<resvg::usvg::Tree, String> {
    let mut opt = resvg::usvg::Options::default();
    let db = opt.fontdb_mut();
    for font in [NASKH, NASKH_BOLD, SANS] {
        db.load_font_data(font.to_vec());
    }
    db.set_sans_serif_family("Noto Sans");
    opt.fontdb = Arc::new(std::mem::take(opt.fontdb_mut()));
    resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| format!("the drawing is not valid SVG: {e}"))
}

/// Renders an SVG document to PNG bytes at its own size.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, String> {
    let tree = parse(svg)?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot make a {}×{} image", size.width(), size.height()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
}

/// The same drawing with every text turned into outlines (paths) of the bundled fonts: it
/// shows the same in every viewer, on machines without an Arabic font too, at the cost of
/// text that can no longer be selected or searched.
pub fn svg_to_outlines(svg: &str) -> Result<String, String> {
    let tree = parse(svg)?;
    Ok(tree.to_string(&resvg::usvg::WriteOptions::default()))
}
