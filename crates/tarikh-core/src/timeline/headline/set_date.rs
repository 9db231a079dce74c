//! A date set as a time for something: «وحددت الوزارة يوم 15 مارس موعدًا لبدء التسجيل» — the
//! date is the deadline, and the deadline («موعد بدء التسجيل») names it; who set it does not.

use super::compose::Piece;
use super::lexicon::fold;

/// Words between the verb of setting and what the date was set as, at most: its subject.
const MAX_SUBJECT_WORDS: usize = 4;

/// «حدد»، «حددت»، «تحدد»… (folded, with «و» or «قد» before it taken off by the caller).
fn is_setting_verb(f: &str) -> bool {
    let f = f.strip_prefix('و').unwrap_or(f);
    matches!(f, "حدد" | "حددت" | "حددوا" | "يحدد" | "تحدد" | "عين" | "عينت" | "يعين" | "تعين")
}

/// What a date is set as («موعد»، «آخر موعد»، «موعدًا»، «تاريخًا»), folded.
fn is_time_set(f: &str) -> bool {
    matches!(f, "موعد" | "موعدا" | "اخر" | "تاريخا" | "يوما" | "مهله")
}

/// «حددت الخطة آخر موعد لقبول الطلبات» (the date taken out between) → «آخر موعد لقبول
/// الطلبات»; «موعدًا» loses its accusative alif. Unchanged when the headline does not open
/// with a verb of setting, or what was set is not a time.
pub(super) fn name_the_time_set(pieces: &mut Vec<Piece>) {
    let word = |i: usize| match pieces.get(i) {
        Some(Piece::Word(w)) => Some(fold(w)),
        _ => None,
    };
    let verb = match word(0).as_deref() {
        Some("قد") => 1,
        _ => 0,
    };
    if !word(verb).is_some_and(|f| is_setting_verb(&f)) {
        return;
    }
    let Some(at) =
        (verb + 2..=verb + 1 + MAX_SUBJECT_WORDS).find(|&i| word(i).is_some_and(|f| is_time_set(&f)))
    else {
        return;
    };
    // «آخر» only as «آخر موعد».
    if word(at).as_deref() == Some("اخر") && !word(at + 1).is_some_and(|f| f.starts_with("موعد")) {
        return;
    }
    // Something must follow what was set: «موعدًا لـ…».
    if pieces.len() <= at + 1 {
        return;
    }
    pieces.drain(..at);
    // «موعدًا نهائيًا» → «موعد نهائي»: the accusative's alif goes from the noun and its
    // adjective.
    for (i, p) in pieces.iter_mut().take(2).enumerate() {
        if let Piece::Word(w) = p
            && (matches!(fold(w).as_str(), "موعدا" | "تاريخا" | "يوما")
                || w.contains('\u{064B}')
                || (i == 1 && fold(w).ends_with("يا")))
        {
            let bare = w.trim_end_matches(super::compose::is_mark);
            *w = bare.strip_suffix('ا').unwrap_or(bare).trim_end_matches(super::compose::is_mark).to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_date_set_as_a_time_is_named_by_what_it_is_the_time_of() {
        let s = "وحددت الوزارة يوم 15 مارس 2024 موعدا لتسجيل الطلاب في الجامعات.";
        assert_eq!(of(s, "يوم 15 مارس 2024"), "موعد لتسجيل الطلاب في الجامعات");
        let s = "وحددت الوزارة يوم 15 مارس 2024 موعدًا نهائيًا للتسجيل.";
        assert_eq!(of(s, "يوم 15 مارس 2024"), "موعد نهائي للتسجيل");
        let s = "وقد حددت اللجنة يوم الخميس 3 أبريل 2025 آخر موعد لقبول طلبات الترشح.";
        assert_eq!(of(s, "يوم الخميس 3 أبريل 2025"), "آخر موعد لقبول طلبات الترشح");
    }

    #[test]
    fn a_setting_of_something_else_keeps_its_verb() {
        let s = "وحددت الحكومة أسعار الخبز الجديدة في 3 مايو 2022.";
        assert!(of(s, "3 مايو 2022").contains("أسعار الخبز"), "{}", of(s, "3 مايو 2022"));
    }
}
