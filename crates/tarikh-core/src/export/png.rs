//! The SVG drawing rasterised with resvg, with the bundled fonts (so the PNG looks the same on
//! every machine; resvg shapes Arabic and lays it out right-to-left).

use std::sync::Arc;

static NASKH: &[u8] = include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf");
static NASKH_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf");
static SANS: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");

/// Renders an SVG document to PNG bytes at its own size.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, String> {
    let mut opt = resvg::usvg::Options::default();
    let db = opt.fontdb_mut();
    for font in [NASKH, NASKH_BOLD, SANS] {
        db.load_font_data(font.to_vec());
    }
    db.set_sans_serif_family("Noto Sans");
    opt.fontdb = Arc::new(std::mem::take(opt.fontdb_mut()));
    let tree =
        resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| format!("the drawing is not valid SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot make a {}×{} image", size.width(), size.height()))?;
    resvg::render(&tree, resvg::tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
}
