//! The events as data, on the seeds: each format parses back and says what the timeline says
//! (JSON, CSV, xlsx, TimelineJS, iCalendar). Programs a journalist uses are checked in
//! `tests/exports/` (TimelineJS in Chromium, Python's icalendar and openpyxl, the JSON Schema).

use chrono::{Datelike, TimeZone, Utc};
use std::io::Read;
use std::path::PathBuf;
use tarikh_core::dates::Granularity;
use tarikh_core::export::{
    ExportOptions, Format, IcsOptions, JSON_FORMAT, JSON_VERSION, Language, TimelineJsOptions, export,
    is_approximate, to_ics, to_json, to_timelinejs, to_xlsx, write_csv,
};
use tarikh_core::timeline::Timeline;

fn seeds() -> Timeline {
    Timeline::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")])
}

fn ics_of(t: &Timeline) -> (String, usize) {
    let stamp = Utc.with_ymd_and_hms(2026, 12, 6, 12, 30, 0).unwrap();
    to_ics(t, &IcsOptions { name: "تاريخ · اختبار".into(), stamp })
}

/// The content lines of an iCalendar text, unfolded.
fn unfolded(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "").split("\r\n").filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// The content lines of each VEVENT.
fn events_of(lines: &[String]) -> Vec<Vec<String>> {
    lines
        .split(|l| l == "BEGIN:VEVENT")
        .skip(1)
        .map(|block| block.iter().take_while(|l| *l != "END:VEVENT").cloned().collect())
        .collect()
}

#[test]
fn csv_round_trips_with_arabic_intact() {
    let t = seeds();
    let mut bytes = Vec::new();
    write_csv(&t, &mut bytes).unwrap();
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()), "a BOM for spreadsheets");
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "id",
            "file_name",
            "start",
            "end",
            "granularity",
            "date_text",
            "title",
            "sentence",
            "flags",
            "category",
            "tags",
            "note",
            "origin",
            "group",
            "headline"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), t.events.len());
    for (row, e) in rows.iter().zip(&t.events) {
        assert_eq!(&row[2], e.range.start.to_string());
        assert_eq!(&row[5], e.date_text);
        assert!(row[7].contains(&e.date_text), "the sentence holds its date: {}", &row[7]);
    }
}

#[test]
fn json_names_its_format_and_counts_in_bytes_and_characters() {
    let t = seeds();
    let v = to_json(&t);
    assert_eq!((v["format"].as_str(), v["version"].as_u64()), (Some(JSON_FORMAT), Some(JSON_VERSION as u64)));
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), t.events.len());
    let articles = v["articles"].as_array().unwrap();
    for e in events {
        let a = articles.iter().find(|a| a["file_name"] == e["file_name"]).unwrap();
        let text = a["text"].as_str().expect("the text the offsets count in");
        let [b0, b1] = [0, 1].map(|i| e["date_span"][i].as_u64().unwrap() as usize);
        let [c0, c1] = [0, 1].map(|i| e["date_span_chars"][i].as_u64().unwrap() as usize);
        assert_eq!(&text[b0..b1], e["date_text"].as_str().unwrap(), "bytes");
        let by_chars: String = text.chars().skip(c0).take(c1 - c0).collect();
        assert_eq!(by_chars, e["date_text"].as_str().unwrap(), "characters");
    }
}

#[test]
fn json_carries_the_text_extracted_from_html() {
    let dir = std::env::temp_dir().join(format!("tarikh-json-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.html");
    std::fs::write(&page, "<html><body><p>عقدت <b>القمة</b> في 5 مارس 2021 في القاهرة.</p></body></html>")
        .unwrap();
    let v = to_json(&Timeline::load(&[page]));
    let text = v["articles"][0]["text"].as_str().unwrap();
    assert!(!text.contains('<') && text.contains("عقدت القمة في 5 مارس 2021"), "{text}");
    let e = &v["events"][0];
    let [c0, c1] = [0, 1].map(|i| e["date_span_chars"][i].as_u64().unwrap() as usize);
    assert_eq!(text.chars().skip(c0).take(c1 - c0).collect::<String>(), "5 مارس 2021");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn timelinejs_escapes_marks_direction_and_keeps_the_phrase() {
    let t = seeds();
    let (v, count) = to_timelinejs(&t, &TimelineJsOptions::default());
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), count);
    assert_eq!(count, t.drawn().count());
    for (slide, e) in events.iter().zip(t.drawn()) {
        let headline = slide["text"]["headline"].as_str().unwrap();
        assert!(headline.starts_with(r#"<span dir="rtl">"#) && headline.ends_with("</span>"), "{headline}");
        assert!(slide["text"]["text"].as_str().unwrap().starts_with(r#"<p dir="rtl">"#));
        assert!(slide["group"].as_str().unwrap().chars().count() <= 45, "{}", slide["group"]);
        let display = slide["display_date"].as_str().unwrap();
        assert!(display.starts_with(&e.date_text), "the phrase as written: {display}");
        assert_eq!(display.contains("تقريبًا"), is_approximate(e), "{display}");
        // Only the fields the text gave.
        let start = &slide["start_date"];
        let fields = (start.get("month").is_some(), start.get("day").is_some());
        match e.range.granularity {
            Granularity::Day => assert_eq!(fields, (true, true)),
            Granularity::Month | Granularity::PartOfMonth => assert_eq!(fields, (true, false)),
            Granularity::Year
            | Granularity::PartOfYear
            | Granularity::Decade
            | Granularity::Century
            | Granularity::PartOfDecade
            | Granularity::PartOfCentury => assert_eq!(fields, (false, false)),
            Granularity::Range => {}
        }
        assert_eq!(start["year"], e.range.start.year().to_string());
    }
    let minsk = events.iter().find(|s| s["display_date"] == "19 ديسمبر 2022").unwrap();
    assert_eq!(minsk["start_date"], serde_json::json!({"year": "2022", "month": "12", "day": "19"}));
    let end_of_2024 =
        events.iter().find(|s| s["display_date"].as_str().unwrap().starts_with("نهاية عام ٢٠٢٤")).unwrap();
    assert_eq!(end_of_2024["start_date"], serde_json::json!({"year": "2024"}), "no invented October");
    // The title slide speaks the export's language.
    let title = v["title"]["text"]["text"].as_str().unwrap();
    assert!(title.contains(r#"dir="rtl""#) && title.contains("عدد المقالات: 5"), "{title}");
    let (en, _) = to_timelinejs(&t, &TimelineJsOptions { language: Language::English });
    assert!(en["title"]["text"]["text"].as_str().unwrap().contains("from 5 articles"));
}

#[test]
fn timelinejs_group_labels_are_short_and_distinct() {
    let t = seeds();
    let (v, _) = to_timelinejs(&t, &TimelineJsOptions::default());
    let mut groups: Vec<&str> =
        v["events"].as_array().unwrap().iter().map(|s| s["group"].as_str().unwrap()).collect();
    groups.sort();
    groups.dedup();
    assert_eq!(groups.len(), t.entries.len(), "{groups:?}");
    let long = groups.iter().find(|g| g.starts_with("مع اقتراب يوم التاسع")).unwrap();
    assert!(long.ends_with('…') && long.chars().count() <= 40, "the 331-character title, cut: {long}");
}

#[test]
fn ics_writes_every_drawn_event_with_a_real_stamp_and_a_name() {
    let t = seeds();
    let (ics, count) = ics_of(&t);
    let lines = unfolded(&ics);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(count, t.drawn().count(), "every event, months, ranges and vague ones too");
    assert_eq!(count, 25, "the seeds' 25 drawn events");
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), count);
    assert!(lines.contains(&"X-WR-CALNAME:تاريخ · اختبار".to_string()));
    assert_eq!(lines.iter().filter(|l| *l == "DTSTAMP:20261206T123000Z").count(), count);
    assert_eq!(lines.iter().filter(|l| l.starts_with("SEQUENCE:")).count(), count);
    assert!(ics.contains("DTSTART;VALUE=DATE:20221219\r\n"));
    // The Gulf tour, 6-8 Dec 2023: DTEND is exclusive.
    assert!(ics.contains("DTSTART;VALUE=DATE:20231206\r\nDTEND;VALUE=DATE:20231209\r\n"));
    // «نهاية مايو 2022»: the days it may mean, its phrase and the approximate mark.
    let i = lines.iter().position(|l| l == "DTSTART;VALUE=DATE:20220521").expect("end of May 2022");
    assert_eq!(lines[i + 1], "DTEND;VALUE=DATE:20220601");
    assert!(
        lines[i + 2].starts_with("SUMMARY:≈ ") && lines[i + 2].contains("«نهاية مايو 2022»\\, تقريبي"),
        "{}",
        lines[i + 2]
    );
    assert!(lines[i + 4].starts_with("CATEGORIES:part-of-month,approximate"), "{}", lines[i + 4]);
    // «عام 2015»: the whole year, its phrase in the summary, not marked approximate.
    let year = events_of(&lines).into_iter().find(|e| e.contains(&"CATEGORIES:year".to_string())).unwrap();
    assert!(year.contains(&"DTSTART;VALUE=DATE:20150101".to_string()), "{year:?}");
    assert!(year.contains(&"DTEND;VALUE=DATE:20160101".to_string()), "{year:?}");
    assert!(
        year.iter().any(|l| l.starts_with("SUMMARY:") && l.contains("(«عام 2015»)") && !l.contains('≈')),
        "{year:?}"
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded lines: {line}");
    }
}

#[test]
fn an_edited_event_gets_a_higher_sequence() {
    let mut t = seeds();
    let minsk = t.drawn().find(|e| e.date_text == "19 ديسمبر 2022").unwrap().id;
    let sequence = |t: &Timeline| {
        let (ics, _) = ics_of(t);
        let lines = unfolded(&ics);
        let at = lines.iter().position(|l| *l == format!("UID:{minsk}@tarikh")).unwrap();
        lines[at..].iter().find_map(|l| l.strip_prefix("SEQUENCE:")).unwrap().parse::<u32>().unwrap()
    };
    assert_eq!(sequence(&t), 0);
    t.edit_event(minsk, |e| e.title = Some("قمة مينسك".into()));
    assert_eq!(sequence(&t), 1);
    t.edit_event(minsk, |e| e.note = "checked".into());
    assert_eq!(sequence(&t), 2);
    t.edit_event(minsk, |e| e.note = "checked".into());
    assert_eq!(sequence(&t), 2, "a change that changes nothing is not counted");
}

/// One file of an xlsx (a zip of XML parts).
fn xlsx_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn xlsx_is_right_to_left_with_a_frozen_header_and_date_cells() {
    let t = seeds();
    let bytes = to_xlsx(&t).unwrap();
    let sheet = xlsx_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains(r#"rightToLeft="1""#), "right-to-left sheet");
    assert!(sheet.contains(r#"state="frozen""#) && sheet.contains(r#"ySplit="1""#), "frozen header");
    assert!(sheet.contains("<cols>") && sheet.contains("<autoFilter"), "widths and filters");
    let doc = roxmltree::Document::parse(&sheet).unwrap();
    let rows: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("row")).collect();
    assert_eq!(rows.len(), t.events.len() + 1);
    // Column C (start) is a number with a date style in every event row.
    for row in &rows[1..] {
        let c = row.children().find(|c| c.attribute("r").is_some_and(|r| r.starts_with('C'))).unwrap();
        assert!(c.attribute("t").is_none() && c.attribute("s").is_some(), "a date cell: {c:?}");
        let serial: f64 =
            c.children().find(|v| v.has_tag_name("v")).unwrap().text().unwrap().parse().unwrap();
        assert!((40_000.0..50_000.0).contains(&serial), "{serial}");
    }
    let strings = xlsx_part(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("19 ديسمبر 2022"), "Arabic intact");
}

#[test]
fn the_entry_point_counts_what_it_writes() {
    let t = seeds();
    let o = ExportOptions { now: Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap(), ..Default::default() };
    let ics = export(&t, Format::Ics, &o).unwrap();
    let text = String::from_utf8(ics.bytes).unwrap();
    assert_eq!(ics.events, Some(text.matches("BEGIN:VEVENT").count()));
    assert!(text.contains("DTSTAMP:20260102T030405Z"));
    let page = export(&t, Format::TimelineJsPage, &o).unwrap();
    let html = String::from_utf8(page.bytes).unwrap();
    assert!(html.contains(r#"language: "ar""#) && html.contains(r#"<html lang="ar" dir="rtl">"#));
    for f in Format::ALL {
        let x = export(&t, f, &o).unwrap();
        assert!(x.bytes.len() > 100 && x.warnings.is_empty(), "{f:?}");
        assert_eq!(x.events.is_none(), f.is_image(), "{f:?}");
    }
}
