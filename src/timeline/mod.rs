//! The timeline model: articles, their events tied to source sentences, and what failed to
//! load. No UI here; the app, the CLI and the exporters all read this.

pub mod axis;
mod event;
mod extract;
mod filter;
pub mod style;
mod title;

pub use event::{ArticleId, Event, EventId, Unplaced};
pub use extract::{Extraction, extract_events};
pub use filter::{EventFilter, Matcher};
pub use title::{TITLE_CHARS, short_title};

use crate::article::{self, Article, LoadError};
use crate::dates::Dateline;
use rayon::prelude::*;
use std::path::PathBuf;

/// Extracts the events of articles in parallel; article ids are assigned when they are added
/// to a [`Timeline`].
pub fn analyse(articles: Vec<Article>) -> Vec<(Article, Extraction)> {
    articles
        .into_par_iter()
        .map(|a| {
            let x = extract_events(&a, 0);
            (a, x)
        })
        .collect()
}

/// An article with what was extracted from it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub article: Article,
    pub dateline: Option<Dateline>,
}

/// Everything loaded: articles, events (sorted by date), unplaced mentions and load errors.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    pub events: Vec<Event>,
    pub unplaced: Vec<Unplaced>,
    pub errors: Vec<LoadError>,
}

impl Timeline {
    /// Loads files and folders (in parallel) and extracts their events. Bad files end up in
    /// `errors`; the others load.
    pub fn load(paths: &[PathBuf]) -> Timeline {
        let (articles, errors) = article::load_paths(paths);
        let mut t = Timeline { errors, ..Timeline::default() };
        t.add_articles(articles);
        t
    }

    /// Adds articles and extracts their events (in parallel).
    pub fn add_articles(&mut self, articles: Vec<Article>) {
        self.add_analysed(analyse(articles));
    }

    /// Adds articles already analysed (e.g. on a worker thread). An article already open
    /// (same path, or same text) is not added twice. Returns how many were added.
    pub fn add_analysed(&mut self, analysed: Vec<(Article, Extraction)>) -> usize {
        let mut added = 0;
        for (article, x) in analysed {
            let duplicate = self.entries.iter().any(|e| {
                e.article.path == article.path
                    || e.article.content_hash == article.content_hash && !article.text.is_empty()
            });
            if duplicate {
                continue;
            }
            let id = self.entries.len();
            self.events.extend(x.events.into_iter().map(|e| Event { article: id, ..e }));
            self.unplaced.extend(x.unplaced.into_iter().map(|u| Unplaced { article: id, ..u }));
            self.entries.push(Entry { article, dateline: x.dateline });
            added += 1;
        }
        self.sort_events();
        added
    }

    /// Closes an article: its events go, the others keep theirs.
    pub fn close_article(&mut self, id: ArticleId) {
        if id >= self.entries.len() {
            return;
        }
        self.entries.remove(id);
        self.events.retain(|e| e.article != id);
        self.unplaced.retain(|u| u.article != id);
        for e in &mut self.events {
            if e.article > id {
                e.article -= 1;
            }
        }
        for u in &mut self.unplaced {
            if u.article > id {
                u.article -= 1;
            }
        }
    }

    /// The event with this id.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// Chronological order; ties by article then position in the text.
    pub fn sort_events(&mut self) {
        self.events.sort_by(|a, b| {
            (a.range.start, a.range.end, a.article, a.date_span.start).cmp(&(
                b.range.start,
                b.range.end,
                b.article,
                b.date_span.start,
            ))
        });
    }

    /// The article an event comes from.
    pub fn article_of(&self, e: &Event) -> &Article {
        &self.entries[e.article].article
    }

    /// The text of an event's sentence.
    pub fn sentence_of(&self, e: &Event) -> &str {
        &self.article_of(e).text[e.sentence_span.clone()]
    }
}
