//! The desktop app driven through egui_kittest: the real `TarikhApp`, its panels and widgets,
//! found by their accessible labels and clicked as a user would.

use eframe::egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tarikh::ui::{Start, TarikhApp};

/// The app in English whatever the machine's locale (the tests look for English words).
fn in_english(mut app: TarikhApp) -> TarikhApp {
    app.set_language(tarikh::ui::i18n::Language::English);
    app
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// An empty folder of this test's own in the temporary folder.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The app on the given files, loaded (the worker is waited for).
fn app_on(paths: Vec<PathBuf>) -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 1100.0])
        .with_accessibility_check(false)
        .build_eframe(|cc| in_english(TarikhApp::new(cc, Start::Paths(paths), None)));
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    // A system file dialog would wait for a person: the path field asks instead.
    h.state_mut().open_dialog.path_field_only = true;
    h.run_steps(3);
    h
}

/// Clicks the Minsk summit's row in the event list (the window is tall enough to show it).
fn click_minsk_row(h: &mut Harness<'static, TarikhApp>) {
    h.get_all_by_label("19 ديسمبر 2022").next().expect("a list row for «19 ديسمبر 2022»").click();
}

#[test]
fn starts_on_the_seeds_and_a_click_opens_the_sentence() {
    let mut h = app_on(vec![seeds()]);
    assert_eq!(h.state().timeline.entries.len(), 5);
    assert!(h.state().timeline.events.len() >= 20);
    // The Minsk summit, as written in the list.
    click_minsk_row(&mut h);
    h.run_steps(3);
    let app = h.state();
    let selected = app.selected.and_then(|id| app.timeline.event(id)).expect("an event is selected");
    assert_eq!(selected.date_text, "19 ديسمبر 2022");
    let sentence = app.reader.focused_sentence(&app.timeline).expect("the reader highlights a sentence");
    assert!(sentence.contains("19 ديسمبر 2022"), "{sentence}");
    assert_eq!(app.reader.article, Some(selected.article));
    // The timeline is centred on it.
    let (x0, x1) = app.view.view.expect("a time window");
    let day = tarikh::timeline::axis::day_number(selected.range.start) + 0.5;
    assert!(((x0 + x1) / 2.0 - day).abs() < (x1 - x0) * 0.02, "{x0}..{x1} vs {day}");
}

#[test]
fn typing_in_search_narrows_the_list() {
    let mut h = app_on(vec![seeds()]);
    let all = h.state().list.visible_count();
    h.get_by_role(eframe::egui::accesskit::Role::TextInput).click();
    h.run_steps(2);
    // Loose matching: «لاتفيا» written with a different alef/hamza still matches.
    h.get_by_role(eframe::egui::accesskit::Role::TextInput).type_text("لاتفيا");
    h.run_steps(3);
    let shown = h.state().list.visible_count();
    assert!(shown >= 1 && shown < all, "{shown} of {all}");
}

#[test]
fn next_and_previous_events_with_j_and_k() {
    let mut h = app_on(vec![seeds()]);
    h.key_press(Key::J);
    h.run_steps(2);
    let first = h.state().selected.expect("j selects the first event");
    h.key_press(Key::J);
    h.run_steps(2);
    let second = h.state().selected.unwrap();
    assert_ne!(first, second);
    let t = &h.state().timeline;
    assert!(t.event(first).unwrap().range.start <= t.event(second).unwrap().range.start);
    h.key_press(Key::K);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(first));
}

#[test]
fn opening_a_file_adds_it_once_and_bad_files_are_listed() {
    let dir = fresh_dir("app");
    let good = dir.join("new.txt");
    std::fs::write(&good, "خبر جديد\nوقعت الحادثة في 5 مارس 2021 في العاصمة.").unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, [0u8, 159, 146, 150, 0, 0]).unwrap();
    let mut h = app_on(vec![seeds().join("003_920711bfa0b105b9.txt")]);
    let ctx = h.ctx.clone();
    // The same call the file dialog, drag-and-drop and the path field make.
    h.state_mut().open_paths(&ctx, vec![good.clone(), bad.clone()]);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    assert_eq!(h.state().timeline.entries.len(), 2);
    assert_eq!(h.state().errors.errors.len(), 1);
    assert!(h.state().errors.errors[0].path.ends_with("bad.txt"));
    // Opening it again does not duplicate it.
    h.state_mut().open_paths(&ctx, vec![good]);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    assert_eq!(h.state().timeline.entries.len(), 2);
    // The error panel can be dismissed.
    h.get_by_label("Dismiss").click();
    h.run_steps(2);
    assert!(h.state().errors.errors.is_empty());
}

#[test]
fn an_article_can_be_closed() {
    let mut h = app_on(vec![seeds()]);
    let before = h.state().timeline.entries.len();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Close article").click();
    h.run_steps(2);
    // It asks first: nothing is closed until the user confirms.
    assert_eq!(h.state().timeline.entries.len(), before);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(h.state().timeline.entries.len(), before);
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, Key::W);
    h.run_steps(2);
    h.get_all_by_label("Close article").last().expect("the confirmation's button").click();
    h.run_steps(2);
    assert_eq!(h.state().timeline.entries.len(), before - 1);
    assert!(h.state().timeline.events.iter().all(|e| e.article < before - 1));
    // And it comes back, with its events.
    let events = h.state().timeline.events.len();
    h.get_by_label("Reopen").click();
    h.run_steps(2);
    assert_eq!(h.state().timeline.entries.len(), before);
    assert!(h.state().timeline.events.len() > events);
}

#[test]
fn quick_key_presses_each_count() {
    let mut h = app_on(vec![seeds()]);
    for _ in 0..6 {
        h.key_press(Key::J);
    }
    h.run_steps(1);
    let app = h.state();
    let order = app.list.visible_in_time(&app.timeline);
    let at = order.iter().position(|&i| Some(app.timeline.events[i].id) == app.selected);
    assert_eq!(at, Some(5), "six presses in one frame move six steps");
}

#[test]
fn esc_that_closes_a_menu_keeps_the_selection() {
    let mut h = app_on(vec![seeds()]);
    h.key_press(Key::J);
    h.run_steps(2);
    let selected = h.state().selected;
    assert!(selected.is_some());
    h.get_by_label("View").click();
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().selected, selected);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().selected, None, "with no menu open, Esc clears the selection");
}

#[test]
fn status_messages_do_not_stay_forever() {
    let mut h = app_on(vec![seeds()]);
    h.state_mut().set_status("Undone");
    h.run_steps(2);
    assert!(h.query_by_label("Undone").is_some());
    h.state_mut().age_status(std::time::Duration::from_secs(60));
    h.run_steps(2);
    assert!(h.query_by_label("Undone").is_none());
}

#[test]
fn file_export_writes_a_png_of_the_timeline() {
    let mut h = app_on(vec![seeds()]);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export").hover();
    h.run_steps(2);
    h.get_by_label_contains("Timeline image").click();
    h.run_steps(2);
    assert!(h.state().export.open, "the export dialog is open");
    let path = std::env::temp_dir().join(format!("tarikh-app-export-{}.png", std::process::id()));
    // The call the dialog's Save makes once a path is chosen.
    let app = h.state_mut();
    app.export.save(&app.timeline, app.view.view, app.saved.month_names, path.clone());
    assert!(app.export.message.as_deref().unwrap_or("").starts_with("Saved"), "{:?}", app.export.message);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG file");
}

/// The x of an event's marker as last drawn.
fn marker_x(h: &Harness<'static, TarikhApp>, id: tarikh::timeline::EventId) -> f32 {
    h.state()
        .view
        .drawn
        .iter()
        .find(|(e, _)| *e == id)
        .map(|(_, r)| r.center().x)
        .expect("the marker is drawn")
}

#[test]
fn editing_a_date_moves_the_marker_and_undo_puts_it_back() {
    use eframe::egui::{Modifiers, accesskit::Role};
    let mut h = app_on(vec![seeds()]);
    click_minsk_row(&mut h);
    h.run_steps(3);
    let id = h.state().selected.expect("selected");
    let before = marker_x(&h, id);
    let original = h.state().timeline.event(id).unwrap().range;
    // Type a new date in the event panel, as ISO, and press Enter.
    let field = h.get_by_role_and_label(Role::TextInput, "Date");
    field.focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Date").type_text("2023-06-20");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(4);
    let e = h.state().timeline.event(id).expect("the same event");
    assert_eq!(e.range.start.to_string(), "2023-06-20");
    assert_eq!(e.origin, tarikh::timeline::Origin::Edited);
    let moved = marker_x(&h, id);
    assert!(moved > before + 10.0, "the marker moved right: {before} → {moved}");
    // Ctrl+Z (the field no longer has the keyboard) undoes the edit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert_eq!(h.state().timeline.event(id).unwrap().range, original);
    assert!((marker_x(&h, id) - before).abs() < 1.0, "back where it was");
    // And Ctrl+Shift+Z redoes it.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(4);
    assert_eq!(h.state().timeline.event(id).unwrap().range.start.to_string(), "2023-06-20");
}

#[test]
fn hiding_a_false_positive_takes_it_off_the_list_and_undo_brings_it_back() {
    use eframe::egui::Modifiers;
    let mut h = app_on(vec![seeds()]);
    let shown = h.state().list.visible_count();
    h.key_press(Key::J);
    h.run_steps(2);
    let id = h.state().selected.unwrap();
    h.get_by_label("Hide (not an event)").click();
    h.run_steps(3);
    assert!(h.state().timeline.event(id).unwrap().hidden);
    assert_eq!(h.state().list.visible_count(), shown - 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(!h.state().timeline.event(id).unwrap().hidden);
    assert_eq!(h.state().list.visible_count(), shown);
    // The Delete key does the same to the selected event.
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert!(h.state().timeline.event(id).unwrap().hidden);
    assert_eq!(h.state().list.visible_count(), shown - 1);
}

/// A data folder of its own, with what a killed Tarikh left: an autosave and its lock.
fn crashed_session(name: &str) -> (PathBuf, tarikh::timeline::EventId) {
    use tarikh::project::{self, Project, ProjectView};
    let dir = fresh_dir(name);
    let mut t = tarikh::timeline::Timeline::load(&[seeds()]);
    let id = t.events[0].id;
    t.edit_event(id, |e| e.note = "قبل الانهيار".into());
    project::save(&dir.join("autosave.tarikh"), &Project::capture(&t, ProjectView::default(), false), true)
        .unwrap();
    std::fs::write(dir.join("running.lock"), "4000000").unwrap();
    (dir, id)
}

#[test]
fn after_a_crash_the_app_offers_to_restore_the_autosave() {
    let (dir, id) = crashed_session("crash");
    let data = dir.clone();
    let mut h = Harness::builder().with_size([1280.0, 1100.0]).with_accessibility_check(false).build_eframe(
        move |cc| in_english(TarikhApp::new(cc, Start::Restore { seeds: seeds() }, Some(data.clone()))),
    );
    h.run_steps(2);
    assert!(h.state().timeline.entries.is_empty(), "nothing is opened before the user answers");
    h.get_by_label("Restore it").click();
    h.run_steps(2);
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    let app = h.state();
    assert_eq!(app.timeline.entries.len(), 5);
    assert_eq!(app.timeline.event(id).expect("the edited event").note, "قبل الانهيار");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_damaged_project_is_reported_and_its_backup_offered() {
    use tarikh::project::{self, Project, ProjectView};
    let dir = fresh_dir("damaged-app");
    let path = dir.join("study.tarikh");
    let mut t = tarikh::timeline::Timeline::load(&[seeds()]);
    let id = t.events[1].id;
    t.edit_event(id, |e| e.hidden = true);
    let p = Project::capture(&t, ProjectView::default(), false);
    project::save(&path, &p, true).unwrap();
    let mut p2 = p.clone();
    p2.view.window = Some((1.0, 2.0));
    project::save(&path, &p2, true).unwrap(); // the first version is now the backup
    std::fs::write(&path, "{\"format\": \"tarikh-project\", \"schema\": 1, \"arti").unwrap();
    let mut h = app_on(vec![]);
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &path);
    h.run_steps(2);
    h.get_by_label_contains("cut short");
    h.get_by_label("Open the backup").click();
    h.run_steps(2);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    assert!(h.state().timeline.event(id).unwrap().hidden);
    // The damaged file is left as it was; the backup opens under a new name.
    assert!(std::fs::read_to_string(&path).unwrap().ends_with("\"arti"));
    let name = h.state().project.path.clone().unwrap();
    assert!(name.to_string_lossy().contains("(recovered)"), "{}", name.display());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_selection_in_the_reader_becomes_a_new_event() {
    let dir = fresh_dir("select");
    let file = dir.join("note.txt");
    let line = "وفي 5 يناير 2023 أعلنت الحكومة خطة جديدة للطاقة في العاصمة";
    std::fs::write(&file, format!("عنوان المقال\n{line}\n")).unwrap();
    let mut h = app_on(vec![file]);
    // The reader's paragraph (the list row shows the same words, further right).
    let rect =
        h.get_all_by_label(line).map(|n| n.rect()).min_by(|a, b| a.left().total_cmp(&b.left())).unwrap();
    // Drag from the start of the line (its right end: Arabic runs right to left) leftwards.
    let (from, to) = (rect.right_center() - eframe::egui::vec2(3.0, 0.0), rect.center());
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    for k in 1..=5 {
        h.hover_at(from + (to - from) * (k as f32 / 5.0));
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(2);
    let selection = h.state().reader.selection.clone().expect("the drag selected text");
    let text = h.state().timeline.entries[0].article.text.clone();
    assert!(text[selection.clone()].starts_with("وفي 5 يناير"), "«{}»", &text[selection.clone()]);
    h.get_by_label("New event from selection").click();
    h.run_steps(3);
    let app = h.state();
    let e = app.selected.and_then(|id| app.timeline.event(id)).expect("the new event is selected");
    assert_eq!(e.origin, tarikh::timeline::Origin::Manual);
    assert_eq!(app.timeline.sentence_of(e), &text[selection]);
    assert_eq!(e.range.start.to_string(), "2023-01-05", "the date in the selection was read");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_selection_can_run_over_two_paragraphs() {
    let dir = fresh_dir("select-two");
    let file = dir.join("two.txt");
    let first = "أعلنت الحكومة في 5 يناير 2023 خطة جديدة للطاقة";
    let second = "وبدأ تنفيذها في 1 مارس 2023 في العاصمة والمدن الكبرى";
    std::fs::write(&file, format!("عنوان المقال\n{first}\n{second}\n")).unwrap();
    let mut h = app_on(vec![file]);
    let leftmost = |h: &Harness<'static, TarikhApp>, label: &str| {
        h.get_all_by_label(label).map(|n| n.rect()).min_by(|a, b| a.left().total_cmp(&b.left())).unwrap()
    };
    let (a, b) = (leftmost(&h, first), leftmost(&h, second));
    // From the start of the first paragraph (its right end) down to a few words into the second
    // (Arabic starts at the right; the label's rect may be wider than its text).
    let (from, to) =
        (a.right_center() - eframe::egui::vec2(3.0, 0.0), b.right_center() - eframe::egui::vec2(90.0, 0.0));
    h.hover_at(from);
    h.run_steps(1);
    h.drag_at(from);
    h.run_steps(1);
    for k in 1..=6 {
        h.hover_at(from + (to - from) * (k as f32 / 6.0));
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(2);
    let selection = h.state().reader.selection.clone().expect("the drag selected text");
    let text = h.state().timeline.entries[0].article.text.clone();
    let picked = &text[selection];
    assert!(picked.starts_with(first), "«{picked}»");
    assert!(picked.contains("\nوبدأ تنفيذها") && !picked.ends_with("الكبرى"), "«{picked}»");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn opening_a_project_while_another_loads_opens_only_the_second() {
    use tarikh::project::{self, Project, ProjectArticle};
    let dir = fresh_dir("two-projects");
    let (p_path, q_path) = (dir.join("p.tarikh"), dir.join("q.tarikh"));
    let seed = |n: &str| seeds().join(n);
    for (path, file) in [(&p_path, "001_40ed42c7b675d2dc.txt"), (&q_path, "003_920711bfa0b105b9.txt")] {
        let mut p = Project::default();
        p.articles.push(ProjectArticle { path: seed(file), content_hash: 0, text: None });
        project::save(path, &p, true).unwrap();
    }
    let mut h = app_on(vec![]);
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &p_path);
    tarikh::ui::open_project(h.state_mut(), &ctx, &q_path);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(3);
    let paths: Vec<PathBuf> = h.state().timeline.entries.iter().map(|e| e.article.path.clone()).collect();
    assert_eq!(paths, vec![seed("003_920711bfa0b105b9.txt")]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_note_typed_then_left_by_selecting_another_event_is_kept() {
    use eframe::egui::accesskit::Role;
    let mut h = app_on(vec![seeds()]);
    h.key_press(Key::J);
    h.run_steps(2);
    let first = h.state().selected.unwrap();
    // The note is the panel's one multi-line field.
    h.get_by_role(Role::MultilineTextInput).focus();
    h.run_steps(1);
    h.get_by_role(Role::MultilineTextInput).type_text("to check");
    h.run_steps(1);
    // Another event selected without leaving the field first.
    let second = h.state().timeline.events.iter().map(|e| e.id).find(|&id| id != first).unwrap();
    h.state_mut().select(second);
    h.run_steps(3);
    assert_eq!(h.state().timeline.event(first).unwrap().note, "to check");
}

#[test]
fn a_selection_in_a_closed_article_is_forgotten() {
    let mut h = app_on(vec![seeds()]);
    h.state_mut().reader.article = Some(4);
    h.state_mut().reader.selection = Some(5000..5010);
    h.state_mut().close_current_article();
    h.run_steps(2);
    assert!(h.state().reader.selection.is_none());
    h.state_mut().new_event(); // no panic; a blank event in the article now shown
    h.run_steps(2);
}

#[test]
fn a_moved_article_is_listed_and_relocated_with_its_edits() {
    use eframe::egui::accesskit::Role;
    use tarikh::project::{self, Project, ProjectView};
    let dir = fresh_dir("relocate");
    let (old, new) = (dir.join("old.txt"), dir.join("moved.txt"));
    let text = "عنوان\nوفي 5 يناير 2023 أعلنت الحكومة خطة جديدة للطاقة.\n";
    std::fs::write(&old, text).unwrap();
    let mut t = tarikh::timeline::Timeline::load(std::slice::from_ref(&old));
    let id = t.events[0].id;
    t.edit_event(id, |e| e.note = "نقل".into());
    let path = dir.join("p.tarikh");
    project::save(&path, &Project::capture(&t, ProjectView::default(), false), true).unwrap();
    std::fs::rename(&old, &new).unwrap();
    let mut h = app_on(vec![]);
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &path);
    h.run_steps(3);
    assert!(h.state().timeline.entries.is_empty());
    // Listed as missing; Locate… asks where it is (the path field, in tests).
    h.get_by_label("Locate…").click();
    h.run_steps(3);
    h.get_by_role_and_label(Role::TextInput, "Path").focus();
    h.get_by_role_and_label(Role::TextInput, "Path").type_text(new.to_str().unwrap());
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(3);
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.timeline.event(id).expect("the same text: the same id").note, "نقل");
    assert!(app.project.missing.is_empty());
    // Saved again, the project points at the new place.
    let p = tarikh::ui::capture_project(app);
    assert_eq!(p.articles.iter().map(|a| a.path.clone()).collect::<Vec<_>>(), vec![new.clone()]);
    assert_eq!(p.curation.edits[&id].source.path, new);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn save_as_through_the_menu_writes_a_project_that_reopens_with_the_edits() {
    use eframe::egui::accesskit::Role;
    let dir = fresh_dir("save-as");
    let mut h = app_on(vec![seeds()]);
    let id = h.state().timeline.events[2].id;
    h.state_mut().timeline.edit_event(id, |e| e.note = "محفوظ".into());
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Save project as").click();
    h.run_steps(3);
    let target = dir.join("study");
    h.get_by_role_and_label(Role::TextInput, "Path").focus();
    h.get_by_role_and_label(Role::TextInput, "Path").type_text(target.to_str().unwrap());
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(3);
    let saved = dir.join("study.tarikh");
    assert_eq!(h.state().project.path.as_deref(), Some(saved.as_path()));
    let p = tarikh::project::load(&saved).expect("a readable project");
    assert_eq!(p.articles.len(), 5);
    assert_eq!(p.curation.edits[&id].note, "محفوظ");
    // Opened in a fresh app, the edit is there.
    let mut h2 = app_on(vec![]);
    let ctx = h2.ctx.clone();
    tarikh::ui::open_project(h2.state_mut(), &ctx, &saved);
    h2.state_mut().wait_for_loading(&ctx);
    h2.run_steps(2);
    assert_eq!(h2.state().timeline.event(id).unwrap().note, "محفوظ");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_save_is_reported_and_the_work_saved_elsewhere() {
    use eframe::egui::accesskit::Role;
    let dir = fresh_dir("save-fails");
    // A file that is not a project is never overwritten: saving over it fails.
    let notes = dir.join("notes.tarikh");
    std::fs::write(&notes, "my own notes").unwrap();
    let mut h = app_on(vec![seeds()]);
    let id = h.state().timeline.events[1].id;
    h.state_mut().timeline.edit_event(id, |e| e.note = "لا تضيع".into());
    tarikh::ui::save_project_as(h.state_mut(), notes.clone());
    h.run_steps(2);
    h.get_by_label_contains("not a readable Tarikh project");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my own notes");
    h.get_by_label("Save elsewhere…").click();
    h.run_steps(3);
    let target = dir.join("kept.tarikh");
    h.get_by_role_and_label(Role::TextInput, "Path").focus();
    h.get_by_role_and_label(Role::TextInput, "Path").type_text(target.to_str().unwrap());
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert_eq!(tarikh::project::load(&target).unwrap().curation.edits[&id].note, "لا تضيع");
    assert!(h.state().project.save_error.is_none(), "the error window goes once saved");
    assert!(h.query_by_label("Save elsewhere…").is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_edit_is_autosaved_within_seconds_while_frames_go_on() {
    use tarikh::ui::EditAction;
    let dir = fresh_dir("autosave-app");
    let data = dir.clone();
    let mut h = Harness::builder().with_size([1280.0, 1100.0]).with_accessibility_check(false).build_eframe(
        move |cc| in_english(TarikhApp::new(cc, Start::Paths(vec![seeds()]), Some(data.clone()))),
    );
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    let id = h.state().timeline.events[3].id;
    h.state_mut().apply_edit(EditAction::SetNote(id, "يُحفظ تلقائيًا".into()));
    let file = dir.join("autosave.tarikh");
    let saved_note =
        || tarikh::project::load(&file).ok().and_then(|p| p.curation.edits.get(&id).map(|e| e.note.clone()));
    let start = std::time::Instant::now();
    // The app keeps drawing frames while the writer thread saves.
    while saved_note().is_none() && start.elapsed() < std::time::Duration::from_secs(15) {
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(saved_note().as_deref(), Some("يُحفظ تلقائيًا"), "autosaved within the limit");
    assert!(start.elapsed() >= std::time::Duration::from_secs(1), "not before the quiet delay");
    // The app learns that the save finished.
    h.run_steps(3);
    assert!(h.state().project.last_saved.is_some());
    assert!(!h.state().project.writer.busy());
    drop(h);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_article_without_a_dateline_is_given_a_date_and_its_relative_dates_are_placed() {
    use eframe::egui::{Modifiers, accesskit::Role};
    let dir = fresh_dir("article-date");
    let file = dir.join("pasted.txt");
    let text = "أعلنت الوزارة أمس عن جولة جديدة من المحادثات.\n\
        وكانت الجولة السابقة قد عقدت في القاهرة بحضور الوسطاء.\n\
        وتعود الأزمة إلى 5 يناير 2023 حين انهارت الهدنة.\n";
    std::fs::write(&file, text).unwrap();
    let mut h = app_on(vec![seeds(), file]);
    assert_eq!(h.state().timeline.unplaced.len(), 1);
    let pasted = h.state().timeline.entries.iter().position(|e| e.article.file_name == "pasted.txt").unwrap();
    // The status bar leads to it.
    h.get_by_label("1 relative dates not placed").click();
    h.run_steps(3);
    assert_eq!(h.state().reader.article, Some(pasted));
    assert_eq!(h.state().reader.focused_sentence(&h.state().timeline), Some(text.lines().next().unwrap()));
    h.get_by_label("Set the date…").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Article date").focus();
    h.get_by_role_and_label(Role::TextInput, "Article date").type_text("١٤ مارس ٢٠٢٤");
    h.run_steps(1);
    h.get_by_label("Set").click();
    h.run_steps(3);
    let t = &h.state().timeline;
    assert!(t.unplaced.is_empty());
    let yesterday = t.events.iter().find(|e| e.date_text.contains("أمس")).expect("«أمس» is placed");
    assert_eq!(yesterday.range.start.to_string(), "2024-03-13");
    h.get_by_label_contains("(by you)");
    // One undo step takes it back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().timeline.unplaced.len(), 1);
    h.get_by_label("Set the date…");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Opening a damaged project leaves everything as it was: the untitled work is not moved aside
/// (it would be, were the project opened).
#[test]
fn opening_a_damaged_project_keeps_the_untitled_work_in_place() {
    let dir = fresh_dir("damaged-untitled");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let d = data.clone();
    let mut h = Harness::builder()
        .with_size([1280.0, 900.0])
        .with_accessibility_check(false)
        .build_eframe(move |cc| in_english(TarikhApp::new(cc, Start::Paths(vec![seeds()]), Some(d.clone()))));
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    h.run_steps(2);
    // Some untitled work, saved to the autosave.
    let id = h.state().timeline.events[0].id;
    h.state_mut().timeline.edit_event(id, |e| e.note = "عمل غير محفوظ باسم".into());
    assert!(tarikh::ui::save_now(h.state_mut()));
    let autosave = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "tarikh"))
        .expect("the untitled project is autosaved");
    let damaged = dir.join("broken.tarikh");
    std::fs::write(&damaged, "{\"format\": \"tarikh-project\", \"sch").unwrap();
    tarikh::ui::open_project(h.state_mut(), &ctx, &damaged);
    h.run_steps(2);
    h.get_by_label_contains("cut short");
    assert!(autosave.exists(), "the untitled work stays where it was");
    assert_eq!(h.state().timeline.event(id).unwrap().note, "عمل غير محفوظ باسم");
    let aside = std::fs::read_dir(&data)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("Untitled"))
        .count();
    assert_eq!(aside, 0);
    drop(h);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A folder's `published.json` gives its articles their dates in the app too: «أمس» is placed.
#[test]
fn the_app_reads_a_folders_publication_dates() {
    let dir = fresh_dir("sidecar");
    std::fs::write(
        dir.join("wire.txt"),
        "عنوان الخبر\n\nوقال المتحدث باسم الوزارة إن الوفد وصل أمس إلى العاصمة لبحث الملفات العالقة بين البلدين.\n",
    )
    .unwrap();
    std::fs::write(dir.join("published.json"), r#"{"wire.txt": "2024-03-12"}"#).unwrap();
    let h = app_on(vec![dir.clone()]);
    let t = &h.state().timeline;
    assert!(t.unplaced.is_empty(), "«أمس» is placed against the sidecar's date");
    let e = t.events.iter().find(|e| e.date_text == "أمس").expect("«أمس» is an event");
    assert_eq!(e.range.start.to_string(), "2024-03-11");
    drop(h);
    std::fs::remove_dir_all(&dir).unwrap();
}
