//! Keyboard shortcuts, in one place so the menu, the help window and the handlers agree.

use super::i18n::tr;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};

pub const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
pub const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
pub const CLOSE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::W);
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
pub const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
pub const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
pub const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
pub const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
pub const SAVE_AS: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S);
pub const OPEN_PROJECT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::O);

/// (keys, what they do), for the help window.
pub fn help() -> Vec<(String, String)> {
    let fixed = |keys: &str, what: String| (keys.to_string(), what);
    vec![
        fixed("Ctrl+O", tr!("keys-open-files")),
        fixed("Ctrl+Shift+O", tr!("keys-open-project")),
        fixed("Ctrl+S", tr!("keys-save")),
        fixed("Ctrl+Shift+S", tr!("keys-save-as")),
        fixed("Ctrl+Z", tr!("keys-undo")),
        fixed("Ctrl+Shift+Z / Ctrl+Y", tr!("keys-redo")),
        fixed("Ctrl+W", tr!("keys-close")),
        fixed("Ctrl+F", tr!("keys-find")),
        fixed("Ctrl+Q", tr!("keys-quit")),
        (tr!("keys-next-keys"), tr!("keys-next")),
        (tr!("keys-previous-keys"), tr!("keys-previous")),
        (tr!("keys-zoom-keys"), tr!("keys-zoom")),
        (tr!("keys-pan-keys"), tr!("keys-pan")),
        (tr!("keys-fit-keys"), tr!("keys-fit")),
        fixed("Esc", tr!("keys-clear")),
        (tr!("keys-delete-keys"), tr!("keys-delete")),
    ]
}
