//! Which way text runs: the base direction of a paragraph, which characters are right-to-left,
//! mirrored or not drawn. Pure logic, shared by the layout, the caret and the tests.

use unicode_bidi::{BidiClass, bidi_class};

/// The base direction of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

/// Is `c` a strong right-to-left letter (Arabic, Hebrew, …)?
fn is_rtl_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Would harfrust take `c` as a character of a right-to-left *script* (and so reverse a
/// section that starts with it)? harfrust picks the direction from the first character whose
/// Unicode script is not Common or Inherited: Arabic letters, but also Arabic-Indic digits, which
/// the bidi algorithm treats as numbers (left-to-right). The few Common-script characters of
/// the Arabic block (comma, semicolon, question mark, tatweel, …) do not count.
pub fn is_rtl_script(c: char) -> bool {
    match c {
        '\u{0605}' | '\u{060C}' | '\u{061B}' | '\u{061C}' | '\u{061F}' | '\u{0640}' | '\u{06DD}'
        | '\u{08E2}' | '\u{FD3E}' | '\u{FD3F}' => false,
        _ if bidi_class(c) == BidiClass::NSM => false, // Inherited: marks follow their base
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => true,
        _ => is_rtl_letter(c),
    }
}

/// Does the text hold any right-to-left letter (Arabic, Hebrew, …)?
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(|c| is_rtl_letter(c) || is_rtl_script(c))
}

/// The base direction of `text`: right-to-left if its first strong character is Arabic (or
/// Hebrew), and also when it starts with a Latin word but holds at least as many Arabic letters
/// as Latin ones (an Arabic sentence opening with «NATO»); left-to-right otherwise, and for text
/// with no letter at all. As in the bidi algorithm (rule P2), what is inside isolates
/// (LRI/RLI/FSI … PDI) does not count, unless nothing outside them does: «Saved FSI قمة.tarikh PDI»
/// reads left to right.
pub fn base_direction(text: &str) -> Direction {
    let outside = strong_letters(text, false);
    let (first, rtl, ltr) = if outside.0.is_some() { outside } else { strong_letters(text, true) };
    match first {
        Some(Direction::Rtl) => Direction::Rtl,
        Some(Direction::Ltr) if rtl >= ltr => Direction::Rtl,
        _ => Direction::Ltr,
    }
}

/// The direction of the first strong character, and the counts of right-to-left and
/// left-to-right ones, outside isolates (or everywhere, with `inside_isolates`).
fn strong_letters(text: &str, inside_isolates: bool) -> (Option<Direction>, usize, usize) {
    let mut first = None;
    let (mut rtl, mut ltr) = (0usize, 0usize);
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' => depth = depth.saturating_sub(1),
            _ if depth > 0 && !inside_isolates => {}
            _ => match bidi_class(c) {
                BidiClass::R | BidiClass::AL => {
                    rtl += 1;
                    first.get_or_insert(Direction::Rtl);
                }
                BidiClass::L => {
                    ltr += 1;
                    first.get_or_insert(Direction::Ltr);
                }
                _ => {}
            },
        }
    }
    (first, rtl, ltr)
}

/// The mirrored glyph of a bracket-like character, shown in right-to-left runs
/// (Unicode's Bidi_Mirroring_Glyph, for the characters news text uses).
pub fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⁅' => '⁆',
        '⁆' => '⁅',
        '⁽' => '⁾',
        '⁾' => '⁽',
        '₍' => '₎',
        '₎' => '₍',
        '≤' => '≥',
        '≥' => '≤',
        '〈' => '〉',
        '〉' => '〈',
        '⟨' => '⟩',
        '⟩' => '⟨',
        '【' => '】',
        '】' => '【',
        '〔' => '〕',
        '〕' => '〔',
        '（' => '）',
        '）' => '（',
        '［' => '］',
        '］' => '［',
        _ => c,
    }
}

/// Characters that are not drawn: bidi controls (already applied by the algorithm) and other
/// invisible format characters that fonts lack. ZWJ/ZWNJ stay: they steer Arabic joining.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\r'
    )
}

/// Characters that stay inside a stretch of Arabic letters handed to harfrust as one piece:
/// letters, their marks, and the joiners.
pub(crate) fn is_joining(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::NSM)
        || matches!(c, '\u{200C}' | '\u{200D}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_direction_of_seed_sentences() {
        assert_eq!(base_direction("في 19 ديسمبر 2022"), Direction::Rtl);
        assert_eq!(base_direction("(من 6 ‐ 2023/12/8)"), Direction::Rtl);
        assert_eq!(base_direction("قال NATO إن"), Direction::Rtl);
        assert_eq!(base_direction("NATO قال إن الحلف"), Direction::Rtl);
        assert_eq!(base_direction("NATO said on Monday قال"), Direction::Ltr);
        assert_eq!(base_direction("Hello world"), Direction::Ltr);
        assert_eq!(base_direction("2023/12/8"), Direction::Ltr);
        assert_eq!(base_direction(""), Direction::Ltr);
    }
}
