//! Events and date mentions as Python dicts, with the keys and values of the JSONL that
//! `tarikh extract CORPUS` writes (dates as ISO strings, spans as `[start, end]`).

use pyo3::prelude::*;
use pyo3::types::PyDict;
use tarikh_core::corpus::{ArticleEvents, EventRecord};

/// The dict of one event of an article.
pub fn event_dict<'py>(py: Python<'py>, a: &ArticleEvents, e: &EventRecord) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("article", &a.id)?;
    d.set_item("row", a.row)?;
    d.set_item("id", e.id.to_string())?;
    d.set_item("start", e.range.start.to_string())?;
    d.set_item("end", e.range.end.to_string())?;
    d.set_item("granularity", e.range.granularity.as_str())?;
    d.set_item("date_text", &e.date_text)?;
    d.set_item("date_span", [e.date_span.start, e.date_span.end])?;
    d.set_item("date_span_chars", e.date_chars)?;
    d.set_item("sentence_span", [e.sentence_span.start, e.sentence_span.end])?;
    d.set_item("sentence_span_chars", e.sentence_chars)?;
    d.set_item("title", &e.title)?;
    d.set_item("flags", e.flags.names())?;
    d.set_item("category", e.category)?;
    d.set_item("dateline", a.dateline.map(|d| d.to_string()))?;
    d.set_item("source", a.source.as_deref())?;
    if let Some(s) = &e.sentence {
        if let Some(text) = &s.text {
            d.set_item("sentence", text)?;
        }
        d.set_item("key_words", &s.key_words)?;
    }
    Ok(d)
}

/// The dicts of all events of an article, in the order of its text.
pub fn article_events<'py>(py: Python<'py>, a: &ArticleEvents) -> PyResult<Vec<Bound<'py, PyDict>>> {
    a.events.iter().map(|e| event_dict(py, a, e)).collect()
}
