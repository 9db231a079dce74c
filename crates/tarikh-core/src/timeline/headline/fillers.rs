//! Words that say nothing in a headline: ties to the sentence before («أيضًا»، «بدوره»), a
//! time, place or person pointed back to («خلالها»، «من أمامها»), a question word opening it,
//! and a time's zone that belongs to the date («بتوقيت غرينتش»).

use super::compose::Piece;
use super::lexicon::fold;

/// «ستؤدي أيضًا إلى …»، «أعلنت بدورها …»: words that tie a sentence to the one before say
/// nothing in a headline, and go; so do «خلالها»، «بعدها»، «حينها»: a time pointed back to,
/// which the timeline shows as the date; a place or person pointed back to after the opening
/// verb; and a question word opening the headline.
pub(super) fn drop_fillers(pieces: &mut Vec<Piece>) {
    let is_filler = |f: &str| {
        matches!(
            f,
            "ايضا"
                | "بدوره"
                | "بدورها"
                | "بدورهم"
                | "خلالها"
                | "خلاله"
                | "خلالهما"
                | "خلالهم"
                | "بعدها"
                | "قبلها"
                | "حينها"
                | "حينذاك"
                | "انذاك"
                | "وقتها"
                | "وقتذاك"
                | "عندءذ"
                | "حينءذ"
                | "يومها"
                | "يومذاك"
        )
    };
    let filler = |p: &Piece| matches!(p, Piece::Word(w) if { let f = fold(w); is_filler(&f) || f.strip_prefix('و').is_some_and(is_filler) });
    if pieces.iter().any(|p| matches!(p, Piece::Word(_)) && !filler(p)) {
        pieces.retain(|p| !filler(p));
    }
    // «انطلقت من أمامها شرارة الثورة»، «أطلقوا عليه النار»: a place or a person pointed back
    // to right after the opening verb is not shown by the headline; it goes.
    let points_back = |p: Option<&Piece>| {
        matches!(p, Some(Piece::Word(w)) if matches!(fold(w).as_str(),
            "عليه" | "عليها" | "اليه" | "اليها" | "منه" | "منها" | "فيه" | "فيها" | "امامه" | "امامها"
                | "خلفه" | "خلفها" | "لديه" | "لديها"))
    };
    let from = matches!(pieces.get(1), Some(Piece::Word(w)) if fold(w) == "من");
    let (at, len) = if from && points_back(pieces.get(2)) { (1, 2) } else { (1, 1) };
    let words = pieces.iter().filter(|p| matches!(p, Piece::Word(_))).count();
    if points_back(pieces.get(at + len - 1)) && words >= len + 3 {
        pieces.drain(at..at + len);
    }
    // «تظهر [ليلة الخميس] بتوقيت غرينتش ظاهرة الشفق»: the time's zone belongs to the date
    // the timeline shows, not to the event.
    if let Some(z) = pieces
        .iter()
        .position(|p| matches!(p, Piece::Word(w) if matches!(fold(w).as_str(), "بتوقيت" | "بالتوقيت")))
        && let Some(Piece::Word(zone)) = pieces.get(z + 1)
        && pieces.len() > z + 2
    {
        let zone = fold(zone);
        // «بتوقيت غرينتش»، «بتوقيت مكة المكرمة»، «بالتوقيت المحلي».
        let len = if matches!(pieces.get(z + 2), Some(Piece::Word(w)) if fold(w) == "المكرمه") {
            3
        } else {
            2
        };
        if matches!(
            zone.as_str(),
            "غرينتش"
                | "جرينتش"
                | "غرينيتش"
                | "مكه"
                | "المحلي"
                | "القدس"
                | "بيروت"
                | "القاهره"
                | "الرياض"
                | "بغداد"
                | "دمشق"
                | "عمان"
                | "تونس"
                | "الجزاءر"
                | "الرباط"
                | "الدوحه"
                | "ابوظبي"
                | "الكويت"
        ) {
            pieces.drain(z..z + len);
        }
    }
    // «لماذا رفعت الحكومة الأسعار؟»: a question opening the headline asks about the event;
    // the event is what is named.
    let asks = |p: &Piece| matches!(p, Piece::Word(w) if matches!(fold(w).as_str(), "لماذا" | "هل" | "كيف" | "متي" | "اين" | "ماذا"));
    if pieces.first().is_some_and(asks) && pieces.iter().filter(|p| matches!(p, Piece::Word(_))).count() > 2 {
        pieces.remove(0);
    }
}
