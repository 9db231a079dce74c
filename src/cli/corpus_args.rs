//! The options of `tarikh extract` for corpora (one file of many articles: JSONL, CSV or
//! Parquet), flattened into the `extract` subcommand.

use clap::Args;
use std::path::{Path, PathBuf};
use tarikh_core::corpus::{ColumnNames, CorpusFormat};

#[derive(Debug, Clone, Default, Args)]
pub struct CorpusArgs {
    /// Read the inputs as corpora of this format (default: by extension, .jsonl/.ndjson, .csv,
    /// .parquet; `-` reads standard input).
    #[arg(long, value_name = "FORMAT", value_parser = ["jsonl", "csv", "parquet"])]
    pub input_format: Option<String>,
    /// The corpus column of the article's text (default: text, content, body, article…).
    #[arg(long, value_name = "NAME")]
    pub text_column: Option<String>,
    /// The column of the title (default: title, headline…).
    #[arg(long, value_name = "NAME")]
    pub title_column: Option<String>,
    /// The column of the publication date, YYYY-MM-DD with or without a time (default:
    /// published, date, published_at…). It places the row's relative dates.
    #[arg(long, value_name = "NAME")]
    pub published_column: Option<String>,
    /// The column of the URL (default: url, link).
    #[arg(long, value_name = "NAME")]
    pub url_column: Option<String>,
    /// The column of the source (default: source, site, outlet…).
    #[arg(long, value_name = "NAME")]
    pub source_column: Option<String>,
    /// The column of the article's id (default: id, article_id…; else the row number).
    #[arg(long, value_name = "NAME")]
    pub id_column: Option<String>,
    /// Where a corpus's events go (default: standard output, as JSONL); the format follows the
    /// extension (.jsonl, .csv, .parquet) unless --output-format says.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The format of a corpus's events.
    #[arg(long, value_name = "FORMAT", value_parser = ["jsonl", "csv", "parquet"])]
    pub output_format: Option<String>,
    /// Write each dated sentence's text with its first event (by default only its span).
    #[arg(long)]
    pub sentences: bool,
}

impl CorpusArgs {
    /// The format of each input when they are all corpora; `Ok(None)` when none is (files of
    /// articles); an error when they are mixed.
    pub fn input_formats(&self, paths: &[PathBuf]) -> Result<Option<Vec<CorpusFormat>>, String> {
        if let Some(f) = self.input_format.as_deref().and_then(CorpusFormat::from_name) {
            return Ok(Some(vec![f; paths.len()]));
        }
        let formats: Vec<Option<CorpusFormat>> = paths.iter().map(|p| CorpusFormat::of_path(p)).collect();
        if formats.iter().all(Option::is_none) {
            if self.output.is_some() || self.output_format.is_some() || self.sentences || self.names_given() {
                return Err("corpus options given but no corpus: name the corpus files (.jsonl, .csv, .parquet) or give --input-format".into());
            }
            return Ok(None);
        }
        match paths.iter().zip(&formats).find(|(_, f)| f.is_none()) {
            Some((p, _)) => Err(format!(
                "{}: not a corpus (.jsonl, .csv, .parquet); corpora and article files cannot be mixed in one run",
                p.display()
            )),
            None => Ok(Some(formats.into_iter().flatten().collect())),
        }
    }

    fn names_given(&self) -> bool {
        let n = self.names();
        n != ColumnNames::default()
    }

    pub fn names(&self) -> ColumnNames {
        ColumnNames {
            text: self.text_column.clone(),
            title: self.title_column.clone(),
            published: self.published_column.clone(),
            url: self.url_column.clone(),
            source: self.source_column.clone(),
            id: self.id_column.clone(),
        }
    }

    /// The output's format: --output-format, else the output's extension, else `fallback`
    /// (what --json / --csv ask for on standard output).
    pub fn output_format(&self, fallback: CorpusFormat) -> Result<CorpusFormat, String> {
        if let Some(f) = self.output_format.as_deref().and_then(CorpusFormat::from_name) {
            return Ok(f);
        }
        match &self.output {
            Some(p) => CorpusFormat::of_path(p).ok_or_else(|| {
                format!("{}: say the output's format with --output-format (jsonl, csv, parquet)", p.display())
            }),
            None => Ok(fallback),
        }
    }
}

/// Whether two paths name the same file (an output must not replace an input).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
