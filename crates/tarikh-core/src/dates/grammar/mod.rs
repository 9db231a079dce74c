//! The recognisers: small parsers over tokens, combined into the longest match at each place.
//!
//! Each recogniser takes a token index and returns `Some((next, value))` when the tokens from
//! there spell what it knows; `next` is the index after the last token it used. Only the
//! scanner ([`scan`]) decides which of the competing readings wins (the longest).

mod days;
mod fiscal;
mod history;
mod holidays;
mod lists;
mod months;
mod names;
mod numeric;
mod parts;
mod ranges;
mod relative;
mod spans;
mod weekdays;
mod year_refs;

use super::expr::{Calendar, Expr, Ymd};
use super::lexicon::{Lex, lookup, misspelt_month};
use super::tokens::{Gap, Kind, Tokens};

/// A recognised expression: tokens `start..end` and what they mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub expr: Expr,
    /// «منذ يناير 2015».
    pub since: bool,
    /// A Hijri date joined to its Gregorian twin by «الموافق».
    pub hijri: bool,
}

/// Finds every date expression in the tokens, left to right, longest first.
/// In `phrase` mode the whole text is meant as a date, so a bare year, month or weekday counts.
pub fn scan(t: &Tokens, phrase: bool) -> Vec<Found> {
    let g = Grammar::new(t, phrase);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if !g.may_start(i) {
            i += 1;
            continue;
        }
        let single = g.parse_at(i);
        // A list wins when it reaches further than the single expression at the same place.
        if let Some(items) = g.list(i)
            && let Some(end) = items.last().map(|f| f.end)
            && single.as_ref().is_none_or(|f| end > f.end)
        {
            i = end;
            out.extend(items);
            continue;
        }
        match single {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    spans::join_spans(&g, merge_twins(&g, out))
}

/// Joins a Hijri date and its Gregorian twin around «الموافق» into one mention.
fn merge_twins(g: &Grammar, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(prev) = out.last_mut() {
            let mut k = prev.end;
            while g.punct_in(k, "(,-") {
                k += 1;
            }
            if g.is(k, Lex::Corresponding) {
                k += 1;
                if g.word(k) == Some("ل") {
                    k += 1;
                }
                while g.punct_in(k, "(") {
                    k += 1;
                }
                let (a, b) = (g.calendar_of(&prev.expr), g.calendar_of(&f.expr));
                if k == f.start && a.is_some() && b.is_some() && a != b {
                    prev.end = f.end;
                    prev.hijri = true;
                    if a == Some(Calendar::Hijri) {
                        // The Gregorian twin is kept; a weekday written before the pair is
                        // checked against it.
                        let weekday = match &prev.expr {
                            Expr::Date(h) => h.weekday,
                            _ => None,
                        };
                        prev.expr = match f.expr {
                            Expr::Date(g) if g.weekday.is_none() => Expr::Date(Ymd { weekday, ..g }),
                            other => other,
                        };
                    }
                    continue;
                }
                // «يوم الأربعاء القادم الموافق 19 يناير»: the written date wins; its weekday is
                // kept to be checked.
                let weekday = match prev.expr {
                    Expr::Weekday { weekday, .. } => Some(weekday),
                    Expr::DayOffset { weekday, .. } => weekday,
                    _ => None,
                };
                if let (true, Some(wd), Expr::Date(mut date)) = (k == f.start, weekday, f.expr.clone())
                    && date.day.is_some()
                {
                    date.weekday = Some(wd);
                    prev.end = f.end;
                    prev.expr = Expr::Date(date);
                    continue;
                }
            }
        }
        out.push(f);
    }
    out
}

struct Grammar<'a> {
    t: &'a Tokens,
    phrase: bool,
    lex: Vec<Option<Lex>>,
    /// Numbers that are one side of a decimal written with «ر» («5ر416»): no day, no year.
    decimal: Vec<bool>,
}

/// The numbers that are one side of an Egyptian or Jordanian decimal written with «ر» («5ر416»
/// is 416.5), found once for the whole text.
fn decimal_sides(t: &Tokens) -> Vec<bool> {
    let mut decimal = vec![false; t.len()];
    for k in 1..t.len().saturating_sub(1) {
        let glued = |i: usize| t.list[i].gap == Gap::None;
        let number = |i: usize| matches!(t.list[i].kind, Kind::Number { .. });
        if t.list[k].kind == Kind::Word
            && glued(k)
            && glued(k + 1)
            && number(k - 1)
            && number(k + 1)
            && t.norm(k) == "ر"
        {
            decimal[k - 1] = true;
            decimal[k + 1] = true;
        }
    }
    decimal
}

/// Words that begin a tournament's name (normalised): «كأس العالم», «بطولة أفريقيا».
const TOURNAMENTS: [&str; 6] = ["كاس", "مونديال", "بطوله", "اولمبياد", "دوره", "يورو"];

/// What a recogniser returns: the index after its last token, and what it read.
type P<T> = Option<(usize, T)>;

impl<'a> Grammar<'a> {
    fn new(t: &'a Tokens, phrase: bool) -> Self {
        let number = |i: usize| t.list.get(i).is_some_and(|x| matches!(x.kind, Kind::Number { .. }));
        let lex = (0..t.len())
            .map(|i| match t.list[i].kind {
                Kind::Word => lookup(t.norm(i)).map(|(l, _)| l).or_else(|| {
                    // A month name with a letter dropped or doubled, where a day or a year
                    // stands next to it: «15 فبرير 2011».
                    let letters = t.norm(i).len() / 2;
                    let near_number = (4..=8).contains(&letters) && (number(i + 1) || i > 0 && number(i - 1));
                    near_number.then(|| misspelt_month(t.norm(i)).map(Lex::Month)).flatten()
                }),
                Kind::Punct('%') => Some(Lex::Quantity),
                _ => None,
            })
            .collect();
        let decimal = decimal_sides(t);
        Grammar { t, phrase, lex, decimal }
    }

    // ---- token access -------------------------------------------------------------------

    pub(super) fn lex(&self, i: usize) -> Option<Lex> {
        self.lex.get(i).copied().flatten()
    }

    pub(super) fn is(&self, i: usize, l: Lex) -> bool {
        self.lex(i) == Some(l)
    }

    /// Token `i` exists and is on the same line as token `i - 1`.
    pub(super) fn on_line(&self, i: usize) -> bool {
        i < self.t.len() && (i == 0 || self.t.list[i].gap != Gap::Newline)
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        i < self.t.len() && self.t.list[i].gap == Gap::None
    }

    pub(super) fn word(&self, i: usize) -> Option<&str> {
        (self.on_line(i) && self.t.list[i].kind == Kind::Word).then(|| self.t.norm(i))
    }

    pub(super) fn num(&self, i: usize) -> Option<(u32, u8)> {
        if !self.on_line(i) {
            return None;
        }
        match self.t.list[i].kind {
            Kind::Number { value, digits } if !self.decimal[i] => Some((value, digits)),
            _ => None,
        }
    }

    pub(super) fn punct_in(&self, i: usize, set: &str) -> bool {
        self.on_line(i) && matches!(self.t.list[i].kind, Kind::Punct(c) if set.contains(c))
    }

    /// Lexical class of token `i` if it is on the line.
    pub(super) fn l(&self, i: usize) -> Option<Lex> {
        if self.on_line(i) { self.lex(i) } else { None }
    }

    pub(super) fn is_definite_word(&self, i: usize) -> bool {
        self.t.list[i].kind == Kind::Word && self.t.norm(i).starts_with("ال")
    }

    /// Whether the context before `i` makes a bare year or month a date: «في 2020»,
    /// «منذ مارس», «حتى 2030», «مطلع 2023».
    pub(super) fn licensed(&self, i: usize) -> bool {
        if self.phrase && i == 0 {
            return true;
        }
        i > 0
            && self.on_line(i)
            && (matches!(
                self.lex(i - 1),
                Some(
                    Lex::TimePreposition
                        | Lex::To
                        | Lex::Since
                        | Lex::Part(_)
                        | Lex::MonthWord
                        | Lex::EventNoun
                )
            ) || self.after_tournament(i))
    }

    /// A year closing a tournament's name of two or three words: «كأس العالم 2010», «مونديال
    /// جنوب أفريقيا 2010».
    fn after_tournament(&self, i: usize) -> bool {
        self.num(i).is_some()
            && (2..=3).any(|back| {
                i >= back
                    && self.word(i - back).is_some_and(|w| TOURNAMENTS.contains(&w))
                    && (i - back + 1..i).all(|k| self.word(k).is_some() && self.lex(k).is_none())
            })
    }

    /// A number at `i` that is followed by a unit of quantity («2000 شخص», «10%»).
    pub(super) fn counted(&self, i: usize) -> bool {
        let mut k = i + 1;
        if self.is(k, Lex::TimePreposition) && self.word(k) == Some("في") {
            k += 1; // «90 في المئة»
        }
        // «أكتوبر 1971 بصوت المطربة»: a glued preposition means the number does not count the
        // word («1971 صوتا» would).
        let counts = |w: &str| {
            lookup(w).is_some_and(|(l, stripped)| {
                l == Lex::Quantity && !(stripped && w.starts_with(['ب', 'ل', 'ك']))
            })
        };
        self.word(k).is_some_and(counts)
            || self.word(k).is_some_and(|w| w.starts_with("الم") && w.ends_with("يه") && w.len() <= 12)
    }

    pub(super) fn calendar_of(&self, e: &Expr) -> Option<Calendar> {
        match e {
            Expr::Date(y) | Expr::Range(y, _) => Some(y.calendar),
            _ => None,
        }
    }

    // ---- the top level -------------------------------------------------------------------

    /// Whether an expression may start at `i`: on a date word or a number (most words are
    /// neither, and are passed over at the cost of this test).
    fn may_start(&self, i: usize) -> bool {
        match self.lex(i) {
            None => matches!(self.t.list[i].kind, Kind::Number { .. }),
            // Words that only ever come inside or after a date («في», «و», «الماضي», «م»…).
            Some(
                Lex::And
                | Lex::Quantity
                | Lex::Fiscal
                | Lex::Corresponding
                | Lex::GregorianMark
                | Lex::HijriMark
                | Lex::Dir(_)
                | Lex::Previous
                | Lex::To
                | Lex::EventNoun,
            ) => false,
            // Of the time prepositions, only «قبل» («قبل ثلاثة أيام») and «بعد» («بعد غد»)
            // begin a date.
            Some(Lex::TimePreposition) => matches!(self.t.norm(i), "قبل" | "بعد"),
            Some(_) => true,
        }
    }

    fn parse_at(&self, i: usize) -> Option<Found> {
        // «كل يوم اثنين», «كل خميس», «كل شهر رمضان»: recurring, not a date.
        let every = |k: usize| self.word(k).is_some_and(|w| w == "كل" || w == "وكل");
        let unit = |k: usize| matches!(self.lex(k), Some(Lex::DayWord | Lex::MonthWord | Lex::YearWord));
        if i > 0 && every(i - 1) || i > 1 && unit(i - 1) && every(i - 2) {
            return None;
        }
        if self.is(i, Lex::Since)
            && let Some((end, expr)) = self.expression(i + 1, true)
        {
            return Some(Found { start: i, end, expr, since: true, hijri: false });
        }
        let (end, expr) = self.expression(i, self.licensed(i))?;
        Some(Found { start: i, end, expr, since: false, hijri: false })
    }

    /// The longest expression starting at `i`. `licensed`: a bare year or month counts.
    pub(super) fn expression(&self, i: usize, licensed: bool) -> P<Expr> {
        let mut best: P<Expr> = None;
        let mut consider = |c: P<Expr>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.0 > b.0)
            {
                best = Some(c);
            }
        };
        consider(self.range(i));
        consider(self.part(i));
        consider(self.months_of(i));
        consider(self.season(i));
        consider(self.nth_weekday(i));
        consider(self.days_of(i));
        consider(self.weekday_led(i));
        consider(self.date(i, licensed).map(|(j, y)| (j, Expr::Date(y))));
        consider(self.relative(i));
        consider(self.day_month_relative(i));
        consider(self.day_of_relative_month(i));
        consider(self.holiday(i));
        consider(self.ago(i));
        // Rarer families, tried only where their first word can start them.
        match self.lex(i) {
            Some(Lex::Decade(_) | Lex::Century | Lex::Half) => {
                consider(self.decade(i));
                consider(self.century(i));
                consider(self.years_of_century(i));
            }
            Some(Lex::YearWord) => {
                consider(self.short_year(i));
                consider(self.fiscal_year(i));
            }
            Some(Lex::SamePeriod | Lex::Quarter) => consider(self.same_period(i)),
            None => consider(self.juxtaposed_years(i)),
            _ => {}
        }
        best
    }

    /// Any absolute date at `i`, with the weekday before it if written.
    pub(super) fn date(&self, i: usize, licensed: bool) -> P<Ymd> {
        let candidates =
            [self.numeric(i), self.day_month(i), self.month_year(i, licensed), self.year_alone(i, licensed)];
        let mut best: P<Ymd> = None;
        for c in candidates.into_iter().flatten() {
            if best.as_ref().is_none_or(|b| c.0 > b.0) {
                best = Some(c);
            }
        }
        best
    }
}
