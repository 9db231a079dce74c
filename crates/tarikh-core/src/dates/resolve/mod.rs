//! Places an [`Expr`] in time: absolute dates directly, relative ones against the anchor,
//! year-less ones with a year taken from context.

use super::expr::{Calendar, Expr, YearRef, Ymd};
use super::lexicon::Unit;
use super::{DateRange, Flags, Granularity, last_day_of_month};
use chrono::{Datelike, Days, NaiveDate};

mod anchored;
mod holidays;
mod periods;
mod years;

use anchored::{next_weekday, prev_weekday, relative, weekday_of};
use holidays::{holiday_date, holiday_in_hijri_year};
use periods::{FISCAL_FIRST_MONTH, century, fiscal_year_of_ref, months_of, part_of};
use years::{hijri_range, infer_year, year_of_ref};

/// What resolution may use besides the expression.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The publication date (dateline) or the reference day of a phrase.
    pub anchor: Option<NaiveDate>,
    /// A year written shortly before, in the same passage: year-less dates most likely share it.
    pub near_year: Option<i32>,
    /// The year of the latest full date written in the text: without a dateline, the text's
    /// own time.
    pub doc_year: Option<i32>,
    /// The last year written anywhere before: a weak guess.
    pub far_year: Option<i32>,
    /// The first year written after, when none is before (a headline or a lead ahead of the
    /// first year): the weakest guess.
    pub later_year: Option<i32>,
    /// The year the text says it is in («العام الجاري 2012», «العام الماضي 2011»): places «العام
    /// الماضي» and the like when there is no anchor.
    pub text_year: Option<i32>,
    /// The months (first and last, 1-based from the start of their year) of the last period
    /// named: «نفس الفترة من العام الماضي» takes them.
    pub last_period: Option<(u8, u8)>,
    /// The month (year, month) of the last day or month placed before: «العاشر من الشهر».
    pub last_month: Option<(i32, u32)>,
    /// The calendar year the text's latest fiscal year written in full starts in: «العام المالي
    /// الحالي» without an anchor.
    pub last_fiscal: Option<i32>,
}

/// The result of resolving one expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Placed(DateRange, Flags),
    /// A real date expression that cannot be placed: relative with no anchor.
    Unplaced(Flags),
    /// Not a possible date: «31 فبراير».
    Invalid,
}

/// Resolves `e` in `ctx`.
pub fn resolve(e: &Expr, ctx: &Context) -> Outcome {
    let mut flags = Flags { relative: e.is_relative(), ..Flags::default() };
    match place(e, ctx, &mut flags) {
        Ok(Some(r)) => Outcome::Placed(r, flags),
        Ok(None) => Outcome::Unplaced(flags),
        Err(Invalid) => Outcome::Invalid,
    }
}

struct Invalid;
type R = Result<Option<DateRange>, Invalid>;

fn place(e: &Expr, ctx: &Context, flags: &mut Flags) -> R {
    match e {
        Expr::Date(y) => ymd(y, ctx, flags),
        Expr::Range(a, b) => {
            let (Some(ra), Some(rb)) = (range_pair(a, b, ctx, flags)?, ymd(b, ctx, flags)?) else {
                return Ok(None);
            };
            if ra.start > rb.end {
                return Err(Invalid);
            }
            // «18 جمادى الأولى 1446هـ - 20 نوفمبر 2024م»: one day in two calendars, not a range.
            if ra.start == rb.end && ra.granularity == Granularity::Day && rb.granularity == Granularity::Day
            {
                return Ok(Some(ra));
            }
            Ok(Some(DateRange { start: ra.start, end: rb.end, granularity: Granularity::Range }))
        }
        Expr::Span(a, b) => {
            let (Some(ra), Some(rb)) = (place(a, ctx, flags)?, place(b, ctx, flags)?) else {
                return Ok(None);
            };
            if ra.start > rb.end {
                return Err(Invalid);
            }
            Ok(Some(DateRange { start: ra.start, end: rb.end, granularity: Granularity::Range }))
        }
        Expr::Part(p, of) => {
            flags.approximate = true;
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            part_of(*p, r).map(Some)
        }
        Expr::MonthsOf { from, to, of } => {
            flags.approximate = true;
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            months_of(r, *from, *to).map(Some)
        }
        Expr::SamePeriod(of) => {
            // With only a relative year («نفس الفترة من العام الماضي») it is the base a figure
            // is compared with, not a time something happened (and not a date at all, so that
            // «العام الماضي» inside it is not one either); a written year names the period.
            let written = match of.as_ref() {
                Expr::Date(y) => y.year.is_some(),
                Expr::FiscalYear { start, .. } => start.is_some(),
                _ => false,
            };
            let Some((from, to)) = ctx.last_period.filter(|_| written) else { return Err(Invalid) };
            flags.approximate = true;
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            months_of(r, from, to).map(Some)
        }
        Expr::FiscalYear { start, reference } => {
            flags.approximate = true;
            let first = match (start, reference) {
                (Some(y), _) => *y,
                (None, Some(r)) => match fiscal_year_of_ref(*r, ctx) {
                    Some(y) => y,
                    None => return Ok(None),
                },
                (None, None) => return Err(Invalid),
            };
            Ok(Some(DateRange {
                start: ymd_date(first, FISCAL_FIRST_MONTH, 1)?,
                end: last_day_of_month(first + 1, FISCAL_FIRST_MONTH - 1).ok_or(Invalid)?,
                granularity: Granularity::Range,
            }))
        }
        Expr::DaysOf { from, to, of } => {
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            let pick = |n: i8| {
                if n > 0 {
                    r.start.checked_add_days(Days::new(n as u64 - 1))
                } else {
                    r.end.checked_sub_days(Days::new((-n) as u64 - 1))
                }
            };
            let (s, t) = (pick(*from).ok_or(Invalid)?, pick(*to).ok_or(Invalid)?);
            if s < r.start || t > r.end || s > t {
                return Err(Invalid);
            }
            let granularity = if s == t { Granularity::Day } else { Granularity::PartOfMonth };
            Ok(Some(DateRange { start: s, end: t, granularity }))
        }
        Expr::NthWeekday { n, weekday, of, after } => {
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            let wd = weekday_of(*weekday);
            let day = if *after {
                let first = next_weekday(r.end.succ_opt().ok_or(Invalid)?, wd)?;
                first.checked_add_days(Days::new(7 * (*n as u64 - 1)))
            } else if *n > 0 {
                let first = next_weekday(r.start, wd)?;
                first.checked_add_days(Days::new(7 * (*n as u64 - 1))).filter(|d| *d <= r.end)
            } else {
                Some(prev_weekday(r.end, wd)?)
            };
            Ok(Some(DateRange::day(day.ok_or(Invalid)?)))
        }
        Expr::Decade(start) => {
            let s = ymd_date(*start, 1, 1)?;
            let e = ymd_date(start + 9, 12, 31)?;
            Ok(Some(DateRange { start: s, end: e, granularity: Granularity::Decade }))
        }
        Expr::Century { number, offset, hijri } => {
            // The anchor's century (2012 is in the 21st), else today's news: the 21st.
            let n = match number {
                Some(n) => *n,
                None => ctx.anchor.map_or(21, |a| (a.year() - 1).div_euclid(100) + 1) + offset,
            };
            century(n, *hijri, flags).map(Some)
        }
        Expr::YearsOf { from, to, of } => {
            flags.approximate = true;
            let Some(r) = place(of, ctx, flags)? else {
                return Ok(None);
            };
            if r.granularity != Granularity::Century || flags.hijri {
                return Err(Invalid);
            }
            let round = r.start.year() - 1;
            Ok(Some(DateRange {
                start: ymd_date(round + *from as i32, 1, 1)?,
                end: ymd_date(round + *to as i32, 12, 31)?,
                granularity: Granularity::PartOfCentury,
            }))
        }
        Expr::DayOfTextMonth(d) => {
            flags.inferred_year = true;
            flags.relative = ctx.last_month.is_none();
            let Some((y, m)) = ctx.last_month.or(ctx.anchor.map(|a| (a.year(), a.month()))) else {
                return Ok(None);
            };
            Ok(Some(DateRange::day(ymd_date(y, m, *d as u32)?)))
        }
        Expr::ShortYear(yy) => {
            // The century that puts it nearest the years the text speaks of.
            let Some(around) = ctx.near_year.or(ctx.far_year).or(ctx.anchor.map(|a| a.year())) else {
                return Ok(None);
            };
            flags.inferred_year = true;
            let y = [1900, 2000, 1800]
                .into_iter()
                .map(|c| c + *yy as i32)
                .min_by_key(|y| (y - around).abs())
                .ok_or(Invalid)?;
            DateRange::year(y).map(Some).ok_or(Invalid)
        }
        Expr::Holiday { holiday, year: Some(y), hijri_year: true } => {
            flags.hijri = true;
            holiday_in_hijri_year(*holiday, *y).map(|d| Some(DateRange::day(d))).ok_or(Invalid)
        }
        Expr::Holiday { holiday, year, .. } => {
            let y = match year {
                Some(y) => *y,
                None => {
                    flags.inferred_year = true;
                    match ctx.anchor.map(|a| a.year()).or(ctx.near_year).or(ctx.far_year) {
                        Some(y) => y,
                        None => return Ok(None),
                    }
                }
            };
            holiday_date(*holiday, y).map(|d| Some(DateRange::day(d))).ok_or(Invalid)
        }
        // «العام الماضي» in a text without a dateline that says which year it is in.
        Expr::UnitOffset(Unit::Year, n) if ctx.anchor.is_none() => {
            Ok(ctx.text_year.and_then(|y| DateRange::year(y + n)))
        }
        // Everything below needs the anchor.
        _ => {
            let Some(a) = ctx.anchor else { return Ok(None) };
            relative(e, a, flags)
        }
    }
}

/// The start of a range, resolved with the end's year when it has none.
fn range_pair(a: &Ymd, b: &Ymd, ctx: &Context, flags: &mut Flags) -> R {
    if a.year.is_none() {
        // The end decides the year: resolve it first and lend its year.
        let Some(rb) = ymd(b, ctx, flags)? else {
            return Ok(None);
        };
        let mut a2 = *a;
        let by = if b.calendar == Calendar::Hijri && b.year.is_some_and(|y| y < 1700) {
            b.year.unwrap_or(rb.end.year())
        } else {
            rb.end.year()
        };
        a2.year = Some(by);
        if a2.month > b.month && b.month.is_some() {
            a2.year = Some(by - 1);
        }
        return ymd(&a2, ctx, flags);
    }
    ymd(a, ctx, flags)
}

fn ymd_date(y: i32, m: u32, d: u32) -> Result<NaiveDate, Invalid> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(Invalid)
}

/// An absolute, maybe partial, date.
fn ymd(y: &Ymd, ctx: &Context, flags: &mut Flags) -> R {
    let year = match (y.year, y.year_ref) {
        (Some(v), r) => {
            // «العام الماضي 2011» in an article of 2013: the number stays, the clash is flagged.
            if let (Some(YearRef::Anchor(n)), Some(a)) = (r, ctx.anchor)
                && a.year() + n != v
            {
                flags.conflict = true;
            }
            v
        }
        (None, Some(r)) => match year_of_ref(r, y, ctx, flags) {
            Some(v) => v,
            None => return Ok(None),
        },
        (None, None) => {
            let Some(month) = y.month else { return Err(Invalid) };
            flags.inferred_year = true;
            match infer_year(month, y.day, y.weekday, y.calendar, ctx) {
                Some(v) => v,
                None => return Ok(None),
            }
        }
    };
    if y.calendar == Calendar::Hijri {
        flags.hijri = true;
        let r = hijri_range(year, y.month, y.day)?;
        flags.conflict |= r.granularity == Granularity::Day
            && y.weekday.is_some_and(|wd| r.start.weekday() != weekday_of(wd));
        return Ok(Some(r));
    }
    Ok(Some(match (y.month, y.day) {
        (Some(m), Some(d)) => {
            let date = ymd_date(year, m as u32, d as u32)?;
            // «يوم الأربعاء 19 أغسطس 2012» (a Sunday): the written date stays, flagged.
            flags.conflict |= y.weekday.is_some_and(|wd| date.weekday() != weekday_of(wd));
            DateRange::day(date)
        }
        (Some(m), None) => DateRange::month(year, m as u32).ok_or(Invalid)?,
        (None, None) => DateRange::year(year).ok_or(Invalid)?,
        (None, Some(_)) => return Err(Invalid),
    }))
}
