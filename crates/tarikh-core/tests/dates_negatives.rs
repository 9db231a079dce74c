//! Independent test corpus for the Arabic date grammar (`tarikh_core::dates`): things that are NOT
//! dates. Amounts, counts, durations, percentages, ages, scores, times, phone numbers, versions,
//! ranges of quantities, legal references, and words that merely look like month names or
//! relative words («مارس» the verb, «الآب» the Father, «نيسان» the car maker, «بغداد» ⊃ «غدا»…).
//!
//! Each row is `(sentence, needle)`: `find(sentence, anchor)` must give no mention whose span
//! overlaps the first occurrence of `needle`, both with the anchor 2024-12-23 and without anchor.
//! Written from knowledge of Arabic news usage, not fitted to the engine nor taken from the seeds.

mod common;

use common::mentions::{panic_msg, span_problems};

use chrono::NaiveDate;
use std::panic::{AssertUnwindSafe, catch_unwind};
use tarikh_core::dates::{DateMention, find, parse_phrase};

fn anchor() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 12, 23)
}

fn overlaps(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn show(ms: &[DateMention]) -> String {
    if ms.is_empty() {
        return "    (no mention)".to_string();
    }
    ms.iter()
        .map(|m| {
            let r = match &m.range {
                Some(r) => format!("{}..={} {:?}", r.start, r.end, r.granularity),
                None => "None".to_string(),
            };
            format!(
                "    - «{}» bytes {:?} → {} flags {:?}\n      {:?}",
                m.text,
                m.span,
                r,
                m.flags.names(),
                m
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs every `(sentence, needle)` with and without anchor; reports all failures at once.
fn run_negatives(group: &str, rows: &[(&str, &str)]) {
    let mut failures = vec![];
    for &(sentence, needle) in rows {
        let Some(p) = sentence.find(needle) else {
            failures.push(format!("[{group}] TEST BUG: «{needle}» not in «{sentence}»"));
            continue;
        };
        let target = p..p + needle.len();
        for a in [anchor(), None] {
            match catch_unwind(AssertUnwindSafe(|| find(sentence, a))) {
                Err(e) => failures.push(format!(
                    "[{group}] «{sentence}» (anchor {a:?}): find() panicked: {}",
                    panic_msg(&e)
                )),
                Ok(ms) => {
                    let mut probs = span_problems(sentence, &ms);
                    for m in &ms {
                        if overlaps(&m.span, &target) {
                            probs.push(format!(
                                "«{}» is not a date, but mention «{}» overlaps it",
                                needle, m.text
                            ));
                        }
                    }
                    if !probs.is_empty() {
                        failures.push(format!(
                            "[{group}] «{sentence}»\n  anchor: {a:?}\n  not a date: «{needle}»\n  problems:\n    ! {}\n  found:\n{}",
                            probs.join("\n    ! "),
                            show(&ms)
                        ));
                    }
                }
            }
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} failures ({} sentences × 2 anchors):\n\n{}\n",
            failures.len(),
            rows.len(),
            failures.join("\n\n")
        );
    }
}

/// Durations, counts, amounts, ages: a number followed by a unit or a counted noun.
const QUANTITIES: &[(&str, &str)] = &[
    // «منذ» with months or years: how long, not when.
    ("سجلت الأسهم المستوى الأعلى منذ 4 سنوات.", "منذ 4 سنوات"),
    ("يدرّس العلوم السياسية منذ 10 سنوات.", "منذ 10 سنوات"),
    // Lebanon's political blocs are named after dates.
    ("رفضت قوى 14 آذار المقترح، فيما أيده تحالف 8 آذار.", "14 آذار"),
    ("رفضت قوى 14 آذار المقترح، فيما أيده تحالف 8 آذار.", "8 آذار"),
    // A street with a glued preposition.
    ("يربط الخط حي الرياض بشارع 16 نونبر.", "16 نونبر"),
    ("طالب نواب من فريق «8 آذار» بالإسراع في إقرار الخطة.", "8 آذار"),
    ("نص الفصل الأول من القانون على إنشاء هيئة جديدة.", "الفصل الأول"),
    // The next days, with no count: too vague to place.
    ("يُتوقع تحسن الطقس خلال الأيام المقبلة.", "الأيام المقبلة"),
    // School and fiscal years are not calendar years.
    ("تبدأ امتحانات الفصل الأول من العام الدراسي قريبا.", "الفصل الأول"),
    ("تراجعت الأرباح في الربع الرابع من العام المالي.", "الربع الرابع"),
    // A span before another event, not before the article's date.
    ("يجب أخذ اللقاح قبل 10 أيام على الأقل من موعد السفر.", "قبل 10 أيام"),
    ("تُغلق الحملات الانتخابية قبل يومين من الاقتراع.", "قبل يومين"),
    ("استمرت الزيارة 3 أيام التقى خلالها الوفد عددا من المسؤولين.", "3 أيام"),
    ("قضى الصحفي ثلاث سنوات في السجن قبل الإفراج عنه.", "ثلاث سنوات"),
    ("أُغلق المعبر لمدة 5 أشهر بسبب المعارك.", "5 أشهر"),
    ("بلغت الاستثمارات الأجنبية المباشرة 106 مليارات دولار.", "106 مليارات"),
    ("تلقت السفارة 16 ألف طلب تأشيرة.", "16 ألف طلب"),
    ("شارك 2000 شخص في المسيرة السلمية.", "2000 شخص"),
    ("نشرت الدولة 1500 جندي على الحدود الشمالية.", "1500 جندي"),
    ("أسفرت المعارك عن سقوط نحو 2022 قتيلا.", "2022 قتيلا"),
    ("كان عمره 45 عاما عندما انتُخب رئيسا للبلاد.", "45 عاما"),
    ("بلغ سعر الهاتف الجديد 1999 دولارا.", "1999 دولارا"),
    ("حُكم على المتهم بالسجن 15 سنة مع النفاذ.", "15 سنة"),
    // «2000 عام» is a duration; «عام 2000» would be a year.
    ("يعود تاريخ الموقع الأثري إلى أكثر من 2000 عام.", "2000 عام"),
    ("يبلغ ارتفاع القمة 1948 مترا فوق سطح البحر.", "1948 مترا"),
    ("تعهدت الحكومة بإنجاز الإصلاحات خلال المئة يوم الأولى من ولايتها.", "المئة يوم الأولى"),
];

/// Percentages.
const PERCENTAGES: &[(&str, &str)] = &[
    ("ارتفع معدل البطالة إلى 10% وفق الأرقام الرسمية.", "10%"),
    ("تراجعت نسبة المشاركة إلى ١٠٪ في بعض الدوائر.", "١٠٪"),
    ("صوّت 90 في المئة من الناخبين لصالح التعديلات الدستورية.", "90 في المئة"),
    // Absurd, but a percentage all the same.
    ("ارتفعت الأسعار بنسبة 2023 بالمئة في عقد واحد.", "2023 بالمئة"),
];

/// Clock times, scores, phone numbers, versions, decimals, ranges of quantities.
const OTHER_NUMBERS: &[(&str, &str)] = &[
    ("تبدأ الجلسة في الساعة 10:30 صباحا.", "10:30"),
    ("بدأ الاجتماع في الساعة العاشرة صباحا.", "العاشرة"),
    ("فاز الأهلي على الزمالك 3-1 في نهائي الكأس.", "3-1"),
    ("للاستفسار يرجى الاتصال على رقم الهاتف 0123456789.", "0123456789"),
    ("أطلقت الشركة الإصدار 2.5.1 من تطبيقها.", "2.5.1"),
    ("ارتفع المؤشر العام 5.12 نقطة في ختام التداولات.", "5.12"),
    ("شارك بين 2000 و3000 شخص في الاحتجاجات.", "2000 و3000"),
    ("تراوحت درجات الحرارة بين 10 و15 درجة مئوية.", "10 و15"),
    ("تتراوح العقوبة بين 5-8 سنوات سجنا.", "5-8"),
    // A fraction, not day/month.
    ("وافق البرلمان على التعديل بأغلبية 2/3 الأعضاء.", "2/3"),
    ("ارتفع سعر البرميل إلى 12.5 دولار.", "12.5"),
    ("للحجز يرجى الاتصال على 02-2345-6789.", "02-2345-6789"),
    ("وقع الانفجار عند الحادية عشرة ليلا.", "الحادية عشرة"),
    ("سجل المهاجم هدف الفوز في الدقيقة 90.", "90"),
    ("تُستأنف مباريات الجولة 12 من الدوري غدا.", "12 من الدوري"),
    // A year-like number after a preposition, but followed by a counted noun.
    ("فاز المرشح بأكثر من 1990 صوتا.", "1990 صوتا"),
    ("انتشرت قوات الأمن في 2050 نقطة تفتيش.", "2050 نقطة"),
];

/// Legal and UN references.
const REFERENCES: &[(&str, &str)] = &[
    ("تنص الفقرة 12 من المادة 3 على حماية الحريات العامة.", "الفقرة 12 من المادة 3"),
    ("دعا مجلس الأمن إلى تطبيق القرار 2254 بشأن سوريا.", "2254"),
    ("تكفل المادة 19 من الدستور حرية التعبير.", "المادة 19 من الدستور"),
];

/// Words that look like month names, or contain relative words, but are not dates.
const LOOKALIKE_WORDS: &[(&str, &str)] = &[
    // Seasons without a year, and the Arab Spring, are not dates.
    ("انطلقت شرارة الربيع العربي من تونس.", "الربيع العربي"),
    ("تزدحم الشواطئ في فصل الصيف عادة.", "الصيف"),
    ("يشتد البرد في الشتاء على سكان المخيمات.", "الشتاء"),
    ("أطلقت الدار تشكيلة خريف وشتاء جديدة.", "خريف وشتاء"),
    ("مارس الرئيس ضغوطا كبيرة على البرلمان لتمرير القانون.", "مارس"),
    ("يمارس الاتحاد الأوروبي ضغوطا على الحكومة.", "يمارس"),
    ("تعرضت الممارسات الحكومية لانتقادات واسعة.", "الممارسات"),
    ("ترأس البطريرك قداسا باسم الآب والابن والروح القدس.", "الآب"),
    ("أعلنت شركة نيسان اليابانية خفض إنتاجها في أوروبا.", "نيسان"),
    ("قال حميد شباط إن حزبه سيقاطع الانتخابات.", "شباط"),
    ("وصل الوفد الأممي إلى بغداد لإجراء مشاورات.", "بغداد"),
    ("أقيمت الأمسية الشعرية في دار الأوبرا.", "الأمسية"),
    ("نشرت الصحف اليومية صور المحتجين.", "اليومية"),
    ("انتقد الأمين العام للأمم المتحدة الهجوم.", "العام"),
    ("قال الأمين العام السابق للحزب إن الانتخابات مزورة.", "العام السابق"),
    ("يشكل أهل السنة غالبية السكان في المحافظة.", "السنة"),
    ("أكد النائب العام فتح تحقيق في الحادث.", "العام"),
    // «الأمين العام المقبل» is the next Secretary-General, not next year.
    ("من سيكون الأمين العام المقبل للأمم المتحدة؟", "العام المقبل"),
    // «غدا» the verb (became); «قد» forces the verb reading.
    ("وقد غدا الوضع الإنساني أكثر تعقيدا بعد الحصار.", "غدا"),
    // «مصدر مطلع»: an informed source.
    ("قال مصدر مطلع إن المفاوضات متعثرة.", "مطلع"),
    ("انتهى حظر التجول عند منتصف الليل.", "منتصف الليل"),
    ("وفي نهاية المطاف وافق الطرفان على الهدنة.", "نهاية المطاف"),
    ("تقدم الفريق في النصف الأول من المباراة.", "النصف الأول من المباراة"),
    ("تأهل المنتخب إلى الدور ربع النهائي.", "ربع النهائي"),
    ("نزح آلاف السكان في الأشهر الأولى من الحرب.", "الأشهر الأولى من الحرب"),
    ("قال أحد المسؤولين إن الحكومة ستستقيل.", "أحد"),
    // Levant: «تشرين» the newspaper / university, «الكانون» the brazier.
    ("نشرت صحيفة تشرين السورية تقريرا مطولا.", "تشرين"),
    ("أشعلت العائلات الكانون للتدفئة.", "الكانون"),
    // Hijri month names that are people's names or ordinary words.
    ("قال الرئيس رجب طيب أردوغان إن بلاده لن تتراجع.", "رجب"),
    ("صرح الفنان محمد رمضان بأنه سيعود إلى السينما.", "رمضان"),
    ("قال المتحدث أحمد شعبان إن التحقيق مستمر.", "شعبان"),
    ("سجلت محطات الرصد صفر درجة مئوية في المرتفعات.", "صفر"),
    ("أكد المفتي أن هذا الفعل محرم شرعا.", "محرم"),
];

#[test]
fn quantities_durations_ages_are_not_dates() {
    run_negatives("quantities", QUANTITIES);
}

#[test]
fn percentages_are_not_dates() {
    run_negatives("percentages", PERCENTAGES);
}

#[test]
fn times_scores_phones_versions_ranges_are_not_dates() {
    run_negatives("other numbers", OTHER_NUMBERS);
}

#[test]
fn legal_references_are_not_dates() {
    run_negatives("references", REFERENCES);
}

#[test]
fn lookalike_words_are_not_dates() {
    run_negatives("lookalike words", LOOKALIKE_WORDS);
}

/// A real date next to a quantity: the date is found, the quantity is not swallowed.
#[test]
fn date_next_to_a_quantity() {
    let rows: &[(&str, &str, &str)] = &[
        ("في 5 مارس 2023 أعلنت الشركة أرباحا بلغت 106 مليارات دولار.", "5 مارس 2023", "106 مليارات"),
        ("شارك 2000 شخص في المسيرة التي نُظمت عام 2019.", "2019", "2000 شخص"),
        ("ارتفعت البطالة إلى 10% في يونيو 2020.", "يونيو 2020", "10%"),
        ("فاز المنتخب 3-1 في مباراة 12 نوفمبر 2022.", "12 نوفمبر 2022", "3-1"),
        ("استمرت الحرب 8 سنوات منذ عام 1980.", "1980", "8 سنوات"),
    ];
    let mut failures = vec![];
    for &(sentence, date, number) in rows {
        let dp = sentence.find(date).expect("TEST BUG: date not in sentence");
        let np = sentence.find(number).expect("TEST BUG: number not in sentence");
        let (dspan, nspan) = (dp..dp + date.len(), np..np + number.len());
        match catch_unwind(AssertUnwindSafe(|| find(sentence, anchor()))) {
            Err(e) => failures.push(format!("«{sentence}»: find() panicked: {}", panic_msg(&e))),
            Ok(ms) => {
                let mut probs = span_problems(sentence, &ms);
                let covering =
                    ms.iter().filter(|m| m.span.start <= dspan.start && m.span.end >= dspan.end).count();
                if covering != 1 {
                    probs.push(format!("expected one mention covering «{date}», found {covering}"));
                }
                if ms.iter().any(|m| overlaps(&m.span, &nspan)) {
                    probs.push(format!("«{number}» is not a date but is overlapped"));
                }
                if !probs.is_empty() {
                    failures.push(format!(
                        "«{sentence}»\n  problems:\n    ! {}\n  found:\n{}",
                        probs.join("\n    ! "),
                        show(&ms)
                    ));
                }
            }
        }
    }
    if !failures.is_empty() {
        panic!("{} failures:\n\n{}\n", failures.len(), failures.join("\n\n"));
    }
}

/// `parse_phrase` returns `None` for a phrase that holds no date.
#[test]
fn parse_phrase_rejects_non_dates() {
    let phrases = ["ثلاث سنوات", "لمدة 5 أشهر", "10%", "الساعة 10:30", "الأمين العام", "فاز 3-1"];
    let mut failures = vec![];
    for p in phrases {
        match catch_unwind(AssertUnwindSafe(|| parse_phrase(p, anchor()))) {
            Err(e) => failures.push(format!("«{p}»: parse_phrase panicked: {}", panic_msg(&e))),
            Ok(Some(m)) => {
                failures.push(format!("«{p}»: expected None, got\n{}", show(std::slice::from_ref(&m))))
            }
            Ok(None) => {}
        }
    }
    if !failures.is_empty() {
        panic!("{} failures:\n\n{}\n", failures.len(), failures.join("\n\n"));
    }
}
