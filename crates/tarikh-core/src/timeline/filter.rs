//! Which events a view shows: a loose Arabic search (hamza forms, ta marbuta, diacritics
//! ignored), articles switched off, and a date window.

use super::{Event, Timeline};
use crate::dates::normalize_str;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// A filter over events; the default shows everything.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EventFilter {
    /// Words that must all appear in the title or the sentence (loosely matched).
    pub query: String,
    /// Articles (by file path) whose events are hidden.
    pub hidden_articles: BTreeSet<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Only events of this category (an id of [`super::category`] or the user's own).
    #[serde(default)]
    pub category: Option<String>,
    /// Show the events marked as false positives too.
    #[serde(default)]
    pub show_hidden: bool,
}

impl EventFilter {
    /// A matcher built once per query, used for many events.
    pub fn matcher(&self) -> Matcher<'_> {
        let words = normalize_str(&self.query).split_whitespace().map(str::to_string).collect();
        Matcher { filter: self, words }
    }
}

/// An [`EventFilter`] with its query normalised.
pub struct Matcher<'a> {
    filter: &'a EventFilter,
    words: Vec<String>,
}

impl Matcher<'_> {
    pub fn matches(&self, t: &Timeline, e: &Event) -> bool {
        let f = self.filter;
        if e.hidden && !f.show_hidden {
            return false;
        }
        if f.category.is_some() && e.category != f.category {
            return false;
        }
        if !f.hidden_articles.is_empty()
            && f.hidden_articles.contains(&t.article_of(e).path.to_string_lossy().to_string())
        {
            return false;
        }
        if f.from.is_some_and(|d| e.range.end < d) || f.to.is_some_and(|d| e.range.start > d) {
            return false;
        }
        if self.words.is_empty() {
            return true;
        }
        let hay = normalize_str(&format!(
            "{} {} {} {} {}",
            e.title,
            t.sentence_of(e),
            e.date_text,
            e.note,
            e.tags.join(" ")
        ));
        self.words.iter().all(|w| hay.contains(w.as_str()))
    }
}
