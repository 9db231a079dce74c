//! `tarikh extract` on corpora (issue 15): JSONL/CSV/Parquet in, events out in input order,
//! bad rows named on stderr (exit 2) while the others go on, --dateline over the rows' dates.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tarikh() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tarikh"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tarikh-corpus-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn seed_texts() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// The seeds as JSONL rows (`id`, `body`, `published`, `outlet`), with one bad row in the middle.
fn write_jsonl(dir: &Path) -> PathBuf {
    let mut lines = Vec::new();
    for (i, text) in seed_texts().iter().enumerate() {
        lines.push(
            serde_json::json!({"id": format!("n{i}"), "body": text, "published": format!("2024-01-1{i}"), "outlet": "وكالة"})
                .to_string(),
        );
        if i == 1 {
            lines.push(r#"{"id": "broken", "body": ["not", "text"]}"#.to_string());
        }
    }
    let path = dir.join("news.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn jsonl_corpus_streams_events_in_input_order_and_names_the_bad_row() {
    let dir = scratch("jsonl");
    let corpus = write_jsonl(&dir);
    let out = tarikh().arg("extract").arg(&corpus).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("news.jsonl: row 3: the text is an array, not text"), "{stderr}");
    let last = stderr.lines().last().unwrap();
    assert!(last.starts_with("5 articles, ") && last.contains(" events, 1 bad row; "), "{last}");
    let ev = events(&out);
    assert!(ev.len() >= 20, "{}", ev.len());
    let articles: Vec<&str> = ev.iter().map(|e| e["article"].as_str().unwrap()).collect();
    let mut sorted = articles.clone();
    sorted.sort();
    assert_eq!(articles, sorted, "input order (n0 … n4)");
    let texts = seed_texts();
    for e in &ev {
        let i: usize = e["article"].as_str().unwrap()[1..].parse().unwrap();
        let [s, t] =
            [e["date_span"][0].as_u64().unwrap() as usize, e["date_span"][1].as_u64().unwrap() as usize];
        assert_eq!(&texts[i][s..t], e["date_text"].as_str().unwrap());
        assert_eq!(e["source"], "وكالة");
        assert_eq!(e["dateline"], format!("2024-01-1{i}"));
    }
    // The sentence is not copied: its span only, its key words once.
    assert!(ev.iter().all(|e| e.get("sentence").is_none()));
    assert!(ev.iter().any(|e| e.get("key_words").is_none()));
}

#[test]
fn dateline_wins_over_the_rows_dates() {
    let dir = scratch("dateline");
    let corpus = dir.join("one.jsonl");
    std::fs::write(&corpus, "{\"text\": \"وصل الوفد أمس إلى القاهرة.\", \"date\": \"2024-05-02\"}\n")
        .unwrap();
    let out = tarikh().arg("extract").arg(&corpus).output().unwrap();
    assert_eq!(events(&out)[0]["start"], "2024-05-01");
    let out = tarikh().args(["extract", "--dateline", "2020-01-01"]).arg(&corpus).output().unwrap();
    assert!(out.status.success());
    let e = &events(&out)[0];
    assert_eq!((e["start"].as_str(), e["dateline"].as_str()), (Some("2019-12-31"), Some("2020-01-01")));
}

#[test]
fn csv_in_parquet_and_csv_out_agree_with_jsonl() {
    let dir = scratch("formats");
    let jsonl = write_jsonl(&dir);
    let mut w = csv::Writer::from_path(dir.join("news.csv")).unwrap();
    w.write_record(["doc_id", "matn", "date"]).unwrap();
    for (i, t) in seed_texts().iter().enumerate() {
        w.write_record([format!("n{i}"), t.clone(), format!("2024-01-1{i}")]).unwrap();
    }
    w.flush().unwrap();
    let from_jsonl = events(&tarikh().arg("extract").arg(&jsonl).output().unwrap());
    let out = tarikh().args(["extract", "--text-column", "matn"]).arg(dir.join("news.csv")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let from_csv = events(&out);
    let ids =
        |v: &[serde_json::Value]| v.iter().map(|e| e["id"].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&from_jsonl), ids(&from_csv));

    let out = tarikh().args(["extract", "-o"]).arg(dir.join("events.csv")).arg(&jsonl).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let mut r = csv::Reader::from_path(dir.join("events.csv")).unwrap();
    assert_eq!(r.headers().unwrap().iter().next(), Some("article"));
    assert_eq!(r.records().count(), from_jsonl.len());

    let out = tarikh()
        .args(["extract", "--sentences", "-o"])
        .arg(dir.join("events.parquet"))
        .arg(&jsonl)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let bytes = std::fs::read(dir.join("events.parquet")).unwrap();
    assert_eq!(&bytes[..4], b"PAR1");
}

#[test]
fn a_missing_text_column_or_mixed_inputs_are_refused() {
    let dir = scratch("refused");
    let corpus = dir.join("c.csv");
    std::fs::write(&corpus, "a,b\n1,2\n").unwrap();
    let out = tarikh().arg("extract").arg(&corpus).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no text column"));
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let out = tarikh().arg("extract").arg(&corpus).arg(&seeds).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be mixed"));
    let out = tarikh().args(["extract", "-o"]).arg(&corpus).arg(&corpus).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("would overwrite an input"));
}

#[test]
fn dateline_applies_to_article_files_too() {
    let dir = scratch("files");
    std::fs::write(dir.join("a.txt"), "وصل الوفد أمس إلى القاهرة.").unwrap();
    let out = tarikh().args(["extract", "--json", "--dateline", "2022-03-01"]).arg(&dir).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["events"][0]["start"], "2022-02-28");
}

#[test]
fn group_pass_joins_one_story_told_by_two_articles() {
    let dir = scratch("group");
    let corpus = dir.join("g.jsonl");
    let rows = [
        "عقدت القمة الروسية البيلاروسية في مينسك يوم 19 ديسمبر 2022 بحضور بوتين ولوكاشينكو.",
        "التقى بوتين نظيره لوكاشينكو في مينسك خلال القمة الروسية البيلاروسية في 19 ديسمبر 2022.",
        "افتتح معرض الكتاب في القاهرة يوم 19 ديسمبر 2022.",
    ];
    let lines: Vec<String> = rows.iter().map(|t| serde_json::json!({ "text": t }).to_string()).collect();
    std::fs::write(&corpus, lines.join("\n")).unwrap();
    let out = tarikh().arg("extract").arg(&corpus).arg("-o").arg(dir.join("events.jsonl")).output().unwrap();
    assert!(out.status.success());
    let out = tarikh().arg("group").arg(dir.join("events.jsonl")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let groups: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0]["articles"], serde_json::json!(["1", "2"]));
    assert_eq!(groups[0]["start"], "2022-12-19");
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("1 group of 2 events (of 3 events in 3 articles)")
    );
}
