//! One row of a corpus, read when it is asked for: the article behind an event of an
//! extraction, whose text the events file does not hold. For JSONL and CSV, the first call
//! reads the corpus once, keeping the byte offset of every 64th row (8 bytes per 64 rows: a
//! million rows take 125 KB); a row is then a seek and at most 63 rows read. Parquet seeks by
//! row group: only the group holding the row is decoded, only its text columns.
//!
//! ```no_run
//! use tarikh_core::corpus::{ColumnNames, CorpusFormat, RowTexts};
//! use std::sync::atomic::AtomicU64;
//! let mut rows = RowTexts::new("akhbar.jsonl".into(), CorpusFormat::Jsonl, ColumnNames::default());
//! let article = rows.article(120_001, &AtomicU64::new(0))?;
//! assert!(article.text.contains("قال"));
//! # Ok::<(), String>(())
//! ```

use super::CorpusFormat;
use super::columns::ColumnNames;
use super::read_csv::CsvRows;
use super::read_jsonl::JsonlRows;
use super::read_parquet::ParquetRows;
use super::row::CorpusRow;
use crate::article::{Article, load_bytes};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Rows between two offsets kept.
const STRIDE: u64 = 64;

/// Reads rows of one corpus by number.
#[derive(Debug)]
pub struct RowTexts {
    path: PathBuf,
    format: CorpusFormat,
    names: ColumnNames,
    index: Option<Index>,
}

/// Where rows start: row `k * STRIDE + 1` at `offsets[k]`; for CSV, the header's bytes.
#[derive(Debug)]
struct Index {
    offsets: Vec<u64>,
    rows: u64,
    header: Vec<u8>,
}

impl RowTexts {
    /// A corpus read with the columns `names` (as the batch run read it).
    pub fn new(path: PathBuf, format: CorpusFormat, names: ColumnNames) -> Self {
        RowTexts { path, format, names, index: None }
    }

    /// The corpus file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True once the offsets are known (the first row asked of a JSONL or CSV corpus reads it
    /// through; `indexed` counts its bytes).
    pub fn is_indexed(&self) -> bool {
        self.index.is_some() || self.format == CorpusFormat::Parquet
    }

    fn open(&self) -> Result<File, String> {
        File::open(&self.path)
            .map_err(|e| format!("{}: the corpus cannot be opened: {e}", self.path.display()))
    }

    /// Row `row` (from 1, as in the events file). `indexed` counts the bytes read while the
    /// offsets are found (progress against the corpus's size).
    pub fn row(&mut self, row: u64, indexed: &AtomicU64) -> Result<CorpusRow, String> {
        let shown = self.path.display().to_string();
        let found = match self.format {
            CorpusFormat::Parquet => ParquetRows::open_row(&self.path, &self.names, row)?.next(),
            CorpusFormat::Jsonl | CorpusFormat::Csv => {
                if self.index.is_none() {
                    self.index = Some(self.build_index(indexed)?);
                }
                let index = self.index.as_ref().expect("built above");
                let before = (row <= index.rows).then(|| row.checked_sub(1)).flatten();
                let Some(&at) = before.and_then(|r| index.offsets.get((r / STRIDE) as usize)) else {
                    return Err(format!(
                        "{shown}: no row {row} (the corpus has {} rows; was it changed?)",
                        index.rows
                    ));
                };
                let skip = ((row - 1) % STRIDE) as usize;
                let mut file = self.open()?;
                file.seek(SeekFrom::Start(at)).map_err(|e| format!("{shown}: {e}"))?;
                let input = BufReader::new(file);
                if self.format == CorpusFormat::Jsonl {
                    let line = input
                        .split(b'\n')
                        .nth(skip)
                        .transpose()
                        .map_err(|e| format!("{shown}: {e}"))?
                        .filter(|l| !l.trim_ascii().is_empty());
                    line.and_then(|l| JsonlRows::new(&l[..], self.names.clone()).next())
                } else {
                    let rows = CsvRows::new(index.header.as_slice().chain(input), &self.names)
                        .map_err(|e| format!("{shown}: {e}"))?;
                    rows.into_iter().nth(skip)
                }
            }
        };
        match found {
            Some(Ok(r)) => Ok(CorpusRow { row, ..r }),
            Some(Err(e)) => Err(format!("{shown}: row {row}: {}", e.reason)),
            None => Err(format!("{shown}: no row {row} (was the corpus changed?)")),
        }
    }

    /// The article of row `row` as the batch run read it (for HTML, the text of the page): the
    /// events' offsets count in its text.
    pub fn article(&mut self, row: u64, indexed: &AtomicU64) -> Result<Article, String> {
        let r = self.row(row, indexed)?;
        let name = format!("{}#{row}", self.path.display());
        let mut a =
            load_bytes(Path::new(&name), r.text.as_bytes()).map_err(|e| format!("{name}: {}", e.reason))?;
        if let Some(t) = r.title.filter(|t| !t.trim().is_empty()) {
            a.title = t;
        }
        a.published = r.published;
        Ok(a)
    }

    /// One pass over the corpus: the offset of every `STRIDE`-th row.
    fn build_index(&self, indexed: &AtomicU64) -> Result<Index, String> {
        let shown = self.path.display().to_string();
        let file = self.open()?;
        let mut offsets = Vec::new();
        let mut rows = 0u64;
        if self.format == CorpusFormat::Jsonl {
            // A row is a line (blank lines count, as when extracting).
            let mut input = BufReader::with_capacity(1 << 20, file);
            let mut at = 0u64;
            let mut buf = Vec::new();
            loop {
                buf.clear();
                let n = input.read_until(b'\n', &mut buf).map_err(|e| format!("{shown}: {e}"))? as u64;
                if n == 0 {
                    break;
                }
                if rows.is_multiple_of(STRIDE) {
                    offsets.push(at);
                }
                rows += 1;
                at += n;
                indexed.fetch_add(n, Ordering::Relaxed);
            }
            return Ok(Index { offsets, rows, header: Vec::new() });
        }
        // CSV: a row is a record after the header (a quoted field may hold line breaks).
        let mut reader =
            csv::ReaderBuilder::new().has_headers(true).from_reader(BufReader::with_capacity(1 << 20, file));
        reader.byte_headers().map_err(|e| format!("{shown}: cannot read the CSV header: {e}"))?;
        let first = reader.position().byte();
        let mut header = vec![0; first as usize];
        self.open()?.read_exact(&mut header).map_err(|e| format!("{shown}: {e}"))?;
        let mut record = csv::ByteRecord::new();
        let mut last = first;
        loop {
            let at = reader.position().byte();
            match reader.read_byte_record(&mut record) {
                Ok(false) => break,
                Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => return Err(format!("{shown}: {e}")),
                // A bad record is a row too (it was reported as one).
                Ok(true) | Err(_) => {}
            }
            if rows.is_multiple_of(STRIDE) {
                offsets.push(at);
            }
            rows += 1;
            let now = reader.position().byte();
            indexed.fetch_add(now - last, Ordering::Relaxed);
            last = now;
        }
        Ok(Index { offsets, rows, header })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> PathBuf {
        let d = std::env::temp_dir().join(format!("tarikh-row-texts-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[test]
    fn jsonl_rows_far_apart_and_past_the_end() {
        let p = dir().join("c.jsonl");
        let mut body = String::new();
        for i in 1..=300 {
            if i == 70 {
                body.push('\n');
                continue;
            }
            body.push_str(&format!("{{\"id\":\"x{i}\",\"text\":\"نص رقم {i}\\nسطر\"}}\n"));
        }
        std::fs::write(&p, body).unwrap();
        let mut r = RowTexts::new(p.clone(), CorpusFormat::Jsonl, ColumnNames::default());
        let read = AtomicU64::new(0);
        for i in [1, 64, 65, 129, 300] {
            let row = r.row(i, &read).unwrap();
            assert_eq!((row.row, row.text.as_str()), (i, format!("نص رقم {i}\nسطر").as_str()));
        }
        assert_eq!(read.load(Ordering::Relaxed), std::fs::metadata(&p).unwrap().len(), "read once");
        assert!(r.row(70, &read).unwrap_err().contains("no row 70"));
        assert!(r.row(301, &read).unwrap_err().contains("the corpus has 300 rows"));
    }

    #[test]
    fn csv_rows_with_line_breaks_in_fields() {
        let p = dir().join("c.csv");
        let mut body = String::from("\u{feff}title,text\n");
        for i in 1..=200 {
            body.push_str(&format!("ع{i},\"سطر {i}\nثان، \"\"{i}\"\"\"\n"));
        }
        std::fs::write(&p, body).unwrap();
        let mut r = RowTexts::new(p, CorpusFormat::Csv, ColumnNames::default());
        for i in [1, 64, 65, 200] {
            let a = r.article(i, &AtomicU64::new(0)).unwrap();
            assert_eq!(a.text, format!("سطر {i}\nثان، \"{i}\""));
            assert_eq!(a.title, format!("ع{i}"));
        }
    }

    #[test]
    fn parquet_rows_across_row_groups() {
        use arrow_array::{ArrayRef, RecordBatch, StringArray};
        use parquet::arrow::ArrowWriter;
        use parquet::file::properties::WriterProperties;
        use std::sync::Arc;
        let p = dir().join("c.parquet");
        let texts: Vec<String> = (1..=35).map(|i| format!("نص {i}")).collect();
        let column: ArrayRef = Arc::new(StringArray::from(texts));
        let batch = RecordBatch::try_from_iter([("text", column)]).unwrap();
        let props = WriterProperties::builder().set_max_row_group_row_count(Some(10)).build();
        let mut w = ArrowWriter::try_new(File::create(&p).unwrap(), batch.schema(), Some(props)).unwrap();
        w.write(&batch).unwrap();
        w.close().unwrap();
        let mut r = RowTexts::new(p, CorpusFormat::Parquet, ColumnNames::default());
        for i in [1, 10, 11, 35] {
            assert_eq!(r.row(i, &AtomicU64::new(0)).unwrap().text, format!("نص {i}"));
        }
        assert!(r.row(36, &AtomicU64::new(0)).unwrap_err().contains("no row 36"));
    }

    #[test]
    fn a_missing_corpus_is_named() {
        let mut r = RowTexts::new("/nowhere/c.jsonl".into(), CorpusFormat::Jsonl, ColumnNames::default());
        let e = r.row(1, &AtomicU64::new(0)).unwrap_err();
        assert!(e.starts_with("/nowhere/c.jsonl: the corpus cannot be opened"), "{e}");
    }
}
