//! Expressions placed by the anchor alone: «أمس», «الأسبوع الماضي», «يناير المقبل», «الخميس
//! الماضي», «قبل ثلاثة أيام».

use super::years::{gregorian_year_of_named, hijri_year_of_named};
use super::{Invalid, R, ymd_date};
use crate::dates::expr::{Calendar, Expr};
use crate::dates::hijri;
use crate::dates::lexicon::{Dir, Unit};
use crate::dates::{DateRange, Flags, Granularity};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

pub(super) fn weekday_of(n: u8) -> Weekday {
    Weekday::try_from(n % 7).unwrap_or(Weekday::Mon)
}

/// The first `wd` on or after `d` (an error past the end of the calendar).
pub(super) fn next_weekday(d: NaiveDate, wd: Weekday) -> Result<NaiveDate, Invalid> {
    let ahead = (wd.num_days_from_monday() + 7 - d.weekday().num_days_from_monday()) % 7;
    d.checked_add_days(Days::new(ahead as u64)).ok_or(Invalid)
}

/// The last `wd` on or before `d`.
pub(super) fn prev_weekday(d: NaiveDate, wd: Weekday) -> Result<NaiveDate, Invalid> {
    let back = (d.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    d.checked_sub_days(Days::new(back as u64)).ok_or(Invalid)
}

pub(super) fn shift_months(a: NaiveDate, n: i32) -> Option<NaiveDate> {
    let first = a.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n as u32))
    } else {
        first.checked_sub_months(Months::new((-n) as u32))
    }
}

/// Expressions that need the anchor `a`.
pub(super) fn relative(e: &Expr, a: NaiveDate, flags: &mut Flags) -> R {
    let day = |n: i64| a.checked_add_signed(chrono::Duration::days(n)).ok_or(Invalid);
    Ok(Some(match e {
        Expr::DayOffset { days, weekday } => {
            let d = day(*days as i64)?;
            // «اليوم الأربعاء» on a Thursday: the offset stays, the clash is flagged.
            flags.conflict |= weekday.is_some_and(|wd| d.weekday() != weekday_of(wd));
            DateRange::day(d)
        }
        Expr::DaysFromAnchor { from, to } => {
            DateRange { start: day(*from as i64)?, end: day(*to as i64)?, granularity: Granularity::Range }
        }
        Expr::UnitOffset(Unit::Day, n) => DateRange::day(day(*n as i64)?),
        Expr::UnitOffset(Unit::Week, n) => {
            let monday = prev_weekday(a, Weekday::Mon)?;
            let start = monday.checked_add_signed(chrono::Duration::days(7 * *n as i64)).ok_or(Invalid)?;
            let end = start.checked_add_days(Days::new(6)).ok_or(Invalid)?;
            DateRange { start, end, granularity: Granularity::Range }
        }
        Expr::UnitOffset(Unit::Month, n) => {
            let m = shift_months(a, *n).ok_or(Invalid)?;
            DateRange::month(m.year(), m.month()).ok_or(Invalid)?
        }
        Expr::UnitOffset(Unit::Year, n) => DateRange::year(a.year() + n).ok_or(Invalid)?,
        Expr::NamedMonth { month, calendar: Calendar::Gregorian, dir, day } => {
            let (y, m) = (gregorian_year_of_named(a, *month, *day, *dir), *month as u32);
            match day {
                Some(d) => DateRange::day(ymd_date(y, m, *d as u32)?),
                None => DateRange::month(y, m).ok_or(Invalid)?,
            }
        }
        Expr::NamedMonth { month, calendar: Calendar::Hijri, dir, day } => {
            flags.hijri = true;
            let y = hijri_year_of_named(a, *month, *day, *dir).ok_or(Invalid)?;
            match day {
                Some(d) => DateRange::day(hijri::to_gregorian(y, *month, *d).ok_or(Invalid)?),
                None => {
                    let (s, t) = hijri::month_to_gregorian(y, *month).ok_or(Invalid)?;
                    DateRange { start: s, end: t, granularity: Granularity::Month }
                }
            }
        }
        Expr::Weekday { weekday, dir } => {
            let wd = weekday_of(*weekday);
            let d = match dir {
                Some(Dir::Past) => prev_weekday(day(-1)?, wd)?,
                Some(Dir::Next) => next_weekday(day(1)?, wd)?,
                Some(Dir::This) => next_weekday(prev_weekday(a, Weekday::Mon)?, wd)?,
                None => prev_weekday(a, wd)?,
            };
            DateRange::day(d)
        }
        Expr::WeekdayInWeek { weekday, week_offset } => {
            let monday = prev_weekday(a, Weekday::Mon)?;
            let d =
                monday.checked_add_signed(chrono::Duration::days(7 * *week_offset as i64 + *weekday as i64));
            DateRange::day(d.ok_or(Invalid)?)
        }
        Expr::DayOfMonth { day: d, month_offset } => {
            let m = shift_months(a, *month_offset).ok_or(Invalid)?;
            DateRange::day(ymd_date(m.year(), m.month(), *d as u32)?)
        }
        Expr::Ago(unit, n) => {
            flags.approximate = *unit != Unit::Day;
            match unit {
                Unit::Day => DateRange::day(day(-(*n as i64))?),
                Unit::Week => DateRange::day(day(-7 * *n as i64)?),
                Unit::Month => {
                    let m = shift_months(a, -n).ok_or(Invalid)?;
                    DateRange::month(m.year(), m.month()).ok_or(Invalid)?
                }
                Unit::Year => DateRange::year(a.year() - n).ok_or(Invalid)?,
            }
        }
        _ => return Err(Invalid),
    }))
}
