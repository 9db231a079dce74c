//! From an article to its events: the dateline anchors relative dates, every other date
//! mention becomes an event tied to its sentence.

use super::event::{ArticleId, Event, EventId, Origin, Unplaced};
use super::title::short_title;
use crate::article::Article;
use crate::dates::{self, Dateline};

/// What the extractor found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The publication date: from HTML metadata, else stated near the top of the text.
    pub dateline: Option<Dateline>,
    pub events: Vec<Event>,
    pub unplaced: Vec<Unplaced>,
}

/// Finds the dated events of `article` (its index in the timeline is `id`).
pub fn extract_events(article: &Article, id: ArticleId) -> Extraction {
    let text = &article.text;
    let from_text = dates::find_dateline(text);
    let dateline = match article.published {
        Some(date) => Some(Dateline {
            date,
            span: from_text.as_ref().filter(|d| d.date == date).map_or(0..0, |d| d.span.clone()),
        }),
        None => from_text,
    };
    let anchor = dateline.as_ref().map(|d| d.date);
    let mut out = Extraction { dateline: dateline.clone(), ..Extraction::default() };
    for m in dates::find(text, anchor) {
        if dateline.as_ref().is_some_and(|d| d.span.start < m.span.end && m.span.start < d.span.end) {
            continue; // the dateline is metadata, not an event
        }
        let sentence_span =
            article.sentence_at(m.span.start).unwrap_or_else(|| line_around(text, m.span.start));
        match m.range {
            Some(range) => {
                let sentence = &text[sentence_span.clone()];
                let local = m.span.start - sentence_span.start
                    ..(m.span.end.min(sentence_span.end)) - sentence_span.start;
                out.events.push(Event {
                    id: EventId::new(article.content_hash, &m.span),
                    article: id,
                    range,
                    title: short_title(sentence, local),
                    date_text: m.text,
                    date_span: m.span,
                    sentence_span,
                    flags: m.flags,
                    note: String::new(),
                    category: super::category::suggest_category(sentence).map(str::to_string),
                    tags: Vec::new(),
                    hidden: false,
                    origin: Origin::Extracted,
                    group: None,
                });
            }
            None => out.unplaced.push(Unplaced {
                article: id,
                date_text: m.text,
                date_span: m.span,
                sentence_span,
                flags: m.flags,
            }),
        }
    }
    out
}

/// The line holding `at`, for a mention outside every sentence span (should not happen).
fn line_around(text: &str, at: usize) -> std::ops::Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}
