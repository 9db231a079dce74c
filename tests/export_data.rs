//! Exports of the events as data: each format parses back and says what the timeline says.

use std::path::PathBuf;
use std::process::Command;
use tarikh::export::{to_ics, to_json, to_timelinejs, write_csv};
use tarikh::timeline::Timeline;

fn seeds_timeline() -> Timeline {
    Timeline::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")])
}

#[test]
fn csv_round_trips_with_arabic_intact() {
    let t = seeds_timeline();
    let mut bytes = Vec::new();
    write_csv(&t, &mut bytes).unwrap();
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()), "a BOM for spreadsheets");
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), t.events.len());
    for (row, e) in rows.iter().zip(&t.events) {
        assert_eq!(&row[2], e.range.start.to_string());
        assert_eq!(&row[5], e.date_text);
    }
}

#[test]
fn json_lists_every_event() {
    let t = seeds_timeline();
    let v = to_json(&t);
    let back: serde_json::Value = serde_json::from_str(&v.to_string()).unwrap();
    assert_eq!(back["events"].as_array().unwrap().len(), t.events.len());
}

#[test]
fn timelinejs_has_its_shape() {
    let t = seeds_timeline();
    let v = to_timelinejs(&t);
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), t.events.len());
    for e in events {
        assert!(e["start_date"]["year"].as_str().unwrap().parse::<i32>().is_ok(), "{e}");
        assert!(e["text"]["headline"].is_string());
        assert!(e["group"].is_string());
    }
    let minsk =
        events.iter().find(|e| e["text"]["text"].as_str().unwrap().contains("19 ديسمبر 2022")).unwrap();
    assert_eq!(minsk["start_date"], serde_json::json!({"year": "2022", "month": "12", "day": "19"}));
}

#[test]
fn ics_has_all_day_events_for_day_precise_dates() {
    let t = seeds_timeline();
    let ics = to_ics(&t);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20221219\r\n"));
    // The Gulf tour, 6-8 Dec 2023: DTEND is exclusive.
    assert!(ics.contains("DTSTART;VALUE=DATE:20231206\r\nDTEND;VALUE=DATE:20231209\r\n"));
    // Months and years are not day events.
    assert!(!ics.contains("DTSTART;VALUE=DATE:20150101"), "«عام 2015» is not an all-day event");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), ics.matches("END:VEVENT").count());
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded lines: {line}");
    }
}

#[test]
fn the_export_command_writes_every_format() {
    let dir = std::env::temp_dir().join(format!("tarikh-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .arg("export")
        .arg("--json")
        .arg(dir.join("e.json"))
        .arg("--csv")
        .arg(dir.join("e.csv"))
        .arg("--timelinejs")
        .arg(dir.join("tl.json"))
        .arg("--ics")
        .arg(dir.join("e.ics"))
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for f in ["e.json", "e.csv", "tl.json", "e.ics"] {
        assert!(std::fs::metadata(dir.join(f)).unwrap().len() > 100, "{f}");
    }
    // No temporary file is left behind.
    assert!(
        std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().ends_with(".tmp"))
    );
}
