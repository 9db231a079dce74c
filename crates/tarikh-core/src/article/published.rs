//! Publication dates given beside the text, as corpora and web archives keep them: one date for
//! every article (`tarikh extract --dateline 2012-07-26`), or a sidecar in a folder naming each
//! file's date, `published.json` (`{"a.txt": "2012-07-26"}`, `null` for unknown) or
//! `published.csv` (columns `file,date`). A date given this way wins over the one an HTML
//! page's metadata or the text itself states; the one for all wins over a sidecar's.

use super::Article;
use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The sidecar file names looked for in an article's folder.
pub const SIDECARS: [&str; 2] = ["published.json", "published.csv"];

/// A sidecar larger than this is not read (it is untrusted input).
const MAX_SIDECAR_BYTES: u64 = 16 * 1024 * 1024;

/// Where an article's date (its dateline) came from; in JSON `text`, `html-meta`, `sidecar`,
/// `column`, `option` or `user`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// Stated near the top of the text: «رام الله 2-5-2012 وفا-».
    Text,
    /// An HTML page's `article:published_time`, `<time datetime>` or JSON-LD `datePublished`.
    HtmlMeta,
    /// `published.json` or `published.csv` in the article's folder.
    Sidecar,
    /// A corpus row's publication date column.
    Column,
    /// One date given for every article (`--dateline`).
    Option,
    /// Set by the user on the article in the app.
    User,
}

/// Gives the articles the dates given beside them: `for_all` if set, else their folder's
/// sidecar's.
pub fn give_dates(articles: &mut [Article], for_all: Option<NaiveDate>) {
    let sidecars = Sidecars::default();
    for a in articles.iter_mut() {
        match for_all {
            Some(date) => {
                a.published = Some(date);
                a.published_from = Some(DateSource::Option);
            }
            None => sidecars.give_date(a),
        }
    }
}

/// The sidecars of the folders met so far, each read once; loading threads may share it (the
/// app loads file by file).
#[derive(Debug, Default)]
pub struct Sidecars(Mutex<HashMap<PathBuf, Arc<HashMap<String, NaiveDate>>>>);

impl Sidecars {
    /// Gives `article` the date its folder's sidecar names for it, if any.
    pub fn give_date(&self, article: &mut Article) {
        let folder = article.path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
        let dates = {
            let mut known = self.0.lock().unwrap_or_else(|e| e.into_inner());
            known.entry(folder).or_insert_with_key(|f| Arc::new(read_sidecar(f))).clone()
        };
        if let Some(date) = dates.get(&article.file_name) {
            article.published = Some(*date);
            article.published_from = Some(DateSource::Sidecar);
        }
    }
}

/// The dates a folder's sidecar gives, by file name (none if it has no readable sidecar).
pub fn read_sidecar(folder: &Path) -> HashMap<String, NaiveDate> {
    for name in SIDECARS {
        let path = folder.join(name);
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if !meta.is_file() || meta.len() > MAX_SIDECAR_BYTES {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        return if name.ends_with(".json") { from_json(&text) } else { from_csv(&text) };
    }
    HashMap::default()
}

/// `{"a.txt": "2012-07-26", "b.txt": null}`.
fn from_json(text: &str) -> HashMap<String, NaiveDate> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text) else {
        return HashMap::default();
    };
    map.iter().filter_map(|(file, date)| Some((file.clone(), day(date.as_str()?)?))).collect()
}

/// `file,date` rows, with or without that header.
fn from_csv(text: &str) -> HashMap<String, NaiveDate> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|row| Some((row.get(0)?.trim().to_string(), day(row.get(1)?)?)))
        .collect()
}

/// A day written ISO-style, maybe with a time after it: «2012-07-26», «2012-07-26T10:00:00Z».
fn day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn sidecar_formats() {
        let json = from_json(
            r#"{"a.txt": "2012-07-26", "b.txt": null, "c.txt": "2012-07-27T08:00:00+03:00", "d.txt": "soon"}"#,
        );
        assert_eq!(json.get("a.txt"), Some(&d(2012, 7, 26)));
        assert_eq!(json.get("c.txt"), Some(&d(2012, 7, 27)));
        assert_eq!(json.len(), 2);
        let csv = from_csv("file,date\na.txt,2012-07-26\n\"b, c.txt\",2012-07-25\nd.txt,\n");
        assert_eq!(csv.get("a.txt"), Some(&d(2012, 7, 26)));
        assert_eq!(csv.get("b, c.txt"), Some(&d(2012, 7, 25)));
        assert_eq!(csv.len(), 2, "the header and the row without a date give nothing");
        assert!(from_json("[1, 2]").is_empty());
    }
}
