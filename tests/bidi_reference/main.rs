//! The text module's visual order against references, over thousands of lines (see [`corpus`]):
//!
//! - `unicode_bidi`'s own `reorder_visual` (on `reordered_levels_per_char`) and `reorder_line`:
//!   the order of the pieces handed to egui ([`Analysis::line_pieces`]);
//! - the same reference against the glyphs egui actually draws (harfrust shapes and reverses
//!   Arabic pieces itself: the test checks that its reversal lands where the algorithm says);
//! - GNU FriBidi's `fribidi` command, an implementation of its own (`#[ignore]`d: it needs the
//!   `libfribidi-bin` package; `tests/text/run.sh` installs it and runs this with `--ignored`).
//!
//! Each line is checked with both base directions (the glyphs: with its own). What is compared is the left-to-right order of
//! the characters that are drawn, less combining marks (they are drawn on their letter):
//! bidi controls are not drawn.

mod corpus;

use std::io::Write;
use std::process::{Command, Stdio};

use corpus::Source;
use eframe::egui::{self, Color32, FontId};
use tarikh::ui::text::bidi::Analysis;
use tarikh::ui::text::direction::{Direction, is_hidden, mirror};
use tarikh::ui::text::{self, Paragraph};
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

/// How many generated lines to add to the seeds and real-dev lines.
const GENERATED: usize = 4000;

/// Is `c` drawn as a character of its own (not a control, not a mark on a letter)?
fn drawn_base(c: char) -> bool {
    !is_hidden(c) && bidi_class(c) != BidiClass::NSM
}

fn level(direction: Direction) -> Level {
    if direction.is_rtl() { Level::rtl() } else { Level::ltr() }
}

/// Our order: the byte offsets of the drawn characters, left to right, from the pieces.
fn our_order(line: &str, direction: Direction) -> Vec<usize> {
    let a = Analysis::new(line, Some(direction));
    let pieces = a.line_pieces(0..line.len());
    let order = pieces.iter().flat_map(|p| p.visual_offsets().collect::<Vec<_>>());
    order.filter(|&o| drawn_base(line[o..].chars().next().unwrap())).collect()
}

/// The reference order, from `unicode_bidi`'s levels and `reorder_visual`.
fn reference_order(line: &str, direction: Direction) -> Vec<usize> {
    let info = BidiInfo::new(line, Some(level(direction)));
    assert_eq!(info.paragraphs.len(), 1, "one paragraph: {line:?}");
    let levels = info.reordered_levels_per_char(&info.paragraphs[0], 0..line.len());
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    BidiInfo::reorder_visual(&levels)
        .into_iter()
        .map(|i| chars[i])
        .filter(|&(_, c)| drawn_base(c))
        .map(|(o, _)| o)
        .collect()
}

/// The reference's visual string (`reorder_line`), less what is not drawn as a character.
fn reference_line(line: &str, direction: Direction) -> String {
    let info = BidiInfo::new(line, Some(level(direction)));
    info.reorder_line(&info.paragraphs[0], 0..line.len()).chars().filter(|&c| drawn_base(c)).collect()
}

/// The line and the two orders, for a failure message.
fn explain(line: &str, ours: &[usize], theirs: &[usize]) -> String {
    let show =
        |order: &[usize]| -> String { order.iter().map(|&o| line[o..].chars().next().unwrap()).collect() };
    format!("line {line:?}\n ours:   {}\n theirs: {}", show(ours), show(theirs))
}

/// Counts per source, printed at the end of each test.
#[derive(Default)]
struct Tally {
    lines: [usize; 3],
    mismatches: Vec<String>,
}

impl Tally {
    fn add(&mut self, source: Source) {
        self.lines[source as usize] += 1;
    }

    fn report(&self, what: &str) {
        let [seeds, real, generated] = self.lines;
        println!(
            "{what}: {} line checks (seeds {seeds}, real-dev {real}, generated {generated}), {} mismatches",
            seeds + real + generated,
            self.mismatches.len()
        );
        let first: Vec<&String> = self.mismatches.iter().take(8).collect();
        assert!(self.mismatches.is_empty(), "{} mismatches, first:\n{first:#?}", self.mismatches.len());
    }
}

#[test]
fn pieces_follow_unicode_bidi() {
    let lines = corpus::all(GENERATED);
    let mut tally = Tally::default();
    for (source, line) in &lines {
        for direction in [Direction::Rtl, Direction::Ltr] {
            tally.add(*source);
            let ours = our_order(line, direction);
            let theirs = reference_order(line, direction);
            if ours != theirs {
                tally.mismatches.push(explain(line, &ours, &theirs));
                continue;
            }
            let ours_text: String = ours.iter().map(|&o| line[o..].chars().next().unwrap()).collect();
            if ours_text != reference_line(line, direction) {
                tally.mismatches.push(format!("reorder_line differs: {line:?}"));
            }
        }
    }
    tally.report("unicode_bidi");
    assert!(lines.len() >= GENERATED);
}

/// The number range after an Arabic word reads as the algorithm says (rule W2 makes both numbers
/// Arabic numbers, the hyphen stays neutral and takes the Arabic direction): 2026 on the left.
#[test]
fn number_range_after_an_arabic_word() {
    let line = "عام 2025-2026";
    let visual: String =
        our_order(line, Direction::Rtl).iter().map(|&o| line[o..].chars().next().unwrap()).collect();
    assert_eq!(visual, "2026-2025 ماع");
}

/// The glyphs egui draws, left to right, as byte offsets (a letter drawn with several glyphs
/// counts once), less combining marks.
fn drawn_order(p: &Paragraph, line: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for l in p.lines() {
        for &o in l.glyph_offsets.iter() {
            if out.last() != Some(&o) && drawn_base(line[o..].chars().next().unwrap()) {
                out.push(o);
            }
        }
    }
    out
}

/// Can the Arabic letter at `o` be drawn inside a ligature: is it joined to a letter next to it
/// (marks skipped)? Noto Naskh draws lam-alef, lam-meem, lam-jeem and more as one glyph, which
/// carries the first letter.
fn in_ligature(line: &str, o: usize) -> bool {
    let letter = |c: char| matches!(bidi_class(c), BidiClass::AL | BidiClass::R);
    let skip = |c: &(usize, char)| bidi_class(c.1) == BidiClass::NSM;
    let c = line[o..].chars().next().unwrap();
    let before = line[..o].char_indices().rev().find(|x| !skip(x));
    let start = o + c.len_utf8();
    let after = line[start..].char_indices().map(|(i, n)| (start + i, n)).find(|x| !skip(x));
    letter(c) && [before, after].into_iter().flatten().any(|(_, n)| letter(n))
}

/// What egui draws follows the reference: every glyph's character comes in the reference's
/// order. A character without a glyph of its own is allowed only inside a ligature (lam-alef:
/// the alef shares the lam's glyph) or when it is blank.
#[test]
fn glyphs_follow_unicode_bidi() {
    let ctx = egui::Context::default();
    text::install_fonts(&ctx);
    let lines = corpus::all(GENERATED / 8);
    let mut tally = Tally::default();
    let mut glyphless = 0usize;
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        for (source, line) in &lines {
            // Each line in the direction the app gives it (the pieces test covers both).
            for direction in [text::base_direction(line)] {
                tally.add(*source);
                let font = FontId::proportional(16.0);
                let p =
                    Paragraph::with_direction(ui, line, direction, font, Color32::BLACK, f32::INFINITY, &[]);
                let drawn = drawn_order(&p, line);
                let theirs = reference_order(line, direction);
                let position: std::collections::HashMap<usize, usize> =
                    theirs.iter().enumerate().map(|(i, &o)| (o, i)).collect();
                let in_order = drawn.windows(2).all(|w| position.get(&w[0]) < position.get(&w[1]));
                let all_known = drawn.iter().all(|o| position.contains_key(o));
                if !in_order || !all_known {
                    tally.mismatches.push(explain(line, &drawn, &theirs));
                    continue;
                }
                for &o in &theirs {
                    if !drawn.contains(&o) {
                        let c = line[o..].chars().next().unwrap();
                        let blank = c.is_whitespace() || c == '\u{0640}';
                        if !(blank || in_ligature(line, o)) {
                            tally.mismatches.push(format!("{c:?} at {o} has no glyph in {line:?}"));
                        }
                        glyphless += 1;
                    }
                }
            }
        }
    });
    output.textures_delta.clear();
    println!("characters without a glyph of their own (ligature tails, blank): {glyphless}");
    tally.report("glyphs drawn by egui vs unicode_bidi");
}

/// Runs `fribidi` on `lines` with the base direction forced; returns, per line, the visual
/// string and the visual-to-logical map (in characters).
fn fribidi(lines: &[&str], direction: Direction) -> Vec<(String, Vec<usize>)> {
    let flag = if direction.is_rtl() { "--rtl" } else { "--ltr" };
    let mut child = Command::new("fribidi")
        .args(["--nopad", "--nobreak", flag, "--vtol"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the fribidi command (Debian package libfribidi-bin)");
    let mut input = String::new();
    for l in lines {
        input.push_str(l);
        input.push('\n');
    }
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = text.split('\n').collect();
    assert!(
        rows.len() > 2 * lines.len() - 1,
        "fribidi printed {} rows for {} lines",
        rows.len(),
        lines.len()
    );
    (0..lines.len())
        .map(|i| {
            let map = rows[2 * i + 1].split_whitespace().map(|n| n.parse().unwrap()).collect();
            (rows[2 * i].to_owned(), map)
        })
        .collect()
}

/// GNU FriBidi as an outside oracle: the same order, and the same mirrored brackets.
#[test]
#[ignore = "needs the fribidi command (libfribidi-bin): run by tests/text/run.sh"]
fn pieces_follow_fribidi() {
    let lines = corpus::all(GENERATED);
    let texts: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    let mut tally = Tally::default();
    let mut disagreements = Vec::new();
    for direction in [Direction::Rtl, Direction::Ltr] {
        let results = fribidi(&texts, direction);
        for ((source, line), (visual, vtol)) in lines.iter().zip(results) {
            tally.add(*source);
            let chars: Vec<(usize, char)> = line.char_indices().collect();
            assert_eq!(vtol.len(), chars.len(), "{line:?}");
            let theirs: Vec<usize> =
                vtol.iter().map(|&i| chars[i]).filter(|&(_, c)| drawn_base(c)).map(|(o, _)| o).collect();
            let ours = our_order(line, direction);
            if ours != theirs {
                if has_explicit_formatting(line) {
                    disagreements.push(format!("{direction:?} {}", explain(line, &ours, &theirs)));
                } else {
                    tally.mismatches.push(explain(line, &ours, &theirs));
                }
                continue;
            }
            // Mirroring: where fribidi left a character unshaped (not an Arabic letter), it
            // draws what we draw.
            let drawn = drawn_chars(line, direction);
            let fribidi_drawn = vtol.iter().zip(visual.chars()).filter(|&(&i, _)| drawn_base(chars[i].1));
            for ((&i, v), (o, shown)) in fribidi_drawn.zip(drawn) {
                let c = chars[i].1;
                debug_assert_eq!(chars[i].0, o);
                let shaped = matches!(bidi_class(c), BidiClass::AL | BidiClass::R);
                if !shaped && v != shown {
                    tally.mismatches.push(format!("{c:?} shows as {shown:?}, fribidi {v:?}: {line:?}"));
                }
            }
        }
    }
    // unicode_bidi (0.3.18) and FriBidi (Debian's 1.0.8) each get a few lines wrong where
    // explicit embeddings or isolates meet brackets or separators (servo/unicode-bidi#89 and
    // #119; fribidi/fribidi#130): those are listed, and must stay rare.
    let with_controls = lines.iter().filter(|(_, l)| has_explicit_formatting(l)).count() * 2;
    println!(
        "lines with explicit embeddings or isolates where the two references disagree: {}",
        disagreements.len()
    );
    for d in &disagreements {
        println!("{d}");
    }
    assert!(disagreements.len() * 100 <= with_controls, "{} of {with_controls}", disagreements.len());
    tally.report("fribidi");
}

/// Does `line` hold an explicit embedding, override or isolate (U+202A–U+202E, U+2066–U+2069)?
fn has_explicit_formatting(line: &str) -> bool {
    line.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// The characters we hand to the shaper for the drawn characters, left to right, with their
/// offsets (mirrored in right-to-left runs).
fn drawn_chars(line: &str, direction: Direction) -> Vec<(usize, char)> {
    let a = Analysis::new(line, Some(direction));
    let pieces = a.line_pieces(0..line.len());
    let chars = pieces.iter().flat_map(|p| p.visual_chars().collect::<Vec<_>>());
    chars.filter(|&(o, _)| drawn_base(line[o..].chars().next().unwrap())).collect()
}

/// Our mirroring table agrees with Unicode's mirrored pairs for the characters it knows.
#[test]
fn mirrored_pairs_go_both_ways() {
    for c in ['(', '[', '{', '<', '«', '‹', '≤'] {
        assert_ne!(mirror(c), c);
        assert_eq!(mirror(mirror(c)), c);
    }
    assert_eq!(mirror('a'), 'a');
}
