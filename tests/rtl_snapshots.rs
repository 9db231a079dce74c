//! Snapshots of the app where Arabic shows — a reader paragraph, the list with a row's tooltip,
//! a focused title field, the status bar after saving a project with an Arabic name, the
//! timeline with a range event's label — and, for each, where it is and what it says.
//!
//! The images are compared with `tests/snapshots/rtl_*.png` (regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test --test rtl_snapshots` and look at them). The crops go to
//! `target/tmp/ocr-manifest.tsv` (image, x, y, width, height, font size, the lines in logical
//! order): `tests/text/ocr.sh` reads each crop back with tesseract and compares it with what
//! tesseract reads from Chromium's rendering of the same lines.

use std::fmt::Write as _;
use std::path::PathBuf;

use eframe::egui::{self, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tarikh::ui::{Start, TarikhApp, text};

/// The app in English whatever the machine's locale (the tests look for English words).
fn in_english(mut app: TarikhApp) -> TarikhApp {
    app.set_language(tarikh::ui::i18n::Language::English);
    app
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The app on the seeds, with a fixed window of time and no timing in the status bar.
fn app() -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size([1400.0, 1100.0])
        .with_theme(egui::Theme::Light)
        .with_accessibility_check(false)
        .build_eframe(|cc| in_english(TarikhApp::new(cc, Start::Paths(vec![seeds()]), None)));
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.state_mut().view.view = Some((16_000.0, 20_800.0));
    // Loading may have finished in the harness's first frames or in wait_for_loading: either
    // way no fit-to-all is pending that would replace this window (a race that shifted the axis).
    h.state_mut().view.fit_all = false;
    h.state_mut().view.today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24);
    h.state_mut().status.clear();
    h.run_steps(4);
    h
}

/// Selects the event whose text is `date_text` (as written), as a click on it does.
fn select(h: &mut Harness<'static, TarikhApp>, date_text: &str) {
    let app = h.state_mut();
    let id = app.timeline.events.iter().find(|e| e.date_text == date_text).expect(date_text).id;
    app.select(id);
    h.run_steps(4);
}

/// One crop for the OCR check.
struct Crop {
    image: &'static str,
    rect: Rect,
    font_size: f32,
    lines: Vec<String>,
}

/// Writes the crops where `tests/text/ocr.sh` finds them.
fn write_manifest(crops: &[Crop]) {
    let mut out = String::new();
    for c in crops {
        let r = c.rect.round();
        let lines = c.lines.iter().map(|l| l.replace(['\t', '\n'], " ")).collect::<Vec<_>>().join("\t");
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            c.image,
            r.left(),
            r.top(),
            r.width(),
            r.height(),
            c.font_size,
            lines
        )
        .unwrap();
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::write(dir.join(format!("ocr-manifest-{}.tsv", crops[0].image)), out).unwrap();
}

#[test]
fn reader_paragraph() {
    let mut h = app();
    select(&mut h, "19 ديسمبر 2022");
    // The reader's paragraph holding the sentence: its node is labelled with its text.
    let text = {
        let app = h.state();
        let sentence = app.reader.focused_sentence(&app.timeline).expect("a sentence").to_owned();
        let article = &app.timeline.entries[app.reader.article.expect("an article")].article.text;
        article.lines().find(|l| l.contains(&sentence)).expect("its paragraph").trim().to_owned()
    };
    let rect = h.get_all_by_label_contains(&text).next().expect("the paragraph").rect();
    h.snapshot("rtl_reader");
    write_manifest(&[Crop { image: "rtl_reader", rect, font_size: 17.0, lines: vec![text] }]);
}

#[test]
fn list_row_tooltip() {
    let mut h = app();
    let row = h.get_all_by_label("19 ديسمبر 2022").next().expect("the Minsk row").rect();
    h.hover_at(row.center());
    h.run_steps(8);
    // The tooltip's lines, each a label of its own.
    let (title, range, article) = {
        let app = h.state();
        let e = app.timeline.events.iter().find(|e| e.date_text == "19 ديسمبر 2022").unwrap();
        let range = format!("{} — {}", e.range.start, e.range.end);
        (e.title.clone(), range, app.timeline.title_of_article(e.article).to_string())
    };
    let rects: Vec<Rect> = [&title, &range, &article]
        .iter()
        .map(|l| h.get_all_by_label(l).last().unwrap_or_else(|| panic!("tooltip line «{l}»")).rect())
        .collect();
    // Arabic lines are right-aligned: the title and the article's title end at the same x.
    assert!((rects[0].right() - rects[2].right()).abs() < 1.0, "{rects:?}");
    h.snapshot("rtl_list_tooltip");
    let crops: Vec<Crop> = [(0, &title), (2, &article)]
        .into_iter()
        .map(|(i, l)| Crop {
            image: "rtl_list_tooltip",
            rect: rects[i],
            font_size: 14.0,
            lines: vec![l.clone()],
        })
        .collect();
    write_manifest(&crops);
}

#[test]
fn focused_title_field() {
    let mut h = app();
    select(&mut h, "يوم التاسع من مايو (أيار) 2025");
    let title = {
        let app = h.state();
        app.timeline.event(app.selected.expect("selected")).unwrap().title.clone()
    };
    let field = || {
        h.get_all_by_role(egui::accesskit::Role::TextInput)
            .find(|n| n.value().as_deref() == Some(title.as_str()))
            .expect("the title field")
    };
    let rect = field().rect();
    field().click();
    h.run_steps(3);
    let id = egui::Id::unique("edit title");
    assert!(text::field::caret_rect(&h.ctx, id).is_some(), "the title field has focus");
    // Only the text, not the empty rest of the field.
    let crop = Rect::from_min_max(egui::pos2(rect.right() - 420.0, rect.top()), rect.max);
    h.snapshot("rtl_title_field");
    write_manifest(&[Crop { image: "rtl_title_field", rect: crop, font_size: 14.0, lines: vec![title] }]);
}

#[test]
fn status_bar_with_an_arabic_project_name() {
    let mut h = app();
    let dir = std::env::temp_dir().join("tarikh-rtl-ocr");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    tarikh::ui::save_project_as(h.state_mut(), dir.join("قمة مينسك.tarikh"));
    h.run_steps(3);
    let status = h.state().status.clone();
    assert!(status.contains("قمة مينسك.tarikh"), "{status}");
    let rect = h.get_by_label(&status).rect();
    h.snapshot("rtl_status");
    // The name, as the status bar lays the message out (tesseract's Arabic model reads the
    // Latin path as noise): one piece, in reading order, at the end of the line.
    let name = "قمة مينسك.tarikh";
    let at = status.find(name).unwrap();
    let font = egui::TextStyle::Body.resolve(&h.ctx.global_style());
    let p = text::Paragraph::for_editing(
        &h.ctx,
        &status,
        text::Direction::Ltr,
        &font,
        egui::Color32::BLACK,
        f32::INFINITY,
        &[],
    );
    let pieces = p.rects_of(rect.min, at..at + name.len());
    assert_eq!(pieces.len(), 1, "{pieces:?}");
    assert!((pieces[0].right() - rect.right()).abs() < 2.0, "the name ends the line: {pieces:?} in {rect:?}");
    let crop = pieces[0].expand2(egui::vec2(4.0, 0.0));
    write_manifest(&[Crop {
        image: "rtl_status",
        rect: crop,
        font_size: 14.0,
        lines: vec![name.to_owned()],
    }]);
}

#[test]
fn timeline_range_label() {
    let mut h = app();
    // The summit's three days: «(من 6 ‐ 2023/12/8)».
    select(&mut h, "من 6 ‐ 2023/12/8");
    let (title, label) = {
        let app = h.state();
        let id = app.selected.expect("selected");
        let e = app.timeline.event(id).unwrap();
        let label = app.view.labels_drawn.iter().find(|(d, _)| *d == id).expect("its label is drawn").1;
        (e.title.clone(), label)
    };
    // The timeline cuts a title of more than 40 characters to 39 and «…».
    let title: String =
        if title.chars().count() > 40 { title.chars().take(39).chain(['…']).collect() } else { title };
    h.snapshot("rtl_timeline");
    // Where the placer put the label (beside or above its mark), with a little margin.
    let crop = label.expand2(egui::vec2(6.0, 3.0));
    write_manifest(&[Crop { image: "rtl_timeline", rect: crop, font_size: 12.0, lines: vec![title] }]);
}
