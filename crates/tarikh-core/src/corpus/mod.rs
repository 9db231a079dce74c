//! Corpora: many articles in one file (JSON Lines, CSV or Parquet), each row with its text and
//! what is known about it (title, publication date, URL, source, id), streamed through the
//! extractor with bounded memory, and the events written as JSON Lines, CSV or Parquet.
//!
//! ```no_run
//! use tarikh_core::corpus::{self, BatchLimits, ColumnNames, CorpusFormat, ExtractOptions, JsonlSink};
//! let rows = corpus::open(std::path::Path::new("news.parquet"), CorpusFormat::Parquet, &ColumnNames::default())?;
//! let mut sink = JsonlSink::new(std::io::BufWriter::new(std::io::stdout()));
//! let summary = corpus::run(
//!     rows,
//!     &mut sink,
//!     &ExtractOptions::default(),
//!     BatchLimits::default(),
//!     &mut |bad| eprintln!("{bad}"),
//!     &mut |_| {},
//! )?;
//! eprintln!("{summary}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod article_events;
mod char_offsets;
mod columns;
mod event_rows;
mod extraction_origin;
mod fields;
mod grouping;
mod pipeline;
mod read_csv;
mod read_events;
mod read_jsonl;
mod read_parquet;
mod row;
mod row_texts;
mod sink;
mod summary;
mod write_csv;
mod write_jsonl;
mod write_parquet;

pub use article_events::{ArticleEvents, EventRecord, ExtractOptions, SentenceRecord, extract_row};
pub use char_offsets::CharOffsets;
pub use columns::{ColumnIndex, ColumnNames};
pub use extraction_origin::{CorpusOrigin, ExtractionOrigin, ORIGIN_VERSION};
pub use grouping::{BLOCKING_WORDS, CorpusEvents, GroupMention, MAX_BLOCK};
pub use pipeline::{BatchLimits, run};
pub use read_csv::CsvRows;
pub use read_events::{
    ArticleAt, BadLine, EventWindow, ExtractedArticle, ExtractedEvent, ReadEvents, Survey, read_events,
    survey,
};
pub use read_jsonl::JsonlRows;
pub use read_parquet::ParquetRows;
pub use row::{CorpusRow, RowError, parse_published};
pub use row_texts::RowTexts;
pub use sink::{CollectSink, EventSink};
pub use summary::{Summary, thousands};
pub use write_csv::{CSV_COLUMNS, CsvSink};
pub use write_jsonl::JsonlSink;
pub use write_parquet::ParquetSink;

use std::io::BufReader;
use std::path::Path;

/// The formats of corpora, and of the events written from them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorpusFormat {
    Jsonl,
    Csv,
    Parquet,
}

impl CorpusFormat {
    /// The format a file's extension names: `.jsonl`/`.ndjson`, `.csv`, `.parquet`/`.pq`.
    pub fn of_path(path: &Path) -> Option<CorpusFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        CorpusFormat::from_name(&ext)
    }

    /// `jsonl` (or `ndjson`), `csv`, `parquet` (or `pq`).
    pub fn from_name(name: &str) -> Option<CorpusFormat> {
        match name {
            "jsonl" | "ndjson" => Some(CorpusFormat::Jsonl),
            "csv" => Some(CorpusFormat::Csv),
            "parquet" | "pq" => Some(CorpusFormat::Parquet),
            _ => None,
        }
    }
}

/// The rows of a corpus, one after the other.
pub type Rows = Box<dyn Iterator<Item = Result<CorpusRow, RowError>> + Send>;

/// Opens a corpus file (`-`: standard input, for JSONL and CSV). Fails when the file cannot
/// be opened or its columns cannot be resolved (no text column); bad rows come as errors
/// among the rows.
pub fn open(path: &Path, format: CorpusFormat, names: &ColumnNames) -> Result<Rows, String> {
    let input = || -> Result<Box<dyn std::io::Read + Send>, String> {
        if path == Path::new("-") {
            return Ok(Box::new(std::io::stdin()));
        }
        std::fs::File::open(path)
            .map(|f| Box::new(f) as Box<dyn std::io::Read + Send>)
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    Ok(match format {
        CorpusFormat::Jsonl => {
            Box::new(JsonlRows::new(BufReader::with_capacity(1 << 20, input()?), names.clone()))
        }
        CorpusFormat::Csv => Box::new(
            CsvRows::new(BufReader::with_capacity(1 << 20, input()?), names)
                .map_err(|e| format!("{}: {e}", path.display()))?,
        ),
        CorpusFormat::Parquet => Box::new(ParquetRows::open(path, names)?),
    })
}
