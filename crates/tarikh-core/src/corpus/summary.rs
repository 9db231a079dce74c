//! What a corpus run did, counted as it goes: shown as progress and as the closing line.

use std::fmt;
use std::time::Duration;

/// Counts of a run so far.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    /// Rows read, good or bad.
    pub rows: u64,
    /// Articles whose events were extracted.
    pub articles: u64,
    /// Rows that could not be read or extracted.
    pub bad_rows: u64,
    pub events: u64,
    /// Relative dates left unplaced (no publication date).
    pub unplaced: u64,
    /// Bytes of article text.
    pub text_bytes: u64,
    pub elapsed: Duration,
}

impl Summary {
    /// Megabytes (10⁶ bytes) of text per second.
    pub fn mb_per_s(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 { self.text_bytes as f64 / 1e6 / s } else { 0.0 }
    }
}

/// `12,345`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Summary {
    /// `1,000 articles, 5,321 events (12 unplaced), 2 bad rows; 4.2 MB of text in 0.3 s (14.0 MB/s)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural =
            |n: u64, one: &str, many: &str| format!("{} {}", thousands(n), if n == 1 { one } else { many });
        write!(
            f,
            "{}, {}",
            plural(self.articles, "article", "articles"),
            plural(self.events, "event", "events")
        )?;
        if self.unplaced > 0 {
            write!(f, " ({} unplaced)", thousands(self.unplaced))?;
        }
        if self.bad_rows > 0 {
            write!(f, ", {}", plural(self.bad_rows, "bad row", "bad rows"))?;
        }
        write!(
            f,
            "; {:.1} MB of text in {:.1} s ({:.1} MB/s)",
            self.text_bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.mb_per_s()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line() {
        let s = Summary {
            rows: 1003,
            articles: 1000,
            bad_rows: 3,
            events: 12345,
            unplaced: 1,
            text_bytes: 4_200_000,
            elapsed: Duration::from_millis(300),
        };
        assert_eq!(
            s.to_string(),
            "1,000 articles, 12,345 events (1 unplaced), 3 bad rows; 4.2 MB of text in 0.3 s (14.0 MB/s)"
        );
        let one = Summary { articles: 1, events: 1, ..Default::default() };
        assert_eq!(one.to_string(), "1 article, 1 event; 0.0 MB of text in 0.0 s (0.0 MB/s)");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(thousands(999), "999");
    }
}
