//! `cargo run -p tarikh-core --release --example headlines -- PATHS...`: one JSON line per
//! event, in text order: the file, the date as written, the sentence (spaces collapsed) and the
//! headline. `scripts/headline-table` turns it into a table to judge the headlines by.

use serde_json::json;
use tarikh_core::timeline::Timeline;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let t = Timeline::load(&paths);
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    let mut events: Vec<_> = t.events.iter().collect();
    events.sort_by_key(|e| (t.article_of(e).file_name.clone(), e.date_span.start));
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in events {
        let sentence = t.sentence_of(e);
        // The sentence around the date (at most 400 characters each side), split at the date
        // for the table to mark it.
        let at = e.date_span.start.saturating_sub(e.sentence_span.start).min(sentence.len());
        let before: String = sentence.get(..at).unwrap_or("").chars().rev().take(400).collect();
        let before: String = before.chars().rev().collect();
        let after: String = sentence.get(at + e.date_text.len()..).unwrap_or("").chars().take(400).collect();
        let line = json!({
            "file_name": t.article_of(e).file_name,
            "start": e.range.start.to_string(),
            "end": e.range.end.to_string(),
            "date_text": e.date_text,
            "before": flat(&before),
            "after": flat(&after),
            "headline": e.headline,
        });
        println!("{line}");
    }
}
