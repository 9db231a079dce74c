//! `tarikh._tarikh`: the Python module over `tarikh-core` (the `tarikh` package wraps it,
//! see `python/tarikh/__init__.py`).
//!
//! - `find_dates(text, dateline=None)`: the date expressions of a text;
//! - `extract(text, published=None, title=None)`: an article's dated events;
//! - `extract_batch(texts, …)`: many articles on all cores, without the GIL.

mod batch;
mod dates_of_text;
mod dicts;
mod events_of_article;
mod py_dates;

use pyo3::prelude::*;

#[pymodule]
fn _tarikh(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(dates_of_text::find_dates, m)?)?;
    m.add_function(wrap_pyfunction!(events_of_article::extract, m)?)?;
    m.add_function(wrap_pyfunction!(batch::extract_batch, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
