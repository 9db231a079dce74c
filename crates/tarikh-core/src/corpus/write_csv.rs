//! Events as CSV: one row per event, UTF-8 without a byte order mark (for data tools; the
//! spreadsheet export is `tarikh export --csv`). Lists (flags, key words) are joined with
//! spaces; the sentence and key words are on a sentence's first event only.

use super::article_events::ArticleEvents;
use super::sink::EventSink;
use std::io::{self, Write};

/// The columns, in order.
pub const CSV_COLUMNS: [&str; 20] = [
    "article",
    "row",
    "id",
    "start",
    "end",
    "granularity",
    "date_text",
    "date_start",
    "date_end",
    "date_start_char",
    "date_end_char",
    "sentence_start",
    "sentence_end",
    "sentence_start_char",
    "sentence_end_char",
    "title",
    "flags",
    "category",
    "dateline",
    "source",
];

/// Writes a header, then one record per event; `sentence` and `key_words` columns follow.
pub struct CsvSink<W: Write> {
    out: csv::Writer<W>,
    header_written: bool,
}

impl<W: Write> CsvSink<W> {
    pub fn new(out: W) -> Self {
        CsvSink { out: csv::Writer::from_writer(out), header_written: false }
    }
}

impl<W: Write + Send> EventSink for CsvSink<W> {
    fn write(&mut self, a: &ArticleEvents) -> io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_COLUMNS.iter().chain(&["sentence", "key_words"]))?;
            self.header_written = true;
        }
        let row = a.row.to_string();
        let dateline = a.dateline.map(|d| d.to_string()).unwrap_or_default();
        for e in &a.events {
            let n = |v: usize| v.to_string();
            let record = [
                a.id.clone(),
                row.clone(),
                e.id.to_string(),
                e.range.start.to_string(),
                e.range.end.to_string(),
                e.range.granularity.as_str().to_string(),
                e.date_text.clone(),
                n(e.date_span.start),
                n(e.date_span.end),
                n(e.date_chars[0]),
                n(e.date_chars[1]),
                n(e.sentence_span.start),
                n(e.sentence_span.end),
                n(e.sentence_chars[0]),
                n(e.sentence_chars[1]),
                e.title.clone(),
                e.flags.names().join(" "),
                e.category.unwrap_or_default().to_string(),
                dateline.clone(),
                a.source.clone().unwrap_or_default(),
                e.sentence.as_ref().and_then(|s| s.text.clone()).unwrap_or_default(),
                e.sentence.as_ref().map(|s| s.key_words.join(" ")).unwrap_or_default(),
            ];
            self.out.write_record(&record)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.out.write_record(CSV_COLUMNS.iter().chain(&["sentence", "key_words"]))?;
            self.header_written = true;
        }
        self.out.flush()
    }
}
