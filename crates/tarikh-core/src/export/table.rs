//! The events as JSON (`{"format": "tarikh-events", "version": 1, …}`): what `tarikh extract
//! --json` prints and the JSON export writes. `docs/tarikh-events.schema.json` describes it,
//! and every export is checked against it in the tests.

use super::clean::excerpt_around;
use super::events::{Which, select, sentence_excerpt};
use crate::timeline::{ArticleId, Event, Timeline};
use serde_json::json;

/// The name in the document's `format` field.
pub const JSON_FORMAT: &str = "tarikh-events";
/// The document's `version`: raised when a field changes meaning or goes away (new fields
/// do not raise it).
pub const JSON_VERSION: u32 = 1;

/// The JSON document the scorer and other tools read.
pub fn to_json(t: &Timeline) -> serde_json::Value {
    let selected = select(t, Which::Exported);
    let offsets = CharOffsets::new(
        t,
        selected
            .events
            .iter()
            .flat_map(|e| {
                [e.date_span.start, e.date_span.end, e.sentence_span.start, e.sentence_span.end]
                    .map(|b| (e.article, b))
            })
            .chain(t.unplaced.iter().flat_map(|u| {
                [u.date_span.start, u.date_span.end, u.sentence_span.start, u.sentence_span.end]
                    .map(|b| (u.article, b))
            })),
    );
    let articles: Vec<_> = t
        .entries
        .iter()
        .map(|e| {
            let a = &e.article;
            json!({
                "file_name": a.file_name, "path": a.path.to_string_lossy(), "title": a.title,
                "dateline": e.dateline.as_ref().map(|d| d.date.to_string()),
                "dateline_source": e.dateline_source,
                "encoding": a.encoding, "warnings": a.warnings,
                // The text every offset counts in: the decoded file, or for HTML the text
                // extracted from it, which is nowhere else.
                "text": a.text,
            })
        })
        .collect();
    let events: Vec<_> = selected.events.iter().map(|e| event_json(t, e, &offsets)).collect();
    let unplaced: Vec<_> = t
        .unplaced
        .iter()
        .map(|u| {
            let a = &t.entries[u.article].article;
            let sentence = a.text.get(u.sentence_span.clone()).unwrap_or("");
            let from = u.sentence_span.start;
            json!({
                "file_name": a.file_name, "date_text": u.date_text,
                "date_span": [u.date_span.start, u.date_span.end],
                "sentence_span": [u.sentence_span.start, u.sentence_span.end],
                "date_span_chars": offsets.span(u.article, &u.date_span),
                "sentence_span_chars": offsets.span(u.article, &u.sentence_span),
                "sentence": excerpt_around(sentence, u.date_span.start.saturating_sub(from)..u.date_span.end.saturating_sub(from)),
                "flags": u.flags,
            })
        })
        .collect();
    let errors: Vec<_> = t
        .errors
        .iter()
        .map(|e| json!({"path": e.path.to_string_lossy(), "reason": e.reason.to_string()}))
        .collect();
    json!({
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "generator": concat!("tarikh ", env!("CARGO_PKG_VERSION")),
        "articles": articles,
        "events": events,
        "unresolved": unplaced,
        "errors": errors,
        "warnings": selected.warnings,
    })
}

fn event_json(t: &Timeline, e: &Event, offsets: &CharOffsets) -> serde_json::Value {
    json!({
        "id": e.id.to_string(),
        "file_name": t.article_of(e).file_name,
        "start": e.range.start.to_string(),
        "end": e.range.end.to_string(),
        "granularity": e.range.granularity,
        "date_text": e.date_text,
        "date_span": [e.date_span.start, e.date_span.end],
        "sentence_span": [e.sentence_span.start, e.sentence_span.end],
        "date_span_chars": offsets.span(e.article, &e.date_span),
        "sentence_span_chars": offsets.span(e.article, &e.sentence_span),
        "sentence": sentence_excerpt(t, e),
        "title": e.title,
        "headline": e.headline,
        "flags": e.flags,
        "category": e.category,
        "tags": e.tags,
        "note": e.note,
        "origin": e.origin.as_str(),
        "group": t.group_leader(e).map(|id| id.to_string()),
    })
}

/// Character (Unicode scalar value) offsets of byte offsets, worked out in one pass over
/// each article's text: counting from the start for every event would be quadratic in an
/// article with many dates.
struct CharOffsets {
    /// Per article: (byte offset, char offset), sorted by byte offset.
    per_article: Vec<Vec<(usize, usize)>>,
}

impl CharOffsets {
    fn new(t: &Timeline, wanted: impl Iterator<Item = (ArticleId, usize)>) -> Self {
        let mut per_article: Vec<Vec<(usize, usize)>> = vec![Vec::new(); t.entries.len()];
        for (a, byte) in wanted {
            if let Some(v) = per_article.get_mut(a) {
                v.push((byte, 0));
            }
        }
        for (v, entry) in per_article.iter_mut().zip(&t.entries) {
            v.sort_unstable();
            v.dedup();
            let text = entry.article.text.as_str();
            let (mut at, mut chars) = (0, 0);
            for (byte, char_offset) in v.iter_mut() {
                let mut b = (*byte).min(text.len());
                while !text.is_char_boundary(b) {
                    b -= 1;
                }
                if b > at {
                    chars += text[at..b].chars().count();
                    at = b;
                }
                *char_offset = chars;
            }
        }
        CharOffsets { per_article }
    }

    fn get(&self, article: ArticleId, byte: usize) -> usize {
        let v = &self.per_article[article];
        v.binary_search_by_key(&byte, |(b, _)| *b).map(|i| v[i].1).unwrap_or(0)
    }

    fn span(&self, article: ArticleId, span: &std::ops::Range<usize>) -> [usize; 2] {
        [self.get(article, span.start), self.get(article, span.end)]
    }
}
