//! The command line: `tarikh extract`, `tarikh parse-date`, and the default (no subcommand).

mod autosave_drill;
mod corpus_args;
mod corpus_extract;
mod desktop;
mod export;
mod extract;
mod group;
mod parse_date;
mod seeds;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use tarikh_core::corpus::CorpusFormat;

pub use seeds::seeds_dir;

/// Tarikh (تاريخ): a timeline explorer for Arabic news.
#[derive(Debug, Parser)]
#[command(name = "tarikh", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles or folders to open (default: the bundled seed articles).
    pub paths: Vec<PathBuf>,
}

// Parsed once per run: the size of the largest variant (Windows paths are bigger) costs nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the articles and their dated events.
    Extract {
        /// JSON output: {"articles": [...], "events": [...], "unresolved": [...], "errors": [...]}.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV output (UTF-8 with BOM, one event per row).
        #[arg(long)]
        csv: bool,
        /// The publication date of every article: it places their relative dates, in place of a
        /// `published.json`/`published.csv` sidecar, a corpus's published column, HTML metadata or a
        /// date in the text.
        #[arg(long, value_name = "YYYY-MM-DD")]
        dateline: Option<chrono::NaiveDate>,
        /// Files and folders (folders are read recursively: .txt .md .html .htm), or corpora
        /// (.jsonl, .csv, .parquet: one article per row, events streamed out).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        corpus: corpus_args::CorpusArgs,
    },
    /// Write the timeline as pictures (PNG, SVG) and its events as data (JSON, CSV, xlsx,
    /// TimelineJS, iCalendar). Each file is written on its own: one that fails does not stop
    /// the others (exit status 1).
    Export {
        /// The timeline as a PNG image (the SVG drawing, rasterised with the bundled fonts).
        #[arg(long, value_name = "OUT.png")]
        png: Option<PathBuf>,
        /// The timeline as an SVG drawing.
        #[arg(long, value_name = "OUT.svg")]
        svg: Option<PathBuf>,
        /// SVG text as outlines of the bundled fonts: looks the same on a machine without
        /// Arabic fonts, but the text can no longer be selected.
        #[arg(long)]
        outlines: bool,
        /// Start of the time window drawn (default: all events).
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<chrono::NaiveDate>,
        /// End of the time window drawn.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<chrono::NaiveDate>,
        /// Image width in pixels (400 to 16000).
        #[arg(long, default_value_t = 1920)]
        width: u32,
        /// light or dark.
        #[arg(long, default_value = "light", value_parser = ["light", "dark"])]
        theme: String,
        /// Leave out the legend of articles.
        #[arg(long)]
        no_legend: bool,
        /// The events as JSON ("tarikh-events", see docs/tarikh-events.schema.json).
        #[arg(long, value_name = "OUT.json")]
        json: Option<PathBuf>,
        /// UTF-8 with BOM, for spreadsheets (README: opening it as UTF-8).
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,
        /// An Excel workbook: a right-to-left sheet with date cells.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// TimelineJS's JSON format.
        #[arg(long, value_name = "OUT.json")]
        timelinejs: Option<PathBuf>,
        /// A web page showing the events in TimelineJS, with the --language setting.
        #[arg(long, value_name = "OUT.html")]
        timelinejs_page: Option<PathBuf>,
        /// Where the TimelineJS page loads TimelineJS's css/ and js/ from.
        #[arg(long, value_name = "URL", default_value = crate::export::TIMELINEJS_ASSETS)]
        timelinejs_assets: String,
        /// iCalendar: every event as an all-day event or span, vague ones marked.
        #[arg(long, value_name = "OUT.ics")]
        ics: Option<PathBuf>,
        /// The language of the words the exports add (titles, marks, TimelineJS): ar or en.
        #[arg(long, default_value = "ar", value_parser = ["ar", "en"])]
        language: String,
        /// A Tarikh project: its articles with the user's edits, hand-made events and groups.
        #[arg(long, value_name = "FILE.tarikh")]
        project: Option<PathBuf>,
        /// Articles and folders (besides the project's, if one is given).
        #[arg(required_unless_present = "project")]
        paths: Vec<PathBuf>,
    },
    /// Group the events of a corpus run (`tarikh extract CORPUS` JSONL): mentions of one event
    /// in different articles, by date and key words; one group per line.
    Group {
        /// The events (JSONL; `-`: standard input).
        events: PathBuf,
    },
    /// Put the desktop entry and icons in the user's data folder (the application menu and
    /// "Open with Tarikh"); --uninstall removes them.
    InstallDesktop {
        #[arg(long)]
        uninstall: bool,
    },
    /// Print the interval one Arabic date phrase means; exit status 1 when it holds no date.
    ParseDate {
        /// The phrase, e.g. "التاسع من مايو 2025" or "الخميس الماضي".
        phrase: String,
        /// The reference day for relative phrases (YYYY-MM-DD).
        #[arg(long = "ref", value_name = "YYYY-MM-DD")]
        reference: Option<chrono::NaiveDate>,
        /// JSON output: {"start","end","granularity","date_text"}.
        #[arg(long)]
        json: bool,
    },
    /// Save a project over and over as the autosave does (for the kill test).
    #[command(hide = true)]
    AutosaveDrill {
        project: PathBuf,
        /// Edits in a new project.
        #[arg(long, default_value_t = 2000)]
        edits: usize,
        /// Stop after this many saves (0: never).
        #[arg(long, default_value_t = 0)]
        rounds: u64,
    },
}

/// Runs a subcommand. Returns `None` when there is none (the caller opens the app).
pub fn run(cli: &Cli) -> Option<ExitCode> {
    match &cli.command {
        Some(Command::Extract { json, csv, dateline, paths, corpus }) => {
            Some(match corpus.input_formats(paths) {
                Ok(Some(formats)) => {
                    let fallback = if *csv { CorpusFormat::Csv } else { CorpusFormat::Jsonl };
                    corpus_extract::run(paths, &formats, corpus, fallback, *dateline)
                }
                Ok(None) => extract::run(paths, extract::Format::pick(*json, *csv), *dateline),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            })
        }
        Some(Command::Export {
            png,
            svg,
            outlines,
            from,
            to,
            width,
            theme,
            no_legend,
            json,
            csv,
            xlsx,
            timelinejs,
            timelinejs_page,
            timelinejs_assets,
            ics,
            language,
            project,
            paths,
        }) => {
            use crate::export::Format;
            let picture = crate::export::PictureOptions {
                width: *width,
                from: *from,
                to: *to,
                theme: if theme == "dark" {
                    crate::export::PictureTheme::Dark
                } else {
                    crate::export::PictureTheme::Light
                },
                legend: !no_legend,
                ..Default::default()
            };
            let options = crate::export::ExportOptions {
                picture,
                outlines: *outlines,
                language: crate::export::Language::from_code(language).unwrap_or_default(),
                timelinejs_assets: timelinejs_assets.clone(),
                ..Default::default()
            };
            let files = [
                (Format::Png, png),
                (Format::Svg, svg),
                (Format::Json, json),
                (Format::Csv, csv),
                (Format::Xlsx, xlsx),
                (Format::TimelineJs, timelinejs),
                (Format::TimelineJsPage, timelinejs_page),
                (Format::Ics, ics),
            ]
            .into_iter()
            .filter_map(|(f, p)| Some((f, p.clone()?)))
            .collect();
            Some(export::run(paths, project, export::Outputs { files, options }))
        }
        Some(Command::Group { events }) => Some(group::run(events)),
        Some(Command::InstallDesktop { uninstall }) => Some(desktop::run(*uninstall)),
        Some(Command::ParseDate { phrase, reference, json }) => {
            Some(parse_date::run(phrase, *reference, *json))
        }
        Some(Command::AutosaveDrill { project, edits, rounds }) => {
            Some(autosave_drill::run(project, *edits, *rounds))
        }
        None => None,
    }
}
