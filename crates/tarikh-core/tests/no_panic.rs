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

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(a) = load_bytes(Path::new("random.txt"), &bytes) {
            let x = extract_events(&a, 0);
            for e in x.events {
                prop_assert_eq!(&a.text[e.date_span.clone()], e.date_text.as_str());
            }
        }
        let _ = load_bytes(Path::new("random.html"), &bytes);
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
            let _ = extract_events(&a, 0);
        }
    }
}

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
