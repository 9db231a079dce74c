//! Which clause of the sentence a date's headline is taken from: the date's own, the next one
//! when the date's holds nothing else, the reported one after a reporting verb, or what a
//! statement or a set of figures said.

use super::clauses::Clauses;
use super::compose::is_document;
use super::tokens::Kind;

/// The segment the clause headline is taken from: the date's own, or when it holds nothing
/// else («ففي العاشر من أكتوبر 2022،») the next one, else the one before; after a reporting
/// verb («قالت … إنه …») the reported clause.
pub(super) fn home_segment(c: &Clauses) -> usize {
    let ds = c.date_segment;
    let mut home = ds;
    // «…ضد الاستعمار الأجنبي، وخاصة الإنجليزي في القرن العشرين»: a clause that only singles
    // out part of the one before («خاصة»، «لا سيما») is about that one.
    let first = c.segments[ds].clone().find(|&j| c.tokens[j].kind == Kind::Word);
    if ds > 0
        && first.is_some_and(|j| {
            matches!(c.tokens[j].fold.trim_start_matches('و'), "خاصه" | "خصوصا" | "لاسيما" | "سيما" | "بخاصه")
        })
        && !c.is_weak(ds - 1)
    {
        return ds - 1;
    }
    if let Some(reported) = reported_after_statement(c).or_else(|| figures_of_dated_document(c)) {
        return reported;
    }
    if c.is_weak(ds) {
        let (next, prev) = ([ds + 1, ds + 2], [ds.wrapping_sub(1), ds.wrapping_sub(2)]);
        let order = if c.date_leads_next { [next, prev] } else { [prev, next] }.concat();
        if let Some(&s) = order.iter().find(|&&s| s < c.segments.len() && !c.is_weak(s)) {
            home = s;
        }
    }
    let last_word = c.segments[home].clone().rev().find(|&j| c.is_content(j));
    let next_opens = c.segments.get(home + 1).and_then(|r| r.clone().find(|&j| c.tokens[j].is_word()));
    if let (Some(v), Some(o)) = (last_word, next_opens)
        && super::lexicon::is_reporting_verb(&c.tokens[v].fold)
        && matches!(c.tokens[o].fold.as_str(), "ان" | "انه" | "انها" | "بان")
        && !c.is_weak(home + 1)
    {
        home += 1;
    }
    home
}

/// «أعلن الجهاز، في تقرير صدر عنه اليوم الخميس، عن انخفاض الأسعار»: a date set off with the
/// statement that said it («في بيان»، «في مؤتمر صحفي») after a reporting verb dates what was
/// said, the clause after it.
fn reported_after_statement(c: &Clauses) -> Option<usize> {
    let ds = c.date_segment;
    let words: Vec<usize> =
        c.segments[ds].clone().filter(|&j| c.is_content(j) || c.tokens[j].kind == Kind::Word).collect();
    let (&first, rest) = words.split_first()?;
    let statement = rest.first().is_some_and(|&j| !c.tokens[j].in_date && is_statement(&c.tokens[j].fold));
    if !matches!(c.tokens[first].fold.as_str(), "في" | "خلال" | "ضمن") || !statement || ds == 0 {
        return None;
    }
    let reported_before = c.segments[ds - 1]
        .clone()
        .any(|j| c.tokens[j].kind == Kind::Word && super::lexicon::is_reporting_verb(&c.tokens[j].fold));
    let next = ds + 1;
    (reported_before && next < c.segments.len() && !c.is_weak(next)).then_some(next)
}

/// «كشفت الشركة مؤشرات سنة 2011، حيث سجلت تراجعًا في عدد المسافرين»: figures or data of a
/// date, spelt out in the «حيث» clause after it, are what happened then: that clause.
pub(super) fn figures_of_dated_document(c: &Clauses) -> Option<usize> {
    let before = (0..c.date_at).rev().find(|&j| c.tokens[j].kind != Kind::Junk && !c.tokens[j].in_date)?;
    let next = c.date_segment + 1;
    let opens = c.segments.get(next)?.clone().find(|&j| c.tokens[j].kind == Kind::Word)?;
    let documented = c.tokens[before].kind == Kind::Word && is_document(&c.tokens[before].fold);
    (documented && matches!(c.tokens[opens].fold.as_str(), "حيث" | "اذ") && !c.is_weak(next)).then_some(next)
}

/// A statement a reporting verb is said in: «بيان»، «تقرير»، «مؤتمر»، «تصريحات»… with its
/// article or pronoun («بيانها»).
fn is_statement(f: &str) -> bool {
    let f = f.strip_prefix("ال").unwrap_or(f);
    ["", "ه", "ها", "هم"].iter().any(|p| {
        f.strip_suffix(p).is_some_and(|w| {
            matches!(
                w,
                "بيان"
                    | "تقرير"
                    | "تصريح"
                    | "تصريحات"
                    | "مؤتمر"
                    | "حديث"
                    | "مقابله"
                    | "كلمه"
                    | "خطاب"
                    | "بلاغ"
                    | "رساله"
            )
        })
    })
}
