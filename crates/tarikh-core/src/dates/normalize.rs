//! Arabic normalisation for matching: one rule per character, so offsets map back simply.
//!
//! «أُعلِنَ في ١٩ ديسمبر» and «اعلن في 19 ديسمبر» normalise to the same letters: hamza forms
//! of alef become bare alef, alef maqsura becomes yeh, teh marbuta becomes heh, diacritics and
//! tatweel disappear, Arabic-Indic and Persian digits become ASCII, dashes and slashes fold.

/// What one character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NormChar {
    /// A letter of a word (already folded).
    Letter(char),
    /// An ASCII digit `0`..=`9`.
    Digit(u8),
    /// Dropped: diacritics, tatweel, bidi and zero-width controls. They belong to the letter
    /// before them.
    Drop,
    /// Horizontal white space.
    Space,
    /// A line break.
    Newline,
    /// Any other character, folded (`‐` → `-`, `،` → `,`, `٪` → `%`).
    Punct(char),
}

/// Classifies and folds one character.
#[inline(always)]
pub fn normalize_char(c: char) -> NormChar {
    // Fast paths for the two scripts that make up nearly all of the text.
    let u = c as u32;
    if u < 0x80 {
        return match c {
            '0'..='9' => NormChar::Digit(c as u8 - b'0'),
            'a'..='z' => NormChar::Letter(c),
            'A'..='Z' => NormChar::Letter(c.to_ascii_lowercase()),
            ' ' | '\t' => NormChar::Space,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' => NormChar::Newline,
            c if c.is_ascii_control() => NormChar::Drop,
            c => NormChar::Punct(c),
        };
    }
    if (0x0621..=0x063A).contains(&u) || (0x0641..=0x064A).contains(&u) {
        return NormChar::Letter(match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ى' | 'ئ' => 'ي',
            'ؤ' => 'و',
            'ة' => 'ه',
            c => c,
        });
    }
    normalize_rare(c)
}

fn normalize_rare(c: char) -> NormChar {
    match c {
        '0'..='9' => NormChar::Digit(c as u8 - b'0'),
        'a'..='z' => NormChar::Letter(c),
        'A'..='Z' => NormChar::Letter(c.to_ascii_lowercase()),
        ' ' | '\t' => NormChar::Space,
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => NormChar::Newline,
        // Arabic-Indic and Eastern Arabic-Indic (Persian/Urdu) digits.
        '\u{0660}'..='\u{0669}' => NormChar::Digit((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => NormChar::Digit((c as u32 - 0x06F0) as u8),
        // Harakat, Quranic marks, superscript alef, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => NormChar::Drop,
        // Zero-width and bidi controls that web text is full of.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => NormChar::Drop,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => NormChar::Space,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => NormChar::Letter('ا'),
        'ى' | 'ئ' | 'ی' | 'ې' => NormChar::Letter('ي'),
        'ؤ' => NormChar::Letter('و'),
        'ة' | 'ۀ' | 'ە' => NormChar::Letter('ه'),
        'ک' => NormChar::Letter('ك'),
        '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' => NormChar::Letter(c),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => NormChar::Punct('-'),
        '\u{2044}' | '\u{2215}' | '\u{FF0F}' | '\u{060D}' => NormChar::Punct('/'),
        '،' | '٬' => NormChar::Punct(','),
        '؛' => NormChar::Punct(';'),
        '؟' => NormChar::Punct('?'),
        '٫' => NormChar::Punct('.'),
        '٪' => NormChar::Punct('%'),
        c if c.is_alphabetic() => NormChar::Letter(c),
        c if c.is_whitespace() => NormChar::Space,
        c => NormChar::Punct(c),
    }
}

/// Normalises a whole string for loose matching: letters folded, diacritics dropped, runs of
/// white space collapsed to one space. «الأُولى» → «الاولي».
pub fn normalize_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        match normalize_char(c) {
            NormChar::Letter(l) => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(l);
            }
            NormChar::Digit(d) => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push((b'0' + d) as char);
            }
            NormChar::Punct(p) => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(p);
            }
            NormChar::Drop => {}
            NormChar::Space | NormChar::Newline => space = true,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_yeh_teh_marbuta_and_diacritics() {
        assert_eq!(normalize_str("أُعلِنَ إعلانٌ آخرُ"), "اعلن اعلان اخر");
        assert_eq!(normalize_str("الأولى سنةٍ"), "الاولي سنه");
        assert_eq!(normalize_str("مســـؤول"), "مسوول");
    }

    #[test]
    fn folds_digits_and_punctuation() {
        assert_eq!(normalize_str("١٩/١٢/٢٠٢٢"), "19/12/2022");
        assert_eq!(normalize_str("۱۴۰۲"), "1402");
        assert_eq!(normalize_str("6 ‐ 8"), "6 - 8");
        assert_eq!(normalize_str("١٠٪، نعم"), "10%, نعم");
    }

    #[test]
    fn drops_bidi_controls_and_collapses_space() {
        assert_eq!(normalize_str("\u{200F}في\u{00A0}\u{00A0}2020\u{200E}"), "في 2020");
    }
}
