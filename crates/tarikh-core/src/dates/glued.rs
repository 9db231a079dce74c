//! Two date words glued by a lost space, as real pages have them: «نوفمبرالمقبل» (November
//! next), «اشهرالأولى» (the first months). Such a word is split in two tokens so that the
//! grammar reads it as written.

use super::lexicon::{Lex, lookup};
use super::tokens::{Kind, Tokens};

/// The shortest first word worth splitting off, in letters (a clitic is one or two).
const MIN_HEAD: usize = 3;

/// Splits every word that the lexicon does not know but that is two date words glued at the
/// article «ال» of the second: «نوفمبرالمقبل» → «نوفمبر» + «المقبل».
pub fn split_glued_words(toks: &mut Tokens, text: &str) {
    let mut i = 0;
    while i < toks.len() {
        if toks.list[i].kind == Kind::Word
            && let Some(letters) = glued_at(toks.norm(i))
        {
            toks.split_word(i, letters, text);
            i += 1;
        }
        i += 1;
    }
}

/// Where a normalised word splits into two date words (in letters), if it does.
fn glued_at(word: &str) -> Option<usize> {
    // Most words are short or hold no «ال» after a head: test that before any lookup.
    let first_al = word.char_indices().skip(MIN_HEAD).find(|(k, _)| word[*k..].starts_with("ال"))?.0;
    if lookup(word).is_some() {
        return None;
    }
    let mut from = first_al;
    while let Some(off) = word[from..].find("ال") {
        let k = from + off;
        let (head, tail) = word.split_at(k);
        if tail.chars().count() >= 4 && is_date_word(head) && lookup(tail).is_some() {
            return Some(head.chars().count());
        }
        from = k + "ال".len();
    }
    None
}

/// A word that can stand before another date word: a month, a unit, a count of months.
fn is_date_word(w: &str) -> bool {
    matches!(
        lookup(w),
        Some((
            Lex::Month(_)
                | Lex::HijriMonth(_)
                | Lex::Months
                | Lex::YearWord
                | Lex::MonthWord
                | Lex::DayWord
                | Lex::WeekWord
                | Lex::Weekday(_),
            _
        ))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::normalize_str;

    #[test]
    fn where_glued_words_split() {
        assert_eq!(glued_at(&normalize_str("نوفمبرالمقبل")), Some(6));
        assert_eq!(glued_at(&normalize_str("يومالجمعة")), Some(3));
        // Ordinary words holding «ال» are left alone.
        for w in ["المقبل", "بالإضافة", "والتي", "استقلالها", "الاستقلال", "مالي"]
        {
            assert_eq!(glued_at(&normalize_str(w)), None, "{w}");
        }
    }
}
