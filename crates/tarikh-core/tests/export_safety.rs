//! Output that others read is safe (issue 11): no formula in a spreadsheet cell, no control
//! character in SVG or iCalendar, an SVG that is always well-formed XML, no date outside the
//! years 0001–9999, and output linear in the input.
//!
//! `tests/data/output/` holds the reliability audit's reproducers (small synthetic files,
//! copied as they were); the one whose name is the attack (`=evil,name;"x".txt`) is stored as
//! `evil_name.txt.in` and given its name in a temporary folder, since Windows cannot check out
//! such a name.

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use tarikh_core::export::{
    ExportOptions, Format, IcsOptions, PictureOptions, export, starts_like_a_formula, to_ics, to_svg,
    to_xlsx, write_csv,
};
use tarikh_core::timeline::Timeline;

/// The reproducers in a temporary folder of the test's own, the evil name restored.
fn reproducers(test: &str) -> (PathBuf, Timeline) {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/output");
    let dir = std::env::temp_dir().join(format!("tarikh-output-safety-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in std::fs::read_dir(&src).unwrap() {
        let f = f.unwrap();
        let name = f.file_name().to_string_lossy().replace("evil_name.txt.in", "=evil,name;\"x\".txt");
        std::fs::write(dir.join(name), std::fs::read(f.path()).unwrap()).unwrap();
    }
    let t = Timeline::load(std::slice::from_ref(&dir));
    (dir, t)
}

fn csv_rows(t: &Timeline) -> Vec<csv::StringRecord> {
    let mut bytes = Vec::new();
    write_csv(t, &mut bytes).unwrap();
    csv::Reader::from_reader(&bytes[3..]).records().map(|r| r.unwrap()).collect()
}

/// The CSV's text columns (all but start and end, which are dates).
const DATE_COLUMNS: [usize; 2] = [2, 3];

fn assert_no_formula(rows: &[csv::StringRecord]) {
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if DATE_COLUMNS.contains(&i) {
                assert!(cell.len() == 10 && cell.as_bytes()[4] == b'-', "a plain ISO date: {cell}");
            } else {
                assert!(!starts_like_a_formula(cell), "column {i} starts a formula: {cell:?}");
                assert!(!cell.chars().any(|c| c.is_control() && c != '\n'), "control character: {cell:?}");
            }
        }
    }
}

fn assert_well_formed_svg(svg: &str) {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"));
    assert!(!svg.chars().any(|c| c.is_control() && c != '\n'), "a control character in the SVG");
    assert!(!svg.contains("direction="), "isolates, not the direction attribute");
}

fn assert_clean_ics(ics: &str) {
    for line in ics.split("\r\n") {
        assert!(!line.chars().any(|c| c.is_control()), "control character in {line:?}");
        if let Some(d) = line.strip_prefix("DTSTART;VALUE=DATE:").or(line.strip_prefix("DTEND;VALUE=DATE:")) {
            assert!(d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) && d >= "00010101", "{line}");
        }
    }
}

#[test]
fn csv_cells_never_start_a_formula() {
    let (dir, mut t) = reproducers("csv_cells_never_start_a_formula");
    let rows = csv_rows(&t);
    assert!(rows.len() >= 6, "{} rows", rows.len());
    assert_no_formula(&rows);
    // Each attack of inj.txt is in a cell, neutralised, its text intact.
    let sentences: Vec<&str> = rows.iter().map(|r| &r[7]).collect();
    // (The «=cmd|…!A0» line is cut at «!» by the sentence splitter; the tab before «=1+1» is
    // trimmed with the sentence's whitespace.)
    for attack in ["'+SUM(1,2)", "'-2+3", "'@SUM(1+1)", "'=1+1"] {
        assert!(sentences.iter().any(|s| s.starts_with(attack)), "{attack} in {sentences:#?}");
    }
    assert!(rows.iter().any(|r| &r[1] == "'=evil,name;\"x\".txt"), "the file name");
    // Notes and tags are text too; a date column is not.
    let id = t.events.iter().find(|e| e.date_text == "13 مارس 2021").unwrap().id;
    t.edit_event(id, |e| {
        e.note = "=HYPERLINK(\"http://x\")".into();
        e.tags = vec!["\t=1".into()];
        e.category = Some("@x".into());
    });
    let rows = csv_rows(&t);
    assert_no_formula(&rows);
    let row = rows.iter().find(|r| r[0] == id.to_string()).unwrap();
    assert_eq!((&row[11], &row[10], &row[9]), ("'=HYPERLINK(\"http://x\")", "'=1", "'@x"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn xlsx_marks_formula_like_text_as_text() {
    let (dir, t) = reproducers("xlsx_marks_formula_like_text_as_text");
    let bytes = to_xlsx(&t).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let read = |zip: &mut zip::ZipArchive<_>, name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let sheet = read(&mut zip, "xl/worksheets/sheet1.xml");
    let styles = read(&mut zip, "xl/styles.xml");
    assert!(!sheet.contains("<f>"), "no formula cell");
    assert!(styles.contains(r#"quotePrefix="1""#), "Excel's text mark is defined");
    let strings = read(&mut zip, "xl/sharedStrings.xml");
    assert!(
        strings.contains(">+SUM(1,2)") && strings.contains(">=evil,name"),
        "the text as written, marked as text"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn svg_and_ics_of_the_reproducers_are_clean_and_the_png_renders() {
    let (dir, t) = reproducers("svg_and_ics_of_the_reproducers_are_clean_and_the_png_renders");
    let svg = to_svg(&t, &PictureOptions::default());
    assert_well_formed_svg(&svg);
    for f in [Format::Png, Format::Svg] {
        export(&t, f, &ExportOptions { outlines: true, ..Default::default() }).unwrap();
    }
    let (ics, _) = to_ics(&t, &IcsOptions { name: "x\u{13}y".into(), stamp: chrono::Utc::now() });
    assert_clean_ics(&ics);
    assert!(ics.contains("X-WR-CALNAME:xy\r\n"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn dates_outside_the_years_1_to_9999_are_left_out_with_a_warning() {
    let (dir, t) = reproducers("dates_outside_the_years_1_to_9999_are_left_out_with_a_warning");
    let out_of_range = t.events.iter().filter(|e| !tarikh_core::export::writable(&e.range)).count();
    assert!(out_of_range > 0, "published_weird.html dates its relative dates in year -1 and 262143");
    for f in [Format::Csv, Format::Xlsx, Format::Ics, Format::Json, Format::TimelineJs] {
        let x = export(&t, f, &ExportOptions::default()).unwrap();
        assert_eq!(x.warnings.len(), out_of_range, "{f:?}: {:?}", x.warnings);
        assert!(x.warnings[0].contains("published_weird.html"), "{:?}", x.warnings);
    }
    let (ics, _) = to_ics(&t, &IcsOptions { name: String::new(), stamp: chrono::Utc::now() });
    assert_clean_ics(&ics);
    for row in csv_rows(&t) {
        assert!(("0001".."9999~").contains(&&row[2][..4]) && !row[3].starts_with(['+', '-']), "{row:?}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

/// Bytes of the JSON, CSV and ICS of one article.
fn data_size(path: &Path, text: &str) -> usize {
    let mut t = Timeline::default();
    t.add_articles(vec![tarikh_core::article::load_bytes(path, text.as_bytes()).unwrap()]);
    [Format::Json, Format::Csv, Format::Ics]
        .iter()
        .map(|f| export(&t, *f, &ExportOptions::default()).unwrap().bytes.len())
        .sum()
}

#[test]
fn output_grows_linearly_with_a_sentence_full_of_dates() {
    // One sentence holding n dates: copying it whole into each event would grow as n².
    let sentence = |n: usize| format!("عنوان\n\nوقال {}انتهى.\n", "إنه في 5 مارس 2021 عقد لقاء، ".repeat(n));
    let (small, big) = (sentence(150), sentence(600));
    let (a, b) = (data_size(Path::new("a.txt"), &small), data_size(Path::new("b.txt"), &big));
    let ratio = b as f64 / a as f64;
    assert!(ratio < 5.0, "4× the input gave {ratio:.1}× the output ({a} → {b} bytes)");
    assert!(b < 200 * big.len(), "{b} bytes from {} bytes", big.len());
}

/// Text with what breaks formats: markup, controls, formula leads, bidi marks, quotes.
fn nasty() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("<".to_string()),
        Just("&".to_string()),
        Just("]]>".to_string()),
        Just("\u{13}".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("=".to_string()),
        Just("+".to_string()),
        Just("\"".to_string()),
        Just("\u{2067}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{FFFF}".to_string()),
        Just("قال".to_string()),
        Just(" ".to_string()),
    ];
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_text_gives_well_formed_and_safe_exports(title in nasty(), before in nasty(), after in nasty(), name in nasty()) {
        // Enough plain text that the few control characters do not make the file "binary"
        // (a NUL does: the title and the file name carry those, set after loading).
        let body = "نص عادي طويل بما يكفي لتجاوز حد الواحد في المئة من الأحرف. ".repeat(200);
        let text = format!("عنوان\n\n{before} في 5 مارس 2021 {after}\n\n{body}").replace('\0', "");
        let mut article = tarikh_core::article::load_bytes(Path::new("x.txt"), text.as_bytes()).unwrap();
        article.title = title.clone();
        article.file_name = format!("{name}.txt");
        let mut t = Timeline::default();
        t.add_articles(vec![article]);
        assert_well_formed_svg(&to_svg(&t, &PictureOptions::default()));
        let (ics, _) = to_ics(&t, &IcsOptions { name: title.clone(), stamp: chrono::Utc::now() });
        assert_clean_ics(&ics);
        assert_no_formula(&csv_rows(&t));
    }
}
