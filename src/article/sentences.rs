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

/// Latin abbreviations that take a full stop in running text.
const LATIN_ABBREVIATIONS: &[&str] = &["dr", "mr", "mrs", "ms", "prof", "jr", "sr", "st", "vs"];

/// Byte spans of the sentences of `text`: in order, non-overlapping, non-empty, on char
/// boundaries, without surrounding whitespace.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut s = Splitter::default();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let trimmed_start = raw.trim_start_matches(is_space);
        let content = trimmed_start.trim_end_matches(is_space);
        if content.is_empty() {
            s.emit();
            continue;
        }
        let content_start = line_start + (raw.len() - trimmed_start.len());
        // The first line is the title, however long: it never runs on.
        let first = s.spans.is_empty() && s.start.is_none();
        s.line(content, content_start, first);
    }
    s.emit();
    s.spans
}

#[derive(Default)]
struct Splitter {
    spans: Vec<Range<usize>>,
    /// Where the open sentence starts, if one is open.
    start: Option<usize>,
    /// Just after the last non-space character of the open sentence.
    end: usize,
}

impl Splitter {
    fn emit(&mut self) {
        if let Some(start) = self.start.take()
            && self.end > start
        {
            self.spans.push(start..self.end);
        }
    }

    fn take(&mut self, at: usize, c: char) {
        self.start.get_or_insert(at);
        self.end = at + c.len_utf8();
    }

    /// One trimmed, non-empty line starting at byte `base` of the text.
    fn line(&mut self, line: &str, base: usize, ends_here: bool) {
        let mut chars = line.char_indices().peekable();
        let mut count = 0;
        // A leading `.`/`:` belongs to the end of this line's sentence (RTL extraction).
        let leading_mark = line.starts_with(|c| is_terminator(c) || c == ':');
        if leading_mark {
            while let Some(&(i, c)) = chars.peek() {
                if !(is_terminator(c) || c == ':') {
                    break;
                }
                self.take(base + i, c);
                count += 1;
                chars.next();
            }
        }
        while let Some((i, c)) = chars.next() {
            count += 1;
            if is_space(c) {
                continue;
            }
            self.take(base + i, c);
            if is_terminator(c) && ends_sentence(line, i, c) {
                while let Some(&(j, d)) = chars.peek() {
                    if !(is_terminator(d) || is_closer(d)) {
                        break;
                    }
                    self.take(base + j, d);
                    count += 1;
                    chars.next();
                }
                self.emit();
            }
        }
        if ends_here || leading_mark || count < LONG_LINE || line.ends_with(':') {
            self.emit();
        }
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
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| ch.is_alphabetic() || is_mark(ch))
        .last()
        .map_or(i, |(j, _)| j);
    let word = &before[word_start..];
    if !word.is_empty() {
        let letters = word.chars().filter(|&ch| !is_mark(ch)).count();
        if letters == 1
            || LATIN_ABBREVIATIONS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(word))
        {
            return false;
        }
        return true;
    }
    // «1. البند الأول»: a list number is not a sentence.
    let lead = before.trim_start_matches(['(', '-', '•', '*', ' ']);
    !(!lead.is_empty() && lead.chars().count() <= 3 && lead.chars().all(char::is_numeric))
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
    fn basic_terminators() {
        assert_eq!(
            split("وصل الوفد صباحا. هل سيلتقي الرئيس؟ نعم! ثم غادر؛ وانتهت الزيارة… والسلام"),
            [
                "وصل الوفد صباحا.",
                "هل سيلتقي الرئيس؟",
                "نعم!",
                "ثم غادر؛",
                "وانتهت الزيارة…",
                "والسلام"
            ]
        );
    }

    #[test]
    fn closing_quotes_and_repeated_marks_stay_with_the_sentence() {
        assert_eq!(
            split("قال الوزير: «سنعود قريبا.» ثم صمت. أحقا؟! نعم (كما قيل.) انتهى"),
            [
                "قال الوزير: «سنعود قريبا.»",
                "ثم صمت.",
                "أحقا؟!",
                "نعم (كما قيل.)",
                "انتهى"
            ]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split(
                "ارتفع النمو 3.5 بالمئة في 19.12.2022 ثم في 2023/12/8 أيضا. وانخفض ٢٫٥ و٤.٧ لاحقا."
            ),
            [
                "ارتفع النمو 3.5 بالمئة في 19.12.2022 ثم في 2023/12/8 أيضا.",
                "وانخفض ٢٫٥ و٤.٧ لاحقا."
            ]
        );
        assert_eq!(
            split("وقع الحادث عام 2020. ثم هدأ"),
            ["وقع الحادث عام 2020.", "ثم هدأ"]
        );
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
            [
                "راجع الموقع example.com للمزيد.",
                "1. البند الأول",
                "2. البند الثاني"
            ]
        );
    }

    #[test]
    fn headings_and_blank_lines_are_boundaries() {
        assert_eq!(
            split("# عنوان التقرير\nخلفية قصيرة\n\nفقرة أولى بلا نقطة في آخرها\n\nفقرة ثانية."),
            [
                "# عنوان التقرير",
                "خلفية قصيرة",
                "فقرة أولى بلا نقطة في آخرها",
                "فقرة ثانية."
            ]
        );
    }

    #[test]
    fn wrapped_long_lines_are_joined() {
        let text = "أعلنت اللجنة المنظمة للمعرض الدولي للكتاب أن دورة هذا العام ستفتتح\n\
                    في الأسبوع الأول من الشهر المقبل بمشاركة ناشرين من عشرين دولة.\n\
                    وأضافت أن البرنامج الثقافي يتضمن ندوات وأمسيات شعرية متنوعة للزوار";
        let got = split(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].starts_with("أعلنت") && got[0].ends_with("دولة."));
        assert!(got[0].contains('\n'));
        assert!(got[1].starts_with("وأضافت"));
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
        let text = "وجاء في البيان الصادر عن الاجتماع الوزاري المشترك بين البلدين ما يلي:\n\
                    التزام الطرفين بالحوار.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn reversed_pdf_line_mark_at_start() {
        // The line starting with «.» is the end of the sentence begun on the line before.
        let text = "تحدث المسؤولون في المؤتمر الصحفي المشترك عن مشروع الطريق السريع الجديد بين\n\
                    .المدينتين الساحليتين\n\
                    :ثم عرضوا المراحل الثلاث للمشروع وهي على التوالي، مع جدول زمني مفصل لكل مرحلة\n\
                    التصميم والتنفيذ والتسليم.";
        let got = split(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].starts_with("تحدث") && got[0].ends_with(".المدينتين الساحليتين"));
        assert!(got[1].starts_with(":ثم") && got[1].ends_with("لكل مرحلة"));
        assert_eq!(got[2], "التصميم والتنفيذ والتسليم.");
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
}
