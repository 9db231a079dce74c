//! Bad input never crashes, hangs or loses work: the reproducers of the reliability audit
//! (issue 11), each as a test, with inputs written here (the audit's own files stay outside).
//! Hangs are checked as bounds on what grows (sentences, titles, nesting), not by the clock:
//! the times are in the `extract` benchmark.

use std::path::{Path, PathBuf};
use tarikh_core::article::{self, MAX_SENTENCE_CHARS, load_bytes, load_paths};
use tarikh_core::export::{ExportOptions, Format, export, to_json};
use tarikh_core::project::{self, Project, ProjectError, timeline_of};
use tarikh_core::timeline::{HEADLINE_CHARS, Timeline, duplicates_summary};

fn fresh_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tarikh-reliability-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn seed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds").join(name)
}

/// Every export of a timeline, and the invariants every event keeps.
fn export_everything(t: &Timeline) {
    for e in &t.events {
        let text = &t.article_of(e).text;
        assert!(text.get(e.date_span.clone()).is_some(), "{:?}", e.date_span);
        assert!(text.get(e.sentence_span.clone()).is_some(), "{:?}", e.sentence_span);
        let inside = e.sentence_span.start <= e.date_span.start && e.date_span.end <= e.sentence_span.end;
        assert!(inside || e.date_span.is_empty(), "{:?} outside {:?}", e.date_span, e.sentence_span);
    }
    let options = ExportOptions::default();
    for format in Format::ALL.into_iter().filter(|f| *f != Format::Png) {
        // Refusing (a date out of range, say) is fine; panicking is not.
        let _ = export(t, format, &options);
    }
}

/// A project whose hand-made event has its date in one sentence and its "sentence" in
/// another (hand-edited, or written by a bug) opened fine and then crashed every export.
#[test]
fn a_manual_date_outside_its_sentence_is_repaired_on_load() {
    let path = seed("004_1d6fa75ba25aff2e.txt");
    let a = article::load_file(&path).unwrap();
    let date_text = "العاشر من أكتوبر 2022";
    let at = a.text.find(date_text).expect("the seed holds the date");
    let first = a.sentences[1].clone();
    assert!(first.end < at, "the sentence given is an earlier one");
    let edit = |manual: bool, sentence: &std::ops::Range<usize>| {
        serde_json::json!({
            "manual": manual,
            "source": {
                "path": path, "content_hash": format!("{:016x}", a.content_hash),
                "date_span": {"start": at, "end": at + date_text.len()},
                "sentence_span": {"start": sentence.start, "end": sentence.end},
                "date_text": date_text, "sentence": "x",
                "range": {"start": "2022-10-10", "end": "2022-10-10", "granularity": "day"}
            },
            "note": "ملاحظة"
        })
    };
    let json = serde_json::json!({
        "format": "tarikh-project", "schema": 1,
        "articles": [{"path": path, "content_hash": format!("{:016x}", a.content_hash)}],
        "curation": {"edits": {"00000000000000aa": edit(false, &(at - 7..at + 300)), "00000000000000bb": edit(true, &first)}},
    });
    let p = project::load_bytes(&serde_json::to_vec(&json).unwrap()).unwrap();
    let (t, missing) = timeline_of(&p);
    assert!(missing.is_empty());
    let manual = t.events.iter().find(|e| e.id.0 == 0xbb).expect("the hand-made event is kept");
    assert_eq!(&a.text[manual.date_span.clone()], date_text);
    assert!(manual.sentence_span.start <= at && at < manual.sentence_span.end);
    export_everything(&t);
}

/// Random curated projects (like the audit's generator): random spans, dates out of chrono's
/// comfortable range or backwards, missing files, wrong hashes, odd titles. They load or are
/// refused with a message; whatever loads exports without a panic. 60 projects in a plain
/// `cargo test`; `TARIKH_FUZZ_PROJECTS` sets more (scripts/test runs 600).
#[test]
fn random_curated_projects_never_crash() {
    let arts: Vec<PathBuf> =
        ["000_44f7f278c7be877b.txt", "003_920711bfa0b105b9.txt", "004_1d6fa75ba25aff2e.txt"]
            .iter()
            .map(|n| seed(n))
            .collect();
    let loaded: Vec<_> = arts.iter().map(|p| article::load_file(p).unwrap()).collect();
    let runs: u64 = std::env::var("TARIKH_FUZZ_PROJECTS").ok().and_then(|c| c.parse().ok()).unwrap_or(60);
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..runs {
        let json = random_project(&mut rng, &arts, &loaded);
        match project::load_bytes(json.as_bytes()) {
            Ok(p) => export_everything(&timeline_of(&p).0),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

/// xorshift64*: small, seeded, enough to vary a project.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

fn random_project(r: &mut Rng, arts: &[PathBuf], loaded: &[article::Article]) -> String {
    let span = |r: &mut Rng, len: usize| -> (u64, u64) {
        match r.below(10) {
            0..=5 => {
                let a = r.below(len as u64 + 1);
                (a, (a + r.below(800)).min(len as u64))
            }
            6..=7 => (r.below(len as u64 + 1), r.below(len as u64 + 1)),
            _ => {
                (*r.pick(&[0, 1, len as u64, len as u64 + 1, u64::MAX]), *r.pick(&[0, len as u64, u64::MAX]))
            }
        }
    };
    let date = |r: &mut Rng| {
        let y = *r.pick(&["0001", "1970", "2022", "9999", "-0005", "+262142", "-262143"]);
        format!("{y}-{:02}-{:02}", 1 + r.below(12), 1 + r.below(28))
    };
    let mut edits = serde_json::Map::new();
    let mut ids = Vec::new();
    for _ in 0..1 + r.below(12) {
        let k = r.below(arts.len() as u64) as usize;
        let text = &loaded[k].text;
        let (ds, de) = span(r, text.len());
        let (ss, se) = span(r, text.len());
        let slice = |a: u64, b: u64| {
            usize::try_from(a)
                .ok()
                .zip(usize::try_from(b).ok())
                .and_then(|(a, b)| text.get(a..b))
                .unwrap_or("")
                .to_string()
        };
        let date_text =
            if r.chance(80) { slice(ds, de) } else { r.pick(&["", "x", "5 مارس 2021"]).to_string() };
        let sentence = if r.chance(70) {
            slice(ss, se)
        } else {
            r.pick(&["", "x", "جملة جملة جملة"]).to_string()
        };
        let id = format!("{:016x}", r.next());
        let mut e = serde_json::json!({
            "manual": r.chance(50),
            "source": {
                "path": if r.chance(90) { arts[k].clone() } else { PathBuf::from("/nonexistent.txt") },
                "content_hash": if r.chance(80) { format!("{:016x}", loaded[k].content_hash) } else { format!("{:016x}", r.next()) },
                "date_span": {"start": ds, "end": de}, "sentence_span": {"start": ss, "end": se},
                "date_text": date_text, "sentence": sentence,
                "range": {"start": date(r), "end": date(r), "granularity": *r.pick(&["day", "month", "year", "range", "part-of-month", "part-of-year"])}
            },
            "hidden": r.chance(10),
        });
        if r.chance(40) {
            e["range"] = serde_json::json!({"start": date(r), "end": date(r), "granularity": *r.pick(&["day", "range", "year"])});
        }
        if r.chance(30) {
            e["title"] =
                serde_json::json!(*r.pick(&["", "=1+1", "<b>&amp;]]>", "a\nb\u{13}", "عنوان طويل جدا جدا"]));
        }
        edits.insert(id.clone(), e);
        ids.push(id);
    }
    let pair = |r: &mut Rng| serde_json::json!([r.pick(&ids).clone(), r.pick(&ids).clone()]);
    let together: Vec<_> = (0..r.below(4)).map(|_| pair(r)).collect();
    serde_json::json!({
        "format": "tarikh-project", "schema": 1,
        "articles": arts.iter().zip(loaded).filter(|_| r.chance(70)).map(|(p, a)| serde_json::json!({
            "path": p, "content_hash": format!("{:016x}", a.content_hash)
        })).collect::<Vec<_>>(),
        "curation": {
            "edits": edits, "together": together, "detached": [ids[0].clone()],
            "article_dates": {format!("{:016x}", loaded[0].content_hash): date(r)},
        },
        "view": {"window": [r.below(30000) as f64, r.below(30000) as f64], "selected": null},
    })
    .to_string()
}

/// A file name that is not UTF-8 (an old zip's Windows-1256 name) loads, exports, and
/// round-trips through a project byte for byte.
#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_round_trip() {
    use std::os::unix::ffi::OsStringExt;
    let dir = fresh_dir("nonutf8");
    let name = std::ffi::OsString::from_vec(b"\xce\xc8\xd1 \xc7\xe1\xed\xe6\xe3.txt".to_vec());
    let path = dir.join(&name);
    std::fs::write(&path, "عقدت القمة في 19 ديسمبر 2022 في مينسك.\n").unwrap();
    let t = Timeline::load(std::slice::from_ref(&dir));
    assert_eq!(t.entries.len(), 1);
    assert_eq!(t.events.len(), 1);
    export_everything(&t);
    let json = to_json(&t);
    assert!(json["articles"][0]["path"].as_str().unwrap().ends_with(".txt"));

    let saved = dir.join("p.tarikh");
    let p = Project::capture(&t, Default::default(), false);
    project::save(&saved, &p, true).unwrap();
    let back = project::load(&saved).unwrap();
    assert_eq!(back.articles[0].path, path, "the path comes back byte for byte");
    let (again, missing) = timeline_of(&back);
    assert!(missing.is_empty());
    assert_eq!(again.events.len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A FIFO or a device as an article or a project is refused at once with a reason, never read
/// (reading one blocks forever or never ends).
#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused() {
    let dir = fresh_dir("fifo");
    let fifo = dir.join("article.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let (articles, errors) = load_paths(std::slice::from_ref(&fifo));
        assert!(articles.is_empty());
        assert!(errors[0].reason == tarikh_core::article::Reason::NotRegularFile, "{}", errors[0]);
        let e = project::load(&fifo).unwrap_err();
        assert!(e.to_string().contains("not a regular file"), "{e}");
    }
    let e = article::load_file(Path::new("/dev/zero")).unwrap_err();
    assert!(e.reason == tarikh_core::article::Reason::NotRegularFile, "{e}");
    assert!(project::load(Path::new("/dev/zero")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// One sentence holding thousands of dates, with or without spaces: sentences and titles stay
/// bounded, so the work per date does not grow with the line.
#[test]
fn a_line_full_of_dates_stays_bounded() {
    for text in ["2000-2001-".repeat(20_000), "5 مارس 2021 و".repeat(10_000)] {
        let a = load_bytes(Path::new("dense.txt"), text.as_bytes()).unwrap();
        assert!(a.sentences.iter().all(|s| a.text[s.clone()].chars().count() <= MAX_SENTENCE_CHARS));
        let mut t = Timeline::default();
        t.add_articles(vec![a]);
        assert!(t.events.len() > 1000);
        for e in &t.events {
            assert!(e.title.chars().count() <= HEADLINE_CHARS + 2, "{}", e.title.chars().count());
        }
    }
}

/// 100,000 nested unclosed tags, and a table of 20,000 cells: the nesting is flattened before
/// parsing, each cell is a sentence of its own.
#[test]
fn deep_html_and_big_tables() {
    let deep = format!(
        "<html><body>{}<p>عقدت القمة في 19 ديسمبر 2022.</p></body></html>",
        "<div><font id=1>".repeat(50_000)
    );
    let a = load_bytes(Path::new("deep.html"), deep.as_bytes()).unwrap();
    assert!(a.text.contains("19 ديسمبر 2022"));
    let cells: String = (0..20_000).map(|i| format!("<td>خلية {i}</td>")).collect();
    let table = format!("<html><body><table><tr>{cells}</tr></table></body></html>");
    let a = load_bytes(Path::new("table.html"), table.as_bytes()).unwrap();
    assert!(a.sentences.len() >= 20_000, "{}", a.sentences.len());
}

/// Dates that end in an invisible mark, or run across a line break that ends a sentence, lie
/// inside their sentence.
#[test]
fn dates_never_run_past_their_sentence() {
    let texts = [
        "عنوان\n\nازدهرت الصناعة في الستينيات\nمن القرن الماضي بفضل التصدير.\n",
        "عنوان\n\nتمتد العطلة من مارس\nإلى أبريل 2021 في المدارس.\n",
        "عنوان\n\nوصل الوفد الرسمي إلى العاصمة بعد رحلة طويلة عبر الحدود في 3 مايو 2021\u{200E}\nثم غادر.\n",
        "عنوان\n\nوصل الوفد الرسمي إلى العاصمة بعد رحلة طويلة عبر الحدود في 3 مايو 2021\u{FEFF}",
    ];
    for text in texts {
        let a = load_bytes(Path::new("edge.txt"), text.as_bytes()).unwrap();
        let x = tarikh_core::timeline::extract_events(&a, 0);
        assert!(!x.events.is_empty(), "{text}");
        for e in &x.events {
            assert!(
                e.sentence_span.start <= e.date_span.start && e.date_span.end <= e.sentence_span.end,
                "{text:?}: {e:?}"
            );
            assert!(!e.date_text.ends_with(['\u{200E}', '\u{FEFF}']));
        }
    }
}

/// The same text under several names is one article, and the user is told how many were
/// skipped; the check is by hash, in one pass.
#[test]
fn duplicates_are_counted_not_dropped_silently() {
    let dir = fresh_dir("dups");
    for i in 0..4 {
        std::fs::write(dir.join(format!("copy{i}.txt")), "عقدت القمة في 19 ديسمبر 2022.\n").unwrap();
    }
    std::fs::write(dir.join("other.txt"), "وقعت الاتفاقية في 5 مارس 2021.\n").unwrap();
    let t = Timeline::load(&[dir.clone(), dir.join("other.txt")]);
    assert_eq!(t.entries.len(), 2);
    assert_eq!(duplicates_summary(&t.duplicates).as_deref(), Some("3 duplicates of 1 article skipped"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Project files as editors and other tools leave them.
#[test]
fn project_files_with_a_bom_repeated_keys_or_odd_schemas() {
    let body = r#"{"format": "tarikh-project", "schema": 1, "articles": []}"#;
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), body.as_bytes()].concat();
    assert!(project::load_bytes(&with_bom).is_ok(), "a byte order mark is not damage");
    let twice = r#"{"format": "tarikh-project", "schema": 1, "articles": [], "articles": []}"#;
    let e = project::load_bytes(twice.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("\"articles\" is given twice"), "{e}");
    for (schema, says) in
        [("\"1\"", "not a whole number: \"1\""), ("1.5", "not a whole number: 1.5"), ("null", "missing")]
    {
        let text = format!(r#"{{"format": "tarikh-project", "schema": {schema}, "articles": []}}"#);
        let e = project::load_bytes(text.as_bytes()).unwrap_err();
        assert!(matches!(e, ProjectError::Corrupt(_)) && e.to_string().contains(says), "{schema}: {e}");
    }
    // A view that cannot be read is dropped, the work kept.
    let odd_view =
        r#"{"format": "tarikh-project", "schema": 1, "articles": [], "view": {"window": [null, 3]}}"#;
    assert!(project::load_bytes(odd_view.as_bytes()).is_ok());
}
