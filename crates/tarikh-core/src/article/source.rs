//! Who published an article and what it is called, as a reader would name them: the outlet
//! («رويترز», «القاهرة الإخبارية») and the headline, not the file name
//! (`004_1d6fa75ba25aff2e.txt`) nor the site's masthead («الموقع الرسمي | القاهرة الاخبارية»).
//!
//! The outlet comes, best first, from a «المصدر:» line, the site name in a title written
//! «headline | site», or a news agency named in the lead («(رويترز)», «(أ ف ب)»).

/// Separators between a headline and a site name in page titles.
const TITLE_SEPARATORS: &[&str] = &[" | ", "|", " - ", " – ", " — ", " :: ", " « ", " » "];

/// Titles that name a site's page, not an article.
const GENERIC_TITLES: &[&str] =
    &["الموقع الرسمي", "الرئيسية", "الصفحة الرئيسية", "أخبار", "اخبار", "آخر الأخبار", "home", "news"];

/// News agencies as leads name them (in brackets), with the name readers know them by.
const AGENCIES: &[(&str, &str)] = &[
    ("رويترز", "رويترز"),
    ("أ ف ب", "فرانس برس"),
    ("ا ف ب", "فرانس برس"),
    ("أ.ف.ب", "فرانس برس"),
    ("فرانس برس", "فرانس برس"),
    ("أ ب", "أسوشيتد برس"),
    ("أسوشيتد برس", "أسوشيتد برس"),
    ("د ب أ", "الوكالة الألمانية"),
    ("الأناضول", "الأناضول"),
    ("شينخوا", "شينخوا"),
    ("سبوتنيك", "سبوتنيك"),
    ("تاس", "تاس"),
    ("إرنا", "إرنا"),
    ("واس", "واس"),
    ("وام", "وام"),
    ("قنا", "قنا"),
    ("كونا", "كونا"),
    ("بنا", "بنا"),
    ("العمانية", "العمانية"),
    ("بترا", "بترا"),
    ("سانا", "سانا"),
    ("وفا", "وفا"),
    ("واج", "واج"),
    ("وات", "وات"),
    ("ومع", "ومع"),
    ("سبأ", "سبأ"),
    ("أ ش أ", "أ ش أ"),
    ("يو بي آي", "يو بي آي"),
];

/// How far into the text the lead is looked at for an agency, in characters.
const LEAD_CHARS: usize = 400;

/// The outlet of an article, if the text or its title tells.
///
/// «موسكو (رويترز) - عقدت القمة…» → «رويترز»; a title «قمة مينسك | روسيا اليوم» → «روسيا اليوم».
pub fn outlet(title: &str, text: &str) -> Option<String> {
    source_line(text).or_else(|| split_title(title).map(|(_, site)| site)).or_else(|| agency(text))
}

/// The headline to show for an article: the title without its site name; when the title only
/// names the site («الموقع الرسمي | القاهرة الاخبارية»), the first headline-like line of the
/// text after it.
pub fn headline_title(title: &str, text: &str) -> String {
    let own = split_title(title).map_or_else(|| title.trim().to_string(), |(head, _)| head);
    if !is_generic(&own) {
        return own;
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && *l != title.trim() && !l.contains(" | "))
        .find(|l| {
            let words = l.split_whitespace().count();
            (3..=25).contains(&words) && !is_generic(l)
        })
        .map_or(own, str::to_string)
}

fn is_generic(s: &str) -> bool {
    let s = s.trim();
    s.is_empty() || GENERIC_TITLES.iter().any(|g| s.eq_ignore_ascii_case(g))
}

/// «headline | site» → (headline, site): the site is the shorter side, of at most four words.
fn split_title(title: &str) -> Option<(String, String)> {
    let sep = TITLE_SEPARATORS.iter().find(|s| title.contains(**s))?;
    let (left, right) = title.rsplit_once(sep)?;
    let (left, right) = (left.trim(), right.trim());
    let words = |s: &str| s.split_whitespace().count();
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let (head, site) = if words(right) <= words(left) { (left, right) } else { (right, left) };
    (words(site) <= 4).then(|| (head.to_string(), site.to_string()))
}

/// A line «المصدر: …» (or «المصدر:: …») near the top or the end of the text.
fn source_line(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let near = lines.iter().take(6).chain(lines.iter().rev().take(4));
    for l in near {
        if let Some(rest) = l.strip_prefix("المصدر") {
            let name = rest.trim_start_matches([':', ' ', '\u{00A0}']).trim();
            let words = name.split_whitespace().count();
            if (1..=5).contains(&words) {
                return Some(name.to_string());
            }
        }
    }
    None
}

/// A news agency named in brackets in the lead: «(رويترز)», «(أ ف ب)».
fn agency(text: &str) -> Option<String> {
    let lead: String = text.chars().take(LEAD_CHARS).collect();
    let mut rest = lead.as_str();
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inside = after[..close].trim();
        if let Some((_, name)) = AGENCIES.iter().find(|(written, _)| *written == inside) {
            return Some(name.to_string());
        }
        rest = &after[close + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlet_from_a_source_line_a_title_or_an_agency() {
        assert_eq!(outlet("خبر", "عنوان\nالمصدر:: صحيفة الوطن\nنص"), Some("صحيفة الوطن".into()));
        assert_eq!(outlet("قمة مينسك تنتهي | روسيا اليوم", "نص"), Some("روسيا اليوم".into()));
        assert_eq!(outlet("خبر", "موسكو (رويترز) - عقدت القمة في مينسك."), Some("رويترز".into()));
        assert_eq!(outlet("خبر", "باريس (أ ف ب) - أعلنت الحكومة."), Some("فرانس برس".into()));
        // Brackets that hold something else are not an agency.
        assert_eq!(outlet("خبر", "ارتفع المؤشر (2.5%) أمس."), None);
        assert_eq!(outlet("وزير الخارجية يزور القاهرة", "نص"), None);
    }

    #[test]
    fn the_headline_without_the_masthead() {
        assert_eq!(headline_title("قمة مينسك تنتهي | روسيا اليوم", ""), "قمة مينسك تنتهي");
        let text = "الموقع الرسمي | القاهرة الاخبارية\nبوتين يصل إلى أبوظبي في جولة خليجية\nنص الخبر…";
        assert_eq!(
            headline_title("الموقع الرسمي | القاهرة الاخبارية", text),
            "بوتين يصل إلى أبوظبي في جولة خليجية"
        );
        assert_eq!(headline_title("عنوان عادي للخبر", "نص"), "عنوان عادي للخبر");
    }
}
