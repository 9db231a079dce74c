//! A date the user types in an edit field: ISO (`2023-12-06`, `2023-12`, `2023`, a range
//! `2023-12-06/2023-12-08` or `2023-12-06 .. 2023-12-08`) or Arabic as in the articles
//! («6 ديسمبر 2023», «من 6 إلى 8 ديسمبر 2023», «أمس»), read by the same engine.

use super::range::{DateRange, Granularity, last_day_of_month};
use chrono::NaiveDate;

/// Parses what the user typed; `reference` anchors relative phrases (the article's dateline).
pub fn parse_user_date(text: &str, reference: Option<NaiveDate>) -> Option<DateRange> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(r) = iso(t) {
        return Some(r);
    }
    for sep in ["..", "/", " – ", " - ", "–"] {
        if let Some((a, b)) = t.split_once(sep)
            && let (Some(a), Some(b)) = (iso(a.trim()), iso(b.trim()))
        {
            // Two ISO dates: a range, or nothing if it ends before it starts.
            return (a.start <= b.end).then_some(DateRange {
                start: a.start,
                end: b.end,
                granularity: Granularity::Range,
            });
        }
    }
    super::parse_phrase(t, reference).and_then(|m| m.range)
}

/// `2023-12-06` (day), `2023-12` (month), `2023` (year).
fn iso(t: &str) -> Option<DateRange> {
    let parts: Vec<&str> = t.split('-').collect();
    if parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) || parts[0].len() != 4 {
        return None;
    }
    let y: i32 = parts[0].parse().ok()?;
    match parts[1..] {
        [] => DateRange::year(y),
        [m] => DateRange::month(y, m.parse().ok()?),
        [m, d] => NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?).map(DateRange::day),
        _ => None,
    }
}

/// The range a granularity gives around a day the user picked (a date picker gives days).
pub fn widen(day: NaiveDate, end: NaiveDate, g: Granularity) -> DateRange {
    use chrono::Datelike;
    let (y, m) = (day.year(), day.month());
    match g {
        Granularity::Day => DateRange::day(day),
        Granularity::Month | Granularity::PartOfMonth => DateRange {
            start: NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(day),
            end: last_day_of_month(y, m).unwrap_or(day),
            granularity: g,
        },
        Granularity::Year | Granularity::PartOfYear => DateRange {
            start: NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(day),
            end: NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(day),
            granularity: g,
        },
        Granularity::Range => DateRange { start: day.min(end), end: end.max(day), granularity: g },
        // The decade of the day (1980–1989), the century (1901–2000).
        Granularity::Decade | Granularity::PartOfDecade => DateRange {
            start: NaiveDate::from_ymd_opt(y - y.rem_euclid(10), 1, 1).unwrap_or(day),
            end: NaiveDate::from_ymd_opt(y - y.rem_euclid(10) + 9, 12, 31).unwrap_or(day),
            granularity: g,
        },
        Granularity::Century | Granularity::PartOfCentury => {
            let first = (y - 1).div_euclid(100) * 100 + 1;
            DateRange {
                start: NaiveDate::from_ymd_opt(first, 1, 1).unwrap_or(day),
                end: NaiveDate::from_ymd_opt(first + 99, 12, 31).unwrap_or(day),
                granularity: g,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_iso_forms() {
        assert_eq!(parse_user_date("2023-01-05", None), Some(DateRange::day(d(2023, 1, 5))));
        assert_eq!(parse_user_date(" 2023-02 ", None), DateRange::month(2023, 2));
        assert_eq!(parse_user_date("2023", None), DateRange::year(2023));
        let r = parse_user_date("2023-12-06/2023-12-08", None).unwrap();
        assert_eq!((r.start, r.end, r.granularity), (d(2023, 12, 6), d(2023, 12, 8), Granularity::Range));
        let r = parse_user_date("2023-12 .. 2024-01", None).unwrap();
        assert_eq!((r.start, r.end), (d(2023, 12, 1), d(2024, 1, 31)));
        assert_eq!(parse_user_date("2023-02-30", None), None);
        assert_eq!(parse_user_date("2023-12-08/2023-12-06", None), None, "end before start");
    }

    #[test]
    fn reads_arabic_with_the_engine() {
        assert_eq!(parse_user_date("التاسع من مايو 2025", None), Some(DateRange::day(d(2025, 5, 9))));
        assert_eq!(parse_user_date("٩ أيار ٢٠٢٥", None), Some(DateRange::day(d(2025, 5, 9))));
        let r = parse_user_date("من 6 إلى 8 ديسمبر 2023", None).unwrap();
        assert_eq!((r.start, r.end), (d(2023, 12, 6), d(2023, 12, 8)));
        assert_eq!(parse_user_date("أمس", Some(d(2024, 3, 2))), Some(DateRange::day(d(2024, 3, 1))));
        assert_eq!(parse_user_date("ليس تاريخا", None), None);
        assert_eq!(parse_user_date("19/12/2022", None), Some(DateRange::day(d(2022, 12, 19))));
        assert_eq!(parse_user_date("", None), None);
    }

    #[test]
    fn widens_a_picked_day_to_the_granularity() {
        assert_eq!(widen(d(2022, 2, 14), d(2022, 2, 14), Granularity::Month).end, d(2022, 2, 28));
        assert_eq!(widen(d(2022, 2, 14), d(2022, 2, 14), Granularity::Year).start, d(2022, 1, 1));
        assert_eq!(widen(d(1984, 2, 14), d(1984, 2, 14), Granularity::Decade).start, d(1980, 1, 1));
        let c = widen(d(2000, 2, 14), d(2000, 2, 14), Granularity::Century);
        assert_eq!((c.start, c.end), (d(1901, 1, 1), d(2000, 12, 31)));
        let r = widen(d(2022, 2, 14), d(2022, 2, 10), Granularity::Range);
        assert_eq!((r.start, r.end), (d(2022, 2, 10), d(2022, 2, 14)));
    }
}
