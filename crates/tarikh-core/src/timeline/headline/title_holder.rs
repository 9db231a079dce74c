//! A date on a title held: «وتأهلت فرنسا، بطلة أوروبا مرتين عامي 1984 و2000» — the dates are
//! when the title was won, so the event is «تتويج فرنسا بلقب أوروبا», not the description
//! «بطلة أوروبا مرتين».

use super::clauses::Clauses;
use super::compose::without_conjunction;
use super::tokens::Kind;

/// Words naming the title between «بطل» and the date, at most: «كأس الأمم الأفريقية».
const MAX_TITLE_WORDS: usize = 3;

/// «بطل»، «بطلة»، «أبطال» (folded, «و» off).
fn is_champion(f: &str) -> bool {
    matches!(f.strip_prefix('و').unwrap_or(f), "بطل" | "بطله" | "ابطال")
}

/// How often it was won («مرتين»، «ثلاث مرات»): not part of the title's name.
fn is_count(f: &str) -> bool {
    matches!(f, "مرتين" | "مره" | "مرات" | "ثلاث" | "اربع" | "خمس" | "ست" | "سبع")
}

/// The headline «تتويج NAME بلقب TITLE» when the date follows a title held by a name set off
/// by a comma («فرنسا، بطلة أوروبا …»، «بلان، بطل مونديال 1998»); a date that is part of the
/// title's name («مونديال 1998») stays in it. None otherwise.
pub(super) fn title_headline(c: &Clauses) -> Option<String> {
    let date = c.date_at;
    // The title's word, a few tokens before the date, in the same clause.
    let champion = (date.saturating_sub(MAX_TITLE_WORDS + 3)..date)
        .rev()
        .take_while(|&j| c.tokens[j].kind != Kind::Break)
        .find(|&j| c.tokens[j].kind == Kind::Word && is_champion(&c.tokens[j].fold))?;
    let comma =
        champion.checked_sub(1).filter(|&j| c.tokens[j].kind == Kind::Break && c.tokens[j].text == "،")?;
    let name = comma.checked_sub(1).map(|j| &c.tokens[j]).filter(|t| {
        t.kind == Kind::Word && !t.in_date && !t.info.is_function_word() && !t.fold.starts_with("ال")
    })?;
    let mut title: Vec<&str> = Vec::new();
    let mut named_by_date = false;
    for t in &c.tokens[champion + 1..] {
        if t.in_date {
            // «مونديال 1998»: the date right after the title's word is its name.
            named_by_date = !title.is_empty() && title.len() < MAX_TITLE_WORDS && !t.info.is_date_lead();
            break;
        }
        if t.kind != Kind::Word
            || is_count(&t.fold)
            || t.info.is_date_lead()
            || title.len() == MAX_TITLE_WORDS
        {
            break;
        }
        title.push(t.text);
    }
    if title.is_empty() {
        return None;
    }
    // Only the title's own dates: counts and the years it was won before («عامي 1984 و2000»)
    // may stand between, nothing else.
    let between = c.tokens[champion + 1 + title.len()..date].iter().all(|t| {
        t.kind == Kind::Number
            || t.other_date
            || (t.kind == Kind::Word
                && (is_count(&t.fold)
                    || t.info.is_date_lead()
                    || matches!(t.fold.as_str(), "عامي" | "سنتي" | "و")))
    });
    if !between {
        return None;
    }
    let mut out = format!("تتويج {} بلقب {}", without_conjunction(name.text), title.join(" "));
    if named_by_date {
        let year: Vec<&str> = c.tokens[date..]
            .iter()
            .take_while(|t| t.in_date)
            .filter(|t| t.is_word())
            .map(|t| t.text)
            .collect();
        out.push(' ');
        out.push_str(&year.join(" "));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_date_on_a_title_held_is_its_winning() {
        let s = "وفرنسا، بطلة العالم مرتين عامي 1998 و2018، تأهلت للمرة الثامنة على التوالي.";
        assert_eq!(of(s, "عامي 1998"), "تتويج فرنسا بلقب العالم");
        assert_eq!(of(s, "و2018"), "تتويج فرنسا بلقب العالم");
        let s = "وقاد المدرب ديشان، بطل مونديال 1998 البالغ من العمر 45 عاما، الفريق إلى الفوز.";
        assert_eq!(of(s, "1998"), "تتويج ديشان بلقب مونديال 1998");
    }

    #[test]
    fn a_title_without_a_name_before_it_is_left_to_the_other_rules() {
        let s = "وتوج المنتخب بطلا لكأس العرب في ديسمبر 2021 بعد فوزه في النهائي.";
        assert!(!of(s, "ديسمبر 2021").starts_with("تتويج المنتخب بلقب"), "{}", of(s, "ديسمبر 2021"));
    }
}
