//! One corpus row through the extractor: its events with byte and character offsets, the
//! category and key words of each dated sentence (worked out once per sentence), and nothing
//! of the text kept unless the sentences are asked for.

use super::char_offsets::CharOffsets;
use super::row::{CorpusRow, RowError};
use crate::article::{DateSource, load_bytes};
use crate::dates::normalize_str;
use crate::dates::{DateRange, Flags, Span};
use crate::timeline::category::suggest_category_of_normalised;
use crate::timeline::keywords::key_words_of_normalised;
use crate::timeline::{EventId, extract_events};
use chrono::NaiveDate;
use std::path::Path;

/// How rows are read into events.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// One publication date for every row (`--dateline`): it wins over the rows' own dates
    /// and over a date line in the text.
    pub dateline: Option<NaiveDate>,
    /// Keep each dated sentence's text (once per sentence, on its first event).
    pub with_sentences: bool,
}

/// The events of one article of a corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleEvents {
    pub row: u64,
    /// The article's id (the id column, else the row number).
    pub id: String,
    pub source: Option<String>,
    /// The day the article's relative dates were placed against: `--dateline`, else the row's
    /// publication date, else a date line found in the text.
    pub dateline: Option<NaiveDate>,
    /// In the order of the text.
    pub events: Vec<EventRecord>,
    /// Relative dates that could not be placed (no dateline).
    pub unplaced: usize,
    /// Bytes of text read.
    pub text_bytes: usize,
}

/// One event of an article. Offsets count in the article's text as Tarikh reads it: the
/// column's text (for HTML, the text of the page; a leading byte order mark removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub id: EventId,
    pub range: DateRange,
    pub date_text: String,
    pub date_span: Span,
    pub date_chars: [usize; 2],
    pub sentence_span: Span,
    pub sentence_chars: [usize; 2],
    /// The event's short title (the clause around the date).
    pub title: String,
    pub flags: Flags,
    /// The suggested category id (see [`crate::timeline::category`]).
    pub category: Option<&'static str>,
    /// On the first event of each sentence only: what the events of that sentence share.
    pub sentence: Option<SentenceRecord>,
}

/// What is said once per dated sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRecord {
    /// The sentence's text, when asked for ([`ExtractOptions::with_sentences`]).
    pub text: Option<String>,
    /// Its key words, for grouping across the corpus ([`crate::timeline::keywords`]).
    pub key_words: Vec<String>,
}

/// Extracts the events of one row. Fails only when the text is not text (binary data) or
/// is over the size limit of a file.
///
/// ```
/// use tarikh_core::corpus::{CorpusRow, ExtractOptions, extract_row};
/// let row = CorpusRow {
///     row: 1,
///     id: "a".into(),
///     text: "قال الوزير أمس إن الاتفاق وقع في 5 مارس 2025.".into(),
///     published: chrono::NaiveDate::from_ymd_opt(2025, 3, 10),
///     ..Default::default()
/// };
/// let a = extract_row(&row, &ExtractOptions::default()).unwrap();
/// let days: Vec<String> = a.events.iter().map(|e| e.range.start.to_string()).collect();
/// assert_eq!(days, ["2025-03-09", "2025-03-05"]);
/// ```
pub fn extract_row(row: &CorpusRow, options: &ExtractOptions) -> Result<ArticleEvents, RowError> {
    let mut article = load_bytes(Path::new(&row.id), row.text.as_bytes())
        .map_err(|e| RowError { row: row.row, reason: e.reason.to_string() })?;
    // `--dateline` wins over the row's column, as it wins over a sidecar for files; either is
    // given beside the text, so a date the text writes as its own dateline is not an event.
    (article.published, article.published_from) = match (options.dateline, row.published) {
        (Some(d), _) => (Some(d), Some(DateSource::Option)),
        (None, Some(d)) => (Some(d), Some(DateSource::Column)),
        (None, None) => (None, None),
    };
    let x = extract_events(&article, 0);
    let text = article.text.as_str();
    let offsets = CharOffsets::new(
        text,
        x.events
            .iter()
            .flat_map(|e| [e.date_span.start, e.date_span.end, e.sentence_span.start, e.sentence_span.end]),
    );
    let mut events = Vec::with_capacity(x.events.len());
    // Events of one sentence are next to each other (in text order): its category and key
    // words are worked out on its first event.
    let mut last: Option<(Span, Option<&'static str>)> = None;
    for e in x.events {
        let same = last.as_ref().filter(|(s, _)| *s == e.sentence_span);
        let (category, sentence) = match same {
            Some((_, c)) => (*c, None),
            None => {
                let s = text.get(e.sentence_span.clone()).unwrap_or("");
                // Normalised once for both.
                let normalised = normalize_str(s);
                let c = suggest_category_of_normalised(&normalised);
                last = Some((e.sentence_span.clone(), c));
                let record = SentenceRecord {
                    text: options.with_sentences.then(|| s.to_string()),
                    key_words: key_words_of_normalised(&normalised),
                };
                (c, Some(record))
            }
        };
        events.push(EventRecord {
            id: e.id,
            range: e.range,
            date_chars: offsets.span(&e.date_span),
            sentence_chars: offsets.span(&e.sentence_span),
            date_text: e.date_text,
            date_span: e.date_span,
            sentence_span: e.sentence_span,
            title: e.title,
            flags: e.flags,
            category,
            sentence,
        });
    }
    Ok(ArticleEvents {
        row: row.row,
        id: row.id.clone(),
        source: row.source.clone(),
        dateline: x.dateline.map(|d| d.date),
        events,
        unplaced: x.unplaced.len(),
        text_bytes: row.text.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, published: Option<(i32, u32, u32)>) -> CorpusRow {
        CorpusRow {
            row: 4,
            id: "x".into(),
            text: text.into(),
            published: published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            ..Default::default()
        }
    }

    #[test]
    fn the_rows_date_places_relative_dates_and_dateline_wins() {
        let r = row("وصل الوفد أمس إلى القاهرة.", Some((2024, 1, 10)));
        let a = extract_row(&r, &ExtractOptions::default()).unwrap();
        assert_eq!(a.events[0].range.start.to_string(), "2024-01-09");
        assert_eq!(a.dateline.unwrap().to_string(), "2024-01-10");
        let given = ExtractOptions { dateline: NaiveDate::from_ymd_opt(2020, 6, 1), ..Default::default() };
        let a = extract_row(&r, &given).unwrap();
        assert_eq!(a.events[0].range.start.to_string(), "2020-05-31");
        let a = extract_row(&row("وصل الوفد أمس إلى القاهرة.", None), &ExtractOptions::default()).unwrap();
        assert_eq!((a.events.len(), a.unplaced), (0, 1));
    }

    #[test]
    fn a_given_date_wins_over_the_date_line_in_the_text() {
        let text = "القاهرة في 3 مايو 2021\nوصل الوفد أمس.";
        let a = extract_row(&row(text, Some((2024, 1, 10))), &ExtractOptions::default()).unwrap();
        let days: Vec<String> = a.events.iter().map(|e| e.range.start.to_string()).collect();
        assert!(days.contains(&"2024-01-09".to_string()), "{days:?}");
    }

    #[test]
    fn sentence_facts_once_per_sentence_and_offsets_in_chars() {
        let text =
            "عقدت القمة في مينسك يوم 19 ديسمبر 2022 وانتهت في 20 ديسمبر 2022. وزار بوتين الصين في مايو 2024.";
        let a = extract_row(&row(text, None), &ExtractOptions { with_sentences: true, ..Default::default() })
            .unwrap();
        assert_eq!(a.events.len(), 3);
        let firsts: Vec<bool> = a.events.iter().map(|e| e.sentence.is_some()).collect();
        assert_eq!(firsts, [true, false, true]);
        assert_eq!(a.events[0].category, Some("summit"));
        assert_eq!(a.events[1].category, Some("summit"));
        assert_eq!(a.events[2].category, Some("visit"));
        let s = a.events[0].sentence.as_ref().unwrap();
        assert_eq!(s.text.as_deref(), Some(&text[a.events[0].sentence_span.clone()]));
        assert!(s.key_words.contains(&"مينسك".to_string()));
        for e in &a.events {
            let [c0, c1] = e.date_chars;
            let by_chars: String = text.chars().skip(c0).take(c1 - c0).collect();
            assert_eq!(by_chars, e.date_text);
            assert_eq!(&text[e.date_span.clone()], e.date_text);
        }
        let without = extract_row(&row(text, None), &ExtractOptions::default()).unwrap();
        assert_eq!(without.events[0].sentence.as_ref().unwrap().text, None);
    }

    #[test]
    fn binary_text_is_an_error_of_its_row() {
        let e = extract_row(&row("a\0\0\0b\0\0\0", None), &ExtractOptions::default()).unwrap_err();
        assert_eq!((e.row, e.reason.as_str()), (4, "not a text file (binary data)"));
    }
}
