//! Reading back the events file of `tarikh extract … -o EVENTS.{jsonl,csv,parquet}`, streamed: a quick
//! survey (how many events, which days, which sources) to decide whether a filter is needed,
//! then the events within a window (dates, source, words), grouped by article, at most a given
//! number of them. A line that cannot be read is reported with its number; reading goes on.
//!
//! ```no_run
//! use tarikh_core::corpus::{EventWindow, read_events};
//! use std::sync::atomic::AtomicU64;
//! let window = EventWindow { words: vec!["مينسك".into()], ..Default::default() };
//! let read = read_events(std::path::Path::new("events.jsonl"), &window, 200_000, &AtomicU64::new(0))?;
//! println!("{} articles, {} events", read.articles.len(), read.kept);
//! # Ok::<(), String>(())
//! ```

use super::CorpusFormat;
use super::event_rows::{Line, each_line, each_row, format_of};
use super::extraction_origin::ExtractionOrigin;
use crate::dates::{DateRange, Flags, Span, normalize_str};
use crate::timeline::EventId;
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;

/// Bad lines kept to be shown (the others are only counted).
const BAD_LINES_KEPT: usize = 100;
/// Sources counted by the survey: beyond, new names are not counted (memory stays bounded).
const SOURCES_COUNTED: usize = 10_000;

/// Where an article's text is: the corpus (its index in [`ExtractionOrigin::corpora`]) and
/// its row there, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, Deserialize)]
pub struct ArticleAt {
    pub corpus: usize,
    pub row: u64,
}

/// One event as written by the batch run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedEvent {
    pub id: EventId,
    pub range: DateRange,
    /// «5 مارس 2025».
    pub date_text: String,
    /// Bytes of the article's text, as Tarikh reads it.
    pub date_span: Span,
    pub sentence_span: Span,
    pub title: String,
    pub flags: Flags,
    pub category: Option<String>,
    /// The sentence, when the run kept it (`--sentences`; on a sentence's first event).
    pub sentence: Option<String>,
}

/// The events of one article of the corpus, in the order of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedArticle {
    pub at: ArticleAt,
    /// The article's id in the corpus (the id column, else its row number).
    pub article: String,
    pub source: Option<String>,
    pub dateline: Option<NaiveDate>,
    pub events: Vec<ExtractedEvent>,
}

/// Which events to keep. Empty: all. Saved in a project with the extraction it was asked of.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(default)]
pub struct EventWindow {
    /// Events ending before this day are left out.
    pub from: Option<NaiveDate>,
    /// Events starting after this day are left out.
    pub to: Option<NaiveDate>,
    /// Only this source (as written in the file).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Every word in the title, the date or the sentence (Arabic letters folded: «أمس» finds
    /// «امس»).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

impl EventWindow {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == EventWindow::default()
    }

    fn keeps(&self, e: &ExtractedEvent, source: Option<&str>, words: &[String]) -> bool {
        if self.from.is_some_and(|d| e.range.end < d) || self.to.is_some_and(|d| e.range.start > d) {
            return false;
        }
        if let Some(s) = &self.source
            && source != Some(s.as_str())
        {
            return false;
        }
        if words.is_empty() {
            return true;
        }
        let text =
            normalize_str(&format!("{} {} {}", e.title, e.date_text, e.sentence.as_deref().unwrap_or("")));
        words.iter().all(|w| text.contains(w.as_str()))
    }
}

/// A line of the events file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    pub line: u64,
    pub reason: String,
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// What the survey of an events file found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Survey {
    pub events: u64,
    pub bad_lines: u64,
    /// The first day and the last day of the events.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Sources with their numbers of events, most events first.
    pub sources: Vec<(String, u64)>,
}

/// The events read from a file.
#[derive(Debug, Clone, Default)]
pub struct ReadEvents {
    pub path: PathBuf,
    pub articles: Vec<ExtractedArticle>,
    /// Events in the window, and of them those kept (at most the limit).
    pub matched: u64,
    pub kept: u64,
    /// The first bad lines (at most 100), and how many there were.
    pub bad: Vec<BadLine>,
    pub bad_count: u64,
    /// The corpora, from the sidecar; `None` when there is none.
    pub origin: Option<ExtractionOrigin>,
}

/// The fields the survey reads.
#[derive(Deserialize)]
struct Brief<'a> {
    start: NaiveDate,
    end: NaiveDate,
    #[serde(borrow, default)]
    source: Option<Cow<'a, str>>,
}

/// Counts the events of a file, their first and last days and their sources, reading only
/// those fields. `read` counts the bytes read (for progress against the file's size).
pub fn survey(path: &Path, read: &AtomicU64) -> Result<Survey, String> {
    let mut s = Survey::default();
    let mut sources: FxHashMap<String, u64> = FxHashMap::default();
    let mut count = |b: Option<Brief>| {
        let Some(b) = b else {
            s.bad_lines += 1;
            return true;
        };
        s.events += 1;
        s.first = Some(s.first.map_or(b.start, |f| f.min(b.start)));
        s.last = Some(s.last.map_or(b.end, |l| l.max(b.end)));
        if let Some(src) = b.source.filter(|s| !s.is_empty()) {
            if let Some(n) = sources.get_mut(src.as_ref()) {
                *n += 1;
            } else if sources.len() < SOURCES_COUNTED {
                sources.insert(src.into_owned(), 1);
            }
        }
        true
    };
    std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if format_of(path)? == CorpusFormat::Jsonl {
        // Only the fields the survey needs are decoded.
        each_line(path, read, |_, text| count(serde_json::from_slice::<Brief>(text).ok()))?;
    } else {
        each_row(path, read, |_, l| {
            count(l.ok().map(|l| Brief { start: l.start, end: l.end, source: l.source.map(Cow::Owned) }))
        })?;
    }
    s.sources = sources.into_iter().collect();
    s.sources.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(s)
}

fn flags_of(names: &[String]) -> Result<Flags, String> {
    let mut f = Flags::default();
    for n in names {
        match n.as_str() {
            "relative" => f.relative = true,
            "conflict" => f.conflict = true,
            "approximate" => f.approximate = true,
            "inferred-year" => f.inferred_year = true,
            "hijri" => f.hijri = true,
            "since" => f.since = true,
            other => return Err(format!("unknown flag `{other}`")),
        }
    }
    Ok(f)
}

fn span(s: [usize; 2], what: &str) -> Result<Span, String> {
    if s[0] > s[1] {
        return Err(format!("{what} [{}, {}] ends before it starts", s[0], s[1]));
    }
    Ok(s[0]..s[1])
}

/// An event row's article facts and its event.
fn parse(l: Result<Line, String>) -> Result<(Line, ExtractedEvent), String> {
    let mut l = l?;
    let id = l.id.parse().map_err(|_| format!("bad event id `{}`", super::row::shorten(&l.id)))?;
    let range = DateRange { start: l.start.min(l.end), end: l.start.max(l.end), granularity: l.granularity };
    let event = ExtractedEvent {
        id,
        range,
        date_text: std::mem::take(&mut l.date_text),
        date_span: span(l.date_span, "date_span")?,
        sentence_span: span(l.sentence_span, "sentence_span")?,
        title: std::mem::take(&mut l.title),
        flags: flags_of(&l.flags)?,
        category: l.category.take().filter(|c| !c.is_empty()),
        sentence: l.sentence.take(),
    };
    Ok((l, event))
}

/// Reads the events of `path` within `window`, keeping at most `limit` of them (the others in
/// the window are counted in [`ReadEvents::matched`]). Fails only when the file cannot be
/// opened or read, or its sidecar is damaged; bad lines are reported in [`ReadEvents::bad`].
pub fn read_events(
    path: &Path,
    window: &EventWindow,
    limit: u64,
    read: &AtomicU64,
) -> Result<ReadEvents, String> {
    // The file first: a missing or unknown file is named before its sidecar.
    std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    format_of(path)?;
    let origin = ExtractionOrigin::read(path)?;
    let words: Vec<String> =
        window.words.iter().map(|w| normalize_str(w.trim())).filter(|w| !w.is_empty()).collect();
    let mut out = ReadEvents { path: path.to_path_buf(), origin, ..ReadEvents::default() };
    // Every event line (good or bad) counts, to find its corpus in the sidecar.
    let mut n: u64 = 0;
    each_row(path, read, |line, row| {
        let corpus = out.origin.as_ref().and_then(|o| o.corpus_of_event(n)).unwrap_or(0);
        n += 1;
        let (l, e) = match parse(row) {
            Ok(x) => x,
            Err(reason) => {
                out.bad_count += 1;
                if out.bad.len() < BAD_LINES_KEPT {
                    out.bad.push(BadLine { line, reason });
                }
                return true;
            }
        };
        if !window.keeps(&e, l.source.as_deref(), &words) {
            return true;
        }
        out.matched += 1;
        if out.kept >= limit {
            return true;
        }
        out.kept += 1;
        let at = ArticleAt { corpus, row: l.row };
        match out.articles.last_mut() {
            Some(a) if a.at == at && a.article == l.article => a.events.push(e),
            _ => out.articles.push(ExtractedArticle {
                at,
                article: l.article,
                source: l.source.filter(|s| !s.is_empty()),
                dateline: l.dateline,
                events: vec![e],
            }),
        }
        true
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(row: u64, day: &str, source: &str, title: &str) -> String {
        format!(
            r#"{{"article":"a{row}","row":{row},"id":"00000000000000{row:02x}","start":"{day}","end":"{day}","granularity":"day","date_text":"x","date_span":[3,5],"date_span_chars":[3,5],"sentence_span":[0,9],"sentence_span_chars":[0,9],"title":"{title}","flags":["relative"],"category":null,"dateline":"2024-01-10","source":"{source}"}}"#
        )
    }

    fn file(name: &str, body: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tarikh-read-events-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        p
    }

    #[test]
    fn windows_limits_and_bad_lines() {
        let body = [
            line(1, "2020-01-01", "رويترز", "قمة مينسك"),
            line(1, "2021-06-01", "رويترز", "زيارة الصين"),
            "{not json".to_string(),
            String::new(),
            line(2, "2022-03-05", "واس", "اتفاق"),
            line(3, "2023-03-05", "واس", "الاتفاق الثاني"),
        ]
        .join("\n");
        let p = file("w.jsonl", &body);
        let all = read_events(&p, &EventWindow::default(), 100, &AtomicU64::new(0)).unwrap();
        assert_eq!((all.articles.len(), all.kept, all.bad_count), (3, 4, 1));
        assert_eq!(all.bad[0].line, 3);
        assert!(all.bad[0].to_string().starts_with("line 3: not an event"), "{}", all.bad[0]);
        assert_eq!(all.articles[0].events.len(), 2);
        assert!(all.articles[0].events[0].flags.relative);
        let from = NaiveDate::from_ymd_opt(2021, 1, 1);
        let w = EventWindow { from, source: Some("واس".into()), ..Default::default() };
        let r = read_events(&p, &w, 100, &AtomicU64::new(0)).unwrap();
        assert_eq!(r.kept, 2);
        let w = EventWindow { words: vec!["إتفاق".into()], ..Default::default() };
        let r = read_events(&p, &w, 100, &AtomicU64::new(0)).unwrap();
        assert_eq!(r.kept, 2, "hamza folded");
        let r = read_events(&p, &EventWindow::default(), 1, &AtomicU64::new(0)).unwrap();
        assert_eq!((r.matched, r.kept), (4, 1));
        let s = survey(&p, &AtomicU64::new(0)).unwrap();
        assert_eq!((s.events, s.bad_lines), (4, 1));
        assert_eq!(s.first, NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(s.sources[0].1, 2);
    }

    #[test]
    fn a_span_backwards_or_an_unknown_flag_is_a_bad_line() {
        let good = line(1, "2020-01-01", "", "t");
        let body = [good.replace("[3,5]", "[5,3]"), good.replace("relative", "maybe"), good].join("\n");
        let r =
            read_events(&file("b.jsonl", &body), &EventWindow::default(), 10, &AtomicU64::new(0)).unwrap();
        let reasons: Vec<String> = r.bad.iter().map(ToString::to_string).collect();
        assert_eq!(
            reasons,
            ["line 1: date_span [5, 3] ends before it starts", "line 2: unknown flag `maybe`"]
        );
        assert_eq!(r.articles[0].source, None);
    }

    #[test]
    fn missing_and_other_formats_name_the_file() {
        let e = read_events(Path::new("/nowhere/e.jsonl"), &EventWindow::default(), 1, &AtomicU64::new(0));
        assert!(e.unwrap_err().starts_with("/nowhere/e.jsonl: "));
        let txt = file("e.txt", "نص");
        let e = survey(&txt, &AtomicU64::new(0)).unwrap_err();
        assert!(e.contains("not an events file") && e.contains("e.txt"), "{e}");
    }

    /// The same corpus extracted to JSON Lines, CSV and Parquet reads back as the same events,
    /// in the same articles, with the same survey.
    #[test]
    fn jsonl_csv_and_parquet_events_read_back_alike() {
        use crate::corpus::{
            CorpusRow, CsvSink, EventSink, ExtractOptions, JsonlSink, ParquetSink, extract_row,
        };
        let texts = [
            "قال الوزير أمس إن الاتفاق وقع في 5 مارس 2025، وإن القمة المقبلة في مينسك (19 ديسمبر 2025).",
            "زار الرئيس الإمارات والسعودية في الفترة من 6 إلى 8 ديسمبر 2023, في جولة خليجية.",
            "لا تاريخ في هذا النص: 25 عضوا و3 ملايين دولار.",
        ];
        let rows: Vec<CorpusRow> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| CorpusRow {
                row: i as u64 + 1,
                id: format!("a{i}"),
                text: t.to_string(),
                published: NaiveDate::from_ymd_opt(2025, 3, 6),
                source: Some(if i == 1 { "واس" } else { "رويترز" }.to_string()),
                ..Default::default()
            })
            .collect();
        let options = ExtractOptions { with_sentences: true, ..Default::default() };
        let extracted: Vec<_> = rows.iter().map(|r| extract_row(r, &options).unwrap()).collect();
        let write = |sink: &mut dyn EventSink| {
            for a in &extracted {
                sink.write(a).unwrap();
            }
            sink.finish().unwrap();
        };
        let dir = file("x", "").with_file_name("");
        let mut out = Vec::new();
        for name in ["e.jsonl", "e.csv", "e.parquet"] {
            let path = dir.join(name);
            let f = std::fs::File::create(&path).unwrap();
            match name {
                "e.jsonl" => write(&mut JsonlSink::new(f)),
                "e.csv" => write(&mut CsvSink::new(f)),
                _ => write(&mut ParquetSink::new(f).unwrap()),
            }
            let read = read_events(&path, &EventWindow::default(), 100, &AtomicU64::new(0)).unwrap();
            assert_eq!(read.bad_count, 0, "{name}: {:?}", read.bad);
            let survey = survey(&path, &AtomicU64::new(0)).unwrap();
            out.push((name, read.articles, (survey.events, survey.first, survey.last, survey.sources)));
        }
        assert!(
            out[0].1.len() == 2 && out[0].1.iter().map(|a| a.events.len()).sum::<usize>() >= 3,
            "{:?}",
            out[0].1
        );
        assert!(out[0].2.0 >= 3, "{:?}", out[0].2);
        for (name, articles, survey) in &out[1..] {
            assert_eq!(articles, &out[0].1, "{name}");
            assert_eq!(survey, &out[0].2, "{name}");
        }
    }

    #[test]
    fn a_bad_csv_record_is_a_bad_line_and_the_rest_is_read() {
        let header = "article,row,id,start,end,granularity,date_text,date_start,date_end,sentence_start,sentence_end,title,flags";
        let body = format!(
            "{header}\na1,1,00000000000000aa,2020-01-01,2020-01-01,day,x,3,5,0,9,قمة,relative\n\
             a2,2,00000000000000ab,2020-13-01,2020-01-01,day,x,3,5,0,9,t,\n\
             a3,3,00000000000000ac,2021-01-01,2021-01-02,range,x,3,5,0,9,جولة,\n"
        );
        let r =
            read_events(&file("bad.csv", &body), &EventWindow::default(), 10, &AtomicU64::new(0)).unwrap();
        assert_eq!((r.kept, r.bad_count), (2, 1));
        assert_eq!(r.bad[0].line, 3);
        assert!(r.bad[0].reason.contains("`start` is not a date"), "{}", r.bad[0]);
        assert!(r.articles[0].events[0].flags.relative);
        let e =
            read_events(&file("nohead.csv", "a,b\n1,2\n"), &EventWindow::default(), 10, &AtomicU64::new(0))
                .unwrap_err();
        assert!(e.contains("no `article` column"), "{e}");
    }
}
