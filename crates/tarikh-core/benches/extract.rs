//! Extraction throughput: the seeds repeated to ≥ 5 MB, dates found and events built on one
//! core. Target ≥ 50 MB/s.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use tarikh_core::article::load_bytes;
use tarikh_core::timeline::extract_events;

fn corpus() -> String {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut one = String::new();
    let mut names: Vec<_> = std::fs::read_dir(&seeds).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names {
        one.push_str(&std::fs::read_to_string(p).unwrap());
        one.push_str("\n\n");
    }
    let mut text = String::with_capacity(5_300_000);
    while text.len() < 5_000_000 {
        text.push_str(&one);
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("dates::find on 5 MB", |b| b.iter(|| tarikh_core::dates::find(&text, None).len()));
    g.bench_function("load + sentences + events on 5 MB", |b| {
        b.iter(|| {
            let a = load_bytes(Path::new("corpus.txt"), text.as_bytes()).unwrap();
            extract_events(&a, 0).events.len()
        })
    });
    // What the app and `tarikh extract` do on top: each event's suggested category and its
    // sentence's key words for grouping (issue 7).
    g.bench_function("… + categories and key words on 5 MB", |b| {
        b.iter(|| {
            let a = load_bytes(Path::new("corpus.txt"), text.as_bytes()).unwrap();
            let mut x = extract_events(&a, 0);
            tarikh_core::timeline::describe_events(&a, &mut x);
            x.events.len()
        })
    });
    g.finish();
    long_sentence(c);
}

/// One sentence of 100 KB holding thousands of dates (issue 11): each event's headline must
/// cost a bounded window around its date, not the whole sentence.
fn long_sentence(c: &mut Criterion) {
    let mut text = String::with_capacity(105_000);
    while text.len() < 100_000 {
        text.push_str("عقدت القمة في 5 مارس 2021 و");
    }
    let mut g = c.benchmark_group("long sentence");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("events of one 100 KB sentence full of dates", |b| {
        b.iter(|| {
            let a = load_bytes(Path::new("dense.txt"), text.as_bytes()).unwrap();
            extract_events(&a, 0).events.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
