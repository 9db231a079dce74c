//! Parts of periods: a part word over a month, a year, a week, a decade or a century
//! («نهاية مايو», «مطلع القرن التاسع عشر»), months of a twelve-month period (a calendar or a
//! fiscal year), and centuries.

use super::{Context, Invalid, ymd_date};
use crate::dates::expr::YearRef;
use crate::dates::hijri;
use crate::dates::lexicon::Part;
use crate::dates::{DateRange, Flags, Granularity};
use chrono::{Datelike, Days, Months, Weekday};

/// Century `n`: Gregorian from year 100(n-1)+1 to 100n («القرن العشرين»: 1901–2000), or Hijri
/// converted («القرن الرابع الهجري»: 301–400 AH).
pub(super) fn century(n: i32, hijri: bool, flags: &mut Flags) -> Result<DateRange, Invalid> {
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
pub(super) const FISCAL_FIRST_MONTH: u32 = 7;

/// The calendar year a fiscal year named by reference starts in: from the anchor's fiscal year,
/// or without an anchor from the fiscal year the text named last.
pub(super) fn fiscal_year_of_ref(r: YearRef, ctx: &Context) -> Option<i32> {
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
pub(super) fn months_of(r: DateRange, from: u8, to: u8) -> Result<DateRange, Invalid> {
    let whole_months = r.start.day() == 1 && r.end.succ_opt().is_some_and(|d| d.day() == 1);
    let twelve = r.start.checked_add_months(Months::new(12)).and_then(|d| d.pred_opt()) == Some(r.end);
    if !(whole_months && twelve) {
        return Err(Invalid);
    }
    let start = r.start.checked_add_months(Months::new(from as u32 - 1)).ok_or(Invalid)?;
    let end = r.start.checked_add_months(Months::new(to as u32)).and_then(|d| d.pred_opt()).ok_or(Invalid)?;
    Ok(DateRange { start, end, granularity: Granularity::PartOfYear })
}

/// The conventional sub-interval for a part word.
pub(super) fn part_of(p: Part, r: DateRange) -> Result<DateRange, Invalid> {
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
