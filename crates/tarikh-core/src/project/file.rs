//! The `.tarikh` file: JSON with a format tag and a schema version, read strictly (a corrupt,
//! truncated or newer file is an error, never half-read) and written atomically with the
//! previous version kept as `<name>.bak`.

use crate::export::write_atomic;
use crate::timeline::edit::hex_u64;
use crate::timeline::{Curation, EventFilter, EventId, Timeline};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// Tells a Tarikh project from any other JSON file.
pub const FORMAT: &str = "tarikh-project";

/// The schema this version writes and the newest it reads. Version 1 is the first; older
/// state (the open files remembered before projects existed) is migrated by
/// [`Project::from_session`].
pub const SCHEMA: u32 = 1;

/// An article of a project: where it was and what its text was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectArticle {
    #[serde(with = "crate::article::stored_path")]
    pub path: PathBuf,
    #[serde(with = "hex_u64")]
    pub content_hash: u64,
    /// The article's text, when the user chose to embed it: the project then opens even
    /// where the file is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The events of a batch run opened in the project (File → Open extraction…): its events
/// file and the window of events kept. Its articles are not listed one by one: the extraction
/// is read again when the project opens (their texts stay in the corpus).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectExtraction {
    #[serde(with = "crate::article::stored_path")]
    pub path: PathBuf,
    #[serde(default)]
    pub window: crate::corpus::EventWindow,
    /// Its articles the user closed: not shown again when it is read again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed: Vec<crate::corpus::ArticleAt>,
}

/// What the user was looking at.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectView {
    /// The visible time window (days since 1970).
    pub window: Option<(f64, f64)>,
    pub selected: Option<EventId>,
    pub filter: EventFilter,
    /// Written by earlier versions; read as `lanes: Categories`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lanes_by_category: bool,
    pub lanes: crate::timeline::lanes::LaneKind,
    /// Lanes folded by the user, by name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub folded: Vec<String>,
    pub hijri_axis: bool,
}

/// A whole project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub schema: u32,
    pub articles: Vec<ProjectArticle>,
    /// Extractions opened, read again on opening (their events keep the project's edits).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extractions: Vec<ProjectExtraction>,
    #[serde(default)]
    pub curation: Curation,
    /// A view that cannot be read is dropped, not a reason to refuse the user's work.
    #[serde(default, deserialize_with = "view_or_default")]
    pub view: ProjectView,
}

fn view_or_default<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ProjectView, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(v).unwrap_or_default())
}

impl Default for Project {
    fn default() -> Self {
        Project {
            format: FORMAT.into(),
            schema: SCHEMA,
            articles: Vec::new(),
            extractions: Vec::new(),
            curation: Curation::default(),
            view: ProjectView::default(),
        }
    }
}

impl Project {
    /// The project of what is open now. With `embed_texts`, the articles' texts go in too.
    pub fn capture(t: &Timeline, view: ProjectView, embed_texts: bool) -> Project {
        Project {
            articles: t
                .entries
                .iter()
                .map(|e| ProjectArticle {
                    path: e.article.path.clone(),
                    content_hash: e.article.content_hash,
                    text: embed_texts.then(|| e.article.text.clone()),
                })
                .collect(),
            curation: t.curation.clone(),
            view,
            ..Project::default()
        }
    }

    /// Migrates the session Tarikh remembered before projects existed (the open files, the
    /// time window and the selected event) into a project.
    pub fn from_session(
        open_paths: &[PathBuf],
        window: Option<(f64, f64)>,
        selected: Option<u64>,
    ) -> Project {
        Project {
            articles: open_paths
                .iter()
                .map(|p| ProjectArticle { path: p.clone(), content_hash: 0, text: None })
                .collect(),
            view: ProjectView { window, selected: selected.map(EventId), ..ProjectView::default() },
            ..Project::default()
        }
    }

    /// The project with these extractions: their articles (`events.jsonl#0:12`) leave the list
    /// of articles, the extraction stands for them.
    pub fn with_extractions(mut self, extractions: Vec<ProjectExtraction>) -> Project {
        self.articles.retain(|a| {
            let from = crate::timeline::extraction_place(&a.path).map(|(events, _)| events);
            !from.is_some_and(|events| extractions.iter().any(|x| x.path == events))
        });
        self.extractions = extractions;
        self
    }

    /// The paths to load.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.articles.iter().map(|a| a.path.clone()).collect()
    }

    /// The file's bytes. An error (never a panic) if something cannot be written as JSON.
    pub fn to_json(&self) -> std::io::Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        v.push(b'\n');
        Ok(v)
    }
}

/// Why a project could not be opened.
#[derive(Debug)]
pub enum ProjectError {
    Io(std::io::Error),
    /// Valid JSON, but not a Tarikh project.
    NotAProject,
    /// The file ends early (an interrupted copy, a full disk).
    Truncated(String),
    /// Not valid JSON, or not the shape of a project.
    Corrupt(String),
    /// Written by a newer Tarikh.
    FutureVersion {
        found: u32,
    },
}

impl fmt::Display for ProjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProjectError::Io(e) => write!(f, "cannot read it: {e}"),
            ProjectError::NotAProject => {
                write!(f, "it is not a Tarikh project (no \"format\": \"{FORMAT}\")")
            }
            ProjectError::Truncated(at) => {
                write!(f, "the file is cut short ({at}); it was not completely written")
            }
            ProjectError::Corrupt(why) => write!(f, "the file is damaged: {why}"),
            ProjectError::FutureVersion { found } => write!(
                f,
                "it was saved by a newer Tarikh (project schema {found}; this version reads up to {SCHEMA}). \
                 Update Tarikh to open it"
            ),
        }
    }
}

impl std::error::Error for ProjectError {}

/// The largest project read (checked before reading): far above any real one (texts
/// embedded), far below what would exhaust memory.
pub const MAX_PROJECT_BYTES: u64 = 200 * 1024 * 1024;

/// Reads a project file. Only a regular file is read (a FIFO or a device would block or
/// never end), and at most [`MAX_PROJECT_BYTES`].
pub fn load(path: &Path) -> Result<Project, ProjectError> {
    let bytes = crate::article::read_regular_file(path, MAX_PROJECT_BYTES)
        .map_err(|why| ProjectError::Io(std::io::Error::other(why)))?;
    load_bytes(&bytes)
}

/// Reads a project from its bytes: checks the format tag and the schema before the rest. A
/// byte order mark is allowed (editors add one); a key given twice is not (which one would
/// win is not the user's choice).
pub fn load_bytes(bytes: &[u8]) -> Result<Project, ProjectError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ProjectError::Truncated("the file is empty".into()));
    }
    let json_error = |e: serde_json::Error| {
        let at = format!("line {}, column {}", e.line(), e.column());
        if e.is_eof() { ProjectError::Truncated(at) } else { ProjectError::Corrupt(format!("{e}")) }
    };
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(json_error)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ProjectError::NotAProject);
    }
    let schema = match value.get("schema") {
        None | Some(serde_json::Value::Null) => {
            return Err(ProjectError::Corrupt("the schema version is missing".into()));
        }
        Some(s) => s
            .as_u64()
            .ok_or_else(|| ProjectError::Corrupt(format!("the schema version is not a whole number: {s}")))?,
    };
    if schema > SCHEMA as u64 {
        return Err(ProjectError::FutureVersion { found: schema.min(u32::MAX as u64) as u32 });
    }
    if schema == 0 {
        return Err(ProjectError::Corrupt("the schema version is 0".into()));
    }
    serde_json::from_slice::<super::unique_keys::UniqueKeys>(bytes).map_err(json_error)?;
    serde_json::from_value(value).map_err(|e| ProjectError::Corrupt(e.to_string()))
}

/// Where the previous version of a project is kept: `name.tarikh.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(".bak");
    PathBuf::from(s)
}

/// Saves a project. The file on disk is always whole: with `backup`, the current version is
/// first copied to the backup (atomically), then the new one replaces it (atomically). A file
/// there that is not a readable project is never overwritten: that is an error.
pub fn save(path: &Path, project: &Project, backup: bool) -> std::io::Result<()> {
    let json = project.to_json()?;
    match crate::article::read_regular_file(path, MAX_PROJECT_BYTES).map_err(std::io::Error::other) {
        Ok(old) if load_bytes(&old).is_ok() => {
            if backup && old != json {
                write_atomic(&backup_path(path), &old)?;
            }
        }
        Ok(_) => {
            return Err(std::io::Error::other(format!(
                "{} is there but is not a readable Tarikh project; it was left as it is",
                path.display()
            )));
        }
        Err(_) if !path.exists() => {}
        Err(e) => return Err(e),
    }
    write_atomic(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut p = Project::from_session(&[PathBuf::from("a.txt")], Some((1.0, 2.0)), Some(7));
        p.curation.detached.insert(EventId(42));
        let back = load_bytes(&p.to_json().unwrap()).unwrap();
        assert_eq!(back, p);
    }

    /// An extraction stands for its articles: they leave the list, other articles stay; the
    /// window round-trips.
    #[test]
    fn an_extraction_stands_for_its_articles() {
        let events = PathBuf::from("/d/events.jsonl");
        let p = Project::from_session(
            &[
                PathBuf::from("a.txt"),
                crate::timeline::extraction_path(&events, crate::corpus::ArticleAt { corpus: 0, row: 3 }),
                PathBuf::from("/d/other.jsonl#0:3"),
            ],
            None,
            None,
        );
        let window = crate::corpus::EventWindow {
            from: chrono::NaiveDate::from_ymd_opt(2020, 1, 1),
            words: vec!["قمة".into()],
            ..Default::default()
        };
        let closed = vec![crate::corpus::ArticleAt { corpus: 0, row: 9 }];
        let p = p.with_extractions(vec![ProjectExtraction { path: events, window, closed }]);
        let paths: Vec<&str> = p.articles.iter().map(|a| a.path.to_str().unwrap()).collect();
        assert_eq!(paths, ["a.txt", "/d/other.jsonl#0:3"]);
        let back = load_bytes(&p.to_json().unwrap()).unwrap();
        assert_eq!(back, p);
        assert!(!String::from_utf8(Project::default().to_json().unwrap()).unwrap().contains("extractions"));
    }

    #[test]
    fn rejects_what_is_not_a_whole_current_project() {
        let good = Project::default().to_json().unwrap();
        assert!(matches!(load_bytes(&good[..good.len() / 2]), Err(ProjectError::Truncated(_))));
        assert!(matches!(load_bytes(b""), Err(ProjectError::Truncated(_))));
        assert!(matches!(load_bytes(b"{\"format\": 3,"), Err(ProjectError::Truncated(_))));
        assert!(matches!(load_bytes(b"{]"), Err(ProjectError::Corrupt(_))));
        assert!(matches!(load_bytes(b"[1, 2]"), Err(ProjectError::NotAProject)));
        let future = br#"{"format": "tarikh-project", "schema": 9, "articles": [], "new": true}"#;
        let e = load_bytes(future).unwrap_err();
        assert!(matches!(e, ProjectError::FutureVersion { found: 9 }));
        assert!(e.to_string().contains("newer Tarikh"), "{e}");
        let wrong_shape = br#"{"format": "tarikh-project", "schema": 1, "articles": 5}"#;
        assert!(matches!(load_bytes(wrong_shape), Err(ProjectError::Corrupt(_))));
    }

    #[test]
    fn optional_parts_may_be_missing() {
        let minimal = br#"{"format": "tarikh-project", "schema": 1, "articles": [
            {"path": "a.txt", "content_hash": "00000000000000ff"}]}"#;
        let p = load_bytes(minimal).unwrap();
        assert_eq!(p.articles[0].content_hash, 255);
        assert!(p.curation.is_empty());
        assert_eq!(p.view, ProjectView::default());
    }
}
