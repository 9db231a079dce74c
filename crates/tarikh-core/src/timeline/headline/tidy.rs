//! A headline's words tidied the way headlines are written: «90 في المئة» as «90%», hedges
//! before a figure («نحو»، «حوالي»، «ما يقرب من») left out, and no verb or particle left
//! dangling at the end («… بلغت»، «… قد قرر»).

use super::compose::Piece;
use super::lexicon::fold;

/// A figure: digits (Latin or Arabic-Indic) with their separators.
fn is_figure(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c))
        && w.chars()
            .all(|c| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ".,٫٬".contains(c))
}

fn word(p: Option<&Piece>) -> Option<String> {
    match p {
        Some(Piece::Word(w)) => Some(fold(w).to_string()),
        _ => None,
    }
}

/// «90 في المئة» → «90%»، «نحو 90%» → «90%»، «(ب)ما يقرب من 5 تريليونات» → «5 تريليونات».
pub(super) fn figures(pieces: &mut Vec<Piece>) {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut i = 0;
    while i < pieces.len() {
        let at = |k: usize| word(pieces.get(i + k));
        let figure_at = |k: usize| matches!(pieces.get(i + k), Some(Piece::Word(w)) if is_figure(w));
        let w = at(0).unwrap_or_default();
        // A hedge before a figure.
        if matches!(w.as_str(), "نحو" | "حوالي" | "قرابه" | "زهاء" | "تقريبا") && figure_at(1)
        {
            i += 1;
            continue;
        }
        if matches!(w.as_str(), "ما" | "بما")
            && at(1).as_deref() == Some("يقرب")
            && at(2).as_deref() == Some("من")
            && figure_at(3)
        {
            i += 3;
            continue;
        }
        if let Some(Piece::Word(n)) = pieces.get(i)
            && is_figure(n)
        {
            let per_cent = |f: &str| ["المئة", "المائة", "المية"].iter().any(|p| fold(p) == f);
            let bare = |f: &str| ["بالمئة", "بالمائة", "بالمية"].iter().any(|p| fold(p) == f);
            if at(1).as_deref() == Some("في") && at(2).as_deref().is_some_and(per_cent) {
                out.extend([Piece::Word(n.clone()), Piece::Word("%".into())]);
                i += 3;
                continue;
            }
            if at(1).as_deref().is_some_and(bare) {
                out.extend([Piece::Word(n.clone()), Piece::Word("%".into())]);
                i += 2;
                continue;
            }
        }
        out.push(pieces[i].clone());
        i += 1;
    }
    *pieces = out;
}

/// A word that may not end a headline because what it introduces was cut off: a verb of
/// amount without its figure («بلغت»، «يبلغ»، «بواقع»), a particle before a verb («قد»), a
/// purpose or result without its object («لتبلغ»، «قصد»), a subject pronoun.
pub(super) fn dangles(f: &str) -> bool {
    let f = f.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(f);
    matches!(
        f,
        "بلغ"
            | "بلغت"
            | "يبلغ"
            | "تبلغ"
            | "بلغا"
            | "بلغتا"
            | "بلغوا"
            | "يصل"
            | "تصل"
            | "قدر"
            | "قدرت"
            | "يقدر"
            | "تقدر"
            | "بواقع"
            | "مقداره"
            | "مقدارها"
            | "قدره"
            | "قدرها"
            | "قيمته"
            | "قيمتها"
            | "بقيمه"
            | "بنسبه"
            | "قد"
            | "لقد"
            | "فقد"
            // A purpose or result whose verb or object was cut off: «… لتبلغ»، «… قصد».
            | "ليصل"
            | "لتصل"
            | "ليبلغ"
            | "لتبلغ"
            | "لتتراجع"
            | "ليتراجع"
            | "قصد"
            | "بهدف"
            | "نسبته"
            | "مانسبته"
            // A subject pronoun whose clause was cut off: «… ونحن».
            | "نحن"
            | "انا"
    )
}

/// «… المنعقدة بالبحرين قد قرر»: «قد» and the verb after it start a predicate whose object
/// was cut off; both go.
pub(super) fn drop_cut_predicate(pieces: &mut Vec<Piece>) {
    let n = pieces.len();
    if n >= 3 && word(pieces.get(n - 2)).is_some_and(|f| matches!(f.as_str(), "قد" | "وقد" | "لقد" | "فقد"))
    {
        pieces.truncate(n - 2);
    }
}
