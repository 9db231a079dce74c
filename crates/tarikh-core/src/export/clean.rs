//! Text made safe for the files others read: no control characters (XML and iCalendar forbid
//! them, terminals obey them), one line where a format wants one, bounded length, and
//! spreadsheet cells that can never be read as formulas.

use std::borrow::Cow;

/// How many characters of a sentence an event's row carries at most (issue 11: a sentence full
/// of dates must not be copied whole into every one of its events).
pub const SENTENCE_CHARS: usize = 1000;

/// True for characters no export writes: C0 controls but tab, line feed and carriage return,
/// DEL, C1 controls, and the two non-characters U+FFFE and U+FFFF (not allowed in XML 1.0).
pub fn is_unwritable(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r'))
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The text without [unwritable](is_unwritable) characters.
pub fn without_controls(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_unwritable) {
        Cow::Owned(s.chars().filter(|&c| !is_unwritable(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// One line: control characters dropped, every run of whitespace (line breaks too) one space.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in without_controls(s).split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// At most `n` characters of one line, an ellipsis at the end (in reading order) when cut.
pub fn cut(s: &str, n: usize) -> String {
    let flat = one_line(s);
    match flat.char_indices().nth(n.saturating_sub(1)) {
        Some((i, _)) if flat[i..].chars().nth(1).is_some() => format!("{}…", flat[..i].trim_end()),
        _ => flat,
    }
}

/// The part of a sentence an event carries: the whole sentence when it is at most
/// [`SENTENCE_CHARS`] characters, else that many around the date (`date` is a byte span
/// relative to the sentence), with «…» where it was cut. Linear in the excerpt, not in the
/// sentence, so a sentence with thousands of dates costs thousands of short excerpts.
pub fn excerpt_around(sentence: &str, date: std::ops::Range<usize>) -> String {
    if sentence.chars().take(SENTENCE_CHARS + 1).count() <= SENTENCE_CHARS {
        return one_line(sentence);
    }
    let (ds, de) = (floor(sentence, date.start), ceil(sentence, date.end.max(date.start)));
    // Keep the date and share what is left between both sides.
    let date_chars = sentence[ds..de].chars().take(SENTENCE_CHARS).count();
    let side = (SENTENCE_CHARS - date_chars) / 2;
    let start = ds - sentence[..ds].chars().rev().take(side).map(char::len_utf8).sum::<usize>();
    let end = de + sentence[de..].chars().take(side).map(char::len_utf8).sum::<usize>();
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&one_line(&sentence[start..end]));
    if end < sentence.len() {
        out.push('…');
    }
    out
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// True when a spreadsheet could read the text as a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return (OWASP's list for CSV injection).
pub fn starts_like_a_formula(s: &str) -> bool {
    matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

/// A text cell for a CSV file: control characters dropped, and a text that
/// [starts like a formula](starts_like_a_formula) prefixed with an apostrophe, as OWASP
/// recommends. Only for text: dates and numbers are written as such.
pub fn spreadsheet_text(s: &str) -> String {
    let clean = without_controls(s);
    if starts_like_a_formula(&clean) { format!("'{clean}") } else { clean.into_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_go_and_whitespace_folds() {
        assert_eq!(one_line("a\u{1b}[31m b\u{13}\n\n c\u{85}"), "a[31m b c");
        assert_eq!(without_controls("x\u{0}y\tz\u{FFFF}"), "xy\tz");
    }

    #[test]
    fn cut_puts_the_ellipsis_last() {
        assert_eq!(cut("تاريخ الخبر", 20), "تاريخ الخبر");
        assert_eq!(cut("تاريخ الخبر", 6), "تاريخ…");
        assert_eq!(cut("abc", 3), "abc");
    }

    #[test]
    fn every_formula_lead_is_neutralised() {
        for lead in ["=", "+", "-", "@", "\t", "\r"] {
            let cell = spreadsheet_text(&format!("{lead}1+1"));
            assert!(cell.starts_with('\''), "{cell:?}");
        }
        assert_eq!(spreadsheet_text("عقد في 5 مارس"), "عقد في 5 مارس");
        assert_eq!(spreadsheet_text("\u{1}=1"), "'=1", "a control character cannot hide the lead");
    }

    #[test]
    fn a_long_sentence_is_cut_around_its_date() {
        let sentence = format!("{} في 5 مارس 2021 {}", "كلمة ".repeat(2000), "أخرى ".repeat(2000));
        let at = sentence.find("5 مارس").unwrap();
        let x = excerpt_around(&sentence, at..at + "5 مارس 2021".len());
        assert!(x.contains("5 مارس 2021") && x.starts_with('…') && x.ends_with('…'), "{x}");
        assert!(x.chars().count() <= SENTENCE_CHARS + 2, "{}", x.chars().count());
        let short = "وصل الوفد في 5 مارس 2021\nإلى عمان.";
        assert_eq!(excerpt_around(short, 13..20), "وصل الوفد في 5 مارس 2021 إلى عمان.");
    }
}
