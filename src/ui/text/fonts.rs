//! The Arabic font (Noto Naskh Arabic, SIL OFL 1.1: `assets/fonts/OFL.txt`) and the font
//! families the app uses.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily, FontId, FontTweak};

/// Noto Naskh Arabic, regular weight.
static NASKH_REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoNaskhArabic-Regular.ttf");
/// Noto Naskh Arabic, bold.
static NASKH_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoNaskhArabic-Bold.ttf");

const NASKH: &str = "NotoNaskhArabic-Regular";
const NASKH_BOLD_NAME: &str = "NotoNaskhArabic-Bold";

/// egui's default Latin font, the fallback for what Noto Naskh lacks: `(`, `)`, `/`, `-`, `…`,
/// Latin letters.
const LATIN: &str = "Ubuntu-Light";

/// The same fonts, moved up or down to sit on the baseline of the family they fall back in.
const LATIN_IN_ARABIC: &str = "Ubuntu-Light (Arabic baseline)";
const NASKH_IN_LATIN: &str = "NotoNaskhArabic-Regular (Latin baseline)";

/// egui centres the glyphs of a fallback font in the line of the family's first font, which puts
/// Ubuntu-Light's baseline this much (in em) below Noto Naskh Arabic's (measured: 0.14 em at
/// 100 and 1000 points); the copies above are shifted by that much to share the baseline.
const BASELINE_SHIFT: f32 = 0.14;

/// The family text with Arabic letters is laid out in: Noto Naskh Arabic first (its metrics set
/// the line height and the baseline, and its digits match its letters), egui's Latin font next.
pub const ARABIC: &str = "tarikh-arabic";

/// Same with Noto Naskh Arabic Bold (Latin stays egui's regular font, which has no bold).
pub const ARABIC_BOLD: &str = "tarikh-arabic-bold";

/// The family for Arabic text, see [`ARABIC`].
pub fn arabic_family() -> FontFamily {
    FontFamily::Name(ARABIC.into())
}

/// The bold family for Arabic text, see [`ARABIC_BOLD`].
pub fn arabic_bold_family() -> FontFamily {
    FontFamily::Name(ARABIC_BOLD.into())
}

/// A bold Arabic font of `size` points, for headings.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, arabic_bold_family())
}

/// The font definitions: egui's defaults, plus Noto Naskh Arabic as a fallback of the
/// Proportional and Monospace families (so that any egui widget shows Arabic letters, though in
/// the wrong order), and the [`ARABIC`] and [`ARABIC_BOLD`] families this module lays out
/// Arabic text with.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    let shifted =
        |data: FontData, by: f32| data.tweak(FontTweak { y_offset_factor: by, ..Default::default() });
    defs.font_data.insert(NASKH.to_owned(), Arc::new(FontData::from_static(NASKH_REGULAR)));
    defs.font_data.insert(NASKH_BOLD_NAME.to_owned(), Arc::new(FontData::from_static(NASKH_BOLD)));
    defs.font_data.insert(
        NASKH_IN_LATIN.to_owned(),
        Arc::new(shifted(FontData::from_static(NASKH_REGULAR), BASELINE_SHIFT)),
    );
    if let Some(latin) = defs.font_data.get(LATIN).cloned() {
        defs.font_data
            .insert(LATIN_IN_ARABIC.to_owned(), Arc::new(shifted((*latin).clone(), -BASELINE_SHIFT)));
    }
    let latin_in_arabic = if defs.font_data.contains_key(LATIN_IN_ARABIC) { LATIN_IN_ARABIC } else { LATIN };

    let proportional = defs.families.entry(FontFamily::Proportional).or_default();
    let at = proportional.iter().position(|f| f == LATIN).map_or(proportional.len(), |i| i + 1);
    proportional.insert(at, NASKH_IN_LATIN.to_owned());
    let tail: Vec<String> =
        proportional.iter().filter(|f| *f != LATIN && *f != NASKH_IN_LATIN).cloned().collect();

    let monospace = defs.families.entry(FontFamily::Monospace).or_default();
    let at = monospace.iter().position(|f| f == LATIN).map_or(monospace.len(), |i| i + 1);
    monospace.insert(at, NASKH_IN_LATIN.to_owned());

    let family = |arabic: &str| -> Vec<String> {
        [arabic.to_owned(), latin_in_arabic.to_owned()].into_iter().chain(tail.iter().cloned()).collect()
    };
    defs.families.insert(arabic_family(), family(NASKH));
    defs.families.insert(arabic_bold_family(), family(NASKH_BOLD_NAME));
    defs
}

/// Installs Noto Naskh Arabic into egui's fonts (see [`definitions`]). Call once at start-up,
/// before any text is laid out in the first frame (egui applies it at once then, else from the
/// next frame on).
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// The family to shape `text` with when asked for `family`: Arabic text asked for in the
/// Proportional family goes to [`ARABIC`], when it is installed. `installed` tells whether the
/// fonts' definitions hold [`ARABIC`].
pub(crate) fn shaping_family(family: &FontFamily, has_rtl: bool, installed: bool) -> FontFamily {
    if has_rtl && installed && *family == FontFamily::Proportional { arabic_family() } else { family.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_have_a_latin_fallback() {
        let defs = definitions();
        let arabic = &defs.families[&arabic_family()];
        assert_eq!(arabic[0], NASKH);
        assert_eq!(arabic[1], LATIN_IN_ARABIC);
        assert_eq!(defs.families[&arabic_bold_family()][0], NASKH_BOLD_NAME);
        let prop = &defs.families[&FontFamily::Proportional];
        assert_eq!(prop[0], LATIN);
        assert_eq!(prop[1], NASKH_IN_LATIN);
        assert!(defs.families[&FontFamily::Monospace].contains(&NASKH_IN_LATIN.to_owned()));
        for names in defs.families.values() {
            for n in names {
                assert!(defs.font_data.contains_key(n), "{n}");
            }
        }
    }
}
