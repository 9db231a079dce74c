//! A weekday written with a date: it picks the year of a year-less date, and when it
//! contradicts the date or the article's date, the written date stays and `conflict` is set.

use crate::check::{all, dates, day, flags};

#[test]
fn a_weekday_that_fits_is_no_conflict() {
    let s = "حددت الوزارة يوم الأربعاء 19 أغسطس 2015 آخر موعد للتسجيل.";
    all([dates(s, None, &[("الأربعاء 19 أغسطس 2015", "2015-08-19", "2015-08-19", "day")])]);
    assert!(!flags(s, None, "19 أغسطس 2015").contains(&"conflict"));
}

#[test]
fn a_weekday_that_contradicts_the_date() {
    // 19 August 2015 was a Wednesday.
    let s = "حددت الوزارة يوم الأحد 19 أغسطس 2015 آخر موعد للتسجيل.";
    all([dates(s, None, &[("الأحد 19 أغسطس 2015", "2015-08-19", "2015-08-19", "day")])]);
    assert!(flags(s, None, "19 أغسطس 2015").contains(&"conflict"));
    // A weekday before a Hijri date and its twin: 17 Ramadan 1433 was a Sunday.
    let s = "صدر البيان الأحد 17 رمضان 1433هـ الموافق 5 أغسطس 2012م.";
    assert!(!flags(s, None, "17 رمضان").contains(&"conflict"));
    let s = "صدر البيان الاثنين 17 رمضان 1433هـ الموافق 5 أغسطس 2012م.";
    assert!(flags(s, None, "17 رمضان").contains(&"conflict"));
}

#[test]
fn a_weekday_that_contradicts_the_dateline() {
    // The article is of Thursday 22 May 2014; «اليوم الأربعاء» keeps today and is flagged.
    let s = "قال الوزير اليوم الأربعاء إن الحكومة ستقدم استقالتها.";
    all([dates(s, day("2014-05-22"), &[("اليوم الأربعاء", "2014-05-22", "2014-05-22", "day")])]);
    assert!(flags(s, day("2014-05-22"), "اليوم الأربعاء").contains(&"conflict"));
    assert!(!flags(s, day("2014-05-21"), "اليوم الأربعاء").contains(&"conflict"));
    // «next Wednesday, that is 19 January» written on Wednesday 18 January 2012: the written
    // day (a Thursday) stays, flagged.
    let s = "يعقد المؤتمر يوم الأربعاء القادم الموافق 19 يناير في نيويورك.";
    all([dates(
        s,
        day("2012-01-18"),
        &[("يوم الأربعاء القادم الموافق 19 يناير", "2012-01-19", "2012-01-19", "day")],
    )]);
    assert!(flags(s, day("2012-01-18"), "19 يناير").contains(&"conflict"));
}

#[test]
fn a_weekday_picks_the_year_of_a_year_less_date() {
    // Written in August 2018 about a past Tuesday 14 March: 14 March 2018 was a Wednesday,
    // 14 March 2017 a Tuesday.
    all([dates(
        "وكان الاجتماع قد عقد يوم الثلاثاء 14 مارس في جنيف.",
        day("2018-08-01"),
        &[("الثلاثاء 14 مارس", "2017-03-14", "2017-03-14", "day")],
    )]);
}
