//! Two dates that the words around them make one span: «بين سنة 2012 والثلاثية الأولى من سنة
//! 2014» (a year to a quarter), «تبدأ يوم 3 مارس وتنتهي يوم 7 مارس» (a start and an end).

use super::{Found, Grammar};
use crate::dates::expr::Expr;
use crate::dates::lexicon::Lex;

/// Verbs that close a span after its start (normalised, maybe behind «و»): «وتنتهي يوم …».
const END_VERBS: [&str; 8] = ["تنتهي", "ينتهي", "تختتم", "يختتم", "تستمر", "يستمر", "تتواصل", "يتواصل"];

/// Joins neighbouring expressions that form one span; runs after the scan, once over the list.
pub(super) fn join_spans(g: &Grammar, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(start) = out.last().and_then(|prev| g.span_start(prev, &f))
            && let Some(prev) = out.pop()
        {
            let expr = Expr::Span(Box::new(prev.expr), Box::new(f.expr));
            out.push(Found { start, end: f.end, expr, since: false, hijri: prev.hijri || f.hijri });
            continue;
        }
        out.push(f);
    }
    out
}

impl Grammar<'_> {
    /// Where the span made of `a` and then `b` starts, if the words make them one.
    fn span_start(&self, a: &Found, b: &Found) -> Option<usize> {
        if a.since || matches!(a.expr, Expr::Range(..) | Expr::Span(..)) || a.expr.is_relative() {
            return None;
        }
        // «بين X وY», where X and Y are not of one kind (those are read by `range`).
        let and_next = b.start == a.end + 1 && self.is(a.end, Lex::And)
            || b.start == a.end && self.word(b.start).is_some_and(|w| w.starts_with('و'));
        if a.start > 0 && self.is(a.start - 1, Lex::Between) && and_next && !b.expr.is_relative() {
            return Some(a.start - 1);
        }
        // «يوم 3 مارس وتنتهي (حتى) يوم 7 مارس».
        let mut k = a.end;
        if self.punct_in(k, ",") {
            k += 1;
        }
        let verb = self.word(k).map(|w| w.strip_prefix('و').unwrap_or(w));
        if !verb.is_some_and(|v| END_VERBS.contains(&v)) {
            return None;
        }
        k += 1;
        if self.is(k, Lex::To) || self.word(k) == Some("في") {
            k += 1;
        }
        if self.word(k) == Some("يوم") && k != b.start {
            k += 1;
        }
        let days = |e: &Expr| matches!(e, Expr::Date(y) if y.day.is_some());
        (k == b.start && days(&a.expr) && days(&b.expr)).then_some(a.start)
    }
}
