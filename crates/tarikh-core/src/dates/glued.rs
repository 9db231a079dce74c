//! Two date words glued by a lost space, as real pages have them: «نوفمبرالمقبل» (November
//! next), «اشهرالأولى» (the first months). Such a word is split in two tokens so that the
//! grammar reads it as written.

use super::lexicon::{Lex, lookup_exact};
use super::tokens::{Kind, Tokens};

/// The shortest first word worth splitting off, in letters (a clitic is one or two).
const MIN_HEAD: usize = 3;
/// The longest second word, in letters: «الماضيين».
const MAX_TAIL: usize = 8;

/// Splits every word that is two date words glued at the article «ال» of the second:
/// «نوفمبرالمقبل» → «نوفمبر» + «المقبل». One pass; the token list is rebuilt only if a word
/// splits.
pub fn split_glued_words(toks: &mut Tokens, text: &str) {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for i in 0..toks.len() {
        if toks.list[i].kind == Kind::Word
            && let Some(letters) = glued_at(toks.norm(i))
        {
            cuts.push((i, letters));
        }
    }
    if !cuts.is_empty() {
        toks.split_words(&cuts, text);
    }
}

/// Where a normalised word splits into two date words (in letters), if it does.
fn glued_at(word: &str) -> Option<usize> {
    // Most words are short or hold no «ال» after a head: test that, on bytes, before any
    // lookup (an Arabic letter is two bytes; a head and a tail are at least seven letters).
    if word.len() < 2 * (MIN_HEAD + 4) {
        return None;
    }
    // The second word («المقبل», «الأولى», «الماضيين») is four to eight letters: look for its
    // «ال» only there, on bytes (an Arabic letter is two).
    let al = "ال".as_bytes();
    let bytes = word.as_bytes();
    let first = bytes.len().saturating_sub(2 * MAX_TAIL).max(2 * MIN_HEAD);
    (first..=bytes.len() - 2 * 4)
        .step_by(2)
        .filter(|&k| bytes[k..].starts_with(al) && word.is_char_boundary(k))
        .find_map(|k| {
            let (head, tail) = word.split_at(k);
            (is_date_word(head) && lookup_exact(tail).is_some()).then(|| head.chars().count())
        })
}

/// A word that can stand before another date word: a month, a unit, a count of months.
fn is_date_word(w: &str) -> bool {
    matches!(
        lookup_exact(w),
        Some(
            Lex::Month(_)
                | Lex::HijriMonth(_)
                | Lex::Months
                | Lex::YearWord
                | Lex::MonthWord
                | Lex::DayWord
                | Lex::WeekWord
                | Lex::Weekday(_)
        )
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
