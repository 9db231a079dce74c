//! Why a file could not be loaded: the usual reasons as kinds, so an interface can name them in
//! its own language (the app says «الملف غير موجود»), and any other reason in words.

use std::fmt;
use std::io;

/// Why a file could not be loaded. `Display` gives the English words (the command line, the
/// JSON of errors); an interface matches the kinds to its own messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// No such file or folder.
    NotFound,
    /// The system refused to read it.
    PermissionDenied,
    /// A folder was given where a file was expected.
    Folder,
    /// A pipe, a socket or a device: never opened (reading one blocks or never ends).
    NotRegularFile,
    /// Over the size limit; both in MB, the size rounded up.
    TooLarge { mb: u64, limit_mb: u64 },
    /// Binary data (NUL bytes, control characters, a PDF), not text.
    Binary,
    /// Another reason, in English words: a system error, a line of a batch output.
    Other(String),
}

impl Reason {
    /// The reason of an I/O error.
    pub fn of_io(e: &io::Error) -> Reason {
        match e.kind() {
            io::ErrorKind::NotFound => Reason::NotFound,
            io::ErrorKind::PermissionDenied => Reason::PermissionDenied,
            _ => Reason::Other(e.to_string()),
        }
    }

    /// `Err(TooLarge)` when `len` bytes are over `max`.
    pub fn check_size(len: u64, max: u64) -> Result<(), Reason> {
        const MB: u64 = 1024 * 1024;
        if len <= max {
            return Ok(());
        }
        Err(Reason::TooLarge { mb: len.div_ceil(MB), limit_mb: max / MB })
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NotFound => f.write_str("no such file or folder"),
            Reason::PermissionDenied => f.write_str("permission denied"),
            Reason::Folder => f.write_str("is a folder, not a file"),
            Reason::NotRegularFile => f.write_str("is not a regular file (a pipe, a socket or a device)"),
            Reason::TooLarge { mb, limit_mb } => write!(f, "too large ({mb} MB; the limit is {limit_mb} MB)"),
            Reason::Binary => f.write_str("not a text file (binary data)"),
            Reason::Other(words) => f.write_str(words),
        }
    }
}

impl std::error::Error for Reason {}

impl From<String> for Reason {
    fn from(words: String) -> Self {
        Reason::Other(words)
    }
}

impl From<&str> for Reason {
    fn from(words: &str) -> Self {
        Reason::Other(words.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_limit_in_mb_rounded_up() {
        const LIMIT: u64 = 50 * 1024 * 1024;
        assert_eq!(Reason::check_size(LIMIT, LIMIT), Ok(()));
        assert_eq!(Reason::check_size(LIMIT + 1, LIMIT), Err(Reason::TooLarge { mb: 51, limit_mb: 50 }));
        assert_eq!(
            Reason::check_size(LIMIT + 1, LIMIT).unwrap_err().to_string(),
            "too large (51 MB; the limit is 50 MB)"
        );
    }

    #[test]
    fn io_errors_by_kind() {
        assert_eq!(Reason::of_io(&io::Error::from(io::ErrorKind::NotFound)), Reason::NotFound);
        assert_eq!(
            Reason::of_io(&io::Error::from(io::ErrorKind::PermissionDenied)),
            Reason::PermissionDenied
        );
        assert!(
            matches!(Reason::of_io(&io::Error::other("disk on fire")), Reason::Other(w) if w == "disk on fire")
        );
    }
}
