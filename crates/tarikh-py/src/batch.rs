//! `extract_batch`: many articles at once, on all cores, with the GIL released.

use crate::dicts::article_events;
use crate::py_dates::day_of;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;
use tarikh_core::corpus::{CorpusRow, ExtractOptions, RowError, extract_row};

/// The events of each text (a list per text, in order). `texts`: a sequence of `str` (the
/// `tarikh` package also takes a pandas Series or an Arrow array). `published`, `ids` and
/// `sources`: sequences as long as `texts` (or `None`); `dateline`: one date for all, which
/// wins over `published`. A text that is `None` (or not a string) gets an empty list
/// when `errors="skip"`, else raises `ValueError` naming its position.
///
/// Each event's `row` is the text's position plus 1, its `article` the id (default: the row).
#[pyfunction]
#[pyo3(signature = (texts, published=None, ids=None, sources=None, dateline=None, sentences=false, errors="raise"))]
#[allow(clippy::too_many_arguments)]
pub fn extract_batch<'py>(
    py: Python<'py>,
    texts: Vec<Option<String>>,
    published: Option<Vec<Bound<'py, PyAny>>>,
    ids: Option<Vec<Option<String>>>,
    sources: Option<Vec<Option<String>>>,
    dateline: Option<&Bound<'py, PyAny>>,
    sentences: bool,
    errors: &str,
) -> PyResult<Vec<Vec<Bound<'py, PyDict>>>> {
    let n = texts.len();
    for (name, len) in [
        ("published", published.as_ref().map(Vec::len)),
        ("ids", ids.as_ref().map(Vec::len)),
        ("sources", sources.as_ref().map(Vec::len)),
    ] {
        if let Some(len) = len.filter(|&l| l != n) {
            return Err(PyValueError::new_err(format!("{name} has {len} items for {n} texts")));
        }
    }
    let skip = match errors {
        "raise" => false,
        "skip" => true,
        other => {
            return Err(PyValueError::new_err(format!("errors must be 'raise' or 'skip', not {other:?}")));
        }
    };
    let options = ExtractOptions { dateline: day_of(dateline)?, with_sentences: sentences };
    let mut rows: Vec<Result<CorpusRow, RowError>> = Vec::with_capacity(n);
    for (i, text) in texts.into_iter().enumerate() {
        let row = i as u64 + 1;
        let published = match &published {
            Some(p) => {
                day_of(Some(&p[i])).map_err(|e| PyValueError::new_err(format!("published[{i}]: {e}")))?
            }
            None => None,
        };
        rows.push(match text {
            Some(text) => Ok(CorpusRow {
                row,
                id: ids.as_ref().and_then(|v| v[i].clone()).unwrap_or_else(|| row.to_string()),
                text,
                published,
                source: sources.as_ref().and_then(|v| v[i].clone()),
                ..Default::default()
            }),
            None => Err(RowError { row, reason: "no text".into() }),
        });
    }
    // The work, without the GIL: other Python threads run meanwhile.
    let done: Vec<Result<_, RowError>> =
        py.detach(|| rows.into_par_iter().map(|r| r.and_then(|row| extract_row(&row, &options))).collect());
    let mut out = Vec::with_capacity(n);
    for result in done {
        match result {
            Ok(a) => out.push(article_events(py, &a)?),
            Err(_) if skip => out.push(Vec::new()),
            Err(e) => return Err(PyValueError::new_err(format!("texts[{}]: {}", e.row - 1, e.reason))),
        }
    }
    Ok(out)
}
