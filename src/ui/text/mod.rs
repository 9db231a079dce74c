//! TEMPORARY STUB written by the app author so the app compiles while the real bidi module is
//! being written: replace this whole file freely (same API).
use eframe::egui::{self, Color32, FontId};
use std::sync::Arc;

pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "naskh".into(),
        Arc::new(egui::FontData::from_static(include_bytes!(
            "../../../assets/fonts/NotoNaskhArabic-Regular.ttf"
        ))),
    );
    for fam in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(fam).or_default().push("naskh".into());
    }
    ctx.set_fonts(fonts);
}

#[derive(Clone, Debug)]
pub struct Mark {
    pub span: std::ops::Range<usize>,
    pub background: Color32,
    pub underline: bool,
}

pub struct Paragraph {
    galley: Arc<egui::Galley>,
}

impl Paragraph {
    pub fn new(
        ui: &egui::Ui,
        text: &str,
        font: FontId,
        color: Color32,
        wrap_width: f32,
        _marks: &[Mark],
    ) -> Paragraph {
        let job = egui::text::LayoutJob::simple(text.to_string(), font, color, wrap_width);
        Paragraph { galley: ui.fonts_mut(|f| f.layout_job(job)) }
    }
    pub fn size(&self) -> egui::Vec2 {
        self.galley.size()
    }
    pub fn paint(&self, painter: &egui::Painter, origin: egui::Pos2) {
        painter.galley(origin, self.galley.clone(), Color32::WHITE);
    }
    pub fn byte_at(&self, _origin: egui::Pos2, _pos: egui::Pos2) -> Option<usize> {
        None
    }
    pub fn rects_of(&self, origin: egui::Pos2, _span: std::ops::Range<usize>) -> Vec<egui::Rect> {
        vec![egui::Rect::from_min_size(origin, self.size())]
    }
}

pub fn paragraph(ui: &mut egui::Ui, p: &Paragraph) -> (egui::Response, Option<usize>) {
    let (rect, resp) = ui.allocate_exact_size(p.size(), egui::Sense::click());
    p.paint(ui.painter(), rect.min);
    (resp, None)
}

pub fn label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(text)
}

pub fn label_with(
    ui: &mut egui::Ui,
    text: &str,
    font: FontId,
    color: Color32,
    _max_width: Option<f32>,
) -> egui::Response {
    ui.label(egui::RichText::new(text).font(font).color(color))
}

pub fn line_galley(ctx: &egui::Context, text: &str, font: FontId, color: Color32) -> Arc<egui::Galley> {
    ctx.fonts_mut(|f| f.layout_no_wrap(text.to_string(), font, color))
}
