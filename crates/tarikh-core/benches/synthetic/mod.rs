//! Synthetic articles for the benchmarks: many dated sentences whose words vary the way news
//! does, so that grouping and search do their real work. Shared by the core's benches and the
//! app's (`#[path]`).

use tarikh_core::timeline::axis::ARABIC_MONTHS as MONTHS;

/// Words that vary from sentence to sentence, so that events of different articles on one day
/// are not all alike (as real ones are not) and grouping does what it does on news. Each article
/// draws from a window of three of each list, so no such word is in most articles (which would
/// make it one of the collection's common words, left out of grouping).
const WHO: [&str; 12] = [
    "الوزير",
    "السفير",
    "الوفد",
    "المبعوث",
    "البرلمان",
    "الجيش",
    "المحافظ",
    "النقابة",
    "المنظمة",
    "الشركة",
    "البنك",
    "الجامعة",
];
const WHERE: [&str; 12] = [
    "القاهرة",
    "الرياض",
    "بغداد",
    "تونس",
    "عمان",
    "الدوحة",
    "بيروت",
    "الرباط",
    "الجزائر",
    "مسقط",
    "الكويت",
    "دمشق",
];
const WHAT: [&str; 12] = [
    "التعاون",
    "الطاقة",
    "المياه",
    "التجارة",
    "الأمن",
    "الاستثمار",
    "النقل",
    "الصحة",
    "التعليم",
    "الزراعة",
    "السياحة",
    "الاتصالات",
];

/// A synthetic article with `n` dated sentences.
pub fn article(seed: usize, n: usize) -> String {
    let mut s = format!("مقال رقم {seed} عن الأحداث\n");
    for k in 0..n {
        let (d, m, y) = (1 + (seed * 7 + k * 3) % 28, (seed + k) % 12, 2000 + (seed + k * 5) % 25);
        let pick = |list: &[&'static str; 12], shift: usize| list[(seed + shift + k % 3) % 12];
        let (a, b, c) = (pick(&WHO, 0), pick(&WHERE, 4), pick(&WHAT, 8));
        s.push_str(&format!(
            "وأعلن المتحدث في {d} {} {y} أن {a} سيزور {b} لبحث {c}، بحضور 30 مسؤولا.\n",
            MONTHS[m]
        ));
    }
    s
}
