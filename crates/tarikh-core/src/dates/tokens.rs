//! Splits text into normalised tokens (words, numbers, punctuation), each with its byte span
//! in the original text. Letters and digits never share a token, so «5/12/2023موسكو» and
//! «2015م» split where a reader splits them.

use super::Span;
use super::normalize::{NormChar, normalize_char};

/// What separates a token from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Nothing: `19/12`, `2015م`.
    None,
    /// Spaces on the same line.
    Space,
    /// At least one line break.
    Newline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A run of digits; `value` saturates for very long runs.
    Number {
        value: u32,
        digits: u8,
    },
    Punct(char),
}

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    /// Byte span in the original text (diacritics after a word's last letter included).
    pub span: Span,
    /// Byte range of the normalised form in [`Tokens::norm`].
    norm: (u32, u32),
    pub gap: Gap,
}

/// The tokens of a text with their normalised forms.
#[derive(Debug, Default)]
pub struct Tokens {
    norm: String,
    pub list: Vec<Token>,
}

impl Tokens {
    /// The normalised form of token `i` (a word's folded letters, a number's ASCII digits).
    pub fn norm(&self, i: usize) -> &str {
        let (a, b) = self.list[i].norm;
        &self.norm[a as usize..b as usize]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// Tokenises `text`.
pub fn tokenize(text: &str) -> Tokens {
    let mut norm = String::with_capacity(text.len());
    let mut list: Vec<Token> = Vec::with_capacity(text.len() / 6);
    let mut gap = Gap::None;
    // The kind of the token being built, while letters or digits can still extend it.
    #[derive(PartialEq)]
    enum Open {
        No,
        Word,
        Number,
    }
    let mut open = Open::No;
    for (pos, c) in text.char_indices() {
        let end = pos + c.len_utf8();
        let nc = normalize_char(c);
        match (nc, &open) {
            (NormChar::Letter(l), Open::Word) => {
                norm.push(l);
                let t = list.last_mut().expect("open token");
                t.span.end = end;
                t.norm.1 = norm.len() as u32;
                continue;
            }
            (NormChar::Digit(d), Open::Number) => {
                norm.push((b'0' + d) as char);
                let t = list.last_mut().expect("open token");
                t.span.end = end;
                t.norm.1 = norm.len() as u32;
                if let Kind::Number { value, digits } = &mut t.kind {
                    *value = value.saturating_mul(10).saturating_add(d as u32);
                    *digits = digits.saturating_add(1);
                }
                continue;
            }
            (NormChar::Drop, Open::Word | Open::Number) => {
                list.last_mut().expect("open token").span.end = end;
                continue;
            }
            _ => {}
        }
        let start = norm.len() as u32;
        match nc {
            NormChar::Drop => {}
            NormChar::Space => {
                open = Open::No;
                if gap == Gap::None {
                    gap = Gap::Space;
                }
            }
            NormChar::Newline => {
                open = Open::No;
                gap = Gap::Newline;
            }
            NormChar::Letter(l) => {
                norm.push(l);
                list.push(Token { kind: Kind::Word, span: pos..end, norm: (start, norm.len() as u32), gap });
                gap = Gap::None;
                open = Open::Word;
            }
            NormChar::Digit(d) => {
                norm.push((b'0' + d) as char);
                let kind = Kind::Number { value: d as u32, digits: 1 };
                list.push(Token { kind, span: pos..end, norm: (start, norm.len() as u32), gap });
                gap = Gap::None;
                open = Open::Number;
            }
            NormChar::Punct(p) => {
                norm.push(p);
                list.push(Token {
                    kind: Kind::Punct(p),
                    span: pos..end,
                    norm: (start, norm.len() as u32),
                    gap,
                });
                gap = Gap::None;
                open = Open::No;
            }
        }
    }
    Tokens { norm, list }
}

impl Tokens {
    /// Splits words in two where a space was lost between two words («نوفمبرالمقبل»): each
    /// `(i, letters)` cuts word `i` after its first `letters` normalised letters (indices
    /// ascending). `text` is the text the tokens were made from. One pass over the list.
    pub fn split_words(&mut self, cuts: &[(usize, usize)], text: &str) {
        let mut list = Vec::with_capacity(self.list.len() + cuts.len());
        let mut next = cuts.iter().peekable();
        for (i, t) in std::mem::take(&mut self.list).into_iter().enumerate() {
            match next.next_if(|(c, _)| *c == i) {
                Some(&(_, letters)) => {
                    let (first, second) = self.halves(t, letters, text);
                    list.push(first);
                    list.push(second);
                }
                None => list.push(t),
            }
        }
        self.list = list;
    }

    /// Word `t` cut after `letters` letters (what normalisation drops stays with the letter
    /// before it).
    fn halves(&self, t: Token, letters: usize, text: &str) -> (Token, Token) {
        let (a, b) = t.norm;
        let cut = a as usize
            + self.norm[a as usize..b as usize]
                .char_indices()
                .nth(letters)
                .map_or((b - a) as usize, |(k, _)| k);
        let mut seen = 0;
        let mut at = t.span.end;
        for (pos, c) in text[t.span.clone()].char_indices() {
            if matches!(normalize_char(c), NormChar::Letter(_)) {
                if seen == letters {
                    at = t.span.start + pos;
                    break;
                }
                seen += 1;
            }
        }
        let second = Token { span: at..t.span.end, norm: (cut as u32, b), gap: Gap::None, kind: Kind::Word };
        let first = Token { span: t.span.start..at, norm: (a, cut as u32), ..t };
        (first, second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        let t = tokenize(text);
        (0..t.len()).map(|i| format!("{}|{}", t.norm(i), &text[t.list[i].span.clone()])).collect()
    }

    #[test]
    fn splits_digits_from_letters() {
        assert_eq!(show("5/12/2023موس"), ["5|5", "/|/", "12|12", "/|/", "2023|2023", "موس|موس"]);
        assert_eq!(show("2015م"), ["2015|2015", "م|م"]);
        assert_eq!(show("و٢٠٢٢"), ["و|و", "2022|٢٠٢٢"]);
    }

    #[test]
    fn keeps_diacritics_inside_the_word_span() {
        let text = "هـ غداً";
        assert_eq!(show(text), ["ه|هـ", "غدا|غداً"]);
    }

    #[test]
    fn splits_a_glued_word() {
        let text = "في نوفمبرالمقبل";
        let mut t = tokenize(text);
        t.split_words(&[(1, 6)], text);
        let words: Vec<String> =
            (0..t.len()).map(|i| format!("{}|{}", t.norm(i), &text[t.list[i].span.clone()])).collect();
        assert_eq!(words, ["في|في", "نوفمبر|نوفمبر", "المقبل|المقبل"]);
        assert_eq!(t.list[2].gap, Gap::None);
    }

    #[test]
    fn records_gaps_and_numbers() {
        let t = tokenize("في  19\nديسمبر");
        assert_eq!(t.list[1].gap, Gap::Space);
        assert_eq!(t.list[1].kind, Kind::Number { value: 19, digits: 2 });
        assert_eq!(t.list[2].gap, Gap::Newline);
    }
}
