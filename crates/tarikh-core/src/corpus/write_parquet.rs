//! Events as Parquet (Snappy-compressed), the columns of the CSV output with their types:
//! dates as dates, offsets as integers, flags and key words as lists of strings.

use super::article_events::ArticleEvents;
use super::sink::EventSink;
use super::write_csv::CSV_COLUMNS;
use arrow_array::builder::{Date32Builder, ListBuilder, StringBuilder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chrono::NaiveDate;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::io::{self, Write};
use std::sync::Arc;

/// Events buffered before a record batch is written: bounds memory whatever the corpus.
const BATCH_EVENTS: usize = 16 * 1024;

/// Writes the events in batches into one Parquet file.
pub struct ParquetSink<W: Write + Send> {
    writer: Option<ArrowWriter<W>>,
    schema: SchemaRef,
    columns: Columns,
}

/// One builder per column.
struct Columns {
    text: Vec<StringBuilder>,
    numbers: Vec<UInt64Builder>,
    start: Date32Builder,
    end: Date32Builder,
    flags: ListBuilder<StringBuilder>,
    key_words: ListBuilder<StringBuilder>,
    len: usize,
}

/// Columns of text, in order: article, id, granularity, date_text, title, category,
/// dateline (as text, it may be absent), source, sentence.
const TEXT: [&str; 9] =
    ["article", "id", "granularity", "date_text", "title", "category", "dateline", "source", "sentence"];
/// Columns of numbers: row, then the eight offsets.
const NUMBERS: [&str; 9] = [
    "row",
    "date_start",
    "date_end",
    "date_start_char",
    "date_end_char",
    "sentence_start",
    "sentence_end",
    "sentence_start_char",
    "sentence_end_char",
];

fn schema() -> SchemaRef {
    let list = || DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    let fields: Vec<Field> = CSV_COLUMNS
        .iter()
        .chain(&["sentence", "key_words"])
        .map(|&name| match name {
            "start" | "end" => Field::new(name, DataType::Date32, false),
            "flags" | "key_words" => Field::new(name, list(), true),
            n if NUMBERS.contains(&n) => Field::new(name, DataType::UInt64, false),
            _ => Field::new(name, DataType::Utf8, true),
        })
        .collect();
    Arc::new(Schema::new(fields))
}

fn days(d: NaiveDate) -> i32 {
    const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;
    use chrono::Datelike;
    d.num_days_from_ce() - UNIX_EPOCH_DAYS_FROM_CE
}

impl Columns {
    fn new() -> Self {
        Columns {
            text: TEXT.iter().map(|_| StringBuilder::new()).collect(),
            numbers: NUMBERS.iter().map(|_| UInt64Builder::new()).collect(),
            start: Date32Builder::new(),
            end: Date32Builder::new(),
            flags: ListBuilder::new(StringBuilder::new()),
            key_words: ListBuilder::new(StringBuilder::new()),
            len: 0,
        }
    }

    fn push(&mut self, a: &ArticleEvents) {
        for e in &a.events {
            let texts: [Option<String>; 9] = [
                Some(a.id.clone()),
                Some(e.id.to_string()),
                Some(e.range.granularity.as_str().to_string()),
                Some(e.date_text.clone()),
                Some(e.title.clone()),
                e.category.map(str::to_string),
                a.dateline.map(|d| d.to_string()),
                a.source.clone(),
                e.sentence.as_ref().and_then(|s| s.text.clone()),
            ];
            for (b, v) in self.text.iter_mut().zip(texts) {
                b.append_option(v);
            }
            let numbers = [
                a.row,
                e.date_span.start as u64,
                e.date_span.end as u64,
                e.date_chars[0] as u64,
                e.date_chars[1] as u64,
                e.sentence_span.start as u64,
                e.sentence_span.end as u64,
                e.sentence_chars[0] as u64,
                e.sentence_chars[1] as u64,
            ];
            for (b, v) in self.numbers.iter_mut().zip(numbers) {
                b.append_value(v);
            }
            self.start.append_value(days(e.range.start));
            self.end.append_value(days(e.range.end));
            for f in e.flags.names() {
                self.flags.values().append_value(f);
            }
            self.flags.append(true);
            match &e.sentence {
                Some(s) => {
                    for w in &s.key_words {
                        self.key_words.values().append_value(w);
                    }
                    self.key_words.append(true);
                }
                None => self.key_words.append(false),
            }
            self.len += 1;
        }
    }

    /// The buffered events as a batch in the schema's column order; the builders start over.
    fn batch(&mut self, schema: &SchemaRef) -> Result<RecordBatch, String> {
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len());
        for f in schema.fields() {
            let name = f.name().as_str();
            let array: ArrayRef = if let Some(i) = TEXT.iter().position(|t| *t == name) {
                Arc::new(self.text[i].finish())
            } else if let Some(i) = NUMBERS.iter().position(|t| *t == name) {
                Arc::new(self.numbers[i].finish())
            } else {
                match name {
                    "start" => Arc::new(self.start.finish()),
                    "end" => Arc::new(self.end.finish()),
                    "flags" => Arc::new(self.flags.finish()),
                    "key_words" => Arc::new(self.key_words.finish()),
                    other => return Err(format!("no builder for column {other}")),
                }
            };
            arrays.push(array);
        }
        self.len = 0;
        RecordBatch::try_new(schema.clone(), arrays).map_err(|e| e.to_string())
    }
}

impl<W: Write + Send> ParquetSink<W> {
    pub fn new(out: W) -> io::Result<Self> {
        let schema = schema();
        let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        let writer = ArrowWriter::try_new(out, schema.clone(), Some(props)).map_err(io::Error::other)?;
        Ok(ParquetSink { writer: Some(writer), schema, columns: Columns::new() })
    }

    fn flush_batch(&mut self) -> io::Result<()> {
        let batch = self.columns.batch(&self.schema).map_err(io::Error::other)?;
        match &mut self.writer {
            Some(w) => w.write(&batch).map_err(io::Error::other),
            None => Err(io::Error::other("the Parquet file is closed")),
        }
    }
}

impl<W: Write + Send> EventSink for ParquetSink<W> {
    fn write(&mut self, a: &ArticleEvents) -> io::Result<()> {
        self.columns.push(a);
        if self.columns.len >= BATCH_EVENTS {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.columns.len > 0 {
            self.flush_batch()?;
        }
        match self.writer.take() {
            Some(w) => w.close().map(|_| ()).map_err(io::Error::other),
            None => Ok(()),
        }
    }
}
