//! Date ticks for a time axis: years, months or days depending on the zoom, labelled in
//! Arabic month names or ISO. Used by the app's timeline and the exported images.

use chrono::{Datelike, Days, Months, NaiveDate};

/// Arabic month names as Egyptian and Gulf newspapers write them.
pub const ARABIC_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// How tick labels are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum MonthNames {
    /// «ديسمبر 2022», «19 ديسمبر».
    #[default]
    Arabic,
    /// `2022-12`, `2022-12-19`.
    Iso,
}

/// One tick on the axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub day: NaiveDate,
    pub label: String,
    /// Year boundaries (or month boundaries when days are shown) are drawn stronger.
    pub major: bool,
}

/// Hijri month names, as the axis writes them.
pub const HIJRI_MONTHS: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

/// A stretch of time named on the axis's upper tier («ديسمبر 2022» over the days of December),
/// so that the axis always says where it is, whatever the zoom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    pub start: NaiveDate,
    /// The first day after the band.
    pub end: NaiveDate,
    pub label: String,
}

/// What the ticks of a span show: years, months or days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Years,
    Months,
    Days,
}

fn level(from: f64, to: f64, max_ticks: usize) -> Level {
    let span_days = (to - from).max(1.0);
    let max_ticks = max_ticks.max(2) as f64;
    if span_days / 365.25 > max_ticks / 2.0 || span_days > 365.25 * 3.0 {
        Level::Years
    } else if span_days / 30.4 <= max_ticks * 3.0 && span_days > max_ticks * 2.0 {
        Level::Months
    } else {
        Level::Days
    }
}

/// The upper tier over [`ticks`]: the months of days, the years of months, the decades of
/// years.
pub fn context_bands(from: f64, to: f64, max_ticks: usize, names: MonthNames) -> Vec<Band> {
    let (start, end) = (day_at(from), day_at(to));
    let mut out = Vec::new();
    match level(from, to, max_ticks) {
        Level::Days => {
            let mut d = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
            while let Some(m) = d.filter(|m| *m <= end) {
                let next = m.checked_add_months(Months::new(1));
                let label = match names {
                    MonthNames::Arabic => format!("{} {}", ARABIC_MONTHS[m.month0() as usize], m.year()),
                    MonthNames::Iso => format!("{}-{:02}", m.year(), m.month()),
                };
                out.push(Band { start: m, end: next.unwrap_or(NaiveDate::MAX), label });
                d = next;
            }
        }
        Level::Months => {
            for y in start.year()..=end.year() {
                if let (Some(a), Some(b)) =
                    (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y + 1, 1, 1))
                {
                    out.push(Band { start: a, end: b, label: y.to_string() });
                }
            }
        }
        Level::Years => {
            // Decades, or centuries when the years shown are far apart.
            let years = (end.year() - start.year()).max(1);
            let unit = if years > 300 { 100 } else { 10 };
            let mut y = start.year() - start.year().rem_euclid(unit);
            while y <= end.year() {
                if let (Some(a), Some(b)) =
                    (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y + unit, 1, 1))
                {
                    out.push(Band { start: a, end: b, label: format!("{y}–{}", y + unit - 1) });
                }
                y += unit;
            }
        }
    }
    out
}

/// The optional Hijri tier (Umm al-Qura): Hijri months («رمضان 1445») when days or months are
/// shown, Hijri years («1445 هـ») when years are; thinned when there would be too many.
pub fn hijri_bands(from: f64, to: f64, max_ticks: usize) -> Vec<Band> {
    use crate::dates::hijri;
    let (start, end) = (day_at(from), day_at(to));
    let mut out = Vec::new();
    let Some((mut y, mut m, _)) = hijri::hijri_of(start) else { return out };
    if level(from, to, max_ticks) == Level::Years {
        let years = (end.year() - start.year()).max(1) as usize;
        let step =
            [1, 2, 5, 10, 20, 50, 100].into_iter().find(|s| years / s <= max_ticks.max(2)).unwrap_or(100)
                as i32;
        y -= y.rem_euclid(step);
        while let Some((a, _)) = hijri::year_to_gregorian(y) {
            if a > end {
                break;
            }
            let b = hijri::year_to_gregorian(y + step).map_or(NaiveDate::MAX, |(b, _)| b);
            out.push(Band { start: a, end: b, label: format!("{y} هـ") });
            y += step;
        }
        return out;
    }
    while let Some((a, last)) = hijri::month_to_gregorian(y, m) {
        if a > end || out.len() > 400 {
            break;
        }
        let b = last.succ_opt().unwrap_or(NaiveDate::MAX);
        out.push(Band { start: a, end: b, label: format!("{} {y}", HIJRI_MONTHS[m as usize - 1]) });
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

/// Days since 1970-01-01: the x coordinate of the timeline.
pub fn day_number(d: NaiveDate) -> f64 {
    // 719_163 is 1970-01-01 counted from 0001-01-01 (day 1): integer work, called per event
    // per frame.
    (d.num_days_from_ce() - 719_163) as f64
}

/// The day at an x coordinate (clamped to chrono's range).
pub fn day_at(x: f64) -> NaiveDate {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
    let n = x.floor().clamp(-100_000_000.0, 100_000_000.0) as i64;
    epoch.checked_add_signed(chrono::Duration::days(n)).unwrap_or(epoch)
}

/// Ticks between two x coordinates, at most about `max_ticks` of them.
pub fn ticks(from: f64, to: f64, max_ticks: usize, names: MonthNames) -> Vec<Tick> {
    let span_days = (to - from).max(1.0);
    let max_ticks = max_ticks.max(2) as f64;
    let (start, end) = (day_at(from), day_at(to));
    let mut out = Vec::new();
    if span_days / 365.25 > max_ticks / 2.0 || span_days > 365.25 * 3.0 {
        // Years, every `step` years.
        let years = span_days / 365.25;
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
            .into_iter()
            .find(|s| years / *s as f64 <= max_ticks)
            .unwrap_or(1000);
        let mut y = start.year() - start.year().rem_euclid(step);
        while let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
            if d > end {
                break;
            }
            if d >= start {
                out.push(Tick { day: d, label: y.to_string(), major: true });
            }
            y += step;
        }
    } else if span_days / 30.4 <= max_ticks * 3.0 && span_days > max_ticks * 2.0 {
        // Months, every `step` months.
        let months = span_days / 30.4;
        let step = [1u32, 2, 3, 6].into_iter().find(|s| months / *s as f64 <= max_ticks).unwrap_or(6);
        let mut d = NaiveDate::from_ymd_opt(start.year(), 1, 1).expect("valid");
        while d <= end {
            if d >= start && d.month0().is_multiple_of(step) {
                let major = d.month() == 1;
                let label = match names {
                    MonthNames::Arabic if major => format!("{} {}", ARABIC_MONTHS[0], d.year()),
                    MonthNames::Arabic => ARABIC_MONTHS[d.month0() as usize].to_string(),
                    MonthNames::Iso => format!("{}-{:02}", d.year(), d.month()),
                };
                out.push(Tick { day: d, label, major });
            }
            match d.checked_add_months(Months::new(1)) {
                Some(n) => d = n,
                None => break,
            }
        }
    } else {
        // Days, every `step` days, restarting each month.
        let step =
            [1u32, 2, 5, 10, 15].into_iter().find(|s| span_days / *s as f64 <= max_ticks).unwrap_or(15);
        let mut d = start;
        while d <= end {
            let first = d.day() == 1;
            if first || (d.day() - 1) % step == 0 && d.day() <= 31 - step / 2 {
                let label = match names {
                    MonthNames::Arabic if first => {
                        format!("{} {}", ARABIC_MONTHS[d.month0() as usize], d.year())
                    }
                    MonthNames::Arabic => format!("{} {}", d.day(), ARABIC_MONTHS[d.month0() as usize]),
                    MonthNames::Iso => d.to_string(),
                };
                out.push(Tick { day: d, label, major: first });
            }
            match d.checked_add_days(Days::new(1)) {
                Some(n) => d = n,
                None => break,
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn x(y: i32, m: u32, d: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    #[test]
    fn zooming_in_goes_from_years_to_months_to_days() {
        let years = ticks(x(2010, 1, 1), x(2026, 1, 1), 10, MonthNames::Iso);
        assert!(years.iter().all(|t| t.day.month() == 1 && t.day.day() == 1), "{years:?}");
        let months = ticks(x(2022, 1, 1), x(2023, 1, 1), 14, MonthNames::Arabic);
        assert!(months.iter().any(|t| t.label == "ديسمبر"), "{months:?}");
        let days = ticks(x(2022, 12, 10), x(2022, 12, 25), 10, MonthNames::Arabic);
        assert!(
            days.iter().any(|t| t.label == "19 ديسمبر" || t.label == "20 ديسمبر" || t.label == "21 ديسمبر"),
            "{days:?}"
        );
        assert!(days.len() <= 12);
    }

    #[test]
    fn the_upper_tier_always_says_the_month_or_the_year() {
        let days = context_bands(x(2023, 12, 4), x(2023, 12, 12), 10, MonthNames::Arabic);
        assert_eq!(days.iter().map(|b| b.label.as_str()).collect::<Vec<_>>(), ["ديسمبر 2023"]);
        let months = context_bands(x(2022, 6, 1), x(2023, 6, 1), 14, MonthNames::Arabic);
        assert_eq!(months.iter().map(|b| b.label.as_str()).collect::<Vec<_>>(), ["2022", "2023"]);
        let years = context_bands(x(1995, 1, 1), x(2025, 1, 1), 10, MonthNames::Arabic);
        assert_eq!(years.first().map(|b| b.label.as_str()), Some("1990–1999"));
    }

    #[test]
    fn hijri_tier() {
        let ramadan = hijri_bands(x(2024, 3, 20), x(2024, 3, 30), 10);
        assert_eq!(ramadan.iter().map(|b| b.label.as_str()).collect::<Vec<_>>(), ["رمضان 1445"]);
        assert_eq!(ramadan[0].start, NaiveDate::from_ymd_opt(2024, 3, 11).unwrap());
        let years = hijri_bands(x(2000, 1, 1), x(2024, 1, 1), 10);
        assert!(years.iter().all(|b| b.label.ends_with("هـ")), "{years:?}");
        assert!(years.len() <= 12, "{}", years.len());
    }

    #[test]
    fn day_numbers_round_trip() {
        let d = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
        assert_eq!(day_at(day_number(d)), d);
        assert_eq!(day_at(day_number(d) + 0.7), d);
    }
}
