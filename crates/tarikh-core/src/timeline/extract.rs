//! From an article to its events: the dateline anchors relative dates, every other date
//! mention becomes an event tied to its sentence.

use super::event::{ArticleId, Event, EventId, Origin, Unplaced};
use super::headline::{ArticlePerson, headline_in};
use crate::article::{Article, DateSource};
use crate::dates::{self, Dateline};
use chrono::NaiveDate;

/// What the extractor found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// The publication date: the user's, else one given beside the text (sidecar, option,
    /// HTML metadata), else stated near the top of the text.
    pub dateline: Option<Dateline>,
    /// Where `dateline` came from.
    pub dateline_source: Option<DateSource>,
    pub events: Vec<Event>,
    pub unplaced: Vec<Unplaced>,
    /// The key words of each event's sentence, for grouping ([`describe_events`]).
    pub key_words: Vec<Vec<String>>,
}

/// Finds the dated events of `article` (its index in the timeline is `id`).
pub fn extract_events(article: &Article, id: ArticleId) -> Extraction {
    extract_events_dated(article, id, None)
}

/// Same, with the article's date given by the user (`Some`): it anchors the relative dates
/// («أمس», «الأسبوع الماضي») in place of a dateline found in the text, or where there is none.
/// A date written in the text where the dateline was found is still not an event.
pub fn extract_events_dated(article: &Article, id: ArticleId, user_date: Option<NaiveDate>) -> Extraction {
    let text = &article.text;
    let from_text = dates::find_dateline(text);
    let dateline = match (user_date, article.published) {
        // The line the text's dateline was read from stays out of the events either way.
        (Some(date), _) => Some(Dateline { date, span: from_text.map_or(0..0, |d| d.span) }),
        // A page's metadata may date something else than the text's dateline (an update): the
        // text's date stays an event unless it is the same day. A date given beside the text
        // (sidecar, option) replaces the text's dateline, which is metadata either way.
        (None, Some(date)) => {
            let given = article.published_from.is_some_and(|f| f != DateSource::HtmlMeta);
            let span =
                from_text.as_ref().filter(|d| given || d.date == date).map_or(0..0, |d| d.span.clone());
            Some(Dateline { date, span })
        }
        (None, None) => from_text,
    };
    let dateline_source = match (user_date, article.published) {
        (Some(_), _) => Some(DateSource::User),
        (None, Some(_)) => Some(article.published_from.unwrap_or(DateSource::HtmlMeta)),
        (None, None) => dateline.as_ref().map(|_| DateSource::Text),
    };
    let anchor = dateline.as_ref().map(|d| d.date);
    let mut out = Extraction { dateline: dateline.clone(), dateline_source, ..Extraction::default() };
    // The dateline, and where an agency lead writes it again, are metadata, not events.
    let mut metadata: Vec<std::ops::Range<usize>> = dateline.iter().map(|d| d.span.clone()).collect();
    if let Some(d) = &dateline {
        metadata.extend(dates::repeated_datelines(text, d));
    }
    let mentions = dates::find(text, anchor);
    // Every date found, for the headlines to leave the others out (sorted by start).
    let mut spans: Vec<std::ops::Range<usize>> = mentions.iter().map(|m| m.span.clone()).collect();
    spans.sort_by_key(|s| s.start);
    // Whom a biography is about, for the steps of a life told without their subject.
    let person = ArticlePerson::new(text);
    for mut m in mentions {
        if metadata.iter().any(|s| s.start < m.span.end && m.span.start < s.end) {
            continue;
        }
        trim_invisible(text, &mut m);
        if m.span.is_empty() {
            continue;
        }
        let sentence_span = sentence_holding(article, &m.span);
        match m.range {
            Some(range) => {
                // Made once here, on the loading workers: a bounded window around the date.
                let headline =
                    headline_in(text, sentence_span.clone(), m.span.clone(), &spans, Some(&person));
                out.events.push(Event {
                    id: EventId::new(article.content_hash, &m.span),
                    article: id,
                    range,
                    title: headline.clone(),
                    headline,
                    date_text: m.text,
                    date_span: m.span,
                    sentence_span,
                    flags: m.flags,
                    note: String::new(),
                    category: None,
                    tags: Vec::new(),
                    hidden: false,
                    pinned: false,
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

/// What curation needs beyond the dates, worked out with the extraction (on the loading
/// workers, not the UI thread): each event's suggested category and the key words of its
/// sentence for grouping. Dates of one sentence share both.
pub fn describe_events(article: &Article, x: &mut Extraction) {
    let mut last: Option<(std::ops::Range<usize>, Option<String>)> = None;
    let mut words: Option<(std::ops::Range<usize>, Vec<String>)> = None;
    x.key_words.clear();
    for e in &mut x.events {
        let sentence = article.text.get(e.sentence_span.clone()).unwrap_or("");
        e.category = category_of(&mut last, &e.sentence_span, sentence);
        if words.as_ref().is_none_or(|(s, _)| *s != e.sentence_span) {
            words = Some((e.sentence_span.clone(), super::keywords::key_words(sentence)));
        }
        x.key_words.push(words.as_ref().map(|(_, w)| w.clone()).unwrap_or_default());
    }
}

/// The category suggested for a sentence, remembered for the next date in the same sentence.
fn category_of(
    last: &mut Option<(std::ops::Range<usize>, Option<String>)>,
    span: &std::ops::Range<usize>,
    sentence: &str,
) -> Option<String> {
    match last {
        Some((s, c)) if s == span => c.clone(),
        _ => {
            let c = super::category::suggest_category(sentence).map(str::to_string);
            *last = Some((span.clone(), c.clone()));
            c
        }
    }
}

/// Leaves out the invisible format characters (bidi marks, BOM) at the ends of a date: the
/// sentence leaves them out too, and the date must lie inside its sentence.
fn trim_invisible(text: &str, m: &mut dates::DateMention) {
    let piece = &text[m.span.clone()];
    let lead = piece.len() - piece.trim_start_matches(crate::article::is_space).len();
    let kept = piece.trim_matches(crate::article::is_space).len();
    if kept != piece.len() {
        m.span = m.span.start + lead..m.span.start + lead + kept;
        m.text = text[m.span.clone()].to_string();
    }
}

/// The sentence of a date, holding the whole date: a date written across a line break that
/// ends a sentence («الثمانينيات» / «من القرن الماضي»), or across the cut of an overlong
/// sentence, joins the sentences it touches.
fn sentence_holding(article: &Article, date: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let first = article.sentence_at(date.start);
    let last = article.sentence_at(date.end.saturating_sub(1).max(date.start));
    let start = first.as_ref().map_or(date.start, |s| s.start.min(date.start));
    let end = last.as_ref().or(first.as_ref()).map_or(date.end, |s| s.end.max(date.end));
    start..end
}
