//! Who held the event, when a verb that only says "held" stands before its noun: «أجرى
//! الرئيس الروسي فلاديمير بوتين زيارة إلى الإمارات» names «زيارة بوتين إلى الإمارات»,
//! «عقد وزراء خارجية دول الخليج اجتماعًا طارئًا» names «اجتماع وزراء خارجية دول الخليج
//! الطارئ». The verb says nothing the noun does not; its subject is the event's doer, and goes
//! after the noun as its genitive.

use super::clauses::Clauses;
use super::compose::{Piece, is_mark, noun_form, pieces_len};
use super::lexicon::{EventNoun, event_noun, fold, folded_feminine, is_function_word, past_forms};
use super::phrase_end::{complement, cut_to, trim_end};
use super::tidy;
use super::tokens::Kind;
use super::words::{OFFICE_TITLES, SUPPORT_VERBS};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// Words of a doer, at most: «رئيس الوزراء العراقي محمد شياع السوداني».
const MAX_DOER_WORDS: usize = 7;

/// The headline «NOUN DOER ADJECTIVES COMPLEMENT» of the event noun at `at` when its clause
/// is a verb of [`SUPPORT_VERBS`], its subject and the indefinite noun, or a subject, a verb of
/// intent and the noun («بوتين يخطط لجولات دبلوماسية» → «جولات بوتين الدبلوماسية»); none
/// otherwise (the noun has a genitive of its own, «اتفاقية تعاون», or the words before it are
/// not a subject).
pub(super) fn doer_headline(c: &Clauses, at: usize, noun: EventNoun, limit: usize) -> Option<Vec<Piece>> {
    if noun.has_article || noun.has_pronoun {
        return None;
    }
    let range = c.segments[c.segment_of[at]].clone();
    let before: Vec<usize> = (range.start..at).filter(|&j| c.tokens[j].kind != Kind::Junk).collect();
    // The verb as listed, with or without the «و» or «ف» before it («وأجرى»; «وقّع» is listed).
    let listed = |f: &str, known: &dyn Fn(&str) -> bool| {
        if known(f) {
            Some(f.to_string())
        } else {
            f.strip_prefix(['و', 'ف']).filter(|r| known(r)).map(str::to_string)
        }
    };
    let support = |f: &str| support_verbs().contains(f);
    let clitic = c.tokens[at].fold.trim_start_matches(['و', 'ف']).chars().next();
    // «قامت الهيئة بمخاطبة مجموعة عارف لتقديم …»: the noun of «قام» is the first with «ب».
    let with_bi = noun.has_preposition && clitic == Some('ب');
    let with_li = noun.has_preposition && clitic == Some('ل');
    let first = before.first().map(|&j| &c.tokens[j])?;
    let last = before.last().map(|&j| &c.tokens[j])?;
    let (verb, doer, signing) = if let Some(f) = listed(&first.fold, &support) {
        // «قام بزيارة»، «أدلى بتصريح»: these verbs take their noun with «ب»; the others bare.
        let takes_bi = f.starts_with("قام") || f.starts_with("ادل");
        if takes_bi != with_bi || (!takes_bi && noun.has_preposition) {
            return None;
        }
        // «وقّعت مصر والأردن اتفاقية»: signing says more than holding; its short subject
        // leads the noun as written (see `noun_headline`), a long one goes after it.
        (first, &before[1..], f.starts_with("وقع") || f.starts_with("ابرم"))
    } else if listed(&first.fold, &is_intent_verb).is_some() && (with_li || !noun.has_preposition) {
        // «يعتزم الرئيس زيارة …»
        (first, &before[1..], false)
    } else if listed(&last.fold, &is_intent_verb).is_some() && (with_li || !noun.has_preposition) {
        // «بوتين يخطط لجولات دبلوماسية …»
        (last, &before[..before.len() - 1], false)
    } else if let Some(k) = before.iter().position(|&j| is_intent_noun(&c.tokens[j].fold)) {
        // «أعلن الكرملين عن خطط الرئيس الروسي بوتين للقيام بجولات …»، «نية الحكومة لإجراء
        // انتخابات»: the plan's genitive is the doer, up to «للقيام» before a noun with «ب».
        let doing = matches!(last.fold.as_str(), "للقيام" | "القيام");
        let end = if doing && with_bi {
            before.len() - 1
        } else if with_li && !doing {
            before.len()
        } else {
            return None;
        };
        (&c.tokens[before[k]], &before[k + 1..end], false)
    } else {
        return None;
    };
    if verb.kind != Kind::Word || verb.in_date {
        return None;
    }
    let is_doer_word = |j: &usize| {
        let t = &c.tokens[*j];
        t.kind == Kind::Word
            && !t.in_date
            && !t.info.is_function_word()
            && !t.info.is_clause_opener()
            && event_noun(&t.fold).is_none()
            && !super::compose::is_document(&t.fold)
            && !["بال", "لل", "كال"].iter().any(|p| t.fold.starts_with(p))
    };
    if doer.is_empty() || doer.len() > MAX_DOER_WORDS || !doer.iter().all(is_doer_word) {
        return None;
    }
    let head = noun_form(c.tokens[at].text, noun);
    let (rest, _) = complement(c, at + 1, limit * 2, true);
    let feminine = folded_feminine(&fold(&head));
    let adjectives = rest.iter().take_while(|p| tidy::is_adjective(p, feminine)).count();
    // «اتفاقية تعاون»: a noun with a genitive of its own takes no other.
    if let Some(Piece::Word(w)) = rest.get(adjectives) {
        let f = fold(w);
        let bare = !is_function_word(&f) && !f.starts_with("ال") && !f.starts_with(['ب', 'ل', 'ك', 'و', 'ف']);
        if bare && !f.chars().any(|c| c.is_numeric()) {
            return None;
        }
    }
    let mut full: Vec<String> = doer.iter().map(|&j| c.tokens[j].text.to_string()).collect();
    // «والمعارضة تخطط …»: the doer that opens the clause without its «و».
    full[0] = super::compose::without_conjunction(&full[0]);
    // The sentence as written, «وقّعت مصر والأردن اتفاقية للربط الكهربائي», when it fits whole.
    if signing && before.len() <= super::compose::MAX_LEAD_WORDS {
        let as_written: Vec<Piece> = before
            .iter()
            .chain([&at])
            .map(|&j| Piece::Word(c.tokens[j].text.to_string()))
            .chain(rest.iter().cloned())
            .collect();
        if pieces_len(&as_written) <= limit {
            return None;
        }
    }
    let build = |doer: &[String]| {
        let mut out = vec![Piece::Word(head.clone())];
        out.extend(doer.iter().cloned().map(Piece::Word));
        out.extend(rest[..adjectives].iter().map(definite));
        out.extend(rest[adjectives..].iter().cloned());
        out
    };
    // The doer in full when it leaves room for the noun's first word after it, else by its
    // last name.
    let fitted = |doer: &[String]| {
        let mut out = build(doer);
        let needed = 1 + doer.len() + usize::from(out.len() > 1 + doer.len());
        if pieces_len(&out) > limit {
            // «مع الرئيس الروسي بوتين» → «مع الرئيس بوتين» before a cut.
            tidy::shorten_titles(&mut out);
        }
        if pieces_len(&out) > limit {
            cut_to(&mut out, limit);
            trim_end(&mut out);
        }
        (out.len() >= needed).then_some(out)
    };
    fitted(&full).or_else(|| fitted(&short_name(&full)?))
}

/// «طارئًا» → «الطارئ»، «رسمية» → «الرسمية»: after a definite genitive the adjective takes the
/// article, and loses the accusative's tanween alif.
fn definite(p: &Piece) -> Piece {
    let Piece::Word(w) = p else { return p.clone() };
    let bare = w.trim_end_matches(is_mark);
    let bare = bare.strip_suffix('ا').map_or(bare, |b| b.trim_end_matches(is_mark));
    Piece::Word(format!("ال{bare}"))
}

/// Words of a subject before «قام», at most: «الشركة الوطنية للنقل».
const MAX_SUBJECT_WORDS: usize = 3;

/// «الشركة قامت بتوظيف 500 عامل» → «توظيف الشركة 500 عامل»: a subject, «قام» and what was
/// done with «ب» is the doing's noun with the subject as its genitive. The subject is the
/// headline's first words (at most [`MAX_SUBJECT_WORDS`], no small word among them); the noun
/// loses «ب», and the article if it had one («بالتوقيع» → «توقيع»). Unchanged otherwise.
pub(super) fn name_the_done_act(pieces: &mut Vec<Piece>) {
    let word = |i: usize| match pieces.get(i) {
        Some(Piece::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let Some(verb) = (1..=MAX_SUBJECT_WORDS.min(pieces.len().saturating_sub(2)))
        .find(|&i| word(i).is_some_and(|w| matches!(fold(w).as_str(), "قام" | "قامت" | "قاموا" | "قد قام")))
    else {
        return;
    };
    let subject_ok = (0..verb)
        .all(|i| word(i).is_some_and(|w| !is_function_word(&fold(w)) && !w.chars().any(char::is_numeric)));
    let Some(done) = word(verb + 1) else { return };
    let f = fold(done);
    let Some(noun_fold) = f.strip_prefix('ب') else { return };
    if !subject_ok || noun_fold.chars().count() < 3 {
        return;
    }
    // «بالتوقيع» → «توقيع»: the genitive after it makes it definite.
    let skip = if noun_fold.starts_with("ال") { 3 } else { 1 };
    // Letters off the front with their marks («بِالتَّوقيع»).
    let mut letters = 0;
    let noun: String = done
        .chars()
        .skip_while(|&c| {
            if !is_mark(c) {
                letters += 1;
            }
            letters <= skip || is_mark(c)
        })
        .collect();
    // The sun letter's shadda was the article's («التَّوقيع»): it goes with it.
    let noun: String = if skip == 3 {
        let first_marks = noun.chars().skip(1).take_while(|&c| is_mark(c)).count();
        noun.chars()
            .enumerate()
            .filter(|&(i, c)| !(c == '\u{0651}' && (1..=first_marks).contains(&i)))
            .map(|(_, c)| c)
            .collect()
    } else {
        noun
    };
    let mut out = vec![Piece::Word(noun)];
    out.extend(pieces[..verb].iter().cloned());
    out.extend(pieces[verb + 2..].iter().cloned());
    *pieces = out;
}

/// «الرئيس الروسي فلاديمير بوتين» → «بوتين»: an office and a name of two words or more is
/// called by the last; none for a doer that is not a title and a name.
pub(super) fn short_name(doer: &[String]) -> Option<Vec<String>> {
    let first = fold(doer.first()?);
    if doer.len() < 3 || !office_titles().contains(first.as_str()) {
        return None;
    }
    // «… محمد شياع السوداني»: the word before the family name is a given name, not an
    // adjective with the article («الرئيس الروسي» alone names no one).
    let before_last = fold(&doer[doer.len() - 2]);
    if before_last.starts_with("ال") {
        return None;
    }
    Some(vec![doer.last()?.clone()])
}

/// «يخطط ل…»، «يعتزم …»، «ينوي …»: an intended event's doer is the verb's subject (either
/// person, past or present; folded).
fn is_intent_verb(f: &str) -> bool {
    matches!(
        f,
        "يخطط"
            | "تخطط"
            | "خطط"
            | "خططت"
            | "يعتزم"
            | "تعتزم"
            | "اعتزم"
            | "اعتزمت"
            | "ينوي"
            | "تنوي"
            | "نوي"
            | "نوت"
    )
}

/// «خطط»، «خطة»، «نية»، «عزم»، «اعتزام»: a noun of intent, with its article or «عن» before it
/// («عن خطط»، «الخطة») (folded).
fn is_intent_noun(f: &str) -> bool {
    let f = f.strip_prefix('و').unwrap_or(f);
    let f = f.strip_prefix("ال").unwrap_or(f);
    matches!(f, "خطط" | "خطه" | "نيه" | "عزم" | "اعتزام")
}

fn support_verbs() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| SUPPORT_VERBS.iter().flat_map(|v| past_forms(v)).collect())
}

/// «الرئيس»، «وزير»… (folded).
pub(super) fn is_office_title(f: &str) -> bool {
    office_titles().contains(f)
}

fn office_titles() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| OFFICE_TITLES.iter().map(|w| fold(w).to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn the_subject_of_a_verb_that_only_says_held_is_the_events_doer() {
        let s = "أجرى رئيس الحكومة المغربية عزيز أخنوش زيارة إلى باريس في 12 مارس 2024 التقى فيها الرئيس.";
        assert_eq!(of(s, "12 مارس 2024"), "زيارة رئيس الحكومة المغربية عزيز أخنوش إلى باريس");
        // «قام … بزيارة»: the same with «ب».
        let s = "وقام وزير الخارجية القطري بزيارة رسمية إلى بغداد يوم 4 يناير 2023 لبحث ملف المياه.";
        assert_eq!(of(s, "يوم 4 يناير 2023"), "زيارة وزير الخارجية القطري الرسمية إلى بغداد");
        // Its adjectives follow the doer, with the article and without the tanween.
        let s = "وعقد قادة دول الساحل اجتماعًا طارئًا في نيامي يوم 2 أغسطس 2023 لبحث الانقلاب.";
        assert_eq!(of(s, "يوم 2 أغسطس 2023"), "اجتماع قادة دول الساحل الطارئ في نيامي");
        let s = "وشنت القوات الحكومية هجوما واسعا على معاقل المسلحين في 9 يونيو 2022 حسب بيان الجيش.";
        assert_eq!(of(s, "9 يونيو 2022"), "هجوم القوات الحكومية الواسع على معاقل المسلحين");
    }

    #[test]
    fn a_long_doer_with_an_office_is_called_by_the_last_name() {
        let s = "وأبرم رئيس الوزراء الكندي جاستن ترودو اتفاقًا مع رئيس المكسيك لتنظيم الهجرة في 5 مايو 2023.";
        assert_eq!(of(s, "5 مايو 2023"), "اتفاق ترودو مع رئيس المكسيك لتنظيم الهجرة");
    }

    #[test]
    fn an_intended_events_doer_is_the_subject_of_the_verb_of_intent() {
        let s = "الملك يعتزم زيارة رسمية إلى اليابان في أبريل 2025 لبحث التعاون.";
        assert_eq!(of(s, "أبريل 2025"), "زيارة الملك الرسمية إلى اليابان");
        let s = "والمعارضة تخطط لمظاهرة كبيرة أمام البرلمان في 3 يونيو 2026.";
        assert_eq!(of(s, "3 يونيو 2026"), "مظاهرة المعارضة الكبيرة أمام البرلمان");
    }

    #[test]
    fn a_signing_too_long_to_show_as_written_names_its_signer() {
        let s = "وقّع رئيس كينيا روتو اتفاقًا مع الرئيس الأمريكي بايدن لتوسيع التجارة الحرة بين البلدين في 5 مايو 2024.";
        assert_eq!(of(s, "5 مايو 2024"), "اتفاق روتو مع الرئيس بايدن لتوسيع التجارة الحرة");
    }

    #[test]
    fn a_noun_with_its_own_genitive_or_another_verb_keeps_its_lead() {
        // «اتفاقية تعاون»: the noun already has a genitive; the verb and subject lead it.
        let s = "وقّعت تونس والجزائر اتفاقية تعاون أمني في 8 فبراير 2021 بعد محادثات.";
        assert_eq!(of(s, "8 فبراير 2021"), "وقّعت تونس والجزائر اتفاقية تعاون أمني");
        // «حضر» is not a verb of holding: who attended did not hold the meeting.
        let s = "حضر السفير الفرنسي اجتماعًا في الوزارة يوم 3 مايو 2022 حول التأشيرات.";
        assert!(!of(s, "يوم 3 مايو 2022").starts_with("اجتماع السفير"), "{}", of(s, "يوم 3 مايو 2022"));
    }

    #[test]
    fn a_subject_that_did_something_with_qam_is_the_doings_genitive() {
        let s = "وأضاف أن الشركة قامت سنة 2018 بتوظيف 500 عامل في مصانعها.";
        assert_eq!(of(s, "سنة 2018"), "توظيف الشركة 500 عامل في مصانعها");
        // With the article the noun loses it, and the sun letter's shadda with it.
        let s = "وأكد أن الوزارة قامت بِالتَّوقيع على العقد في 3 مايو 2021.";
        assert_eq!(of(s, "3 مايو 2021"), "تَوقيع الوزارة على العقد");
        // A small word before «قام» is no subject.
        let s = "وأشار إلى أنه قام بتوظيف 500 عامل في سنة 2018.";
        assert!(!of(s, "سنة 2018").contains("أنه"), "{}", of(s, "سنة 2018"));
    }
}
