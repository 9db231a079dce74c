//! Tarikh — a timeline explorer for Arabic news.
//!
//! The domain lives in three modules that know nothing of any UI:
//! - [`article`]: reading files (encodings, HTML), titles, sentence spans;
//! - [`dates`]: the Arabic date grammar, from text to [`dates::DateMention`]s;
//! - [`timeline`]: events tied to their source sentences, the dateline, the timeline model.

pub mod article;
pub mod cli;
pub mod dates;
pub mod export;
pub mod project;
pub mod timeline;
pub mod ui;
