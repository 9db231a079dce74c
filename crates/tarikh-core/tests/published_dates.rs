//! The article's date given beside its text: a `published.json`/`published.csv` sidecar in its
//! folder, one date for all (`Timeline::load_dated`, the CLI's `--dateline`), HTML metadata;
//! which wins, and where each article's date came from (`dateline_source`).

use chrono::NaiveDate;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use tarikh_core::article::DateSource;
use tarikh_core::export::to_json;
use tarikh_core::timeline::Timeline;

/// An article with a date of its own in the text and a relative «أمس».
const DATED: &str = "عنوان الخبر\nرام الله 3-4-2011 وفا- قال وزير المالية أمس إن العجز تراجع خلال الربع الأول من العام بفضل المنح الخارجية.\n";
/// An article with no date of its own.
const UNDATED: &str = "عنوان آخر\nقال وزير المالية أمس إن العجز تراجع بفضل المنح الخارجية.\n";

/// A fresh folder under the system temp dir, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(files: &[(&str, &str)]) -> Folder {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("tarikh-published-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            fs::write(dir.join(name), text).unwrap();
        }
        Folder(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// An article's file name, date, where that came from, and the day «أمس» was placed on.
type Row = (String, Option<NaiveDate>, Option<DateSource>, Option<NaiveDate>);

/// The rows of the articles, by file name.
fn dates(t: &Timeline) -> Vec<Row> {
    let mut rows: Vec<_> = t
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let yesterday =
                t.events.iter().find(|x| x.article == i && x.date_text == "أمس").map(|x| x.range.start);
            (e.article.file_name.clone(), e.dateline.as_ref().map(|x| x.date), e.dateline_source, yesterday)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows
}

#[test]
fn the_text_alone() {
    let f = Folder::new(&[("a.txt", DATED), ("b.txt", UNDATED)]);
    let t = Timeline::load(&[f.path().to_path_buf()]);
    assert_eq!(
        dates(&t),
        [
            ("a.txt".into(), Some(d("2011-04-03")), Some(DateSource::Text), Some(d("2011-04-02"))),
            ("b.txt".into(), None, None, None),
        ]
    );
}

#[test]
fn a_json_sidecar_wins_over_the_text() {
    let sidecar = r#"{"a.txt": "2011-05-10", "b.txt": "2011-06-01", "c.txt": null}"#;
    let other = "عنوان ثالث\nقال وزير الصحة أمس إن المستشفى الجديد سيفتتح قريبا.\n";
    let f =
        Folder::new(&[("a.txt", DATED), ("b.txt", UNDATED), ("c.txt", other), ("published.json", sidecar)]);
    let t = Timeline::load(&[f.path().to_path_buf()]);
    assert_eq!(
        dates(&t),
        [
            ("a.txt".into(), Some(d("2011-05-10")), Some(DateSource::Sidecar), Some(d("2011-05-09"))),
            ("b.txt".into(), Some(d("2011-06-01")), Some(DateSource::Sidecar), Some(d("2011-05-31"))),
            ("c.txt".into(), None, None, None),
        ]
    );
    // The text's own dateline is still not an event.
    assert!(!t.events.iter().any(|e| e.date_text == "3-4-2011"));
    // The JSON output says where each date came from.
    let json = to_json(&t);
    let sources: Vec<&str> =
        json["articles"].as_array().unwrap().iter().filter_map(|a| a["dateline_source"].as_str()).collect();
    assert_eq!(sources, ["sidecar", "sidecar"]);
}

#[test]
fn a_csv_sidecar() {
    let f = Folder::new(&[("b.txt", UNDATED), ("published.csv", "file,date\nb.txt,2011-06-01\n")]);
    let t = Timeline::load(&[f.path().to_path_buf()]);
    assert_eq!(
        dates(&t),
        [("b.txt".into(), Some(d("2011-06-01")), Some(DateSource::Sidecar), Some(d("2011-05-31")))]
    );
}

#[test]
fn one_date_for_all_wins_over_sidecars_and_the_text() {
    let f = Folder::new(&[
        ("a.txt", DATED),
        ("b.txt", UNDATED),
        ("published.json", r#"{"a.txt": "2011-05-10"}"#),
    ]);
    let t = Timeline::load_dated(&[f.path().to_path_buf()], Some(d("2011-07-20")));
    assert_eq!(
        dates(&t),
        [
            ("a.txt".into(), Some(d("2011-07-20")), Some(DateSource::Option), Some(d("2011-07-19"))),
            ("b.txt".into(), Some(d("2011-07-20")), Some(DateSource::Option), Some(d("2011-07-19"))),
        ]
    );
    assert_eq!(to_json(&t)["articles"][0]["dateline_source"], "option");
}

#[test]
fn html_metadata() {
    let page = "<html><head><meta property=\"article:published_time\" content=\"2011-08-02T10:00:00Z\"></head>\
                <body><p>قال وزير المالية أمس إن العجز تراجع.</p></body></html>";
    let f = Folder::new(&[("p.html", page)]);
    let t = Timeline::load(&[f.path().to_path_buf()]);
    assert_eq!(
        dates(&t),
        [("p.html".into(), Some(d("2011-08-02")), Some(DateSource::HtmlMeta), Some(d("2011-08-01")))]
    );
}
