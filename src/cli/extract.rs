//! `tarikh extract [--json | --csv] [--dateline YYYY-MM-DD] PATHS...`.

use crate::export::{to_json, write_csv};
use crate::timeline::Timeline;
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

pub fn run(paths: &[PathBuf], format: Format, dateline: Option<chrono::NaiveDate>) -> ExitCode {
    let t = Timeline::load_dated(paths, dateline);
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    if let Some(s) = crate::timeline::duplicates_summary(&t.duplicates) {
        eprintln!("note: {s} (the same text under another name)");
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
