//! A bounded window of the sentence around the date, cut into tokens: words, numbers, clause
//! breaks, brackets, quotes, and the debris PDFs and web pages leave (runs of dots, URLs,
//! Latin fragments, letters glued to numbers by broken bidi).

use std::ops::Range;

/// Bytes of the sentence looked at on each side of the date: a headline costs this much per
/// event whatever the sentence's length.
pub(super) const WINDOW_BYTES: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Arabic letters (with their marks), or a Latin name or acronym.
    Word,
    Number,
    /// «،» «؛» «:» «.» «…» a dash between spaces: the end of a clause.
    Break,
    Open,
    Close,
    Quote,
    /// «%» and the like: kept, not a word.
    Symbol,
    /// Never shown: URLs, dot leaders, Latin fragments, letters glued to a number, a word cut
    /// by the window's edge.
    Junk,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    /// The word folded for the word lists ([`super::lexicon::fold`]); empty for non-words.
    pub fold: smol_str::SmolStr,
    /// What the word lists say of it (nothing for non-words).
    pub info: super::lexicon::WordInfo,
    pub kind: Kind,
    /// Part of the event's date expression.
    pub in_date: bool,
    /// Part of another date of the sentence (hidden as junk).
    pub other_date: bool,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }

    /// Written with «ة» or a plural in «ات»: a feminine noun, as a pronoun («ـها») or
    /// «التي» takes it.
    pub fn looks_feminine(&self) -> bool {
        self.text.trim_end_matches(super::compose::is_mark).ends_with('ة') || self.fold.ends_with("ات")
    }
}

/// The part of a sentence a headline looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Window<'a> {
    pub text: &'a str,
    /// Where `text` starts in the whole text.
    pub offset: usize,
    /// The date's span inside `text`.
    pub date: Range<usize>,
    /// The window starts (ends) inside the sentence, maybe inside a word.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// The part of `text` looked at for a date at `date` (both clamped into `sentence`, snapped to
/// characters): at most [`WINDOW_BYTES`] before the date, the date itself (at most as much
/// again) and [`WINDOW_BYTES`] after.
pub(super) fn window(text: &str, sentence: Range<usize>, date: Range<usize>) -> Window<'_> {
    let end = floor(text, sentence.end);
    let start = floor(text, sentence.start.min(end));
    let d_start = floor(text, date.start.clamp(start, end));
    let d_end = floor(text, date.end.clamp(d_start, end));
    let d_end_capped = floor(text, d_end.min(d_start + WINDOW_BYTES));
    let lo = floor(text, d_start.saturating_sub(WINDOW_BYTES).max(start));
    let hi = floor(text, (d_end_capped + WINDOW_BYTES).min(end)).max(d_end_capped);
    Window {
        text: &text[lo..hi],
        offset: lo,
        date: d_start - lo..d_end_capped - lo,
        cut_start: lo > start,
        cut_end: hi < end,
    }
}

/// The `bytes` of `text` before byte `before` (snapped to characters), as a window with an
/// empty date at its end: where an earlier name of the event is looked for.
pub(super) fn look_back(text: &str, before: usize, bytes: usize) -> Window<'_> {
    let end = floor(text, before);
    let start = floor(text, end.saturating_sub(bytes));
    Window {
        text: &text[start..end],
        offset: start,
        date: end - start..end - start,
        cut_start: start > 0,
        cut_end: false,
    }
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Invisible format characters (bidi marks, joiners, BOM): skipped inside words.
pub(super) fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

pub(super) fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06ED}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

pub(super) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn is_word_char(c: char) -> bool {
    is_arabic(c) || c.is_alphabetic() || is_format(c)
}

/// Cuts the window into tokens; those overlapping its date are marked as the date's, those
/// overlapping another date of `others` (spans of the whole text) as another date's.
pub(super) fn tokenize<'a>(w: &Window<'a>, others: &[Range<usize>]) -> Vec<Token<'a>> {
    let (window, date) = (w.text, w.date.clone());
    let mut out = Vec::with_capacity(window.len() / 6 + 4);
    let chars: Vec<(usize, char)> = window.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(window.len(), |&(b, _)| b);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let start = i;
        let kind = if !is_arabic(c) && (c.is_whitespace() || is_format(c)) {
            i += 1;
            continue;
        } else if starts_url(window, byte(i)) {
            while at(i).is_some_and(|c| !c.is_whitespace()) {
                i += 1;
            }
            Kind::Junk
        } else if is_digit(c) {
            // Digits with inner separators: «2023/12/8», «5.2», «2011-2012».
            while let Some(c) = at(i) {
                // «5ر416»: a Levantine decimal comma written with ر.
                let inner = matches!(c, '.' | ',' | '/' | ':' | '-' | '٫' | '٬' | '‐' | 'ر')
                    && at(i + 1).is_some_and(is_digit);
                if is_digit(c) || inner {
                    i += 1;
                } else {
                    break;
                }
            }
            // The era letter written on the year: «1955م», «1434هـ».
            let era_end = |c: Option<char>| c.is_none_or(|c| !is_arabic(c) || c == '\u{0640}');
            if at(i).is_some_and(|c| matches!(c, 'م' | 'ه')) && era_end(at(i + 1)) {
                i += 1;
                while at(i).is_some_and(|c| c == 'ـ') {
                    i += 1;
                }
            }
            Kind::Number
        } else if is_word_char(c) && c != '\u{0640}' {
            let latin = c.is_ascii_alphabetic();
            while let Some(c) = at(i) {
                let joiner = matches!(c, '-' | '\'' | '’') && at(i + 1).is_some_and(is_word_char);
                if (is_word_char(c) && (latin == c.is_ascii_alphabetic() || is_format(c)))
                    || (latin && c.is_ascii_digit())
                    || joiner
                {
                    i += 1;
                } else {
                    break;
                }
            }
            let text = &window[byte(start)..byte(i)];
            let glued_to_number = start > 0 && is_digit(chars[start - 1].1);
            if latin && !is_latin_name(text) {
                Kind::Junk
            } else if glued_to_number && text.chars().filter(|c| is_arabic(*c)).count() <= 3 {
                // «2023موس»: bidi broken by a PDF, a fragment of another line.
                Kind::Junk
            } else {
                Kind::Word
            }
        } else {
            i += 1;
            match c {
                '،' | ',' | '؛' | ';' | ':' | '.' | '!' | '?' | '؟' | '…' | '–' | '—' | '\u{0640}' | '-'
                | '_' => {
                    // A run: «...»، «:-»، «ــــ».
                    while at(i).is_some_and(|c| {
                        matches!(c, '.' | '…' | '-' | '–' | '—' | '\u{0640}' | '_' | ':' | '،' | ',')
                    }) {
                        i += 1;
                    }
                    let text = &window[byte(start)..byte(i)];
                    // A hyphen inside a compound or between numbers is not a break; «وفا- »
                    // after a dateline is.
                    let glued = start > 0
                        && !chars[start - 1].1.is_whitespace()
                        && at(i).is_some_and(|c| !c.is_whitespace());
                    let leader = text.chars().filter(|&c| c == '.' || c == '…').count() >= 4;
                    if text == "-" && glued {
                        Kind::Symbol
                    } else if leader {
                        // Dot leaders of a table of contents: junk, like the page number after.
                        Kind::Junk
                    } else {
                        Kind::Break
                    }
                }
                '(' | '[' | '{' | '﴿' => Kind::Open,
                ')' | ']' | '}' | '﴾' => Kind::Close,
                '"' | '«' | '»' | '“' | '”' | '„' | '\'' | '‘' | '’' | '`' => Kind::Quote,
                '%' | '٪' => Kind::Symbol,
                _ => Kind::Junk,
            }
        };
        let (b0, b1) = (byte(start), byte(i));
        let text = &window[b0..b1];
        let (fold, info) =
            if kind == Kind::Word { super::lexicon::read_word(text) } else { Default::default() };
        let after_leader =
            out.last().is_some_and(|t: &Token| t.kind == Kind::Junk && t.text.starts_with(['.', '…']));
        let kind = if kind == Kind::Number && after_leader { Kind::Junk } else { kind };
        let in_date = b0 < date.end && date.start < b1;
        let (a0, a1) = (b0 + w.offset, b1 + w.offset);
        let other_date = !in_date && others.iter().any(|o| a0 < o.end && o.start < a1);
        out.push(Token { text, fold, info, kind, in_date, other_date });
    }
    // A word the window's edge cut through is not shown.
    if w.cut_start
        && let Some(first) = out.first_mut()
        && first.text.as_ptr() == window.as_ptr()
    {
        first.kind = Kind::Junk;
    }
    if w.cut_end
        && let Some(last) = out.last_mut()
        && last.text.as_ptr() as usize + last.text.len() == window.as_ptr() as usize + window.len()
    {
        last.kind = Kind::Junk;
    }
    out
}

fn starts_url(window: &str, at: usize) -> bool {
    let rest = &window.as_bytes()[at..];
    let starts = |p: &str| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    starts("http:") || starts("https:") || starts("www.")
}

/// A Latin word worth showing in an Arabic headline: an acronym or a capitalised name
/// («NASA», «COP28», «Apple»), not a stray fragment («ht», «pdf»).
fn is_latin_name(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let upper = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    letters >= 2
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && (upper >= 2 || letters >= 3)
}
