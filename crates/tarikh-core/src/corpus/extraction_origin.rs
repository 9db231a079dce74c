//! Where the events of an extraction came from: a small JSON sidecar written beside the events
//! file (`events.jsonl` → `events.jsonl.corpus.json`), naming each corpus read, its format,
//! the columns asked for and how many events it gave. The events file itself is unchanged
//! (any JSONL reader still reads it); without a sidecar (older runs) the app asks the user
//! where the corpus is.
//!
//! ```
//! use tarikh_core::corpus::{CorpusFormat, ColumnNames, CorpusOrigin, ExtractionOrigin};
//! let origin = ExtractionOrigin {
//!     corpora: vec![CorpusOrigin::new("/data/akhbar.jsonl".into(), CorpusFormat::Jsonl, ColumnNames::default(), 12)],
//! };
//! assert_eq!(origin.corpus_of_event(11), Some(0));
//! assert_eq!(origin.corpus_of_event(12), None);
//! ```

use super::CorpusFormat;
use super::columns::ColumnNames;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The version written in sidecars; a reader refuses a newer one.
pub const ORIGIN_VERSION: u32 = 1;

/// The corpora an events file was made from, in the order of its events.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractionOrigin {
    pub corpora: Vec<CorpusOrigin>,
}

/// One corpus of an extraction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorpusOrigin {
    /// The corpus as it was read: absolute when it could be made so.
    pub path: PathBuf,
    /// `jsonl`, `csv` or `parquet`.
    pub format: String,
    /// The columns named on the command line (the others were guessed, and are guessed again).
    #[serde(default)]
    pub columns: ColumnNames,
    /// How many events of the events file (in order) come from this corpus.
    pub events: u64,
}

impl CorpusOrigin {
    /// A corpus read from `path`, which gave `events` events.
    pub fn new(path: PathBuf, format: CorpusFormat, columns: ColumnNames, events: u64) -> Self {
        let format = match format {
            CorpusFormat::Jsonl => "jsonl",
            CorpusFormat::Csv => "csv",
            CorpusFormat::Parquet => "parquet",
        };
        CorpusOrigin { path, format: format.into(), columns, events }
    }

    /// The corpus's format, if it is one Tarikh reads.
    pub fn corpus_format(&self) -> Option<CorpusFormat> {
        CorpusFormat::from_name(&self.format)
    }
}

/// The file as stored.
#[derive(Serialize, Deserialize)]
struct Stored {
    tarikh_extraction: u32,
    corpora: Vec<CorpusOrigin>,
}

impl ExtractionOrigin {
    /// The sidecar of an events file: the same name with `.corpus.json` added.
    pub fn sidecar_of(events: &Path) -> PathBuf {
        let mut name = events.as_os_str().to_owned();
        name.push(".corpus.json");
        PathBuf::from(name)
    }

    /// The corpus the `n`-th event of the events file (from 0) comes from.
    pub fn corpus_of_event(&self, n: u64) -> Option<usize> {
        let mut end = 0;
        for (i, c) in self.corpora.iter().enumerate() {
            end += c.events;
            if n < end {
                return Some(i);
            }
        }
        None
    }

    /// Writes the sidecar of `events`.
    pub fn write(&self, events: &Path) -> Result<(), String> {
        let path = Self::sidecar_of(events);
        let stored = Stored { tarikh_extraction: ORIGIN_VERSION, corpora: self.corpora.clone() };
        let json = serde_json::to_string_pretty(&stored).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, json + "\n").map_err(|e| format!("{}: cannot write it: {e}", path.display()))
    }

    /// Reads the sidecar of `events`: `Ok(None)` when there is none, an error naming the file
    /// when it cannot be read. A corpus whose recorded path is gone but whose file name is
    /// beside the events file (the two were moved together) is taken from there.
    pub fn read(events: &Path) -> Result<Option<ExtractionOrigin>, String> {
        let path = Self::sidecar_of(events);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let stored: Stored = serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not a corpus sidecar ({e})", path.display()))?;
        if stored.tarikh_extraction > ORIGIN_VERSION {
            return Err(format!(
                "{}: written by a newer Tarikh (version {})",
                path.display(),
                stored.tarikh_extraction
            ));
        }
        let beside = events.parent().unwrap_or(Path::new("."));
        let corpora = stored
            .corpora
            .into_iter()
            .map(|mut c| {
                if !c.path.exists()
                    && let Some(name) = c.path.file_name()
                    && beside.join(name).exists()
                {
                    c.path = beside.join(name);
                }
                c
            })
            .collect();
        Ok(Some(ExtractionOrigin { corpora }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_and_read_back_and_moved_with_the_events() {
        let dir = std::env::temp_dir().join(format!("tarikh-origin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let events = dir.join("events.jsonl");
        assert_eq!(ExtractionOrigin::read(&events), Ok(None));
        std::fs::write(dir.join("news.csv"), "text\nx\n").unwrap();
        let o = ExtractionOrigin {
            corpora: vec![
                CorpusOrigin::new("/gone/news.csv".into(), CorpusFormat::Csv, ColumnNames::default(), 3),
                CorpusOrigin::new("/gone/other.jsonl".into(), CorpusFormat::Jsonl, ColumnNames::default(), 2),
            ],
        };
        o.write(&events).unwrap();
        let back = ExtractionOrigin::read(&events).unwrap().unwrap();
        assert_eq!(back.corpora[0].path, dir.join("news.csv"), "found beside the events");
        assert_eq!(back.corpora[1].path, PathBuf::from("/gone/other.jsonl"));
        assert_eq!(
            [0, 2, 3, 4, 5].map(|n| back.corpus_of_event(n)),
            [Some(0), Some(0), Some(1), Some(1), None]
        );
        std::fs::write(ExtractionOrigin::sidecar_of(&events), "{").unwrap();
        let e = ExtractionOrigin::read(&events).unwrap_err();
        assert!(e.contains("events.jsonl.corpus.json: not a corpus sidecar"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
