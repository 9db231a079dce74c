//! Tarikh's domain, with no user interface in it: the desktop app, the command line and the
//! Python package all sit on this crate.
//!
//! - [`article`]: reading files (encodings, HTML), titles, sentence spans;
//! - [`corpus`]: many articles in one JSONL, CSV or Parquet file, streamed through the
//!   extractor on all cores, events out as JSONL, CSV or Parquet;
//! - [`dates`]: the Arabic date grammar, from text to [`dates::DateMention`]s
//!   («التاسع من مايو 2025» → 2025-05-09);
//! - [`timeline`]: events tied to their source sentences, the user's curation, grouping;
//! - [`project`]: the `.tarikh` file, autosave and the writer thread;
//! - [`export`]: the timeline as SVG/PNG and the events as data.

pub mod article;
pub mod corpus;
pub mod dates;
pub mod export;
pub mod project;
pub mod timeline;
