//! Where a phrase of a headline ends: the complement read from the event noun or the clause's
//! start to the end of its clause, the date and what hides left out; cut at a phrase
//! boundary when it is too long, and never ending on a small word or a verb whose object was
//! cut off.

use super::clauses::Clauses;
use super::compose::{
    Piece, is_per_cent, is_relative, pieces_len, starts_conjunct, without_conjunction, word_count,
};
use super::lexicon::{conjunction_letters, fold, is_date_lead, is_function_word};
use super::tidy;
use super::tokens::Kind;

/// The words from `from` to the end of the clause, the date and hidden tokens left out,
/// cut to `budget` characters at a phrase boundary. Also says whether the clause ended
/// before the budget did.
pub(super) fn complement(c: &Clauses, from: usize, budget: usize, after_noun: bool) -> (Vec<Piece>, bool) {
    let mut out: Vec<Piece> = Vec::new();
    let mut passed_date = false;
    let mut relative_taken = false;
    let mut just_passed = false;
    let mut named_just_now = false;
    let mut ended = true;
    let mut len = 0;
    let mut i = from;
    while i < c.tokens.len() {
        let t = &c.tokens[i];
        if t.kind == Kind::Junk {
            i += 1;
            continue;
        }
        if t.in_date {
            // «حرب أكتوبر 1973»، «مونديال 2022»: a date right after the noun is its name.
            // «مع أسعار شهر يونيو»، «عمارة القرن الرابع الهجري»: a month or a century after a
            // noun is its genitive, part of the phrase.
            let genitive = matches!(t.fold.as_str(), "شهر" | "القرن")
                && matches!(out.last(), Some(Piece::Word(w)) if {
                    let f = fold(w);
                    !is_function_word(&f) && !is_date_lead(&f) && !f.starts_with("ال")
                });
            // «الإضرابات أواخر 2019»: a part of a period is when it happened, never a name.
            let period_part = matches!(
                t.fold.as_str(),
                "نهايه" | "بنهايه" | "بدايه" | "مطلع" | "اواخر" | "اوائل" | "منتصف" | "اواسط"
            );
            let end = (i..c.tokens.len()).find(|&j| !c.tokens[j].in_date).unwrap_or(c.tokens.len());
            let named_by_date = (after_noun
                && i == from
                && !t.info.is_function_word()
                && !period_part
                && c.tokens[i].is_word())
                || genitive;
            if named_by_date {
                let date: Vec<&str> =
                    (i..end).filter(|&j| c.tokens[j].is_word()).map(|j| c.tokens[j].text).collect();
                out.push(Piece::Word(date.join(" ")));
                // «ثورة 25 يناير تحتاج …»: the name is whole; a verb after it says something
                // about the event, not what it is.
                named_just_now = i == from;
            } else {
                trim_end(&mut out);
                passed_date = true;
                just_passed = true;
            }
            i = end;
            continue;
        }
        // «… زيارة إلى الإمارات في 6 ديسمبر 2023 بحث خلالها …»: a bare word right after the
        // date (no preposition, article or conjunction on it) is a verb opening the next clause
        // — after an event noun's phrase; after a verb it may be its subject or object
        // («تتواصل في 8 أغسطس تدريبات الفريق»، «استخدمت الشرطة الخميس قنابل الغاز»).
        // «[على] صعيد الإنفاق العام»: the topic's noun, not a verb, opens the phrase.
        let noun_phrase = || {
            let opening = out.iter().find_map(|p| match p {
                Piece::Word(w) => Some(fold(&without_conjunction(w)))
                    .filter(|f| !matches!(f.as_str(), "صعيد" | "مستوي" | "مجال")),
                Piece::Quote => None,
            });
            after_noun || opening.is_some_and(|f| f.starts_with("ال"))
        };
        if std::mem::take(&mut named_just_now) && t.kind == Kind::Word && opens_after_date(t.text, &t.fold) {
            break;
        }
        if std::mem::take(&mut just_passed)
            && t.kind == Kind::Word
            && (word_count(&out) >= 2 || after_noun)
            && opens_after_date(t.text, &t.fold)
            && noun_phrase()
        {
            break;
        }
        match t.kind {
            Kind::Break | Kind::Open | Kind::Close => break,
            Kind::Quote => out.push(Piece::Quote),
            // «الحريق الكبير الذي شهدته المدينة»: a short name goes on into its relative
            // clause.
            Kind::Word if is_relative(t.text) && after_noun && word_count(&out) <= 1 && !relative_taken => {
                relative_taken = true;
                out.push(Piece::Word(t.text.to_string()));
            }
            Kind::Word if (i > from || after_noun) && t.info.is_clause_opener() => break,
            // «… ولا يملك»، «ثم أطلق»: a negated or a following verb is the next clause.
            Kind::Word if i > from && (negated_conjunct(&t.fold) || then_clause(c, i)) => break,
            // After the date, «و» + a word starts the next item («… في 19 ديسمبر 2022
            // ولقاؤه»), and «بعد»، «قبل»… place it against another event.
            // Not the second side of «بين»: «بين المقر الرئيسي والفروع».
            Kind::Word
                if passed_date
                    && word_count(&out) >= 2
                    && starts_conjunct(t.text)
                    && open_between(&out).is_none() =>
            {
                break;
            }
            Kind::Word
                if passed_date
                    && matches!(
                        t.fold.as_str(),
                        "بعد" | "قبل" | "عقب" | "اثر" | "منذ" | "خلال" | "حتي" | "وسط"
                        // «… وفق مصادر محلية»: who says so is not what happened.
                            | "وفق" | "وفقا" | "حسب" | "بحسب" | "طبقا" | "نقلا"
                    ) =>
            {
                break;
            }
            // A relative clause taken to name the event ends with the date in it.
            Kind::Word if passed_date && relative_taken => break,
            // «تراجعت الصادرات مع بداية 2020 خاصة في …»: what is singled out is another
            // phrase; «زيارة خاصة» keeps its adjective.
            Kind::Word if singles_out(&t.fold) && out.last().is_some_and(|p| !indefinite_feminine(p)) => {
                break;
            }
            _ => out.push(Piece::Word(t.text.to_string())),
        }
        len = pieces_len(&out);
        if len > budget * 2 + 20 {
            ended = false;
            break;
        }
        i += 1;
    }
    let _ = len;
    // «المظاهرات الكبيرة التي اندلعت» [في 14 يناير]: a relative clause left with its verb alone
    // says only that it happened then; the noun names it.
    if relative_taken
        && let Some(r) = out.iter().rposition(|p| matches!(p, Piece::Word(w) if is_relative(w)))
        && word_count(&out[r + 1..]) <= 1
    {
        out.truncate(r);
    }
    tidy::figures(&mut out);
    if pieces_len(&out) > budget {
        tidy::shorten_titles(&mut out);
    }
    if pieces_len(&out) > budget {
        ended = false;
        cut_to(&mut out, budget);
    }
    trim_end(&mut out);
    (out, ended)
}

/// Cuts `pieces` to at most `budget` characters, preferring to end before a preposition or a
/// conjunct (the end of a phrase) than in the middle of one.
pub(super) fn cut_to(pieces: &mut Vec<Piece>, budget: usize) {
    let mut k = 0;
    while k < pieces.len() && pieces_len(&pieces[..k + 1]) <= budget {
        k += 1;
    }
    let floor = (k / 2).max(1);
    let boundary = (floor..=k).rev().find(|&j| match pieces.get(j) {
        Some(Piece::Word(w)) => starts_phrase(w),
        Some(Piece::Quote) => false,
        None => true,
    });
    // «… برئاسة رئيس الوزراء محمد عبد | الرحيم»: who led or attended goes whole or not at all,
    // even when that leaves less than half.
    let accompanied = || {
        (1..k.min(pieces.len()))
            .rev()
            .find(|&j| matches!(&pieces[j], Piece::Word(w) if accompanies(&fold(w))))
    };
    let mut end = boundary.or_else(|| if k < pieces.len() { accompanied() } else { None }).unwrap_or(k);
    // A figure goes with its sign or not at all: never «ليسجل 1.8».
    if end > 1 && pieces.get(end).is_some_and(is_per_cent) {
        end -= 1;
    }
    // No phrase ends within reach: «… مسابقة الملك عبدالعزيز لحفظ | القرآن الكريم». A last
    // word without the article before a cut word with it is the head of a construct whose
    // genitive the cut took: it goes too.
    let definite = |p: &Piece| matches!(p, Piece::Word(w) if fold(&without_conjunction(w)).starts_with("ال"));
    if boundary.is_none()
        && end > floor
        && end < pieces.len()
        && definite(&pieces[end])
        && matches!(&pieces[end - 1], Piece::Word(w) if !definite(&pieces[end - 1]) && !w.chars().any(char::is_numeric))
    {
        end -= 1;
    }
    // «… 500 عامل بين المقر الرئيسي | والفروع»: «بين» cut from its second side goes with
    // what it began (a dual after it, «بين البلدين», is both sides).
    let cut_pair = end < pieces.len();
    if cut_pair
        && let Some(between) = open_between(&pieces[..end])
        && between > 0
    {
        end = between;
    }
    pieces.truncate(end);
}

/// Where «بين» stands in `pieces` still waiting for its second side (no «و» + a word after
/// it): «… بين المقر الرئيسي», not «… بين البلدين».
fn open_between(pieces: &[Piece]) -> Option<usize> {
    let between = pieces
        .iter()
        .rposition(|p| matches!(p, Piece::Word(w) if matches!(fold(w).as_str(), "بين" | "وبين" | "مابين")))?;
    let paired = pieces[between + 1..].iter().any(|p| matches!(p, Piece::Word(w) if starts_conjunct(w)));
    // «بين البلدين»، «بين الشركات»: a dual or a plural is both sides at once.
    let both = matches!(pieces.get(between + 1), Some(Piece::Word(w)) if { let f = fold(w); f.ends_with("ين") || f.ends_with("ان") || f.ends_with("ات") });
    (!paired && !both).then_some(between)
}

/// Drops what may not end a headline: small words, lone quotes.
pub(super) fn trim_end(pieces: &mut Vec<Piece>) {
    tidy::drop_cut_predicate(pieces);
    while let Some(last) = pieces.last() {
        let debris = match last {
            Piece::Word(w) => {
                let f = fold(w);
                // «… ما يقرب من»: «ما» left alone at the end.
                is_function_word(&f) || is_date_lead(&f) || is_relative(w) || f == "ما" || tidy::dangles(&f)
            }
            Piece::Quote => false,
        };
        if debris {
            pieces.pop();
        } else {
            break;
        }
    }
}

/// A word that starts a new phrase: a preposition or conjunction, or a word carrying one
/// («بالرئيس»، «للمساعدة»، «ولقاؤه»).
fn starts_phrase(word: &str) -> bool {
    let f = fold(word);
    // «السادسة والثلاثين»: the tens of a compound number are part of it; ending before them
    // says another number.
    if f.strip_prefix('و').is_some_and(is_tens) {
        return false;
    }
    is_function_word(&f)
        || conjunction_letters(&f) > 0
        || ["بال", "لل", "كال", "وب", "ول"].iter().any(|p| f.starts_with(p))
        || accompanies(&f)
}

/// «بقيادة»، «برئاسة»، «بمشاركة»، «بحضور»، «بإشراف»: who led or attended opens a phrase of
/// its own, which a cut takes whole or not at all (folded).
fn accompanies(f: &str) -> bool {
    matches!(
        f,
        "بقياده"
            | "برءاسه"
            | "بمشاركه"
            | "بحضور"
            | "باشراف"
            | "بتنظيم"
            | "بدعم"
            | "بمبادره"
    )
}

/// A word right after a date that starts the next clause: not a small word, not a noun with
/// the article or a preposition on it («في بولندا»، «بموسكو»، «للمرة»), not a conjunct, not
/// «وفق» — a bare word there is a verb («بحث»، «أكد»).
fn opens_after_date(text: &str, f: &str) -> bool {
    // «حاملة»، «مؤكدًا»: a word ending in «ة» or with tanween is a noun or an adjective, never
    // a verb.
    if text.trim_end_matches(super::compose::is_mark).ends_with('ة') || text.contains('\u{064B}') {
        return false;
    }
    let letters = f.chars().count();
    let prepositional = f.starts_with(['ب', 'ل', 'ك']) && letters >= 5;
    // «التقى»، «التحق»: verbs that start like the article.
    let verb_like_article =
        matches!(f, "التقي" | "التقت" | "التحق" | "التحقت" | "التزم" | "التزمت" | "القي" | "القت");
    // «… سوى 25 مليون دينار»: an exception's particle goes on to its figure.
    !is_function_word(f)
        && !matches!(f, "سوي" | "الا")
        && (!f.starts_with("ال") || verb_like_article)
        && !f.starts_with('و')
        && (!f.starts_with('ف') || fa_initial_verb(f))
        && !prepositional
        && !f.chars().any(|c| c.is_numeric())
        && f.chars().all(super::tokens::is_arabic)
}

/// A past verb whose «ف» is its own first letter, not «فـ» "so" («فرضت»، «فاز»، «فتحت»),
/// folded.
fn fa_initial_verb(f: &str) -> bool {
    let stem = f.strip_suffix("ت").or_else(|| f.strip_suffix("وا")).unwrap_or(f);
    matches!(stem, "فرض" | "فاز" | "فتح" | "فقد" | "فشل" | "فصل" | "فوض" | "فجر" | "فرق" | "فضل" | "فسر")
}

/// «خاصة»، «خصوصًا»، «لا سيما»: what follows is singled out of what came before.
fn singles_out(f: &str) -> bool {
    matches!(f.strip_prefix('و').unwrap_or(f), "خاصه" | "خصوصا" | "سيما" | "لاسيما" | "بالاخص")
}

/// «زيارة»، «مهمة»: a noun «خاصة» may qualify as an adjective.
fn indefinite_feminine(p: &Piece) -> bool {
    matches!(p, Piece::Word(w) if { let f = fold(w); f.ends_with('ه') && !f.starts_with("ال") && !is_function_word(&f) })
}

/// «ولا»، «ولم»، «ولن»، «فلم»…: «و» or «ف» before a negation opens a clause.
pub(super) fn negated_conjunct(f: &str) -> bool {
    matches!(f, "ولا" | "ولم" | "ولن" | "فلا" | "فلم" | "فلن")
}

/// «ثم» before a verb starts a clause («… ثم أطلق شعارًا»); before a noun or a preposition it
/// joins two phrases («زيارته لموسكو ثم للصين»، «المؤتمر ثم القمة»), which stay.
pub(super) fn then_clause(c: &Clauses, i: usize) -> bool {
    if c.tokens[i].fold != "ثم" {
        return false;
    }
    let next = (i + 1..c.tokens.len()).find(|&j| c.tokens[j].kind != Kind::Junk);
    next.is_some_and(|j| {
        let f = c.tokens[j].fold.as_str();
        // «ثم للصين»، «ثم بزيارة»: a preposition on a noun; «ثم بدأ»، «ثم لجأ»: a verb of
        // three letters that starts with one.
        let preposition = f.starts_with("ال")
            || (f.starts_with(['ل', 'ب']) && f.chars().count() > 3)
            || f.starts_with("وال");
        c.tokens[j].kind == Kind::Word && !is_function_word(f) && !preposition
    })
}

/// «عشرين»، «الثلاثين»…: the tens, which follow the units in a compound number.
pub(super) fn is_tens(f: &str) -> bool {
    let f = f.strip_prefix("ال").unwrap_or(f);
    let stem = f.strip_suffix("ين").or_else(|| f.strip_suffix("ون"));
    stem.is_some_and(|s| matches!(s, "عشر" | "ثلاث" | "اربع" | "خمس" | "ست" | "سبع" | "ثمان" | "تسع"))
}
