//! «القرار بدأ تنفيذه»، «المشروع تم افتتاحه»: a subject, a verb that only says it began or
//! happened, and a verbal noun whose pronoun is that subject. The headline names the event of
//! the subject: «بدء تنفيذ القرار»، «افتتاح المشروع» — not «القرار بدأ تنفيذه».

use super::compose::{Piece, is_mark};
use super::lexicon::{event_noun, fold, is_function_word};

/// Words of the subject before the verb, at most.
const MAX_SUBJECT_WORDS: usize = 3;

/// The verbal noun a verb of beginning leaves in the headline («بدأ» → «بدء»), or none for a
/// verb that only says it happened («تم»، «جرى»); `None` for any other word (folded).
fn aspect_noun(f: &str) -> Option<Option<&'static str>> {
    match f {
        "بدا" | "بدات" | "يبدا" | "تبدا" | "سيبدا" | "ستبدا" => Some(Some("بدء")),
        "تم" | "تمت" | "يتم" | "سيتم" | "جري" | "جرت" | "يجري" | "تجري" | "سيجري" | "ستجري" => {
            Some(None)
        }
        _ => None,
    }
}

/// Rewrites «SUBJECT VERB NOUN+PRONOUN …» as «[بدء] NOUN SUBJECT …» (see the module); leaves
/// any other headline as it is.
pub(super) fn name_the_subjects_event(pieces: &mut Vec<Piece>) {
    let word = |k: usize| match pieces.get(k) {
        Some(Piece::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    // «المشروع قد تم افتتاحه»: «قد» before the verb goes with it.
    let Some(verb) =
        (1..=MAX_SUBJECT_WORDS + 1).find(|&k| word(k).is_some_and(|w| aspect_noun(&fold(w)).is_some()))
    else {
        return;
    };
    let qad = word(verb - 1).is_some_and(|w| fold(w) == "قد");
    let subject_end = if qad { verb - 1 } else { verb };
    let subject: Vec<&str> = (0..subject_end).filter_map(word).collect();
    if subject.is_empty()
        || subject.len() != subject_end
        || !subject.iter().all(|w| !is_function_word(&fold(w)))
        || !subject.iter().any(|w| fold(w).starts_with("ال"))
    {
        return;
    }
    let Some(object) = word(verb + 1) else { return };
    let Some(stem) = without_subject_pronoun(object) else { return };
    let lead = aspect_noun(&fold(word(verb).unwrap_or_default())).flatten();
    let subject: Vec<Piece> = subject.iter().map(|w| Piece::Word((*w).to_string())).collect();
    let rest: Vec<Piece> = pieces.drain(verb + 2..).collect();
    pieces.clear();
    pieces.extend(lead.map(|l| Piece::Word(l.to_string())));
    pieces.push(Piece::Word(stem));
    pieces.extend(subject);
    pieces.extend(rest);
}

/// «تنفيذه» → «تنفيذ»، «إقامتها» → «إقامة»، «بناؤه» → «بناء»: a noun with a pronoun, as it
/// reads without it; none for a word without one (or too short to be a noun with one).
fn without_subject_pronoun(word: &str) -> Option<String> {
    let written = word.trim_end_matches(is_mark);
    let (stem, feminine) = match written.strip_suffix("ها") {
        Some(stem) => (stem, true),
        None => (written.strip_suffix('ه')?, false),
    };
    let stem = match stem.strip_suffix('ت') {
        // The singular's ة is written ت before a pronoun.
        Some(base) if feminine || event_noun(&fold(&format!("{base}ة"))).is_some() => format!("{base}ة"),
        _ => stem.replace('ؤ', "ء"),
    };
    (fold(&stem).chars().count() >= 3).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_subjects_begun_or_done_event_is_named_with_the_subject() {
        let s = "وأكدت المديرة أن القرار بدأ تنفيذه مع أول يوم في شهر رمضان.";
        assert_eq!(of(s, "أول يوم في شهر رمضان"), "بدء تنفيذ القرار");
        let s = "وكان المشروع قد تم افتتاحه عام 2010 بحضور الوزير.";
        assert!(of(s, "عام 2010").starts_with("افتتاح المشروع"), "{}", of(s, "عام 2010"));
        let s = "وقالت الشركة إن المنتج سيتم طرحه في الأسواق خلال شهر يونيو 2024.";
        assert_eq!(of(s, "شهر يونيو 2024"), "طرح المنتج في الأسواق");
    }

    #[test]
    fn any_noun_begun_by_the_subject_is_the_subjects() {
        let s = "وأكد المدير أن الموظف الجديد بدأ عمله في 3 مايو 2021.";
        assert_eq!(of(s, "3 مايو 2021"), "بدء عمل الموظف الجديد");
        // A noun without a pronoun is not the subject's: the clause is left to the other rules.
        let s = "وأكد المدير أن الموظف الجديد بدأ العمل في 3 مايو 2021.";
        assert!(!of(s, "3 مايو 2021").starts_with("بدء العمل الموظف"), "{}", of(s, "3 مايو 2021"));
    }
}
