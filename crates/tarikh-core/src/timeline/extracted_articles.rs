//! Articles of a corpus opened from the events of a batch run (`tarikh extract`): their
//! events come from the events file, their texts stay in the corpus until one is read
//! ([`Timeline::give_text`]). Such an article's path names the events file and the article's
//! place in the corpus: `events.jsonl#0:1204` (corpus 0 of the sidecar, row 1204).
//!
//! ```
//! use tarikh_core::timeline::extraction_place;
//! use tarikh_core::corpus::ArticleAt;
//! let (events, at) = extraction_place(std::path::Path::new("/d/akhbar.jsonl#0:1204")).unwrap();
//! assert_eq!((events.to_str().unwrap(), at), ("/d/akhbar.jsonl", ArticleAt { corpus: 0, row: 1204 }));
//! ```

use super::event::{Event, Origin};
use super::{Entry, Timeline};
use crate::article::{Article, DateSource};
use crate::corpus::{ArticleAt, ExtractedArticle};
use crate::dates::Dateline;
use std::path::{Path, PathBuf};

/// The path given to an article of an extraction.
pub fn extraction_path(events: &Path, at: ArticleAt) -> PathBuf {
    let mut s = events.as_os_str().to_owned();
    s.push(format!("#{}:{}", at.corpus, at.row));
    PathBuf::from(s)
}

/// The events file and the place in the corpus of an article opened from an extraction;
/// `None` for an article opened from its own file.
pub fn extraction_place(path: &Path) -> Option<(PathBuf, ArticleAt)> {
    let s = path.to_str()?;
    let (events, place) = s.rsplit_once('#')?;
    let (corpus, row) = place.split_once(':')?;
    let at = ArticleAt { corpus: corpus.parse().ok()?, row: row.parse().ok()? };
    Some((PathBuf::from(events), at))
}

impl Timeline {
    /// Adds the articles of an extraction read from `events` (their texts not loaded). An
    /// article open already (the same place of the same events file) is not added twice.
    /// Returns how many were added. One rebuild, linear in the events but for the sort.
    pub fn add_extracted(&mut self, events: &Path, articles: Vec<ExtractedArticle>) -> usize {
        let mut added = 0;
        for a in articles {
            let path = extraction_path(events, a.at);
            if self.open_paths.contains_key(&path) {
                continue;
            }
            let id = self.entries.len();
            let content_hash = xxhash_rust::xxh3::xxh3_64(path.as_os_str().as_encoded_bytes());
            let article = Article {
                file_name: a.article.clone(),
                title: a.article,
                text: String::new(),
                encoding: "UTF-8",
                warnings: Vec::new(),
                sentences: Vec::new(),
                published: a.dateline,
                published_from: a.dateline.map(|_| DateSource::Column),
                content_hash,
                path: path.clone(),
            };
            self.open_paths.insert(path, id);
            self.extracted.extend(a.events.into_iter().map(|e| Event {
                id: e.id,
                article: id,
                range: e.range,
                date_text: e.date_text,
                date_span: e.date_span,
                sentence_span: e.sentence_span,
                headline: e.title.clone(),
                title: e.title,
                flags: e.flags,
                note: String::new(),
                category: e.category,
                tags: Vec::new(),
                hidden: false,
                pinned: false,
                origin: Origin::Extracted,
                group: None,
            }));
            let dateline = a.dateline.map(|date| Dateline { date, span: 0..0 });
            let mut entry = Entry::new(article, dateline, a.dateline.map(|_| DateSource::Column));
            entry.outlet = a.source;
            self.entries.push(entry);
            added += 1;
        }
        if added > 0 {
            self.revision += 1;
            self.find_common_words();
        }
        self.rebuild();
        added
    }

    /// Gives an article of an extraction its text, read from the corpus. Refused (with the
    /// reason) when an event's offsets do not fall in the text on character boundaries: the
    /// corpus changed since the batch run.
    pub fn give_text(&mut self, article: super::ArticleId, text: Article) -> Result<(), String> {
        if article >= self.entries.len() {
            return Err("no such article".into());
        }
        // The date is where the batch run found it, as written.
        let fits = |s: &crate::dates::Span| text.text.get(s.clone()).is_some();
        if let Some(e) = self.extracted.iter().find(|e| {
            e.article == article
                && !(fits(&e.sentence_span)
                    && text.text.get(e.date_span.clone()) == Some(e.date_text.as_str()))
        }) {
            return Err(format!(
                "{}: the text does not hold the event «{}» where the batch run found it (was the corpus changed?)",
                text.path.display(),
                e.date_text
            ));
        }
        let a = &mut self.entries[article].article;
        a.text = text.text;
        a.sentences = text.sentences;
        a.warnings = text.warnings;
        if !text.title.trim().is_empty() && a.title == a.file_name {
            a.title = text.title;
            let e = &mut self.entries[article];
            e.headline_title = crate::article::headline_title(&e.article.title, &e.article.text);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ExtractedEvent;
    use crate::dates::{DateRange, Flags};
    use crate::timeline::EventId;

    fn extracted(row: u64, n: usize) -> ExtractedArticle {
        let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        ExtractedArticle {
            at: ArticleAt { corpus: 0, row },
            article: format!("a{row}"),
            source: Some("واس".into()),
            dateline: None,
            events: (0..n)
                .map(|i| ExtractedEvent {
                    id: EventId(row * 100 + i as u64),
                    range: DateRange::day(day + chrono::Days::new(i as u64)),
                    date_text: "ق".into(),
                    date_span: 0..2,
                    sentence_span: 0..4,
                    title: format!("حدث {i}"),
                    flags: Flags::default(),
                    category: None,
                    sentence: None,
                })
                .collect(),
        }
    }

    #[test]
    fn articles_without_their_texts_then_a_text_given() {
        let mut t = Timeline::default();
        let events = Path::new("/d/e.jsonl");
        assert_eq!(t.add_extracted(events, vec![extracted(3, 2), extracted(9, 1)]), 2);
        assert_eq!(t.add_extracted(events, vec![extracted(3, 2)]), 0, "open already");
        assert_eq!(t.events.len(), 3);
        assert_eq!(t.source_of_article(0), "واس");
        assert_eq!(extraction_place(&t.entries[1].article.path).unwrap().1.row, 9);
        let short = crate::article::load_bytes(Path::new("x"), "abc".as_bytes()).unwrap();
        assert!(t.give_text(0, short).unwrap_err().contains("was the corpus changed"));
        let text = crate::article::load_bytes(Path::new("x"), "قال الوزير".as_bytes()).unwrap();
        t.give_text(0, text).unwrap();
        assert_eq!(t.sentence_of(&t.events[0]), "قا");
    }

    /// Closed, an extraction's article takes its events with it; reopened, they come back as
    /// they were (its text, never read, could not give them again).
    #[test]
    fn a_closed_article_of_an_extraction_reopens_with_its_events() {
        let mut t = Timeline::default();
        t.add_extracted(Path::new("/d/e.jsonl"), vec![extracted(3, 2), extracted(9, 1)]);
        let ids = |t: &Timeline| {
            let mut v: Vec<EventId> = t.events.iter().map(|e| e.id).collect();
            v.sort_unstable();
            v
        };
        let before = ids(&t);
        let closed = t.close_article(0).unwrap();
        assert_eq!(closed.extracted.len(), 2);
        assert_eq!(ids(&t), [EventId(900)]);
        t.reopen_article(closed);
        assert_eq!(ids(&t), before);
        let e = t.event(EventId(301)).unwrap();
        assert_eq!(extraction_place(&t.entries[e.article].article.path).unwrap().1.row, 3);
        assert!(t.close_article(7).is_none());
    }
}
