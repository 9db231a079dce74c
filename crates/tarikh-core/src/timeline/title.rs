//! A short title for an event: the clause around its date, about 80 characters at most.

use crate::dates::Span;

/// The most characters a title keeps before it is cut with an ellipsis.
pub const TITLE_CHARS: usize = 80;

/// The clause of `sentence` around `date` (a span inside `sentence`), trimmed to
/// [`TITLE_CHARS`]. Line breaks become spaces.
pub fn short_title(sentence: &str, date: Span) -> String {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if sentence.chars().count() <= TITLE_CHARS {
        return flat(sentence);
    }
    // Clause boundaries: Arabic and Latin commas, semicolons, colons, dashes between spaces.
    let is_break = |c: char| matches!(c, '،' | ',' | '؛' | ';' | ':' | '«' | '»');
    let start = sentence[..date.start]
        .rfind(is_break)
        .map(|i| i + sentence[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let end = sentence[date.end..].find(is_break).map(|i| date.end + i).unwrap_or(sentence.len());
    let clause = flat(&sentence[start..end]);
    if clause.chars().count() <= TITLE_CHARS {
        return clause;
    }
    // Still too long: a window of words around the date.
    let words: Vec<(usize, &str)> = sentence[start..end]
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - sentence.as_ptr() as usize, w))
        .collect();
    let center = words.iter().position(|(at, w)| at + w.len() > date.start).unwrap_or(0);
    let (mut lo, mut hi) = (center, center + 1);
    let len = |lo: usize, hi: usize| words[lo..hi].iter().map(|(_, w)| w.chars().count() + 1).sum::<usize>();
    loop {
        let grew_right = hi < words.len() && len(lo, hi + 1) <= TITLE_CHARS - 2;
        if grew_right {
            hi += 1;
        }
        let grew_left = lo > 0 && len(lo - 1, hi) <= TITLE_CHARS - 2;
        if grew_left {
            lo -= 1;
        }
        if !grew_left && !grew_right {
            break;
        }
    }
    let body = words[lo..hi].iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
    let body: String = body.chars().take(TITLE_CHARS - 2).collect();
    format!("{}{}{}", if lo > 0 { "…" } else { "" }, body, if hi < words.len() { "…" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_are_kept_whole() {
        let s = "زار الرئيس القاهرة في 5 مارس 2021.";
        let at = s.find('5').unwrap();
        assert_eq!(short_title(s, at..at + 1), s);
    }

    #[test]
    fn long_sentences_keep_the_clause_of_the_date() {
        let s = "وفي سياق متصل، قال المتحدث باسم الوزارة إن الاجتماع المقبل سيعقد في 5 مارس 2021 في العاصمة، \
                 مضيفا أن جدول الأعمال يشمل ملفات كثيرة تتعلق بالطاقة والأمن والتجارة بين البلدين.";
        let at = s.find("5 مارس").unwrap();
        let t = short_title(s, at..at + "5 مارس 2021".len());
        assert!(t.contains("5 مارس 2021"), "{t}");
        assert!(t.chars().count() <= TITLE_CHARS, "{t}");
        assert!(!t.contains("مضيفا"), "{t}");
    }
}
