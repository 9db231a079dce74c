//! A verb after «أن» shares the subject the sentence opened with: «وعمد البنك المركزي الصيني
//! … إلى خفض الاحتياطي، قبل أن يخفض مرتين نسب الفائدة في يونيو» names «البنك المركزي الصيني
//! يخفض مرتين نسب الفائدة», not «يخفض مرتين نسب الفائدة» — who cut them?

use super::compose::{Piece, pieces_len, without_conjunction};
use super::lexicon::{fold, folded_feminine};
use super::tokens::{self, Kind};
use crate::dates::Span;

/// Tokens of the sentence's opening read for its subject, at most.
const OPENING_TOKENS: usize = 8;
/// Words of the subject, at most.
const MAX_SUBJECT_WORDS: usize = 4;
/// Bytes of the sentence's opening tokenised.
const OPENING_BYTES: usize = 160;

/// Puts the sentence's opening subject before a headline that opens with a verb right after
/// «أن» in the text (`first_at`, where the headline's first word is) and has no subject of its
/// own; leaves any other headline as it is.
pub(super) fn supply(text: &str, sentence: Span, first_at: usize, pieces: &mut Vec<Piece>) {
    if !opens_with_bare_verb(pieces) {
        return;
    }
    let Some(before) = text.get(sentence.start.min(first_at)..first_at) else { return };
    if !matches!(before.split_whitespace().last().map(fold).as_deref(), Some("ان")) {
        return;
    }
    let Some(subject) = opening_subject(text, sentence) else { return };
    // The verb agrees with its subject: «يخفض البنك»، «تخفض الحكومة»; «طالب المحتجون الحكومة
    // أن تستقيل» opens with another subject than the verb's.
    let Some(Piece::Word(first)) = pieces.first() else { return };
    let feminine_verb = fold(first).trim_start_matches('س').starts_with('ت');
    let head = fold(&subject[0]);
    if feminine_verb != folded_feminine(&head) {
        return;
    }
    if subject.iter().any(|w| pieces.iter().any(|p| matches!(p, Piece::Word(x) if x == w))) {
        return;
    }
    pieces.splice(0..0, subject.into_iter().map(Piece::Word));
}

/// Words of a headline looked at for a pronoun standing for the opening subject.
const PRONOUN_REACH: usize = 5;

/// «ويمتلك الاتحاد سوقًا … ويبلغ الناتج المحلي لدوله 5 تريليونات دولار» → «… لدول الاتحاد
/// …»: a noun after a preposition («لدوله»، «بأعضائها») whose pronoun agrees with the
/// sentence's opening subject names that subject instead (its first word, the noun it
/// heads). Only such nouns: a preposition is never on a verb. Unchanged otherwise, when the
/// subject is already in the headline, or when naming it leaves no room.
pub(super) fn name_the_pronoun(text: &str, sentence: Span, pieces: &mut Vec<Piece>, limit: usize) {
    // Most headlines have none: a look at the last letters before any tokenising.
    let candidate = pieces.iter().take(PRONOUN_REACH).position(|p| {
        matches!(p, Piece::Word(w) if {
            let f = fold(w);
            // Written «ه», not «ة»: folding makes them one.
            let pronoun = w.trim_end_matches(super::compose::is_mark).ends_with('ه');
            f.starts_with(['ل', 'ب']) && !f.starts_with("ال") && !f.starts_with("لل") && pronoun && f.chars().count() >= 5
        })
    });
    let Some(i) = candidate else { return };
    let Piece::Word(w) = &pieces[i] else { return };
    let written = w.trim_end_matches(super::compose::is_mark);
    let (stem, feminine) = match written.strip_suffix("ها") {
        Some(stem) => (stem, true),
        None => (written.strip_suffix('ه').unwrap_or(written), false),
    };
    // «لقيمته»: the singular's ة is written ت before a pronoun, and cannot be told from a
    // ت of the word's own.
    if stem.ends_with('ت') || fold(stem).chars().count() < 3 {
        return;
    }
    let Some(subject) = opening_subject(text, sentence) else { return };
    let head = fold(&subject[0]);
    if feminine != folded_feminine(&head) {
        return;
    }
    if pieces.iter().any(|p| matches!(p, Piece::Word(x) if fold(x) == head)) {
        return;
    }
    let mut named = pieces.to_vec();
    named[i] = Piece::Word(format!("{stem} {}", subject[0]));
    // «الناتج المحلي الإجمالي» is «الناتج المحلي» when room is short.
    if pieces_len(&named) > limit
        && let Some(k) = (1..named.len()).find(|&k| {
            matches!((&named[k - 1], &named[k]), (Piece::Word(a), Piece::Word(b)) if fold(a) == "المحلي" && fold(b) == "الاجمالي")
        })
    {
        named.remove(k);
    }
    // Not at the cost of the headline's end (a figure's unit).
    if pieces_len(&named) <= limit {
        *pieces = named;
    }
}

/// The headline opens with an imperfect verb of the third person («يخفض»، «تسجل»، «سيبلغ»)
/// and no definite noun after it that could be its subject («تسجل البرامج …»).
pub(super) fn opens_with_bare_verb(pieces: &[Piece]) -> bool {
    let Some(Piece::Word(first)) = pieces.first() else { return false };
    let f = fold(first);
    let stem = f.strip_prefix('س').unwrap_or(&f);
    stem.starts_with(['ي', 'ت'])
        && f.chars().count() >= 4
        && !matches!(pieces.get(1), Some(Piece::Word(w)) if fold(w).starts_with("ال"))
}

/// «وعمد البنك المركزي الصيني …» → «البنك المركزي الصيني»: the definite words after the
/// sentence's opening verb; none when the sentence opens otherwise.
fn opening_subject(text: &str, sentence: Span) -> Option<Vec<String>> {
    let end = (sentence.start + OPENING_BYTES).min(sentence.end).min(text.len());
    let w = tokens::window(text, sentence.start..end, sentence.start..sentence.start);
    let toks = tokens::tokenize(&w, &[]);
    let words: Vec<&tokens::Token> =
        toks.iter().take(OPENING_TOKENS).take_while(|t| t.kind == Kind::Word).collect();
    let (verb, rest) = words.split_first()?;
    let v = verb.fold.strip_prefix(['و', 'ف']).unwrap_or(&verb.fold);
    if v.starts_with("ال")
        || verb.info.is_function_word()
        || verb.info.is_clause_opener()
        || v.chars().count() < 3
    {
        return None;
    }
    let subject: Vec<String> = rest
        .iter()
        .take_while(|t| t.fold.starts_with("ال") && !t.info.is_function_word())
        .take(MAX_SUBJECT_WORDS)
        .map(|t| without_conjunction(t.text))
        .collect();
    (!subject.is_empty()).then_some(subject)
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_verb_after_an_takes_the_subject_the_sentence_opened_with() {
        let s = "وعمد البنك المركزي الأوروبي مرتين إلى خفض الاحتياطي الإلزامي، قبل أن يرفع مجددا نسب الفائدة في مارس 2023.";
        assert_eq!(of(s, "مارس 2023"), "البنك المركزي الأوروبي يرفع مجددا نسب الفائدة");
    }

    #[test]
    fn a_pronoun_after_a_preposition_names_the_opening_subject() {
        let s = "ويضم التحالف أسواقا كبيرة، ويبلغ الناتج المحلي لدوله نحو 3 تريليونات دولار في 2021.";
        assert!(of(s, "2021").contains("لدول التحالف"), "{}", of(s, "2021"));
        // Of another gender, the pronoun is another noun's.
        let s = "ويضم التحالف أسواقا كبيرة، ويبلغ الناتج المحلي لدولها نحو 3 تريليونات دولار في 2021.";
        assert!(!of(s, "2021").contains("التحالف"), "{}", of(s, "2021"));
    }

    #[test]
    fn a_verb_with_its_own_subject_or_a_sentence_opening_otherwise_is_left() {
        // A verb that does not agree with the opening subject has another.
        let s = "وعمدت النقابة مرتين إلى رفع الأجور، قبل أن يرفع مجددا سقف مطالبه في مارس 2023.";
        assert!(!of(s, "مارس 2023").contains("النقابة يرفع"), "{}", of(s, "مارس 2023"));
        // «تبدأ المدارس»: the verb's own subject follows it.
        let s = "وقررت الوزارة أن تبدأ المدارس العام الدراسي في سبتمبر 2024.";
        assert!(!of(s, "سبتمبر 2024").contains("الوزارة"), "{}", of(s, "سبتمبر 2024"));
        let s = "وبعد جدل طويل قبل أن يصوت النواب على القانون في 5 مايو 2022.";
        assert!(!of(s, "5 مايو 2022").starts_with("جدل"), "{}", of(s, "5 مايو 2022"));
    }
}
