//! `cargo run -p tarikh-core --release --example corpus_extract -- CORPUS [OUT]`: what
//! `tarikh extract CORPUS -o OUT` does (JSONL to standard output without OUT), built without the
//! app: quick to rebuild while measuring. `RAYON_NUM_THREADS` sets the cores used.

use std::io::{BufWriter, Write};
use std::path::Path;
use tarikh_core::corpus::{
    self, BatchLimits, ColumnNames, CorpusFormat, CsvSink, EventSink, ExtractOptions, JsonlSink, ParquetSink,
};

// The allocator `tarikh` uses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(input) = args.first().map(Path::new) else {
        eprintln!("usage: corpus_extract CORPUS [OUT.jsonl|OUT.csv|OUT.parquet]");
        return 1.into();
    };
    let format = CorpusFormat::of_path(input).unwrap_or(CorpusFormat::Jsonl);
    let rows = match corpus::open(input, format, &ColumnNames::default()) {
        Ok(rows) => rows,
        Err(e) => {
            eprintln!("error: {e}");
            return 1.into();
        }
    };
    let out: Box<dyn Write + Send> = match args.get(1) {
        Some(p) => Box::new(std::fs::File::create(p).expect("cannot create the output")),
        None => Box::new(std::io::stdout()),
    };
    let out = BufWriter::with_capacity(1 << 20, out);
    let mut sink: Box<dyn EventSink> = match args.get(1).and_then(|p| CorpusFormat::of_path(Path::new(p))) {
        Some(CorpusFormat::Csv) => Box::new(CsvSink::new(out)),
        Some(CorpusFormat::Parquet) => Box::new(ParquetSink::new(out).expect("parquet")),
        _ => Box::new(JsonlSink::new(out)),
    };
    let summary = corpus::run(
        rows,
        sink.as_mut(),
        &ExtractOptions::default(),
        BatchLimits::default(),
        &mut |bad| eprintln!("error: {bad}"),
        &mut |_| {},
    );
    match summary {
        Ok(s) => {
            eprintln!("{s}");
            0.into()
        }
        Err(e) => {
            eprintln!("error: {e}");
            1.into()
        }
    }
}
