//! `tarikh group EVENTS.jsonl`: the optional grouping pass over a corpus run's events —
//! mentions of one event in different articles — as JSON Lines, one group per line.

use std::io::{BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use tarikh_core::corpus::{CorpusEvents, thousands};

pub fn run(events: &Path) -> ExitCode {
    let started = std::time::Instant::now();
    let input: Box<dyn std::io::Read> = if events == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        match std::fs::File::open(events) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("error: {}: {e}", events.display());
                return ExitCode::from(1);
            }
        }
    };
    let c = match CorpusEvents::read(BufReader::with_capacity(1 << 20, input)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {}: {e}", events.display());
            return ExitCode::from(1);
        }
    };
    let groups = c.groups();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut grouped = 0;
    for (n, g) in groups.iter().enumerate() {
        grouped += g.len();
        let first = &c.mentions[g[0]];
        let line = serde_json::json!({
            "group": n + 1,
            "start": first.range.start.to_string(),
            "end": first.range.end.to_string(),
            "events": g.iter().map(|&i| c.mentions[i].id.as_str()).collect::<Vec<_>>(),
            "articles": g.iter().map(|&i| c.articles[c.mentions[i].article as usize].as_str()).collect::<Vec<_>>(),
        });
        if let Err(e) = writeln!(out, "{line}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: cannot write the groups: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("error: cannot write the groups: {e}");
        return ExitCode::from(1);
    }
    eprintln!(
        "{} group{} of {} events (of {} events in {} articles) in {:.1} s",
        thousands(groups.len() as u64),
        if groups.len() == 1 { "" } else { "s" },
        thousands(grouped as u64),
        thousands(c.mentions.len() as u64),
        thousands(c.articles.len() as u64),
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
