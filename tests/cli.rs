//! The `tarikh` binary as a user runs it: output shapes, exit statuses, errors on stderr.

use std::path::PathBuf;
use std::process::Command;

fn tarikh() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tarikh"))
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn extract_json_has_the_documented_shape() {
    let out = tarikh().args(["extract", "--json"]).arg(seeds()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    for key in ["file_name", "path", "title", "dateline", "encoding", "warnings"] {
        assert!(v["articles"][0].get(key).is_some(), "article key {key}");
    }
    let events = v["events"].as_array().unwrap();
    assert!(events.len() >= 20);
    for key in [
        "id",
        "file_name",
        "start",
        "end",
        "granularity",
        "date_text",
        "date_span",
        "sentence_span",
        "sentence",
        "title",
        "headline",
        "flags",
    ] {
        assert!(events[0].get(key).is_some(), "event key {key}");
    }
    let minsk = events.iter().find(|e| e["date_text"] == "19 ديسمبر 2022").expect("the Minsk summit");
    assert_eq!(minsk["start"], "2022-12-19");
    assert_eq!(minsk["end"], "2022-12-19");
    assert_eq!(minsk["granularity"], "day");
    assert_eq!(minsk["headline"], "زيارة الرئيس الروسي فلاديمير بوتين إلى بيلاروسيا");
}

#[test]
fn extract_csv_starts_with_a_bom_and_a_header() {
    let out =
        tarikh().args(["extract", "--csv"]).arg(seeds().join("003_920711bfa0b105b9.txt")).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{FEFF}id,file_name,start,end,granularity,date_text,title,sentence,flags"));
    assert!(text.contains("2025-05-09"), "{text}");
}

#[test]
fn a_bad_file_is_named_on_stderr_and_the_others_still_load() {
    let dir = scratch("bad");
    std::fs::write(dir.join("good.txt"), "وقعت الحادثة في 5 مارس 2021 في العاصمة.").unwrap();
    std::fs::write(dir.join("image.txt"), [0x89u8, b'P', b'N', b'G', 0, 0, 0, 13, 0, 1, 2, 3]).unwrap();
    let out = tarikh().args(["extract", "--json"]).arg(&dir).arg(dir.join("missing.txt")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image.txt") && err.contains("missing.txt"), "{err}");
    assert_eq!(err.lines().count(), 2, "one line per bad file: {err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["events"][0]["start"], "2021-03-05");
}

#[test]
fn parse_date_prints_the_interval_and_fails_without_a_date() {
    let out = tarikh().args(["parse-date", "التاسع من مايو (أيار) 2025", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["start"].as_str(), v["end"].as_str(), v["granularity"].as_str()),
        (Some("2025-05-09"), Some("2025-05-09"), Some("day"))
    );
    assert_eq!(v["date_text"], "التاسع من مايو (أيار) 2025");

    let out =
        tarikh().args(["parse-date", "الخميس الماضي", "--ref", "2024-12-23", "--json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["start"], "2024-12-19");

    let out = tarikh().args(["parse-date", "106 مليارات دولار"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn help_and_version() {
    let out = tarikh().arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("extract"));
    let out = tarikh().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn relative_dates_without_a_dateline_are_reported_unresolved() {
    let dir = scratch("relative");
    let file = dir.join("no-dateline.txt");
    std::fs::write(&file, "عنوان الخبر\nالتقى الوزير نظيره أمس في العاصمة، وسيعود الشهر المقبل.").unwrap();
    let out = tarikh().args(["extract", "--json"]).arg(&file).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["events"].as_array().unwrap().is_empty(), "{v}");
    let texts: Vec<&str> =
        v["unresolved"].as_array().unwrap().iter().map(|u| u["date_text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["أمس", "الشهر المقبل"]);
}

#[test]
fn extract_with_the_articles_date_given() {
    let dir = scratch("dateline");
    let file = dir.join("no-dateline.txt");
    std::fs::write(&file, "عنوان الخبر\nالتقى الوزير نظيره أمس في العاصمة، وسيعود الشهر المقبل.").unwrap();
    let out = tarikh().args(["extract", "--json", "--dateline", "2012-07-26"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["dateline"], "2012-07-26");
    assert_eq!(v["articles"][0]["dateline_source"], "option");
    let starts: Vec<&str> =
        v["events"].as_array().unwrap().iter().map(|e| e["start"].as_str().unwrap()).collect();
    assert_eq!(starts, ["2012-07-25", "2012-08-01"]);
    // A sidecar in the folder gives the date when no option does.
    std::fs::write(dir.join("published.json"), r#"{"no-dateline.txt": "2012-03-01"}"#).unwrap();
    let out = tarikh().args(["extract", "--json"]).arg(&dir).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["dateline_source"], "sidecar");
    assert_eq!(v["events"][0]["start"], "2012-02-29");
    // A date that is not one is refused.
    let out = tarikh().args(["extract", "--dateline", "2012-13-01"]).arg(&file).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn export_from_a_project_applies_the_users_edits() {
    use tarikh::project::{self, Project, ProjectView};
    use tarikh::timeline::Timeline;
    let dir = std::env::temp_dir().join(format!("tarikh-cli-project-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut t = Timeline::load(&[seeds()]);
    let minsk = t.events.iter().find(|e| e.date_text == "19 ديسمبر 2022").unwrap().id;
    let other = t.events.iter().find(|e| e.id != minsk).unwrap().id;
    t.edit_event(minsk, |e| {
        e.title = Some("قمة مينسك".into());
        e.note = "checked".into();
    });
    t.edit_event(other, |e| e.hidden = true);
    let path = dir.join("p.tarikh");
    project::save(&path, &Project::capture(&t, ProjectView::default(), false), true).unwrap();
    let json = dir.join("events.json");
    let out = tarikh().args(["export", "--project"]).arg(&path).arg("--json").arg(&json).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    let events = v["events"].as_array().unwrap();
    let e = events.iter().find(|e| e["id"] == minsk.to_string()).expect("the edited event");
    assert_eq!(
        (e["title"].as_str(), e["note"].as_str(), e["origin"].as_str()),
        (Some("قمة مينسك"), Some("checked"), Some("edited"))
    );
    assert!(events.iter().all(|e| e["id"] != other.to_string()), "hidden events are not exported");
    assert_eq!(events.len(), t.events.len() - 1);
    // A damaged project is an error that names the file.
    std::fs::write(&path, "{\"format\": \"tarikh-project\"").unwrap();
    let out = tarikh().args(["export", "--project"]).arg(&path).arg("--json").arg(&json).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("p.tarikh"));
    std::fs::remove_dir_all(&dir).unwrap();
}
