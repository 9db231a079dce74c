//! The events as a table, shared by the CSV and the xlsx exports: one row per event, text
//! cells on one line without control characters (a note keeps its lines), dates kept as dates.

use super::clean::{cut, one_line};
use super::events::sentence_excerpt;
use crate::timeline::{Event, Timeline};
use chrono::NaiveDate;

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text without control characters, on one line but for notes; each writer neutralises a
    /// text that
    /// [starts like a formula](super::clean::starts_like_a_formula) in its own way.
    Text(String),
    /// A day: a date cell in xlsx, `YYYY-MM-DD` in CSV.
    Date(NaiveDate),
}

/// A column: its header and its width in a spreadsheet (in characters).
pub struct Column {
    pub name: &'static str,
    pub width: f64,
}

/// The columns, in order (the CSV header the README documents).
pub const COLUMNS: [Column; 15] = [
    Column { name: "id", width: 18.0 },
    Column { name: "file_name", width: 24.0 },
    Column { name: "start", width: 12.0 },
    Column { name: "end", width: 12.0 },
    Column { name: "granularity", width: 13.0 },
    Column { name: "date_text", width: 24.0 },
    Column { name: "title", width: 50.0 },
    Column { name: "sentence", width: 80.0 },
    Column { name: "flags", width: 16.0 },
    Column { name: "category", width: 12.0 },
    Column { name: "tags", width: 16.0 },
    Column { name: "note", width: 30.0 },
    Column { name: "origin", width: 10.0 },
    Column { name: "group", width: 18.0 },
    Column { name: "headline", width: 40.0 },
];

/// Titles are short by construction; this bounds a damaged or hand-written one.
const TITLE_CHARS: usize = 300;

/// The row of one event.
pub fn row(t: &Timeline, e: &Event) -> [Cell; 15] {
    let text = |s: &str| Cell::Text(one_line(s));
    // A note keeps its lines; each line on its own is cleaned like any text.
    let lines =
        |s: &str| Cell::Text(s.lines().map(one_line).collect::<Vec<_>>().join("\n").trim().to_string());
    [
        text(&e.id.to_string()),
        text(&t.article_of(e).file_name),
        Cell::Date(e.range.start),
        Cell::Date(e.range.end),
        text(e.range.granularity.as_str()),
        text(&cut(&e.date_text, TITLE_CHARS)),
        text(&cut(&e.title, TITLE_CHARS)),
        text(&sentence_excerpt(t, e)),
        text(&e.flags.names().join(" ")),
        text(e.category.as_deref().unwrap_or("")),
        text(&e.tags.join(", ")),
        lines(&e.note),
        text(e.origin.as_str()),
        text(&t.group_leader(e).map(|id| id.to_string()).unwrap_or_default()),
        text(&cut(&e.headline, TITLE_CHARS)),
    ]
}
