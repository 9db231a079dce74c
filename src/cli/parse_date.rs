//! `tarikh parse-date "PHRASE" [--ref YYYY-MM-DD] [--json]`.

use crate::dates::parse_phrase;
use chrono::NaiveDate;
use std::process::ExitCode;

pub fn run(phrase: &str, reference: Option<NaiveDate>, json: bool) -> ExitCode {
    let Some(m) = parse_phrase(phrase, reference) else {
        eprintln!("no date in: {phrase}");
        return ExitCode::from(1);
    };
    let (start, end, granularity) = match m.range {
        Some(r) => (Some(r.start.to_string()), Some(r.end.to_string()), r.granularity.as_str()),
        None => (None, None, "unresolved"),
    };
    if json {
        let v = serde_json::json!({
            "start": start, "end": end, "granularity": granularity,
            "date_text": m.text, "flags": m.flags,
        });
        println!("{v}");
    } else {
        match (start, end) {
            (Some(s), Some(e)) => {
                println!("{s} .. {e}  {granularity}  «{}» {}", m.text, m.flags.names().join(" "))
            }
            _ => println!("unresolved (relative; give --ref)  «{}»", m.text),
        }
    }
    if m.range.is_some() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
