//! `Event`: a dated mention tied to its article and source sentence.

use crate::dates::{DateRange, Flags, Span};
use std::fmt;

/// A stable identity: the article's content hash and the date's byte span. Re-extracting the
/// same text gives the same ids, so user edits keyed by id survive an engine upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(pub u64);

impl EventId {
    pub fn new(content_hash: u64, span: &Span) -> Self {
        let mut bytes = [0u8; 24];
        bytes[..8].copy_from_slice(&content_hash.to_le_bytes());
        bytes[8..16].copy_from_slice(&(span.start as u64).to_le_bytes());
        bytes[16..].copy_from_slice(&(span.end as u64).to_le_bytes());
        EventId(xxhash_rust::xxh3::xxh3_64(&bytes))
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// Index of an article in a [`super::Timeline`].
pub type ArticleId = usize;

/// A dated event found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: EventId,
    pub article: ArticleId,
    pub range: DateRange,
    /// The date expression as written, e.g. «التاسع من مايو (أيار) 2025».
    pub date_text: String,
    pub date_span: Span,
    /// The sentence that holds the date.
    pub sentence_span: Span,
    /// The clause around the date, at most about 80 characters.
    pub title: String,
    pub flags: Flags,
}

/// A date expression that could not be placed in time (relative, and the article has no
/// dateline): reported, not drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    pub article: ArticleId,
    pub date_text: String,
    pub date_span: Span,
    pub sentence_span: Span,
    pub flags: Flags,
}
