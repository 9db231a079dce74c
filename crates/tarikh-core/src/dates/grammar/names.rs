//! Not dates: words after which a date is a name («شارع 26 يوليو», «قوى 14 آذار») and nouns
//! after which «العام» means "general" («الأمين العام»).

/// Whether a word (normalised, maybe with a glued و/ب/ل/ف) is one of [`ADDRESS_WORDS`].
pub(super) fn names_after_a_date(w: &str) -> bool {
    ADDRESS_WORDS.contains(&w)
        || w.strip_prefix(['و', 'ب', 'ل', 'ف']).is_some_and(|rest| ADDRESS_WORDS.contains(&rest))
}

/// Places and groups named after dates: «شارع 26 يوليو», «ميدان 6 أكتوبر», Lebanon's «قوى 14
/// آذار» and «تحالف 8 آذار» (normalised).
pub(super) const ADDRESS_WORDS: &[&str] = &[
    "قوي",
    "تحالف",
    "فريق",
    "شارع",
    "ميدان",
    "جسر",
    "كوبري",
    "نفق",
    "محور",
    "طريق",
    "حي",
    "ساحه",
    "دوار",
    "مدينه",
    "محافظه",
    "محطه",
    "مستشفي",
    "مدرسه",
    "جامعه",
    "نادي",
    "قاعه",
    "مطار",
    "كليه",
];

/// Nouns that «العام» follows as the adjective "general/public" (normalised).
/// Nouns that «اليوم»/«الأمس» qualify as "of today/of yesterday" (normalised): «شباب اليوم».
const OF_A_TIME: &[&str] = &[
    "شباب",
    "عالم",
    "جيل",
    "اجيال",
    "انسان",
    "اطفال",
    "نساء",
    "رجال",
    "مجتمع",
    "ابناء",
    "قضايا",
    "تحديات",
    "مشكلات",
    "مشاكل",
    "اسلحه",
    "حروب",
    "اعلام",
    "صحافه",
    "ثقافه",
    "اقتصاد",
    "سياسه",
    "عرب",
    "مسلمي",
    "لغه",
];

/// Nouns that introduce an outlet's name (normalised): «صحيفة المصري اليوم».
const OUTLET_NOUNS: &[&str] =
    &["صحيفه", "جريده", "يوميه", "موقع", "قناه", "شبكه", "مجله", "تلفزيون", "وكاله", "اذاعه"];

/// Outlets named with «اليوم» (normalised): «روسيا اليوم», «أخبار اليوم».
const TODAY_OUTLETS: &[&str] = &["روسيا", "اخبار", "المصري"];

impl super::Grammar<'_> {
    /// «اليوم»/«الأمس»/«الغد» at `i` qualifies the noun before it («شباب اليوم»), or ends an
    /// outlet's name («المصري اليوم» quoted or after «صحيفة», «روسيا اليوم», «جريدة الغد»).
    pub(super) fn names_a_time_or_outlet(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.word(p)) else { return false };
        let bare = prev.strip_prefix(['و', 'ل', 'ب']).filter(|r| r.chars().count() > 2).unwrap_or(prev);
        let quoted = i >= 2 && self.punct_in(i - 2, "«\"'") && self.punct_in(i + 1, "»\"'");
        let after_outlet_noun = |k: usize| {
            self.word(k).is_some_and(|w| {
                let w = w.strip_prefix(['و', 'ل', 'ب']).unwrap_or(w);
                OUTLET_NOUNS.contains(&w)
            })
        };
        OF_A_TIME.contains(&bare)
            || prev == "روسيا"
            || TODAY_OUTLETS.contains(&bare) && (quoted || i >= 2 && after_outlet_noun(i - 2))
            || after_outlet_noun(i - 1)
    }
    /// «العام» at `i` follows a noun it qualifies as "general/public": «الأمين العام السابق».
    pub(super) fn after_public_noun(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1).is_some_and(|w| PUBLIC_NOUNS.contains(&w))
    }
}

pub(super) const PUBLIC_NOUNS: &[&str] = &[
    "الامين",
    "المدعي",
    "النايب",
    "المدير",
    "الراي",
    "القطاع",
    "الشان",
    "المال",
    "الاضراب",
    "المؤتمر",
    "الموتمر",
    "الوضع",
    "الاتجاه",
    "الصالح",
    "النظام",
    "الامن",
    "المفوض",
    "المراقب",
    "المنسق",
    "المرشد",
    "القايد",
    "الاتحاد",
    "التعليم",
    "الانطباع",
    "الطابع",
    "الاطار",
    "الموقف",
    "الشعور",
    "الخطاب",
    "الوعي",
    "المزاج",
    "المشهد",
    "الجو",
    "الانفاق",
    "العفو",
    "التيار",
    "الاستفتاء",
    "الدين",
    "الذوق",
    "النفع",
    "المجال",
    "الحق",
    "العمل",
];
