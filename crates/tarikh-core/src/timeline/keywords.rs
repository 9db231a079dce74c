//! Key words of a sentence: what it is about, with the date, the grammar and the clitics taken
//! out, so that two articles telling the same event in different words can be compared.
//!
//! «عقدت القمة في مينسك بين الرئيسين بوتين ولوكاشينكو يوم 19 ديسمبر» and «التقى بوتين
//! لوكاشينكو في مينسك» share the keys of «مينسك», «بوتين» and «لوكاشينكو»; the date itself is
//! compared separately (see [`super::group`]), so date words are not keys.
//!
//! The keys are matching keys, not display words: clitics are stripped greedily (see
//! [`strip_step`]), which mangles some names («بوتين» → «تين») but always the same way, so
//! «بوتين», «وبوتين» and «لبوتين» meet on one key.

use crate::dates::normalize_str;
use rustc_hash::FxHashSet;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// Shortest key, in letters: shorter words are particles or stripped to nothing meaningful.
const MIN_LETTERS: usize = 3;

/// Letters glued to the front of a word as a conjunction (و، ف) or a preposition (ب، ل، ك).
const CLITIC_LETTERS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// Prepositions, pronouns, demonstratives, relatives and particles.
const FUNCTION_WORDS: &str = "في من إلى الى على عن مع بين حتى منذ خلال قبل بعد عند لدى لدي نحو حول ضد دون \
    عبر تحت فوق أمام خلف وراء أثناء اثناء عقب إبان طوال إزاء تجاه بشأن حيال وفق وفقا ضمن مقابل بسبب رغم \
    برغم إطار صعيد جانب لصالح إثر اثر لدن قرب قرابة \
    هو هي هم هما هن أنا انا نحن أنت أنتم انه أنه إنه أنها انها إنها أنهم انهم إنهم الذي التي الذين \
    اللذين اللذان اللتين اللتان اللواتي اللاتي هذا هذه ذلك تلك هؤلاء أولئك هناك هنا هنالك نفسه نفسها \
    ذاته ذاتها له لها لهم لهما به بها بهم منه منها منهم عنه عنها عنهم فيه فيها فيهم عليه عليها عليهم \
    إليه إليها إليهم معه معها معهم كل كلا كلتا بعض جميع غير سوى أي أية أيه \
    أن إن ان أو أم لا لم لن قد لقد ثم إذا اذا إذ حيث كما لكن لكنه لكنها بل أما إما إلا الا أيضا فقط \
    كذلك مثل أكثر أقل جدا حين حينما عندما بينما كيف لماذا ماذا متى أين هل ما مما عما فيما كلما ليس \
    ليست سوف إنما لأن لانه لأنه كي لكي ما زال مازال لايزال لازال إذن كان كانت كانوا يكون تكون يكن تكن \
    صار أصبح أصبحت ظل بات يمكن تم يتم تمت نفس قبيل أخرى أخر آخر آخرين آخرون عدة عدد ذات وقت الوقت \
    وذلك حيث إلخ الخ";

/// Verbs and nouns of reporting: every article says something «قال» or «أعلن»; they tell
/// nothing about which event it is.
const REPORTING_WORDS: &str = "قال قالت يقول تقول قوله قولها أعلن أعلنت يعلن تعلن إعلان أكد أكدت يؤكد \
    تؤكد تأكيد أضاف أضافت يضيف تضيف أشار أشارت يشير تشير أوضح أوضحت يوضح توضح ذكر ذكرت يذكر تذكر صرح \
    صرحت تصريح تصريحات أفاد أفادت يفيد تفيد نقل نقلت نقلا أبلغ أبلغت كشف كشفت يكشف تابع تابعت لفت لفتت \
    شدد شددت يشدد اعتبر اعتبرت يعتبر رأى يرى ترى حسب بحسب وفقاً بيان مصدر مصادر وكالة مسؤول مسؤولون \
    جاء جاءت يأتي تأتي أنباء";

/// Words of every news story about heads of state, and the adjectives of every story: they
/// would make any two stories look alike.
const GENERIC_WORDS: &str = "الرئيس الرئيسين الرئيسان نظيره نظيرته نظيريه نظير الجانبين الجانبان \
    الطرفين الطرفان البلدين البلدان الجانب الطرف جديد جديدة جدد كبير كبيرة كبيرا العديد خاصة خاصا \
    الأخير الأخيرة أخيرا مهم مهمة هام هامة أبرز أهم بشكل خلالها وسط";

/// Numbers and ordinals written as words.
const NUMBER_WORDS: &str = "واحد واحدة اثنان اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع \
    سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون \
    ستين سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئات مئتين مائتين ألف ألفا آلاف الاف مليون \
    ملايين مليار مليارات أول أولى الأول الأولى ثاني ثانية الثاني الثانية ثالث ثالثة رابع رابعة خامس \
    خامسة سادس سادسة سابع سابعة ثامن ثامنة تاسع تاسعة عاشر عاشرة حادي حادية نصف ربع ثلث بضع بضعة";

/// Month names of every region (Egypt/Gulf, Levant/Iraq, Maghreb), Hijri months, seasons and
/// weekdays.
/// `crate::dates`' lexicon has them too, but it is private to the date grammar.
const CALENDAR_WORDS: &str = "يناير جانفي جانفيه فبراير فيفري شباط مارس آذار اذار أبريل ابريل إبريل \
    أفريل افريل نيسان مايو ماي أيار يونيو يونية جوان حزيران يوليو يولية جويلية يوليوز تموز أغسطس اغسطس \
    أغسطوس أوت اوت غشت آب سبتمبر شتنبر أيلول أكتوبر اكتوبر أوكتوبر نوفمبر نونبر ديسمبر دجنبر كانون \
    تشرين محرم المحرم صفر ربيع جمادى جمادي رجب شعبان رمضان شوال القعدة الحجة الآخر الآخرة \
    صيف خريف شتاء فصل \
    الاثنين الإثنين اثنين الثلاثاء ثلاثاء الأربعاء أربعاء الخميس خميس الجمعة جمعة السبت سبت الأحد أحد";

/// Words of dates and times: «يوم»، «العام الماضي»، «مطلع»…
const DATE_WORDS: &str = "يوم يومي يومين يوما أيام اليوم عام العام أعوام عامي العامين سنة السنة سنوات \
    سنين سنتين شهر الشهر شهرين أشهر الأشهر شهور الشهور أسبوع الأسبوع أسبوعين أسابيع عقد قرن ساعة ساعات \
    دقيقة دقائق الماضي الماضية الماض الفارط الفارطة المنصرم المنصرمة الفائت الفائتة السابق السابقة المنقضي \
    الجاري الجارية الحالي الحالية المقبل المقبلة القادم القادمة التالي التالية أمس الأمس البارحة غدا الغد \
    الآن حاليا مؤخرا لاحقا سابقا صباح مساء ليلة ليل فجر ظهر عصر تاريخ بتاريخ الموافق ميلادي ميلادية \
    هجري هجرية للهجرة للميلاد مطلع بداية بدايات نهاية نهايات منتصف أواخر أوائل أواسط مستهل ختام";

/// Latin function words, for the odd English name or quote.
const LATIN_WORDS: &str = "the and for with from that this was were are has have had said its into but not \
    his her their they which who will would been after before about";

fn ignored() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        [
            FUNCTION_WORDS,
            REPORTING_WORDS,
            GENERIC_WORDS,
            NUMBER_WORDS,
            CALENDAR_WORDS,
            DATE_WORDS,
            LATIN_WORDS,
        ]
        .iter()
        .flat_map(|list| list.split_whitespace())
        .map(normalize_str)
        .collect()
    })
}

fn letters(w: &str) -> usize {
    w.chars().count()
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// One clitic off the front of a normalised word: «ال» or one of و، ف، ب، ل، ك, only when at
/// least three letters remain. `None` when nothing can come off.
///
/// Applied repeatedly, this strips وال، بال، لل، كال، فب… too. Stripping until nothing comes off
/// (rather than once, by the grammar) is what makes the key of a word independent of the clitics
/// in front of it: «الوزير» and «وزير» both end at «زير»; a grammatical strip would give «وزير»
/// for one and «زير» for the other.
pub(crate) fn strip_step(w: &str) -> Option<&str> {
    if let Some(rest) = w.strip_prefix("ال")
        && letters(rest) >= MIN_LETTERS
    {
        return Some(rest);
    }
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if CLITIC_LETTERS.contains(&c) && letters(chars.as_str()) >= MIN_LETTERS => {
            Some(chars.as_str())
        }
        _ => None,
    }
}

/// A normalised word and what it becomes as clitics come off, one at a time:
/// «بالقمه», «القمه», «قمه».
pub(crate) fn stripped_forms(w: &str) -> impl Iterator<Item = &str> {
    std::iter::successors(Some(w), |w| strip_step(w))
}

/// The words of a normalised text: runs of letters (digits and punctuation split words).
pub(crate) fn words(normalised: &str) -> impl Iterator<Item = &str> {
    normalised.split(|c: char| !is_letter(c)).filter(|w| !w.is_empty())
}

/// `char::is_alphabetic`, answered without its table for the letters of nearly all the text
/// (the table lookup was a quarter of a corpus run's time).
#[inline]
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphabetic(),
    }
}

/// The key of one word of a normalised text, or `None` if it carries no meaning of its own.
fn key_of(w: &str) -> Option<String> {
    let ignored = ignored();
    if !w.starts_with(is_arabic) {
        let w = w.to_lowercase();
        return (letters(&w) >= MIN_LETTERS && !ignored.contains(&w)).then_some(w);
    }
    let mut key = w;
    for form in stripped_forms(w) {
        // Any form may be the listed one: «وقال» → «قال», «للعام» → «العام», «بالأمس» → «الأمس».
        if ignored.contains(form) {
            return None;
        }
        // A clitic on a two-letter particle: «وفي», «ومن», «فقد», «وهو» (too short to strip).
        let mut chars = form.chars();
        if chars.next().is_some_and(|c| CLITIC_LETTERS.contains(&c)) && ignored.contains(chars.as_str()) {
            return None;
        }
        key = form;
    }
    (letters(key) >= MIN_LETTERS).then(|| strip_suffixes(key).to_string())
}

/// Endings that vary between two reports of one thing: attached pronouns («حكومتها»), the
/// feminine and nisba endings («الروسية», «الروسي»), plurals and duals («محادثات»), the
/// accusative alif («قطارا»). Taken off lightly (at most twice, never below three letters) so
/// «الحكومة» and «حكومتها», «سوريا» and «السورية», «قطار» and «قطارا» meet on one key.
fn strip_suffixes(w: &str) -> std::borrow::Cow<'_, str> {
    const PRONOUNS: [&str; 5] = ["هما", "ها", "هم", "كم", "نا"];
    const ENDINGS: [&str; 8] = ["يه", "ات", "ون", "ين", "ان", "ه", "ي", "ا"];
    let mut key: std::borrow::Cow<'_, str> = w.into();
    if let Some(rest) =
        PRONOUNS.iter().find_map(|p| key.strip_suffix(p)).filter(|r| letters(r) >= MIN_LETTERS)
    {
        // «حكومت|ها»: the ta of a feminine noun before a pronoun is a ta marbuta.
        key = match rest.strip_suffix('ت') {
            Some(stem) => format!("{stem}ه").into(),
            None => rest.to_string().into(),
        };
    }
    // The dual of a feminine noun: «القمت|ين», «قمت|ان» → «قمه».
    if let Some(stem) = ["تين", "تان"].iter().find_map(|d| key.strip_suffix(d)).filter(|r| letters(r) >= 2)
    {
        key = format!("{stem}ه").into();
    }
    for _ in 0..2 {
        let Some(rest) =
            ENDINGS.iter().find_map(|e| key.strip_suffix(e)).filter(|r| letters(r) >= MIN_LETTERS)
        else {
            break;
        };
        key = rest.to_string().into();
    }
    key
}

/// The stem a search compares a normalised word by: clitics and endings off as for key words,
/// but no word is ignored (a user may search for «قال»). «قمه», «قمتهم», «القمتين», «بالقمة»
/// all give «قمه».
pub(crate) fn search_stem(w: &str) -> String {
    let bare = stripped_forms(w).last().unwrap_or(w);
    strip_suffixes(bare).into_owned()
}

/// The words that identify what a sentence is about, for comparing mentions of the same event
/// across articles: normalised (`normalize_str`), clitics stripped, without stop words, reporting
/// verbs, numbers, month and weekday names, date words, digits and words of fewer than three
/// letters. Latin words are lowercased and kept. Sorted and deduplicated, for [`similarity`].
pub fn key_words(sentence: &str) -> Vec<String> {
    key_words_of_normalised(&normalize_str(sentence))
}

/// [`key_words`] of a sentence already normalised (`normalize_str`): a caller that also
/// suggests its category ([`super::category::suggest_category_of_normalised`]) normalises once.
pub fn key_words_of_normalised(normalised: &str) -> Vec<String> {
    let mut keys: Vec<String> = words(normalised).filter_map(key_of).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// How many words two sorted, deduplicated key lists share (a merge walk).
pub fn shared_count<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].as_ref().cmp(b[j].as_ref()) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The shortest list length [`similarity`] divides by: with fewer words, a single shared word
/// would count as full agreement.
pub const SIMILARITY_MIN_DENOMINATOR: usize = 3;

/// How alike two key-word lists are, in `0.0..=1.0`: the overlap coefficient, shared words over
/// the length of the shorter list, but dividing by at least [`SIMILARITY_MIN_DENOMINATOR`].
///
/// The shorter list is the measure because one article often tells in a short sentence what
/// another tells in a long one; the floor keeps a one-word sentence sharing its word from
/// scoring 1.0 (it scores 1/3). Both lists must be sorted and deduplicated (as [`key_words`]
/// returns them). Empty lists score 0.
pub fn similarity(a: &[String], b: &[String]) -> f32 {
    overlap(shared_count(a, b), a.len(), b.len())
}

/// [`similarity`] from its parts: `shared` words of lists of `a_len` and `b_len` words.
pub fn overlap(shared: usize, a_len: usize, b_len: usize) -> f32 {
    let shorter = a_len.min(b_len);
    if shorter == 0 {
        return 0.0;
    }
    shared as f32 / shorter.max(SIMILARITY_MIN_DENOMINATOR) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        key_words(s)
    }

    fn key(w: &str) -> String {
        let k = key_words(w);
        assert_eq!(k.len(), 1, "{w}: {k:?}");
        k[0].clone()
    }

    fn v(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn summit_sentence_keeps_names_and_place() {
        let k = keys("عقدت القمة في مينسك بين الرئيسين بوتين ولوكاشينكو يوم 19 ديسمبر 2022");
        for w in ["عقدت", "قمه", "مينسك"] {
            assert!(k.contains(&w.to_string()), "{w} in {k:?}");
        }
        assert!(k.contains(&key("بوتين")), "{k:?}");
        assert!(k.contains(&key("لوكاشينكو")), "{k:?}");
        // «في», «بين», «الرئيسين», «يوم», «19», «ديسمبر», «2022» are gone.
        assert_eq!(k.len(), 5, "{k:?}");
    }

    #[test]
    fn result_is_sorted_and_deduplicated() {
        let k = keys("القمة والقمة بالقمة قمة مينسك");
        assert_eq!(k, v(&["قمه", "مينسك"]));
        let mut sorted = k.clone();
        sorted.sort();
        assert_eq!(k, sorted);
    }

    #[test]
    fn clitics_do_not_change_the_key() {
        for (a, b) in [
            ("بوتين", "وبوتين"),
            ("بوتين", "لبوتين"),
            ("وزير", "الوزير"),
            ("الوزير", "للوزير"),
            ("القمة", "بالقمة"),
            ("القمة", "للقمة"),
            ("القمة", "والقمة"),
            ("القمة", "كالقمة"),
            ("موسكو", "وموسكو"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn stripping_leaves_at_least_three_letters() {
        assert_eq!(key("وفد"), "وفد");
        assert_eq!(key("الوفد"), "وفد");
        assert_eq!(key("بلد"), "بلد");
        assert_eq!(strip_step("كتب"), None);
        assert_eq!(strip_step("كتاب"), Some("تاب"));
    }

    #[test]
    fn drops_stop_words_reporting_verbs_and_numbers() {
        assert!(keys("قال وأضاف وأكد أعلن وقالت إنه في من على الذي التي هذا وذلك").is_empty());
        assert!(keys("وفي ومن فقد وهو ولم وقد ولا بما").is_empty());
        assert!(keys("ثلاثة أربعة الأول الثانية عشرين ألف").is_empty());
        assert_eq!(
            keys("وأعلن الكرملين أن بوتين سيزور الصين"),
            v(&[&key("الكرملين"), &key("بوتين"), "سيزور", "صين"])
        );
    }

    #[test]
    fn drops_months_of_every_region_weekdays_and_date_words() {
        for s in [
            "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
            "كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول",
            "جانفي فيفري أفريل ماي جوان جويلية أوت يوليوز غشت شتنبر نونبر دجنبر",
            "محرم صفر ربيع الأول جمادى الآخرة رجب شعبان رمضان شوال ذو القعدة ذي الحجة",
            "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
            "يوم العام الماضي الشهر المقبل سنة عام الأسبوع الجاري أمس مطلع نهاية منتصف",
            "وفي ديسمبر، بيناير، للعام، بالأمس ١٩ 2022",
        ] {
            assert!(keys(s).is_empty(), "{s}: {:?}", keys(s));
        }
    }

    #[test]
    fn letters_are_the_alphabetic_chars() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FB50}', '\u{FEFC}', '\u{1F600}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn drops_digits_and_short_words() {
        assert_eq!(keys("قمة G7 في ٢٠٢٢ و 19/12 يد"), v(&["قمه"]));
    }

    #[test]
    fn latin_words_are_lowercased_and_kept() {
        assert_eq!(keys("قمة NATO في Vilnius and the G7"), v(&["nato", "vilnius", "قمه"]));
    }

    #[test]
    fn normalisation_folds_spellings() {
        assert_eq!(keys("إيران"), keys("ايران"));
        assert_eq!(keys("الاتفاقيّة"), keys("الاتفاقية"));
        assert_eq!(keys("مؤتمر"), keys("موتمر"));
    }

    #[test]
    fn shared_count_walks_both_lists() {
        let a = v(&["ا", "ب", "ج", "د"]);
        let b = v(&["ب", "د", "ه"]);
        assert_eq!(shared_count(&a, &b), 2);
        assert_eq!(shared_count(&b, &a), 2);
        assert_eq!(shared_count::<String, String>(&a, &[]), 0);
    }

    #[test]
    fn similarity_is_overlap_over_the_shorter_with_a_floor() {
        let a = v(&["مينسك", "تين", "اشينكو", "قمه"]);
        let b = v(&["مينسك", "تين", "اشينكو", "نظيره", "بيلاروسي", "تقي"]);
        assert_eq!(similarity(&a, &b), 3.0 / 4.0);
        assert_eq!(similarity(&b, &a), similarity(&a, &b));
        assert_eq!(similarity(&a, &a), 1.0);
        // One shared word out of one is not full agreement.
        assert_eq!(similarity(&v(&["مينسك"]), &a), 1.0 / 3.0);
        assert_eq!(similarity(&v(&["مينسك", "تين"]), &a), 2.0 / 3.0);
        assert_eq!(similarity(&[], &a), 0.0);
        assert_eq!(similarity(&v(&["زلزال", "تركيا"]), &a), 0.0);
    }
}
