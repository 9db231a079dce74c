//! Hijri dates of Gulf and official texts: parts of a Hijri month whose year comes from the
//! text, a numeric Hijri span paired with its Gregorian twin, start and end pairs.

use crate::check::{all, dates, day, no_date};

#[test]
fn parts_of_a_hijri_month_without_a_year() {
    all([
        // No dateline: the year is the one the report is about (Ramadan 1433 began on 20 July
        // 2012).
        dates(
            "ارتفعت الأسعار خلال الأسبوع الأول من شهر رمضان مقارنة بشهر يونيو 2012.",
            None,
            &[
                ("الأسبوع الأول من شهر رمضان", "2012-07-20", "2012-07-26", "part-of-month"),
                ("شهر يونيو 2012", "2012-06-01", "2012-06-30", "month"),
            ],
        ),
        dates(
            "بدأ تطبيق القرار مع أول يوم في شهر رمضان.",
            day("2014-07-10"),
            &[("أول يوم في شهر رمضان", "2014-06-28", "2014-06-28", "day")],
        ),
    ]);
}

#[test]
fn a_hijri_span_and_its_gregorian_twin() {
    all([dates(
        "تقام المسابقة خلال المدة من 18-25/1/ 1434هـ الموافق 2/12/2012م - 9/12 /2012م في مكة المكرمة.",
        None,
        &[("18-25/1/ 1434هـ الموافق 2/12/2012م - 9/12 /2012م", "2012-12-02", "2012-12-09", "range")],
    )]);
}

#[test]
fn a_start_and_an_end() {
    all([
        dates(
            "تبدأ الدورة يوم 1 رمضان 1435هـ وتنتهي يوم 7 رمضان 1435هـ.",
            None,
            &[("1 رمضان 1435هـ وتنتهي يوم 7 رمضان 1435هـ", "2014-06-28", "2014-07-04", "range")],
        ),
        dates(
            "يمتد التخفيض من 3 مارس 2014 إلى غاية 15 أبريل 2014.",
            None,
            &[("3 مارس 2014 إلى غاية 15 أبريل 2014", "2014-03-03", "2014-04-15", "range")],
        ),
        dates(
            "ترسيم الأعوان على فترات تتراوح بين سنة 2012 والثلاثية الأولى من سنة 2014.",
            None,
            &[("سنة 2012 والثلاثية الأولى من سنة 2014", "2012-01-01", "2014-03-31", "range")],
        ),
    ]);
}

#[test]
fn a_name_and_a_generic_month_are_not_dates() {
    all([
        no_date("قال مدرب الفريق هشام بن رمضان إن التحضيرات جيدة.", "رمضان"),
        no_date("يحتاج المستهلك إلى مؤشر للأسعار خصوصا في شهر رمضان وغيره من المواسم.", "رمضان"),
    ]);
}
