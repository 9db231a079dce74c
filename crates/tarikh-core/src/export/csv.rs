//! The events as CSV, for spreadsheets: UTF-8 with a byte order mark, one event per row, text
//! cells that cannot run as formulas. The README says how to open it as UTF-8 in LibreOffice
//! and Excel (LibreOffice's import ignores the mark unless told).

use super::clean::spreadsheet_text;
use super::events::{Which, select};
use super::rows::{COLUMNS, Cell, row};
use crate::timeline::Timeline;
use std::io::Write;

/// Writes the events (all but hidden ones, dated within 0001–9999) as CSV.
pub fn write_csv(t: &Timeline, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS.iter().map(|c| c.name))?;
    for e in select(t, Which::Exported).events {
        w.write_record(row(t, e).iter().map(|cell| match cell {
            Cell::Text(s) => spreadsheet_text(s),
            Cell::Date(d) => d.to_string(),
        }))?;
    }
    w.flush()
}
