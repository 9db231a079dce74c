//! Which events a data export writes, and what it leaves out (with a warning the user sees).

use crate::dates::{DateRange, Granularity};
use crate::timeline::{Event, Timeline};
use chrono::Datelike;

/// Which of the timeline's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// Every event but those hidden as false positives (tables: JSON, CSV, xlsx).
    Exported,
    /// One per group, none hidden (calendars and TimelineJS, where a repeated event is noise).
    Drawn,
}

/// The events to write and the warnings about those left out.
pub struct Selected<'a> {
    pub events: Vec<&'a Event>,
    pub warnings: Vec<String>,
}

/// True when both ends lie in the years 0001–9999, the only ones iCalendar, spreadsheets and
/// ISO 8601 dates without an explicit sign can hold.
pub fn writable(r: &DateRange) -> bool {
    (1..=9999).contains(&r.start.year()) && (1..=9999).contains(&r.end.year())
}

/// The events of `t` an export writes: dates outside 0001–9999 are left out with a warning
/// (they come from damaged metadata, never from a real article).
pub fn select(t: &Timeline, which: Which) -> Selected<'_> {
    let all: Vec<&Event> = match which {
        Which::Exported => t.exported().collect(),
        Which::Drawn => t.drawn().collect(),
    };
    let (events, out): (Vec<&Event>, Vec<&Event>) = all.into_iter().partition(|e| writable(&e.range));
    let warnings = out
        .iter()
        .map(|e| {
            format!(
                "left out «{}» in {}: its date ({} – {}) is outside the years 1–9999",
                super::clean::cut(&e.date_text, 60),
                super::clean::one_line(&t.article_of(e).file_name),
                e.range.start,
                e.range.end
            )
        })
        .collect();
    Selected { events, warnings }
}

/// The sentence of an event as exports carry it: one line, at most
/// [`SENTENCE_CHARS`](super::clean::SENTENCE_CHARS) characters around the date.
pub fn sentence_excerpt(t: &Timeline, e: &Event) -> String {
    let sentence = t.sentence_of(e);
    let from = e.sentence_span.start;
    let date = e.date_span.start.saturating_sub(from)..e.date_span.end.saturating_sub(from);
    super::clean::excerpt_around(sentence, date)
}

/// True when the interval is a convention for a vague phrase rather than what the text says.
pub fn is_approximate(e: &Event) -> bool {
    e.flags.approximate || matches!(e.range.granularity, Granularity::PartOfMonth | Granularity::PartOfYear)
}
