//! What was said, when a date dates a statement: «وقال وزير الخارجية أيمن الصفدي يوم الأحد إن
//! بلاده ترفض أي تهجير» is named as news names it, the speaker and what they said —
//! «الصفدي: بلاده ترفض أي تهجير» — not «قال وزير الخارجية أيمن الصفدي», which says only that
//! someone spoke.

use super::clauses::Clauses;
use super::compose::{Piece, pieces_len, without_conjunction};
use super::lexicon::{event_noun, fold, is_reporting_verb};
use super::phrase_end::{cut_to, trim_end};
use super::support::{is_office_title, short_name};
use super::tidy;
use super::tokens::{Kind, Token};

/// Tokens between the reporting verb and the date, at most: the speaker and where it was said
/// («وزير الاتصالات الإيراني رضا تقي بور»، «الوزارة في بيان لها»).
const VERB_REACH: usize = 12;
/// Tokens between the date and «أن», at most: «… يوم الأحد، في مؤتمر صحفي، إن …».
const THAT_REACH: usize = 7;
/// Words of a speaker, at most.
const MAX_SPEAKER_WORDS: usize = 8;
/// Characters of a speaker kept when no shorter name is known.
const SPEAKER_CHARS: usize = 26;
/// Words of what was said, at least, for the statement to name the event.
const MIN_SAID_WORDS: usize = 2;
/// Words of what was said that make a shorter name for the speaker not worth looking for.
const ENOUGH_SAID_WORDS: usize = 3;

/// «SPEAKER: WHAT WAS SAID» when the date stands between a reporting verb with its subject
/// and the «أن» (or «:») of what was said, or right before the verb («وفي 5 مارس قال …»);
/// what was said alone when no subject is written after the verb (named before); none when
/// the date names an event of its own, or too little of what was said fits.
pub(super) fn statement_headline(c: &Clauses, limit: usize) -> Option<String> {
    let t = &c.tokens;
    let date_end = (c.date_at..t.len()).take_while(|&j| t[j].in_date).last()?;
    let (verb, speaker_end) = verb_before(c).or_else(|| verb_after(c, date_end))?;
    // «… بمناسبة ذكرى ثورة 23 يوليو إن …»، «في حديثه عن حرب أكتوبر أن …»: a date naming an
    // event is that event's, not the statement's.
    let names_event = (0..c.date_at)
        .rev()
        .filter(|&j| c.tokens[j].kind != Kind::Junk)
        .take(2)
        .any(|j| c.tokens[j].kind == Kind::Word && event_noun(&c.tokens[j].fold).is_some());
    if names_event && verb < c.date_at {
        return None;
    }
    let speaker = speaker(t, verb + 1, speaker_end)?;
    // What was said follows the date, or the speaker when the verb follows the date.
    let from = if verb > date_end { speaker_end } else { date_end + 1 };
    let mut said = said_from(t, from)?;
    super::fillers::drop_fillers(&mut said);
    // «وأكدت في بيان أصدرته في 3 يناير أن المفاوضات ستستأنف»: the speaker was named before;
    // what was said names the statement alone.
    if speaker.is_empty() {
        // «إنه تم اكتشاف فيروس» → «اكتشاف فيروس»; «البطالة ارتفعت» → «ارتفاع البطالة».
        tidy::nominalise(&mut said);
        if pieces_len(&said) > limit {
            cut_to(&mut said, limit);
        }
        trim_end(&mut said);
        let words = said.iter().filter(|p| matches!(p, Piece::Word(_))).count();
        return (words >= ENOUGH_SAID_WORDS).then(|| super::render(&said));
    }
    // The speaker as an office, by name, or as written: the first that leaves room for
    // enough of what was said, else the one that leaves the most.
    let mut best: Option<(usize, String)> = None;
    for who in speaker_names(&speaker) {
        let Some(budget) = limit.checked_sub(who.chars().count() + 2) else { continue };
        let mut kept = said.clone();
        if pieces_len(&kept) > budget {
            cut_to(&mut kept, budget);
        }
        trim_end(&mut kept);
        let words = kept.iter().filter(|p| matches!(p, Piece::Word(_))).count();
        let line = format!("{who}: {}", super::render(&kept));
        if words >= ENOUGH_SAID_WORDS {
            return Some(line);
        }
        if words >= MIN_SAID_WORDS && best.as_ref().is_none_or(|(n, _)| words > *n) {
            best = Some((words, line));
        }
    }
    best.map(|(_, line)| line)
}

/// The reporting verb before the date, with where its subject may end (the date's start).
fn verb_before(c: &Clauses) -> Option<(usize, usize)> {
    let t = &c.tokens;
    let mut seen = 0;
    for j in (0..c.date_at).rev() {
        match t[j].kind {
            Kind::Junk => continue,
            Kind::Break if t[j].text.starts_with(['،', ',']) => {}
            // «قال إن الرئيس سيزور موسكو في 5 مارس»: the date is in what was said.
            Kind::Word if is_that(t, j).is_some() => return None,
            Kind::Word => {
                if is_reporting_verb(&t[j].fold) || (is_statement_noun(&t[j].fold) && names_speaker(t, j + 1))
                {
                    return Some((j, c.date_at));
                }
            }
            _ => return None,
        }
        seen += 1;
        if seen == VERB_REACH {
            return None;
        }
    }
    None
}

/// «تعليق المتحدثة … في 19 ديسمبر على الزيارة بأن …»: a noun of saying stands for its verb
/// (folded, with or without «و» or «في»).
fn is_statement_noun(f: &str) -> bool {
    let f = f.strip_prefix('و').unwrap_or(f);
    let f = f.strip_prefix('ف').filter(|r| r.starts_with('ت')).unwrap_or(f);
    matches!(f, "تعليق" | "تصريح" | "تصريحات" | "تاكيد" | "قول")
}

/// «تعليق المتحدثة»: a noun of saying followed by who said it (a definite noun or an office);
/// «في تصريح صحفي» is followed by an adjective: where it was said, its verb further back.
fn names_speaker(t: &[Token], j: usize) -> bool {
    t.get(j).is_some_and(|w| w.kind == Kind::Word && (w.fold.starts_with("ال") || is_office_title(&w.fold)))
}

/// «وفي 5 مارس 2023، قال الوزير إن …»: the verb right after the date.
fn verb_after(c: &Clauses, date_end: usize) -> Option<(usize, usize)> {
    let t = &c.tokens;
    let verb = (date_end + 1..t.len())
        .filter(|&j| t[j].kind != Kind::Junk)
        .take(2)
        .find(|&j| t[j].kind == Kind::Word && is_reporting_verb(&t[j].fold))?;
    // Only commas between the date and the verb.
    let between_commas = (date_end + 1..verb)
        .all(|j| t[j].kind == Kind::Junk || (t[j].kind == Kind::Break && t[j].text.starts_with(['،', ','])));
    let end = (verb + 1..t.len()).take(VERB_REACH).find(|&j| is_that(t, j).is_some())?;
    between_commas.then_some((verb, end))
}

/// The speaker: the words right after the verb, up to where it was said («في بيان»،
/// «لصحيفة …») or a comma; empty when none is written there (named before, or a pronoun).
/// None when a relative clause stands between the speaker and the date, which may be its.
fn speaker(t: &[Token], from: usize, to: usize) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let to = to.min(t.len());
    let mut speaker_end = from;
    let mut quoted = false;
    for tok in &t[from..to] {
        if tok.kind == Kind::Junk {
            speaker_end += 1;
            continue;
        }
        // «نبهت "المجموعة الدولية للأزمات" في تقرير»: a quoted name is the speaker whole.
        if tok.kind == Kind::Quote {
            quoted = !quoted;
            speaker_end += 1;
            continue;
        }
        if quoted && tok.kind == Kind::Word {
            words.push(tok.text.to_string());
            speaker_end += 1;
            continue;
        }
        let f = &tok.fold;
        // «المتحدث باسم الحكومة»: «باسم» is part of who spoke.
        let of_speaker = f == "باسم"
            || (tok.kind == Kind::Word
                && !tok.in_date
                && !tok.info.is_function_word()
                && !tok.info.is_clause_opener()
                && !is_addressee(f)
                && !tok.other_date
                && !is_day_word(f));
        if !of_speaker {
            break;
        }
        words.push(tok.text.to_string());
        speaker_end += 1;
        if words.len() > MAX_SPEAKER_WORDS {
            return None;
        }
    }
    // «وأضاف البيان الذي تناول أوضاع اللاجئين في 3 مارس أن …»: the date may be the
    // relative clause's, not the statement's.
    if t[speaker_end..to].iter().any(|tok| super::compose::is_relative(tok.text)) {
        return None;
    }
    if let Some(first) = words.first_mut() {
        *first = without_conjunction(first);
    }
    Some(words)
}

/// «يوم»، «أمس»، «الأحد»…: when it was said, not who said it (folded).
fn is_day_word(f: &str) -> bool {
    matches!(
        f,
        "يوم"
            | "اليوم"
            | "امس"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "مساء"
            | "صباح"
    )
}

/// «لصحيفة …»، «للصحفيين»، «بالعاصمة»: who was spoken to or where, after the speaker
/// (folded). Names that start with these letters («بوتين»، «لافروف») are not.
fn is_addressee(f: &str) -> bool {
    ["لل", "بال", "كال", "فال"].iter().any(|p| f.starts_with(p))
        || f.strip_prefix('ل').is_some_and(|rest| {
            matches!(
                rest,
                "صحيفه"
                    | "وكاله"
                    | "قناه"
                    | "موقع"
                    | "تلفزيون"
                    | "اذاعه"
                    | "مجله"
                    | "شبكه"
                    | "راديو"
                    | "صحفيين"
            )
        })
}

/// The names a headline may call the speaker by, best first: the office with its country
/// («وزير الخارجية الأردني أيمن الصفدي» → «وزير الخارجية الأردني»), the family name
/// («الصفدي»), the words as written (cut at a word to [`SPEAKER_CHARS`]).
fn speaker_names(words: &[String]) -> Vec<String> {
    let mut names = Vec::new();
    // «الرئيس التونسي المنصف المرزوقي» → «الرئيس التونسي»: the last adjective of origin
    // before the name.
    if words.len() > 2 && is_office_title(&fold(&words[0])) {
        let nisba = (1..words.len() - 1).rev().find(|&k| {
            let f = fold(&words[k]);
            f.starts_with("ال") && (f.ends_with('ي') || f.ends_with("يه"))
        });
        if let Some(k) = nisba {
            let office = words[..=k].join(" ");
            if office.chars().count() <= SPEAKER_CHARS {
                names.push(office);
            }
            // «رضا تقي بور»: the whole name after the office, never half a family name.
            if words.len() - k - 1 <= 3 {
                names.push(words[k + 1..].join(" "));
            }
        }
    }
    if let Some(short) = short_name(words) {
        names.push(short.join(" "));
    }
    let mut out = String::new();
    for w in words {
        if !out.is_empty() && out.chars().count() + 1 + w.chars().count() > SPEAKER_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    // «المتحدثة باسم البيت»: never end on «باسم»; «التقرير الصادر [في مايو]»، «البيانات
    // المتعلقة [بها]»: the document is the speaker, not what it is about or when it came out.
    let mut out = out.as_str();
    while let Some(rest) =
        ["باسم", "الصادر", "الصادرة", "المنشور", "المنشورة", "المتعلق", "المتعلقة", "الخاص", "الخاصة"]
            .iter()
            .find_map(|w| out.strip_suffix(w))
            .filter(|r| r.is_empty() || r.ends_with(' '))
    {
        out = rest.trim_end();
    }
    if !out.is_empty() && !names.iter().any(|n| n == out) {
        names.push(out.to_string());
    }
    names
}

/// Where «أن» (after «إلى»، «على»، «من»، «عن» with a verb that takes one) or «:» opens what
/// was said at `j`: the index of its first word.
fn is_that(t: &[Token], j: usize) -> Option<usize> {
    let tok = t.get(j)?;
    if tok.kind == Kind::Break && tok.text.starts_with(':') {
        return Some(j + 1);
    }
    if tok.kind != Kind::Word {
        return None;
    }
    let that = |f: &str| matches!(f, "ان" | "انه" | "انها" | "انهم" | "بان" | "بانه" | "بانها" | "بانهم");
    if that(&tok.fold) {
        return Some(j + 1);
    }
    // «أشار إلى أن»، «شدد على أن»، «حذر من أن».
    let next = t.get(j + 1).filter(|n| n.kind == Kind::Word)?;
    (matches!(tok.fold.as_str(), "الي" | "علي" | "من" | "عن") && that(&next.fold)).then_some(j + 2)
}

/// What was said: from the «أن» after `from` (within reach, only words or commas before it)
/// to the end of its clause.
fn said_from(t: &[Token], from: usize) -> Option<Vec<Piece>> {
    let mut start = None;
    let mut seen = 0;
    let mut j = from;
    while j < t.len() && seen < THAT_REACH {
        if let Some(s) = is_that(t, j) {
            start = Some(s);
            break;
        }
        match t[j].kind {
            Kind::Junk => {}
            Kind::Word | Kind::Number => seen += 1,
            Kind::Break if t[j].text.starts_with(['،', ',']) => {}
            _ => return None,
        }
        j += 1;
    }
    let mut said = Vec::new();
    for tok in &t[start?..] {
        match tok.kind {
            Kind::Junk => {}
            Kind::Word | Kind::Number | Kind::Symbol if !tok.in_date && !tok.other_date => {
                said.push(Piece::Word(tok.text.to_string()))
            }
            Kind::Quote => said.push(Piece::Quote),
            _ => break,
        }
    }
    Some(said)
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_statements_date_names_the_speaker_and_what_was_said() {
        let s =
            "وقال وزير الخارجية الأردني أيمن الصفدي يوم الأحد 12 مارس 2023 إن بلاده ترفض أي تهجير للفلسطينيين.";
        assert_eq!(of(s, "12 مارس 2023"), "وزير الخارجية الأردني: بلاده ترفض أي تهجير");
        let s = "وأعلنت وزارة الصحة في 3 يناير 2021 أن عدد الإصابات تجاوز مليون حالة.";
        assert_eq!(of(s, "3 يناير 2021"), "وزارة الصحة: عدد الإصابات تجاوز مليون حالة");
        // Where it was said stays out: «في بيان صدر …»، «لصحيفة …».
        let s = "وأشارت الوزارة في بيان صدر يوم 3 مايو 2021 إلى أن عدد الزوار ارتفع بنسبة 20%.";
        assert_eq!(of(s, "3 مايو 2021"), "الوزارة: عدد الزوار ارتفع بنسبة 20%");
        let s = "وقال المدرب لصحيفة الأهرام في 4 يونيو 2019 إن الفريق قادر على الفوز بالبطولة.";
        assert_eq!(of(s, "4 يونيو 2019"), "المدرب: الفريق قادر على الفوز بالبطولة");
        // The date before the verb.
        let s = "وفي 7 أكتوبر 2022، قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستعمل على مكافحة الفساد.";
        assert_eq!(of(s, "7 أكتوبر 2022"), "السوداني: الحكومة ستعمل على مكافحة الفساد");
        // A noun of saying stands for the verb.
        let s = "وجاء ذلك في تعليق المتحدثة باسم الخارجية الروسية ماريا زاخاروفا في 3 مارس 2022 على القرار بأن موسكو لن تعترف بنتائج الاستفتاء.";
        assert_eq!(of(s, "3 مارس 2022"), "ماريا زاخاروفا: موسكو لن تعترف بنتائج الاستفتاء");
    }

    #[test]
    fn a_speaker_named_before_leaves_what_was_said_alone() {
        let s = "وأضاف في تصريح صحفي يوم الأحد 5 مارس 2023 أن الحكومة ستعمل على خفض الأسعار.";
        assert_eq!(of(s, "يوم الأحد 5 مارس 2023"), "الحكومة ستعمل على خفض الأسعار");
        let s = "وأكدت في بيان أصدرته في 3 يناير 2021 أنه تم اكتشاف ثغرة أمنية في النظام.";
        assert_eq!(of(s, "3 يناير 2021"), "اكتشاف ثغرة أمنية في النظام");
    }

    #[test]
    fn the_speaker_is_called_by_office_or_name_to_leave_room_for_what_was_said() {
        // The office with its country when what was said fits beside it.
        let s = "وحذر الرئيس التونسي المنصف المرزوقي في 25 يوليو 2012 من أن الشعب لن يقبل بعودة الاستبداد.";
        assert_eq!(of(s, "25 يوليو 2012"), "الرئيس التونسي: الشعب لن يقبل بعودة الاستبداد");
        // A speaker whose name starts like a preposition («بوتين») is still the speaker.
        let s = "وقال الرئيس الروسي فلاديمير بوتين في 9 مايو 2025 إن روسيا مستعدة لهدنة مؤقتة على الجبهات.";
        assert_eq!(of(s, "9 مايو 2025"), "الرئيس الروسي: روسيا مستعدة لهدنة مؤقتة");
        // The family name when the office would leave too little of what was said.
        let s =
            "وقال وزير الاتصالات الإيراني رضا تقي بور في 2 أغسطس 2012 إن بلاده تحتاج إلى تطوير شبكة خاصة بها.";
        assert_eq!(of(s, "2 أغسطس 2012"), "رضا تقي بور: بلاده تحتاج إلى تطوير شبكة خاصة");
        // The document speaks, not its issue.
        let s = "وأشار التقرير الصادر في مايو 2020 إلى أن البطالة ارتفعت بشكل حاد.";
        assert_eq!(of(s, "مايو 2020"), "التقرير: البطالة ارتفعت بشكل حاد");
    }

    #[test]
    fn a_date_naming_an_event_between_the_verb_and_what_was_said_is_that_events() {
        let s = "وقال الرئيس في كلمة ألقاها بمناسبة ذكرى ثورة 23 يوليو 1952 إن مصر ماضية في طريق التنمية.";
        assert!(!of(s, "23 يوليو 1952").contains(':'), "{}", of(s, "23 يوليو 1952"));
        let s = "وأكد الوزير في حديثه عن حرب أكتوبر 1973 أن الجيش قادر على حماية الحدود.";
        assert!(!of(s, "أكتوبر 1973").contains(':'), "{}", of(s, "أكتوبر 1973"));
    }

    #[test]
    fn a_date_in_what_was_said_or_a_statement_without_a_speaker_is_not_the_statements() {
        // The date is in what was said: its own event.
        let s = "وقال الوزير إن الرئيس سيزور موسكو في 5 مارس 2023.";
        assert!(!of(s, "5 مارس 2023").contains(':'), "{}", of(s, "5 مارس 2023"));
        // No «أن»: the announced event names it.
        let s = "وأعلنت الشركة في 5 مارس 2023 عن إطلاق هاتفها الجديد.";
        assert!(!of(s, "5 مارس 2023").contains(':'), "{}", of(s, "5 مارس 2023"));
        // No speaker written after the verb.
        let s = "وكانت السلطات قالت في أبريل 2012 إنه تم اكتشاف فيروس إلكتروني داخل أنظمة التحكم.";
        assert!(!of(s, "أبريل 2012").contains(':'), "{}", of(s, "أبريل 2012"));
    }
}
