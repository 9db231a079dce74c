//! `find_dates`: the date grammar alone, on one text.

use crate::py_dates::day_of;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use tarikh_core::corpus::CharOffsets;

/// The date expressions of `text`, in order: each a dict with `text` (as written), `start` and
/// `end` (the interval it means, ISO dates, inclusive; `None` for a relative date without a
/// `dateline`), `granularity` (`day`, `month`, `year`, `part-of-month`, `part-of-year`,
/// `range`), `flags` (`relative`, `approximate`, `inferred-year`, `hijri`, `since`,
/// `conflict`), `span` (byte offsets in the UTF-8 text) and `span_chars` (offsets in the
/// Python string: `text[s:e]`).
///
/// `dateline`: the publication date (`datetime.date` or `"YYYY-MM-DD"`) that places relative
/// dates («أمس», «الخميس الماضي») and years left unwritten.
///
/// >>> [(d["text"], d["start"]) for d in find_dates("زار بوتين مينسك في 19 ديسمبر 2022")]
/// [('19 ديسمبر 2022', '2022-12-19')]
#[pyfunction]
#[pyo3(signature = (text, dateline=None))]
pub fn find_dates<'py>(
    py: Python<'py>,
    text: &str,
    dateline: Option<&Bound<'py, PyAny>>,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    let anchor = day_of(dateline)?;
    let mentions = py.detach(|| tarikh_core::dates::find(text, anchor));
    let chars = CharOffsets::new(text, mentions.iter().flat_map(|m| [m.span.start, m.span.end]));
    mentions
        .iter()
        .map(|m| {
            let d = PyDict::new(py);
            d.set_item("text", &m.text)?;
            d.set_item("start", m.range.map(|r| r.start.to_string()))?;
            d.set_item("end", m.range.map(|r| r.end.to_string()))?;
            d.set_item("granularity", m.range.map(|r| r.granularity.as_str()))?;
            d.set_item("flags", m.flags.names())?;
            d.set_item("span", [m.span.start, m.span.end])?;
            d.set_item("span_chars", chars.span(&m.span))?;
            Ok(d)
        })
        .collect()
}
