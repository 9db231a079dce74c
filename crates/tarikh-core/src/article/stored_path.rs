//! Paths as they are stored in project and state files: losslessly, whatever the bytes.
//!
//! A file name need not be valid UTF-8 (old zips, Windows shares). JSON strings must be, so a
//! path that is valid Unicode is stored as a plain string (every file written so far stays
//! readable), and any other as its raw bytes in hex: `{"os_bytes": "2f746d70…"}` (on Windows,
//! `{"os_wide": "…"}`, UTF-16 units). Shown to the user it is always lossy
//! ([`std::path::Path::display`]); stored it round-trips exactly.
//!
//! Use with serde: `#[serde(with = "crate::article::stored_path")]` on a `PathBuf`,
//! `stored_path::vec` on a `Vec<PathBuf>`, `stored_path::option` on an `Option<PathBuf>`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::path::{Path, PathBuf};

/// The stored form of one path.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Stored {
    Text(String),
    Bytes { os_bytes: String },
    Wide { os_wide: String },
}

fn to_stored(path: &Path) -> Stored {
    if let Some(s) = path.to_str() {
        return Stored::Text(s.to_string());
    }
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStrExt;
        let hex = path.as_os_str().encode_wide().map(|u| format!("{u:04x}")).collect();
        Stored::Wide { os_wide: hex }
    }
    #[cfg(not(windows))]
    {
        let hex = path.as_os_str().as_encoded_bytes().iter().map(|b| format!("{b:02x}")).collect();
        Stored::Bytes { os_bytes: hex }
    }
}

fn from_stored(stored: Stored) -> Result<PathBuf, String> {
    match stored {
        Stored::Text(s) => Ok(PathBuf::from(s)),
        Stored::Bytes { os_bytes } => {
            let bytes = unhex(&os_bytes, 2).ok_or("bad hex in a stored path")?;
            bytes_to_path(bytes.into_iter().map(|b| b as u8).collect())
        }
        Stored::Wide { os_wide } => {
            let units: Vec<u16> = unhex(&os_wide, 4).ok_or("bad hex in a stored path")?;
            wide_to_path(units)
        }
    }
}

/// Groups of `width` hex digits as numbers.
fn unhex(s: &str, width: usize) -> Option<Vec<u16>> {
    if !s.len().is_multiple_of(width) || !s.is_ascii() {
        return None;
    }
    (0..s.len()).step_by(width).map(|i| u16::from_str_radix(&s[i..i + width], 16).ok()).collect()
}

#[cfg(unix)]
fn bytes_to_path(bytes: Vec<u8>) -> Result<PathBuf, String> {
    use std::os::unix::ffi::OsStringExt;
    Ok(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn bytes_to_path(bytes: Vec<u8>) -> Result<PathBuf, String> {
    // A Unix name on another system: the closest name there is.
    Ok(PathBuf::from(String::from_utf8_lossy(&bytes).into_owned()))
}

#[cfg(windows)]
fn wide_to_path(units: Vec<u16>) -> Result<PathBuf, String> {
    use std::os::windows::ffi::OsStringExt;
    Ok(PathBuf::from(std::ffi::OsString::from_wide(&units)))
}

#[cfg(not(windows))]
fn wide_to_path(units: Vec<u16>) -> Result<PathBuf, String> {
    Ok(PathBuf::from(String::from_utf16_lossy(&units)))
}

pub fn serialize<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    to_stored(path).serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
    from_stored(Stored::deserialize(d)?).map_err(serde::de::Error::custom)
}

/// The same for a list of paths.
pub mod vec {
    use super::*;

    pub fn serialize<S: Serializer>(paths: &[PathBuf], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(paths.iter().map(|p| to_stored(p)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<PathBuf>, D::Error> {
        Vec::<Stored>::deserialize(d)?
            .into_iter()
            .map(|p| from_stored(p).map_err(serde::de::Error::custom))
            .collect()
    }
}

/// The same for an optional path.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(path: &Option<PathBuf>, s: S) -> Result<S::Ok, S::Error> {
        path.as_deref().map(to_stored).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<PathBuf>, D::Error> {
        Option::<Stored>::deserialize(d)?.map(from_stored).transpose().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Holder {
        #[serde(with = "super")]
        one: PathBuf,
        #[serde(with = "super::vec")]
        many: Vec<PathBuf>,
        #[serde(with = "super::option", default)]
        maybe: Option<PathBuf>,
    }

    #[test]
    fn unicode_paths_stay_plain_strings() {
        let h =
            Holder {
                one: PathBuf::from("/أخبار/قمة.txt"), many: vec![PathBuf::from("a.txt")], maybe: None
            };
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(json, r#"{"one":"/أخبار/قمة.txt","many":["a.txt"],"maybe":null}"#);
        assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), h);
        // Files written before paths could be anything else still read.
        let old: Holder = serde_json::from_str(r#"{"one":"x","many":[]}"#).unwrap();
        assert_eq!(old.one, PathBuf::from("x"));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_round_trip() {
        use std::os::unix::ffi::OsStringExt;
        // «خبر» in Windows-1256, as an old zip stores it.
        let odd = PathBuf::from(std::ffi::OsString::from_vec(b"/tmp/\xce\xc8\xd1.txt".to_vec()));
        let h = Holder { one: odd.clone(), many: vec![odd.clone(), "b".into()], maybe: Some(odd.clone()) };
        let json = serde_json::to_string(&h).unwrap();
        assert!(json.contains(r#"{"os_bytes":"2f746d702fcec8d12e747874"}"#), "{json}");
        assert_eq!(serde_json::from_str::<Holder>(&json).unwrap(), h);
    }

    #[test]
    fn damaged_stored_paths_are_errors_not_panics() {
        for bad in [r#"{"os_bytes":"2f7"}"#, r#"{"os_bytes":"zz"}"#, r#"{"os_wide":"é1"}"#, "12"] {
            let json = format!(r#"{{"one":{bad},"many":[]}}"#);
            assert!(serde_json::from_str::<Holder>(&json).is_err(), "{bad}");
        }
    }
}
