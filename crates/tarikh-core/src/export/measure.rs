//! How wide a label is drawn, measured by shaping it with the bundled fonts (the ones the PNG
//! is drawn with), so that labels placed apart are apart on the picture too. Arabic letters
//! change width as they join: counting characters is not enough.

use super::png::{NASKH, SANS};
use harfrust::{FontRef, ShaperData, UnicodeBuffer};
use std::sync::OnceLock;

/// The advance of `text` at `size` pixels: shaped with Noto Naskh Arabic, characters it has no
/// glyph for (Latin letters) measured with Noto Sans.
pub fn text_width(text: &str, size: f64) -> f64 {
    let (naskh, sans) = fonts();
    let (in_naskh, missing) = advance(naskh, text);
    let latin: String = missing.into_iter().collect();
    let (in_sans, _) = if latin.is_empty() { (0.0, Vec::new()) } else { advance(sans, &latin) };
    (in_naskh + in_sans) * size
}

fn fonts() -> &'static (FontRef<'static>, FontRef<'static>) {
    static FONTS: OnceLock<(FontRef<'static>, FontRef<'static>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        (
            FontRef::new(NASKH).expect("the bundled Naskh font"),
            FontRef::new(SANS).expect("the bundled Sans font"),
        )
    })
}

/// The advance in ems of what `font` can draw of `text`, and the characters it cannot.
fn advance(font: &FontRef<'static>, text: &str) -> (f64, Vec<char>) {
    let data = ShaperData::new(font);
    let shaper = data.shaper(font).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
    let units = shaper.units_per_em().max(1) as f64;
    let mut missing = Vec::new();
    let mut total = 0.0;
    for (info, pos) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
        if info.glyph_id == 0 {
            if let Some(c) = text.get(info.cluster as usize..).and_then(|s| s.chars().next()) {
                missing.push(c);
            }
        } else {
            total += pos.x_advance as f64 / units;
        }
    }
    (total, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_follow_the_shaped_text() {
        let short = text_width("قمة", 13.0);
        let long = text_width("قمة منظمة معاهدة الأمن الجماعي في مينسك", 13.0);
        assert!(short > 5.0 && short < 40.0, "{short}");
        assert!(long > 6.0 * short, "{long} vs {short}");
        // Latin letters are measured too (with the Latin font).
        assert!(text_width("Tarikh", 13.0) > 25.0);
    }
}
