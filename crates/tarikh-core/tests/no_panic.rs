//! Property tests: no input makes the loader or the extractor panic, and every span the
//! extractor reports is on char boundaries and holds exactly the text it claims.

use proptest::prelude::*;
use std::path::Path;
use tarikh_core::article::load_bytes;
use tarikh_core::dates::{find, parse_phrase};
use tarikh_core::timeline::extract_events;

/// Pieces of Arabic date language, glued at random: the grammar's hardest inputs are
/// near-misses of real dates.
const PIECES: &[&str] = &[
    "في",
    "من",
    "إلى",
    "حتى",
    "بين",
    "و",
    "منذ",
    "عام",
    "العام",
    "سنة",
    "شهر",
    "يوم",
    "يومي",
    "19",
    "٢٠٢٤",
    "2023",
    "12",
    "31",
    "1445",
    "هـ",
    "م",
    "/",
    "-",
    "‐",
    ".",
    "(",
    ")",
    "،",
    "ديسمبر",
    "كانون",
    "الثاني",
    "الأول",
    "تشرين",
    "آذار",
    "مايو",
    "أيار",
    "رمضان",
    "ذو",
    "الحجة",
    "التاسع",
    "الحادي",
    "والعشرين",
    "عشر",
    "نهاية",
    "مطلع",
    "منتصف",
    "الأشهر",
    "الأولى",
    "النصف",
    "الربع",
    "الأخير",
    "آخر",
    "الخميس",
    "الاثنين",
    "الماضي",
    "المقبل",
    "أمس",
    "غداً",
    "اليوم",
    "الموافق",
    "عيد",
    "الفطر",
    "ألف",
    "%",
    "\n",
    " ",
    "ـ",
    "\u{200F}",
    "َ",
    "قبل",
    "أيام",
];

fn arabic_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            if i % 3 != 2 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn check_spans(text: &str, anchor: Option<chrono::NaiveDate>) {
    for m in find(text, anchor) {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.clone()], m.text);
        if let Some(r) = m.range {
            assert!(r.start <= r.end, "{m:?}");
        }
    }
}

/// Every event's spans: on char boundaries, holding what they claim, the date inside its
/// sentence.
fn check_events(a: &tarikh_core::article::Article) {
    let x = extract_events(a, 0);
    let spans = x.events.iter().map(|e| (&e.date_span, &e.sentence_span, &e.date_text));
    let unplaced = x.unplaced.iter().map(|u| (&u.date_span, &u.sentence_span, &u.date_text));
    for (date, sentence, text) in spans.chain(unplaced) {
        assert_eq!(a.text.get(date.clone()), Some(text.as_str()));
        assert!(a.text.get(sentence.clone()).is_some(), "{sentence:?}");
        assert!(sentence.start <= date.start && date.end <= sentence.end, "{date:?} outside {sentence:?}");
    }
}

/// Cases per property: 512 in a plain `cargo test`; `TARIKH_FUZZ_CASES` sets more (the test
/// script runs a longer, bounded fuzz).
fn cases() -> u32 {
    std::env::var("TARIKH_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(a) = load_bytes(Path::new("random.txt"), &bytes) {
            check_events(&a);
        }
        if let Ok(a) = load_bytes(Path::new("random.html"), &bytes) {
            check_events(&a);
        }
    }

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,300}") {
        check_spans(&text, None);
        check_spans(&text, chrono::NaiveDate::from_ymd_opt(2024, 12, 23));
        let _ = parse_phrase(&text, None);
    }

    #[test]
    fn arabic_date_soup_never_panics(text in arabic_soup()) {
        check_spans(&text, None);
        check_spans(&text, chrono::NaiveDate::from_ymd_opt(2024, 2, 29));
        let _ = parse_phrase(&text, chrono::NaiveDate::from_ymd_opt(1, 1, 1));
        if let Ok(a) = load_bytes(Path::new("soup.txt"), text.as_bytes()) {
            check_events(&a);
        }
    }

    /// Dates glued to line breaks, invisible marks and sentence ends: a date never runs past
    /// its sentence.
    #[test]
    fn dates_at_sentence_ends_stay_inside(text in arabic_soup(), marks in prop::collection::vec(prop::sample::select(EDGES), 1..6)) {
        let mut glued = text.clone();
        for (i, m) in marks.iter().enumerate() {
            let at = (i * 7919) % (glued.len() + 1);
            let at = (0..=at).rev().find(|&k| glued.is_char_boundary(k)).unwrap_or(0);
            glued.insert_str(at, m);
        }
        if let Ok(a) = load_bytes(Path::new("edges.txt"), glued.as_bytes()) {
            check_events(&a);
        }
    }
}

/// What ends or hides at the edge of a sentence.
const EDGES: &[&str] =
    &["\u{200E}", "\u{200F}", "\u{202C}", "\u{FEFF}", "\n", "\n\n", ".", "؟", " 2021\n", "\u{2069}"];

#[test]
fn extreme_anchors_do_not_panic() {
    for anchor in [chrono::NaiveDate::MIN, chrono::NaiveDate::MAX] {
        for phrase in [
            "أمس",
            "غداً",
            "الأسبوع المقبل",
            "العام الماضي",
            "يناير المقبل",
            "الخميس الماضي",
            "قبل 3 أيام",
            "عيد الفطر",
        ] {
            let _ = find(phrase, Some(anchor));
        }
    }
}
