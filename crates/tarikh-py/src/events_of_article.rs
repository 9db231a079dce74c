//! `extract`: the dated events of one article.

use crate::dicts::article_events;
use crate::py_dates::day_of;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use tarikh_core::corpus::{CorpusRow, ExtractOptions, extract_row};

/// The dated events of an article, in the order of its text: dicts with the keys of the JSONL
/// of `tarikh extract` (`start`, `end`, `granularity`, `date_text`, `date_span` and
/// `date_span_chars`, `sentence_span` and `sentence_span_chars`, `title`, `flags`,
/// `category`, `dateline`, …; the first event of each sentence also has its `key_words`, and
/// its `sentence` when `sentences=True`).
///
/// `published`: the article's publication date (`datetime.date` or `"YYYY-MM-DD"`); it places
/// relative dates, and without it a date line at the top of the text is looked for.
/// `title`: the article's title; its dates are events too (they come first, with
/// `"in_title": True` and offsets into the title).
///
/// >>> [e["start"] for e in extract("وصل الوفد أمس إلى القاهرة.", published="2024-05-02")]
/// ['2024-05-01']
#[pyfunction]
#[pyo3(signature = (text, published=None, title=None, sentences=false))]
pub fn extract<'py>(
    py: Python<'py>,
    text: String,
    published: Option<&Bound<'py, PyAny>>,
    title: Option<String>,
    sentences: bool,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let published = day_of(published)?;
    let options = ExtractOptions { dateline: None, with_sentences: sentences };
    let row = |text: String| CorpusRow { row: 1, id: "1".into(), text, published, ..Default::default() };
    let body = row(text);
    let title =
        title.filter(|t| !t.trim().is_empty() && !body.text.trim_start().starts_with(t.trim())).map(row);
    let (from_title, from_body) = py.detach(|| {
        (title.as_ref().map(|t| extract_row(t, &options)).transpose(), extract_row(&body, &options))
    });
    let err = |e: tarikh_core::corpus::RowError| PyValueError::new_err(e.reason);
    let mut out = Vec::new();
    if let Some(t) = from_title.map_err(err)? {
        for d in article_events(py, &t)? {
            d.set_item("in_title", true)?;
            out.push(d);
        }
    }
    out.extend(article_events(py, &from_body.map_err(err)?)?);
    Ok(out)
}
