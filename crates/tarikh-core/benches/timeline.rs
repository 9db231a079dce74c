//! The timeline model at scale: one edit with 100,000 events (a note or a pin, done in place;
//! a date, which moves the event and regroups), and the lanes and marks of 100,000 events laid
//! out for a frame. Targets: an edit ≤ 30 ms; lanes + marks well under a frame.

mod synthetic;

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::Path;
use tarikh_core::article::load_bytes;
use tarikh_core::dates::DateRange;
use tarikh_core::timeline::Timeline;
use tarikh_core::timeline::axis::day_number;
use tarikh_core::timeline::lanes::{LaneKind, Lanes};
use tarikh_core::timeline::marks::{MarkInput, place};

fn timeline(articles: usize, sentences: usize) -> Timeline {
    let loaded: Vec<_> = (0..articles)
        .map(|i| {
            load_bytes(Path::new(&format!("a{i}.txt")), synthetic::article(i, sentences).as_bytes()).unwrap()
        })
        .collect();
    let mut t = Timeline::default();
    t.add_articles(loaded);
    t
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("timeline");
    g.sample_size(10);
    let mut t = timeline(500, 200);
    assert!(t.events.len() >= 100_000, "{}", t.events.len());
    let id = t.events[t.events.len() / 2].id;
    g.bench_function("one edit (a note) with 100,000 events", |b| {
        b.iter(|| t.edit_event(id, |e| e.note.push('x')))
    });
    g.bench_function("one edit (a pin) with 100,000 events", |b| {
        b.iter(|| t.edit_event(id, |e| e.pinned = !e.pinned))
    });
    let day = t.event(id).unwrap().range.start;
    let mut k = 0u64;
    g.bench_function("one edit (its date) with 100,000 events", |b| {
        b.iter(|| {
            k += 1;
            let d = day + chrono::Days::new(k % 30);
            t.edit_event(id, |e| e.range = Some(DateRange::day(d)))
        })
    });
    let shown = vec![true; t.events.len()];
    g.bench_function("lanes of 100,000 events (by source)", |b| {
        b.iter(|| Lanes::build(&t, &shown, LaneKind::Sources).members.len())
    });
    let lanes = Lanes::build(&t, &shown, LaneKind::Articles);
    let ppd = 0.2;
    let inputs: Vec<MarkInput> = lanes
        .members
        .iter()
        .map(|&(lane, i)| {
            let r = t.events[i].range;
            MarkInput {
                lane,
                event: i,
                x0: (day_number(r.start) * ppd) as f32,
                x1: ((day_number(r.end) + 1.0) * ppd) as f32,
            }
        })
        .collect();
    g.bench_function("marks of 100,000 events (stacked, clustered)", |b| {
        b.iter(|| place(&inputs, lanes.lanes.len(), 8).marks.len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
