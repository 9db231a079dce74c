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

impl std::str::FromStr for EventId {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        u64::from_str_radix(s, 16).map(EventId)
    }
}

// Written as 16 hex digits, so ids can key JSON objects and survive JavaScript readers.
impl serde::Serialize for EventId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for EventId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|_| serde::de::Error::custom(format!("bad event id `{s}`")))
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
    /// What is shown: the user's title, else [`Event::headline`].
    pub title: String,
    /// The engine's headline, a short name for what happened (see [`super::headline()`]):
    /// «زيارة الرئيس الروسي فلاديمير بوتين إلى بيلاروسيا».
    pub headline: String,
    pub flags: Flags,
    /// The user's note.
    pub note: String,
    /// Category id (see [`super::category`]): the user's, else suggested from the sentence.
    pub category: Option<String>,
    pub tags: Vec<String>,
    /// Marked as a false positive: kept, but not drawn unless hidden events are shown.
    pub hidden: bool,
    /// Starred by the user (★).
    pub pinned: bool,
    pub origin: Origin,
    /// Index into [`super::Timeline::groups`] when other articles report the same event.
    pub group: Option<usize>,
}

/// Where an event comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Origin {
    /// As the extractor found it.
    #[default]
    Extracted,
    /// Found by the extractor, changed by the user.
    Edited,
    /// Added by the user.
    Manual,
    /// The user's edit or event whose source text is no longer in the article (or no longer
    /// read as a date): kept, and shown with a warning.
    Detached,
}

impl Origin {
    /// The name used in JSON/CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Extracted => "extracted",
            Origin::Edited => "edited",
            Origin::Manual => "manual",
            Origin::Detached => "detached",
        }
    }
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
