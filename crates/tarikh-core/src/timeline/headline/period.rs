//! «قدمت الشركة بياناتها للسنة المالية المنتهية في 31 ديسمبر 2011»: a date that ends a named
//! period is that period's end, whatever the sentence goes on to say was done with it.

use super::clauses::Clauses;
use super::compose::{Piece, without_preposition};
use super::lexicon::fold;
use super::tokens::Kind;

/// Words of a period's name taken back from «المنتهية»: «السنة المالية»، «الربع الأول».
const MAX_PERIOD_WORDS: usize = 3;

/// «… للسنة المالية المنتهية في 2011/12/31» → «نهاية السنة المالية»: the date right after
/// «المنتهية» (or «المنتهي») ends the period named before it, which is a year, a quarter, a
/// half, a month, a season or a term.
pub(super) fn period_end(c: &Clauses) -> Option<Vec<Piece>> {
    // Another date between them («المنتهية في 2011/12/31 بتاريخ …») ends the period instead.
    let shown = |j: &usize| c.tokens[*j].kind != Kind::Junk || c.tokens[*j].other_date;
    let first = c.tokens.iter().position(|t| t.in_date)?;
    let ended = (0..first).rev().find(shown)?;
    if !matches!(c.tokens[ended].fold.trim_start_matches('و'), "المنتهيه" | "المنتهي") {
        return None;
    }
    // Back from «المنتهية» to the period's noun: «[للسنة] المالية»، «[الربع] الأول».
    let mut words: Vec<usize> = Vec::new();
    for j in (0..ended).rev().filter(shown) {
        let t = &c.tokens[j];
        if words.len() == MAX_PERIOD_WORDS || t.kind != Kind::Word || !c.is_content(j) || t.other_date {
            return None;
        }
        words.push(j);
        if let Some(head) = definite(t.text).filter(|h| is_period(h)) {
            words.reverse();
            let mut out = vec![Piece::Word("نهاية".into()), Piece::Word(head)];
            out.extend(words[1..].iter().map(|&j| Piece::Word(c.tokens[j].text.to_string())));
            return Some(out);
        }
    }
    None
}

/// A year, a quarter, a half, a month, a season or a term, with its article.
fn is_period(word: &str) -> bool {
    let f = fold(word);
    matches!(
        f.strip_prefix("ال").unwrap_or(&f),
        "سنه" | "عام" | "ربع" | "نصف" | "فتره" | "شهر" | "موسم" | "دوره" | "سنوات" | "اعوام"
    )
}

/// The period's noun as shown after «نهاية»: with its article, without a preposition
/// («للسنة» → «السنة»، «بالربع» → «الربع»); none without the article («لسنة»).
fn definite(word: &str) -> Option<String> {
    if fold(word).starts_with("ال") { Some(word.to_string()) } else { without_preposition(word) }
}
