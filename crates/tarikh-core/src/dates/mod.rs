//! The Arabic date grammar: from text to dated mentions.
//!
//! `find("زار بوتين مينسك في 19 ديسمبر 2022", None)` gives one [`DateMention`] whose
//! `range` is the day 2022-12-19 and whose `span` covers «19 ديسمبر 2022».
//!
//! Pipeline: [`normalize`] the text (digits, hamza forms, diacritics, dashes…) keeping a map
//! back to byte offsets → [`tokens`] → the recognisers in [`grammar`] build an [`expr::Expr`]
//! → [`resolve`] turns it into a [`DateRange`] against an anchor (the article's dateline).

mod dateline;
mod expr;
mod glued;
mod grammar;
pub mod hijri;
mod lexicon;
pub mod normalize;
mod range;
mod resolve;
mod tokens;
mod user_input;

pub use dateline::{Dateline, find_dateline, repeated_datelines};
pub use normalize::normalize_str;
pub use range::{DateRange, Granularity, last_day_of_month};
pub use user_input::{parse_user_date, widen};

use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Range;

/// Byte offsets into a text; always on char boundaries.
pub type Span = Range<usize>;

/// Why a date is less than certain. Serialised as a list of kebab-case names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Resolved against the dateline: «أمس», «يناير المقبل», «الخميس الماضي».
    pub relative: bool,
    /// Another mention in the same text contradicts this one
    /// («يناير المقبل» against «يناير 2024» in an article of December 2024).
    pub conflict: bool,
    /// The interval is a convention for a vague expression: «نهاية 2022», «منذ أيام».
    pub approximate: bool,
    /// The year is not written; it was taken from the dateline or the text before.
    pub inferred_year: bool,
    /// Written in the Hijri calendar and converted (Umm al-Qura).
    pub hijri: bool,
    /// «منذ يناير 2015»: the start of an open period.
    pub since: bool,
}

impl Flags {
    /// The names of the flags that are set, e.g. `["relative", "conflict"]`.
    pub fn names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        for (on, name) in [
            (self.relative, "relative"),
            (self.conflict, "conflict"),
            (self.approximate, "approximate"),
            (self.inferred_year, "inferred-year"),
            (self.hijri, "hijri"),
            (self.since, "since"),
        ] {
            if on {
                v.push(name);
            }
        }
        v
    }
}

impl Serialize for Flags {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.names().serialize(s)
    }
}

/// A date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Where the expression is; `&text[span] == text` of this mention.
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// The interval it means; `None` when it is relative and there is no anchor to resolve it.
    pub range: Option<DateRange>,
    pub flags: Flags,
}

/// Finds every date expression in running text. `anchor` is the publication date, used for
/// relative expressions («أمس») and for month names written without a year.
pub fn find(text: &str, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    find_in(text, anchor, false)
}

/// A cardinal number word, bare or with a clitic («خمس»، «وثلاثة»، «عشر»): a count, never
/// a name. For the headlines, which must not take «خمس سنوات» for a named thing.
pub(crate) fn is_number_word(word: &str) -> bool {
    matches!(lexicon::lookup(&normalize_str(word)), Some((lexicon::Lex::Cardinal(_) | lexicon::Lex::Teen, _)))
}

/// Parses one phrase that is meant to be a date, e.g. «الخميس الماضي» with a reference day.
/// Unlike [`find`], a bare month («مارس»), weekday or year is accepted here. Returns the longest
/// mention in the phrase, or `None` when it holds no date.
pub fn parse_phrase(text: &str, reference: Option<NaiveDate>) -> Option<DateMention> {
    find_in(text, reference, true).into_iter().max_by_key(|m| m.span.len())
}

/// How far back (in bytes, and on the same line) a written year still lends itself to a
/// year-less date: about a sentence.
const NEAR_YEAR_BYTES: usize = 250;

fn find_in(text: &str, anchor: Option<NaiveDate>, phrase: bool) -> Vec<DateMention> {
    let mut toks = tokens::tokenize(text);
    glued::split_glued_words(&mut toks, text);
    let found = grammar::scan(&toks, phrase);
    let mut out = Vec::with_capacity(found.len());
    let mut last_year: Option<(i32, usize)> = None;
    let mut named_months = Vec::new();
    let mut last_period: Option<(u8, u8)> = None;
    let mut last_month: Option<(i32, u32)> = None;
    // The text's own fiscal year: the latest one it writes in full.
    let last_fiscal = found.iter().filter_map(|f| fiscal_start(&f.expr)).max();
    let text_year = found.iter().find_map(|f| stated_year(&f.expr));
    let doc_year = found
        .iter()
        .filter_map(|f| match &f.expr {
            expr::Expr::Date(y) if y.day.is_some() && !f.since => written_year(&f.expr),
            _ => None,
        })
        .max();
    // Where each year is written, for the year-less dates ahead of the first one.
    let written: Vec<(usize, i32)> =
        found.iter().filter(|f| !f.since).filter_map(|f| Some((f.start, written_year(&f.expr)?))).collect();
    let mut next_written = 0;
    for f in found {
        while next_written < written.len() && written[next_written].0 <= f.start {
            next_written += 1;
        }
        let span = toks.list[f.start].span.start..toks.list[f.end - 1].span.end;
        let ctx = resolve::Context {
            anchor,
            near_year: last_year
                .filter(|(_, at)| span.start - at <= NEAR_YEAR_BYTES && !text[*at..span.start].contains('\n'))
                .map(|(y, _)| y),
            doc_year,
            far_year: last_year.map(|(y, _)| y),
            later_year: written.get(next_written).map(|(_, y)| *y),
            text_year,
            last_period,
            last_fiscal,
            last_month,
        };
        let (range, mut flags) = match resolve::resolve(&f.expr, &ctx) {
            resolve::Outcome::Placed(r, flags) => (Some(r), flags),
            resolve::Outcome::Unplaced(flags) => (None, flags),
            resolve::Outcome::Invalid => continue,
        };
        if let Some(p) = period_of(&f.expr) {
            last_period = Some(p);
        }
        if let Some(r) = range.filter(|r| matches!(r.granularity, Granularity::Day | Granularity::Month)) {
            use chrono::Datelike;
            last_month = Some((r.start.year(), r.start.month()));
        }
        flags.since = f.since;
        flags.hijri |= f.hijri;
        // «منذ 2016» is background: it does not set the year of what follows.
        if let Some(y) = written_year(&f.expr).filter(|_| !f.since) {
            last_year = Some((y, span.end));
        }
        if let expr::Expr::NamedMonth { month, calendar: expr::Calendar::Gregorian, .. } = f.expr {
            named_months.push((out.len(), month));
        }
        out.push(DateMention { text: text[span.clone()].to_string(), span, range, flags });
    }
    flag_conflicts(&mut out, &named_months);
    out
}

/// The year a text says it is in, from an expression that gives both a reference to the
/// current year and a number: «العام الجاري 2012» (2012), «العام الماضي 2011» (2012).
fn stated_year(e: &expr::Expr) -> Option<i32> {
    use expr::{Expr, YearRef};
    match e {
        Expr::Date(expr::Ymd { year: Some(y), year_ref: Some(YearRef::Anchor(n)), .. }) => Some(y - n),
        Expr::Part(_, of) | Expr::MonthsOf { of, .. } | Expr::DaysOf { of, .. } => stated_year(of),
        _ => None,
    }
}

/// The months a period expression names, for a later «نفس الفترة»: «التسعة أشهر الأولى» is
/// (1, 9).
fn period_of(e: &expr::Expr) -> Option<(u8, u8)> {
    match e {
        expr::Expr::MonthsOf { from, to, .. } => Some((*from, *to)),
        // «الفترة من يناير إلى مارس»: months of one year.
        expr::Expr::Range(a, b) if a.day.is_none() && a.year == b.year => {
            Some((a.month?, b.month?)).filter(|(x, y)| x <= y)
        }
        _ => None,
    }
}

/// The year a fiscal year written in full starts in, wherever it is in the expression.
fn fiscal_start(e: &expr::Expr) -> Option<i32> {
    use expr::Expr;
    match e {
        Expr::FiscalYear { start, .. } => *start,
        Expr::Part(_, of) | Expr::MonthsOf { of, .. } | Expr::SamePeriod(of) => fiscal_start(of),
        _ => None,
    }
}

/// The Gregorian year an expression states in writing, if any.
fn written_year(e: &expr::Expr) -> Option<i32> {
    use expr::Expr;
    match e {
        Expr::Date(y) | Expr::Range(_, y) => y.year.filter(|y| *y >= 1700 && *y <= 2200),
        Expr::Part(_, of) | Expr::MonthsOf { of, .. } | Expr::DaysOf { of, .. } => written_year(of),
        _ => None,
    }
}

/// «يناير المقبل» resolved to January 2025 while the same text says «يناير 2024»: both are
/// flagged, since one of them (or the dateline) is wrong.
fn flag_conflicts(mentions: &mut [DateMention], named_months: &[(usize, u8)]) {
    use chrono::Datelike;
    for &(i, month) in named_months {
        let Some(rel) = mentions[i].range else { continue };
        let clashing: Vec<usize> = (0..mentions.len())
            .filter(|&j| j != i && !mentions[j].flags.relative)
            .filter(|&j| {
                mentions[j].range.is_some_and(|r| {
                    matches!(r.granularity, Granularity::Month | Granularity::Day)
                        && r.start.month() == month as u32
                        && r.start.year() != rel.start.year()
                })
            })
            .collect();
        if !clashing.is_empty() {
            mentions[i].flags.conflict = true;
            for j in clashing {
                mentions[j].flags.conflict = true;
            }
        }
    }
}
