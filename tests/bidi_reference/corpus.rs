//! The lines the bidi layout is checked on: the seeds, the real-dev articles when they are
//! there (read in place, never copied: the text has no licence to redistribute), and generated
//! mixes of what news text holds — number ranges after Arabic words, ISO dates, times,
//! percentages, Latin words and URLs, paths, brackets and quotes, Arabic-Indic digits, marks and
//! isolates.

use std::path::{Path, PathBuf};

/// Where a line comes from, for the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Seeds,
    RealDev,
    Generated,
}

/// The real-dev articles beside the repository (`../shared/eval/real-dev/articles`), if present.
pub fn real_dev_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/real-dev/articles");
    dir.is_dir().then_some(dir)
}

/// Every line of every file in `dir`, split at paragraph separators, without empty lines.
fn lines_of_dir(dir: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        out.extend(paragraphs(&text));
    }
    out
}

/// `text` split at every paragraph separator of the bidi algorithm (class B: `\n`, `\r`, U+2029,
/// U+0085, U+001C–U+001E), without empty pieces: each piece is one paragraph.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.split(['\n', '\r', '\u{2029}', '\u{0085}', '\u{1C}', '\u{1D}', '\u{1E}'])
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// All the lines, with their source: seeds, real-dev (when present) and `generated` mixes.
pub fn all(generated: usize) -> Vec<(Source, String)> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut out: Vec<(Source, String)> =
        lines_of_dir(&seeds).into_iter().map(|l| (Source::Seeds, l)).collect();
    match real_dev_dir() {
        Some(dir) => out.extend(lines_of_dir(&dir).into_iter().map(|l| (Source::RealDev, l))),
        None => eprintln!("real-dev articles not found beside the repository: checked seeds and mixes only"),
    }
    out.extend(mixes(generated, 0x5eed_7a41_6b68).into_iter().map(|l| (Source::Generated, l)));
    out
}

/// A small deterministic generator (xorshift64*), so that a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const ARABIC: &[&str] = &[
    "قمة",
    "مينسك",
    "الرئيس",
    "في",
    "عام",
    "الحكومة",
    "من",
    "إلى",
    "بين",
    "قال",
    "المتحدث",
    "باسم",
    "وزارة",
    "الخارجية",
    "مؤتمر",
    "صحفي",
    "الأمم",
    "المتحدة",
    "لا",
    "الله",
    "كَتَبَ",
    "مُحَمَّد",
    "ديسمبر",
    "مايو",
    "أيار",
    "يوم",
    "الأحد",
    "سنة",
    "هـ",
    "تقرير",
    "ملف",
    "الاتفاق",
    "ـــ",
    "إلا",
    "عُقدت",
    "مستشفى",
    "الفلسطينية",
    "يناير",
    "شوال",
    "ﻻ",
    "مشروع",
];

const LATIN: &[&str] =
    &["NATO", "UN", "Reuters", "iPhone", "COVID-19", "e-mail", "Dr.", "U.S.", "Tarikh", "BBC", "G20"];

const NUMBERS: &[&str] = &[
    "2025-2026",
    "2025–2026",
    "1990/1991",
    "2023-12-08",
    "8/12/2023",
    "10:30",
    "22:15:07",
    "25%",
    "25.5%",
    "٪25",
    "%٢٥",
    "3.14",
    "1,500,000",
    "+5",
    "-3",
    "−4",
    "$100",
    "100 $",
    "€50",
    "١٩",
    "٢٠٢٢",
    "٢٠٢٥-٢٠٢٦",
    "١٩/١٢/٢٠٢٢",
    "۱۹۹۰",
    "19",
    "2022",
    "3",
    "٣٫٥",
    "1.5",
    "#7",
    "No. 5",
    "2025-2026م",
    "14:00-16:00",
    "(2022)",
    "1948–1967",
];

const LINKS: &[&str] = &[
    "https://example.com/news/2024?id=5",
    "www.aljazeera.net",
    "user@mail.com",
    "/home/user/تقارير/2024/ملف.txt",
    "C:\\Users\\أحمد\\مستندات",
    "../shared/مقالات/01.txt",
    "تقرير-2024.tarikh",
    "مشروع قمة مينسك.tarikh",
    "a/b/c",
];

const PUNCTUATION: &[&str] = &["،", "؛", "؟", ".", ",", ":", "!", "…", "-", "–", "—", "/", "\"", "'"];

const PAIRS: &[(&str, &str)] = &[
    ("(", ")"),
    ("[", "]"),
    ("{", "}"),
    ("«", "»"),
    ("\"", "\""),
    ("‹", "›"),
    ("<", ">"),
    ("“", "”"),
    ("﴾", "﴿"),
];

/// Bidi formatting characters: the three marks, and openers with their closers.
const MARKS: &[&str] = &["\u{200E}", "\u{200F}", "\u{061C}"];
const ISOLATES: &[(&str, &str)] = &[
    ("\u{2066}", "\u{2069}"), // LRI … PDI
    ("\u{2067}", "\u{2069}"), // RLI … PDI
    ("\u{2068}", "\u{2069}"), // FSI … PDI
    ("\u{202A}", "\u{202C}"), // LRE … PDF
    ("\u{202B}", "\u{202C}"), // RLE … PDF
    ("\u{202D}", "\u{202C}"), // LRO … PDF
    ("\u{202E}", "\u{202C}"), // RLO … PDF
];

/// A word of some kind: Arabic (most often), Latin, a number, a link or path.
fn token(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..=44 => rng.pick(ARABIC).to_owned(),
        45..=57 => rng.pick(LATIN).to_owned(),
        58..=84 => rng.pick(NUMBERS).to_owned(),
        85..=92 => rng.pick(LINKS).to_owned(),
        _ => rng.pick(PUNCTUATION).to_owned(),
    }
}

/// A phrase of 1–4 tokens, sometimes in brackets or quotes, in an isolate or after a mark.
fn phrase(rng: &mut Rng, depth: usize) -> String {
    let n = 1 + rng.below(4);
    let mut words: Vec<String> = (0..n).map(|_| token(rng)).collect();
    if depth < 2 && rng.chance(15) {
        words.push(phrase(rng, depth + 1));
    }
    let mut s = words.join(" ");
    if rng.chance(12) {
        s.push_str(rng.pick(PUNCTUATION));
    }
    if rng.chance(20) {
        let (open, close) = PAIRS[rng.below(PAIRS.len())];
        s = format!("{open}{s}{close}");
    }
    if rng.chance(8) {
        let (open, close) = ISOLATES[rng.below(ISOLATES.len())];
        // Now and then an opener without its closer, or the other way round.
        s = match rng.below(10) {
            0 => format!("{open}{s}"),
            1 => format!("{s}{close}"),
            _ => format!("{open}{s}{close}"),
        };
    }
    if rng.chance(8) {
        let mark = rng.pick(MARKS);
        s = if rng.chance(50) { format!("{mark}{s}") } else { format!("{s}{mark}") };
    }
    s
}

/// `n` generated lines.
pub fn mixes(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|_| {
            let phrases = 1 + rng.below(5);
            let mut line = String::new();
            for i in 0..phrases {
                if i > 0 {
                    line.push_str(match rng.below(20) {
                        0 => "\t",
                        1 => "\u{00A0}",
                        2 => "",
                        3 => "  ",
                        _ => " ",
                    });
                }
                line.push_str(&phrase(&mut rng, 0));
            }
            line
        })
        .collect()
}
