//! Bytes → UTF-8 text: byte order marks, UTF-8 with a few bad bytes, UTF-16,
//! legacy Arabic code pages (guessed by chardetng), and refusing binary data.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::Reason;

/// A UTF-8 file with at most this many invalid sequences (or at most 1% of its bytes)
/// is taken as UTF-8 with a few damaged bytes rather than as some other encoding.
const MAX_UTF8_ERRORS: usize = 16;

/// chardetng needs a good sample, not the whole of a huge file.
const DETECTOR_SAMPLE: usize = 1 << 20;

/// Decoded text and how it was obtained.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text, without any byte order mark.
    pub text: String,
    /// The encoding_rs name of the encoding used, e.g. "UTF-8", "windows-1256".
    pub encoding: &'static str,
    /// Things the reader should know, e.g. how many bytes were replaced.
    pub warnings: Vec<String>,
}

/// Decodes `bytes` to text.
///
/// Order of evidence: a byte order mark; valid UTF-8; for HTML, a `charset`
/// declaration; UTF-8 with only a few invalid sequences; BOM-less UTF-16 recognised by
/// its zero bytes; otherwise chardetng's guess (which covers windows-1256 and ISO-8859-6).
///
/// Returns `Err(reason)` when the bytes look like binary data.
pub fn decode(bytes: Vec<u8>, html: bool) -> Result<Decoded, Reason> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        return if encoding == UTF_8 {
            let mut bytes = bytes;
            bytes.drain(..bom_len);
            decode_utf8(bytes)
        } else {
            decode_utf16(&bytes[bom_len..], encoding, None)
        };
    }
    if looks_binary(&bytes) {
        if let Some(encoding) = bomless_utf16(&bytes) {
            return decode_utf16(
                &bytes,
                encoding,
                Some(format!("no byte order mark; read as {} because of its zero bytes", encoding.name())),
            );
        }
        return Err(Reason::Binary);
    }
    decode_utf8_or_legacy(bytes, html)
}

/// BOM-less, NUL-free bytes: UTF-8 if it is (nearly) UTF-8, else a declared or guessed encoding.
fn decode_utf8_or_legacy(bytes: Vec<u8>, html: bool) -> Result<Decoded, Reason> {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok(utf8(text, Vec::new())),
        Err(e) => e.into_bytes(),
    };
    if html
        && let Some(encoding) = declared_charset(&bytes)
        && encoding != UTF_8
    {
        return Ok(decode_legacy(&bytes, encoding));
    }
    // Real UTF-8 with a few bad bytes still has many good multi-byte characters; a short
    // legacy-encoded text has almost none, so it must not be mistaken for damaged UTF-8.
    let limit = MAX_UTF8_ERRORS.max(bytes.len() / 100);
    if let Some((errors, valid_multibyte)) = utf8_damage(&bytes, limit)
        && valid_multibyte > errors
    {
        return decode_utf8(bytes);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECTOR_SAMPLE)];
    detector.feed(sample, sample.len() == bytes.len());
    let encoding = detector.guess(None, Utf8Detection::Allow);
    if encoding == UTF_8 {
        return decode_utf8(bytes);
    }
    Ok(decode_legacy(&bytes, encoding))
}

fn utf8(text: String, warnings: Vec<String>) -> Decoded {
    Decoded { text, encoding: UTF_8.name(), warnings }
}

/// UTF-8, replacing invalid sequences (as `String::from_utf8_lossy` does) and saying how many.
fn decode_utf8(bytes: Vec<u8>) -> Result<Decoded, Reason> {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return checked(utf8(text, Vec::new())),
        Err(e) => e.into_bytes(),
    };
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut errors = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            errors += 1;
        }
    }
    checked(utf8(text, vec![replaced_warning(errors, "UTF-8")]))
}

fn decode_utf16(bytes: &[u8], encoding: &'static Encoding, note: Option<String>) -> Result<Decoded, Reason> {
    let (text, errors) = decode_counting(bytes, encoding);
    let mut warnings: Vec<String> = note.into_iter().collect();
    if bytes.len() % 2 == 1 {
        warnings.push("odd number of bytes for UTF-16; the last byte was dropped".to_string());
    }
    if errors > 0 {
        warnings.push(replaced_warning(errors, encoding.name()));
    }
    checked(Decoded { text, encoding: encoding.name(), warnings })
}

fn decode_legacy(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, errors) = decode_counting(bytes, encoding);
    let warnings = if errors > 0 { vec![replaced_warning(errors, encoding.name())] } else { Vec::new() };
    Decoded { text, encoding: encoding.name(), warnings }
}

/// Decodes without BOM handling, replacing malformed sequences with U+FFFD and counting them.
fn decode_counting(bytes: &[u8], encoding: &'static Encoding) -> (String, usize) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity =
        decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let mut src = bytes;
    let mut errors = 0;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(src, &mut text, true);
        src = &src[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::Malformed(_, _) => {
                errors += 1;
                text.push(char::REPLACEMENT_CHARACTER);
            }
            // Only when the estimate above was too small; make room and go on.
            DecoderResult::OutputFull => text.reserve(src.len() * 3 + 16),
        }
    }
    // The estimate is up to 3 bytes per input byte; the article keeps this string.
    text.shrink_to_fit();
    (text, errors)
}

fn replaced_warning(errors: usize, encoding: &str) -> String {
    let s = if errors == 1 { "sequence" } else { "sequences" };
    format!("{errors} invalid {encoding} byte {s} replaced with U+FFFD")
}

/// Text that skipped the byte-level binary check (BOM'd UTF-8, UTF-16) may still be binary
/// data in disguise: refuse it if it is full of control characters.
fn checked(decoded: Decoded) -> Result<Decoded, Reason> {
    if decoded.encoding == UTF_8.name() {
        // The byte-level check already ran for BOM-less UTF-8; a BOM'd file is checked here.
        if too_many_controls(decoded.text.bytes().filter(|&b| is_bad_control(b)).count(), decoded.text.len())
        {
            return Err(Reason::Binary);
        }
        return Ok(decoded);
    }
    let controls =
        decoded.text.chars().filter(|&c| c == '\0' || (c.is_ascii() && is_bad_control(c as u8))).count();
    if too_many_controls(controls, decoded.text.chars().count()) {
        return Err(Reason::Binary);
    }
    Ok(decoded)
}

/// Magic numbers of formats people may drop on the app by mistake.
const BINARY_MAGIC: &[&[u8]] =
    &[b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xFF\xD8\xFF", b"\x1F\x8B", b"\x7FELF"];

/// NUL bytes, a known binary signature, or many control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) || BINARY_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return true;
    }
    let controls = bytes.iter().filter(|&&b| is_bad_control(b)).count();
    too_many_controls(controls, bytes.len())
}

/// C0 controls other than tab, line feed, form feed (PDF page breaks) and carriage return.
fn is_bad_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r')) || b == 0x7F
}

fn too_many_controls(controls: usize, total: usize) -> bool {
    // More than 1% of the text, and not a lone stray byte in a tiny file.
    controls * 100 > total && (controls >= 4 || controls * 2 > total)
}

/// UTF-16 without a BOM: an even length and zero bytes only ever on one side of each pair
/// (the high byte of ASCII spaces, digits, punctuation).
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 || bytes.len() % 2 == 1 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let pairs = bytes.len() / 2;
    // At least one pair in ten has a zero byte: Arabic text has spaces and punctuation.
    let enough = |n: usize| n * 10 >= pairs;
    match (even, odd) {
        (0, n) if enough(n) => Some(UTF_16LE),
        (n, 0) if enough(n) => Some(UTF_16BE),
        _ => None,
    }
}

/// Counts invalid UTF-8 sequences and valid non-ASCII characters; `None` as soon as
/// there are more than `limit` invalid sequences (legacy text has one every few bytes).
fn utf8_damage(bytes: &[u8], limit: usize) -> Option<(usize, usize)> {
    let mut errors = 0;
    let mut multibyte = 0;
    for chunk in bytes.utf8_chunks() {
        // Continuation bytes are 10xxxxxx; every other non-ASCII byte starts a character.
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        if !chunk.invalid().is_empty() {
            errors += 1;
            if errors > limit {
                return None;
            }
        }
    }
    Some((errors, multibyte))
}

/// The `charset` of an HTML `<meta>` in the first few kilobytes, if any.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let needle = b"charset";
    let mut i = 0;
    while i + needle.len() <= head.len() {
        if head[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            let rest = &head[i + needle.len()..];
            let rest = trim_ascii_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_ascii_start(rest);
                let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
                let end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                if let Some(encoding) = Encoding::for_label(&rest[..end]) {
                    // A page cannot really declare UTF-16 in its own ASCII bytes (HTML spec).
                    return Some(if encoding == UTF_16LE || encoding == UTF_16BE { UTF_8 } else { encoding });
                }
            }
        }
        i += 1;
    }
    None
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{ISO_8859_6, WINDOWS_1256};

    const PARAGRAPH: &str = "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في القرى \
        الجنوبية، وتشمل الخطة توزيع بذور محسنة وتقديم قروض ميسرة بفوائد منخفضة. وقال المتحدث باسم \
        الوزارة إن المرحلة الأولى ستبدأ مع موسم الأمطار المقبل، وإن الفرق الميدانية ستزور المزارع \
        لتقييم الاحتياجات. ورحب اتحاد الفلاحين بالقرار، لكنه طالب بتوسيع البرنامج ليشمل مربي \
        الماشية أيضا.";

    fn round_trip(encoding: &'static Encoding) -> Decoded {
        let (bytes, _, unmappable) = encoding.encode(PARAGRAPH);
        assert!(!unmappable);
        assert!(bytes.len() > 300);
        decode(bytes.into_owned(), false).unwrap()
    }

    #[test]
    fn windows_1256_is_detected() {
        let d = round_trip(WINDOWS_1256);
        assert_eq!(d.text, PARAGRAPH);
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        assert!(["windows-1256", "ISO-8859-6"].contains(&d.encoding));
    }

    #[test]
    fn iso_8859_6_is_detected() {
        let d = round_trip(ISO_8859_6);
        assert_eq!(d.text, PARAGRAPH);
        assert!(["windows-1256", "ISO-8859-6"].contains(&d.encoding));
    }

    #[test]
    fn windows_1256_only_letters_are_unambiguous() {
        // «پ» and «گ» exist in windows-1256 and not in ISO-8859-6.
        let text = format!("{PARAGRAPH} زار الوفد مدينة گرگان ثم پاکستان.");
        let (bytes, _, unmappable) = WINDOWS_1256.encode(&text);
        assert!(!unmappable);
        let d = decode(bytes.into_owned(), false).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "windows-1256");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode(PARAGRAPH.as_bytes().to_vec(), false).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding), (PARAGRAPH, "UTF-8"));
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(PARAGRAPH.as_bytes());
        let bom = decode(bytes, false).unwrap();
        assert_eq!(bom.text, PARAGRAPH);
        assert!(bom.warnings.is_empty());
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let units: Vec<u16> = PARAGRAPH.encode_utf16().collect();
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in &units {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        let le = decode(le, false).unwrap();
        assert_eq!((le.text.as_str(), le.encoding), (PARAGRAPH, "UTF-16LE"));
        let be = decode(be, false).unwrap();
        assert_eq!((be.text.as_str(), be.encoding), (PARAGRAPH, "UTF-16BE"));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let bytes: Vec<u8> = PARAGRAPH.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let d = decode(bytes, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (PARAGRAPH, "UTF-16LE"));
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn a_few_invalid_bytes_stay_utf8_with_a_warning() {
        let mut bytes = PARAGRAPH.as_bytes().to_vec();
        // At a char boundary, so that no Arabic letter is cut in two.
        bytes.insert(PARAGRAPH.find(' ').unwrap(), 0xFF);
        bytes.extend_from_slice(b" \xC3\x28 \xFE");
        let d = decode(bytes, false).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.warnings, ["3 invalid UTF-8 byte sequences replaced with U+FFFD"]);
        assert_eq!(d.text.matches('\u{FFFD}').count(), 3);
    }

    #[test]
    fn short_legacy_text_is_not_taken_for_damaged_utf8() {
        let (bytes, _, _) = WINDOWS_1256.encode("وصل الوزير أمس");
        let d = decode(bytes.into_owned(), false).unwrap();
        assert_ne!(d.encoding, "UTF-8");
    }

    #[test]
    fn html_charset_declaration_is_honoured() {
        let html = format!(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body>{}</body></html>",
            "خبر قصير"
        );
        let (bytes, _, _) = WINDOWS_1256.encode(&html);
        let d = decode(bytes.into_owned(), true).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (html.as_str(), "windows-1256"));
    }

    #[test]
    fn binary_data_is_refused() {
        assert_eq!(decode(b"abc\0def".to_vec(), false).unwrap_err(), Reason::Binary);
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 5 == 0 { 1 } else { b'a' }).collect();
        assert_eq!(decode(controls, false).unwrap_err(), Reason::Binary);
        assert_eq!(decode(b"%PDF-1.7 rest".to_vec(), false).unwrap_err(), Reason::Binary);
        // Form feeds (PDF page breaks) and tabs are text.
        assert!(decode(b"page one\x0Cpage\ttwo".to_vec(), false).is_ok());
    }

    #[test]
    fn empty_input_is_empty_utf8() {
        let d = decode(Vec::new(), false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", "UTF-8"));
    }
}
