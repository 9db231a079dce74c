//! `tarikh extract CORPUS…`: a corpus's events streamed out as JSONL, CSV or Parquet, with
//! progress on stderr when it is a terminal and a summary line at the end.

use super::corpus_args::{CorpusArgs, same_file};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tarikh_core::corpus::{
    self, BatchLimits, CorpusFormat, CsvSink, EventSink, ExtractOptions, JsonlSink, ParquetSink, Summary,
    thousands,
};

/// Runs the corpora in `paths` (their formats in `formats`) into one output. Exit status: 0,
/// 2 when some rows were bad (they are named on stderr), 1 when a corpus or the output failed.
pub fn run(
    paths: &[PathBuf],
    formats: &[CorpusFormat],
    args: &CorpusArgs,
    fallback: CorpusFormat,
    dateline: Option<chrono::NaiveDate>,
) -> ExitCode {
    let format = match args.output_format(fallback) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    if let Some(out) = &args.output
        && let Some(p) = paths.iter().find(|p| same_file(p, out))
    {
        return fail(&format!("{}: the output would overwrite an input", p.display()));
    }
    if format == CorpusFormat::Parquet && args.output.is_none() && std::io::stdout().is_terminal() {
        return fail("Parquet is binary: write it to a file with --output FILE.parquet");
    }
    let out: Box<dyn Write + Send> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&format!("{}: cannot write it: {e}", p.display())),
        },
        None => Box::new(std::io::stdout()),
    };
    let out = BufWriter::with_capacity(1 << 20, out);
    let mut sink: Box<dyn EventSink> = match format {
        CorpusFormat::Jsonl => Box::new(JsonlSink::new(out)),
        CorpusFormat::Csv => Box::new(CsvSink::new(out)),
        CorpusFormat::Parquet => match ParquetSink::new(out) {
            Ok(s) => Box::new(s),
            Err(e) => return fail(&format!("cannot start the Parquet output: {e}")),
        },
    };
    let options = ExtractOptions { dateline, with_sentences: args.sentences };
    let bar = progress_bar();
    let mut total = Summary::default();
    let mut failed = false;
    let names = args.names();
    // Beside the events: which corpus each came from, for the app to read their texts back.
    let mut origin = corpus::ExtractionOrigin::default();
    for (path, &input) in paths.iter().zip(formats) {
        let rows = match corpus::open(path, input, &names) {
            Ok(rows) => rows,
            Err(e) => {
                bar.suspend(|| eprintln!("error: {e}"));
                failed = true;
                continue;
            }
        };
        let before = total;
        let shown = path.display().to_string();
        let result = corpus::run(
            rows,
            &mut SinkRef(sink.as_mut()),
            &options,
            BatchLimits::default(),
            &mut |bad| bar.suspend(|| eprintln!("error: {shown}: {bad}")),
            &mut |s| {
                bar.set_position(before.rows + s.rows);
                bar.set_message(format!(
                    "{} events, {:.1} MB/s",
                    thousands(before.events + s.events),
                    s.mb_per_s()
                ));
            },
        );
        match result {
            Ok(s) => {
                let at = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
                origin.corpora.push(corpus::CorpusOrigin::new(at, input, names.clone(), s.events));
                total = add(total, s)
            }
            Err(e) => {
                bar.abandon();
                return fail(&format!("cannot write the events: {e}"));
            }
        }
    }
    if let Err(e) = sink.finish() {
        bar.abandon();
        return fail(&format!("cannot write the events: {e}"));
    }
    bar.finish_and_clear();
    if let Some(out) = &args.output
        && let Err(e) = origin.write(out)
    {
        eprintln!("warning: {e}");
    }
    eprintln!("{total}");
    if failed {
        ExitCode::from(1)
    } else if total.bad_rows > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// One sink for several corpora: `corpus::run` closes nothing; the sink is finished once.
struct SinkRef<'a>(&'a mut dyn EventSink);

impl EventSink for SinkRef<'_> {
    fn write(&mut self, a: &corpus::ArticleEvents) -> std::io::Result<()> {
        self.0.write(a)
    }
    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn add(a: Summary, b: Summary) -> Summary {
    Summary {
        rows: a.rows + b.rows,
        articles: a.articles + b.articles,
        bad_rows: a.bad_rows + b.bad_rows,
        events: a.events + b.events,
        unplaced: a.unplaced + b.unplaced,
        text_bytes: a.text_bytes + b.text_bytes,
        elapsed: a.elapsed + b.elapsed,
    }
}

/// Rows done, events and speed on stderr, drawn only when stderr is a terminal.
fn progress_bar() -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(None, target);
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {human_pos} rows, {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(1)
}
