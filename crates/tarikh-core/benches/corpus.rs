//! End-to-end corpus extraction (issue 15): JSONL rows read and decoded, sentences, dates,
//! events, titles, categories, key words, JSONL written, on 10 MB of text, on one core and on
//! all cores. Two corpora: the seeds repeated, and the real newspaper articles of
//! `../shared/eval/real-dev` repeated (skipped when that folder is absent; its texts are read
//! from there, never copied into the repository). Each copy is made unique, as
//! `scripts/make-corpus` does. Target: ≥ 50 MB/s on one core, close to twice that on two.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};
use tarikh_core::corpus::{self, BatchLimits, ColumnNames, ExtractOptions, JsonlRows, JsonlSink};

// The allocator `tarikh` uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CORPUS_BYTES: usize = 10_000_000;

/// A JSONL corpus of the `.txt` articles of `folder`, repeated to 10 MB of text.
fn corpus_of(folder: &Path) -> Option<(Vec<u8>, usize)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
        .ok()?
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let (mut jsonl, mut bytes, mut i) = (Vec::new(), 0, 0);
    while bytes < CORPUS_BYTES {
        let text = format!("{}\n\nنسخة {i}\n", texts[i % texts.len()]);
        bytes += text.len();
        let row = serde_json::json!({"id": format!("a{i}"), "text": text, "published": format!("2020-01-{:02}", 1 + i % 28)});
        jsonl.extend(row.to_string().bytes());
        jsonl.push(b'\n');
        i += 1;
    }
    Some((jsonl, bytes))
}

fn extract_all(jsonl: &[u8]) -> u64 {
    let rows = JsonlRows::new(jsonl, ColumnNames::default());
    let mut sink = JsonlSink::new(std::io::sink());
    let s = corpus::run(
        rows,
        &mut sink,
        &ExtractOptions::default(),
        BatchLimits::default(),
        &mut |_| {},
        &mut |_| {},
    )
    .unwrap();
    s.events
}

fn bench(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let sets = [("seeds", root.join("seeds")), ("real-dev", root.join("../shared/eval/real-dev/articles"))];
    let mut g = c.benchmark_group("corpus");
    g.sample_size(10);
    for (name, folder) in sets {
        let Some((jsonl, text_bytes)) = corpus_of(&folder) else {
            eprintln!("{name}: no articles at {}, skipped", folder.display());
            continue;
        };
        g.throughput(Throughput::Bytes(text_bytes as u64));
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            g.bench_function(format!("{name} 10 MB, JSONL to JSONL, {threads} core(s)"), |b| {
                b.iter(|| pool.install(|| extract_all(&jsonl)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
