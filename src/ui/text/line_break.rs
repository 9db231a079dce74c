//! Where lines break and where a line too long for its room is cut with «…»: in logical order,
//! before any reordering, with any width function.

use std::ops::Range;

/// Breaks the paragraph `para` of `text` into lines no wider than `max_width` (where a word
/// allows it), in logical order. Lines break at whitespace, which is left out of the lines;
/// a word wider than a line is cut between characters. `measure` gives the width of a
/// piece of text. An empty paragraph gives one empty line.
pub fn break_lines(
    text: &str,
    para: Range<usize>,
    max_width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<Range<usize>> {
    let words = words(text, para.clone());
    let mut lines: Vec<Range<usize>> = Vec::new();
    let mut current: Option<(Range<usize>, f32)> = None;
    for word in words {
        let w = measure(&text[word.clone()]);
        if let Some((range, width)) = &mut current {
            let gap = measure(&text[range.end..word.start]);
            if *width + gap + w <= max_width {
                range.end = word.end;
                *width += gap + w;
                continue;
            }
            lines.push(range.clone());
        }
        if w > max_width {
            // Cut the word: as many characters per line as fit (at least one).
            let mut start = word.start;
            loop {
                let rest = &text[start..word.end];
                let cut = longest_fitting_prefix(rest, max_width, measure);
                if cut == rest.len() {
                    let w = measure(rest);
                    current = Some((start..word.end, w));
                    break;
                }
                lines.push(start..start + cut);
                start += cut;
            }
        } else {
            current = Some((word, w));
        }
    }
    if let Some((range, _)) = current {
        lines.push(range);
    }
    if lines.is_empty() {
        lines.push(para.start..para.start);
    }
    lines
}

/// The byte length of the longest prefix of `s` (at least one character) that fits `max_width`.
fn longest_fitting_prefix(s: &str, max_width: f32, measure: &mut dyn FnMut(&str) -> f32) -> usize {
    let ends: Vec<usize> = s.char_indices().map(|(i, c)| i + c.len_utf8()).collect();
    // Binary search for the last end whose prefix fits.
    let (mut lo, mut hi) = (0usize, ends.len()); // answer index in [lo, hi)
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if measure(&s[..ends[mid]]) <= max_width {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    ends[lo]
}

/// Where to cut `text` so that it and an ellipsis `ellipsis` points wide fit `max` points:
/// the byte length of the prefix to keep (without trailing spaces), `None` if the whole text
/// fits. The cut goes after the last whole word that fits when that keeps at least 60% of what a
/// cut between characters would (a cut inside an Arabic word changes its letters' shapes).
/// `measure` is called on words, the spaces between them and prefixes of one word, which a
/// text cache serves well.
pub fn truncation(
    text: &str,
    max: f32,
    ellipsis: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Option<usize> {
    let words = words(text, 0..text.len());
    // Width of the text up to the end of each word.
    let mut width = 0.0;
    let mut previous_end = 0;
    let mut whole = 0; // end of the last word that fits with the ellipsis
    for word in &words {
        let gap =
            if previous_end == 0 && word.start == 0 { 0.0 } else { measure(&text[previous_end..word.start]) };
        let w = measure(&text[word.clone()]);
        if width + gap + w + ellipsis > max {
            // Does the whole text fit without an ellipsis after all?
            if words.last() == Some(word) && width + gap + w <= max {
                return None;
            }
            // The longest prefix of this word that fits (by characters).
            let room = max - ellipsis - width - gap;
            let ends: Vec<usize> =
                text[word.clone()].char_indices().map(|(i, c)| word.start + i + c.len_utf8()).collect();
            let fits = ends.partition_point(|&e| measure(&text[word.start..e]) <= room);
            let by_char = if fits == 0 { whole } else { ends[fits - 1] };
            let kept_whole = text[..whole].chars().count();
            let kept_by_char = text[..by_char].chars().count();
            return Some(if kept_whole * 10 >= kept_by_char * 6 { whole } else { by_char });
        }
        width += gap + w;
        whole = word.end;
        previous_end = word.end;
    }
    None
}

/// Is `c` a place where a line may break (and which is then not drawn)?
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

/// The words of `para`: maximal runs of characters other than breaking whitespace.
fn words(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[para.clone()].char_indices() {
        let i = para.start + i;
        if is_break_space(c) {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(s..para.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_between_words_in_logical_order() {
        // One unit per char: "aaa bb cccc d" at width 6.
        let text = "aaa bb cccc d";
        let mut m = |s: &str| s.chars().count() as f32;
        let lines = break_lines(text, 0..text.len(), 6.0, &mut m);
        let got: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["aaa bb", "cccc d"]);
    }

    #[test]
    fn long_words_are_cut() {
        let text = "ab cdefghij k";
        let mut m = |s: &str| s.chars().count() as f32;
        let lines = break_lines(text, 0..text.len(), 4.0, &mut m);
        let got: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["ab", "cdef", "ghij", "k"]);
    }

    #[test]
    fn ellipsis_goes_after_a_whole_word() {
        let mut m = |s: &str| s.chars().count() as f32;
        let text = "قال المتحدث باسم الحكومة";
        // 20 units: «قال المتحدث باسم» (16) + the ellipsis fits, «الحك» would too.
        assert_eq!(truncation(text, 20.0, 1.0, &mut m).map(|e| &text[..e]), Some("قال المتحدث باسم"));
        // Whole words would keep too little: cut inside the word.
        let text = "قال المتحدثونالرسميون";
        assert_eq!(truncation(text, 15.0, 1.0, &mut m).map(|e| &text[..e]), Some("قال المتحدثونا"));
        // Nothing fits but the ellipsis.
        assert_eq!(truncation("abcdef", 1.0, 1.0, &mut m), Some(0));
        // Everything fits.
        assert_eq!(truncation("ab cd", 5.0, 1.0, &mut m), None);
        assert_eq!(truncation("ab cd  ", 5.0, 1.0, &mut m), None);
        assert_eq!(truncation("", 0.0, 1.0, &mut m), None);
    }
}
