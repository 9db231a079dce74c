//! Date phenomena of real newspaper text (issue 12), one file per family, in sentences written
//! for these tests (none is taken from an article). Each family has positive cases (the dates a
//! sentence holds, exactly) and negative ones (what is not a date).

#[path = "../common/mod.rs"]
mod common;

mod check;
mod datelines;
mod fiscal;
mod hijri;
mod history;
mod lists;
mod months;
mod not_dates;
mod numeric;
mod periods;
mod weekdays;
mod year_refs;
