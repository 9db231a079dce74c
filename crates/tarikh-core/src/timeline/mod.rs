//! The timeline model: articles, their events tied to source sentences, and what failed to
//! load. No UI here; the app, the CLI and the exporters all read this.

pub mod axis;
pub mod category;
mod curate;
pub mod edit;
mod event;
mod extract;
mod extracted_articles;
mod filter;
pub mod group;
mod headline;
mod history;
mod in_place;
pub mod keywords;
pub mod labels;
pub mod lanes;
pub mod marks;
pub mod style;

pub use curate::Place;
pub use edit::{ArticleNames, Curation, EventEdit, SourceRef};
pub use event::{ArticleId, Event, EventId, Origin, Unplaced};
pub use extract::{Extraction, describe_events, extract_events, extract_events_dated};
pub use extracted_articles::{extraction_path, extraction_place};
pub use filter::{EventFilter, Matcher};
pub use headline::{ArticlePerson, HEADLINE_CHARS, article_person, headline, headline_among, headline_in};
pub use history::History;

use crate::article::{self, Article, LoadError};
use crate::dates::Dateline;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::path::PathBuf;

/// Extracts the events of articles in parallel; article ids are assigned when they are added
/// to a [`Timeline`].
pub fn analyse(articles: Vec<Article>) -> Vec<(Article, Extraction)> {
    articles
        .into_par_iter()
        .map(|a| {
            let mut x = extract_events(&a, 0);
            describe_events(&a, &mut x);
            (a, x)
        })
        .collect()
}

/// An article closed by the user, kept to be reopened (Edit → Reopen closed article).
#[derive(Debug, Clone)]
pub struct ClosedArticle {
    pub entry: Entry,
    /// Its events when it came from an extraction (its text cannot give them back).
    pub extracted: Vec<Event>,
}

/// An article with what was extracted from it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub article: Article,
    /// The date relative dates are placed against: the user's ([`Entry::user_date`]), else
    /// the one found in the article.
    pub dateline: Option<Dateline>,
    /// The date the user gave the article (see [`Curation::article_dates`]), which its events
    /// were extracted against.
    pub user_date: Option<chrono::NaiveDate>,
    /// Where `dateline` came from: the text, HTML metadata, a sidecar, the command line or the
    /// user.
    pub dateline_source: Option<crate::article::DateSource>,
    /// The headline a reader would call the article by ([`article::headline_title`]).
    pub headline_title: String,
    /// Its outlet, if the text tells ([`article::outlet`]).
    pub outlet: Option<String>,
}

impl Entry {
    /// An article as opened, its names found.
    pub fn new(
        article: Article,
        dateline: Option<Dateline>,
        dateline_source: Option<crate::article::DateSource>,
    ) -> Entry {
        let headline_title = article::headline_title(&article.title, &article.text);
        let outlet = article::outlet(&article.title, &article.text);
        Entry { article, dateline, user_date: None, dateline_source, headline_title, outlet }
    }
}

/// Everything loaded: articles, events (sorted by date), unplaced mentions and load errors,
/// and the user's work on the events.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    pub entries: Vec<Entry>,
    /// What is shown: the extracted events with the user's edits applied, hand-made events
    /// added, sorted by date. Rebuilt after every change ([`Timeline::rebuild`]).
    pub events: Vec<Event>,
    pub unplaced: Vec<Unplaced>,
    pub errors: Vec<LoadError>,
    /// The events as the extractor found them, before the user's edits.
    pub extracted: Vec<Event>,
    /// The user's work; saved in the project, snapshotted by `history`.
    pub curation: Curation,
    pub history: History,
    /// Events reported by several articles: indices into `events`, first one leads.
    pub groups: Vec<Vec<usize>>,
    /// Bumped on every change of the articles or of the user's work (autosave watches it).
    pub revision: u64,
    index: FxHashMap<EventId, usize>,
    /// Where each extracted event is in `extracted` (an edit is applied in place through it).
    extracted_at: FxHashMap<EventId, usize>,
    key_words: FxHashMap<EventId, Vec<String>>,
    /// Key words of more than half of the open articles, left out when grouping
    /// ([`group::common_words`]); worked out when articles open or close.
    common_words: Vec<String>,
    /// Articles not added because they were open already: the same file, or the same text
    /// under another name (news copy is often saved twice).
    pub duplicates: Vec<Duplicate>,
    /// The open articles by path and by text, for the duplicate check (one lookup each).
    open_paths: FxHashMap<PathBuf, ArticleId>,
    open_texts: FxHashMap<u64, ArticleId>,
}

/// A file that was not opened because its article is open already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The file skipped.
    pub path: PathBuf,
    /// The file of the article already open.
    pub of: PathBuf,
}

/// How to tell the user about skipped duplicates: «195 duplicates of 5 articles».
pub fn duplicates_summary(duplicates: &[Duplicate]) -> Option<String> {
    if duplicates.is_empty() {
        return None;
    }
    let originals: rustc_hash::FxHashSet<&PathBuf> = duplicates.iter().map(|d| &d.of).collect();
    let n = duplicates.len();
    let m = originals.len();
    Some(format!(
        "{n} duplicate{} of {m} article{} skipped",
        if n == 1 { "" } else { "s" },
        if m == 1 { "" } else { "s" }
    ))
}

impl Timeline {
    /// Loads files and folders (in parallel) and extracts their events. Bad files end up in
    /// `errors`; the others load.
    pub fn load(paths: &[PathBuf]) -> Timeline {
        Timeline::load_dated(paths, None)
    }

    /// [`Timeline::load`], with one publication date for every article (`Some`): it anchors
    /// their relative dates, in place of sidecars, HTML metadata or a date in the text.
    pub fn load_dated(paths: &[PathBuf], dateline: Option<chrono::NaiveDate>) -> Timeline {
        let (articles, errors) = article::load_paths_dated(paths, dateline);
        let mut t = Timeline { errors, ..Timeline::default() };
        t.add_articles(articles);
        t
    }

    /// Adds articles and extracts their events (in parallel).
    pub fn add_articles(&mut self, articles: Vec<Article>) {
        self.add_analysed(analyse(articles));
    }

    /// Adds articles already analysed (e.g. on a worker thread). An article already open
    /// (same path, or same non-empty text) is not added twice but listed in
    /// [`Timeline::duplicates`]. Returns how many were added. Linear in the articles.
    pub fn add_analysed(&mut self, analysed: Vec<(Article, Extraction)>) -> usize {
        let mut added = 0;
        for (article, x) in analysed {
            let same_text =
                || (!article.text.is_empty()).then(|| self.open_texts.get(&article.content_hash)).flatten();
            if let Some(&open) = self.open_paths.get(&article.path).or_else(same_text) {
                let of = self.entries[open].article.path.clone();
                self.duplicates.push(Duplicate { path: article.path, of });
                continue;
            }
            let id = self.entries.len();
            self.open_paths.insert(article.path.clone(), id);
            if !article.text.is_empty() {
                self.open_texts.insert(article.content_hash, id);
            }
            for (e, words) in x.events.iter().zip(x.key_words) {
                self.key_words.insert(e.id, words);
            }
            self.extracted.extend(x.events.into_iter().map(|e| Event { article: id, ..e }));
            self.unplaced.extend(x.unplaced.into_iter().map(|u| Unplaced { article: id, ..u }));
            self.entries.push(Entry::new(article, x.dateline, x.dateline_source));
            added += 1;
        }
        if added > 0 {
            self.revision += 1;
            self.find_common_words();
        }
        self.rebuild();
        added
    }

    fn find_common_words(&mut self) {
        let mut per_article: Vec<Vec<&str>> = vec![Vec::new(); self.entries.len()];
        for e in &self.extracted {
            if let (Some(words), Some(article)) = (self.key_words.get(&e.id), per_article.get_mut(e.article))
            {
                article.extend(words.iter().map(String::as_str));
            }
        }
        self.common_words = group::common_words(per_article);
    }

    /// Closes an article: its events go, the others keep theirs. Returns what
    /// [`Timeline::reopen_article`] needs to bring it back (`None` for no such article).
    pub fn close_article(&mut self, id: ArticleId) -> Option<ClosedArticle> {
        if id >= self.entries.len() {
            return None;
        }
        let entry = self.entries.remove(id);
        // An extraction's events are not in its text (not read yet, maybe never): kept.
        let extracted: Vec<Event> = self.extracted.iter().filter(|e| e.article == id).cloned().collect();
        self.open_paths = self.entries.iter().enumerate().map(|(i, e)| (e.article.path.clone(), i)).collect();
        self.open_texts = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.article.text.is_empty())
            .map(|(i, e)| (e.article.content_hash, i))
            .collect();
        self.extracted.retain(|e| e.article != id);
        self.unplaced.retain(|u| u.article != id);
        for e in &mut self.extracted {
            if e.article > id {
                e.article -= 1;
            }
        }
        for u in &mut self.unplaced {
            if u.article > id {
                u.article -= 1;
            }
        }
        self.revision += 1;
        self.find_common_words();
        self.rebuild();
        Some(ClosedArticle { entry, extracted })
    }

    /// Brings back a closed article: one of files is read again from its text (the user's
    /// edits re-attach by event id); one of an extraction gets its events back as they were.
    pub fn reopen_article(&mut self, closed: ClosedArticle) {
        if closed.extracted.is_empty() {
            self.add_articles(vec![closed.entry.article]);
            return;
        }
        let id = self.entries.len();
        self.open_paths.insert(closed.entry.article.path.clone(), id);
        self.entries.push(closed.entry);
        self.extracted.extend(closed.extracted.into_iter().map(|e| Event { article: id, ..e }));
        self.revision += 1;
        self.find_common_words();
        self.rebuild();
    }

    /// The event with this id.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.index.get(&id).map(|&i| &self.events[i])
    }

    /// The position of an event in `events`.
    pub fn position(&self, id: EventId) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// What the article is called: the user's title, else its headline.
    pub fn title_of_article(&self, a: ArticleId) -> &str {
        let Some(entry) = self.entries.get(a) else { return "" };
        self.curation
            .article_names
            .get(&edit::article_key(entry.article.content_hash))
            .and_then(|n| n.title.as_deref())
            .unwrap_or(&entry.headline_title)
    }

    /// The article's outlet: the user's, else the one found; "" when unknown.
    pub fn source_of_article(&self, a: ArticleId) -> &str {
        let Some(entry) = self.entries.get(a) else { return "" };
        self.curation
            .article_names
            .get(&edit::article_key(entry.article.content_hash))
            .and_then(|n| n.source.as_deref())
            .or(entry.outlet.as_deref())
            .unwrap_or("")
    }

    /// Renames an article (title and source; `None` keeps what Tarikh found), in one undoable
    /// step. Kept in the project with the article's text.
    pub fn rename_article(&mut self, a: ArticleId, title: Option<String>, source: Option<String>) -> bool {
        let Some(entry) = self.entries.get(a) else { return false };
        let key = edit::article_key(entry.article.content_hash);
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let names = ArticleNames { title: clean(title), source: clean(source) };
        self.edit(|c| {
            if names == ArticleNames::default() {
                c.article_names.remove(&key);
            } else {
                c.article_names.insert(key, names);
            }
        })
    }

    /// The article an event comes from.
    pub fn article_of(&self, e: &Event) -> &Article {
        &self.entries[e.article].article
    }

    /// The text of an event's sentence ("" for a hand-made event without one).
    pub fn sentence_of(&self, e: &Event) -> &str {
        self.article_of(e).text.get(e.sentence_span.clone()).unwrap_or("")
    }

    /// The other sources of the same event (itself included), when it is in a group.
    pub fn sources_of(&self, e: &Event) -> &[usize] {
        e.group.map_or(&[], |g| &self.groups[g])
    }

    /// The events that go into data exports: all but those hidden as false positives.
    pub fn exported(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(|e| !e.hidden)
    }

    /// The events drawn (pictures, calendars): one per group, none hidden.
    pub fn drawn(&self) -> impl Iterator<Item = &Event> {
        self.events.iter().enumerate().filter(|(i, e)| !e.hidden && self.leads_group(*i)).map(|(_, e)| e)
    }

    /// The id of the event that leads `e`'s group, if it is in one.
    pub fn group_leader(&self, e: &Event) -> Option<EventId> {
        e.group.map(|g| self.events[self.groups[g][0]].id)
    }

    /// True when the event is shown for its group (it leads it) or is in none.
    pub fn leads_group(&self, i: usize) -> bool {
        self.events[i].group.is_none_or(|g| self.groups[g][0] == i)
    }
}
