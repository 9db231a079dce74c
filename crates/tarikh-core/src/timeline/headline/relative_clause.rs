//! What a relative clause at the date tells of its noun: that the date is its start or end
//! («الاحتجاجات الحاشدة التي انطلقت يوم 25 يناير» → «انطلاق الاحتجاجات الحاشدة»), and where
//! it happened («العملية الإرهابية مساء السبت التي حدثت في منطقة الساحل» → «العملية
//! الإرهابية في منطقة الساحل»).

use super::clauses::Clauses;
use super::compose::{Piece, is_relative, pieces_len};
use super::lexicon::{event_verb_noun, fold};
use super::tokens::Kind;

/// Words of the place a relative clause gives, at most: «منطقة باتيس بمحافظة أبين».
const MAX_PLACE_WORDS: usize = 4;

/// The verbal noun of a verb saying an event started or ended (folded): «انطلقت» → «انطلاق».
fn aspect_noun(f: &str) -> Option<&'static str> {
    event_verb_noun(f)
        .filter(|n| matches!(*n, "بدء" | "انطلاق" | "اندلاع" | "انتهاء" | "اختتام" | "افتتاح" | "تأسيس"))
}

/// «… الاحتجاجات الحاشدة التي انطلقت يوم 25 يناير»: when the date closes a relative clause of
/// a verb of starting or ending, and the headline is the relative's noun phrase, the headline
/// is that verb's noun with it: «انطلاق الاحتجاجات الحاشدة». Unchanged otherwise.
pub(super) fn name_the_start(c: &Clauses, pieces: &mut Vec<Piece>, limit: usize) {
    let date = c.date_at;
    // «التي انطلقت [يوم] DATE»: the relative, the verb, at most a small word or two.
    let Some(relative) = (date.saturating_sub(4)..date).rev().find(|&j| is_relative(c.tokens[j].text)) else {
        return;
    };
    let Some(verb) = c.tokens.get(relative + 1).filter(|t| t.kind == Kind::Word && !t.in_date) else {
        return;
    };
    let Some(noun) = aspect_noun(&verb.fold) else { return };
    let small = c.tokens[relative + 2..date].iter().all(|t| {
        t.kind == Kind::Word && (t.info.is_function_word() || t.info.is_date_lead() || t.info.is_time_word())
    });
    if !small {
        return;
    }
    // The headline is the noun phrase right before the relative: its words end there.
    let words: Vec<&str> =
        pieces.iter().filter_map(|p| if let Piece::Word(w) = p { Some(w.as_str()) } else { None }).collect();
    let Some(&last) = words.last() else { return };
    let before = c.tokens[..relative].iter().rev().find(|t| t.kind == Kind::Word);
    if !before.is_some_and(|t| t.text.ends_with(last)) || words.iter().any(|w| fold(w) == verb.fold) {
        return;
    }
    let mut named = vec![Piece::Word(noun.to_string())];
    named.extend(pieces.iter().cloned());
    if pieces_len(&named) <= limit {
        *pieces = named;
    }
}

/// «العملية الإرهابية مساء السبت التي حدثت في منطقة باتيس بمحافظة أبين»، «الدورة التي جرت
/// في شهر فبراير في الكاميرون»: when a relative clause of taking place around the date says
/// where, the place goes after the headline's noun phrase as far as it fits. Unchanged
/// otherwise.
pub(super) fn add_the_place(c: &Clauses, pieces: &mut Vec<Piece>, limit: usize) {
    let Some(end) = (c.date_at..c.tokens.len()).find(|&j| !c.tokens[j].in_date) else { return };
    let happened = |j: usize| {
        c.tokens.get(j).is_some_and(|t| {
            matches!(t.fold.as_str(), "حدث" | "حدثت" | "وقع" | "وقعت" | "جري" | "جرت" | "اقيم" | "اقيمت")
        })
    };
    let relative_at = |j: usize| c.tokens.get(j).is_some_and(|t| is_relative(t.text));
    // «… [DATE] التي حدثت في …», or «… التي جرت في [DATE] في …».
    let at = if relative_at(end) && happened(end + 1) {
        end + 2
    } else if let Some(r) = (c.date_at.saturating_sub(3)..c.date_at).find(|&j| relative_at(j))
        && r + 2 <= c.date_at
        && happened(r + 1)
        && c.tokens[r + 2..c.date_at].iter().all(|t| super::lexicon::is_date_lead(&t.fold))
    {
        end
    } else {
        return;
    };
    let Some(first) = c.tokens.get(at).filter(|t| t.kind == Kind::Word && t.fold == "في") else { return };
    let mut place = vec![Piece::Word(first.text.to_string())];
    for t in c.tokens[at + 1..].iter().take(MAX_PLACE_WORDS) {
        let ends = t.kind != Kind::Word
            || t.in_date
            || t.other_date
            || t.info.is_function_word()
            || t.info.is_clause_opener()
            || super::compose::starts_conjunct(t.text)
            || is_relative(t.text);
        if ends {
            break;
        }
        place.push(Piece::Word(t.text.to_string()));
    }
    // A bare noun phrase only (no verb of its own), without a place yet.
    let words = super::compose::word_count(pieces);
    let has_place =
        pieces.iter().any(|p| matches!(p, Piece::Word(w) if fold(w) == "في" || fold(w).starts_with("بال")));
    if place.len() < 2 || words == 0 || words > 3 || has_place {
        return;
    }
    while place.len() >= 2 {
        let mut longer = pieces.clone();
        longer.extend(place.iter().cloned());
        if pieces_len(&longer) <= limit {
            *pieces = longer;
            return;
        }
        place.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_relative_clause_of_starting_at_the_date_names_the_start() {
        let s = "وسقط النظام في الاحتجاجات الواسعة التي انطلقت يوم 14 مارس 2015.";
        assert_eq!(of(s, "14 مارس 2015"), "انطلاق الاحتجاجات الواسعة");
        // Any other verb leaves the noun alone.
        let s = "وأظهرت النتائج أن الانتخابات المبكرة التي جرت في 11 يناير 2022 لم تغير شيئًا.";
        assert_eq!(of(s, "11 يناير 2022"), "الانتخابات المبكرة");
    }

    #[test]
    fn a_relative_clause_after_the_date_says_where_it_happened() {
        let s = "وشهدت البلاد أعمال عنف كثيرة وخصوصا التفجير الانتحاري مساء الجمعة 3 مايو 2019 الذي وقع في سوق المدينة القديمة وأودى بحياة عشرة أشخاص.";
        assert_eq!(of(s, "مساء الجمعة 3 مايو 2019"), "التفجير الانتحاري في سوق المدينة القديمة");
        // The clause's verb before the date, the place after it.
        let s = "وتأمل الجامعة في تنظيم البطولة على غرار ما حصل في الدورة التمهيدية التي جرت في شهر مارس الماضي في القاهرة.";
        assert_eq!(of(s, "شهر مارس الماضي"), "الدورة التمهيدية في القاهرة");
    }
}
