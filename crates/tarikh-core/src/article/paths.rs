//! Turning the paths a user gave (files and folders) into the list of files to read.

use super::{LoadError, Reason};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Extensions kept when walking a folder (compared case-insensitively).
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Files as given (any extension); folders walked recursively, keeping only
/// [`TEXT_EXTENSIONS`] and skipping hidden files and folders, each folder's files sorted.
/// A path that does not exist, or a folder entry that cannot be read, is a [`LoadError`].
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut files, &mut errors),
            Ok(_) => files.push(path.clone()),
            Err(e) => errors.push(LoadError::new(path, Reason::of_io(&e))),
        }
    }
    (files, errors)
}

fn walk(folder: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
    let mut found = Vec::new();
    let entries = WalkDir::new(folder)
        .follow_links(true)
        .into_iter()
        // Hidden entries below the folder (.git, .cache…) are not articles.
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() && has_text_extension(entry.path()) => {
                found.push(entry.into_path());
            }
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(folder).to_path_buf();
                let reason = match e.io_error() {
                    Some(io) => Reason::of_io(io),
                    None => Reason::Other(e.to_string()),
                };
                errors.push(LoadError { path, reason });
            }
        }
    }
    found.sort();
    files.append(&mut found);
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

/// Whether `path` ends in one of [`TEXT_EXTENSIONS`], in any case.
pub fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}
