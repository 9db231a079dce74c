//! The timeline model: articles, their events tied to source sentences, and what failed to
//! load. No UI here; the app, the CLI and the exporters all read this.

mod event;
mod extract;
mod title;

pub use event::{ArticleId, Event, EventId, Unplaced};
pub use extract::{Extraction, extract_events};
pub use title::{TITLE_CHARS, short_title};

use crate::article::{self, Article, LoadError};
use crate::dates::Dateline;
use rayon::prelude::*;
use std::path::PathBuf;

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
        let mut t = Timeline {
            errors,
            ..Timeline::default()
        };
        t.add_articles(articles);
        t
    }

    /// Adds articles and extracts their events.
    pub fn add_articles(&mut self, articles: Vec<Article>) {
        let first = self.entries.len();
        let extracted: Vec<(Article, Extraction)> = articles
            .into_par_iter()
            .enumerate()
            .map(|(i, a)| {
                let x = extract_events(&a, first + i);
                (a, x)
            })
            .collect();
        for (article, x) in extracted {
            self.entries.push(Entry {
                article,
                dateline: x.dateline,
            });
            self.events.extend(x.events);
            self.unplaced.extend(x.unplaced);
        }
        self.sort_events();
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
