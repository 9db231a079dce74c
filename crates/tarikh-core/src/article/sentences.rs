//! Sentence spans for Arabic (and Latin) text, including text extracted from PDFs whose
//! lines are wrapped or whose punctuation landed at the wrong end of a line.
//!
//! Rules, in short:
//! - `.` `؟` `?` `!` `؛` `;` `…` `۔` end a sentence, together with any closing quotes or
//!   brackets right after them (`.»`, `؟!`);
//! - a `.` is not an end before a digit or a Latin letter (`3.5`, `19.12.2022`, `site.com`),
//!   after a one-letter word (`د.`, `أ. د.`, `ق.م.`, `U.S.`), after a few Latin titles
//!   (`Dr.`), or after a list number at the start of a line (`1.`);
//! - a blank line always ends a sentence; so does the end of a short line (a heading,
//!   fewer than [`LONG_LINE`] characters), of a line ending with `:`, and of the first
//!   line of the text (the title);
//! - a long line that runs on to the next one without punctuation is a wrapped line
//!   (PDF layout): the sentence continues on the next line;
//! - in right-to-left PDF extractions the final `.` or `:` of a line often comes out at its
//!   start (`.«أوكرانيين إلى روسيا`): such a leading mark ends nothing where it stands, and
//!   the sentence ends at the end of that line instead.

use std::ops::Range;

/// A line with at least this many characters may be a wrapped line of a paragraph.
pub const LONG_LINE: usize = 60;

/// The longest sentence, in characters. Longer runs (a table flattened into one line, a list of
/// thousands of dates, a text without punctuation) are split at a clause mark, else before
/// «و», else at a space, so that whatever works per sentence stays bounded.
pub const MAX_SENTENCE_CHARS: usize = 1000;

/// Latin abbreviations that take a full stop in running text.
const LATIN_ABBREVIATIONS: &[&str] = &["dr", "mr", "mrs", "ms", "prof", "jr", "sr", "st", "vs"];

/// Byte spans of the sentences of `text`: in order, non-overlapping, non-empty, on char
/// boundaries, without surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut s = Splitter { text, spans: Vec::new(), from: None };
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let trimmed_start = raw.trim_start_matches(is_space);
        let content = trimmed_start.trim_end_matches(is_space);
        if content.is_empty() {
            s.emit(line_start);
            continue;
        }
        let content_start = line_start + (raw.len() - trimmed_start.len());
        // The first line is the title, however long: it never runs on.
        let first = s.spans.is_empty() && s.from.is_none();
        s.line(content, content_start, first);
    }
    s.emit(text.len());
    let mut bounded = Vec::with_capacity(s.spans.len());
    for span in s.spans {
        bound(text, span, &mut bounded);
    }
    bounded
}

/// Pushes `span` onto `out`, split into pieces of at most [`MAX_SENTENCE_CHARS`]. Each piece
/// costs a look at no more than its own characters, and advances by at least half the limit,
/// so the whole is linear.
fn bound(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = span.start;
    loop {
        let rest = &text[start..span.end];
        let Some((limit, _)) = rest.char_indices().nth(MAX_SENTENCE_CHARS) else {
            push_trimmed(text, start..span.end, out);
            return;
        };
        let window = &rest[..limit];
        let half = window.char_indices().nth(MAX_SENTENCE_CHARS / 2).map_or(0, |(i, _)| i);
        let tail = &window[half..];
        let cut = tail
            .rfind(['،', ',', '؛', ';'])
            .map(|i| i + tail[i..].chars().next().map_or(1, char::len_utf8))
            .or_else(|| tail.rfind(" و"))
            .or_else(|| tail.rfind(is_space))
            .map_or(limit, |i| half + i);
        push_trimmed(text, start..start + cut, out);
        start += cut;
    }
}

fn push_trimmed(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[span.clone()];
    let lead = piece.len() - piece.trim_start_matches(is_space).len();
    let trimmed = piece.trim_matches(is_space);
    if !trimmed.is_empty() {
        out.push(span.start + lead..span.start + lead + trimmed.len());
    }
}

struct Splitter<'a> {
    text: &'a str,
    spans: Vec<Range<usize>>,
    /// Where the text not yet given to a sentence begins, if there is any.
    from: Option<usize>,
}

impl Splitter<'_> {
    /// Ends the open sentence at byte `end`, trimming it; nothing if it is only spaces.
    fn emit(&mut self, end: usize) {
        let Some(from) = self.from.take() else {
            return;
        };
        let piece = self.text[from..end].trim_start_matches(is_space);
        let start = end - piece.len();
        let piece = piece.trim_end_matches(is_space);
        if !piece.is_empty() {
            self.spans.push(start..start + piece.len());
        }
    }

    /// One trimmed, non-empty line starting at byte `base` of the text.
    fn line(&mut self, line: &str, base: usize, ends_here: bool) {
        self.from.get_or_insert(base);
        let bytes = line.as_bytes();
        let mut i = 0;
        // A leading `.`/`:` belongs to the end of this line's sentence (RTL extraction).
        let leading_mark = line.starts_with(|c| is_terminator(c) || c == ':');
        if leading_mark {
            i = line.len() - line.trim_start_matches(|c| is_terminator(c) || c == ':').len();
        }
        // Terminators are found by their bytes; chars are decoded only around them.
        while let Some((at, len)) = next_terminator(bytes, i) {
            i = at;
            let c = line[i..].chars().next().unwrap_or('.');
            if !ends_sentence(line, i, c) {
                i += len;
                continue;
            }
            let rest = &line[i + len..];
            let run = rest.len() - rest.trim_start_matches(|d| is_terminator(d) || is_closer(d)).len();
            i += len + run;
            self.emit(base + i);
            self.from = Some(base + i);
        }
        let short = line.chars().take(LONG_LINE).count() < LONG_LINE;
        if ends_here || leading_mark || short || line.ends_with(':') {
            self.emit(base + line.len());
        }
    }
}

/// Bytes that can identify a terminator: ASCII marks, and the last byte of the UTF-8 forms
/// of `؛` (D8 9B), `؟` (D8 9F), `۔` (DB 94) and `…` (E2 80 A6). Arabic letters are mostly
/// D8/D9 xx, so looking at final bytes skips most of the text without a second look.
const CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b';' as usize] = true;
    t[0x9B] = true;
    t[0x9F] = true;
    t[0x94] = true;
    t[0xA6] = true;
    t
};

/// The next terminator at or after byte `from`: its offset and its length in bytes.
fn next_terminator(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut i = from;
    loop {
        i += bytes.get(i..)?.iter().position(|&b| CANDIDATE[usize::from(b)])?;
        let lead = |n: usize, expected: &[u8]| i >= from + n && bytes[i - n..i] == *expected;
        let found = match bytes[i] {
            b'.' | b'?' | b'!' | b';' => Some((i, 1)),
            0x9B | 0x9F if lead(1, &[0xD8]) => Some((i - 1, 2)),
            0x94 if lead(1, &[0xDB]) => Some((i - 1, 2)),
            0xA6 if lead(2, &[0xE2, 0x80]) => Some((i - 2, 3)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
        i += 1;
    }
}

/// Whether the terminator `c` at byte `i` of `line` ends a sentence.
fn ends_sentence(line: &str, i: usize, c: char) -> bool {
    if c != '.' {
        return true;
    }
    let after = &line[i + 1..];
    let before = &line[..i];
    match after.chars().next() {
        // An ellipsis written as dots.
        Some('.') => return true,
        Some(n) if n.is_numeric() || n.is_ascii_alphabetic() => return false,
        _ => {}
    }
    // The word before the dot, looked at no further back than the longest abbreviation.
    let mut letters = 0;
    let mut word_start = i;
    for (j, ch) in before.char_indices().rev() {
        if !is_mark(ch) {
            if !ch.is_alphabetic() {
                break;
            }
            letters += 1;
            if letters > 4 {
                return true;
            }
        }
        word_start = j;
    }
    if letters > 0 {
        let word = &before[word_start..];
        let abbreviation = letters == 1 || LATIN_ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word));
        return !abbreviation;
    }
    // «1. البند الأول»: a list number is not a sentence.
    let lead = before.trim_start_matches(['(', '-', '•', '*', ' ']);
    let list_number = !lead.is_empty()
        && lead.len() <= 12
        && lead.chars().count() <= 3
        && lead.chars().all(char::is_numeric);
    !list_number
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '؟' | '?' | '!' | '؛' | ';' | '…' | '۔')
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(c, '»' | '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '›')
}

/// Whitespace, and the invisible format characters (bidi marks, zero-width space, BOM)
/// that should never begin or end a sentence.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Arabic diacritics, the tatweel and Latin combining marks: part of a word, not letters.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn long_runs_are_split_at_clauses_and_bounded() {
        let clause = "اجتمع الوزراء في العاصمة لبحث الملفات العالقة، ";
        let text = clause.repeat(200);
        let parts = split(&text);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(p.chars().count() <= MAX_SENTENCE_CHARS, "{}", p.chars().count());
            assert!(p.ends_with('،'), "cut at the clause mark: …{}", &p[p.len() - 20..]);
        }
        // Without commas, before «و»; without spaces at all, at the limit.
        let and = "زار الرئيس المدينة وافتتح المستشفى ".repeat(100);
        assert!(split(&and).iter().skip(1).all(|p| p.starts_with('و')), "{:?}", &split(&and)[1][..20]);
        let glued = "2000-2001-".repeat(2000);
        let parts = split(&glued);
        assert_eq!(parts.concat(), glued.trim_end());
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_SENTENCE_CHARS));
    }

    #[test]
    fn basic_terminators() {
        assert_eq!(
            split("وصل الوفد صباحا. هل سيلتقي الرئيس؟ نعم! ثم غادر؛ وانتهت الزيارة… والسلام"),
            ["وصل الوفد صباحا.", "هل سيلتقي الرئيس؟", "نعم!", "ثم غادر؛", "وانتهت الزيارة…", "والسلام"]
        );
    }

    #[test]
    fn closing_quotes_and_repeated_marks_stay_with_the_sentence() {
        assert_eq!(
            split("قال الوزير: «سنعود قريبا.» ثم صمت. أحقا؟! نعم (كما قيل.) انتهى"),
            ["قال الوزير: «سنعود قريبا.»", "ثم صمت.", "أحقا؟!", "نعم (كما قيل.)", "انتهى"]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split("ارتفع النمو 3.5 بالمئة في 19.12.2022 ثم في 2023/12/8 أيضا. وانخفض ٢٫٥ و٤.٧ لاحقا."),
            ["ارتفع النمو 3.5 بالمئة في 19.12.2022 ثم في 2023/12/8 أيضا.", "وانخفض ٢٫٥ و٤.٧ لاحقا."]
        );
        assert_eq!(split("وقع الحادث عام 2020. ثم هدأ"), ["وقع الحادث عام 2020.", "ثم هدأ"]);
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split(
                "التقى د. سمير بالأستاذ أ. د. هالة في العام 300 ق.م. تقريبا. ثم كتب إلى ص.ب. 45 في U.S. وقابل Dr. Smith."
            ),
            [
                "التقى د. سمير بالأستاذ أ. د. هالة في العام 300 ق.م. تقريبا.",
                "ثم كتب إلى ص.ب. 45 في U.S. وقابل Dr. Smith."
            ]
        );
        // With a diacritic or a tatweel the abbreviation is still one letter.
        assert_eq!(split("سنة 1445 هـ. وبعدها"), ["سنة 1445 هـ. وبعدها"]);
    }

    #[test]
    fn urls_and_list_numbers() {
        assert_eq!(
            split("راجع الموقع example.com للمزيد.\n1. البند الأول\n2. البند الثاني"),
            ["راجع الموقع example.com للمزيد.", "1. البند الأول", "2. البند الثاني"]
        );
    }

    #[test]
    fn headings_and_blank_lines_are_boundaries() {
        assert_eq!(
            split("# عنوان التقرير\nخلفية قصيرة\n\nفقرة أولى بلا نقطة في آخرها\n\nفقرة ثانية."),
            ["# عنوان التقرير", "خلفية قصيرة", "فقرة أولى بلا نقطة في آخرها", "فقرة ثانية."]
        );
    }

    #[test]
    fn wrapped_long_lines_are_joined() {
        let text = "المعرض\n\
                    أعلنت اللجنة المنظمة للمعرض الدولي للكتاب أن دورة هذا العام ستفتتح\n\
                    في الأسبوع الأول من الشهر المقبل بمشاركة ناشرين من عشرين دولة.\n\
                    وأضافت أن البرنامج الثقافي يتضمن ندوات وأمسيات شعرية متنوعة للزوار";
        let got = split(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[1].starts_with("أعلنت") && got[1].ends_with("دولة."));
        assert!(got[1].contains('\n'));
        assert!(got[2].starts_with("وأضافت"));
    }

    #[test]
    fn the_first_line_is_a_title_even_when_long() {
        let text = "الحكومة تعلن عن حزمة إجراءات اقتصادية جديدة لمواجهة ارتفاع أسعار المواد الغذائية\n\
                    القاهرة 12/3/2024\n\
                    أعلنت الحكومة اليوم حزمة إجراءات.";
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn a_long_line_ending_with_a_colon_is_a_boundary() {
        let text = "البيان\n\
                    وجاء في البيان الصادر عن الاجتماع الوزاري المشترك بين البلدين ما يلي:\n\
                    التزام الطرفين بالحوار.";
        assert_eq!(split(text).len(), 3);
    }

    #[test]
    fn reversed_pdf_line_mark_at_start() {
        // The line starting with «.» is the end of the sentence begun on the line before.
        let text = "الطريق\n\
                    تحدث المسؤولون في المؤتمر الصحفي المشترك عن مشروع الطريق السريع الجديد بين\n\
                    .المدينتين الساحليتين\n\
                    :ثم عرضوا المراحل الثلاث للمشروع وهي على التوالي، مع جدول زمني مفصل لكل مرحلة\n\
                    التصميم والتنفيذ والتسليم.";
        let got = split(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1].starts_with("تحدث") && got[1].ends_with(".المدينتين الساحليتين"));
        assert!(got[2].starts_with(":ثم") && got[2].ends_with("لكل مرحلة"));
        assert_eq!(got[3], "التصميم والتنفيذ والتسليم.");
    }

    #[test]
    fn spans_are_trimmed_and_on_char_boundaries() {
        let text = "\u{FEFF}  \u{200F}سطر أول.   \r\n\r\n\t سطر ثان\u{A0}؟ \r\n   \n";
        let spans = sentences(text);
        assert_eq!(
            spans.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>(),
            ["سطر أول.", "سطر ثان\u{A0}؟"]
        );
        for pair in spans.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n \t").is_empty());
        assert_eq!(split("..."), ["..."]);
    }

    proptest::proptest! {
        #[test]
        fn spans_are_always_well_formed(text in "[ \\n\\r\\t.؟?!؛;…۔:«»\"()0-9٠-٩a-zA-Zدقمصبأ ابتثجحخ\u{200F}\u{FEFF}]{0,200}") {
            let spans = sentences(&text);
            let mut previous = 0;
            for s in &spans {
                proptest::prop_assert!(s.start < s.end && s.start >= previous);
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                let piece = &text[s.clone()];
                proptest::prop_assert!(!piece.starts_with(is_space) && !piece.ends_with(is_space));
                previous = s.end;
            }
        }
    }
}
