//! Event categories and a first guess of an event's category from its sentence.
//!
//! The guess only saves the user typing for the common kinds of political news; it is a list
//! of word stems, not a classifier, and the user's own category always wins.

use super::keywords::{stripped_forms, words};
use crate::dates::normalize_str;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The built-in categories: (id, Arabic label). Ids are stable (saved in projects and used in
/// exports); labels are what the user sees. Users may add their own ids.
pub const CATEGORIES: &[(&str, &str)] = &[
    ("summit", "قمة"),
    ("visit", "زيارة"),
    ("military", "عسكري"),
    ("sanctions", "عقوبات"),
    ("agreement", "اتفاق"),
    ("election", "انتخابات"),
    ("truce", "هدنة"),
    ("diplomacy", "دبلوماسية"),
    ("economy", "اقتصاد"),
    ("meeting", "اجتماع"),
];

/// The Arabic label of a category, or the id itself for a user-made category.
pub fn category_label(id: &str) -> &str {
    CATEGORIES.iter().find(|(c, _)| *c == id).map_or(id, |(_, label)| label)
}

/// One way a sentence shows a category. Stems are written normalised (ة → ه, ى → ي, no hamza
/// on alef), and are compared with each word as written and after each clitic comes off.
enum Pat {
    /// A word starting with this stem: «قمه» matches «القمة», «بالقمة», «قمتها» does not (see
    /// «قمت»).
    Stem(&'static str),
    /// Exactly this word (after clitics): for short verbs whose stem starts other words,
    /// «زار» but not «زارع» nor «وزارة» (which strips to «زاره»).
    Word(&'static str),
    /// These words in a row, each exactly: «وقف اطلاق النار».
    Phrase(&'static [&'static str]),
}

use Pat::{Phrase, Stem, Word};

/// The rules in priority order: the first category whose rule matches is the suggestion.
///
/// More specific first. A truce is a military and diplomatic event, so it comes before both;
/// elections and sanctions are unambiguous; a summit is usually also a visit and a meeting, and
/// often where an agreement is signed, so it comes before them; an agreement before the visit or
/// meeting it came out of; meetings before diplomacy (ambassadors, negotiations), which comes
/// before military, because war words («الجيش», «قصف») are the background of much diplomatic
/// news; economy is the broadest. Last comes the bare verb «وقع» (signed), a weak sign of an
/// agreement because it also means «happened» («وقع الزلزال»).
const RULES: &[(&str, &[Pat])] = &[
    ("truce", &[Stem("هدن"), Word("تهديه"), Phrase(&["وقف", "اطلاق", "نار"]), Phrase(&["وقف", "القتال"])]),
    ("election", &[Stem("انتخاب"), Stem("اقتراع"), Stem("استفتاء"), Stem("ناخب"), Stem("مرشح")]),
    ("sanctions", &[Stem("عقوب"), Stem("حظر")]),
    ("summit", &[Stem("قمه"), Stem("قمت"), Stem("قمم")]),
    ("agreement", &[Stem("اتفاق"), Stem("معاهد"), Stem("توقيع"), Stem("مذكره تفاهم")]),
    (
        "visit",
        &[
            Stem("زيار"),
            Word("زار"),
            Word("زارت"),
            Word("زارا"),
            Word("زاروا"),
            Stem("يزور"),
            Stem("تزور"),
            Stem("سيزور"),
            Stem("جوله"),
            Stem("جولت"),
            Stem("جولات"),
        ],
    ),
    (
        "meeting",
        &[
            Stem("اجتماع"),
            Stem("اجتمع"),
            Stem("لقاء"),
            Word("التقي"),
            Stem("التقت"),
            Stem("التقيا"),
            Stem("يلتقي"),
            Stem("تلتقي"),
            Stem("محادثات"),
            Stem("مباحثات"),
        ],
    ),
    ("diplomacy", &[Stem("سفير"), Stem("سفراء"), Stem("سفار"), Stem("مفاوض"), Stem("دبلوماس"), Stem("وساط")]),
    (
        "military",
        &[
            Stem("هجوم"),
            Stem("هجمات"),
            Stem("هجمه"),
            Stem("غاره"),
            Stem("غارات"),
            Stem("قصف"),
            Stem("عسكر"),
            Stem("جيش"),
            Stem("قوات"),
            Stem("صاروخ"),
            Stem("صواريخ"),
            Stem("اشتباك"),
            Stem("معارك"),
            Stem("معركه"),
        ],
    ),
    (
        "economy",
        &[
            Stem("اقتصاد"),
            Stem("تجاره"),
            Stem("تجاري"),
            Word("نفط"),
            Stem("نفطي"),
            Word("غاز"),
            Stem("استثمار"),
            Stem("صادرات"),
            Stem("واردات"),
            Stem("تضخم"),
        ],
    ),
];

/// The bare verb «وقع» (signed) is a weak sign of an agreement: it also means «happened»
/// («الحادث الذي وقع في 26 مارس»). It counts only with «على» (signed on…) within the next
/// three words.
const SIGNED: &[&str] = &["وقع", "وقعا", "وقعوا", "وقعت", "يوقع", "يوقعان"];

fn signed_on(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        stripped_forms(w).any(|f| SIGNED.contains(&f))
            && words[i + 1..].iter().take(3).any(|n| stripped_forms(n).any(|f| f == "علي"))
    })
}

/// Words that strip to a stem but mean something else: «لقمة» (a morsel, «لقمة العيش») is
/// not ل + «قمة».
const NOT_CATEGORY_WORDS: &[&str] = &["لقمه", "ولقمه"];

/// The rules as lookup tables, built once: single words by their text, stems by their first
/// two letters, and the few patterns of several words apart. A sentence is then matched in one
/// pass over its words instead of once per pattern (this runs for every event extracted).
struct Index {
    words: FxHashMap<&'static str, usize>,
    stems: FxHashMap<&'static str, Vec<(&'static str, usize)>>,
    /// Each pattern of several words with its words, split once.
    several: Vec<(usize, &'static Pat, Vec<&'static str>)>,
}

/// The first two letters of a word (all of it if shorter).
fn head(w: &str) -> &str {
    w.char_indices().nth(2).map_or(w, |(i, _)| &w[..i])
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut ix = Index { words: FxHashMap::default(), stems: FxHashMap::default(), several: Vec::new() };
        for (r, (_, pats)) in RULES.iter().enumerate() {
            for pat in pats.iter() {
                match pat {
                    Word(w) => {
                        ix.words.entry(w).or_insert(r);
                    }
                    Stem(stem) if !stem.contains(' ') => {
                        ix.stems.entry(head(stem)).or_default().push((stem, r))
                    }
                    Phrase(seq) => ix.several.push((r, pat, seq.to_vec())),
                    Stem(stem) => ix.several.push((r, pat, stem.split(' ').collect())),
                }
            }
        }
        ix
    })
}

/// Whether a pattern of several words («وقف اطلاق نار», «مذكره تفاهم») is in the sentence.
fn several_match(forms: &[Vec<&str>], pat: &Pat) -> bool {
    let n = forms.len();
    match pat {
        Phrase(seq) => (0..n.saturating_sub(seq.len() - 1))
            .any(|i| seq.iter().enumerate().all(|(k, p)| forms[i + k].contains(p))),
        Stem(stem) => {
            let parts: Vec<&str> = stem.split(' ').collect();
            (0..n.saturating_sub(parts.len() - 1))
                .any(|i| parts.iter().enumerate().all(|(k, p)| forms[i + k].iter().any(|f| f.starts_with(p))))
        }
        Word(_) => false,
    }
}

/// A category id for a sentence, from the words in it (stems, matched at the start of a word
/// after clitics come off: «بالقمة» is a summit, «قمح» is not), or `None`.
///
/// When several categories match, the first in this order wins: truce, election, sanctions,
/// summit, agreement, visit, meeting, diplomacy, military, economy (more specific first; see
/// `RULES` for why), then agreement again for the bare verb «وقع».
pub fn suggest_category(sentence: &str) -> Option<&'static str> {
    suggest_category_of_normalised(&normalize_str(sentence))
}

/// [`suggest_category`] of a sentence already normalised (`normalize_str`).
pub fn suggest_category_of_normalised(normalised: &str) -> Option<&'static str> {
    let ix = index();
    // The first rule (in priority order) that any word matches: one pass, no allocation.
    let mut best = usize::MAX;
    for w in words(normalised) {
        if NOT_CATEGORY_WORDS.contains(&w) {
            continue;
        }
        for f in stripped_forms(w) {
            if let Some(&r) = ix.words.get(f) {
                best = best.min(r);
            }
            for &(stem, r) in ix.stems.get(head(f)).map_or(&[][..], |v| v.as_slice()) {
                if r < best && f.starts_with(stem) {
                    best = r;
                }
            }
        }
    }
    // Patterns of several words, only where all their words are in the text at all.
    let mut forms: Option<Vec<Vec<&str>>> = None;
    for (r, pat, parts) in &ix.several {
        let (r, pat) = (*r, *pat);
        if r < best && parts.iter().all(|p| normalised.contains(p)) {
            let forms =
                forms.get_or_insert_with(|| words(normalised).map(|w| stripped_forms(w).collect()).collect());
            if several_match(forms, pat) {
                best = r;
            }
        }
    }
    RULES
        .get(best)
        .map(|(id, _)| *id)
        .or_else(|| signed_on(&words(normalised).collect::<Vec<_>>()).then_some("agreement"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(s: &str) -> Option<&'static str> {
        suggest_category(s)
    }

    #[test]
    fn every_rule_names_a_category_and_stems_are_normalised() {
        for (id, pats) in RULES {
            assert!(CATEGORIES.iter().any(|(c, _)| c == id), "{id}");
            for p in *pats {
                let words: Vec<&str> = match p {
                    Stem(s) | Word(s) => vec![s],
                    Phrase(seq) => seq.to_vec(),
                };
                for w in words {
                    assert_eq!(normalize_str(w), *w, "{id}: {w}");
                }
            }
        }
    }

    #[test]
    fn labels() {
        assert_eq!(category_label("summit"), "قمة");
        assert_eq!(category_label("truce"), "هدنة");
        assert_eq!(category_label("meeting"), "اجتماع");
        assert_eq!(category_label("زلازل"), "زلازل");
        assert_eq!(category_label("my-own"), "my-own");
        let ids: Vec<&str> = CATEGORIES.iter().map(|(id, _)| *id).collect();
        for id in [
            "summit",
            "visit",
            "military",
            "sanctions",
            "agreement",
            "election",
            "truce",
            "diplomacy",
            "economy",
            "meeting",
        ] {
            assert!(ids.contains(&id), "{id}");
        }
    }

    #[test]
    fn one_category_each() {
        for (s, id) in [
            ("عقدت القمة في مينسك يوم 19 ديسمبر 2022", "summit"),
            ("ناقش الزعيمان ذلك في قمتهما الأخيرة", "summit"),
            ("شارك الرئيس بالقمة العربية في جدة", "summit"),
            ("زار بوتين الإمارات والسعودية في 6 ديسمبر 2023", "visit"),
            ("بدأت زيارة بوتين لقرغيزستان في أكتوبر", "visit"),
            ("اختتم الرئيس جولته الخليجية", "visit"),
            ("شنت الطائرات غارات على المدينة", "military"),
            ("أعلن الجيش الروسي السيطرة على البلدة", "military"),
            ("تعرضت المنطقة لقصف عنيف", "military"),
            ("فرضت الولايات المتحدة عقوبات جديدة على روسيا", "sanctions"),
            ("أعلن الاتحاد الأوروبي حظر استيراد الفحم", "sanctions"),
            ("تم توقيع اتفاقية الشراكة الاستراتيجية", "agreement"),
            ("وقعت الدولتان معاهدة للدفاع المشترك", "agreement"),
            ("أجريت الانتخابات الرئاسية في مارس 2024", "election"),
            ("فتحت مراكز الاقتراع أبوابها صباح الأحد", "election"),
            ("أعلن بوتين هدنة مؤقتة في 8 مايو 2025", "truce"),
            ("دخل وقف إطلاق النار حيز التنفيذ", "truce"),
            ("استدعت الخارجية السفير الروسي", "diplomacy"),
            ("استؤنفت المفاوضات في إسطنبول", "diplomacy"),
            ("ارتفعت أسعار النفط بعد القرار", "economy"),
            ("بلغ حجم التجارة بين البلدين 10 مليارات دولار", "economy"),
            ("عقد وزراء الخارجية اجتماعا في موسكو", "meeting"),
            ("التقى بوتين نظيره البيلاروسي لوكاشينكو", "meeting"),
            ("أجرى الوزيران محادثات في أنقرة", "meeting"),
        ] {
            assert_eq!(cat(s), Some(id), "{s}");
        }
    }

    #[test]
    fn specific_categories_win() {
        // Truce before military.
        assert_eq!(cat("أعلن الجيش وقف إطلاق النار على الجبهة"), Some("truce"));
        // Summit before meeting and visit.
        assert_eq!(cat("التقى الرئيسان على هامش القمة"), Some("summit"));
        assert_eq!(cat("زار بوتين مينسك لحضور القمة"), Some("summit"));
        // Agreement before meeting.
        assert_eq!(cat("أسفر الاجتماع عن اتفاق لتبادل الأسرى"), Some("agreement"));
        // Sanctions before economy.
        assert_eq!(cat("عقوبات على صادرات النفط الروسية"), Some("sanctions"));
        // Any specific sign before the weak «وقع».
        assert_eq!(cat("وقع هجوم على قاعدة عسكرية"), Some("military"));
        assert_eq!(cat("وقع الرئيسان على البيان"), Some("agreement"));
        // «وقع» as «happened» is no agreement.
        assert_eq!(cat("ويعيد الحادث إلى الأذهان تصادم قطاري طهطا الذي وقع في 26 مارس 2021"), None);
    }

    #[test]
    fn words_merely_containing_the_letters_do_not_match() {
        assert_eq!(cat("ارتفعت أسعار القمح"), None); // قمح is not قمة
        assert_eq!(cat("صرح المتحدث باسم وزارة الخارجية"), None); // وزارة is not زار
        assert_eq!(cat("يسعى المواطن إلى لقمة العيش"), None); // لقمة is not ل + قمة
        assert_eq!(cat("زارع القطن في الحقل"), None);
        assert_eq!(cat("أجرت الهيئة تجارب جديدة"), None); // تجارب is not تجارة
        assert_eq!(cat("الجولان"), None); // not جولة
        assert_eq!(cat("قال إن الوضع مستقر"), None);
        assert_eq!(cat(""), None);
    }
}
