//! `DateRange`: the interval a date expression means.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How precise a date is; drives how it is drawn and compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// One day: «19 ديسمبر 2022».
    Day,
    /// A whole month: «يونيو 2019».
    Month,
    /// A whole year: «عام 2015».
    Year,
    /// Part of a month: «نهاية مايو 2022», «منتصف مارس».
    PartOfMonth,
    /// Part of a year: «نهاية عام 2024», «الأشهر الأولى من 2023».
    PartOfYear,
    /// A span between two dates: «من 6 إلى 8 ديسمبر 2023», «2025-2026», a week.
    Range,
    /// Ten years: «الثمانينيات» (1980–1989).
    Decade,
    /// A hundred years: «القرن العشرين» (1901–2000), «القرن الرابع الهجري».
    Century,
    /// Part of a decade: «نهاية الخمسينيات».
    PartOfDecade,
    /// Part of a century: «مطلع القرن التاسع عشر», «النصف الأول من القرن العشرين».
    PartOfCentury,
}

impl Granularity {
    /// Every granularity, finest first.
    pub const ALL: [Granularity; 10] = [
        Granularity::Day,
        Granularity::Month,
        Granularity::Year,
        Granularity::PartOfMonth,
        Granularity::PartOfYear,
        Granularity::Range,
        Granularity::Decade,
        Granularity::Century,
        Granularity::PartOfDecade,
        Granularity::PartOfCentury,
    ];

    /// The name used in JSON/CSV: `day`, `month`, `year`, `part-of-month`, `part-of-year`,
    /// `range`, `decade`, `century`, `part-of-decade`, `part-of-century`.
    pub fn as_str(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Month => "month",
            Granularity::Year => "year",
            Granularity::PartOfMonth => "part-of-month",
            Granularity::PartOfYear => "part-of-year",
            Granularity::Range => "range",
            Granularity::Decade => "decade",
            Granularity::Century => "century",
            Granularity::PartOfDecade => "part-of-decade",
            Granularity::PartOfCentury => "part-of-century",
        }
    }
}

impl Serialize for Granularity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Granularity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Granularity::ALL
            .into_iter()
            .find(|g| g.as_str() == name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown granularity `{name}`")))
    }
}

/// An inclusive interval of days with its granularity. Read from a file, an interval written
/// backwards is turned round (`start <= end` always holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "StoredRange")]
pub struct DateRange {
    pub start: NaiveDate,
    /// Inclusive: the last day the expression covers.
    pub end: NaiveDate,
    pub granularity: Granularity,
}

/// A [`DateRange`] as read, before its ends are put in order.
#[derive(Deserialize)]
struct StoredRange {
    start: NaiveDate,
    end: NaiveDate,
    granularity: Granularity,
}

impl From<StoredRange> for DateRange {
    fn from(r: StoredRange) -> Self {
        DateRange { start: r.start.min(r.end), end: r.start.max(r.end), granularity: r.granularity }
    }
}

impl DateRange {
    pub fn day(d: NaiveDate) -> Self {
        DateRange { start: d, end: d, granularity: Granularity::Day }
    }

    /// The whole month, or `None` if `month` is not 1..=12 or the year is out of chrono's range.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = last_day_of_month(year, month)?;
        Some(DateRange { start, end, granularity: Granularity::Month })
    }

    pub fn year(year: i32) -> Option<Self> {
        Some(DateRange {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            granularity: Granularity::Year,
        })
    }

    /// Number of days covered (1 for a day).
    pub fn days(&self) -> i64 {
        use chrono::Datelike;
        (self.end.num_days_from_ce() - self.start.num_days_from_ce()) as i64 + 1
    }
}

/// The last day of a month.
pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}
