//! Editing a text in logical order: a selection (an anchor and a [`Caret`]), typing over it,
//! deleting backwards and forwards, words. Pure logic, independent of how the text is shown:
//! [`super::field`] maps keys and clicks to these operations and the caret to the screen.
//!
//! Typing «قمة» then «2022» into «مينسك» at its end gives «مينسك قمة 2022»-like logical text:
//! what is typed goes at the caret's offset, whatever the direction of the text around it.

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};

use super::caret::Caret;

/// What is selected: from `anchor` (where a drag or shift-selection started) to `caret`.
/// Empty when they are at the same offset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub caret: Caret,
}

impl Selection {
    /// A caret with nothing selected.
    pub fn at(caret: Caret) -> Selection {
        Selection { anchor: caret.offset, caret }
    }

    /// From `start` to `end` (the caret at `end`, clinging to the text before it).
    pub fn span(start: usize, end: usize) -> Selection {
        Selection { anchor: start, caret: Caret::after(end) }
    }

    /// All of `text`.
    pub fn all(text: &str) -> Selection {
        Selection::span(0, text.len())
    }

    /// The selected bytes, in logical order.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.caret.offset)..self.anchor.max(self.caret.offset)
    }

    pub fn is_empty(&self) -> bool {
        self.anchor == self.caret.offset
    }

    /// The same selection with both ends on character boundaries of `text` (after the text
    /// was changed from outside, by the app).
    pub fn clamped(self, text: &str) -> Selection {
        let fit = |o: usize| floor_boundary(text, o.min(text.len()));
        Selection { anchor: fit(self.anchor), caret: Caret { offset: fit(self.caret.offset), ..self.caret } }
    }

    /// Moves the caret to `caret`; the anchor follows unless the selection is being extended.
    pub fn moved(self, caret: Caret, extend: bool) -> Selection {
        if extend { Selection { caret, ..self } } else { Selection::at(caret) }
    }
}

/// The largest character boundary of `text` at or before `offset`.
fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Replaces the selection with `insert`; the caret ends after it, clinging to it (so it shows
/// next to the last character typed, whichever way that character runs).
pub fn replace(text: &mut String, sel: Selection, insert: &str) -> Selection {
    let range = sel.range();
    text.replace_range(range.clone(), insert);
    Selection::at(Caret::after(range.start + insert.len()))
}

/// Backspace: deletes the selection, or the character before the caret (one character: the
/// last haraka typed goes first, not its whole letter).
pub fn backspace(text: &mut String, sel: Selection) -> Selection {
    if !sel.is_empty() {
        return replace(text, sel, "");
    }
    let end = sel.caret.offset;
    let Some((start, _)) = text[..end].char_indices().next_back() else { return sel };
    text.replace_range(start..end, "");
    Selection::at(Caret::before(start))
}

/// Delete: deletes the selection, or the character after the caret with its marks.
pub fn delete(text: &mut String, sel: Selection) -> Selection {
    if !sel.is_empty() {
        return replace(text, sel, "");
    }
    let start = sel.caret.offset;
    let end = cluster_end(text, start);
    text.replace_range(start..end, "");
    Selection::at(Caret::before(start))
}

/// Ctrl+Backspace: deletes the selection, or back to the start of the word before the caret.
pub fn backspace_word(text: &mut String, sel: Selection) -> Selection {
    if !sel.is_empty() {
        return replace(text, sel, "");
    }
    let start = previous_word_start(text, sel.caret.offset);
    text.replace_range(start..sel.caret.offset, "");
    Selection::at(Caret::before(start))
}

/// The end of the character at `offset` and of the marks on it.
fn cluster_end(text: &str, offset: usize) -> usize {
    let mut chars = text[offset..].char_indices();
    let Some((_, first)) = chars.next() else { return offset };
    let mut end = offset + first.len_utf8();
    for (i, c) in chars {
        if bidi_class(c) != BidiClass::NSM {
            break;
        }
        end = offset + i + c.len_utf8();
    }
    end
}

/// Letters, digits, marks (harakat), joiners and the tatweel belong to words.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{0640}')
        || bidi_class(c) == BidiClass::NSM
}

/// The word around `offset` (the characters of the same kind — word or not — on both sides),
/// for a double-click.
pub fn word_at(text: &str, offset: usize) -> Range<usize> {
    let offset = floor_boundary(text, offset.min(text.len()));
    let Some(c) = text[offset..].chars().next().or_else(|| text[..offset].chars().next_back()) else {
        return offset..offset;
    };
    let kind = is_word_char(c);
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c) == kind)
        .last()
        .map_or(offset, |(i, _)| i);
    let end = text[offset..]
        .char_indices()
        .take_while(|&(_, c)| is_word_char(c) == kind)
        .last()
        .map_or(offset, |(i, c)| offset + i + c.len_utf8());
    start..end
}

/// The start of the word at or before `offset` (Ctrl+arrow back in reading order).
pub fn previous_word_start(text: &str, offset: usize) -> usize {
    let before: Vec<(usize, char)> = text[..offset].char_indices().collect();
    let mut i = before.len();
    while i > 0 && !is_word_char(before[i - 1].1) {
        i -= 1;
    }
    while i > 0 && is_word_char(before[i - 1].1) {
        i -= 1;
    }
    before.get(i).map_or(offset, |&(o, _)| o)
}

/// The end of the word at or after `offset` (Ctrl+arrow on in reading order).
pub fn next_word_end(text: &str, offset: usize) -> usize {
    let mut chars = text[offset..].char_indices().peekable();
    while chars.peek().is_some_and(|&(_, c)| !is_word_char(c)) {
        chars.next();
    }
    while chars.peek().is_some_and(|&(_, c)| is_word_char(c)) {
        chars.next();
    }
    chars.peek().map_or(text.len(), |&(i, _)| offset + i)
}

/// Text pasted into a one-line field: line breaks become spaces.
pub fn one_line(pasted: &str) -> String {
    pasted.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Types `s` at the selection, as the field does for each text event.
    fn type_in(text: &mut String, sel: Selection, s: &str) -> Selection {
        replace(text, sel, s)
    }

    #[test]
    fn typing_arabic_and_numbers_goes_in_logical_order() {
        let mut t = String::new();
        let mut sel = Selection::default();
        for piece in ["ق", "م", "ة", " ", "مينسك", " ", "2", "0", "2", "2"] {
            sel = type_in(&mut t, sel, piece);
        }
        assert_eq!(t, "قمة مينسك 2022");
        assert_eq!(sel, Selection::at(Caret::after(t.len())));
    }

    #[test]
    fn typing_replaces_the_selection() {
        let mut t = "قمة مينسك 2022".to_owned();
        let word = word_at(&t, "قمة ".len() + 2);
        assert_eq!(&t[word.clone()], "مينسك");
        let sel = type_in(&mut t, Selection::span(word.start, word.end), "باريس");
        assert_eq!(t, "قمة باريس 2022");
        assert_eq!(sel.caret.offset, "قمة باريس".len());
    }

    #[test]
    fn backspace_and_delete() {
        let mut t = "قمة مينسك".to_owned();
        let end = Selection::at(Caret::after(t.len()));
        let sel = backspace(&mut t, end);
        assert_eq!(t, "قمة مينس");
        assert_eq!(sel.caret, Caret::before(t.len()));
        let sel = delete(&mut t, Selection::at(Caret::before(0)));
        assert_eq!(t, "مة مينس");
        assert_eq!(sel.caret.offset, 0);
        // At the ends nothing happens.
        assert_eq!(backspace(&mut t, Selection::at(Caret::before(0))), Selection::at(Caret::before(0)));
        let end = t.len();
        delete(&mut t, Selection::at(Caret::after(end)));
        assert_eq!(t, "مة مينس");
        // Over a selection, both delete it.
        let sel = delete(&mut t, Selection::span(0, "مة ".len()));
        assert_eq!((t.as_str(), sel.caret.offset), ("مينس", 0));
    }

    #[test]
    fn harakat_go_one_by_one_backwards_and_with_their_letter_forwards() {
        let mut t = "كَتَبَ".to_owned();
        let end = Selection::at(Caret::after(t.len()));
        backspace(&mut t, end);
        assert_eq!(t, "كَتَب");
        delete(&mut t, Selection::at(Caret::before(0)));
        assert_eq!(t, "تَب");
    }

    #[test]
    fn words() {
        let t = "قال: «مُحَمَّد» في 2022";
        let m = t.find('م').unwrap();
        assert_eq!(&t[word_at(t, m + 4)], "مُحَمَّد");
        assert_eq!(&t[word_at(t, t.find("2022").unwrap())], "2022");
        assert_eq!(&t[word_at(t, t.len())], "2022");
        assert_eq!(&t[word_at(t, "قال".len())], ": «");
        assert_eq!(word_at("", 0), 0..0);
        assert_eq!(previous_word_start(t, t.len()), t.find("2022").unwrap());
        assert_eq!(previous_word_start(t, t.find("2022").unwrap()), t.find("في").unwrap());
        assert_eq!(previous_word_start(t, 0), 0);
        assert_eq!(next_word_end(t, 0), "قال".len());
        assert_eq!(next_word_end(t, "قال".len()), t.find('»').unwrap());
        assert_eq!(next_word_end(t, t.find("2022").unwrap()), t.len());
        let mut s = t.to_owned();
        let sel = backspace_word(&mut s, Selection::at(Caret::after(t.len())));
        assert_eq!(s, "قال: «مُحَمَّد» في ");
        assert_eq!(sel.caret.offset, s.len());
    }

    #[test]
    fn arabic_commas_stay_in_tags() {
        let mut t = String::new();
        let mut sel = Selection::default();
        for piece in ["روسيا", "،", " ", "أوكرانيا"] {
            sel = type_in(&mut t, sel, piece);
        }
        assert_eq!(t, "روسيا، أوكرانيا");
    }

    #[test]
    fn selections_clamp_to_a_changed_text() {
        let sel = Selection { anchor: 40, caret: Caret::after(3) };
        // «قمة» is 6 bytes: offset 3 falls inside «م».
        assert_eq!(sel.clamped("قمة"), Selection { anchor: 6, caret: Caret::after(2) });
        assert_eq!(Selection::all("قمة").range(), 0..6);
        assert!(Selection::at(Caret::before(2)).is_empty());
        let moved = Selection::at(Caret::before(2)).moved(Caret::after(6), true);
        assert_eq!(moved.range(), 2..6);
        assert!(moved.moved(Caret::before(0), false).is_empty());
    }

    #[test]
    fn pasted_lines_join_in_a_one_line_field() {
        assert_eq!(one_line("قمة\nمينسك\r\n2022"), "قمة مينسك 2022");
    }
}
