//! Events as JSON Lines: one object per event. The sentence (when asked for) and its key
//! words come once, on the sentence's first event; the others point at it by its span.

use super::article_events::{ArticleEvents, EventRecord};
use super::sink::EventSink;
use serde::Serialize;
use std::io::{self, Write};

/// Writes one JSON object per event, each on its own line.
pub struct JsonlSink<W: Write> {
    out: W,
}

impl<W: Write> JsonlSink<W> {
    pub fn new(out: W) -> Self {
        JsonlSink { out }
    }

    /// The writer, back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// The object of one event (field names as in `tarikh extract --json`).
#[derive(Serialize)]
struct EventLine<'a> {
    article: &'a str,
    row: u64,
    id: String,
    start: String,
    end: String,
    granularity: &'static str,
    date_text: &'a str,
    date_span: [usize; 2],
    date_span_chars: [usize; 2],
    sentence_span: [usize; 2],
    sentence_span_chars: [usize; 2],
    title: &'a str,
    flags: crate::dates::Flags,
    category: Option<&'static str>,
    dateline: Option<String>,
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key_words: Option<&'a [String]>,
}

fn line<'a>(a: &'a ArticleEvents, e: &'a EventRecord) -> EventLine<'a> {
    EventLine {
        article: &a.id,
        row: a.row,
        id: e.id.to_string(),
        start: e.range.start.to_string(),
        end: e.range.end.to_string(),
        granularity: e.range.granularity.as_str(),
        date_text: &e.date_text,
        date_span: [e.date_span.start, e.date_span.end],
        date_span_chars: e.date_chars,
        sentence_span: [e.sentence_span.start, e.sentence_span.end],
        sentence_span_chars: e.sentence_chars,
        title: &e.title,
        flags: e.flags,
        category: e.category,
        dateline: a.dateline.map(|d| d.to_string()),
        source: a.source.as_deref(),
        sentence: e.sentence.as_ref().and_then(|s| s.text.as_deref()),
        key_words: e.sentence.as_ref().map(|s| s.key_words.as_slice()),
    }
}

impl<W: Write + Send> EventSink for JsonlSink<W> {
    fn write(&mut self, a: &ArticleEvents) -> io::Result<()> {
        for e in &a.events {
            serde_json::to_writer(&mut self.out, &line(a, e))?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
