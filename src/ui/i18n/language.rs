//! The interface's language: which one, chosen from the system locale or by the user, the
//! digits numbers are written with, and the first day of the week.
//!
//! egui draws on one thread and the tests run one app per thread, so the language in use is
//! the drawing thread's: the app sets it at the start of each frame ([`set_interface`]) and
//! every message looked up on that thread is in it. No panel has to carry it around.

use chrono::Weekday;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::sync::OnceLock;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Arabic, Language::English];

    /// Its BCP 47 tag (the catalogue's folder name).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Arabic => "ar",
        }
    }

    /// Written right to left: the whole layout mirrors.
    pub fn is_rtl(self) -> bool {
        self == Language::Arabic
    }

    /// The language's own name for itself, as a language menu lists it (in every interface
    /// language, so a user lost in the other one finds theirs).
    pub fn endonym(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
        }
    }
}

/// The digits numbers are written with in Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Digits {
    /// 0123456789, as most Arabic news sites and the Maghreb write them.
    #[default]
    Western,
    /// ٠١٢٣٤٥٦٧٨٩, as the Mashriq writes them by hand and in print.
    ArabicIndic,
}

/// What the drawing thread shows the interface in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interface {
    pub language: Language,
    /// Applies to Arabic only: English always has Western digits.
    pub digits: Digits,
}

thread_local! {
    static INTERFACE: Cell<Option<Interface>> = const { Cell::new(None) };
}

/// Sets the interface of this thread (the app calls it each frame, and when it changes).
pub fn set_interface(interface: Interface) {
    INTERFACE.with(|i| i.set(Some(interface)));
}

/// The interface of this thread: as set, else the system's language with Western digits.
pub fn interface() -> Interface {
    INTERFACE.with(|i| i.get()).unwrap_or(Interface { language: system_language(), digits: Digits::Western })
}

/// The language of this thread's interface.
pub fn language() -> Language {
    interface().language
}

/// Is the interface right to left (Arabic)?
pub fn is_rtl() -> bool {
    language().is_rtl()
}

/// The system's locale as POSIX programs read it: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
/// (`ar_EG.UTF-8`); `None` when none is set or it is `C`/`POSIX`.
pub fn system_locale() -> Option<String> {
    locale_from(|name| std::env::var(name).ok())
}

/// The locale from environment variables looked up by `var`.
fn locale_from(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|v| !v.is_empty())
        .filter(|v| !matches!(v.as_str(), "C" | "POSIX") && !v.starts_with("C."))
}

/// The language of a POSIX locale (`ar_SA.UTF-8@euro`): Arabic for `ar`, English otherwise,
/// negotiated by fluent-langneg against the languages the catalogue has.
pub fn language_of_locale(locale: &str) -> Language {
    let tag = locale.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    let Ok(requested) = tag.parse::<unic_langid::LanguageIdentifier>() else { return Language::English };
    let available: Vec<unic_langid::LanguageIdentifier> =
        Language::ALL.iter().filter_map(|l| l.tag().parse().ok()).collect();
    let english: unic_langid::LanguageIdentifier = Language::English.tag().parse().expect("a tag");
    let chosen = fluent_langneg::negotiate_languages(
        &[requested],
        &available,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    match chosen.first().map(|l| l.language.as_str()) {
        Some("ar") => Language::Arabic,
        _ => Language::English,
    }
}

/// The system's language (read once): Arabic when the locale is `ar_*`.
pub fn system_language() -> Language {
    static LANGUAGE: OnceLock<Language> = OnceLock::new();
    *LANGUAGE.get_or_init(|| system_locale().map_or(Language::English, |l| language_of_locale(&l)))
}

/// Where the week starts in this thread's interface: Saturday in Arabic (as calendars across
/// the Arab world print it); in English, Sunday where the locale's region starts it so (the
/// United States, Canada, …: CLDR's list), Monday elsewhere and without a region (ISO 8601).
pub fn week_start() -> Weekday {
    match language() {
        Language::Arabic => Weekday::Sat,
        Language::English => english_week_start(system_locale().as_deref()),
    }
}

/// The first day of the week for an English interface under `locale`.
fn english_week_start(locale: Option<&str>) -> Weekday {
    // CLDR's regions whose week starts on Sunday (supplementalData, firstDay="sun"), those
    // with English among their languages.
    const SUNDAY: [&str; 24] = [
        "AG", "AS", "BS", "BW", "BZ", "CA", "DM", "GU", "HK", "IN", "JM", "KE", "MH", "MT", "PH", "PK", "PR",
        "SG", "TT", "UM", "US", "VI", "WS", "ZA",
    ];
    let region = locale.and_then(|l| l.split(['.', '@']).next()).and_then(|l| l.split('_').nth(1));
    match region {
        Some(r) if SUNDAY.contains(&r) => Weekday::Sun,
        _ => Weekday::Mon,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_is_read_as_posix_programs_read_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(locale_from(env(&[("LANG", "ar_EG.UTF-8")])).as_deref(), Some("ar_EG.UTF-8"));
        // LC_ALL wins over LC_MESSAGES, which wins over LANG; empty ones do not count.
        let all = env(&[("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", "ar_SA.UTF-8"), ("LANG", "fr_FR")]);
        assert_eq!(locale_from(all).as_deref(), Some("en_GB.UTF-8"));
        let messages = env(&[("LC_ALL", ""), ("LC_MESSAGES", "ar_SA.UTF-8"), ("LANG", "en_US")]);
        assert_eq!(locale_from(messages).as_deref(), Some("ar_SA.UTF-8"));
        assert_eq!(locale_from(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(locale_from(env(&[])), None);
    }

    #[test]
    fn arabic_locales_give_an_arabic_interface() {
        for l in ["ar_EG.UTF-8", "ar_SA", "ar", "ar_MA.utf8@latn", "ar-AE"] {
            assert_eq!(language_of_locale(l), Language::Arabic, "{l}");
        }
        for l in ["en_US.UTF-8", "en_GB", "fr_FR.UTF-8", "de", "garbage!", ""] {
            assert_eq!(language_of_locale(l), Language::English, "{l}");
        }
    }

    #[test]
    fn weeks_start_as_the_locale_says() {
        assert_eq!(english_week_start(Some("en_US.UTF-8")), Weekday::Sun);
        assert_eq!(english_week_start(Some("en_CA")), Weekday::Sun);
        assert_eq!(english_week_start(Some("en_GB.UTF-8")), Weekday::Mon);
        assert_eq!(english_week_start(None), Weekday::Mon);
        set_interface(Interface { language: Language::Arabic, digits: Digits::Western });
        assert_eq!(week_start(), Weekday::Sat);
    }
}
