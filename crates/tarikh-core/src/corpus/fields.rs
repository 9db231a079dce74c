//! From the cells of a row (whatever the format) to a [`CorpusRow`]: the one place that
//! decides what a cell may hold.

use super::columns::ColumnIndex;
use super::row::{CorpusRow, RowError, parse_published, shorten};
use chrono::NaiveDate;

/// A cell's value as the formats give it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cell {
    #[default]
    Missing,
    Text(String),
    /// A number (JSON, Parquet integers): kept as written for ids.
    Number(String),
    /// A Parquet date or timestamp, as a day.
    Day(NaiveDate),
    /// A JSON array, object or boolean: never an article's text.
    Other(&'static str),
}

impl Cell {
    fn into_string(self, what: &str) -> Result<Option<String>, String> {
        match self {
            Cell::Missing => Ok(None),
            Cell::Text(s) | Cell::Number(s) => Ok(Some(s)),
            Cell::Day(d) => Ok(Some(d.to_string())),
            Cell::Other(kind) => Err(format!("the {what} is {kind}, not text")),
        }
    }
}

/// The cells Tarikh reads, in the order of [`ColumnIndex`]: text, title, published, url,
/// source, id.
pub type Cells = [Cell; 6];

/// The positions of [`Cells`] in a header, for the formats that read cells by position.
pub fn positions(ix: &ColumnIndex) -> [Option<usize>; 6] {
    [Some(ix.text), ix.title, ix.published, ix.url, ix.source, ix.id]
}

/// Builds the row numbered `row` from its cells. A missing text is an error (an empty one is
/// an article without dates); so is a published date that is not a date.
pub fn into_row(row: u64, cells: Cells) -> Result<CorpusRow, RowError> {
    let err = |reason: String| RowError { row, reason };
    let [text, title, published, url, source, id] = cells;
    let text = match text {
        Cell::Text(s) => s,
        Cell::Missing => return Err(err("no text (the text column is missing or null)".into())),
        Cell::Number(n) => return Err(err(format!("the text is a number ({}), not text", shorten(&n)))),
        Cell::Day(_) => return Err(err("the text is a date, not text".into())),
        Cell::Other(kind) => return Err(err(format!("the text is {kind}, not text"))),
    };
    let published = match published {
        Cell::Day(d) => Some(d),
        Cell::Text(s) => parse_published(&s).map_err(err)?,
        Cell::Missing => None,
        Cell::Number(n) => return Err(err(format!("published date `{}` is not YYYY-MM-DD", shorten(&n)))),
        Cell::Other(kind) => return Err(err(format!("the published date is {kind}, not a date"))),
    };
    let non_empty = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    Ok(CorpusRow {
        row,
        id: non_empty(id.into_string("id").map_err(err)?).unwrap_or_else(|| row.to_string()),
        text,
        title: non_empty(title.into_string("title").map_err(err)?),
        published,
        url: non_empty(url.into_string("url").map_err(err)?),
        source: non_empty(source.into_string("source").map_err(err)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: Cell, published: Cell, id: Cell) -> Cells {
        [text, Cell::Missing, published, Cell::Missing, Cell::Text(" ".into()), id]
    }

    #[test]
    fn a_row_and_its_defaults() {
        let r = into_row(3, cells(Cell::Text("نص".into()), Cell::Text("2020-01-02".into()), Cell::Missing))
            .unwrap();
        assert_eq!(r.id, "3");
        assert_eq!(r.published, NaiveDate::from_ymd_opt(2020, 1, 2));
        assert_eq!(r.source, None, "a blank source is none");
        let r =
            into_row(4, cells(Cell::Text(String::new()), Cell::Missing, Cell::Number("17".into()))).unwrap();
        assert_eq!((r.id.as_str(), r.text.as_str()), ("17", ""));
    }

    #[test]
    fn bad_cells_name_the_row() {
        let e = into_row(9, cells(Cell::Missing, Cell::Missing, Cell::Missing)).unwrap_err();
        assert_eq!(e.to_string(), "row 9: no text (the text column is missing or null)");
        let e = into_row(2, cells(Cell::Other("an array"), Cell::Missing, Cell::Missing)).unwrap_err();
        assert_eq!(e.reason, "the text is an array, not text");
        let e =
            into_row(5, cells(Cell::Text("x".into()), Cell::Text("غدا".into()), Cell::Missing)).unwrap_err();
        assert_eq!(e.reason, "published date `غدا` is not YYYY-MM-DD");
        let e =
            into_row(5, cells(Cell::Text("x".into()), Cell::Missing, Cell::Other("an object"))).unwrap_err();
        assert_eq!(e.reason, "the id is an object, not text");
    }
}
