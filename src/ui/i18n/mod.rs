//! The interface in Arabic or English: every string the user reads comes from one message
//! catalogue (Fluent, `assets/i18n/{en,ar}/*.ftl`), in the language of the system's locale or
//! the one chosen in View → Language.
//!
//! - [`language`]: [`Language`], [`Digits`], the system's locale, the week's first day, the
//!   language of the drawing thread ([`set_interface`]);
//! - [`catalogue`]: the Fluent bundles, [`message`], [`localize_digits`].
//!
//! In code: `tr!("menu-file")` is a message as a `String`, `tr!("articles-count", count = n)`
//! one with arguments; `wtr!(ui, "menu-file")` the same as text for any egui widget, in reading
//! order (buttons, menu items, combo boxes, window titles).

pub mod catalogue;
pub mod language;

pub use catalogue::{has_message, localize_digits, message};
pub use language::{
    Digits, Interface, Language, interface, is_rtl, language, set_interface, system_language, week_start,
};

/// The keys of `language`'s catalogue (a message starts a line: `key = …`).
pub fn keys(language: Language) -> std::collections::BTreeSet<String> {
    catalogue::files(language)
        .iter()
        .flat_map(|(_, source)| source.lines())
        .filter_map(|line| {
            let (key, _) = line.split_once('=')?;
            let key = key.trim_end();
            let is_id = key.starts_with(|c: char| c.is_ascii_lowercase())
                && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            is_id.then(|| key.to_string())
        })
        .collect()
}

/// The variables (`$name`) message `key` of `language` uses, to check that both languages
/// take the same ones.
pub fn variables(language: Language, key: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let mut inside = false;
    for (_, source) in catalogue::files(language) {
        for line in source.lines() {
            // A message runs on to the next message or comment (its continuation lines may
            // start with a space, or with «}» closing a selector).
            let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
            if starts_message {
                inside = line.split_once('=').is_some_and(|(k, _)| k.trim_end() == key);
            } else if line.starts_with('#') {
                inside = false;
            }
            if !inside {
                continue;
            }
            for piece in line.split('$').skip(1) {
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

/// A message of the catalogue, as a `String`: `tr!("key")`, `tr!("key", count = n, name = s)`.
macro_rules! tr {
    ($key:literal) => {
        $crate::ui::i18n::message($key, None)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::ui::i18n::message($key, Some(&args))
    }};
}
pub(crate) use tr;

/// A message of the catalogue as text for an egui widget, in reading order:
/// `ui.button(wtr!(ui, "key"))`, `wtr!(ui, "key", count = n)`.
macro_rules! wtr {
    ($ui:expr, $($message:tt)+) => {
        $crate::ui::text::widget_text($ui, &$crate::ui::i18n::tr!($($message)+))
    };
}
pub(crate) use wtr;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_english_have_the_same_keys_and_variables() {
        let (en, ar) = (keys(Language::English), keys(Language::Arabic));
        assert!(en.len() > 100, "{} keys", en.len());
        let only_en: Vec<_> = en.difference(&ar).collect();
        let only_ar: Vec<_> = ar.difference(&en).collect();
        assert!(only_en.is_empty(), "missing in Arabic: {only_en:?}");
        assert!(only_ar.is_empty(), "missing in English: {only_ar:?}");
        for key in &en {
            assert!(has_message(Language::English, key) && has_message(Language::Arabic, key), "{key}");
            assert_eq!(variables(Language::English, key), variables(Language::Arabic, key), "{key}");
        }
    }
}
