//! Hijri (Umm al-Qura) ↔ Gregorian, through icu_calendar.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

fn to_naive(d: Date<Iso>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(d.year().extended_year(), d.month().ordinal as u32, d.day_of_month().0 as u32)
}

/// The Gregorian day of a Hijri date: `gregorian(1445, 9, 15)` is 2024-03-25.
pub fn to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let d = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    to_naive(d.to_calendar(Iso))
}

/// The first and last Gregorian days of a Hijri month.
pub fn month_to_gregorian(year: i32, month: u8) -> Option<(NaiveDate, NaiveDate)> {
    let d = Date::try_new_hijri_with_calendar(year, month, 1, Hijri::new_umm_al_qura()).ok()?;
    let len = d.days_in_month() as u32;
    let start = to_naive(d.to_calendar(Iso))?;
    Some((start, start + chrono::Days::new(len as u64 - 1)))
}

/// The first and last Gregorian days of a Hijri year.
pub fn year_to_gregorian(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let start = to_gregorian(year, 1, 1)?;
    let next = to_gregorian(year + 1, 1, 1)?;
    Some((start, next.pred_opt()?))
}

/// The Hijri year containing a Gregorian day.
pub fn hijri_year_of(day: NaiveDate) -> Option<i32> {
    let iso = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
}

/// The Hijri (year, month, day) of a Gregorian day: 2024-03-25 is (1445, 9, 15).
pub fn hijri_of(day: NaiveDate) -> Option<(i32, u8, u8)> {
    let iso = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((h.year().extended_year(), h.month().ordinal, h.day_of_month().0))
}

/// The Hijri month `month` that begins in Gregorian year `gyear` («رمضان 2019»).
pub fn month_in_gregorian_year(gyear: i32, month: u8) -> Option<(NaiveDate, NaiveDate)> {
    let h = hijri_year_of(NaiveDate::from_ymd_opt(gyear, 1, 1)?)?;
    [h, h + 1].into_iter().find_map(|hy| {
        let (s, e) = month_to_gregorian(hy, month)?;
        (s.year() == gyear).then_some((s, e))
    })
}

/// A Hijri day (month, day) that falls in Gregorian year `gyear` (the first one, if two do).
pub fn day_in_gregorian_year(gyear: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let h = hijri_year_of(NaiveDate::from_ymd_opt(gyear, 1, 1)?)?;
    [h, h + 1].into_iter().find_map(|hy| to_gregorian(hy, month, day).filter(|d| d.year() == gyear))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn umm_al_qura_conversions() {
        assert_eq!(to_gregorian(1445, 9, 1), Some(d(2024, 3, 11)));
        assert_eq!(to_gregorian(1446, 1, 1), Some(d(2024, 7, 7)));
        assert_eq!(year_to_gregorian(1445), Some((d(2023, 7, 19), d(2024, 7, 6))));
        assert_eq!(month_in_gregorian_year(2019, 9), Some((d(2019, 5, 6), d(2019, 6, 3))));
        assert_eq!(hijri_year_of(d(2024, 12, 23)), Some(1446));
        assert_eq!(hijri_of(d(2024, 3, 25)), Some((1445, 9, 15)));
    }
}
