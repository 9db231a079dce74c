//! The message catalogue: Fluent files under `assets/i18n/{en,ar}/`, built into the binary,
//! one bundle per language. Fluent picks Arabic's plural forms (zero, one, two, few, many,
//! other) from the number given; names and paths inside a message keep their own reading order.

use super::language::{Digits, Language, interface};
use crate::ui::text;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// One Fluent file of a language: its name, and its text.
type File = (&'static str, &'static str);

macro_rules! ftl {
    ($lang:literal, $file:literal) => {
        ($file, include_str!(concat!("../../../assets/i18n/", $lang, "/", $file)))
    };
}

/// The files of each language: the same names in each folder.
pub const ENGLISH: [File; 5] = [
    ftl!("en", "menus.ftl"),
    ftl!("en", "panels.ftl"),
    ftl!("en", "dialogs.ftl"),
    ftl!("en", "dates.ftl"),
    ftl!("en", "extraction.ftl"),
];
pub const ARABIC: [File; 5] = [
    ftl!("ar", "menus.ftl"),
    ftl!("ar", "panels.ftl"),
    ftl!("ar", "dialogs.ftl"),
    ftl!("ar", "dates.ftl"),
    ftl!("ar", "extraction.ftl"),
];

/// The files of `language`.
pub fn files(language: Language) -> &'static [File] {
    match language {
        Language::English => &ENGLISH,
        Language::Arabic => &ARABIC,
    }
}

/// The bundles, built on first use.
fn bundles() -> &'static [FluentBundle<FluentResource>; 2] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| [bundle(Language::English), bundle(Language::Arabic)])
}

fn bundle_of(language: Language) -> &'static FluentBundle<FluentResource> {
    &bundles()[language as usize]
}

/// A language's bundle. The files are part of the build: a syntax error or a key given twice
/// is a bug, caught by the catalogue's tests.
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id = language.tag().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Names are isolated by us, and only where they need it (see `message`): egui's own text
    // path would draw FSI and PDI as missing glyphs.
    bundle.set_use_isolating(false);
    bundle.add_builtins().expect("NUMBER() is not defined twice");
    if language == Language::Arabic {
        bundle.set_formatter(Some(|value, _| match value {
            FluentValue::Number(n) => Some(localize_digits(&n.as_string())),
            _ => None,
        }));
    }
    for (name, source) in files(language) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, e)| panic!("{}/{name}: {e:?}", language.tag()));
        bundle.add_resource(resource).unwrap_or_else(|e| panic!("{}/{name}: {e:?}", language.tag()));
    }
    bundle
}

/// Is `key` a message of `language`'s catalogue?
pub fn has_message(language: Language, key: &str) -> bool {
    bundle_of(language).get_message(key).is_some_and(|m| m.value().is_some())
}

/// The message `key` in this thread's interface language, with `args` put in. Names and paths
/// given as arguments are isolated (FSI … PDI) when their direction differs from the message's,
/// so «قمة مينسك.tarikh» stays whole in «Saved …» and «/tmp/a.tarikh» in «حُفظ …». A key
/// missing from the catalogue is a bug (debug builds stop on it); release builds show English,
/// else the key.
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    let language = interface().language;
    let found = [language, Language::English]
        .into_iter()
        .find_map(|l| Some((l, bundle_of(l).get_message(key)?.value()?)));
    let Some((language, pattern)) = found else {
        debug_assert!(false, "no message {key:?} in the catalogue");
        return key.to_string();
    };
    let args = args.map(|a| isolated(a, language));
    let mut errors = Vec::new();
    let text = bundle_of(language).format_pattern(pattern, args.as_ref(), &mut errors).into_owned();
    debug_assert!(errors.is_empty(), "{key}: {errors:?}");
    text
}

/// The arguments with each string isolated where the message's direction would take it over:
/// Arabic names in English, and any name in Arabic (a path «/tmp/a.tarikh» would otherwise
/// lose its leading slash to the Arabic around it).
fn isolated<'a>(args: &'a FluentArgs<'a>, language: Language) -> FluentArgs<'a> {
    let mut out = FluentArgs::with_capacity(args.iter().count());
    for (name, value) in args.iter() {
        match value {
            FluentValue::String(s) if language.is_rtl() && !s.is_empty() => {
                out.set(name.to_string(), format!("\u{2068}{s}\u{2069}"))
            }
            FluentValue::String(s) => out.set(name.to_string(), text::isolate(s)),
            other => out.set(name.to_string(), other.clone()),
        }
    }
    out
}

/// `text` with its digits written as the interface says: Arabic-Indic (and «٫» for the decimal
/// point) in an Arabic interface set so, unchanged otherwise. For numbers only: a file name's
/// digits are its own.
pub fn localize_digits(text: &str) -> String {
    let i = interface();
    if i.language != Language::Arabic || i.digits != Digits::ArabicIndic {
        return text.to_string();
    }
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32('\u{0660}' as u32 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' => '\u{066B}',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::{Interface, set_interface};
    use fluent_bundle::FluentArgs;

    fn speak(language: Language, digits: Digits) {
        set_interface(Interface { language, digits });
    }

    fn count(key: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("count", n);
        message(key, Some(&args))
    }

    #[test]
    fn arabic_counts_take_the_six_plural_forms() {
        speak(Language::Arabic, Digits::Western);
        assert_eq!(count("articles-count", 0), "لا مقالات");
        assert_eq!(count("articles-count", 1), "مقال واحد");
        assert_eq!(count("articles-count", 2), "مقالان");
        assert_eq!(count("articles-count", 5), "5 مقالات");
        assert_eq!(count("articles-count", 11), "11 مقالًا");
        assert_eq!(count("articles-count", 100), "100 مقال");
        speak(Language::English, Digits::Western);
        assert_eq!(count("articles-count", 1), "1 article");
        assert_eq!(count("articles-count", 5), "5 articles");
    }

    #[test]
    fn arabic_indic_digits_are_a_setting_of_the_arabic_interface() {
        speak(Language::Arabic, Digits::ArabicIndic);
        assert_eq!(count("articles-count", 25), "٢٥ مقالًا");
        assert_eq!(localize_digits("2022-12-19"), "٢٠٢٢-١٢-١٩");
        speak(Language::English, Digits::ArabicIndic);
        assert_eq!(count("articles-count", 25), "25 articles");
        assert_eq!(localize_digits("2022"), "2022");
    }

    #[test]
    fn names_inside_messages_keep_their_reading_order() {
        let mut args = FluentArgs::new();
        args.set("name", "قمة مينسك.txt");
        speak(Language::English, Digits::Western);
        assert_eq!(message("status-closed", Some(&args)), "Closed \u{2068}قمة مينسك.txt\u{2069}");
        let mut latin = FluentArgs::new();
        latin.set("name", "notes.txt");
        assert_eq!(message("status-closed", Some(&latin)), "Closed notes.txt");
        speak(Language::Arabic, Digits::Western);
        assert_eq!(message("status-closed", Some(&latin)), "أُغلق \u{2068}notes.txt\u{2069}");
    }

    #[test]
    fn every_file_parses_and_every_message_has_a_value() {
        for language in Language::ALL {
            for (name, source) in files(language) {
                let resource = FluentResource::try_new(source.to_string());
                assert!(resource.is_ok(), "{}/{name} does not parse: {:?}", language.tag(), resource.err());
            }
            // Building the bundle fails on a key given twice.
            let _ = bundle_of(language);
        }
    }
}
