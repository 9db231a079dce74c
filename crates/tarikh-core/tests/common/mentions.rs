//! Checks shared by the date grammar tests.

use tarikh_core::dates::DateMention;

/// The message of a caught panic.
pub fn panic_msg(p: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic)".to_string()
    }
}

/// Round-trip invariants: spans inside the text, on char boundaries, non-empty, text == slice.
pub fn span_problems(text: &str, ms: &[DateMention]) -> Vec<String> {
    let mut out = vec![];
    for m in ms {
        let sp = &m.span;
        if sp.start >= sp.end || sp.end > text.len() {
            out.push(format!("bad span {sp:?} (text is {} bytes)", text.len()));
        } else if !text.is_char_boundary(sp.start) || !text.is_char_boundary(sp.end) {
            out.push(format!("span {sp:?} not on char boundaries"));
        } else if text[sp.clone()] != m.text {
            out.push(format!("&text[{sp:?}] = «{}» but mention.text = «{}»", &text[sp.clone()], m.text));
        }
    }
    out
}
