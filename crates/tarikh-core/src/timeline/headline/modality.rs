//! An event that was only feared, expected, threatened or denied is named as such: «أنها تخشى
//! ضربات روسية على كييف خلال الأشهر الأولى من 2023» names «مخاوف من ضربات روسية على كييف»,
//! not «ضربات روسية على كييف» — nothing struck Kyiv at that date.

use super::clauses::Clauses;
use super::compose::{Piece, noun_form, pieces_len};
use super::lexicon::EventNoun;
use super::phrase_end::complement;
use super::tokens::Kind;

/// What a verb of fear, expectation, threat or denial right before an event noun makes of it:
/// the words that lead the noun in the headline (folded verb → words).
fn lead_of_verb(f: &str) -> Option<&'static [&'static str]> {
    let f = f.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3).unwrap_or(f);
    Some(match f {
        "خشي" | "خشيت" | "يخشي" | "تخشي" | "نخشي" | "يخشون" | "يخشيان" => {
            &["مخاوف", "من"]
        }
        "توقع" | "توقعت" | "يتوقع" | "تتوقع" | "نتوقع" | "يتوقعون" | "توقعوا" => {
            &["توقع"]
        }
        "رجح" | "رجحت" | "يرجح" | "ترجح" | "رجحوا" => &["ترجيح"],
        "استبعد" | "استبعدت" | "يستبعد" | "تستبعد" | "استبعدوا" => {
            &["استبعاد"]
        }
        "نفي" | "نفت" | "ينفي" | "تنفي" | "نفوا" => &["نفي"],
        "هدد" | "هددت" | "يهدد" | "تهدد" | "هددوا" => &["تهديد"],
        _ => return None,
    })
}

/// «مخاوف من ضربات روسية على كييف» when a verb of [`lead_of_verb`] stands right before the
/// event noun at `at` with no subject between (its subject said before, or a pronoun);
/// none otherwise («يخشى السكان هجومًا» keeps its verb and subject as the lead).
pub(super) fn modal_headline(c: &Clauses, at: usize, noun: EventNoun, limit: usize) -> Option<Vec<Piece>> {
    let prev = (0..at).rev().find(|&j| c.tokens[j].kind != Kind::Junk)?;
    let t = &c.tokens[prev];
    if t.kind != Kind::Word || t.in_date || c.segment_of[prev] != c.segment_of[at] {
        return None;
    }
    let lead = lead_of_verb(&t.fold)?;
    // «تخشى ضربات … خلال الأشهر الأولى من 2023 في سيناريو حدث في 24 فبراير 2022»: another
    // date between the noun and this one is the fear's; this one is something else's.
    let (lo, hi) = if at < c.date_at { (at, c.date_at) } else { (c.date_at, at) };
    if c.tokens[lo..hi].iter().any(|t| t.other_date) {
        return None;
    }
    // «إيران تهدد بإغلاق …» → «تهديد إيران بإغلاق …»: a one-word subject right before the
    // verb, at its clause's start or after «أن», goes after the lead's noun.
    let subject = prev.checked_sub(1).filter(|&s| {
        let w = &c.tokens[s];
        let opens = s.checked_sub(1).is_none_or(|b| {
            let b = &c.tokens[b];
            b.kind != Kind::Word || b.info.is_clause_opener() || matches!(b.fold.as_str(), "ان" | "بان")
        });
        w.kind == Kind::Word
            && !w.in_date
            && !w.other_date
            && !w.info.is_function_word()
            && !w.info.is_clause_opener()
            && c.segment_of[s] == c.segment_of[prev]
            && opens
    });
    let mut out: Vec<Piece> = vec![Piece::Word(lead[0].to_string())];
    if let Some(s) = subject {
        out.push(Piece::Word(super::compose::without_conjunction(c.tokens[s].text)));
    }
    out.extend(lead[1..].iter().map(|w| Piece::Word((*w).to_string())));
    // «هددت بإغلاق مضيق هرمز» → «تهديد بإغلاق …»: the preposition the verb takes stays; a
    // conjunction goes.
    let written = c.tokens[at].text;
    let head = if noun.has_preposition && lead == ["تهديد"] {
        super::compose::without_conjunction(written)
    } else {
        noun_form(written, noun)
    };
    // «مخاوف من ضربات»: the noun is indefinite after «من» as written; «توقع ارتفاع».
    out.push(Piece::Word(head));
    let (rest, _) = complement(c, at + 1, limit.saturating_sub(pieces_len(&out) + 1), true);
    out.extend(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_feared_expected_threatened_or_denied_event_is_named_so() {
        let s = "أعلنت السلطات الأوكرانية أنها تخشى ضربات روسية على كييف خلال الأشهر الأولى من 2023.";
        assert_eq!(of(s, "الأشهر الأولى من 2023"), "مخاوف من ضربات روسية على كييف");
        // A one-word subject before the verb goes with the lead.
        let s = "وذكرت الوكالة أن إيران تهدد بإغلاق مضيق هرمز في يوليو 2019.";
        assert_eq!(of(s, "يوليو 2019"), "تهديد إيران بإغلاق مضيق هرمز");
        let s = "وقال المتحدث إن الشرطة تنفي اعتقال الصحفي في مطار القاهرة يوم 3 مايو 2021.";
        assert_eq!(of(s, "يوم 3 مايو 2021"), "نفي الشرطة اعتقال الصحفي في مطار القاهرة");
        let s = "وأشار البنك إلى أنه يتوقع ارتفاع أسعار النفط خلال الربع الأول من 2024.";
        assert_eq!(of(s, "الربع الأول من 2024"), "توقع ارتفاع أسعار النفط");
    }

    #[test]
    fn a_date_past_another_date_after_the_noun_is_not_the_fears() {
        let s = "وتخشى كييف ضربات روسية خلال الأشهر الأولى من 2023 في سيناريو يشبه ما حدث في 24 فبراير 2022.";
        assert!(!of(s, "24 فبراير 2022").starts_with("مخاوف"), "{}", of(s, "24 فبراير 2022"));
    }

    #[test]
    fn a_verb_with_its_subject_before_the_noun_still_leads_it() {
        let s = "ويخشى السكان هجوما جديدا على المدينة في مارس 2024.";
        assert!(of(s, "مارس 2024").starts_with("يخشى السكان"), "{}", of(s, "مارس 2024"));
    }
}
