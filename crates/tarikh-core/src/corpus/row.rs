//! One row of a corpus as Tarikh reads it, and a row that cannot be read.

use chrono::NaiveDate;
use std::fmt;

/// An article of a corpus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusRow {
    /// The row's number in the corpus, from 1 (a JSONL or CSV line's record, a Parquet row).
    pub row: u64,
    /// The id column's value, else the row number.
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    /// From the published column: the day of a date or of a date and time as written
    /// (`2024-05-01`, `2024-05-01T22:30:00+03:00`, `2024/05/01`), or of a Parquet date or
    /// timestamp.
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// A row that could not be read: it is reported and the rest of the corpus goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The row's number, from 1 (for JSONL and CSV the record's line in the file).
    pub row: u64,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

impl std::error::Error for RowError {}

/// The publication day in a date field: ISO 8601 `YYYY-MM-DD` possibly followed by a time
/// (`T` or a space), or `YYYY/MM/DD`. An empty field is `Ok(None)`; anything else is an error
/// for the row, in words.
///
/// ```
/// use tarikh_core::corpus::parse_published;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2024, 5, 1);
/// assert_eq!(parse_published("2024-05-01T22:30:00+03:00"), Ok(d));
/// assert_eq!(parse_published(" 2024/05/01 "), Ok(d));
/// assert_eq!(parse_published(""), Ok(None));
/// assert!(parse_published("أمس").is_err());
/// ```
pub fn parse_published(field: &str) -> Result<Option<NaiveDate>, String> {
    let s = field.trim();
    if s.is_empty() {
        return Ok(None);
    }
    // The day as written: a time after it (and its zone) does not move it.
    let day = s.get(..10).filter(|_| s.len() == 10 || s[10..].starts_with(['T', ' ', 't']));
    day.and_then(|d| {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(d, "%Y/%m/%d")).ok()
    })
    .map(Some)
    .ok_or_else(|| format!("published date `{}` is not YYYY-MM-DD", shorten(s)))
}

/// A field quoted in an error message, cut to a readable length.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        let d = NaiveDate::from_ymd_opt(2012, 7, 9);
        assert_eq!(parse_published("2012-07-09"), Ok(d));
        assert_eq!(parse_published("2012-07-09 08:00:00"), Ok(d));
        assert_eq!(parse_published("2012-07-09T23:59:59Z"), Ok(d));
        assert_eq!(parse_published("  "), Ok(None));
    }

    #[test]
    fn bad_dates_are_errors() {
        for s in ["2012-13-01", "2012-07-09x", "09/07/2012", "20120709", "2012-02-30"] {
            assert!(parse_published(s).is_err(), "{s}");
        }
        assert_eq!(parse_published("yesterday").unwrap_err(), "published date `yesterday` is not YYYY-MM-DD");
    }

    #[test]
    fn long_fields_are_cut_in_messages() {
        let long = "ا".repeat(100);
        assert_eq!(shorten(&long).chars().count(), 41);
        assert_eq!(RowError { row: 7, reason: "x".into() }.to_string(), "row 7: x");
    }
}
