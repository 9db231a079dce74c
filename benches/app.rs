//! The app's costs: loading a folder of 1,000 articles (~5 MB) into a timeline, and one frame
//! of the UI (layout of timeline, list and reader) with 10,000 and 100,000 events loaded, one
//! edit with as many, and an autosave of that project split as the app splits it. Targets: the
//! folder within 1 s on 2 cores; a frame ≤ 4 ms of CPU with 10,000 events and ≤ 8 ms with
//! 100,000; an edit ≤ 30 ms with 100,000; the autosave's share of the UI thread ≤ 4 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::path::{Path, PathBuf};
use tarikh::article::load_bytes;
use tarikh::project::{Project, ProjectView, save};
use tarikh::timeline::Timeline;
use tarikh::ui::{Start, TarikhApp};

#[path = "../crates/tarikh-core/benches/synthetic/mod.rs"]
mod synthetic;
use synthetic::article;

fn folder_of_articles() -> PathBuf {
    let dir = std::env::temp_dir().join("tarikh-bench-1000");
    if !dir.join("a0999.txt").exists() {
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..1000 {
            std::fs::write(dir.join(format!("a{i:04}.txt")), article(i, 30)).unwrap();
        }
    }
    dir
}

fn bench(c: &mut Criterion) {
    let dir = folder_of_articles();
    let mut g = c.benchmark_group("app");
    g.sample_size(10);
    g.bench_function("load 1000 articles (~5 MB) into a timeline", |b| {
        b.iter(|| Timeline::load(std::slice::from_ref(&dir)).events.len())
    });
    // Of that, what the UI thread does when the loading worker hands over its results: adding
    // them, re-applying edits, sorting and grouping (one frame's delay, so it must stay short).
    let (articles, _) = tarikh::article::load_paths(std::slice::from_ref(&dir));
    let analysed = tarikh::timeline::analyse(articles);
    g.bench_function("UI thread's part of loading 1000 articles (add + rebuild + groups)", |b| {
        b.iter_batched(
            || analysed.clone(),
            |a| {
                let mut t = Timeline::default();
                t.add_analysed(a)
            },
            criterion::BatchSize::LargeInput,
        )
    });

    // 10,000 events: 50 articles of 200 dated sentences.
    let articles: Vec<_> = (0..50)
        .map(|i| load_bytes(Path::new(&format!("a{i}.txt")), article(i, 200).as_bytes()).unwrap())
        .collect();
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_accessibility_check(false)
        .build_eframe(|cc| TarikhApp::new(cc, Start::Paths(Vec::new()), None));
    // An edit rebuilds the shown events: edits applied, sorted, groups formed. Target: well
    // under a frame's budget of interaction (≤ 50 ms) with 10,000 events.
    let mut t = Timeline::default();
    t.add_articles(articles.clone());
    let id = t.events[0].id;
    g.bench_function("one edit with 10,000 events (rebuild + groups)", |b| {
        b.iter(|| t.edit_event(id, |e| e.note.push('x')))
    });
    h.state_mut().timeline.add_articles(articles);
    h.state_mut().generation += 1;
    h.state_mut().view.fit_all = true;
    h.run_steps(3);
    assert!(h.state().timeline.events.len() >= 10_000);
    g.bench_function("one frame with 10,000 events", |b| b.iter(|| h.step()));

    // An autosave of the 50 articles' project with their texts embedded (~1.6 MB): the UI
    // thread only captures it; the writer thread serialises it and saves it atomically.
    let t = &h.state().timeline;
    let project = || Project::capture(t, ProjectView::default(), true);
    g.bench_function("autosave, UI thread: capture the project (texts embedded)", |b| {
        b.iter(|| project().articles.len())
    });
    let file = std::env::temp_dir().join("tarikh-bench-save.tarikh");
    let p = project();
    g.bench_function("autosave, writer thread: serialise + atomic save (texts embedded)", |b| {
        b.iter(|| save(&file, &p, false).unwrap())
    });

    // 100,000 events: 500 articles of 200 dated sentences.
    let articles: Vec<_> = (0..500)
        .map(|i| load_bytes(Path::new(&format!("b{i}.txt")), article(i, 200).as_bytes()).unwrap())
        .collect();
    let mut t = Timeline::default();
    t.add_articles(articles.clone());
    let id = t.events[t.events.len() / 2].id;
    g.bench_function("one edit with 100,000 events (a note)", |b| {
        b.iter(|| t.edit_event(id, |e| e.note.push('x')))
    });
    drop(t);
    drop(h);
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_accessibility_check(false)
        .build_eframe(|cc| TarikhApp::new(cc, Start::Paths(Vec::new()), None));
    h.state_mut().timeline.add_articles(articles);
    h.state_mut().generation += 1;
    h.state_mut().view.fit_all = true;
    h.run_steps(3);
    assert!(h.state().timeline.events.len() >= 100_000);
    g.bench_function("one frame with 100,000 events", |b| b.iter(|| h.step()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
