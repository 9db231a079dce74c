//! The rows of an events file written by `tarikh extract`, whatever its format: JSON Lines
//! (one object per line), CSV (the columns of [`super::CSV_COLUMNS`], lists joined with
//! spaces) or Parquet (the same columns, typed). Each row comes with its number (a line of
//! JSON, a record of CSV counting the header as line 1, a Parquet row from 1) and either the
//! event's fields or why they could not be read; reading goes on after a bad row.

use super::CorpusFormat;
use super::write_csv::CSV_COLUMNS;
use crate::dates::Granularity;
use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, UInt64Type};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::DataType;
use chrono::NaiveDate;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde::Deserialize;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Parquet rows decoded at a time.
const BATCH_ROWS: usize = 4096;

/// One event row, as written by the batch run.
#[derive(Debug, Deserialize)]
pub(super) struct Line {
    pub article: String,
    pub row: u64,
    pub id: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub granularity: Granularity,
    #[serde(default)]
    pub date_text: String,
    pub date_span: [usize; 2],
    pub sentence_span: [usize; 2],
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub flags: Vec<String>,
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub dateline: Option<NaiveDate>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub sentence: Option<String>,
}

/// The format of the events file `path`, by its extension, or why it is not one.
pub(super) fn format_of(path: &Path) -> Result<CorpusFormat, String> {
    CorpusFormat::of_path(path).ok_or_else(|| {
        format!("{}: not an events file of tarikh extract (.jsonl, .csv or .parquet)", path.display())
    })
}

/// Calls `each` with the number and the fields of every row of the events file `path`, until
/// it returns `false`; `read` counts the bytes read (for progress against the file's size).
/// Fails only when the file cannot be opened or read as a whole.
pub(super) fn each_row(
    path: &Path,
    read: &AtomicU64,
    mut each: impl FnMut(u64, Result<Line, String>) -> bool,
) -> Result<(), String> {
    match format_of(path)? {
        CorpusFormat::Jsonl => each_line(path, read, |n, text| {
            each(n, serde_json::from_slice(text).map_err(|e| format!("not an event of tarikh extract: {e}")))
        }),
        CorpusFormat::Csv => each_record(path, read, &mut each),
        CorpusFormat::Parquet => each_parquet_row(path, read, &mut each),
    }
}

fn open(path: &Path) -> Result<std::fs::File, String> {
    std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Calls `each` with every non-blank line of a JSON Lines file and its number.
pub(super) fn each_line(
    path: &Path,
    read: &AtomicU64,
    mut each: impl FnMut(u64, &[u8]) -> bool,
) -> Result<(), String> {
    let mut input = BufReader::with_capacity(1 << 20, open(path)?);
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|e| format!("{}: line {}: {e}", path.display(), line + 1))?;
        if n == 0 {
            return Ok(());
        }
        line += 1;
        read.fetch_add(n as u64, Ordering::Relaxed);
        let text = buf.trim_ascii();
        if !text.is_empty() && !each(line, text) {
            return Ok(());
        }
    }
}

/// CSV: the header names the columns (in any order); a record's number is its line.
fn each_record(
    path: &Path,
    read: &AtomicU64,
    each: &mut impl FnMut(u64, Result<Line, String>) -> bool,
) -> Result<(), String> {
    let mut reader =
        csv::ReaderBuilder::new().flexible(true).from_reader(BufReader::with_capacity(1 << 20, open(path)?));
    let header = reader.headers().map_err(|e| format!("{}: cannot read the header: {e}", path.display()))?;
    let column = |name: &str| header.iter().position(|h| h.trim_start_matches('\u{feff}') == name);
    let at: Vec<Option<usize>> = columns().map(column).collect();
    if let Some(missing) = REQUIRED.iter().find(|c| at[index(c)].is_none()) {
        return Err(format!(
            "{}: no `{missing}` column: not an events file of tarikh extract",
            path.display()
        ));
    }
    let mut record = csv::StringRecord::new();
    let mut done = 0u64;
    let mut last_line = 1;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                let line = record.position().map_or(last_line + 1, |p| p.line());
                last_line = line;
                let byte = reader.position().byte();
                read.fetch_add(byte.saturating_sub(done), Ordering::Relaxed);
                done = byte;
                let cells: Vec<&str> =
                    at.iter().map(|i| i.and_then(|i| record.get(i)).unwrap_or("")).collect();
                if !each(line, line_of(&cells)) {
                    return Ok(());
                }
            }
            // A record that cannot be read (bad UTF-8): the reader goes on with the next one.
            Err(e) if !matches!(e.kind(), csv::ErrorKind::Io(_)) => {
                let line = e.position().map_or(last_line + 1, |p| p.line());
                last_line = line;
                if !each(line, Err(format!("cannot read the record: {e}"))) {
                    return Ok(());
                }
            }
            Err(e) => return Err(format!("{}: line {}: {e}", path.display(), last_line + 1)),
        }
    }
}

/// The columns written (those of [`CSV_COLUMNS`], then the sentence and its key words): a
/// row's cells are looked up by their place here.
fn columns() -> impl Iterator<Item = &'static str> {
    CSV_COLUMNS.iter().copied().chain(["sentence", "key_words"])
}

/// The columns without which a row is not an event.
const REQUIRED: [&str; 10] = [
    "article",
    "row",
    "id",
    "start",
    "end",
    "granularity",
    "date_start",
    "date_end",
    "sentence_start",
    "sentence_end",
];

fn index(name: &str) -> usize {
    columns().position(|c| c == name).expect("a column written by tarikh extract")
}

/// An event from its cells, given as text in the order of [`columns`] (CSV; Parquet's typed
/// cells are turned into the same text). An empty optional cell is absent.
fn line_of(cells: &[&str]) -> Result<Line, String> {
    let cell = |name: &str| cells[index(name)];
    let number = |name: &str| -> Result<usize, String> {
        cell(name).trim().parse().map_err(|_| format!("`{name}` is not a number: `{}`", short(cell(name))))
    };
    let day = |name: &str| -> Result<NaiveDate, String> {
        cell(name)
            .trim()
            .parse()
            .map_err(|_| format!("`{name}` is not a date YYYY-MM-DD: `{}`", short(cell(name))))
    };
    let optional = |name: &str| Some(cell(name).to_string()).filter(|s| !s.is_empty());
    let granularity = cell("granularity");
    Ok(Line {
        article: cell("article").to_string(),
        row: number("row")? as u64,
        id: cell("id").to_string(),
        start: day("start")?,
        end: day("end")?,
        granularity: Granularity::ALL
            .into_iter()
            .find(|g| g.as_str() == granularity)
            .ok_or_else(|| format!("unknown granularity `{}`", short(granularity)))?,
        date_text: cell("date_text").to_string(),
        date_span: [number("date_start")?, number("date_end")?],
        sentence_span: [number("sentence_start")?, number("sentence_end")?],
        title: cell("title").to_string(),
        flags: cell("flags").split_whitespace().map(str::to_string).collect(),
        category: optional("category"),
        dateline: match cell("dateline").trim() {
            "" => None,
            _ => Some(day("dateline")?),
        },
        source: optional("source"),
        sentence: optional("sentence"),
    })
}

fn short(s: &str) -> String {
    super::row::shorten(s)
}

/// Parquet: the columns by name, a batch of rows at a time; typed cells are turned into text
/// and read as a CSV record's are.
fn each_parquet_row(
    path: &Path,
    read: &AtomicU64,
    each: &mut impl FnMut(u64, Result<Line, String>) -> bool,
) -> Result<(), String> {
    let file = open(path)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| format!("{}: not a Parquet file ({e})", path.display()))?;
    let total = builder.metadata().file_metadata().num_rows().max(1) as u64;
    let names: Vec<String> = builder.schema().fields().iter().map(|f| f.name().clone()).collect();
    if let Some(missing) = REQUIRED.iter().find(|c| !names.iter().any(|n| n == *c)) {
        return Err(format!(
            "{}: no `{missing}` column: not an events file of tarikh extract",
            path.display()
        ));
    }
    let batches = builder
        .with_batch_size(BATCH_ROWS)
        .build()
        .map_err(|e| format!("{}: cannot read it ({e})", path.display()))?;
    let mut row = 0u64;
    let mut done = 0u64;
    for batch in batches {
        let batch = batch.map_err(|e| format!("{}: row {}: cannot decode: {e}", path.display(), row + 1))?;
        let columns: Vec<Option<Column>> = columns().map(|c| batch_column(&batch, c).map(Column)).collect();
        for i in 0..batch.num_rows() {
            row += 1;
            let cells: Vec<String> =
                columns.iter().map(|c| c.as_ref().map(|c| c.text(i)).unwrap_or_default()).collect();
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            if !each(row, line_of(&cells)) {
                return Ok(());
            }
        }
        let now = size * row / total;
        read.fetch_add(now - done, Ordering::Relaxed);
        done = now;
    }
    Ok(())
}

fn batch_column(batch: &RecordBatch, name: &str) -> Option<ArrayRef> {
    batch.schema().index_of(name).ok().map(|i| batch.column(i).clone())
}

/// A column of a Parquet batch, read as text cell by cell.
struct Column(ArrayRef);

impl Column {
    /// The cell of row `i` as text: a date as YYYY-MM-DD, a list joined with spaces, a null
    /// as nothing.
    fn text(&self, i: usize) -> String {
        let a = &self.0;
        if a.is_null(i) {
            return String::new();
        }
        match a.data_type() {
            DataType::Utf8 => a.as_string::<i32>().value(i).to_string(),
            DataType::LargeUtf8 => a.as_string::<i64>().value(i).to_string(),
            DataType::Utf8View => a.as_string_view().value(i).to_string(),
            DataType::UInt64 => a.as_primitive::<UInt64Type>().value(i).to_string(),
            DataType::Date32 => {
                a.as_primitive::<Date32Type>().value_as_date(i).map(|d| d.to_string()).unwrap_or_default()
            }
            DataType::List(_) => {
                let items = a.as_list::<i32>().value(i);
                let items = Column(items);
                (0..items.0.len()).map(|k| items.text(k)).collect::<Vec<_>>().join(" ")
            }
            _ => other_number(a, i),
        }
    }
}

/// A number of another width (a file rewritten by another tool); any other type reads as
/// nothing, and the row is then reported as bad.
fn other_number(a: &ArrayRef, i: usize) -> String {
    match a.data_type() {
        DataType::Int64 => a.as_primitive::<arrow_array::types::Int64Type>().value(i).to_string(),
        DataType::Int32 => a.as_primitive::<arrow_array::types::Int32Type>().value(i).to_string(),
        DataType::UInt32 => a.as_primitive::<arrow_array::types::UInt32Type>().value(i).to_string(),
        _ => String::new(),
    }
}
