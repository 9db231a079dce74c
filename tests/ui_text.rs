//! Arabic text in egui: snapshots of the seed sentences and of a wrapped paragraph (rendered
//! with wgpu), and the widgets found and clicked through AccessKit.
//!
//! Update the reference images with `UPDATE_SNAPSHOTS=1 cargo test --test ui_text`, then look
//! at each PNG in `tests/snapshots/`: letters joined, words right to left, «2022» not «2202»,
//! brackets pointing outwards.

use eframe::egui::{self, Color32, FontId, Vec2};
use egui_kittest::{HarnessBuilder, SnapshotResults, kittest::Queryable};
use tarikh::ui::text::{self, Mark, Paragraph};

/// The seed sentences: a date, a date range in brackets, a month with its Levantine name, and
/// a Latin acronym inside Arabic.
const SEEDS: [(&str, &str); 4] = [
    ("seed_date", "في 19 ديسمبر 2022"),
    ("seed_range", "(من 6 ‐ 2023/12/8)"),
    ("seed_month", "التاسع من مايو (أيار) 2025"),
    ("seed_latin", "قال NATO إن"),
];

/// A long paragraph with numbers, brackets, a slash date and Latin words.
const LONG: &str = "قال المتحدث باسم الحكومة في مؤتمر صحفي عقده يوم الأحد 19 ديسمبر 2022 إن \
الاجتماع المقبل (الذي تأجل مرتين) سيعقد في 2023/12/8، وإن الوفد سيضم 25 عضوا من حلف NATO \
ومنظمة الأمم المتحدة (UN)، على أن تصدر النتائج قبل نهاية مايو (أيار) 2025.";

fn builder<State>() -> HarnessBuilder<State> {
    HarnessBuilder::default().with_context_setup(text::install_fonts).with_theme(egui::Theme::Light)
}

/// A frame around the widget, to see where the paragraph's box is.
fn framed(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new().stroke(egui::Stroke::new(1.0, Color32::GRAY)).inner_margin(4.0).show(ui, add);
}

#[test]
fn snapshots_of_seed_sentences() {
    let mut results = SnapshotResults::new();
    for (name, sentence) in SEEDS {
        let mut harness = builder().build_ui(move |ui| {
            framed(ui, |ui| {
                let color = ui.visuals().text_color();
                let p = Paragraph::new(ui, sentence, FontId::proportional(28.0), color, 420.0, &[]);
                text::paragraph(ui, &p);
            });
        });
        harness.fit_contents();
        results.add(harness.try_snapshot(name));
    }
    results.unwrap();
}

/// What egui does alone with the first seed (no bidi layer): kept as a reference of the
/// problem this module solves.
#[test]
fn snapshot_of_egui_without_bidi() {
    let mut harness = builder().build_ui(|ui| {
        ui.label(egui::RichText::new(SEEDS[0].1).font(FontId::new(28.0, text::arabic_family())));
        ui.label(egui::RichText::new("ديسمبر").font(FontId::new(28.0, text::arabic_family())));
    });
    harness.fit_contents();
    harness.snapshot("egui_without_bidi");
}

#[test]
fn snapshot_of_wrapped_paragraph() {
    let date = LONG.find("19 ديسمبر 2022").unwrap();
    let sentence_end = LONG.find('،').unwrap();
    let marks = vec![
        Mark { span: 0..sentence_end, background: Color32::from_rgb(255, 244, 200), underline: false },
        Mark {
            span: date..date + "19 ديسمبر 2022".len(),
            background: Color32::from_rgb(190, 225, 255),
            underline: true,
        },
    ];
    let mut harness = builder().build_ui(move |ui| {
        framed(ui, |ui| {
            let color = ui.visuals().text_color();
            let p = Paragraph::new(ui, LONG, FontId::proportional(18.0), color, 300.0, &marks);
            assert!(p.lines().len() >= 5, "{} lines", p.lines().len());
            // Lines fit the wrap width and are right-aligned to it.
            assert_eq!(p.size().x, 300.0);
            for line in p.lines() {
                let w = line.galley.size().x;
                assert!(w <= 300.5, "line {w} wide");
                assert!((line.pos.x + w - 300.0).abs() < 1.0, "not right-aligned: {} + {w}", line.pos.x);
            }
            text::paragraph(ui, &p);
        });
    });
    harness.fit_contents();
    harness.snapshot("wrapped_paragraph");
}

#[test]
fn snapshot_of_labels() {
    let mut harness = builder().build_ui(|ui| {
        ui.set_width(360.0);
        text::label(ui, "تاريخ: مستكشف الخط الزمني للأخبار العربية");
        text::label(ui, "A Latin label stays as egui draws it (1 2 3)");
        let font = FontId::proportional(14.0);
        let color = ui.visuals().strong_text_color();
        text::label_with(ui, LONG, font.clone(), color, Some(200.0));
        text::label_with(ui, "(من 6 ‐ 2023/12/8)", font.clone(), color, Some(200.0));
        let g = text::line_galley(ui.ctx(), "التاسع من مايو (أيار) 2025", font, Color32::DARK_RED);
        let (rect, _) = ui.allocate_exact_size(g.size(), egui::Sense::hover());
        ui.painter().galley(rect.min, g, Color32::GREEN);
    });
    harness.fit_contents();
    harness.snapshot("labels");
}

/// Every word of the seeds and of the long paragraph is drawn once, in one piece, at its place:
/// right to left in Arabic lines, and a click on its middle gives a byte inside it.
#[test]
fn words_map_back_to_their_bytes() {
    let harness = builder().build_ui(|ui| {
        for text in SEEDS.iter().map(|s| s.1).chain([LONG]) {
            let p = Paragraph::new(ui, text, FontId::proportional(18.0), Color32::BLACK, 300.0, &[]);
            let origin = egui::pos2(10.0, 20.0);
            let mut previous: Option<(usize, egui::Rect)> = None;
            for (start, word) in text.split(' ').scan(0, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            }) {
                let span = start..start + word.len();
                let rects = p.rects_of(origin, span.clone());
                assert_eq!(rects.len(), 1, "«{word}» in «{text}»: {rects:?}");
                let rect = rects[0];
                let at = p.byte_at(origin, rect.center());
                assert!(at.is_some_and(|b| span.contains(&b)), "«{word}»: {at:?}");
                if let Some((_, prev)) = previous
                    && (prev.center().y - rect.center().y).abs() < 1.0
                {
                    // Same line: each word is left of the one before it.
                    assert!(rect.right() <= prev.left() + 0.5, "«{word}» {rect:?} after {prev:?}");
                }
                previous = Some((start, rect));
            }
        }
    });
    drop(harness);
}

/// State of the click test: the byte clicked, and where the word «ديسمبر» is on screen.
#[derive(Default)]
struct Clicks {
    clicked: Option<usize>,
    month_rect: Option<egui::Rect>,
    label_hovered: bool,
}

#[test]
fn label_and_paragraph_are_found_and_clicked() {
    let sentence = SEEDS[0].1;
    let month = sentence.find("ديسمبر").unwrap();
    let mut harness = builder().with_size(Vec2::new(500.0, 300.0)).build_ui_state(
        move |ui, state: &mut Clicks| {
            if text::label(ui, "قال NATO إن").hovered() {
                state.label_hovered = true;
            }
            let p = Paragraph::new(ui, sentence, FontId::proportional(24.0), Color32::BLACK, 400.0, &[]);
            let (resp, at) = text::paragraph(ui, &p);
            let rects = p.rects_of(resp.rect.min, month..month + "ديسمبر".len());
            assert_eq!(rects.len(), 1);
            state.month_rect = Some(rects[0]);
            if at.is_some() {
                state.clicked = at;
            }
        },
        Clicks::default(),
    );
    harness.run();

    // Both are found by their logical text.
    harness.get_by_label("قال NATO إن");
    let node = harness.get_by_label(sentence);
    let rect = node.rect();
    assert!(rect.width() >= 399.0, "an RTL paragraph takes the wrap width: {rect:?}");

    // The word «ديسمبر» sits right of the middle (the sentence reads from the right: في, 19,
    // ديسمبر, 2022), and clicking it gives a byte inside it.
    let month_rect = harness.state().month_rect.unwrap();
    assert!(month_rect.center().x > rect.center().x - 60.0, "{month_rect:?} in {rect:?}");
    harness.get_by_label(sentence).hover();
    harness.run();
    harness.event(egui::Event::PointerMoved(month_rect.center()));
    harness.event(egui::Event::PointerButton {
        pos: month_rect.center(),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: month_rect.center(),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    let at = harness.state().clicked.expect("the click gives a byte offset");
    assert!((month..month + "ديسمبر".len()).contains(&at), "clicked byte {at}");

    // The label senses hover (so a clickable row under it keeps its clicks).
    harness.get_by_label("قال NATO إن").hover();
    harness.run();
    assert!(harness.state().label_hovered);
}

/// Arabic names in egui's own widgets, through `text::widget_text`, and a table cell, a path and
/// a message with a name in it: each reads in order (looked at in `widgets_with_names.png`).
#[test]
fn snapshot_of_widgets_with_names() {
    let mut harness = builder().build_ui(|ui| {
        ui.set_width(420.0);
        let name = "قمة مينسك (2022).tarikh";
        let _ = ui.button(text::widget_text(ui, name));
        let _ = ui.selectable_label(true, text::widget_text(ui, "تقرير-2024.txt"));
        egui::ComboBox::from_label("Project").selected_text(text::widget_text(ui, name)).show_ui(ui, |_| {});
        let font = FontId::proportional(14.0);
        let color = ui.visuals().text_color();
        egui::Frame::new().stroke(egui::Stroke::new(1.0, Color32::GRAY)).show(ui, |ui| {
            text::cell(ui, "19 ديسمبر 2022", font.clone(), color, 200.0);
            text::cell(ui, "2022-12-19", font.clone(), color, 200.0);
        });
        text::label(ui, &text::path_text(std::path::Path::new("/home/سارة/مشاريع/قمة مينسك.tarikh")));
        text::label(ui, &format!("Saved {}", text::isolate(name)));
        text::lines(ui, &[("العنوان: قمة مينسك", color), ("2022-12-19 — 2022-12-19", color)]);
    });
    harness.fit_contents();
    harness.snapshot("widgets_with_names");
}

/// A button with Arabic text is drawn in visual order («2022» leftmost) but named in reading
/// order: a screen reader reads «قمة مينسك 2022», not its letters right to left.
#[test]
fn arabic_widget_text_is_named_in_reading_order() {
    const NAME: &str = "قمة مينسك 2022";
    let mut harness = builder().build_ui(|ui| {
        let _ = ui.button(text::widget_text(ui, NAME));
    });
    harness.run();
    harness.get_by_label(NAME);
    let galley = text::line_galley(&harness.ctx, NAME, FontId::proportional(14.0), Color32::BLACK);
    assert_eq!(galley.text(), NAME);
    let drawn: String = galley.rows[0].glyphs.iter().map(|g| g.chr).collect();
    assert!(drawn.starts_with("2022"), "the number is drawn at the left of the line: {drawn:?}");
}
