//! The right-to-left text field driven as a user would (egui_kittest, drawn with wgpu): typing
//! «قمة مينسك 2022» key by key, moving the caret with the arrows, selecting a word with the
//! keyboard and with a double-click, deleting it, undo, paste, an IME composition, Arabic commas.
//!
//! Snapshots in `tests/snapshots/field_*.png` (`UPDATE_SNAPSHOTS=1 cargo test --test
//! text_field`, then look at each): the text reads right to left while focused, «2022» in
//! order at the left end, the caret where the reader expects it.

use eframe::egui::{self, Event, Id, Key, Modifiers, Rect, accesskit::Role};
use egui_kittest::{Harness, HarnessBuilder, kittest::Queryable};
use tarikh::ui::text::{self, Direction, Paragraph, TextField, caret::Caret, editing::Selection, field};

const TYPED: &str = "قمة مينسك 2022";

fn id() -> Id {
    Id::unique("title field")
}

/// A window with one field over the state's text (and a second field to move focus to).
fn harness(text: &str) -> Harness<'static, String> {
    let mut h = HarnessBuilder::default()
        .with_size([420.0, 110.0])
        .with_theme(egui::Theme::Light)
        // Steps as short as a frame, so that two clicks make a double-click.
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(text::install_fonts)
        .build_ui_state(
            |ui, text: &mut String| {
                let label = ui.label("Title").id;
                TextField::singleline(text).id(id()).desired_width(380.0).show(ui).labelled_by(label);
                let mut other = String::new();
                TextField::singleline(&mut other)
                    .id(Id::unique("other"))
                    .hint_text("other")
                    .desired_width(380.0)
                    .show(ui);
            },
            text.to_owned(),
        );
    h.run();
    h
}

fn field_node(h: &Harness<'static, String>) -> Rect {
    h.get_all_by_role(Role::TextInput).next().expect("the field").rect()
}

fn focus(h: &mut Harness<'static, String>) {
    h.get_all_by_role(Role::TextInput).next().unwrap().click();
    h.run();
}

fn press(h: &mut Harness<'static, String>, key: Key, times: usize) {
    for _ in 0..times {
        h.key_press(key);
        h.run();
    }
}

fn press_with(h: &mut Harness<'static, String>, modifiers: Modifiers, key: Key, times: usize) {
    for _ in 0..times {
        h.key_press_modifiers(modifiers, key);
        h.run();
    }
}

fn caret(h: &Harness<'static, String>) -> Selection {
    field::selection(&h.ctx, id()).expect("the field's state")
}

fn caret_x(h: &Harness<'static, String>) -> f32 {
    field::caret_rect(&h.ctx, id()).expect("a caret is drawn").center().x
}

/// Types `text` one character at a time, as a keyboard does.
fn type_keys(h: &mut Harness<'static, String>, text: &str) {
    for c in text.chars() {
        h.event(Event::Text(c.to_string()));
        h.run();
    }
}

/// Where a byte span of `text` is drawn in the field (right-aligned, as the field lays it out).
fn span_rect(h: &Harness<'static, String>, text: &str, span: std::ops::Range<usize>) -> Rect {
    let field = field_node(h);
    let ctx = &h.ctx;
    let font = egui::TextStyle::Body.resolve(&ctx.global_style());
    let p =
        Paragraph::for_editing(ctx, text, Direction::Rtl, &font, egui::Color32::BLACK, f32::INFINITY, &[]);
    let padding = ctx.global_style().spacing.button_padding;
    let origin = egui::pos2(field.right() - padding.x - p.size().x, field.top() + padding.y);
    *p.rects_of(origin, span).first().expect("the span is drawn")
}

#[test]
fn typing_moving_selecting_deleting() {
    let mut h = harness("");
    focus(&mut h);
    type_keys(&mut h, TYPED);
    assert_eq!(h.state(), TYPED);
    assert_eq!(caret(&h), Selection::at(Caret::after(TYPED.len())));
    // The caret sits right of «2022» (the number reads left to right at the left end of the
    // line), not at the line's left end.
    let field = field_node(&h);
    let number = TYPED.find("2022").unwrap();
    let number_rect = span_rect(&h, TYPED, number..TYPED.len());
    let after_number = caret_x(&h);
    assert!(
        (after_number - number_rect.right()).abs() < 1.5,
        "caret at {after_number}, «2022» at {number_rect:?}"
    );
    h.snapshot("field_typed");

    // A pause, as between typing and editing: the typed text becomes a step of the undo history.
    h.run_steps(90);

    // Home goes to the logical start: the right end.
    press(&mut h, Key::Home, 1);
    assert_eq!(caret(&h).caret.offset, 0);
    let start = caret_x(&h);
    assert!(start > field.right() - 20.0, "{start} in {field:?}");
    // Each Left moves the caret left on screen: over «قمة» and the space, into «مينسك».
    let mut previous = start;
    for _ in 0..4 {
        press(&mut h, Key::ArrowLeft, 1);
        let x = caret_x(&h);
        assert!(x < previous, "{x} not left of {previous}");
        previous = x;
    }
    let word_start = "قمة ".len();
    assert_eq!(caret(&h).caret.offset, word_start);
    // Shift+Left selects «مينسك» letter by letter (leftwards on screen is onwards in the
    // text), the caret stepping inside the font's ligatures too.
    let word = word_start..word_start + "مينسك".len();
    let mut steps = 0;
    while caret(&h).caret.offset < word.end {
        press_with(&mut h, Modifiers::SHIFT, Key::ArrowLeft, 1);
        steps += 1;
        assert!(steps <= 5, "{:?}", caret(&h));
    }
    assert_eq!(steps, 5, "one step per letter");
    assert_eq!(caret(&h).range(), word);
    h.snapshot("field_word_selected");
    // Backspace deletes the selection.
    press(&mut h, Key::Backspace, 1);
    assert_eq!(h.state(), "قمة  2022");
    assert_eq!(caret(&h).caret.offset, word_start);
    h.snapshot("field_word_deleted");

    // Undo brings the word back; redo takes it away again.
    press_with(&mut h, Modifiers::COMMAND, Key::Z, 1);
    assert_eq!(h.state(), TYPED);
    press_with(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z, 1);
    assert_eq!(h.state(), "قمة  2022");

    // End goes to the logical end, right of «2022» again.
    press(&mut h, Key::End, 1);
    assert_eq!(caret(&h).caret.offset, h.state().len());
}

#[test]
fn double_click_selects_a_word_and_typing_replaces_it() {
    let mut h = harness(TYPED);
    let start = "قمة ".len();
    let word = start..start + "مينسك".len();
    let rect = span_rect(&h, TYPED, word.clone());
    h.event(Event::PointerMoved(rect.center()));
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(Event::PointerButton {
                pos: rect.center(),
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
            h.step();
        }
    }
    h.run();
    assert_eq!(caret(&h).range(), word);
    type_keys(&mut h, "باريس");
    assert_eq!(h.state(), "قمة باريس 2022");
}

#[test]
fn a_click_places_the_caret_between_the_letters_clicked() {
    let mut h = harness(TYPED);
    let number = TYPED.find("2022").unwrap();
    // The right half of «2» (the first digit, at the number's left end): after it.
    let rect = span_rect(&h, TYPED, number..number + 1);
    let pos = egui::pos2(rect.right() - 1.0, rect.center().y);
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    assert_eq!(caret(&h).caret.offset, number + 1);
    // Typing there goes inside the number.
    type_keys(&mut h, "1");
    assert_eq!(h.state(), "قمة مينسك 21022");
}

#[test]
fn paste_ime_and_arabic_commas() {
    let mut h = harness("");
    focus(&mut h);
    h.event(Event::Paste("روسيا،\nأوكرانيا".to_owned()));
    h.run();
    assert_eq!(h.state(), "روسيا، أوكرانيا", "a one-line field joins pasted lines; the Arabic comma stays");
    // An IME composition shows in the text until it is committed.
    h.event(Event::Ime(egui::ImeEvent::Preedit { text: "،".to_owned(), active_range_chars: None }));
    h.run();
    assert_eq!(h.state(), "روسيا، أوكرانيا،");
    h.event(Event::Ime(egui::ImeEvent::Preedit { text: "، ب".to_owned(), active_range_chars: None }));
    h.run();
    h.event(Event::Ime(egui::ImeEvent::Commit("، بيلاروس".to_owned())));
    h.run();
    assert_eq!(h.state(), "روسيا، أوكرانيا، بيلاروس");
    // Delete at the start removes a letter; Backspace there does nothing.
    press(&mut h, Key::Home, 1);
    press(&mut h, Key::Backspace, 1);
    press(&mut h, Key::Delete, 1);
    assert_eq!(h.state(), "وسيا، أوكرانيا، بيلاروس");
    // Select all and type over it.
    press_with(&mut h, Modifiers::COMMAND, Key::A, 1);
    type_keys(&mut h, "2022");
    assert_eq!(h.state(), "2022");
}

#[test]
fn enter_ends_editing_and_focus_moves_on() {
    let mut h = harness("قمة");
    focus(&mut h);
    assert!(field::caret_rect(&h.ctx, id()).is_some());
    press(&mut h, Key::Enter, 1);
    assert!(!h.ctx.memory(|m| m.has_focus(id())));
    assert!(field::caret_rect(&h.ctx, id()).is_none());
    // The same layout as when focused: the text is still drawn right to left.
    h.snapshot("field_unfocused");
}

#[test]
fn a_multiline_note_wraps_and_the_caret_moves_between_lines() {
    let note_id = Id::unique("note field");
    let mut h = HarnessBuilder::default()
        .with_size([260.0, 160.0])
        .with_theme(egui::Theme::Light)
        .with_step_dt(1.0 / 60.0)
        .with_context_setup(text::install_fonts)
        .build_ui_state(
            move |ui, note: &mut String| {
                let label = ui.label("Note").id;
                TextField::multiline(note)
                    .id(note_id)
                    .desired_rows(3)
                    .desired_width(220.0)
                    .show(ui)
                    .labelled_by(label);
            },
            "قال المتحدث باسم الحكومة في مؤتمر صحفي عقده يوم الأحد 19 ديسمبر 2022 إن الاجتماع سيعقد".to_owned(),
        );
    h.run();
    h.get_by_role(Role::MultilineTextInput).click();
    h.run();
    let ctx = h.ctx.clone();
    let sel = || field::selection(&ctx, note_id).unwrap();
    // Ctrl+Home: the start of the text, at the right end of the first line.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Home);
    h.run();
    let first = field::caret_rect(&h.ctx, note_id).unwrap();
    assert_eq!(sel().caret.offset, 0);
    // Down: the next line, near the same x; End: the end of that line as read (its left).
    h.key_press(Key::ArrowDown);
    h.run();
    let second = field::caret_rect(&h.ctx, note_id).unwrap();
    assert!(second.top() > first.top() + 5.0, "{second:?} under {first:?}");
    assert!((second.center().x - first.center().x).abs() < 30.0, "{second:?} below {first:?}");
    let line_start = sel().caret.offset;
    assert!(line_start > 0);
    h.key_press(Key::End);
    h.run();
    let end = field::caret_rect(&h.ctx, note_id).unwrap();
    assert!(end.center().x < second.center().x - 60.0, "End goes to the left end: {end:?}");
    assert!(sel().caret.offset > line_start);
    // Up from there comes back to the first line.
    h.key_press(Key::ArrowUp);
    h.run();
    assert!((field::caret_rect(&h.ctx, note_id).unwrap().top() - first.top()).abs() < 1.0);
    // A click on the second line puts the caret there.
    let pos = egui::pos2(second.center().x - 40.0, second.center().y);
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
    assert!((field::caret_rect(&h.ctx, note_id).unwrap().top() - second.top()).abs() < 1.0);
    // Enter starts a new line in a note.
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().contains('\n'));
    h.snapshot("field_note");
}
