//! Reading articles from disk: encodings, HTML, titles and sentence spans.
//!
//! [`load_paths`] expands folders, reads files in parallel and returns one [`Article`] per
//! readable text file and one [`LoadError`] per file that could not be read. This module
//! knows nothing of dates in the text or of any UI.

mod decode;
mod html;
mod html_depth;
mod paths;
mod published;
mod reason;
mod sentences;
mod source;
pub mod stored_path;

pub use crate::dates::Span;
pub use paths::{TEXT_EXTENSIONS, expand_paths};
pub use published::{DateSource, SIDECARS, Sidecars, give_dates, read_sidecar};
pub use reason::Reason;
pub(crate) use sentences::is_space;
pub use sentences::{LONG_LINE, MAX_SENTENCE_CHARS, sentences};
pub use source::{headline_title, outlet};

use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused (checked before reading).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// One loaded file: its text and what we know about it.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as given or as found while walking a folder.
    pub path: PathBuf,
    /// The file's name, e.g. `001_40ed42c7b675d2dc.txt`.
    pub file_name: String,
    /// The decoded text; for HTML, the text of the body.
    pub text: String,
    /// HTML `<title>` (else first `<h1>`), else the first non-empty line, else the file name.
    pub title: String,
    /// The encoding_rs name of the file's encoding: "UTF-8", "UTF-16LE", "windows-1256"…
    pub encoding: &'static str,
    /// Problems that did not stop loading, e.g. replaced invalid bytes.
    pub warnings: Vec<String>,
    /// Sentence byte spans into `text`: in order, non-overlapping, trimmed, non-empty.
    pub sentences: Vec<Span>,
    /// Publication date given beside the text: HTML metadata, a sidecar, or one date for all
    /// ([`give_dates`]); `None` when only the text can tell.
    pub published: Option<NaiveDate>,
    /// Where `published` came from.
    pub published_from: Option<DateSource>,
    /// `xxh3_64` of `text`, to recognise the same article under another name.
    pub content_hash: u64,
}

impl Article {
    /// The sentence containing byte offset `byte` of `text`, if any (offsets between
    /// sentences, in whitespace, belong to none).
    pub fn sentence_at(&self, byte: usize) -> Option<Span> {
        let i = self.sentences.partition_point(|s| s.end <= byte);
        self.sentences.get(i).filter(|s| s.start <= byte).cloned()
    }
}

/// A file that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The file (or folder) concerned.
    pub path: PathBuf,
    /// Why: "no such file or folder", "not a text file (binary data)"…
    pub reason: Reason,
}

impl LoadError {
    /// An error about `path`.
    pub fn new(path: &Path, reason: impl Into<Reason>) -> Self {
        LoadError { path: path.to_path_buf(), reason: reason.into() }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for LoadError {}

/// Reads and decodes one file. Refuses folders, FIFOs and devices, files over
/// [`MAX_FILE_BYTES`] (before reading them) and binary data.
pub fn load_file(path: &Path) -> Result<Article, LoadError> {
    let bytes = read_regular_file(path, MAX_FILE_BYTES).map_err(|r| LoadError::new(path, r))?;
    load_owned(path, bytes)
}

/// The bytes of a regular file of at most `max` bytes; otherwise why not. A FIFO, a socket or a device (`/dev/zero`) is never opened: reading one blocks or
/// never ends. The size is checked before reading and again while reading (the file may grow).
pub fn read_regular_file(path: &Path, max: u64) -> Result<Vec<u8>, Reason> {
    let meta = std::fs::metadata(path).map_err(|e| Reason::of_io(&e))?;
    if meta.is_dir() {
        return Err(Reason::Folder);
    }
    if !meta.is_file() {
        return Err(Reason::NotRegularFile);
    }
    Reason::check_size(meta.len(), max)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    File::open(path).and_then(|f| f.take(max + 1).read_to_end(&mut bytes)).map_err(|e| Reason::of_io(&e))?;
    Reason::check_size(bytes.len() as u64, max)?;
    Ok(bytes)
}

/// Builds an article from bytes already in memory (no file system access). HTML is
/// recognised by a `.html`/`.htm` extension or by the document's start.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Article, LoadError> {
    Reason::check_size(bytes.len() as u64, MAX_FILE_BYTES).map_err(|r| LoadError::new(path, r))?;
    load_owned(path, bytes.to_vec())
}

/// Expands `paths` (see [`expand_paths`]), then loads the files in parallel. Articles come
/// in the expanded order; a file reached twice (same canonical path) is loaded once.
/// Errors: those of the expansion first, then those of loading, in order. Each article gets the
/// date its folder's sidecar gives it ([`give_dates`]).
pub fn load_paths(paths: &[PathBuf]) -> (Vec<Article>, Vec<LoadError>) {
    load_paths_dated(paths, None)
}

/// [`load_paths`], with one publication date for every article (`Some`), which wins over
/// sidecars, HTML metadata and the text.
pub fn load_paths_dated(paths: &[PathBuf], for_all: Option<NaiveDate>) -> (Vec<Article>, Vec<LoadError>) {
    let (mut articles, errors) = read_paths(paths);
    give_dates(&mut articles, for_all);
    (articles, errors)
}

fn read_paths(paths: &[PathBuf]) -> (Vec<Article>, Vec<LoadError>) {
    let (files, mut errors) = expand_paths(paths);
    let mut seen = HashSet::new();
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())))
        .collect();
    let results: Vec<Result<Article, LoadError>> = files.par_iter().map(|p| load_file(p)).collect();
    let mut articles = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(article) => articles.push(article),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

fn load_owned(path: &Path, bytes: Vec<u8>) -> Result<Article, LoadError> {
    let html_by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let html_hint = html_by_name || html::sniff_bytes(&bytes);
    let decoded = decode::decode(bytes, html_hint).map_err(|r| LoadError::new(path, r))?;
    let file_name =
        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());

    let (text, title, published) = if html_hint || html::sniff(&decoded.text) {
        let page = html::extract(&decoded.text);
        (page.text, page.title, page.published)
    } else {
        (decoded.text, None, None)
    };
    let title = title.or_else(|| first_line_title(&text)).unwrap_or_else(|| file_name.clone());
    Ok(Article {
        path: path.to_path_buf(),
        file_name,
        sentences: sentences(&text),
        content_hash: xxhash_rust::xxh3::xxh3_64(text.as_bytes()),
        text,
        title,
        encoding: decoded.encoding,
        warnings: decoded.warnings,
        published,
        published_from: published.map(|_| DateSource::HtmlMeta),
    })
}

/// The first non-empty line, trimmed, without markdown heading marks.
fn first_line_title(text: &str) -> Option<String> {
    text.lines()
        .map(|l| {
            l.trim_matches(sentences::is_space).trim_start_matches('#').trim_matches(sentences::is_space)
        })
        .find(|l| !l.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(name: &str, text: &str) -> Article {
        load_bytes(Path::new(name), text.as_bytes()).unwrap()
    }

    #[test]
    fn titles() {
        assert_eq!(article("a.md", "\n  ## تقرير خاص ##\nنص").title, "تقرير خاص ##");
        assert_eq!(article("a.txt", "\u{FEFF}\n\n  عنوان الخبر  \nنص.").title, "عنوان الخبر");
        assert_eq!(article("dir/empty.txt", "").title, "empty.txt");
        assert_eq!(article("a.txt", " \n\t\n").title, "a.txt");
        let page = article("p.html", "<html><head><title>عنوان</title></head><body><p>نص</p></body></html>");
        assert_eq!(page.title, "عنوان");
        let untitled = article("p.htm", "<body><p>أول سطر</p><p>ثان</p></body>");
        assert_eq!(untitled.title, "أول سطر");
    }

    #[test]
    fn empty_file() {
        let a = article("empty.txt", "");
        assert_eq!((a.text.as_str(), a.encoding), ("", "UTF-8"));
        assert!(a.sentences.is_empty() && a.warnings.is_empty() && a.published.is_none());
        assert_eq!(a.sentence_at(0), None);
    }

    #[test]
    fn html_is_sniffed_without_extension() {
        let a = article("page.txt", "  <!doctype html><title>ع</title><p>نص &amp; آخر</p>");
        assert_eq!(a.text, "نص & آخر");
        assert_eq!(a.title, "ع");
    }

    #[test]
    fn sentence_at_finds_the_enclosing_span() {
        let a = article("a.txt", "جملة أولى. جملة ثانية.");
        assert_eq!(a.sentences.len(), 2);
        let second = a.text.find("ثانية").unwrap();
        assert_eq!(a.sentence_at(second), Some(a.sentences[1].clone()));
        assert_eq!(a.sentence_at(0), Some(a.sentences[0].clone()));
        // The space between the two sentences.
        assert_eq!(a.sentence_at(a.sentences[0].end), None);
        assert_eq!(a.sentence_at(a.text.len()), None);
    }

    #[test]
    fn content_hash_depends_on_text_only() {
        let a = article("a.txt", "نص واحد");
        let b = article("b/c.md", "نص واحد");
        assert_eq!(a.content_hash, b.content_hash);
        assert_ne!(a.content_hash, article("a.txt", "نص آخر").content_hash);
    }

    #[test]
    fn load_error_display() {
        let e = LoadError::new(Path::new("x/y.txt"), "no such file or folder");
        assert_eq!(e.to_string(), "x/y.txt: no such file or folder");
    }
}
