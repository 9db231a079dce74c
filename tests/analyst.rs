//! The analyst's timeline (issue 14) driven through egui_kittest: same-day events stack and
//! each can be hovered, 200 articles by source give readable lanes, the editor drawer leaves
//! the reader its room, the search answers, several events are hidden in one undo step, and
//! an 800×600 window keeps every pane usable.

use eframe::egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tarikh::timeline::axis::day_number;
use tarikh::timeline::lanes::LaneKind;
use tarikh::ui::{Start, TarikhApp};

/// The app in English whatever the machine's locale (the tests look for English words).
fn in_english(mut app: TarikhApp) -> TarikhApp {
    app.set_language(tarikh::ui::i18n::Language::English);
    app
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-analyst-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn app(paths: Vec<PathBuf>, size: [f32; 2]) -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size(size)
        .with_accessibility_check(false)
        .build_eframe(|cc| in_english(TarikhApp::new(cc, Start::Paths(paths), None)));
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.state_mut().open_dialog.path_field_only = true;
    h.run_steps(3);
    h
}

#[test]
fn events_of_one_day_stack_and_each_can_be_hovered() {
    let mut h = app(vec![seeds()], [1280.0, 900.0]);
    let day = chrono::NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
    let ids: Vec<_> =
        h.state().timeline.events.iter().filter(|e| e.range.start == day).map(|e| e.id).collect();
    assert_eq!(ids.len(), 3, "the seeds tell three events of 19 December 2022");
    // Zoomed to that month.
    let x = day_number(day);
    h.state_mut().view.show_window(x - 20.0, x + 20.0);
    h.run_steps(3);
    let rects: Vec<_> = ids
        .iter()
        .map(|id| h.state().view.drawn.iter().find(|(e, _)| e == id).expect("each is drawn").1)
        .collect();
    for (i, a) in rects.iter().enumerate() {
        for b in &rects[..i] {
            assert!(!a.intersects(*b), "two marks of the same day on top of each other: {a:?} {b:?}");
        }
    }
    // Hovering each shows its own headline (one more node saying it: the tooltip).
    for (id, r) in ids.iter().zip(&rects) {
        let title = h.state().timeline.event(*id).unwrap().title.clone();
        h.hover_at(Pos2::new(5.0, 5.0));
        h.run_steps(3);
        let before = h.get_all_by_label_contains(&title).count();
        h.hover_at(r.center());
        h.run_steps(8);
        let after = h.get_all_by_label_contains(&title).count();
        assert!(after > before, "hovering shows «{title}» ({before} → {after})");
    }
}

#[test]
fn two_hundred_articles_by_source_give_readable_lanes() {
    let dir = fresh_dir("sources");
    let agencies = ["رويترز", "أ ف ب", "واس", "قنا", "الأناضول", "سانا"];
    for i in 0..200 {
        let text = format!(
            "تقرير رقم {i}\n\nالعاصمة ({}) - أعلن المسؤولون أن اجتماع الوزراء رقم {i} سيعقد يوم {} مارس {} لبحث القضايا الإقليمية العالقة.\n",
            agencies[i % 6],
            i % 28 + 1,
            2015 + i % 10
        );
        std::fs::write(dir.join(format!("a{i:03}.txt")), text).unwrap();
    }
    let mut h = app(vec![dir.clone()], [1280.0, 800.0]);
    assert_eq!(h.state().saved.lanes, LaneKind::Auto);
    h.run_steps(2);
    let view = &h.state().view;
    assert_eq!(view.lanes().kind, LaneKind::Sources, "200 articles from six outlets: a lane per outlet");
    assert_eq!(view.lanes().lanes.len(), 6);
    // The lanes that fit are drawn with their names apart; the others are a scroll away.
    assert!(view.lanes_drawn.len() >= 3, "{}", view.lanes_drawn.len());
    for (i, (_, a)) in view.lanes_drawn.iter().enumerate() {
        for (_, b) in &view.lanes_drawn[..i] {
            assert!(!a.intersects(*b));
        }
    }
    let lanes = view.lanes();
    assert_eq!(lanes.lanes.iter().map(|l| l.count).sum::<usize>(), 200, "every event in a lane");
    drop(h);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_editor_drawer_leaves_the_reader_its_room() {
    let mut h = app(vec![seeds()], [1280.0, 800.0]);
    h.run_steps(2);
    let alone = h.state().reader.drawn.expect("the reader is drawn").height();
    h.key_press(Key::J);
    h.run_steps(3);
    assert!(h.state().selected.is_some());
    let with_editor = h.state().reader.drawn.unwrap().height();
    assert!(with_editor >= 0.6 * alone, "the reader keeps {with_editor} of {alone}");
    // Folded, only the event's line remains.
    h.get_by_label("Fold").click();
    h.run_steps(3);
    assert!(h.state().reader.drawn.unwrap().height() > with_editor);
}

#[test]
fn the_search_answers_marks_and_says_when_nothing_matches() {
    let mut h = app(vec![seeds()], [1280.0, 900.0]);
    h.state_mut().list.filter.query = "قمة".into();
    h.run_steps(3);
    let shown = h.state().list.visible_count();
    assert!(shown >= 1 && shown < h.state().timeline.events.len());
    // "Zoom to results" fits the timeline to the events found, and no wider than they need.
    let (lo, hi) = h.state().list.extent(&h.state().timeline).unwrap();
    h.get_by_label("Zoom to results").click();
    h.run_steps(3);
    let (x0, x1) = h.state().view.view.unwrap();
    assert!(x0 <= lo && hi <= x1, "{x0}..{x1} holds {lo}..{hi}");
    assert!(x1 - x0 <= (hi - lo) * 1.2 + 8.0, "{x0}..{x1} fits {lo}..{hi}");
    // The reader, on an event found, marks the words.
    h.key_press(Key::J);
    h.run_steps(3);
    assert!(h.state().reader.search_marks > 0, "the words found are marked in the reader");
    h.state_mut().list.filter.query = "كلمةغيرموجودة".into();
    h.run_steps(3);
    assert!(h.query_by_label("No events match").is_some());
    h.get_by_label("Clear the search and filters").click();
    h.run_steps(3);
    assert_eq!(h.state().list.visible_count(), h.state().timeline.events.len());
}

#[test]
fn several_events_are_hidden_in_one_undo_step() {
    let mut h = app(vec![seeds()], [1280.0, 1000.0]);
    let rows: Vec<Pos2> = ["19 ديسمبر 2022", "24 فبراير 2022"]
        .iter()
        .map(|label| h.get_all_by_label(label).next().expect("a list row").rect().center())
        .collect();
    h.get_all_by_label("19 ديسمبر 2022").next().unwrap().click();
    h.run_steps(2);
    h.hover_at(rows[1]);
    h.run_steps(1);
    h.event_modifiers(
        eframe::egui::Event::PointerButton {
            pos: rows[1],
            button: eframe::egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::COMMAND,
        },
        Modifiers::COMMAND,
    );
    h.event_modifiers(
        eframe::egui::Event::PointerButton {
            pos: rows[1],
            button: eframe::egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::COMMAND,
        },
        Modifiers::COMMAND,
    );
    h.run_steps(3);
    let marked: Vec<_> = h.state().marked.iter().copied().collect();
    assert_eq!(marked.len(), 2, "Ctrl-click adds to the selection");
    h.get_by_label("Hide").click();
    h.run_steps(3);
    assert!(marked.iter().all(|id| h.state().timeline.event(*id).unwrap().hidden));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(
        marked.iter().all(|id| !h.state().timeline.event(*id).unwrap().hidden),
        "one undo brings both back"
    );
}

#[test]
fn every_pane_is_usable_at_800_by_600() {
    let mut h = app(vec![seeds()], [800.0, 600.0]);
    h.key_press(Key::J);
    h.run_steps(3);
    let app = h.state();
    let reader = app.reader.drawn.expect("the reader is drawn");
    assert!(reader.height() >= 120.0 && reader.width() >= 200.0, "reader {reader:?}");
    assert!(!app.view.drawn.is_empty(), "the timeline draws marks");
    assert!(h.get_all_by_label("Date").count() >= 1, "the list's header is there");
}
