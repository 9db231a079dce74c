//! An extraction of 1,000,000 events opened in the app (File → Open extraction…): the events
//! file made by the batch run's own code (`corpus::run` + `JsonlSink`, as `tarikh extract`)
//! from 25,000 synthetic articles of 40 dated sentences (~100 MB), read back, put on the
//! timeline, and one frame of the UI drawn with all of them, one zoom step, then one selected and its
//! text read from the corpus. Target: a frame ≤ 16 ms on this 2-core machine (usable), the
//! reading and the first text printed once (seconds) with the peak memory.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use std::io::BufWriter;
use std::path::PathBuf;
use std::time::Instant;
use tarikh::corpus::{
    self, BatchLimits, ColumnNames, CorpusFormat, CorpusOrigin, EventWindow, ExtractOptions,
    ExtractionOrigin, JsonlSink,
};
use tarikh::ui::{Start, TarikhApp, open_extraction};

#[path = "../crates/tarikh-core/benches/synthetic/mod.rs"]
mod synthetic;

const ARTICLES: usize = 25_000;
const SENTENCES: usize = 40;
const SOURCES: [&str; 5] = ["رويترز", "واس", "قنا", "الأناضول", "سانا"];

/// The corpus and its events (made once, kept in the temporary folder).
fn extraction() -> PathBuf {
    let dir = std::env::temp_dir().join("tarikh-bench-extraction");
    let events = dir.join("events.jsonl");
    if ExtractionOrigin::sidecar_of(&events).exists() {
        return events;
    }
    std::fs::create_dir_all(&dir).unwrap();
    let corpus = dir.join("corpus.jsonl");
    let lines: Vec<String> = (0..ARTICLES)
        .map(|i| {
            let source = SOURCES[i % 5];
            serde_json::json!({"id": format!("a{i}"), "text": synthetic::article(i, SENTENCES), "source": source})
                .to_string()
        })
        .collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").unwrap();
    let started = Instant::now();
    // `TARIKH_BENCH_FAST_EVENTS=1` (a debug build, where the extractor is slow): the events
    // written here in the batch run's format, one per synthetic sentence, their spans in the
    // texts; else made by the batch run's code (`corpus::run` + `JsonlSink`).
    let made = if std::env::var_os("TARIKH_BENCH_FAST_EVENTS").is_some() {
        fast_events(&events);
        "written directly".to_string()
    } else {
        let rows = corpus::open(&corpus, CorpusFormat::Jsonl, &ColumnNames::default()).unwrap();
        let mut sink = JsonlSink::new(BufWriter::new(std::fs::File::create(&events).unwrap()));
        let (options, limits) = (ExtractOptions::default(), BatchLimits::default());
        let s = corpus::run(rows, &mut sink, &options, limits, &mut |_| {}, &mut |_| {}).unwrap();
        s.to_string()
    };
    let count =
        std::io::BufRead::lines(std::io::BufReader::new(std::fs::File::open(&events).unwrap())).count();
    let origin = ExtractionOrigin {
        corpora: vec![CorpusOrigin::new(corpus, CorpusFormat::Jsonl, ColumnNames::default(), count as u64)],
    };
    origin.write(&events).unwrap();
    eprintln!("made the extraction: {made} ({:.1} s)", started.elapsed().as_secs_f64());
    events
}

/// The events of the synthetic corpus in the format of `tarikh extract`'s JSONL: one per
/// sentence, «{d} {month} {y}» found in each line of each article.
fn fast_events(events: &std::path::Path) {
    use std::io::Write;
    let mut out = BufWriter::new(std::fs::File::create(events).unwrap());
    let months = tarikh::timeline::axis::ARABIC_MONTHS;
    let mut n = 0u64;
    for i in 0..ARTICLES {
        let text = synthetic::article(i, SENTENCES);
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let Some(fi) = line.find(" في ") else { continue };
            let rest = &line[fi + " في ".len()..];
            let date: String = rest.split(' ').take(3).collect::<Vec<_>>().join(" ");
            let parts: Vec<&str> = date.split(' ').collect();
            let (Ok(d), Some(m), Ok(y)) = (
                parts[0].parse::<u32>(),
                months.iter().position(|m| *m == parts[1]),
                parts[2].parse::<i32>(),
            ) else {
                continue;
            };
            let day = chrono::NaiveDate::from_ymd_opt(y, m as u32 + 1, d).unwrap().to_string();
            let ds = start + fi + " في ".len();
            let sentence = [start, start + line.trim_end().len()];
            n += 1;
            let e = serde_json::json!({
                "article": format!("a{i}"), "row": i + 1, "id": format!("{n:016x}"),
                "start": day, "end": day, "granularity": "day", "date_text": date,
                "date_span": [ds, ds + date.len()], "date_span_chars": [0, 0],
                "sentence_span": sentence, "sentence_span_chars": [0, 0],
                "title": line.trim_end(), "flags": [], "category": null, "dateline": null,
                "source": SOURCES[i % 5],
            });
            writeln!(out, "{e}").unwrap();
        }
    }
}

/// Peak resident memory of this process, in MB (Linux).
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse::<f64>().ok())
        .unwrap_or(0.0);
    kb / 1024.0
}

fn bench(c: &mut Criterion) {
    let events = extraction();
    let mb = std::fs::metadata(&events).unwrap().len() as f64 / 1e6;
    let mut h = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_accessibility_check(false)
        .build_eframe(|cc| TarikhApp::new(cc, Start::Paths(Vec::new()), None));
    // As File → Open extraction… does, with the window given (no survey): the file read on a
    // worker, its sidecar read (where the texts are), then the events put on the timeline.
    let ctx = h.ctx.clone();
    let started = Instant::now();
    open_extraction::open(h.state_mut(), &ctx, events.clone(), Some(EventWindow::default()));
    open_extraction::wait(h.state_mut(), &ctx);
    let reading = started.elapsed().as_secs_f64();
    assert!(h.state().timeline.events.len() >= 990_000, "{}", h.state().timeline.events.len());
    h.state_mut().view.fit_all = true;
    let started = Instant::now();
    h.run_steps(1);
    let first_frame = started.elapsed().as_secs_f64();
    h.run_steps(2);
    let n = h.state().timeline.events.len();
    eprintln!(
        "{n} events, events file {mb:.0} MB: read and put on the timeline in {reading:.2} s, first frame {first_frame:.2} s, peak memory {:.0} MB",
        peak_mb()
    );
    let mut g = c.benchmark_group("extraction");
    g.sample_size(20);
    g.bench_function("one frame with 1,000,000 events from an extraction", |b| b.iter(|| h.step()));
    // A wheel step of zoom (in, then out): the marks are laid out again at the new scale.
    let mut k = 0u32;
    g.bench_function("one zoom step with 1,000,000 events (marks laid out again)", |b| {
        b.iter(|| {
            k += 1;
            h.state_mut().view.zoom_by(if k.is_multiple_of(2) { 0.9 } else { 1.0 / 0.9 });
            h.step()
        })
    });
    // One selected: the reader shows its article, read from the corpus (the first read finds the
    // offsets of the corpus's rows).
    let id = h.state().timeline.events[500_000].id;
    h.state_mut().select(id);
    let started = Instant::now();
    let article = h.state().timeline.event(id).unwrap().article;
    while h.state().timeline.entries[article].article.text.is_empty() && started.elapsed().as_secs() < 30 {
        h.step();
    }
    eprintln!(
        "first text from the corpus in {:.2} s ({} bytes; status: {})",
        started.elapsed().as_secs_f64(),
        h.state().timeline.entries[article].article.text.len(),
        h.state().status
    );
    h.run_steps(3);
    g.bench_function("one frame with 1,000,000 events, one selected and its text in the reader", |b| {
        b.iter(|| h.step())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
