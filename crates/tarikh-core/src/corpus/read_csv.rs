//! CSV with a header row (comma-separated, RFC 4180 quoting; a UTF-8 byte order mark is
//! skipped). A record with the wrong number of fields, or not in UTF-8, is an error for that
//! row; reading goes on.

use super::columns::ColumnNames;
use super::fields::{Cell, Cells, into_row, positions};
use super::row::{CorpusRow, RowError};
use std::io::Read;

/// Rows of a CSV stream; a row's number counts the records after the header, from 1.
pub struct CsvRows<R: Read> {
    reader: csv::Reader<R>,
    at: [Option<usize>; 6],
    record: csv::ByteRecord,
    row: u64,
    done: bool,
}

impl<R: Read> CsvRows<R> {
    /// Reads the header and resolves the columns (an error when the text column is not found).
    pub fn new(input: R, names: &ColumnNames) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(input);
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| format!("cannot read the CSV header: {e}"))?
            .iter()
            .enumerate()
            // The byte order mark Excel writes sticks to the first name.
            .map(|(i, h)| if i == 0 { h.trim_start_matches('\u{feff}') } else { h }.to_string())
            .collect();
        let ix = names.resolve(&header)?;
        Ok(CsvRows { reader, at: positions(&ix), record: csv::ByteRecord::new(), row: 0, done: false })
    }

    fn cells(&self) -> Result<Cells, String> {
        let mut cells: Cells = Default::default();
        for (cell, at) in cells.iter_mut().zip(self.at) {
            if let Some(field) = at.and_then(|i| self.record.get(i)) {
                let s = std::str::from_utf8(field).map_err(|e| format!("not UTF-8 text ({e})"))?;
                *cell = Cell::Text(s.to_string());
            }
        }
        Ok(cells)
    }
}

impl<R: Read> Iterator for CsvRows<R> {
    type Item = Result<CorpusRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let read = self.reader.read_byte_record(&mut self.record);
        self.row += 1;
        let row = self.row;
        match read {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                Some(self.cells().map_err(|reason| RowError { row, reason }).and_then(|c| into_row(row, c)))
            }
            Err(e) => {
                let line = e.position().map(|p| format!(" (line {})", p.line())).unwrap_or_default();
                if let csv::ErrorKind::Io(_) = e.kind() {
                    self.done = true;
                }
                let reason = match e.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("{len} fields where the header has {expected_len}{line}")
                    }
                    _ => format!("{e}{line}"),
                };
                Some(Err(RowError { row, reason }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(input: &str) -> Vec<Result<CorpusRow, RowError>> {
        CsvRows::new(input.as_bytes(), &ColumnNames::default()).unwrap().collect()
    }

    #[test]
    fn reads_quoted_fields_and_guesses_columns() {
        let r = rows("\u{feff}id,body,published,source\na1,\"قال، ثم \"\"أضاف\"\"\nسطر\",2023-01-05,وكالة\n");
        assert_eq!(r.len(), 1);
        let a = r[0].as_ref().unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.text, "قال، ثم \"أضاف\"\nسطر");
        assert_eq!(a.published.unwrap().to_string(), "2023-01-05");
        assert_eq!(a.source.as_deref(), Some("وكالة"));
    }

    #[test]
    fn a_short_record_is_an_error_and_reading_goes_on() {
        let r = rows("text,date\nأ,2020-01-01\nب\nج,2020-13-01\nد,\n");
        assert_eq!(r.len(), 4);
        assert_eq!(r[1].as_ref().unwrap_err().to_string(), "row 2: 1 fields where the header has 2 (line 3)");
        assert_eq!(r[2].as_ref().unwrap_err().row, 3);
        assert_eq!(r[3].as_ref().unwrap().text, "د");
    }

    #[test]
    fn no_text_column_is_refused_at_the_header() {
        let e = CsvRows::new("a,b\n1,2\n".as_bytes(), &ColumnNames::default()).err().unwrap();
        assert!(e.starts_with("no text column"), "{e}");
    }
}
