//! `tarikh extract [--json | --csv] PATHS...`.

use crate::timeline::{Event, Timeline};
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy)]
pub enum Format {
    Text,
    Json,
    Csv,
}

impl Format {
    pub fn pick(json: bool, csv: bool) -> Format {
        match (json, csv) {
            (true, _) => Format::Json,
            (_, true) => Format::Csv,
            _ => Format::Text,
        }
    }
}

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
    let t = Timeline::load(paths);
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    let written = match format {
        Format::Json => writeln!(out, "{}", to_json(&t)),
        Format::Csv => write_csv(&t, &mut out),
        Format::Text => write_text(&t, &mut out),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: cannot write output: {e}");
        return ExitCode::from(1);
    }
    if t.errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) }
}

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
                "encoding": a.encoding, "warnings": a.warnings,
            })
        })
        .collect();
    let events: Vec<_> = t.events.iter().map(|e| event_json(t, e)).collect();
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
    })
}

fn write_csv(t: &Timeline, out: &mut impl Write) -> std::io::Result<()> {
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
    ])?;
    for e in &t.events {
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
        ])?;
    }
    w.flush()
}

fn write_text(t: &Timeline, out: &mut impl Write) -> std::io::Result<()> {
    for (i, entry) in t.entries.iter().enumerate() {
        let a = &entry.article;
        let dateline = entry.dateline.as_ref().map(|d| format!(" — {}", d.date)).unwrap_or_default();
        writeln!(out, "# {} ({}){}", a.title, a.file_name, dateline)?;
        for w in &a.warnings {
            writeln!(out, "  warning: {w}")?;
        }
        for e in t.events.iter().filter(|e| e.article == i) {
            let when = if e.range.start == e.range.end {
                e.range.start.to_string()
            } else {
                format!("{} .. {}", e.range.start, e.range.end)
            };
            let flags = e.flags.names().join(" ");
            writeln!(
                out,
                "  {when:<24} «{}»  {}{}",
                e.date_text,
                e.title,
                if flags.is_empty() { String::new() } else { format!("  [{flags}]") }
            )?;
        }
        for u in t.unplaced.iter().filter(|u| u.article == i) {
            writeln!(out, "  {:<24} «{}»  (relative, no dateline)", "?", u.date_text)?;
        }
    }
    Ok(())
}
