//! The texts of an extraction's articles, read from their corpus when one is shown: a worker
//! thread keeps one [`RowTexts`] per corpus (its offsets found on the first row asked), the UI
//! sends it rows and polls for the articles.

use super::i18n::tr;
use super::text;
use crate::article::Article;
use crate::corpus::{ArticleAt, ColumnNames, CorpusFormat, ExtractionOrigin, RowTexts};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// A row to read: the article's path in the timeline, and where its text is.
struct Ask {
    article: PathBuf,
    corpus: PathBuf,
    format: CorpusFormat,
    names: ColumnNames,
    row: u64,
}

/// A text read (or why not), for the article of that path.
pub struct Answer {
    pub article: PathBuf,
    pub result: Result<Article, String>,
}

/// The worker and what it is doing.
pub struct CorpusTexts {
    tx: Sender<Ask>,
    rx: Receiver<Answer>,
    /// Bytes of the corpus read while its offsets are found, and the corpus's size.
    pub indexed: Arc<AtomicU64>,
    pub size: Arc<AtomicU64>,
    /// Articles asked for and not answered yet.
    pub pending: HashSet<PathBuf>,
    /// Articles whose text could not be read (not asked again).
    pub failed: HashSet<PathBuf>,
}

impl CorpusTexts {
    /// Starts the worker; `wake` is called when an answer is ready.
    pub fn start(wake: impl Fn() + Send + 'static) -> CorpusTexts {
        let (tx, asks) = channel::<Ask>();
        let (answers, rx) = channel();
        let indexed = Arc::new(AtomicU64::new(0));
        let size = Arc::new(AtomicU64::new(0));
        let (i, s) = (indexed.clone(), size.clone());
        std::thread::spawn(move || {
            let mut corpora: HashMap<PathBuf, RowTexts> = HashMap::new();
            for ask in asks {
                let texts = corpora
                    .entry(ask.corpus.clone())
                    .or_insert_with(|| RowTexts::new(ask.corpus.clone(), ask.format, ask.names.clone()));
                if !texts.is_indexed() {
                    i.store(0, Ordering::Relaxed);
                    s.store(std::fs::metadata(&ask.corpus).map(|m| m.len()).unwrap_or(0), Ordering::Relaxed);
                }
                let result = texts.article(ask.row, &i);
                if answers.send(Answer { article: ask.article, result }).is_err() {
                    return;
                }
                wake();
            }
        });
        CorpusTexts { tx, rx, indexed, size, pending: HashSet::new(), failed: HashSet::new() }
    }

    /// Asks for the text of the article at `article` (an extraction's path), row `at` of the
    /// corpus `origin` names. An error when the corpus is not known or not there: the user
    /// then points at it.
    pub fn ask(
        &mut self,
        article: &Path,
        at: ArticleAt,
        origin: Option<&ExtractionOrigin>,
    ) -> Result<(), String> {
        if self.pending.contains(article) || self.failed.contains(article) {
            return Ok(());
        }
        let corpus =
            origin.and_then(|o| o.corpora.get(at.corpus)).ok_or_else(|| tr!("extraction-no-sidecar"))?;
        if !corpus.path.is_file() {
            return Err(tr!("extraction-corpus-gone", path = text::path_text(&corpus.path)));
        }
        let format = corpus.corpus_format().ok_or_else(|| {
            tr!(
                "extraction-unknown-format",
                path = text::path_text(&corpus.path),
                format = corpus.format.clone()
            )
        })?;
        let ask = Ask {
            article: article.to_path_buf(),
            corpus: corpus.path.clone(),
            format,
            names: corpus.columns.clone(),
            row: at.row,
        };
        self.tx.send(ask).map_err(|_| tr!("extraction-reader-stopped"))?;
        self.pending.insert(article.to_path_buf());
        Ok(())
    }

    /// The answers ready.
    pub fn poll(&mut self) -> Vec<Answer> {
        let answers: Vec<Answer> = self.rx.try_iter().collect();
        for a in &answers {
            self.pending.remove(&a.article);
            if a.result.is_err() {
                self.failed.insert(a.article.clone());
            }
        }
        answers
    }

    /// Fraction of the corpus indexed so far (while a first row is read).
    pub fn progress(&self) -> f32 {
        let size = self.size.load(Ordering::Relaxed);
        if size == 0 { 0.0 } else { self.indexed.load(Ordering::Relaxed) as f32 / size as f32 }
    }
}
