//! Parquet: only the wanted columns are decoded, a batch of rows at a time. Text columns may
//! be strings of any Arrow layout (plain, large, view, dictionary); the published column may
//! also be a date or a timestamp (the day in its time zone, UTC without one).

use super::columns::ColumnNames;
use super::fields::{Cell, Cells, into_row, positions};
use super::row::{CorpusRow, RowError};
use arrow_array::cast::AsArray;
use arrow_array::temporal_conversions::{as_datetime, as_datetime_with_timezone};
use arrow_array::timezone::Tz;
use arrow_array::types::{
    ArrowTimestampType, Date32Type, Date64Type, Int32Type, Int64Type, TimestampMicrosecondType,
    TimestampMillisecondType, TimestampNanosecondType, TimestampSecondType, UInt32Type, UInt64Type,
};
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, TimeUnit};
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::{
    ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder, RowSelection, RowSelector,
};
use std::collections::VecDeque;
use std::fs::File;
use std::path::Path;

/// Rows decoded at a time: small enough to bound memory with long articles.
const BATCH_ROWS: usize = 256;

/// Rows of a Parquet file; a row's number counts from 1 across row groups.
pub struct ParquetRows {
    batches: ParquetRecordBatchReader,
    /// For each cell of [`Cells`], its column in the projected batches.
    at: [Option<usize>; 6],
    pending: VecDeque<Result<CorpusRow, RowError>>,
    row: u64,
    done: bool,
}

impl ParquetRows {
    /// Opens a Parquet file and resolves its columns against its schema.
    pub fn open(path: &Path, names: &ColumnNames) -> Result<Self, String> {
        Self::open_from(path, names, None)
    }

    /// Only row `row` (from 1): the row groups before its own are not read, and in its own
    /// the rows before it are skipped. No rows when the file has fewer.
    pub fn open_row(path: &Path, names: &ColumnNames, row: u64) -> Result<Self, String> {
        Self::open_from(path, names, Some(row.max(1)))
    }

    fn open_from(path: &Path, names: &ColumnNames, only: Option<u64>) -> Result<Self, String> {
        let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let builder = ParquetRecordBatchReaderBuilder::try_new(file)
            .map_err(|e| format!("{}: not a Parquet file ({e})", path.display()))?;
        let header: Vec<String> = builder.schema().fields().iter().map(|f| f.name().clone()).collect();
        let ix = names.resolve(&header)?;
        let wanted = positions(&ix);
        // The projected batch keeps the wanted top-level columns in schema order.
        let mut kept: Vec<usize> = wanted.iter().flatten().copied().collect();
        kept.sort_unstable();
        kept.dedup();
        let at = wanted.map(|w| w.and_then(|i| kept.iter().position(|&k| k == i)));
        let mask = ProjectionMask::roots(builder.parquet_schema(), kept.iter().copied());
        let mut builder = builder;
        let mut before = 0u64;
        let mut past_the_end = false;
        if let Some(row) = only {
            // The row group holding the row, and the row's place in it.
            let mut start = 0u64;
            let mut group = None;
            for (g, rg) in builder.metadata().row_groups().iter().enumerate() {
                let n = rg.num_rows().max(0) as u64;
                if row - 1 < start + n {
                    group = Some((g, row - 1 - start));
                    break;
                }
                start += n;
            }
            match group {
                Some((g, offset)) => {
                    let selectors = vec![RowSelector::skip(offset as usize), RowSelector::select(1)];
                    builder =
                        builder.with_row_groups(vec![g]).with_row_selection(RowSelection::from(selectors));
                }
                None => past_the_end = true,
            }
            before = row - 1;
        }
        let batches = builder
            .with_projection(mask)
            .with_batch_size(BATCH_ROWS)
            .build()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(ParquetRows { batches, at, pending: VecDeque::new(), row: before, done: past_the_end })
    }

    fn take_batch(&mut self, batch: &RecordBatch) {
        for i in 0..batch.num_rows() {
            self.row += 1;
            let row = self.row;
            let mut cells: Cells = Default::default();
            let mut bad = None;
            for (cell, at) in cells.iter_mut().zip(self.at) {
                if let Some(col) = at {
                    match cell_of(batch.column(col), i) {
                        Ok(c) => *cell = c,
                        Err(reason) => bad = Some(reason),
                    }
                }
            }
            self.pending.push_back(match bad {
                Some(reason) => Err(RowError { row, reason }),
                None => into_row(row, cells),
            });
        }
    }
}

impl Iterator for ParquetRows {
    type Item = Result<CorpusRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(r) = self.pending.pop_front() {
                return Some(r);
            }
            if self.done {
                return None;
            }
            match self.batches.next() {
                Some(Ok(batch)) => self.take_batch(&batch),
                Some(Err(e)) => {
                    // A damaged page: the rows after it cannot be placed.
                    self.done = true;
                    return Some(Err(RowError { row: self.row + 1, reason: format!("cannot decode: {e}") }));
                }
                None => self.done = true,
            }
        }
    }
}

/// Row `i` of a column as a [`Cell`]; an error for a type no column of articles has.
fn cell_of(a: &ArrayRef, i: usize) -> Result<Cell, String> {
    if a.is_null(i) {
        return Ok(Cell::Missing);
    }
    let day = |d: Option<chrono::NaiveDateTime>| d.map(|d| Cell::Day(d.date())).unwrap_or(Cell::Missing);
    Ok(match a.data_type() {
        DataType::Utf8 => Cell::Text(a.as_string::<i32>().value(i).to_string()),
        DataType::LargeUtf8 => Cell::Text(a.as_string::<i64>().value(i).to_string()),
        DataType::Utf8View => Cell::Text(a.as_string_view().value(i).to_string()),
        DataType::Dictionary(_, _) => {
            let dict = a.as_any_dictionary();
            let key = dict.normalized_keys()[i];
            return cell_of(dict.values(), key);
        }
        DataType::Int32 => Cell::Number(a.as_primitive::<Int32Type>().value(i).to_string()),
        DataType::Int64 => Cell::Number(a.as_primitive::<Int64Type>().value(i).to_string()),
        DataType::UInt32 => Cell::Number(a.as_primitive::<UInt32Type>().value(i).to_string()),
        DataType::UInt64 => Cell::Number(a.as_primitive::<UInt64Type>().value(i).to_string()),
        DataType::Date32 => day(as_datetime::<Date32Type>(a.as_primitive::<Date32Type>().value(i) as i64)),
        DataType::Date64 => day(as_datetime::<Date64Type>(a.as_primitive::<Date64Type>().value(i))),
        DataType::Timestamp(unit, tz) => {
            let zone: Option<Tz> = match tz {
                Some(z) => Some(z.parse().map_err(|e| format!("time zone `{z}`: {e}"))?),
                None => None,
            };
            match unit {
                TimeUnit::Second => timestamp_day::<TimestampSecondType>(a, i, zone),
                TimeUnit::Millisecond => timestamp_day::<TimestampMillisecondType>(a, i, zone),
                TimeUnit::Microsecond => timestamp_day::<TimestampMicrosecondType>(a, i, zone),
                TimeUnit::Nanosecond => timestamp_day::<TimestampNanosecondType>(a, i, zone),
            }
        }
        DataType::Boolean => Cell::Other("a boolean"),
        DataType::List(_) | DataType::LargeList(_) => Cell::Other("a list"),
        DataType::Struct(_) => Cell::Other("a struct"),
        other => return Err(format!("a column of type {other} cannot be read")),
    })
}

/// The day of a timestamp: in its time zone (a publication date is local), else UTC.
fn timestamp_day<T: ArrowTimestampType>(a: &ArrayRef, i: usize, zone: Option<Tz>) -> Cell {
    let v = a.as_primitive::<T>().value(i);
    let day = match zone {
        Some(z) => as_datetime_with_timezone::<T>(v, z).map(|d| d.date_naive()),
        None => as_datetime::<T>(v).map(|d| d.date()),
    };
    day.map_or(Cell::Missing, Cell::Day)
}
