//! The article's date written near its top, as real pages write it.

use crate::check::day;
use tarikh_core::dates::find_dateline;

fn dateline(text: &str) -> Option<chrono::NaiveDate> {
    find_dateline(text).map(|d| d.date)
}

#[test]
fn official_style_with_spaces_around_the_dashes() {
    let text = "ارتفاع صادرات الفوسفات\nالنهار الجديدنشر في النهار الجديد يوم 14 - 03 - 2011\n\nقالت الشركة إن صادراتها ارتفعت.";
    assert_eq!(dateline(text), day("2011-03-14"));
}

#[test]
fn an_agency_name_without_brackets_before_the_dash() {
    let text = "العجز يتراجع\nعمّان 3-4-2011 بترا- قال وزير المالية إن العجز تراجع خلال الربع الأول من العام بفضل المنح الخارجية.\n";
    assert_eq!(dateline(text), day("2011-04-03"));
    // A sentence that happens to hold a date before a dash is not a lead.
    let text = "عنوان\nوصل الوفد إلى بيروت في 3 نيسان 2011 وغادرها بعد يومين - وقال رئيسه إن المحادثات كانت مثمرة جدا.\n";
    assert_eq!(dateline(text), None);
}

#[test]
fn a_labelled_date_followed_by_the_time() {
    let text = "عنوان الخبر\n\nالمصدر: يوم الأحد 06/03/2011 م الساعة 9:15 مساءً\n\nأعلنت الشركة نتائجها.";
    assert_eq!(dateline(text), day("2011-03-06"));
    let text =
        "عنوان الخبر\n\nالمصدر:: يوم الأحد 06/03/2011 م - الموافق 1-4-1432 هـ الساعة 9:15 صباحاً\n\nالنص.";
    assert_eq!(dateline(text), day("2011-03-06"));
}

#[test]
fn a_crawl_stamp_above_the_article_is_not_its_date() {
    // The page was saved in 2016; the article says it was published in 2011.
    let text = "الثلاثاء 5 أبريل 2016\nارتفاع صادرات الفوسفات\nنشر في الوطن يوم 12 - 03 - 2011\n\nالنص.";
    assert_eq!(dateline(text), day("2011-03-12"));
    let text = "05/04/2016\nعنوان الخبر\nالقاهرة في 11 نوفمبر 2011 (أ ش أ) - أعلن وزير النقل اليوم أن المرحلة الرابعة من الخط الثالث ستدخل الخدمة قريبا.\n";
    assert_eq!(dateline(text), day("2011-11-11"));
    // Without a date stated below it, the date at the top still counts.
    let text = "عنوان الخبر\n05/04/2016\nأعلن وزير النقل أن الخط الثالث سيدخل الخدمة قريبا.";
    assert_eq!(dateline(text), day("2016-04-05"));
}
