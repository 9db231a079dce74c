//! The held-out set (`tests/heldout/`): 12 articles written for evaluation by a colleague who
//! did not read the extractor, with their gold events. A regression guard: the figures were
//! recall 1.000, precision 0.971 on its text articles when it was added (the HTML article's spans are into its
//! extracted text, so it is scored apart, see tests/heldout/README.md).

mod common;

use common::score::{Gold, read_gold, score};
use std::path::PathBuf;
use tarikh_core::timeline::Timeline;

/// Scores the articles of `tests/<set>/` against its gold (those `keep` keeps) and asserts the
/// least recall and precision.
fn check(set: &str, keep: impl Fn(&Gold) -> bool, min_recall: f64, min_precision: f64) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(set);
    let dir = root.join("articles");
    let jsonl = std::fs::read_to_string(root.join("gold.jsonl")).unwrap();
    let gold: Vec<_> = read_gold(&jsonl, &dir).into_iter().filter(|g| keep(g)).collect();
    let t = Timeline::load(std::slice::from_ref(&dir));
    let s = score(&gold, &t);
    println!("{set}: recall {:.3} precision {:.3}", s.recall, s.precision);
    assert!(s.recall >= min_recall, "recall {:.3}; missed {:?}", s.recall, s.missed);
    assert!(s.precision >= min_precision, "precision {:.3}; extra {:#?}", s.precision, s.extra);
}

#[test]
fn heldout_text_articles() {
    check("heldout", |g| !g.article.ends_with(".html"), 0.95, 0.93);
}

/// The second held-out set (`tests/heldout2/`, 10 web-style articles). When it was added the
/// extractor scored recall 0.926, precision 0.909; the fixes it prompted brought it to 1.000.
#[test]
fn heldout2_articles() {
    check("heldout2", |_| true, 0.95, 0.95);
}

/// The third held-out set (`tests/heldout3/`, 10 articles from Egypt, the Gulf, the Levant, Iraq
/// and the Maghreb, with 140 listed distractors). When it was added the extractor scored recall
/// 0.830, precision 0.954: three agency leads and a Hijri/Gregorian date line were not read as
/// datelines, «صائفة» and «متم» were unknown. After the fixes: recall 0.989, precision 0.985
/// (left: «الثالث من أوت» belongs to the previous year's festival, «العام الماضي» to the Hijri
/// year of a Hajj season).
#[test]
fn heldout3_articles() {
    check("heldout3", |_| true, 0.95, 0.95);
}

/// The fourth held-out set (`tests/heldout4/`, 10 articles: a market report, a court report, a
/// health bulletin, an obituary, a weather report, a Hijri-only decree, Levantine and Moroccan
/// pieces; 245 listed distractors). First run: recall 0.844, precision 0.886 (a masthead
/// dateline, «اليوم» before a noun, week parts, «فاتح», «الفصل الأول», «منذ 4 سنوات», Lebanon's
/// «14 آذار» bloc, «العشر الأواخر من رمضان», «الأيام الثلاثة المقبلة»…). After the fixes: recall
/// 0.979, precision 0.959 (left: a year-less «المقبل» without a dateline, fiscal years, and
/// Ramadan 1408 a day later than the gold's Umm al-Qura table: icu_calendar's data differ there).
#[test]
fn heldout4_articles() {
    check("heldout4", |_| true, 0.93, 0.93);
}

/// The fifth held-out set (`tests/heldout5/`, 8 articles: Yemeni and Mauritanian wires, a
/// Jordanian report with two date lines, an Iraqi analysis, a Gulf bank release, a milestones
/// list, a live blog, a sports piece under an English date line). First run: recall 0.862,
/// precision 0.944 (the English date line «October 15, 2025», Mauritanian «أغشت» and «دجمبر»,
/// «قبل عشرة أيام», the date line written again in a year-less agency lead). After the fixes:
/// recall 1.000, precision 0.973.
#[test]
fn heldout5_articles() {
    check("heldout5", |_| true, 0.95, 0.93);
}
