//! Names inside other text: a file or project name that may be Arabic, put in a sentence of
//! another language or shown as a path, keeps its own reading order.
//!
//! «Saved قمة مينسك.tarikh» read as one paragraph would be turned right to left by its Arabic
//! letters; in an isolate (FSI … PDI) the name reads right to left inside an English sentence
//! that stays left to right. A path keeps its separators in order, each name isolated.

use std::path::Path;

use super::direction::has_rtl;

/// First-strong isolate and its closer.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
/// Left-to-right mark: starts a path so that its base direction is left to right.
const LRM: char = '\u{200E}';

/// `name` in a first-strong isolate when it holds Arabic (else unchanged): for a name inside a
/// message, `format!("Saved {}", isolate("قمة مينسك.tarikh"))`.
pub fn isolate(name: &str) -> String {
    if has_rtl(name) { format!("{FSI}{name}{PDI}") } else { name.to_owned() }
}

/// A path to show: left to right, each name in it isolated when it holds Arabic, so that
/// «/home/سارة/مشاريع/قمة مينسك.tarikh» keeps its folders in order and each name reads right to
/// left.
pub fn path_text(path: &Path) -> String {
    let shown = path.display().to_string();
    if !has_rtl(&shown) {
        return shown;
    }
    let mut out = String::from(LRM);
    let mut name = String::new();
    for c in shown.chars() {
        if c == '/' || c == std::path::MAIN_SEPARATOR {
            out.push_str(&isolate(&std::mem::take(&mut name)));
            out.push(c);
        } else {
            name.push(c);
        }
    }
    out.push_str(&isolate(&name));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::text::direction::{Direction, base_direction};

    #[test]
    fn a_name_in_a_sentence_keeps_the_sentence_left_to_right() {
        let message = format!("Saved {}", isolate("قمة مينسك.tarikh"));
        assert_eq!(message, "Saved \u{2068}قمة مينسك.tarikh\u{2069}");
        assert_eq!(base_direction(&message), Direction::Ltr);
        // Without the isolate, the Arabic letters can outnumber the Latin ones.
        assert_eq!(base_direction("Closed قمة مينسك"), Direction::Rtl);
        assert_eq!(base_direction(&format!("Closed {}", isolate("قمة مينسك"))), Direction::Ltr);
        assert_eq!(isolate("notes.tarikh"), "notes.tarikh");
        // A name alone reads as it is written.
        assert_eq!(base_direction(&isolate("قمة مينسك.tarikh")), Direction::Rtl);
    }

    #[test]
    fn paths_keep_their_folders_in_order() {
        let p = Path::new("/home/سارة/مشاريع/قمة مينسك.tarikh");
        let shown = path_text(p);
        assert_eq!(
            shown,
            "\u{200E}/home/\u{2068}سارة\u{2069}/\u{2068}مشاريع\u{2069}/\u{2068}قمة مينسك.tarikh\u{2069}"
        );
        assert_eq!(base_direction(&shown), Direction::Ltr);
        assert_eq!(path_text(Path::new("/tmp/a.tarikh")), "/tmp/a.tarikh");
    }
}
