//! A date things are compared with is when a level was, not when it moved: «ارتفعت أسعار
//! الخدمات الطبية 4.77% بالمقارنة بأسعارها في حزيران 2011» says nothing rose in June 2011.
//! That date's headline says what it is, the base of a comparison: «أساس مقارنة أسعار
//! الخدمات الطبية» (the figure the date held, when the sentence gives it, is `measures`' job).

use super::clauses::Clauses;
use super::compose::{Piece, is_mark};
use super::lexicon::fold;
use super::measures::{earlier_subject, movement_noun};
use super::phrase_end::trim_end;
use super::tokens::Kind;

/// Tokens before the date a comparison's word is looked for in.
const REACH: usize = 5;

/// Whether the date is what something is compared with: «مقارنة بـ»، «بالمقارنة بأسعارها
/// في»، «عن مستواه المسجل بنهاية», with no figure between (a figure there, «مقابل 4487 مليون
/// دينار بنهاية 2011», is the date's own).
pub(super) fn is_compared_with(c: &Clauses) -> bool {
    let mut seen = 0;
    for j in (0..c.date_at).rev() {
        let t = &c.tokens[j];
        match t.kind {
            Kind::Junk => continue,
            Kind::Number | Kind::Break | Kind::Open | Kind::Close | Kind::Quote => return false,
            _ => {}
        }
        if t.in_date {
            continue;
        }
        let f = t.fold.trim_start_matches('و');
        // «… بنهاية فترة المقارنة من العام الماضي».
        if matches!(f, "مقارنه" | "بالمقارنه" | "المقارنه" | "قياسا" | "بالقياس")
        {
            return true;
        }
        // «عن مستواه المسجل»، «عن مستوياتها»
        if f == "عن" && c.tokens.get(j + 1).is_some_and(|n| n.fold.starts_with("مستو")) {
            return true;
        }
        seen += 1;
        if seen == REACH {
            return false;
        }
    }
    false
}

/// «وبالمقارنة بأسعارها في حزيران 2011 فقد سجلت …»: a headline that is only the comparison
/// with a pronoun names what was compared, the quantity of the figure stated before it
/// («سجلت أسعار المواد الغذائية … انخفاضًا»): «أساس مقارنة أسعار المواد الغذائية».
pub(super) fn bare_comparison_base(c: &Clauses, pieces: &mut Vec<Piece>) {
    let Some(Piece::Word(first)) = pieces.first() else { return };
    let f = fold(first);
    if !matches!(f.trim_start_matches('و'), "مقارنه" | "بالمقارنه") || pieces.len() > 3 {
        return;
    }
    let subject: Vec<String> =
        earlier_subject(c, c.date_at).iter().map(|&j| c.tokens[j].text.to_string()).collect();
    // Else the compared noun itself, without its pronoun: «بأسعارها» → «الأسعار».
    let subject = if subject.is_empty() {
        let Some(Piece::Word(second)) = pieces.get(1) else { return };
        let bare = second.trim_end_matches(is_mark);
        let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
        let Some(stem) = ["هما", "ها", "هم", "ه"].iter().find_map(|p| bare.strip_suffix(p)) else {
            return;
        };
        if fold(stem).chars().count() < 3 || stem.starts_with("ال") {
            return;
        }
        vec![format!("ال{stem}")]
    } else {
        subject
    };
    *pieces = ["أساس", "مقارنة"].into_iter().map(str::to_string).chain(subject).map(Piece::Word).collect();
}

/// «ارتفاع أسعار الخدمات الطبية بنسبة 4.77%» → «أساس مقارنة أسعار الخدمات الطبية»: the
/// movement's noun and everything from its figure on give way to what the date is; the
/// headline is left as it is when it names no movement or nothing measured would remain.
pub(super) fn as_comparison_base(pieces: &mut Vec<Piece>) {
    let Some(Piece::Word(first)) = pieces.first() else { return };
    if movement_noun(&fold(first)).is_none() {
        return;
    }
    let figure_starts = |p: &Piece| match p {
        Piece::Word(w) => {
            let f = fold(w);
            f.chars().next().is_some_and(|c| c.is_numeric())
                || matches!(
                    f.as_str(),
                    "بنسبه"
                        | "بمقدار"
                        | "بقيمه"
                        | "بواقع"
                        | "الي"
                        | "من"
                        | "مقداره"
                        | "نسبته"
                        | "%"
                )
        }
        Piece::Quote => false,
    };
    let end = pieces.iter().skip(1).position(figure_starts).map_or(pieces.len(), |k| k + 1);
    let mut level: Vec<Piece> = pieces[1..end].to_vec();
    trim_end(&mut level);
    if !level.iter().any(|p| matches!(p, Piece::Word(_))) {
        return;
    }
    *pieces = ["أساس", "مقارنة"].into_iter().map(|w| Piece::Word(w.to_string())).chain(level).collect();
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn the_date_compared_with_is_the_base_of_the_comparison() {
        let s = "وارتفعت أسعار الخضراوات الطازجة بنسبة 3.2% بالمقارنة بأسعارها في شهر آذار 2019.";
        assert_eq!(of(s, "شهر آذار 2019"), "أساس مقارنة أسعار الخضراوات الطازجة");
        let s = "مسجلا ارتفاع الدين العام الداخلي بنسبة 9% عن مستواه المسجل بنهاية العام 2018.";
        assert_eq!(of(s, "بنهاية العام 2018"), "أساس مقارنة الدين العام الداخلي");
        // Only the comparison with a pronoun: what was compared, from the figure before it,
        // else the compared noun itself.
        let s = "وسجلت أسعار الخضراوات الطازجة ارتفاعا بنسبة 1.5%، وبالمقارنة بأسعارها في آذار 2019 فقد سجلت ارتفاعا بنسبة 3%.";
        assert_eq!(of(s, "آذار 2019"), "أساس مقارنة أسعار الخضراوات الطازجة");
        let s = "وارتفعت الأسعار خلال الأسبوع الماضي، مقارنة بأسعارها خلال شهر آذار 2019 وهو ما توقعه التجار.";
        assert_eq!(of(s, "شهر آذار 2019"), "أساس مقارنة الأسعار");
        // The date the movement happened in keeps it.
        let s = "وارتفعت أسعار الخضراوات الطازجة خلال شهر نيسان 2019 بنسبة 3.2%.";
        assert!(of(s, "شهر نيسان 2019").starts_with("ارتفاع"), "{}", of(s, "شهر نيسان 2019"));
    }
}
