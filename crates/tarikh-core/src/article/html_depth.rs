//! A guard against pathological markup before the HTML parser sees a page.
//!
//! An HTML tree builder does work proportional to the depth of open elements for each new
//! one (scope checks, reopening formatting elements), so 100,000 unclosed `<div>` or `<font>`
//! tags take it minutes; and it checks each attribute of a tag against the others, so a tag
//! with 100,000 attributes takes seconds. No article nests that deep or needs that many: past
//! [`MAX_DEPTH`] open elements, further start tags (and the end tags that would close them)
//! are dropped, and their text kept; a tag with more than [`MAX_ATTRIBUTES`] loses its
//! attributes. One pass over the bytes, in the tokenizer's terms: tags, comments, and the raw
//! text of `<script>`/`<style>` whose content is not markup.

use std::borrow::Cow;

/// Deeper than any real page (news sites nest 20–40 levels).
pub const MAX_DEPTH: usize = 256;

/// Far more attributes than any real tag has.
pub const MAX_ATTRIBUTES: usize = 256;

/// Elements that never hold content, so never open a level.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];

/// `source` with the tags past [`MAX_DEPTH`] removed; borrowed when nothing had to go.
pub fn flatten_deep_nesting(source: &str) -> Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    // Start tags dropped and not yet matched by a dropped end tag.
    let mut dropped = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `source` already in `out` (or skipped)
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]).map(|k| i + k) {
        i = lt + 1;
        if source[lt..].starts_with("<!--") {
            i = source[lt + 4..].find("-->").map_or(bytes.len(), |k| lt + 4 + k + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len =
            bytes[name_start.min(bytes.len())..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = source[name_start..name_start + name_len].to_ascii_lowercase();
        let Some((end, attributes)) = tag_end(bytes, name_start + name_len) else { break };
        i = end;
        let self_closing = bytes[end - 2] == b'/';
        if !closing && (name == "script" || name == "style") {
            // Raw text: skip to its end tag.
            let close = format!("</{name}");
            i = find_ascii_ci(source, end, &close).unwrap_or(bytes.len());
            continue;
        }
        let drop = if closing {
            if dropped > 0 && depth >= MAX_DEPTH {
                dropped -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if VOID.contains(&name.as_str()) || self_closing {
            false
        } else if depth >= MAX_DEPTH {
            dropped += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop || attributes > MAX_ATTRIBUTES {
            let o = out.get_or_insert_with(|| String::with_capacity(source.len()));
            o.push_str(&source[copied..lt]);
            if !drop {
                o.push_str(&source[lt..name_start + name_len]);
                o.push_str(if self_closing { "/>" } else { ">" });
            }
            copied = end;
        }
    }
    match out {
        None => Cow::Borrowed(source),
        Some(mut o) => {
            o.push_str(&source[copied..]);
            Cow::Owned(o)
        }
    }
}

/// The byte after the `>` that ends a tag whose name ends at `from`, quotes respected, and
/// about how many attributes the tag has (words that follow a space outside quotes).
fn tag_end(bytes: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut quote = None;
    let mut attributes = 0;
    let mut after_space = false;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some((from + k + 1, attributes)),
            (None, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') => after_space = true,
            (None, b'=' | b'/') => after_space = false,
            (None, _) if after_space => {
                attributes += 1;
                after_space = false;
            }
            _ => {}
        }
    }
    None
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// The first ASCII-case-insensitive occurrence of `needle` at or after `from`.
fn find_ascii_ci(source: &str, from: usize, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    source.as_bytes()[from..].windows(n.len()).position(|w| w.eq_ignore_ascii_case(n)).map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><div class=\"a>b\"><p>نص <b>مهم</b><br></p><img src=x /></div>\
                    <script>if (a < b) { x = '<div>'; }</script><!-- <div> --></body></html>";
        assert!(matches!(flatten_deep_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_flattened_and_the_text_kept() {
        let n = MAX_DEPTH + 500;
        let page = format!("{}نص عميق{}", "<div><font color=red>".repeat(n), "</font></div>".repeat(n));
        let flat = flatten_deep_nesting(&page);
        assert_eq!(flat.matches("<div>").count() + flat.matches("<font").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count() + flat.matches("</font>").count(), MAX_DEPTH);
        assert!(flat.contains("نص عميق"));
        // Unclosed: the same bound.
        let open = "<div>".repeat(100_000);
        assert_eq!(flatten_deep_nesting(&open).matches("<div>").count(), MAX_DEPTH);
    }

    #[test]
    fn a_tag_with_too_many_attributes_loses_them() {
        let attributes: String = (0..10_000).map(|i| format!(" a{i}=1")).collect();
        let page = format!("<p id=\"x y\" class=z>عادي</p><div{attributes}>نص</div><br{attributes}/>");
        assert_eq!(flatten_deep_nesting(&page), "<p id=\"x y\" class=z>عادي</p><div>نص</div><br/>");
    }
}
