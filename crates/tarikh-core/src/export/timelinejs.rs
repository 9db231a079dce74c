//! TimelineJS 3's JSON format, and an HTML page that shows it with the matching `language`.
//!
//! TimelineJS reads `headline` and `text` as HTML: every text is escaped and wrapped in an
//! element with `dir="rtl"`, which lays Arabic out right even in TimelineJS's English mode.
//! Dates carry only what the text gave (no day for «مايو 2022», no month for «نهاية 2024»),
//! and each slide shows the phrase as written (`display_date`), marked when it is vague.

use super::clean::{cut, one_line};
use super::events::{Which, is_approximate, select, sentence_excerpt};
use super::language::Language;
use crate::dates::{DateRange, Granularity};
use crate::timeline::{Event, Timeline};
use chrono::Datelike;
use serde_json::{Map, Value, json};

/// Longest group label (a lane name on TimelineJS's axis).
pub const GROUP_CHARS: usize = 40;

/// The CSS and JS of TimelineJS 3 as Knight Lab publishes them (the page's default).
pub const TIMELINEJS_ASSETS: &str = "https://cdn.knightlab.com/libs/timeline3/latest";

/// How to write the TimelineJS export.
#[derive(Debug, Clone, Default)]
pub struct TimelineJsOptions {
    /// The language of the title slide and of the words added to each slide.
    pub language: Language,
}

/// HTML text escaping (TimelineJS puts these strings into the page as HTML).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text as an HTML element that keeps its own direction.
fn rtl(tag: &str, text: &str) -> String {
    format!(r#"<{tag} dir="rtl">{}</{tag}>"#, html_escape(&one_line(text)))
}

/// Which date fields the text gave: a year alone, a month, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    Year,
    Month,
    Day,
}

fn precision(r: &DateRange) -> Precision {
    match r.granularity {
        Granularity::Day => Precision::Day,
        Granularity::Month | Granularity::PartOfMonth => Precision::Month,
        Granularity::Year
        | Granularity::PartOfYear
        | Granularity::Decade
        | Granularity::Century
        | Granularity::PartOfDecade
        | Granularity::PartOfCentury => Precision::Year,
        // «2025-2026», «من فبراير إلى آذار 2021», «من 6 إلى 8 ديسمبر»: as precise as its ends.
        Granularity::Range => {
            let whole_months = r.start.day() == 1 && r.end.succ_opt().is_none_or(|n| n.day() == 1);
            if whole_months && r.start.month() == 1 && r.end.month() == 12 {
                Precision::Year
            } else if whole_months {
                Precision::Month
            } else {
                Precision::Day
            }
        }
    }
}

fn date(d: chrono::NaiveDate, p: Precision) -> Value {
    let mut v = Map::new();
    v.insert("year".into(), json!(d.year().to_string()));
    if p != Precision::Year {
        v.insert("month".into(), json!(d.month().to_string()));
    }
    if p == Precision::Day {
        v.insert("day".into(), json!(d.day().to_string()));
    }
    Value::Object(v)
}

/// Short, distinct group labels: the article's title cut to [`GROUP_CHARS`], numbered when
/// two cut titles meet.
fn group_labels(t: &Timeline) -> Vec<String> {
    let mut labels: Vec<String> = Vec::with_capacity(t.entries.len());
    for entry in &t.entries {
        let a = &entry.article;
        let base = if a.title.trim().is_empty() {
            cut(&a.file_name, GROUP_CHARS)
        } else {
            cut(&a.title, GROUP_CHARS)
        };
        let mut label = base.clone();
        let mut n = 2;
        while labels.contains(&label) {
            label = format!("{base} ({n})");
            n += 1;
        }
        labels.push(label);
    }
    labels
}

/// The timeline as a TimelineJS document (one slide per drawn event, dated within
/// 0001–9999), and how many events it holds.
pub fn to_timelinejs(t: &Timeline, o: &TimelineJsOptions) -> (Value, usize) {
    let lang = o.language;
    let groups = group_labels(t);
    let events: Vec<Value> =
        select(t, Which::Drawn).events.iter().map(|e| slide(t, e, lang, &groups)).collect();
    let count = events.len();
    let title_tag = if lang == Language::Arabic { "p" } else { "span" };
    let title = json!({
        "text": {
            "headline": format!(r#"<span dir="{}">{}</span>"#, lang.direction(), lang.title()),
            "text": format!(
                r#"<{title_tag} dir="{}">{}</{title_tag}>"#,
                lang.direction(),
                html_escape(&lang.counts(count, t.entries.len()))
            ),
        }
    });
    (json!({"title": title, "events": events}), count)
}

fn slide(t: &Timeline, e: &Event, lang: Language, groups: &[String]) -> Value {
    let p = precision(&e.range);
    let approximate = is_approximate(e);
    let phrase = cut(&e.date_text, 120);
    let display = if approximate { format!("{phrase} ({})", lang.approximate()) } else { phrase.clone() };
    let mut body = vec![
        rtl("p", &format!("«{}» — {}", phrase, sentence_excerpt(t, e))),
        format!(
            r#"<p class="tarikh-interval" dir="{}">{}{}</p>"#,
            lang.direction(),
            html_escape(&lang.interval(&e.range)),
            if approximate { html_escape(&format!(" ({})", lang.approximate())) } else { String::new() }
        ),
        // In a first-strong isolate: TimelineJS's right-to-left style overrides `dir`, and
        // «004_1d6f….txt» must not read «1d6f….txt_004».
        format!(
            "<p class=\"tarikh-source\" dir=\"auto\">\u{2068}{}\u{2069}</p>",
            html_escape(&one_line(&t.article_of(e).file_name))
        ),
    ];
    if !e.note.trim().is_empty() {
        body.push(rtl("p", &e.note));
    }
    let mut v = json!({
        "start_date": date(e.range.start, p),
        "display_date": html_escape(&display),
        "text": {"headline": rtl("span", &cut(&e.title, 200)), "text": body.concat()},
        "group": html_escape(&groups[e.article]),
        "unique_id": format!("tarikh-{}", e.id),
    });
    let (start_key, end_key) = (date(e.range.start, p), date(e.range.end, p));
    if end_key != start_key {
        v["end_date"] = end_key;
    }
    v
}

/// A web page that shows the document in TimelineJS with the matching `language` setting
/// (right-to-left for Arabic). `assets` is where TimelineJS's `css/` and `js/` folders are:
/// [`TIMELINEJS_ASSETS`] or a local copy.
pub fn timelinejs_page(document: &Value, language: Language, assets: &str) -> String {
    // In a <script>, "</script>" or "<!--" inside a string would end it: no '<' at all.
    let data = document
        .to_string()
        .replace('<', "\\u003c")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    let assets = assets.trim_end_matches('/');
    // TimelineJS resolves its fonts against script_path with `new URL`: it must be absolute.
    let script_path = json!(format!("{assets}/js/")).to_string().replace('<', "\\u003c");
    let assets = html_escape(assets);
    let lang = language.code();
    let title = html_escape(language.title());
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="stylesheet" href="{assets}/css/timeline.css">
<script src="{assets}/js/timeline.js"></script>
<style>html, body {{ height: 100%; margin: 0; }} #timeline {{ height: 100%; }}</style>
</head>
<body>
<div id="timeline"></div>
<script>
var tarikhData = {data};
window.timeline = new TL.Timeline("timeline", tarikhData, {{
  language: "{lang}",
  script_path: new URL({script_path}, document.baseURI).href
}});
</script>
</body>
</html>
"#,
        dir = language.direction()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html_escape(r#"<img onerror="x"> & 'y'"#),
            "&lt;img onerror=&quot;x&quot;&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(rtl("span", "وكالة <AFP>\n في"), r#"<span dir="rtl">وكالة &lt;AFP&gt; في</span>"#);
    }

    #[test]
    fn the_page_cannot_be_closed_by_its_data() {
        let page =
            timelinejs_page(&json!({"title": "</script><script>alert(1)</script>"}), Language::Arabic, "x");
        assert_eq!(page.matches("</script>").count(), 2, "only the page's own: {page}");
        assert!(page.contains(r#"language: "ar""#));
    }
}
