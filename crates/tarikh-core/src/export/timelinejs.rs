//! TimelineJS's JSON format: `{"title", "events": [{"start_date": {"year","month","day"},
//! "end_date", "text": {"headline","text"}, "group"}]}`, one group per article.

use crate::dates::Granularity;
use crate::timeline::Timeline;
use chrono::Datelike;
use serde_json::{Value, json};

fn date(d: chrono::NaiveDate, g: Granularity, end: bool) -> Value {
    // TimelineJS draws a month or a year when the finer fields are left out.
    match g {
        Granularity::Year if !end => json!({"year": d.year().to_string()}),
        Granularity::Month if !end => json!({"year": d.year().to_string(), "month": d.month().to_string()}),
        _ => {
            json!({"year": d.year().to_string(), "month": d.month().to_string(), "day": d.day().to_string()})
        }
    }
}

/// The timeline as a TimelineJS document.
pub fn to_timelinejs(t: &Timeline) -> Value {
    let events: Vec<Value> = t
        .drawn()
        .map(|e| {
            let g = e.range.granularity;
            let mut v = json!({
                "start_date": date(e.range.start, g, false),
                "text": {
                    "headline": e.title,
                    "text": format!("«{}» — {}", e.date_text, t.sentence_of(e).split_whitespace().collect::<Vec<_>>().join(" ")),
                },
                "group": t.article_of(e).title,
                "unique_id": e.id.to_string(),
            });
            if e.range.end != e.range.start && !matches!(g, Granularity::Month | Granularity::Year) {
                v["end_date"] = date(e.range.end, g, true);
            }
            v
        })
        .collect();
    json!({"title": {"text": {"headline": "Tarikh — تاريخ", "text": format!("{} articles", t.entries.len())}}, "events": events})
}
