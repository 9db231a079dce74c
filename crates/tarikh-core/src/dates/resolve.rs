//! Places an [`Expr`] in time: absolute dates directly, relative ones against the anchor,
//! year-less ones with a year taken from context.

use super::expr::{Calendar, Expr, Holiday, YearRef, Ymd};
use super::hijri;
use super::lexicon::{Dir, Part, Unit};
use super::{DateRange, Flags, Granularity, last_day_of_month};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

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

/// Century `n`: Gregorian from year 100(n-1)+1 to 100n («القرن العشرين»: 1901–2000), or Hijri
/// converted («القرن الرابع الهجري»: 301–400 AH).
fn century(n: i32, hijri: bool, flags: &mut Flags) -> Result<DateRange, Invalid> {
    if !(1..=30).contains(&n) {
        return Err(Invalid);
    }
    let (first, last) = (100 * (n - 1) + 1, 100 * n);
    let (start, end) = if hijri {
        flags.hijri = true;
        (hijri::year_to_gregorian(first).ok_or(Invalid)?.0, hijri::year_to_gregorian(last).ok_or(Invalid)?.1)
    } else {
        (ymd_date(first, 1, 1)?, ymd_date(last, 12, 31)?)
    };
    Ok(DateRange { start, end, granularity: Granularity::Century })
}

/// The month a fiscal year written over two calendar years starts in: July, as in Egypt (and
/// Pakistan, Australia…); Gulf states that use the calendar year write one year.
const FISCAL_FIRST_MONTH: u32 = 7;

/// The calendar year a fiscal year named by reference starts in: from the anchor's fiscal year,
/// or without an anchor from the fiscal year the text named last.
fn fiscal_year_of_ref(r: YearRef, ctx: &Context) -> Option<i32> {
    let from_anchor =
        ctx.anchor.map(|a| if a.month() >= FISCAL_FIRST_MONTH { a.year() } else { a.year() - 1 });
    match r {
        YearRef::Anchor(n) => from_anchor.or(ctx.last_fiscal).map(|y| y + n),
        YearRef::Text(n) => ctx.last_fiscal.or(from_anchor).map(|y| y + n),
        YearRef::Month(_) => None,
    }
}

/// Months `from..=to` of a twelve-month period (a calendar or a fiscal year), counted from its
/// first month; past twelve they run into the next period («شتاء 2022» is 12..=14).
fn months_of(r: DateRange, from: u8, to: u8) -> Result<DateRange, Invalid> {
    let whole_months = r.start.day() == 1 && r.end.succ_opt().is_some_and(|d| d.day() == 1);
    let twelve = r.start.checked_add_months(Months::new(12)).and_then(|d| d.pred_opt()) == Some(r.end);
    if !(whole_months && twelve) {
        return Err(Invalid);
    }
    let start = r.start.checked_add_months(Months::new(from as u32 - 1)).ok_or(Invalid)?;
    let end = r.start.checked_add_months(Months::new(to as u32)).and_then(|d| d.pred_opt()).ok_or(Invalid)?;
    Ok(DateRange { start, end, granularity: Granularity::PartOfYear })
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

/// The year a reference names: from the anchor (or, without one, from the year the text says
/// it is in), or from the year the text spoke of just before.
fn year_of_ref(r: YearRef, y: &Ymd, ctx: &Context, flags: &mut Flags) -> Option<i32> {
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
fn gregorian_year_of_named(a: NaiveDate, month: u8, day: Option<u8>, dir: Dir) -> i32 {
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
fn hijri_year_of_named(a: NaiveDate, month: u8, day: Option<u8>, dir: Dir) -> Option<i32> {
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

fn hijri_range(year: i32, month: Option<u8>, day: Option<u8>) -> Result<DateRange, Invalid> {
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
fn infer_year(month: u8, day: Option<u8>, weekday: Option<u8>, cal: Calendar, ctx: &Context) -> Option<i32> {
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

/// The conventional sub-interval for a part word.
fn part_of(p: Part, r: DateRange) -> Result<DateRange, Invalid> {
    let (s, e) = (r.start, r.end);
    // A calendar year, or a fiscal one (twelve whole months from July).
    let is_gregorian_year = months_of(r, 1, 12).is_ok();
    let is_month = r.granularity == Granularity::Month;
    // A week (Monday to Sunday): its start is Monday–Tuesday, its middle Tuesday–Thursday, its
    // end («نهاية الأسبوع», the weekend) Friday–Sunday.
    if r.days() == 7 && s.weekday() == Weekday::Mon {
        let at = |n: u64| s.checked_add_days(Days::new(n)).ok_or(Invalid);
        let (start, end) = match p {
            Part::Start => (s, at(1)?),
            Part::Middle => (at(1)?, at(3)?),
            Part::End | Part::Close => (at(4)?, e),
        };
        return Ok(DateRange { start, end, granularity: Granularity::Range });
    }
    // A decade: its first three, middle three, last three years; a century: its first, middle
    // and last fifths («مطلع القرن التاسع عشر»: 1801–1820), by days for a Hijri one.
    if matches!(r.granularity, Granularity::Decade | Granularity::Century) {
        let decade = r.granularity == Granularity::Decade;
        // In tenths of the period.
        let (from, to) = match (p, decade) {
            (Part::Start, true) => (0, 3),
            (Part::Middle, true) => (4, 7),
            (Part::End | Part::Close, true) => (7, 10),
            (Part::Start, false) => (0, 2),
            (Part::Middle, false) => (4, 6),
            (Part::End | Part::Close, false) => (8, 10),
        };
        let granularity = if decade { Granularity::PartOfDecade } else { Granularity::PartOfCentury };
        let whole_years = s.month() == 1 && s.day() == 1 && e.month() == 12 && e.day() == 31;
        let (start, end) = if whole_years {
            let tenth = (e.year() - s.year() + 1) / 10;
            (ymd_date(s.year() + from * tenth, 1, 1)?, ymd_date(s.year() + to * tenth - 1, 12, 31)?)
        } else {
            // A Hijri century: the same shares of its days.
            let len = (e - s).num_days() as u64;
            let at = |n: u64| s.checked_add_days(Days::new(n)).ok_or(Invalid);
            (at(from as u64 * len / 10)?, at(to as u64 * len / 10)?)
        };
        return Ok(DateRange { start, end, granularity });
    }
    if !(is_month || is_gregorian_year || r.granularity == Granularity::Year) {
        return Err(Invalid);
    }
    let (start, end, granularity) = if is_month {
        let at = |n: u64| s.checked_add_days(Days::new(n)).ok_or(Invalid);
        match p {
            Part::Start => (s, at(9)?, Granularity::PartOfMonth),
            Part::Middle => (at(10)?, at(19)?, Granularity::PartOfMonth),
            Part::End | Part::Close => (at(20)?, e, Granularity::PartOfMonth),
        }
    } else if is_gregorian_year {
        // Counted in months from the period's start, so that a fiscal year's are its own.
        let (from, to) = match p {
            Part::Start => (1, 3),
            Part::Middle => (5, 8),
            Part::End => (10, 12),
            Part::Close => (12, 12),
        };
        let m = months_of(r, from, to)?;
        (m.start, m.end, Granularity::PartOfYear)
    } else {
        // A Hijri year: the same shares of its length.
        let len = (e - s).num_days() as u64;
        let at = |n: u64| s.checked_add_days(Days::new(n)).ok_or(Invalid);
        match p {
            Part::Start => (s, at(len / 4)?, Granularity::PartOfYear),
            Part::Middle => (at(len / 3)?, at(2 * len / 3)?, Granularity::PartOfYear),
            Part::End | Part::Close => (at(3 * len / 4)?, e, Granularity::PartOfYear),
        }
    };
    Ok(DateRange { start, end, granularity })
}

fn weekday_of(n: u8) -> Weekday {
    Weekday::try_from(n % 7).unwrap_or(Weekday::Mon)
}

/// The first `wd` on or after `d` (an error past the end of the calendar).
fn next_weekday(d: NaiveDate, wd: Weekday) -> Result<NaiveDate, Invalid> {
    let ahead = (wd.num_days_from_monday() + 7 - d.weekday().num_days_from_monday()) % 7;
    d.checked_add_days(Days::new(ahead as u64)).ok_or(Invalid)
}

/// The last `wd` on or before `d`.
fn prev_weekday(d: NaiveDate, wd: Weekday) -> Result<NaiveDate, Invalid> {
    let back = (d.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    d.checked_sub_days(Days::new(back as u64)).ok_or(Invalid)
}

fn shift_months(a: NaiveDate, n: i32) -> Option<NaiveDate> {
    let first = a.with_day(1)?;
    if n >= 0 {
        first.checked_add_months(Months::new(n as u32))
    } else {
        first.checked_sub_months(Months::new((-n) as u32))
    }
}

/// Expressions that need the anchor `a`.
fn relative(e: &Expr, a: NaiveDate, flags: &mut Flags) -> R {
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

/// The day of a holiday in Gregorian year `y`.
fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
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
fn holiday_in_hijri_year(h: Holiday, hy: i32) -> Option<NaiveDate> {
    match h {
        Holiday::EidAlFitr => hijri::to_gregorian(hy, 10, 1),
        Holiday::EidAlAdha => hijri::to_gregorian(hy, 12, 10),
        Holiday::HijriNewYear => hijri::to_gregorian(hy, 1, 1),
        Holiday::Mawlid => hijri::to_gregorian(hy, 3, 12),
        Holiday::Christmas | Holiday::NewYear | Holiday::Easter => None,
    }
}

/// Western Easter Sunday (the anonymous Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
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
