//! Publication dates from Python: `datetime.date`, `datetime.datetime` (its day), a pandas
//! `Timestamp`, or a `"YYYY-MM-DD"` string (a time after it is ignored); `None`, `NaN` and
//! `NaT` mean none.

use chrono::NaiveDate;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyFloat, PyString};
use tarikh_core::corpus::parse_published;

/// The day `value` stands for, or `None`; a `ValueError` for anything else.
pub fn day_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(v) = value else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Ok(s) = v.cast::<PyString>() {
        return parse_published(&s.to_cow()?).map_err(PyValueError::new_err);
    }
    if v.is_instance_of::<PyDate>() {
        // pandas' NaT is a datetime whose fields cannot be read.
        return Ok(v.extract::<NaiveDate>().ok());
    }
    if let Ok(f) = v.cast::<PyFloat>()
        && f.value().is_nan()
    {
        return Ok(None);
    }
    if v.get_type().name()?.to_cow()? == "NaTType" {
        return Ok(None);
    }
    Err(PyValueError::new_err(format!(
        "a publication date must be a date or 'YYYY-MM-DD', not {}",
        v.repr()?
    )))
}
