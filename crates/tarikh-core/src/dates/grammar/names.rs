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
impl super::Grammar<'_> {
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
