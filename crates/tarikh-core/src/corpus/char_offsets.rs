//! Character offsets of byte offsets in one text, worked out in one pass: Python and
//! JavaScript index strings by characters, Rust by bytes.

/// Byte offsets and their character (Unicode scalar value) offsets in one text.
pub struct CharOffsets {
    /// (byte, char), sorted by byte, no duplicates.
    table: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// The character offsets of `bytes` (any order, repeats allowed) in `text`. A byte offset
    /// inside a character counts the characters before it; past the end, all of them.
    ///
    /// ```
    /// use tarikh_core::corpus::CharOffsets;
    /// let text = "في 5 مارس";
    /// let at = CharOffsets::new(text, [text.find('5').unwrap(), text.len()]);
    /// assert_eq!(at.get(text.find('5').unwrap()), 3);
    /// assert_eq!(at.get(text.len()), 9);
    /// ```
    pub fn new(text: &str, bytes: impl IntoIterator<Item = usize>) -> Self {
        let mut table: Vec<(usize, usize)> = bytes.into_iter().map(|b| (b, 0)).collect();
        table.sort_unstable();
        table.dedup();
        let (mut at, mut chars) = (0, 0);
        for (byte, char_offset) in table.iter_mut() {
            let mut b = (*byte).min(text.len());
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            if b > at {
                chars += count_chars(&text.as_bytes()[at..b]);
                at = b;
            }
            *char_offset = chars;
        }
        CharOffsets { table }
    }

    /// The character offset of a byte offset given to [`CharOffsets::new`] (0 for any other).
    pub fn get(&self, byte: usize) -> usize {
        self.table.binary_search_by_key(&byte, |(b, _)| *b).map_or(0, |i| self.table[i].1)
    }

    /// Both ends of a byte span.
    pub fn span(&self, span: &std::ops::Range<usize>) -> [usize; 2] {
        [self.get(span.start), self.get(span.end)]
    }
}

/// Characters in valid UTF-8: the bytes that do not continue a character.
fn count_chars(utf8: &[u8]) -> usize {
    utf8.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_counting_chars() {
        let text = "أعلن في ١٩ ديسمبر 2022 عن «قمة» 🙂 جديدة.";
        let bytes: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).rev().collect();
        let at = CharOffsets::new(text, bytes.iter().copied());
        for b in bytes {
            assert_eq!(at.get(b), text[..b].chars().count(), "{b}");
        }
    }

    #[test]
    fn inside_a_character_and_past_the_end() {
        let text = "عرب";
        let at = CharOffsets::new(text, [1, 100]);
        assert_eq!(at.get(1), 0);
        assert_eq!(at.get(100), 3);
        assert_eq!(at.get(2), 0, "not asked for");
    }
}
