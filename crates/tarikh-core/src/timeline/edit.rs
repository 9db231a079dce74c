//! The user's work on top of what the extractor found: corrected dates, titles, notes,
//! categories, hidden false positives, events added by hand, and groups merged or split.
//!
//! Edits are keyed by [`EventId`] (article content hash + date span) and carry a snapshot of
//! their source, so that they can be re-attached when the article changes and are never lost
//! when they cannot be.

use super::event::{Event, EventId};
use crate::dates::{DateRange, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Where an edited or hand-made event was in its article when the user last touched it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    #[serde(with = "crate::article::stored_path")]
    pub path: PathBuf,
    /// The article's content hash, as 16 hex digits.
    #[serde(with = "hex_u64")]
    pub content_hash: u64,
    pub date_span: Span,
    pub sentence_span: Span,
    /// `&text[date_span]` then: «19 ديسمبر 2022».
    pub date_text: String,
    /// `&text[sentence_span]` then; used to find the place again in a changed article.
    pub sentence: String,
    /// The date the extractor gave (or the user first gave, for a hand-made event).
    pub range: DateRange,
}

impl SourceRef {
    /// The source of an extracted event.
    pub fn of(e: &Event, path: PathBuf, content_hash: u64, sentence: &str) -> Self {
        SourceRef {
            path,
            content_hash,
            date_span: e.date_span.clone(),
            sentence_span: e.sentence_span.clone(),
            date_text: e.date_text.clone(),
            sentence: sentence.to_string(),
            range: e.range,
        }
    }
}

/// What the user changed on one event (or the whole of an event they added).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventEdit {
    /// Added by the user rather than found by the extractor.
    #[serde(default)]
    pub manual: bool,
    pub source: SourceRef,
    /// The corrected date; `None` keeps the extractor's.
    #[serde(default)]
    pub range: Option<DateRange>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub note: String,
    /// `Some("")` removes the suggested category; `None` keeps the suggestion.
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub hidden: bool,
    /// Starred by the user (★): its label wins when labels compete for room.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
    /// How many times the user changed this event: the calendar export's `SEQUENCE`, so that
    /// a calendar that imported an earlier export takes the change.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub changes: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl EventEdit {
    /// An edit that changes nothing yet.
    pub fn new(source: SourceRef) -> Self {
        EventEdit {
            manual: false,
            source,
            range: None,
            title: None,
            note: String::new(),
            category: None,
            tags: Vec::new(),
            hidden: false,
            pinned: false,
            changes: 0,
        }
    }

    /// True when it changes nothing (so it can be dropped without losing work); the count of
    /// [`changes`](EventEdit::changes) is not work.
    pub fn is_noop(&self) -> bool {
        !self.manual
            && self.range.is_none()
            && self.title.is_none()
            && self.note.is_empty()
            && self.category.is_none()
            && self.tags.is_empty()
            && !self.hidden
            && !self.pinned
    }

    /// Applies the edit to an event.
    pub fn apply(&self, e: &mut Event) {
        if let Some(r) = self.range {
            e.range = r;
        }
        if let Some(t) = &self.title {
            e.title = t.clone();
        }
        e.note = self.note.clone();
        if let Some(c) = &self.category {
            e.category = if c.is_empty() { None } else { Some(c.clone()) };
        }
        e.tags = self.tags.clone();
        e.hidden = self.hidden;
        e.pinned = self.pinned;
    }
}

/// All of the user's work on a timeline; what undo/redo snapshots and what a project saves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Curation {
    /// Edits of extracted events and hand-made events, by event id.
    pub edits: BTreeMap<EventId, EventEdit>,
    /// Pairs the user merged into one event (even against the automatic grouping).
    pub together: BTreeSet<(EventId, EventId)>,
    /// Events the user split out of their group: never grouped automatically again.
    pub detached: BTreeSet<EventId>,
    /// Articles' dates set by the user, by content hash ([`article_key`]): they anchor the
    /// relative dates of an article without a dateline (or with a wrong one).
    #[serde(default)]
    pub article_dates: BTreeMap<String, NaiveDate>,
    /// Articles renamed by the user (their title and source), by content hash, like
    /// `article_dates`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub article_names: BTreeMap<String, ArticleNames>,
}

/// What the user calls an article; `None` keeps the name Tarikh found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleNames {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The key of an article in [`Curation::article_dates`]: its content hash in hex, as in event
/// ids, so that the date follows the text wherever the file moves.
pub fn article_key(content_hash: u64) -> String {
    format!("{content_hash:016x}")
}

impl Curation {
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
            && self.together.is_empty()
            && self.detached.is_empty()
            && self.article_dates.is_empty()
            && self.article_names.is_empty()
    }

    /// Whether the user merged this event with another or split it out of a group.
    pub fn in_group_choice(&self, id: EventId) -> bool {
        self.detached.contains(&id) || self.together.iter().any(|(a, b)| *a == id || *b == id)
    }

    /// Number of hand-made events.
    pub fn manual_count(&self) -> usize {
        self.edits.values().filter(|e| e.manual).count()
    }
}

/// Serde helper: a `u64` as 16 hex digits (JSON numbers lose precision above 2^53 in many
/// readers).
pub mod hex_u64 {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{v:016x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        let s = String::deserialize(d)?;
        u64::from_str_radix(&s, 16).map_err(|_| serde::de::Error::custom(format!("bad hash `{s}`")))
    }
}
