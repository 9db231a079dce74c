//! The events as JSON and CSV: what `tarikh extract` prints and the exports write.

use crate::timeline::{Event, Timeline};
use serde_json::json;
use std::io::Write;

/// The JSON document the scorer and other tools read.
pub fn to_json(t: &Timeline) -> serde_json::Value {
    let articles: Vec<_> = t
        .entries
        .iter()
        .map(|e| {
            let a = &e.article;
            json!({
                "file_name": a.file_name, "path": a.path, "title": a.title,
                "dateline": e.dateline.as_ref().map(|d| d.date.to_string()),
                "dateline_source": e.dateline_source,
                "encoding": a.encoding, "warnings": a.warnings,
            })
        })
        .collect();
    let events: Vec<_> = t.exported().map(|e| event_json(t, e)).collect();
    let unplaced: Vec<_> = t
        .unplaced
        .iter()
        .map(|u| {
            let a = &t.entries[u.article].article;
            json!({
                "file_name": a.file_name, "date_text": u.date_text,
                "date_span": [u.date_span.start, u.date_span.end],
                "sentence_span": [u.sentence_span.start, u.sentence_span.end],
                "sentence": a.text[u.sentence_span.clone()], "flags": u.flags,
            })
        })
        .collect();
    let errors: Vec<_> = t.errors.iter().map(|e| json!({"path": e.path, "reason": e.reason})).collect();
    json!({"articles": articles, "events": events, "unresolved": unplaced, "errors": errors})
}

fn event_json(t: &Timeline, e: &Event) -> serde_json::Value {
    json!({
        "id": e.id.to_string(),
        "file_name": t.article_of(e).file_name,
        "start": e.range.start.to_string(),
        "end": e.range.end.to_string(),
        "granularity": e.range.granularity,
        "date_text": e.date_text,
        "date_span": [e.date_span.start, e.date_span.end],
        "sentence_span": [e.sentence_span.start, e.sentence_span.end],
        "sentence": t.sentence_of(e),
        "title": e.title,
        "flags": e.flags,
        "category": e.category,
        "tags": e.tags,
        "note": e.note,
        "origin": e.origin.as_str(),
        "group": t.group_leader(e).map(|id| id.to_string()),
    })
}

/// The events as CSV: UTF-8 with a byte order mark so spreadsheets keep the Arabic.
pub fn write_csv(t: &Timeline, out: &mut impl Write) -> std::io::Result<()> {
    out.write_all("\u{FEFF}".as_bytes())?; // spreadsheets read Arabic right with a BOM
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "file_name",
        "start",
        "end",
        "granularity",
        "date_text",
        "title",
        "sentence",
        "flags",
        "category",
        "tags",
        "note",
        "origin",
        "group",
    ])?;
    for e in t.exported() {
        let sentence = t.sentence_of(e).split_whitespace().collect::<Vec<_>>().join(" ");
        w.write_record([
            e.id.to_string().as_str(),
            &t.article_of(e).file_name,
            &e.range.start.to_string(),
            &e.range.end.to_string(),
            e.range.granularity.as_str(),
            &e.date_text,
            &e.title,
            &sentence,
            &e.flags.names().join(" "),
            e.category.as_deref().unwrap_or(""),
            &e.tags.join(", "),
            &e.note,
            e.origin.as_str(),
            &t.group_leader(e).map(|id| id.to_string()).unwrap_or_default(),
        ])?;
    }
    w.flush()
}
