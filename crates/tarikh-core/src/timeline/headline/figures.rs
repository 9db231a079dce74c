//! Reading a figure in a sentence of figures: its number with its lead and units («بنسبة
//! 14% في عدد المسافرين»، «إلى 2921 مليون دينار»), the figure a date is placed on, and the
//! figure a date is the baseline of («مقابل 4487 مليون دينار بنهاية 2011»).

use super::clauses::Clauses;
use super::compose::Piece;
use super::measures::is_unit;
use super::tidy;
use super::tokens::Kind;

/// The figure a date is the baseline of: «مقابل 4487 مليون دينار بنهاية العام الماضي»،
/// «ارتفع من 2812 مليون دينار بنهاية 2011» — a figure led by «مقابل» or «من» right before the
/// date.
pub(super) fn baseline(c: &Clauses, start: usize) -> Option<Vec<Piece>> {
    let n = figure_before_date(c, start).or_else(|| level_recorded_at(c, start))?;
    let lead = lead_of(c, start, n)?;
    matches!(c.tokens[lead].fold.as_str(), "مقابل" | "مقارنه" | "من").then(|| figure_at(c, n)).flatten()
}

/// Words between a compared figure and the date that say the date is that level's, at most.
const MAX_LEVEL_WORDS: usize = 9;

/// «مقابل نحو 4487 مليون دينار محافظًا بذلك على نفس مستوياته تقريبًا المسجلة بنهاية العام
/// الماضي»: the last figure before the date, when the words between (no other figure) say
/// the date is when a level was recorded («المسجلة»، «مستوياته»).
fn level_recorded_at(c: &Clauses, start: usize) -> Option<usize> {
    let n = (start..c.date_at).rev().find(|&j| is_number(c, j))?;
    let words: Vec<&str> = (n + 1..c.date_at)
        .filter(|&j| c.tokens[j].kind == Kind::Word && !is_unit(&c.tokens[j].fold))
        .map(|j| c.tokens[j].fold.as_str())
        .collect();
    let says_level = words.iter().any(|f| {
        matches!(*f, "المسجله" | "المسجل" | "مستوياته" | "مستواه" | "مستوياتها" | "مستواها" | "مستوي")
    });
    let clean = (n + 1..c.date_at).all(|j| !matches!(c.tokens[j].kind, Kind::Break | Kind::Number));
    (says_level && clean && words.len() <= MAX_LEVEL_WORDS).then_some(n)
}

/// The figure the date is placed on: one right before it («… إلى 2921 مليون دينار بنهاية
/// حزيران»), else the first after the verb.
pub(super) fn dated_figure(c: &Clauses, from: usize, end: usize) -> Option<Vec<Piece>> {
    let n = (from < c.date_at)
        .then(|| figure_before_date(c, from))
        .flatten()
        .or_else(|| (from..end).find(|&j| is_number(c, j)))?;
    figure_at(c, n)
}

fn is_number(c: &Clauses, j: usize) -> bool {
    c.tokens[j].kind == Kind::Number && !c.tokens[j].in_date
}

/// The number of a figure that ends right before the date (its units, hedges and the date's
/// lead words between, «… 4487 مليون دينار خلال»), at or after `from`.
pub(super) fn figure_before_date(c: &Clauses, from: usize) -> Option<usize> {
    let n = (from..c.date_at).rev().find(|&j| is_number(c, j))?;
    let only_units = (n + 1..c.date_at).all(|j| {
        let t = &c.tokens[j];
        match t.kind {
            Kind::Symbol | Kind::Junk => true,
            Kind::Word => {
                is_unit(&t.fold)
                    || (t.info.is_date_lead() && !matches!(t.fold.as_str(), "من" | "الي" | "بين"))
                    || matches!(t.fold.as_str(), "في" | "نفس" | "بنفس")
            }
            _ => false,
        }
    });
    only_units.then_some(n)
}

/// The word that leads the figure at `n` («بنسبة»، «إلى»، «مقابل»), over a hedge.
fn lead_of(c: &Clauses, from: usize, n: usize) -> Option<usize> {
    (from..n).rev().find(|&j| {
        c.tokens[j].kind != Kind::Junk && !matches!(c.tokens[j].fold.as_str(), "نحو" | "حوالي" | "سالب")
    })
}

/// The figure at number `n`: its lead when it says how the figure is meant («بنسبة»،
/// «إلى»), the number and its units («مليار دينار»، «في المئة»), tidied («90%»).
///
/// A bare number, without a lead or a unit, is a count of something else («لشراء 16 طائرة»):
/// None.
fn figure_at(c: &Clauses, n: usize) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    if let Some(l) = lead_of(c, 0, n)
        && matches!(c.tokens[l].fold.as_str(), "بنسبه" | "الي" | "الى" | "بمقدار" | "بقيمه")
    {
        out.push(Piece::Word(c.tokens[l].text.to_string()));
    } else if let Some(l) = lead_of(c, 0, n)
        && l >= 2
        && c.tokens[l].fold == "دون"
        && c.tokens[l - 1].fold == "ما"
        && matches!(c.tokens[l - 2].fold.as_str(), "الي" | "الى")
    {
        // «إلى ما دون 28 دولارًا»: below, not at.
        out.extend((l - 2..=l).map(|j| Piece::Word(c.tokens[j].text.to_string())));
    }
    let led = !out.is_empty();
    out.push(Piece::Word(c.tokens[n].text.to_string()));
    for j in n + 1..c.tokens.len().min(n + 4) {
        let t = &c.tokens[j];
        let unit = match t.kind {
            Kind::Symbol => true,
            Kind::Word => {
                is_unit(&t.fold) || (t.fold == "في" && c.tokens.get(j + 1).is_some_and(|n| is_unit(&n.fold)))
            }
            _ => false,
        };
        if !unit || t.in_date {
            break;
        }
        out.push(Piece::Word(t.text.to_string()));
    }
    // «بنسبة 14% في عدد المسافرين»: what a share is of, when a quantity's noun says it.
    let after = n + out.len() - usize::from(led);
    if led
        && let (Some(fi), Some(what)) = (c.tokens.get(after), c.tokens.get(after + 1))
        && fi.fold == "في"
        && what.kind == Kind::Word
        && !what.in_date
        && is_share_of(&what.fold)
    {
        out.push(Piece::Word(fi.text.to_string()));
        out.push(Piece::Word(what.text.to_string()));
        if let Some(of) = c.tokens.get(after + 2).filter(|t| {
            t.kind == Kind::Word
                && !t.in_date
                && !t.other_date
                && t.fold.starts_with("ال")
                && !t.info.is_function_word()
        }) {
            out.push(Piece::Word(of.text.to_string()));
        }
    }
    if !led && out.len() == 1 {
        return None;
    }
    tidy::figures(&mut out);
    Some(out)
}

/// A quantity a share is taken of («عدد»، «حجم»، «قيمة»…), folded.
fn is_share_of(f: &str) -> bool {
    matches!(
        f,
        "عدد"
            | "حجم"
            | "قيمه"
            | "كميه"
            | "عاءدات"
            | "مداخيل"
            | "ايرادات"
            | "مبيعات"
            | "صادرات"
            | "واردات"
            | "اسعار"
    )
}
