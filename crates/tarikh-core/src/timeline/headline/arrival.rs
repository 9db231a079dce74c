//! A date whose coming is the news: «تأثر الأسعار بقدوم شهر رمضان»، «مع حلول عيد الفطر» —
//! the date is named by its arrival («قدوم شهر رمضان»), not by what was said about it.

use super::clauses::Clauses;
use super::tokens::Kind;

/// «قدوم شهر رمضان» when the word right before the date is a noun of arrival («قدوم»،
/// «حلول», with «ب» or «و» on it, or after «مع»); none otherwise. «بحلول» ("by") sets a
/// deadline, and «مع اقتراب» dates what was done as it came near: both are left to the other
/// rules.
pub(super) fn arrival_headline(c: &Clauses) -> Option<String> {
    let date = c.date_at;
    let before = c.tokens[..date].iter().rposition(|t| t.kind != Kind::Junk)?;
    let t = &c.tokens[before];
    if t.kind != Kind::Word || t.fold == "بحلول" {
        return None;
    }
    let f = t.fold.strip_prefix('و').unwrap_or(&t.fold);
    let f = f.strip_prefix('ب').filter(|r| *r == "قدوم").unwrap_or(f);
    let noun = match f {
        "قدوم" => "قدوم",
        "حلول" => "حلول",
        _ => return None,
    };
    let words: Vec<&str> =
        c.tokens[date..].iter().take_while(|t| t.in_date).filter(|t| t.is_word()).map(|t| t.text).collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{noun} {}", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::super::tests::of;

    #[test]
    fn a_date_whose_coming_is_the_news_is_named_by_its_arrival() {
        let s = "وتظهر المؤشرات مدى تأثر أسعار الخضار بقدوم شهر رمضان.";
        assert_eq!(of(s, "شهر رمضان"), "قدوم شهر رمضان");
        let s = "وتزدحم الأسواق مع حلول عيد الفطر كل عام.";
        assert_eq!(of(s, "عيد الفطر"), "حلول عيد الفطر");
    }

    #[test]
    fn by_a_date_is_a_deadline_not_an_arrival() {
        let s = "وقالت الوزارة إن النظام الجديد سيطبق بالكامل بحلول مارس 2013.";
        assert!(!of(s, "مارس 2013").starts_with("حلول"), "{}", of(s, "مارس 2013"));
    }
}
