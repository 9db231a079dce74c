//! Where the events of a corpus go, article by article, in the corpus's order.

use super::article_events::ArticleEvents;
use std::io;

/// A writer of events (JSONL, CSV, Parquet). Called in the corpus's order, from one thread.
pub trait EventSink: Send {
    /// Writes the events of one article (none, for an article without dates).
    fn write(&mut self, article: &ArticleEvents) -> io::Result<()>;
    /// Flushes what is buffered and closes the output's structure (Parquet's footer).
    fn finish(&mut self) -> io::Result<()>;
}

/// Collects the articles in memory (tests, and the Python package's batch call).
#[derive(Debug, Default)]
pub struct CollectSink {
    pub articles: Vec<ArticleEvents>,
}

impl EventSink for CollectSink {
    fn write(&mut self, article: &ArticleEvents) -> io::Result<()> {
        self.articles.push(article.clone());
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}
