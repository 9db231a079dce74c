//! Loading articles from disk: encodings, errors, folders, HTML, and the seed articles.

use encoding_rs::{Encoding, ISO_8859_6, WINDOWS_1256};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use tarikh_core::article::{
    Article, LoadError, MAX_FILE_BYTES, Reason, expand_paths, load_bytes, load_file, load_paths, sentences,
};

const PARAGRAPH: &str = "افتتحت البلدية صباح اليوم الحديقة العامة الجديدة في وسط المدينة بعد \
    أعمال استمرت عامين. وتضم الحديقة ملاعب للأطفال ومسارا للدراجات وبحيرة صغيرة تحيط بها \
    أشجار الزيتون. وقال رئيس البلدية إن المشروع جزء من خطة أوسع لزيادة المساحات الخضراء، \
    وإن حديقتين أخريين ستفتتحان قبل نهاية العام المقبل. ورحب السكان بالمشروع، وطالبوا \
    بتوفير مواقف كافية للسيارات.";

/// A fresh folder under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("tarikh-article-{name}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, rel: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for unit in text.encode_utf16() {
        let pair = if little_endian { unit.to_le_bytes() } else { unit.to_be_bytes() };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

fn assert_well_formed(a: &Article) {
    let mut previous_end = 0;
    for s in &a.sentences {
        assert!(s.start < s.end, "{}: empty span {s:?}", a.file_name);
        assert!(s.start >= previous_end, "{}: overlapping {s:?}", a.file_name);
        assert!(
            a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end),
            "{}: {s:?} not on char boundaries",
            a.file_name
        );
        let sentence = &a.text[s.clone()];
        assert_eq!(sentence, sentence.trim(), "{}: untrimmed span", a.file_name);
        previous_end = s.end;
    }
    assert_eq!(a.content_hash, xxhash_rust::xxh3::xxh3_64(a.text.as_bytes()));
}

#[test]
fn every_encoding_decodes_back_to_the_same_text() {
    let dir = TempDir::new("encodings");
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(PARAGRAPH.as_bytes());
    let cases: Vec<(&str, Vec<u8>, &[&str])> = vec![
        ("utf8.txt", PARAGRAPH.as_bytes().to_vec(), &["UTF-8"]),
        ("utf8-bom.txt", with_bom, &["UTF-8"]),
        ("utf16le.txt", utf16(PARAGRAPH, true), &["UTF-16LE"]),
        ("utf16be.txt", utf16(PARAGRAPH, false), &["UTF-16BE"]),
        // The two Arabic code pages share most letters: either name is right if the text is.
        ("cp1256.txt", encode(WINDOWS_1256, PARAGRAPH), &["windows-1256", "ISO-8859-6"]),
        ("iso-8859-6.txt", encode(ISO_8859_6, PARAGRAPH), &["ISO-8859-6", "windows-1256"]),
    ];
    for (name, bytes, encodings) in cases {
        let a = load_file(&dir.write(name, &bytes)).unwrap();
        assert_eq!(a.text, PARAGRAPH, "{name}");
        assert!(!a.text.starts_with('\u{FEFF}'), "{name}: BOM kept");
        assert!(encodings.contains(&a.encoding), "{name}: {}", a.encoding);
        assert!(a.warnings.is_empty(), "{name}: {:?}", a.warnings);
        assert_eq!(a.sentences.len(), 4, "{name}");
        assert_eq!(a.file_name, name);
        assert!(a.published.is_none());
        assert_well_formed(&a);
    }
}

#[test]
fn windows_1256_is_named_when_only_it_fits() {
    // «گ» and «پ» are in windows-1256 and not in ISO-8859-6.
    let text = format!("{PARAGRAPH} وزار الوفد بعدها گرگان ثم پاکستان.");
    let a = load_bytes(Path::new("x.txt"), &encode(WINDOWS_1256, &text)).unwrap();
    assert_eq!((a.text.as_str(), a.encoding), (text.as_str(), "windows-1256"));
}

#[test]
fn invalid_utf8_bytes_are_replaced_with_a_warning() {
    let mut bytes = PARAGRAPH.as_bytes().to_vec();
    let at = PARAGRAPH.find(' ').unwrap();
    bytes.splice(at..at, [0xFF, b' ', 0xC0]);
    let a = load_bytes(Path::new("damaged.txt"), &bytes).unwrap();
    assert_eq!(a.encoding, "UTF-8");
    assert_eq!(a.warnings, ["2 invalid UTF-8 byte sequences replaced with U+FFFD"]);
    assert_eq!(a.text.matches('\u{FFFD}').count(), 2);
}

#[test]
fn binary_files_are_refused() {
    let dir = TempDir::new("binary");
    let path = dir.write("image.txt", b"\x00\x01\x02text\x00\xFF\xFE");
    let err = load_file(&path).unwrap_err();
    assert_eq!(err, LoadError { path: path.clone(), reason: Reason::Binary });
    assert!(err.to_string().ends_with("image.txt: not a text file (binary data)"));
    let controls: Vec<u8> = b"abc\x01\x02\x03\x04\x05\x06def".repeat(20);
    assert!(load_bytes(Path::new("c.md"), &controls).is_err());
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let dir = TempDir::new("large");
    let path = dir.0.join("huge.txt");
    // Sparse: no 50 MB are written.
    fs::File::create(&path).unwrap().set_len(MAX_FILE_BYTES + 1).unwrap();
    let err = load_file(&path).unwrap_err();
    assert_eq!(err.path, path);
    assert_eq!(err.reason.to_string(), "too large (51 MB; the limit is 50 MB)");
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let missing = std::env::temp_dir().join("tarikh-no-such-dir/none.txt");
    assert_eq!(
        load_file(&missing).unwrap_err(),
        LoadError { path: missing.clone(), reason: Reason::NotFound }
    );
    let (files, errors) = expand_paths(std::slice::from_ref(&missing));
    assert!(files.is_empty());
    assert_eq!(errors[0].reason.to_string(), "no such file or folder");
    let (articles, errors) = load_paths(&[missing]);
    assert!(articles.is_empty());
    assert_eq!(errors.len(), 1);
}

#[test]
fn an_empty_file_is_an_empty_article() {
    let dir = TempDir::new("empty");
    let a = load_file(&dir.write("nothing.txt", b"")).unwrap();
    assert_eq!(a.text, "");
    assert!(a.sentences.is_empty());
    assert_eq!(a.title, "nothing.txt");
}

#[test]
fn folders_are_walked_sorted_and_filtered() {
    let dir = TempDir::new("walk");
    for rel in [
        "b/z.txt",
        "b/a.HTML",
        "a.md",
        "c/deep/er/x.Htm",
        "notes.TXT",
        "image.png",
        "data.json",
        ".hidden/secret.txt",
        ".dot.txt",
    ] {
        dir.write(rel, "نص".as_bytes());
    }
    let single = dir.write("elsewhere/given.csv", "نص".as_bytes());
    let (files, errors) = expand_paths(&[single.clone(), dir.0.clone()]);
    assert!(errors.is_empty(), "{errors:?}");
    let rel: Vec<String> = files[1..]
        .iter()
        .map(|p| p.strip_prefix(&dir.0).unwrap().to_string_lossy().replace('\\', "/"))
        .collect();
    assert_eq!(files[0], single);
    assert_eq!(rel, ["a.md", "b/a.HTML", "b/z.txt", "c/deep/er/x.Htm", "notes.TXT"]);
}

#[test]
fn load_paths_keeps_order_and_loads_duplicates_once() {
    let dir = TempDir::new("load");
    let one = dir.write("1.txt", "الأول.".as_bytes());
    dir.write("2.txt", "الثاني.".as_bytes());
    dir.write("3.txt", b"\x00binary");
    let again = dir.0.join(".").join("1.txt");
    let (articles, errors) = load_paths(&[one, dir.0.clone(), again]);
    let titles: Vec<&str> = articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["الأول.", "الثاني."]);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].path.ends_with("3.txt"));
}

#[test]
fn html_pages_give_body_text_title_and_date() {
    let dir = TempDir::new("html");
    let page = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>\
        <meta charset=\"utf-8\"><title>  افتتاح الحديقة  </title>\
        <meta property=\"article:published_time\" content=\"2024-12-23T10:00:00Z\">\
        <style>body { font-family: serif }</style>\
        <script>window.analytics = {\"x\": 1};</script></head>\
        <body><header><a href=\"/\">الرئيسية</a></header>\
        <article><h1>افتتاح الحديقة العامة</h1>\
        <p>افتتحت البلدية الحديقة &laquo;الكبرى&raquo; &amp; الملاعب.</p>\
        <p>وقال   رئيس\n   البلدية إن المشروع <em>انتهى</em>.<br>وسيتبعه مشروع آخر.</p>\
        <script>document.write('إعلان')</script><noscript>إعلان</noscript></article></body></html>";
    let a = load_file(&dir.write("page.HTML", page.as_bytes())).unwrap();
    assert_eq!(a.title, "افتتاح الحديقة");
    assert_eq!(a.published, chrono::NaiveDate::from_ymd_opt(2024, 12, 23));
    assert_eq!(
        a.text,
        "الرئيسية\n\nافتتاح الحديقة العامة\n\nافتتحت البلدية الحديقة «الكبرى» & الملاعب.\n\n\
         وقال رئيس البلدية إن المشروع انتهى.\nوسيتبعه مشروع آخر."
    );
    assert!(!a.text.contains("analytics") && !a.text.contains("font") && !a.text.contains("إعلان"));
    assert_eq!(a.sentences.len(), 5);
    assert_well_formed(&a);

    // Sniffed as HTML despite the extension; charset from the page, in windows-1256.
    let legacy = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">\
        <title>خبر</title></head><body><p>نص الخبر.</p></body></html>";
    let a = load_bytes(Path::new("saved.txt"), &encode(WINDOWS_1256, legacy)).unwrap();
    assert_eq!((a.text.as_str(), a.title.as_str(), a.encoding), ("نص الخبر.", "خبر", "windows-1256"));
}

#[test]
fn text_titles_strip_markdown_marks() {
    let a = load_bytes(Path::new("n.md"), "\n\n## قمة المناخ  \n\nانطلقت القمة.".as_bytes()).unwrap();
    assert_eq!(a.title, "قمة المناخ");
    assert_eq!(a.published, None);
}

#[test]
fn sentence_segmentation_cases() {
    let split = |t: &'static str| -> Vec<&'static str> { sentences(t).into_iter().map(|r| &t[r]).collect() };
    assert_eq!(
        split("بلغ التضخم 3.5 بالمئة في 19.12.2022. وقال د. فؤاد إن الرقم سيتغير؟ ربما!"),
        ["بلغ التضخم 3.5 بالمئة في 19.12.2022.", "وقال د. فؤاد إن الرقم سيتغير؟", "ربما!"]
    );
    assert_eq!(split("بين 2023/12/8 و2024/1/3 لا شيء"), ["بين 2023/12/8 و2024/1/3 لا شيء"]);
    assert_eq!(
        split("## المقدمة\nنص قصير\n\nفقرة بعد سطر فارغ."),
        ["## المقدمة", "نص قصير", "فقرة بعد سطر فارغ."]
    );
    // Wrapped PDF lines with the full stop moved to the start of the last line.
    let pdf = "عنوان\nوأوضح التقرير الذي صدر أمس عن مركز الدراسات أن معدلات البطالة تراجعت بين\n\
               .الشباب في المدن الكبرى\nوتابع التقرير.";
    assert_eq!(
        split(pdf),
        [
            "عنوان",
            "وأوضح التقرير الذي صدر أمس عن مركز الدراسات أن معدلات البطالة تراجعت بين\n.الشباب في المدن الكبرى",
            "وتابع التقرير."
        ]
    );
}

#[test]
fn the_seed_articles_load() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let (articles, errors) = load_paths(&[seeds]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(articles.len(), 5);
    for a in &articles {
        assert_eq!(a.encoding, "UTF-8", "{}", a.file_name);
        assert!(!a.sentences.is_empty(), "{}", a.file_name);
        assert!(!a.title.is_empty());
        assert_well_formed(a);
    }
    let names: Vec<&str> = articles.iter().map(|a| &a.file_name[..3]).collect();
    assert_eq!(names, ["000", "001", "002", "003", "004"]);

    let a = &articles[4];
    let date = "19 ديسمبر 2022";
    let at = a.text.find(date).expect("the date is in seed 004");
    let sentence = a.sentence_at(at).expect("the date is in a sentence");
    assert!(sentence.end >= at + date.len(), "{:?}", &a.text[sentence]);

    // The PDF extraction: the mark that ends «…أوكرانيين إل روسيا» stays with its line.
    let pdf = &articles[0];
    let at = pdf.text.find(".«أوكرانيين").unwrap();
    let s = pdf.sentence_at(at).unwrap();
    assert_eq!(s.start, at);
    assert!(pdf.text[s].ends_with("روسيا"));
}
