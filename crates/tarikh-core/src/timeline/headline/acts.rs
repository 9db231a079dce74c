//! «القانون رقم 7 لسنة 2010»: a law, decree or decision numbered within its year is named by
//! that number and year; the year is when it was issued.

use super::clauses::Clauses;
use super::compose::{Piece, without_conjunction, without_preposition};
use super::lexicon::fold;
use super::tokens::Kind;

/// Words of the act's name taken back from «رقم»: «المرسوم الأميري»، «قرار مجلس الوزراء».
const MAX_NAME_WORDS: usize = 4;

/// «… استنادًا إلى القانون رقم 7 لسنة 2010» → «صدور القانون رقم 7»: the date right after an
/// act's number («رقم 7 لسنة …») is the year it was issued.
pub(super) fn numbered_act(c: &Clauses) -> Option<Vec<Piece>> {
    let shown = |j: &usize| c.tokens[*j].kind != Kind::Junk || c.tokens[*j].other_date;
    let first = c.tokens.iter().position(|t| t.in_date)?;
    let mut before = (0..first).rev().filter(shown);
    let mut k = before.next()?;
    // «لسنة» may be the date's lead word or stand before it.
    if matches!(c.tokens[k].fold.as_str(), "لسنه" | "لعام" | "سنه" | "عام") && !c.tokens[k].in_date
    {
        k = before.next()?;
    }
    let number = k;
    let mark = before.next()?;
    if c.tokens[number].kind != Kind::Number || c.tokens[mark].fold != "رقم" {
        return None;
    }
    let mut name: Vec<String> = Vec::new();
    for j in before {
        let t = &c.tokens[j];
        if name.len() == MAX_NAME_WORDS || t.kind != Kind::Word || !c.is_content(j) || t.in_date {
            break;
        }
        let word = act_word(t.text);
        let is_head = is_act(&word);
        name.push(word);
        if is_head {
            name.reverse();
            let mut out = vec![Piece::Word("صدور".into())];
            out.extend(name.into_iter().map(Piece::Word));
            out.push(Piece::Word(c.tokens[mark].text.to_string()));
            out.push(Piece::Word(c.tokens[number].text.to_string()));
            return Some(out);
        }
    }
    None
}

/// The word as the name shows it, without «و» or a preposition before its article or an act
/// («بالقانون» → «القانون»، «للمرسوم» → «المرسوم»، «بقرار» → «قرار»).
fn act_word(word: &str) -> String {
    let w = without_conjunction(word);
    if let Some(definite) = without_preposition(&w) {
        return definite;
    }
    // «بقرار مجلس الوزراء»: a preposition on an act in construct.
    let rest: String = w.chars().skip(1).collect();
    if fold(&w).starts_with(['ب', 'ل', 'ك']) && is_act(&rest) { rest } else { w }
}

/// A law, decree, decision, order or regulation, with or without its article.
fn is_act(word: &str) -> bool {
    let f = fold(word);
    matches!(
        f.strip_prefix("ال").unwrap_or(&f),
        "قانون" | "مرسوم" | "قرار" | "امر" | "لاءحه" | "نظام" | "تعميم" | "ظهير" | "منشور"
    )
}
