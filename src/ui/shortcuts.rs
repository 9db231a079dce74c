//! Keyboard shortcuts, in one place so the menu, the help window and the handlers agree.

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
pub const HELP: &[(&str, &str)] = &[
    ("Ctrl+O", "Open files…"),
    ("Ctrl+Shift+O", "Open a project…"),
    ("Ctrl+S", "Save the project"),
    ("Ctrl+Shift+S", "Save the project as…"),
    ("Ctrl+Z", "Undo the last edit"),
    ("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
    ("Ctrl+W", "Close the article in the reader"),
    ("Ctrl+F", "Search events"),
    ("Ctrl+Q", "Quit"),
    ("j / Down", "Next event in time"),
    ("k / Up", "Previous event in time"),
    ("+ / -, mouse wheel", "Zoom the timeline"),
    ("Left / Right, drag", "Pan the timeline"),
    ("Home", "Fit all events"),
    ("Esc", "Clear the selection"),
    ("Delete", "Hide the selected event (not an event), or delete one you added"),
];
