//! The Arabic interface (issue 13.3) driven through egui_kittest: the menu bar runs from the
//! right and its menus open there, every word shown is the catalogue's Arabic, the side panels
//! swap, View → Language switches and the choice is kept, the date picker speaks Arabic, starts
//! its week on Saturday (the rightmost column) and shows Hijri months. Also renders the app in
//! both languages for the README (`tests/snapshots/app_arabic.png`, `app_english.png`).

use chrono::NaiveDate;
use eframe::egui::{self, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::path::PathBuf;
use tarikh::ui::i18n::{self, Digits, Interface, Language};
use tarikh::ui::{Saved, Start, TarikhApp, date_picker, text};

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn app_in(language: Language, size: [f32; 2]) -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            let mut app = TarikhApp::new(cc, Start::Paths(vec![seeds()]), None);
            app.set_language(language);
            app
        });
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.state_mut().view.view = Some((16_000.0, 20_800.0));
    // Loading may have finished in the harness's first frames or in wait_for_loading: either
    // way no fit-to-all is pending that would replace this window (a race that shifted the axis).
    h.state_mut().view.fit_all = false;
    h.state_mut().view.today = NaiveDate::from_ymd_opt(2026, 11, 24);
    h.state_mut().status.clear();
    h.run_steps(4);
    h
}

/// Does a widget's accessible name say `message`, in logical order (what a screen reader
/// reads; Arabic is drawn in visual order, but named in reading order)? A menu item's name
/// follows or precedes its shortcut.
fn says(label: &str, message: &str) -> bool {
    let words = |s: &str| s.split(' ').count();
    let label = &label.replace(['\u{2068}', '\u{2069}'], "");
    label == message
        || (label.ends_with(&format!(" {message}")) || label.starts_with(&format!("{message} ")))
            && words(label) == words(message) + 1
}

/// A node's name: its label, or a label's text (its value).
fn name(n: &egui_kittest::kittest::AccessKitNode<'_>) -> Option<String> {
    n.label().or_else(|| n.value())
}

fn rects_of<S>(h: &Harness<'static, S>, message: &str) -> Vec<Rect> {
    h.query_all_by(|n| name(n).is_some_and(|l| says(&l, message))).map(|n| n.rect()).collect()
}

/// The rect of the first widget saying `message`.
fn rect_of<S>(h: &Harness<'static, S>, message: &str) -> Rect {
    let found = rects_of(h, message);
    if found.is_empty() {
        let labels: Vec<String> =
            h.query_all_by(|n| name(n).is_some()).filter_map(|n| name(&n.accesskit_node())).collect();
        panic!("no widget says «{message}»; there are {labels:?}");
    }
    found[0]
}

fn has<S>(h: &Harness<'static, S>, message: &str) -> bool {
    !rects_of(h, message).is_empty()
}

fn click<S>(h: &mut Harness<'static, S>, message: &str) {
    rect_of(h, message);
    h.query_all_by(|n| name(n).is_some_and(|l| says(&l, message))).next().unwrap().click();
    h.run_steps(3);
}

#[test]
fn the_arabic_menu_bar_runs_from_the_right() {
    let h = app_in(Language::Arabic, [1280.0, 800.0]);
    let titles = ["ملف", "تحرير", "عرض", "مساعدة"];
    let rects: Vec<Rect> = titles.iter().map(|t| rect_of(&h, t)).collect();
    assert!(rects[0].right() > 1280.0 - 40.0, "«ملف» starts the bar at the right: {:?}", rects[0]);
    for pair in rects.windows(2) {
        assert!(pair[0].left() > pair[1].right() - 1.0, "each menu left of the one before: {rects:?}");
    }
    for english in ["File", "Edit", "View", "Help"] {
        assert!(!has(&h, english), "«{english}» in the Arabic interface");
    }

    let h = app_in(Language::English, [1280.0, 800.0]);
    let rects: Vec<Rect> = ["File", "Edit", "View", "Help"].iter().map(|t| rect_of(&h, t)).collect();
    assert!(rects[0].left() < 40.0, "File starts the bar at the left: {:?}", rects[0]);
    for pair in rects.windows(2) {
        assert!(pair[0].right() < pair[1].left() + 1.0, "{rects:?}");
    }
}

#[test]
fn an_arabic_menu_opens_from_its_title_s_right_edge_with_arabic_items() {
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    let title = rect_of(&h, "ملف");
    click(&mut h, "ملف");
    let item = rect_of(&h, "فتح ملفات…");
    assert!(
        (item.right() - title.right()).abs() < 24.0,
        "the menu hangs from the title's right: {item:?} {title:?}"
    );
    assert!(item.top() > title.bottom() - 1.0);
    for english in ["Open files…", "Save project", "Quit"] {
        assert!(!has(&h, english), "«{english}» in the Arabic File menu");
    }
    // The shortcut is on the item's left, its name on the right.
    h.get_by_label_contains("Ctrl+O");
}

#[test]
fn the_arabic_view_menu_sets_time_s_direction_with_boxes_at_the_right() {
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    let title = rect_of(&h, "عرض");
    click(&mut h, "عرض");
    let item = rect_of(&h, "من اليسار إلى اليمين");
    assert!(
        item.right() <= title.right() + 24.0 && item.right() > title.right() - 24.0,
        "{item:?} {title:?}"
    );
    let language = rect_of(&h, "اللغة");
    assert!((language.right() - item.right()).abs() < 2.0, "the menu's items end at its right: {language:?}");
    for english in ["Time runs", "Language", "Fit all", "Theme"] {
        assert!(!has(&h, english), "«{english}» in the Arabic View menu");
    }
    h.snapshot("view_menu_arabic");
    click(&mut h, "من اليسار إلى اليمين");
    assert_eq!(h.state().saved.time_direction, tarikh::ui::TimeDirection::LeftToRight);
}

#[test]
fn an_arabic_dialog_reads_from_the_right() {
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    click(&mut h, "ملف");
    click(&mut h, "تصدير");
    click(&mut h, "صورة الخط الزمني (PNG، SVG)…");
    assert!(h.state().export.open, "File → Export → image opens the export window");
    // Its lines end at its right: the heading «الصيغة», a radio button's label and box.
    let format = rect_of(&h, "الصيغة");
    let whole = rect_of(&h, "الخط الزمني كله");
    assert!((format.right() - whole.right()).abs() < 4.0, "lines end at the right: {format:?} {whole:?}");
    h.snapshot("export_dialog_arabic");
}

#[test]
fn the_side_panels_swap_and_the_list_reads_from_the_right() {
    let width = 1280.0;
    let search = |h: &Harness<'static, TarikhApp>| h.get_by_role(egui::accesskit::Role::TextInput).rect();
    let en = app_in(Language::English, [width, 800.0]);
    let ar = app_in(Language::Arabic, [width, 800.0]);
    let (e, a) = (search(&en), search(&ar));
    assert!(
        (e.center().x - (width - a.center().x)).abs() < 60.0,
        "the list's search field is mirrored: English {e:?}, Arabic {a:?}"
    );
    assert!((e.center().x < width / 2.0) != (a.center().x < width / 2.0), "{e:?} {a:?}");
}

#[test]
fn view_language_switches_the_interface_and_is_remembered() {
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    click(&mut h, "عرض");
    click(&mut h, "اللغة");
    click(&mut h, "English");
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().saved.language, Some(Language::English));
    assert!(has(&h, "File") && has(&h, "View"), "the menu bar is in English at once");
    assert!(!has(&h, "ملف"));
    // What eframe writes to app.ron keeps it; a file from before the setting still loads.
    let written = serde_json::to_string(&h.state().saved).unwrap();
    let read: Saved = serde_json::from_str(&written).unwrap();
    assert_eq!(read.language, Some(Language::English));
    let old: Saved = serde_json::from_str(r#"{"show_list": false}"#).unwrap();
    assert_eq!(old.language, None, "an old file speaks the system's language");
    assert_eq!(old.time_direction, tarikh::ui::TimeDirection::AsInterface);
    assert!(!old.show_list);
}

#[test]
fn time_runs_from_the_right_in_arabic_unless_set_otherwise() {
    // The x of the earliest and the latest events drawn.
    let ends = |h: &Harness<'static, TarikhApp>| {
        let t = &h.state().timeline;
        let mut drawn: Vec<_> = h
            .state()
            .view
            .drawn
            .iter()
            .filter_map(|(id, r)| Some((t.event(*id)?.range.start, r.center().x)))
            .collect();
        drawn.sort_by_key(|(day, _)| *day);
        assert!(drawn.len() > 2 && drawn[0].0 < drawn[drawn.len() - 1].0, "events over time are drawn");
        (drawn[0].1, drawn[drawn.len() - 1].1)
    };
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    let (early, late) = ends(&h);
    assert!(early > late, "earlier is further right in Arabic: {early} {late}");
    h.state_mut().saved.time_direction = tarikh::ui::TimeDirection::LeftToRight;
    h.run_steps(3);
    let (early, late) = ends(&h);
    assert!(early < late, "the setting turns it round: {early} {late}");
    let h = app_in(Language::English, [1280.0, 800.0]);
    let (early, late) = ends(&h);
    assert!(early < late, "left to right in English: {early} {late}");
}

/// A date picker alone, in a language.
fn picker(language: Language, date: NaiveDate) -> Harness<'static, NaiveDate> {
    i18n::set_interface(Interface { language, digits: Digits::Western });
    let mut h = Harness::builder()
        .with_size([480.0, 400.0])
        .with_accessibility_check(false)
        .with_context_setup(text::install_fonts)
        .build_ui_state(
            move |ui, date: &mut NaiveDate| {
                i18n::set_interface(Interface { language, digits: Digits::Western });
                tarikh::ui::mirror::page(ui, |ui| date_picker::date_button(ui, date, "test"));
            },
            date,
        );
    h.run_steps(2);
    h
}

#[test]
fn the_arabic_date_picker_starts_its_week_on_saturday_at_the_right() {
    let day = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
    let mut h = picker(Language::Arabic, day);
    click(&mut h, "19 ديسمبر 2022");
    let days = ["سبت", "أحد", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة"];
    let rects: Vec<Rect> = days.iter().map(|d| rect_of(&h, d)).collect();
    for pair in rects.windows(2) {
        assert!(pair[0].center().x > pair[1].center().x, "Saturday first, from the right: {rects:?}");
    }
    rect_of(&h, "ديسمبر 2022");
    // 1 December 2022 was a Thursday: in the sixth column from the right.
    let first = rect_of(&h, "1");
    assert!((first.center().x - rects[5].center().x).abs() < 4.0, "{first:?} under Thursday {:?}", rects[5]);
    h.snapshot("date_picker_arabic");
    click(&mut h, "8");
    assert_eq!(*h.state(), NaiveDate::from_ymd_opt(2022, 12, 8).unwrap(), "the day clicked is picked");
}

#[test]
fn the_date_picker_offers_hijri_months_beside_gregorian() {
    let day = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
    let mut h = picker(Language::Arabic, day);
    click(&mut h, "19 ديسمبر 2022");
    click(&mut h, "هجري (أم القرى)");
    assert_eq!(date_picker::calendar(&h.ctx), date_picker::Calendar::Hijri);
    // 19 December 2022 is 25 Jumada al-Ula 1444.
    rect_of(&h, "جمادى الأولى 1444 هـ");
    h.snapshot("date_picker_hijri");
    click(&mut h, "1");
    let first = tarikh::dates::hijri::to_gregorian(1444, 5, 1).unwrap();
    assert_eq!(*h.state(), first, "1 Jumada al-Ula 1444 is picked");
    assert_eq!(first, NaiveDate::from_ymd_opt(2022, 11, 25).unwrap());

    // In English, the same calendar, named in English; the week starts where the locale says.
    let mut h = picker(Language::English, day);
    click(&mut h, "19 December 2022");
    click(&mut h, "Hijri (Umm al-Qura)");
    rect_of(&h, "Jumada al-Ula 1444 AH");
    click(&mut h, "Gregorian");
    rect_of(&h, "December 2022");
    let start = i18n::week_start();
    let first_column = rect_of(&h, &date_picker::weekday_name(start));
    let second = rect_of(&h, &date_picker::weekday_name(start.succ()));
    assert!(first_column.center().x < second.center().x, "English weeks run from the left");
}

/// The app on the seeds with the Belarus visit of 19 December 2022 selected, for the README.
fn snapshot_in(language: Language, name: &str) {
    let mut h = app_in(language, [1280.0, 800.0]);
    let day = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
    let id = h.state().timeline.events.iter().find(|e| e.range.start == day).unwrap().id;
    h.state_mut().selected = Some(id);
    h.run_steps(4);
    h.snapshot(name);
}

#[test]
fn snapshot_of_the_app_in_arabic() {
    snapshot_in(Language::Arabic, "app_arabic");
}

#[test]
fn snapshot_of_the_app_in_english() {
    snapshot_in(Language::English, "app_english");
}

/// A file that cannot be opened is reported in Arabic, with the reason in Arabic too: the
/// core gives the kind (binary data, not found), the interface words it.
#[test]
fn the_error_panel_gives_reasons_in_arabic() {
    let dir = std::env::temp_dir().join(format!("tarikh-arabic-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("صورة.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0]).unwrap();
    let missing = dir.join("مفقود.txt");
    let mut h = app_in(Language::Arabic, [1280.0, 800.0]);
    let ctx = h.ctx.clone();
    h.state_mut().open_paths(&ctx, vec![binary, missing]);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(3);
    assert_eq!(h.state().errors.errors.len(), 2);
    let lines: Vec<String> = h
        .query_all_by(|n| name(n).is_some_and(|l| l.contains(".txt")))
        .filter_map(|n| name(&n.accesskit_node()))
        .collect();
    let has = |words: &str| lines.iter().any(|l| l.contains(words));
    assert!(has("ليس ملفًا نصيًا (بيانات ثنائية)"), "{lines:?}");
    assert!(has("لا ملف ولا مجلد بهذا الاسم"), "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("binary") || l.contains("no such")), "{lines:?}");
    std::fs::remove_dir_all(&dir).ok();
}
