//! The year of a date that does not write it: from a reference («العام الماضي», «يناير
//! المقبل»), from the text around it, or from a written weekday; and Hijri days and months
//! to Gregorian ranges.

use super::anchored::weekday_of;
use super::{Context, Invalid};
use crate::dates::expr::{Calendar, YearRef, Ymd};
use crate::dates::hijri;
use crate::dates::lexicon::Dir;
use crate::dates::{DateRange, Flags, Granularity, last_day_of_month};
use chrono::{Datelike, NaiveDate};

/// The year a reference names: from the anchor (or, without one, from the year the text says
/// it is in), or from the year the text spoke of just before.
pub(super) fn year_of_ref(r: YearRef, y: &Ymd, ctx: &Context, flags: &mut Flags) -> Option<i32> {
    match r {
        YearRef::Anchor(n) => ctx.anchor.map(|a| a.year()).or(ctx.text_year).map(|v| v + n),
        YearRef::Month(dir) => {
            let (a, month) = (ctx.anchor?, y.month?);
            match y.calendar {
                Calendar::Gregorian => Some(gregorian_year_of_named(a, month, y.day, dir)),
                Calendar::Hijri => hijri_year_of_named(a, month, y.day, dir),
            }
        }
        // With no year spoken of before, «العام السابق» is the one before the anchor's.
        YearRef::Text(n) => match ctx.near_year.or(ctx.far_year) {
            Some(v) => {
                flags.inferred_year = true;
                Some(v + n)
            }
            None => {
                flags.relative = true;
                ctx.anchor.map(|a| a.year() + n)
            }
        },
    }
}

/// The Gregorian year of «يناير المقبل», «12 يناير الماضي» seen from `a`.
pub(super) fn gregorian_year_of_named(a: NaiveDate, month: u8, day: Option<u8>, dir: Dir) -> i32 {
    // With a day, compare days: «12 يناير الماضي» on 20 January is this January.
    let here = (a.month(), if day.is_some() { a.day() } else { 0 });
    let there = (month as u32, day.map_or(0, |d| d as u32));
    match dir {
        Dir::Past if there < here => a.year(),
        Dir::Past => a.year() - 1,
        Dir::Next if there > here => a.year(),
        Dir::Next => a.year() + 1,
        Dir::This => a.year(),
    }
}

/// The Hijri year of «رمضان الماضي», «20 شعبان المقبل» seen from `a`.
pub(super) fn hijri_year_of_named(a: NaiveDate, month: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
    let hy = hijri::hijri_year_of(a)?;
    // Which Hijri month (and day) the anchor is in.
    let current =
        (1..=12u8).rev().find(|m| hijri::to_gregorian(hy, *m, 1).is_some_and(|d| d <= a)).unwrap_or(1);
    let current_day = hijri::to_gregorian(hy, current, 1).map_or(0, |d| (a - d).num_days() as u8 + 1);
    let here = (current, if day.is_some() { current_day } else { 0 });
    let there = (month, day.unwrap_or(0));
    Some(match dir {
        Dir::Past if there < here => hy,
        Dir::Past => hy - 1,
        Dir::Next if there > here => hy,
        Dir::Next => hy + 1,
        Dir::This => hy,
    })
}

pub(super) fn hijri_range(year: i32, month: Option<u8>, day: Option<u8>) -> Result<DateRange, Invalid> {
    // A Gregorian year with a Hijri month: «رمضان 2019».
    let gregorian_year = year >= 1700;
    let r = match (month, day) {
        (Some(m), Some(d)) => {
            let g = if gregorian_year {
                hijri::day_in_gregorian_year(year, m, d)
            } else {
                hijri::to_gregorian(year, m, d)
            };
            DateRange::day(g.ok_or(Invalid)?)
        }
        (Some(m), None) => {
            let (s, e) = if gregorian_year {
                hijri::month_in_gregorian_year(year, m)
            } else {
                hijri::month_to_gregorian(year, m)
            }
            .ok_or(Invalid)?;
            DateRange { start: s, end: e, granularity: Granularity::Month }
        }
        (None, None) if !gregorian_year => {
            let (s, e) = hijri::year_to_gregorian(year).ok_or(Invalid)?;
            DateRange { start: s, end: e, granularity: Granularity::Year }
        }
        _ => return Err(Invalid),
    };
    Ok(r)
}

/// The year of a year-less date. News usage: a nearby written year, else the dateline's year
/// (or the year next to it when that puts the date more than ~10 months away), else the last
/// year written in the text. A written weekday picks among neighbouring years.
pub(super) fn infer_year(
    month: u8,
    day: Option<u8>,
    weekday: Option<u8>,
    cal: Calendar,
    ctx: &Context,
) -> Option<i32> {
    if cal == Calendar::Hijri {
        // The anchor's Hijri year, a Hijri year written nearby, else the Gregorian year the
        // text is about («الأسبوع الأول من رمضان» in a report on 2012 prices: Ramadan 2012).
        return ctx.anchor.and_then(hijri::hijri_year_of).or(ctx.near_year.filter(|y| *y < 1700)).or_else(
            || {
                [ctx.near_year, ctx.doc_year, ctx.far_year, ctx.later_year]
                    .into_iter()
                    .flatten()
                    .find(|y| *y >= 1700)
            },
        );
    }
    // The dateline's year first: a news report's year-less dates are about its own time.
    // A year written just before on the same line («حرب 1967 ... التاسع من يونيو»), else
    // the dateline's year: a news report's year-less dates are about its own time.
    let base =
        ctx.near_year.or(ctx.anchor.map(|a| a.year())).or(ctx.doc_year).or(ctx.far_year).or(ctx.later_year)?;
    // A weekday picks the year, unless the date falls within two months of the anchor in the
    // anchor's year: then a weekday that does not fit is a slip (flagged), not another year.
    let near_anchor = ctx
        .anchor
        .zip(NaiveDate::from_ymd_opt(base, month as u32, day.unwrap_or(1) as u32))
        .is_some_and(|(a, d)| (d - a).num_days().abs() <= 60);
    if let (Some(wd), Some(d), false) = (weekday, day, near_anchor) {
        let target = weekday_of(wd);
        let fits: Vec<i32> = [base, base + 1, base - 1]
            .into_iter()
            .filter(|y| {
                NaiveDate::from_ymd_opt(*y, month as u32, d as u32).is_some_and(|x| x.weekday() == target)
            })
            .collect();
        if let Some(y) = fits.first() {
            return Some(*y);
        }
    }
    if ctx.near_year.is_none()
        && let Some(a) = ctx.anchor
    {
        let start = NaiveDate::from_ymd_opt(base, month as u32, day.unwrap_or(1) as u32)?;
        let end = match day {
            Some(_) => start,
            None => last_day_of_month(base, month as u32)?,
        };
        if (start - a).num_days() > 300 {
            return Some(base - 1);
        }
        if (a - end).num_days() > 300 {
            return Some(base + 1);
        }
    }
    Some(base)
}
