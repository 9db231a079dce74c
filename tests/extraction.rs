//! Back to the desktop (issue 15, point 6): the events of a batch run (`tarikh extract`)
//! opened in the app through File → Open extraction…, shown on the timeline and in the list;
//! an event selected, its article's text read from the corpus only then. A file with more
//! events than the app shows asks for a window first; a moved corpus is asked for. Events
//! written as JSON Lines, CSV or Parquet open alike.

use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};
use std::process::Command;
use tarikh::ui::{Start, TarikhApp, open_extraction};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-extraction-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A corpus of 40 articles, each with two dated sentences and a line without a date that only
/// the article's text holds; then `tarikh extract` over it.
fn corpus_and_events(dir: &Path) -> (PathBuf, PathBuf) {
    corpus_and_events_as(dir, "events.jsonl")
}

/// The same, the events written as `name` (.jsonl, .csv or .parquet).
fn corpus_and_events_as(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let sources = ["رويترز", "واس", "قنا"];
    let lines: Vec<String> = (0..40)
        .map(|i| {
            let text = format!(
                "اجتماع الوزراء رقم {i}\n\nعقد الوزراء اجتماعهم رقم {i} يوم {} مارس {} في القاهرة لبحث الأزمة.\nوكتب المراسل رقم {i} أن الوفود غادرت بعد الظهر.\nوسيعقد اللقاء التالي في {} مايو {}.\n",
                i % 28 + 1,
                2010 + i % 12,
                i % 27 + 1,
                2011 + i % 12,
            );
            serde_json::json!({"id": format!("n{i}"), "text": text, "published": "2024-01-10", "source": sources[i % 3]})
                .to_string()
        })
        .collect();
    let corpus = dir.join("akhbar.jsonl");
    std::fs::write(&corpus, lines.join("\n") + "\n").unwrap();
    let events = dir.join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .arg("extract")
        .arg(&corpus)
        .arg("-o")
        .arg(&events)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.join(format!("{name}.corpus.json")).is_file(), "the sidecar names the corpus");
    (corpus, events)
}

fn empty_app() -> Harness<'static, TarikhApp> {
    let mut h = Harness::builder()
        .with_size([1280.0, 1000.0])
        .with_accessibility_check(false)
        .build_eframe(|cc| TarikhApp::new(cc, Start::Paths(Vec::new()), None));
    h.state_mut().open_dialog.path_field_only = true;
    h.run_steps(2);
    h
}

/// File → Open extraction…, the path typed, the worker waited for.
fn open_through_the_menu(h: &mut Harness<'static, TarikhApp>, events: &Path) {
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label_contains("Open extraction").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Path").focus();
    h.get_by_role_and_label(Role::TextInput, "Path").type_text(events.to_str().unwrap());
    h.run_steps(1);
    h.get_by_label("Open extraction").click();
    h.run_steps(1);
    let ctx = h.ctx.clone();
    open_extraction::wait(h.state_mut(), &ctx);
    h.run_steps(3);
}

/// Steps until the article's text came from the corpus (a worker reads it).
fn wait_for_text(h: &mut Harness<'static, TarikhApp>, article: usize) {
    for _ in 0..200 {
        if !h.state().timeline.entries[article].article.text.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.run_steps(1);
    }
    h.run_steps(3);
}

#[test]
fn an_extraction_opens_and_a_selected_events_text_is_read_from_the_corpus() {
    let dir = scratch("open");
    let (_, events) = corpus_and_events(&dir);
    let lines = std::fs::read_to_string(&events).unwrap().lines().count();
    let mut h = empty_app();
    open_through_the_menu(&mut h, &events);
    let t = &h.state().timeline;
    assert_eq!((t.entries.len(), t.events.len()), (40, lines));
    // The reader shows the first article until an event is chosen: at most its text is read.
    let read = t.entries.iter().filter(|e| !e.article.text.is_empty()).count();
    assert!(read <= 1, "{read} texts read before any event was chosen");
    assert_eq!(t.source_of_article(1), "واس");
    assert!(!h.state().view.drawn.is_empty(), "events on the timeline");
    // The list shows the events (by date): click the sixth row.
    assert_eq!(h.state().list.visible_count(), lines);
    let e = t.events[5].clone();
    let n = t.entries[e.article].article.file_name.trim_start_matches('n').to_string();
    h.get_all_by_label(&e.date_text).next().expect("a list row").click();
    h.run_steps(3);
    assert_eq!(h.state().selected, Some(e.id));
    wait_for_text(&mut h, e.article);
    let app = h.state();
    assert!(app.timeline.entries[e.article].article.text.contains(&format!("وكتب المراسل رقم {n} أن")));
    let sentence = app.reader.focused_sentence(&app.timeline).expect("the reader highlights the sentence");
    assert!(sentence.starts_with(&format!("عقد الوزراء اجتماعهم رقم {n} {}", e.date_text)), "{sentence}");
    // The line only the corpus holds is in the reader.
    let only_in_corpus = format!("وكتب المراسل رقم {n} أن");
    assert!(h.get_all_by_label_contains(&only_in_corpus).count() > 0, "the article's text in the reader");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Events written as CSV or Parquet open as the JSON Lines ones do: the same articles and
/// events, and a selected event's text read from the corpus.
#[test]
fn csv_and_parquet_extractions_open_like_json_lines() {
    let dir = scratch("formats");
    let (_, jsonl) = corpus_and_events_as(&dir, "events.jsonl");
    let mut h = empty_app();
    open_through_the_menu(&mut h, &jsonl);
    let expected: Vec<(String, String)> =
        h.state().timeline.events.iter().map(|e| (e.range.start.to_string(), e.date_text.clone())).collect();
    assert!(expected.len() >= 40, "{}", expected.len());
    for name in ["events.csv", "events.parquet"] {
        let (_, events) = corpus_and_events_as(&dir, name);
        let mut h = empty_app();
        open_through_the_menu(&mut h, &events);
        assert!(h.state().errors.errors.is_empty(), "{name}: {:?}", h.state().errors.errors);
        let t = &h.state().timeline;
        let got: Vec<(String, String)> =
            t.events.iter().map(|e| (e.range.start.to_string(), e.date_text.clone())).collect();
        assert_eq!(got, expected, "{name}");
        assert_eq!(t.entries.len(), 40, "{name}");
        let e = t.events[7].clone();
        h.get_all_by_label(&e.date_text).next().expect("a list row").click();
        h.run_steps(3);
        wait_for_text(&mut h, e.article);
        let text = &h.state().timeline.entries[e.article].article.text;
        assert!(text.contains("وكتب المراسل رقم"), "{name}: the text came from the corpus: {text:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A project with an extraction keeps it: saved, it names the events file and its window
/// (not one article per corpus row); opened again, the events come back with the user's
/// edits, and their texts are still read from the corpus.
#[test]
fn a_project_saves_its_extraction_and_reopens_it_with_the_edits() {
    let dir = scratch("project");
    let (_, events) = corpus_and_events(&dir);
    let mut h = empty_app();
    open_through_the_menu(&mut h, &events);
    let n = h.state().timeline.events.len();
    let id = h.state().timeline.events[3].id;
    h.state_mut().timeline.edit_event(id, |e| e.note = "راجع المصدر".into());
    // An article of the extraction closed and reopened gets its events back (its text never
    // held them: they come from the events file); closed again, it stays closed in the project.
    let other = h.state().timeline.events.iter().find(|e| e.id != id).unwrap().clone();
    let article = other.article;
    let own = h.state().timeline.events.iter().filter(|e| e.article == article).count();
    h.state_mut().reader.article = Some(article);
    h.state_mut().close_current_article();
    assert_eq!(h.state().timeline.events.len(), n - own);
    h.state_mut().reopen_closed_article();
    assert_eq!(h.state().timeline.events.len(), n, "the closed article's events are back");
    assert!(h.state().timeline.event(other.id).is_some());
    let article = h.state().timeline.event(other.id).unwrap().article;
    h.state_mut().reader.article = Some(article);
    h.state_mut().close_current_article();
    let n = n - own;
    let project = dir.join("أرشيف.tarikh");
    tarikh::ui::save_project_as(h.state_mut(), project.clone());
    let saved = tarikh::project::load(&project).unwrap();
    assert_eq!(saved.extractions.len(), 1);
    assert_eq!(saved.extractions[0].path, events);
    assert_eq!(saved.extractions[0].closed.len(), 1, "the closed article is remembered");
    assert!(saved.articles.is_empty(), "{} articles listed one by one", saved.articles.len());

    let mut h = empty_app();
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &project);
    open_extraction::wait(h.state_mut(), &ctx);
    h.run_steps(3);
    let t = &h.state().timeline;
    assert_eq!((t.entries.len(), t.events.len()), (39, n));
    assert!(t.event(other.id).is_none(), "the closed article stays closed");
    assert_eq!(t.event(id).map(|e| e.note.as_str()), Some("راجع المصدر"));
    assert!(h.state().project.missing.is_empty());
    let e = t.event(id).unwrap().clone();
    h.get_all_by_label(&e.date_text).next().expect("a list row").click();
    h.run_steps(3);
    wait_for_text(&mut h, e.article);
    assert!(h.state().timeline.entries[e.article].article.text.contains("وكتب المراسل رقم"));
    // Saved again, it still names the extraction once.
    assert!(tarikh::ui::save_now(h.state_mut()));
    assert_eq!(tarikh::project::load(&project).unwrap().extractions.len(), 1);

    // A project of an older version listed the extraction's articles one by one: the
    // extraction is read again, not 40 articles called missing.
    let mut older = saved.clone();
    older.extractions.clear();
    older.articles = (1..=40)
        .map(|row| tarikh::project::ProjectArticle {
            path: tarikh::timeline::extraction_path(&events, tarikh::corpus::ArticleAt { corpus: 0, row }),
            content_hash: 0,
            text: Some(String::new()),
        })
        .collect();
    let older_path = dir.join("older.tarikh");
    tarikh::project::save(&older_path, &older, false).unwrap();
    let mut h = empty_app();
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &older_path);
    open_extraction::wait(h.state_mut(), &ctx);
    h.run_steps(3);
    assert!(h.state().project.missing.is_empty());
    let t = &h.state().timeline;
    assert_eq!((t.entries.len(), t.events.len()), (40, n + own));
    assert_eq!(t.event(id).map(|e| e.note.as_str()), Some("راجع المصدر"));

    // The events file out of reach (a drive not mounted): the project opens with the problem
    // reported, and saving it does not forget the extraction.
    let away = dir.join("away.jsonl");
    std::fs::rename(&events, &away).unwrap();
    let mut h = empty_app();
    let ctx = h.ctx.clone();
    tarikh::ui::open_project(h.state_mut(), &ctx, &project);
    open_extraction::wait(h.state_mut(), &ctx);
    h.run_steps(3);
    assert_eq!(h.state().errors.errors.len(), 1, "{:?}", h.state().errors.errors);
    assert!(tarikh::ui::save_now(h.state_mut()));
    let kept = tarikh::project::load(&project).unwrap();
    assert_eq!(kept.extractions.len(), 1, "the extraction is still named");
    assert_eq!(kept.extractions[0].closed.len(), 1, "with its closed article");
    std::fs::rename(&away, &events).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn beyond_the_limit_a_window_is_asked_for_and_a_moved_corpus_is_pointed_at() {
    let dir = scratch("window");
    let (corpus, events) = corpus_and_events(&dir);
    // A bad line, reported with its number.
    let mut body = std::fs::read_to_string(&events).unwrap();
    body.insert_str(0, "{\"article\": 3}\n");
    std::fs::write(&events, body).unwrap();
    let moved = dir.join("elsewhere");
    std::fs::create_dir_all(&moved).unwrap();
    let new_place = moved.join("akhbar-2.jsonl");
    std::fs::rename(&corpus, &new_place).unwrap();
    let mut h = empty_app();
    h.state_mut().extraction.limit = 20;
    open_through_the_menu(&mut h, &events);
    assert!(h.state().extraction.asks_for_window());
    assert!(h.state().timeline.events.is_empty(), "nothing kept before a window is chosen");
    h.get_by_role_and_label(Role::TextInput, "Words").focus();
    h.get_by_role_and_label(Role::TextInput, "Words").type_text("رقم 7");
    h.run_steps(1);
    h.get_by_label("Open these events").click();
    h.run_steps(1);
    let ctx = h.ctx.clone();
    open_extraction::wait(h.state_mut(), &ctx);
    h.run_steps(3);
    let t = &h.state().timeline;
    assert!(!t.events.is_empty() && t.events.iter().all(|e| e.title.contains("رقم")), "{}", t.events.len());
    assert!(t.entries.len() < 40, "only articles whose titles hold both words: {}", t.entries.len());
    assert!(h.get_all_by_label_contains("line 1: not an event of tarikh extract").count() > 0);
    // The corpus moved: the user is asked where it is.
    let e = t.events[0].clone();
    h.state_mut().select(e.id);
    h.run_steps(3);
    h.get_by_role_and_label(Role::TextInput, "Corpus").focus();
    h.get_by_role_and_label(Role::TextInput, "Corpus").type_text(new_place.to_str().unwrap());
    h.run_steps(1);
    h.get_by_label("Use this corpus").click();
    h.run_steps(2);
    wait_for_text(&mut h, e.article);
    assert!(h.state().timeline.entries[e.article].article.text.contains("وكتب المراسل رقم"));
    let _ = std::fs::remove_dir_all(&dir);
}
