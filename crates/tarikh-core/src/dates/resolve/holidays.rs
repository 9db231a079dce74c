//! The days of holidays: Christmas, New Year, Easter, and the Islamic feasts.

use crate::dates::expr::Holiday;
use crate::dates::hijri;
use chrono::NaiveDate;

/// The day of a holiday in Gregorian year `y`.
pub(super) fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Christmas => NaiveDate::from_ymd_opt(y, 12, 25),
        Holiday::NewYear => NaiveDate::from_ymd_opt(y, 1, 1),
        Holiday::Easter => easter(y),
        Holiday::EidAlFitr => hijri::day_in_gregorian_year(y, 10, 1),
        Holiday::EidAlAdha => hijri::day_in_gregorian_year(y, 12, 10),
        Holiday::HijriNewYear => hijri::day_in_gregorian_year(y, 1, 1),
        Holiday::Mawlid => hijri::day_in_gregorian_year(y, 3, 12),
    }
}

/// The day of an Islamic holiday in Hijri year `hy` (none for the Christian ones).
pub(super) fn holiday_in_hijri_year(h: Holiday, hy: i32) -> Option<NaiveDate> {
    match h {
        Holiday::EidAlFitr => hijri::to_gregorian(hy, 10, 1),
        Holiday::EidAlAdha => hijri::to_gregorian(hy, 12, 10),
        Holiday::HijriNewYear => hijri::to_gregorian(hy, 1, 1),
        Holiday::Mawlid => hijri::to_gregorian(hy, 3, 12),
        Holiday::Christmas | Holiday::NewYear | Holiday::Easter => None,
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2013), NaiveDate::from_ymd_opt(2013, 3, 31));
        assert_eq!(easter(2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(easter(2025), NaiveDate::from_ymd_opt(2025, 4, 20));
    }
}
