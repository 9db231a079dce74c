//! HTML → the text of the body (paragraphs on their own lines), the title, and the
//! publication date found in the page's metadata.

use chrono::{DateTime, NaiveDate};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// What a page gives us.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Body text: one block per paragraph, blocks separated by a blank line.
    pub text: String,
    /// `<title>`, else the first `<h1>`, collapsed and trimmed; `None` if neither has text.
    pub title: Option<String>,
    /// From `<meta>` publication tags, JSON-LD `datePublished`, or `<time datetime>`.
    pub published: Option<NaiveDate>,
}

/// True when decoded text is an HTML document even without an .html extension.
pub fn sniff(text: &str) -> bool {
    sniff_bytes(text.as_bytes())
}

/// The same test on raw bytes of an ASCII-compatible encoding (a UTF-8 BOM is skipped).
pub fn sniff_bytes(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..];
    let starts = |prefix: &[u8]| head.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix));
    starts(b"<!doctype html") || starts(b"<html")
}

/// Parses a document and extracts its text, title and date.
pub fn extract(source: &str) -> Page {
    let doc = Html::parse_document(&super::html_depth::flatten_deep_nesting(source));
    let root = doc.root_element();
    let body = root.child_elements().find(|e| e.value().name() == "body").unwrap_or(root);
    let mut out = TextWriter::default();
    out.walk(body);
    let head = root.child_elements().find(|e| e.value().name() == "head");
    let title = head.and_then(|h| first_text(h, "title")).or_else(|| first_text(body, "h1"));
    Page { text: out.finish(), title, published: published(root) }
}

/// Elements whose content is never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "head"
            | "iframe"
            | "object"
            | "canvas"
            | "select"
    )
}

/// Elements that stand on their own paragraph.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "tfoot"
            | "thead"
            | "tr"
            | "ul"
    )
}

/// Builds the body text, collapsing whitespace as a browser would and turning block
/// boundaries into paragraph breaks.
#[derive(Default)]
struct TextWriter {
    out: String,
    /// A space is due before the next word.
    space: bool,
    /// Line breaks due before the next word (at most 2: one blank line).
    breaks: u8,
    /// Inside `<pre>`: keep spaces and line breaks.
    pre: usize,
}

impl TextWriter {
    fn walk(&mut self, top: ElementRef<'_>) {
        // Iterative: deeply nested pages must not overflow the stack.
        let mut skipping = 0usize;
        for edge in top.traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) => {
                        let name = e.name();
                        if skipping > 0 || is_skipped(name) {
                            skipping += 1;
                        } else {
                            self.open(name);
                        }
                    }
                    Node::Text(t) if skipping == 0 => self.text(t),
                    _ => {}
                },
                Edge::Close(node) => {
                    if let Node::Element(e) = node.value() {
                        if skipping > 0 {
                            skipping -= 1;
                        } else {
                            self.close(e.name());
                        }
                    }
                }
            }
        }
    }

    fn open(&mut self, name: &str) {
        match name {
            "br" => self.breaks = (self.breaks + 1).min(2),
            // A table cell is a paragraph of its own: a table of 20,000 cells is not a sentence.
            "td" | "th" => self.breaks = 2,
            "pre" => {
                self.breaks = 2;
                self.pre += 1;
            }
            _ if is_block(name) => self.breaks = 2,
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "td" | "th" => self.breaks = 2,
            "pre" => {
                self.breaks = 2;
                self.pre = self.pre.saturating_sub(1);
            }
            _ if is_block(name) => self.breaks = 2,
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            return self.pre_text(text);
        }
        // A no-break space is content, not layout: browsers do not collapse it either.
        for (i, piece) in text.split(|c: char| c.is_whitespace() && c != '\u{A0}').enumerate() {
            if i > 0 {
                self.space = true;
            }
            self.word(piece);
        }
    }

    fn pre_text(&mut self, text: &str) {
        let mut lines = text.split('\n');
        if let Some(first) = lines.next() {
            self.word(first.trim_end_matches('\r'));
        }
        for line in lines {
            self.breaks = (self.breaks + 1).min(2);
            self.word(line.trim_end_matches('\r'));
        }
    }

    /// Writes pending separators, then `word`.
    fn word(&mut self, word: &str) {
        if word.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            if self.breaks > 0 {
                for _ in 0..self.breaks {
                    self.out.push('\n');
                }
            } else if self.space && !self.out.ends_with('\n') {
                self.out.push(' ');
            }
        }
        self.breaks = 0;
        self.space = false;
        self.out.push_str(word);
    }

    fn finish(mut self) -> String {
        self.out.truncate(self.out.trim_end().len());
        self.out
    }
}

/// The collapsed text of the first `tag` under `scope`, if it has any.
fn first_text(scope: ElementRef<'_>, tag: &str) -> Option<String> {
    let element = scope.descendent_elements().find(|e| e.value().name() == tag)?;
    let mut text = String::new();
    for piece in element.text() {
        for word in piece.split_whitespace() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(word);
        }
    }
    (!text.is_empty()).then_some(text)
}

/// `<meta>` names/properties that carry the publication date, best first.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
];

fn published(root: ElementRef<'_>) -> Option<NaiveDate> {
    let mut metas: Vec<(usize, NaiveDate)> = Vec::new();
    let mut json_ld = None;
    let mut time = None;
    for e in root.descendent_elements() {
        let v = e.value();
        match v.name() {
            "meta" => {
                let key = v.attr("property").or_else(|| v.attr("name")).or_else(|| v.attr("itemprop"));
                if let (Some(key), Some(content)) = (key, v.attr("content"))
                    && let Some(rank) = DATE_METAS.iter().position(|m| key.eq_ignore_ascii_case(m))
                    && let Some(date) = parse_date(content)
                {
                    metas.push((rank, date));
                }
            }
            "script"
                if json_ld.is_none()
                    && v.attr("type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                let source: String = e.text().collect();
                json_ld = serde_json::from_str::<serde_json::Value>(&source)
                    .ok()
                    .as_ref()
                    .and_then(json_date_published)
                    .and_then(parse_date);
            }
            "time" if time.is_none() => {
                time = v.attr("datetime").and_then(parse_date);
            }
            _ => {}
        }
    }
    metas.into_iter().min_by_key(|&(rank, _)| rank).map(|(_, d)| d).or(json_ld).or(time)
}

fn json_date_published(value: &serde_json::Value) -> Option<&str> {
    match value {
        serde_json::Value::Object(map) => map
            .get("datePublished")
            .and_then(|v| v.as_str())
            .or_else(|| map.values().find_map(json_date_published)),
        serde_json::Value::Array(items) => items.iter().find_map(json_date_published),
        _ => None,
    }
}

/// ISO 8601 / RFC 3339 (the date as written, before any time zone shift), RFC 2822,
/// or a leading `YYYY-MM-DD` / `YYYY/MM/DD`.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    let head = s.get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(head, "%Y/%m/%d")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_without_scripts_styles_and_head() {
        let page = extract(
            "<!DOCTYPE html><html><head><title> عنوان   الصفحة </title>\
             <style>p { color: red }</style><script>var x = 1;</script></head>\
             <body><nav>الرئيسية</nav><script>alert('x')</script>\
             <h1>عنوان المقال</h1><p>الفقرة   الأولى\n  تستمر هنا.</p>\
             <noscript>فعّل جافاسكربت</noscript><template><p>قالب</p></template>\
             <svg><text>رسم</text></svg>\
             <p>الفقرة <b>الثانية</b> &amp; &laquo;اقتباس&raquo;&nbsp;هنا.</p></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("عنوان الصفحة"));
        assert_eq!(
            page.text,
            "الرئيسية\n\nعنوان المقال\n\nالفقرة الأولى تستمر هنا.\n\nالفقرة الثانية & «اقتباس»\u{A0}هنا."
        );
    }

    #[test]
    fn br_gives_line_breaks_and_never_more_than_one_blank_line() {
        let page =
            extract("<html><body><div><div><p>أ</p></div></div><br><br><br><p>ب<br>ج</p></body></html>");
        assert_eq!(page.text, "أ\n\nب\nج");
    }

    #[test]
    fn title_falls_back_to_h1() {
        let page = extract("<html><body><h1> خبر <i>عاجل</i> </h1><p>نص</p></body></html>");
        assert_eq!(page.title.as_deref(), Some("خبر عاجل"));
        assert_eq!(extract("<p>نص</p>").title, None);
    }

    #[test]
    fn table_cells_are_paragraphs() {
        // Each cell is a sentence of its own: a date in one cell is never tied to its neighbours,
        // and a table of thousands of cells is not one sentence.
        let page = extract("<table><tr><td>واحد</td><td>اثنان</td></tr><tr><td>ثلاثة</td></tr></table>");
        assert_eq!(page.text, "واحد\n\nاثنان\n\nثلاثة");
    }

    #[test]
    fn pre_keeps_its_lines() {
        let page = extract("<p>قبل</p><pre>سطر  أول\nسطر ثان</pre>");
        assert_eq!(page.text, "قبل\n\nسطر  أول\nسطر ثان");
    }

    #[test]
    fn publication_date_from_metadata() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        let meta = extract(
            "<html><head><meta name=\"date\" content=\"2024-01-02\">\
             <meta property=\"article:published_time\" content=\"2024-12-23T10:00:00Z\"></head>\
             <body><time datetime=\"2020-05-05\">قديم</time></body></html>",
        );
        assert_eq!(meta.published, d(2024, 12, 23));
        let time =
            extract("<body><p>نص</p><time datetime=\"2023-03-08T09:00:00+03:00\">8 مارس</time></body>");
        assert_eq!(time.published, d(2023, 3, 8));
        let ld = extract(
            "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-12-19T08:00:00+03:00\"}</script></head><body>نص</body>",
        );
        assert_eq!(ld.published, d(2022, 12, 19));
        assert_eq!(extract("<p>19 ديسمبر 2022</p>").published, None);
    }

    #[test]
    fn sniffing() {
        assert!(sniff("\u{FEFF}  <!DOCTYPE html><html></html>"));
        assert!(sniff("\n<HTML lang=ar>"));
        assert!(!sniff("نص عادي <html>"));
        assert!(!sniff(""));
    }
}
